"""PyYAML's and libyaml's syntax errors as keys of messages.WORDS, placed where the mistake starts.

Part of the first stage of loading (reading YAML, `source.py`): the parser's English becomes
a word the user reads in their language; unknown wording is kept, in brackets.
"""

from __future__ import annotations

from typing import Any

import yaml


# PyYAML's wording → a key of messages.WORDS, so the detail is shown in the user's language.
_SYNTAX_WORDS = (
    ("mapping values are not allowed", "yaml_colon"),  # "here" (PyYAML) / "in this context" (libyaml)
    ("found character '\\t'", "yaml_tab"),
    ("found character that cannot start any token", "yaml_bad_start"),
    ("found a tab character", "yaml_tab"),
    ("did not find expected node content", "yaml_no_value"),
    ("did not find expected comment or line break", "yaml_trailing"),
    ("did not find expected alphabetic or numeric character", "yaml_anchor"),
    ("block sequence entries are not allowed", "yaml_dash"),
    ("directive", "yaml_directive"),
    ("could not find expected ':'", "yaml_missing_colon"),
    ("did not find expected ',' or ']'", "yaml_open_list"),
    ("did not find expected ',' or '}'", "yaml_open_map"),
    ("expected <block end>", "yaml_indent"),
    ("did not find expected key", "yaml_indent"),
    ("did not find expected '-' indicator", "yaml_indent"),
    ("found undefined alias", "yaml_alias"),
    ("found unexpected end of stream", "yaml_quote"),
    ("found unknown escape character", "yaml_escape"),
    ("could not determine a constructor", "yaml_tag"),
    ("but found another document", "yaml_documents"),
)


# For these, the parser notices the mistake far below it: point at where it starts instead.
_AT_CONTEXT = {"yaml_open_list", "yaml_open_map", "yaml_quote", "yaml_missing_colon"}


def syntax_mark(exc: yaml.MarkedYAMLError, detail: Any) -> Any:
    if isinstance(detail, dict) and detail["word"] in _AT_CONTEXT and exc.context_mark is not None:
        return exc.context_mark
    return exc.problem_mark or exc.context_mark


def syntax_detail(problem: str) -> dict[str, str]:
    for needle, key in _SYNTAX_WORDS:
        if needle in problem:
            return {"word": key}
    return {"word": "yaml_other", "s": problem}  # keeps the parser's own words, in brackets
