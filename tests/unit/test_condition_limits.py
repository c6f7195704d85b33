"""conditions.py's limits: deep brackets, long conditions, many alternatives — ConditionErrors."""

from __future__ import annotations

import time

import pytest

from cchc_rules.conditions import (
    MAX_COMPARISONS,
    MAX_NESTING,
    MAX_TOKENS,
    ConditionError,
    compile_condition,
    tokenize,
)


def _error(text: str) -> ConditionError:
    with pytest.raises(ConditionError) as caught:
        compile_condition(text, "indicator")
    return caught.value


def test_2000_nested_brackets_are_refused_not_a_recursion_error() -> None:
    error = _error("(" * 2000 + "value < 97" + ")" * 2000)
    assert (error.code, error.column, error.params) == ("cond_too_deep", MAX_NESTING + 1,
                                                        {"limit": MAX_NESTING})


def test_long_not_chains_are_refused() -> None:
    assert _error("not " * 2000 + "value < 97").code == "cond_too_deep"


def test_nesting_up_to_the_limit_compiles() -> None:
    text = "(" * MAX_NESTING + "value < 97" + ")" * MAX_NESTING
    assert compile_condition(text, "indicator") == {"$lt": {"value": 97}}


def test_a_few_thousand_alternatives_are_allowed() -> None:
    values = ", ".join(str(i) for i in range(4000))
    compiled = compile_condition(f"value in [{values}]", "indicator")
    assert len(compiled["$or"]) == 4000


@pytest.mark.parametrize("joiner", ["in", "or"])
def test_more_alternatives_than_the_limit_are_refused(joiner: str) -> None:
    count = MAX_COMPARISONS + 1
    if joiner == "in":
        text = "value in [" + ", ".join(str(i) for i in range(count)) + "]"
    else:
        text = " or ".join(f"value == {i}" for i in range(count))
    error = _error(text)
    assert error.code == "cond_too_many" and error.params == {"limit": MAX_COMPARISONS}
    assert text[error.column - 1:].startswith(str(MAX_COMPARISONS) if joiner == "in" else "value")


def test_tokens_past_the_limit_are_refused_quickly() -> None:
    """Tokenising once copied the rest of the text at every token (quadratic): 4.4 s here for
    these 50,000 tokens; now about 0.2 s (the bound leaves room for a loaded machine)."""
    text = "value < 97 and " * (MAX_TOKENS // 4 + 1)
    started = time.perf_counter()
    with pytest.raises(ConditionError) as caught:
        tokenize(text)
    assert caught.value.code == "cond_too_long"
    assert time.perf_counter() - started < 2.0


def test_bad_character_column_skips_spaces() -> None:
    error = _error("value <    ?")
    assert (error.code, error.column, error.params) == ("cond_bad_char", 12, {"found": "?"})
