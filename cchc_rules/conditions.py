"""The small, safe condition language of custom checks, and its compilation to durable_rules.

`value < 97 and area == "tthc"` is tokenised and parsed by our own recursive-descent grammar
(never `eval`), checked against the fields of the fact kind it applies to, and compiled into
durable_rules' JSON condition form. `not` is pushed down to the comparisons (De Morgan), so the
engine only ever sees positive matches (ENGINE-NOTES: its negation is unreliable).

Grammar (keywords also in Vietnamese: và, hoặc, không):
    expr       := term ("or" term)*
    term       := factor ("and" factor)*
    factor     := "not" factor | "(" expr ")" | comparison
    comparison := FIELD OP value | FIELD "in" "[" value ("," value)* "]"
    OP         := < | <= | > | >= | == | !=
    value      := NUMBER | "text" | dd/mm/yyyy | true | false | FIELD
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, Literal

# The fields a condition may use, per fact kind the engine sees: derived from the typed facts.
from cchc_rules.engine_facts import FIELDS, FieldType  # noqa: E402 - after the grammar docstring

_TOKEN = re.compile(
    r"\s*(?:(?P<date>\d{1,2}/\d{1,2}/\d{4})|(?P<number>-?\d+(?:[.,]\d+)?)"
    r"|(?P<string>\"[^\"]*\"|'[^']*')|(?P<op><=|>=|==|!=|<|>)|(?P<punct>[()\[\],])"
    r"|(?P<word>[^\W\d][\w.]*))",
    re.UNICODE,
)
_SPACES = re.compile(r"\s*")
_KEYWORDS = {"and": "and", "và": "and", "or": "or", "hoặc": "or", "not": "not", "không": "not",
             "in": "in", "true": "true", "false": "false", "đúng": "true", "sai": "false"}
# Limits on one condition (README, "Giới hạn / Limits"); the bundled pack's longest has 16 tokens,
# no brackets and 4 comparisons. An `in` list of a few thousand values stays within them.
MAX_TOKENS = 50_000
MAX_NESTING = 50
MAX_COMPARISONS = 5_000
_FLIP = {"<": ">=", "<=": ">", ">": "<=", ">=": "<", "==": "!=", "!=": "=="}
_DURABLE_OP = {"<": "$lt", "<=": "$lte", ">": "$gt", ">=": "$gte", "!=": "$neq"}


class ConditionError(ValueError):
    """A condition that does not parse or does not fit its fact kind; `column` is 1-based."""

    def __init__(self, code: str, column: int, **params: Any) -> None:
        self.code, self.column, self.params = code, column, params
        super().__init__(f"{code} at column {column}: {params}")


@dataclass(frozen=True)
class Token:
    kind: str  # date number string op punct word keyword end
    text: str
    column: int


@dataclass(frozen=True)
class Compare:
    field: str
    op: str
    value: Any  # literal, or FieldRef
    column: int


@dataclass(frozen=True)
class FieldRef:
    name: str


@dataclass(frozen=True)
class Bool:
    op: Literal["and", "or"]
    items: tuple[Any, ...]


@dataclass(frozen=True)
class Not:
    item: Any


def tokenize(text: str) -> list[Token]:
    """The tokens of a condition; at most MAX_TOKENS (a condition is one line of a rules file)."""
    tokens, pos, end = [], 0, len(text.rstrip())
    while pos < end:
        match = _TOKEN.match(text, pos)
        if not match or match.end() == pos:
            start = _SPACES.match(text, pos).end()  # type: ignore[union-attr]
            raise ConditionError("cond_bad_char", start + 1, found=text[start])
        kind = match.lastgroup or "word"
        value = match[kind]
        column = match.start(kind) + 1
        if kind == "word" and value.casefold() in _KEYWORDS:
            kind, value = "keyword", _KEYWORDS[value.casefold()]
        if len(tokens) == MAX_TOKENS:
            raise ConditionError("cond_too_long", column, limit=MAX_TOKENS)
        tokens.append(Token(kind, value, column))
        pos = match.end()
    tokens.append(Token("end", "", len(text) + 1))
    return tokens


class _Parser:
    def __init__(self, text: str) -> None:
        self.tokens = tokenize(text)
        self.i = 0
        self.depth = 0  # brackets and `not`s open around the current token
        self.comparisons = 0  # comparisons so far, each value of an `in` list counted

    def peek(self) -> Token:
        return self.tokens[self.i]

    def take(self) -> Token:
        token = self.tokens[self.i]
        self.i += 1
        return token

    def expect(self, kind: str, text: str | None = None) -> Token:
        token = self.take()
        if token.kind != kind or (text is not None and token.text != text):
            raise ConditionError("cond_expected", token.column, expected=text or kind,
                                 found=token.text or "(hết)")
        return token

    def is_keyword(self, word: str) -> bool:
        return self.peek().kind == "keyword" and self.peek().text == word

    def expr(self) -> Any:
        items = [self.term()]
        while self.is_keyword("or"):
            self.take()
            items.append(self.term())
        return items[0] if len(items) == 1 else Bool("or", tuple(items))

    def term(self) -> Any:
        items = [self.factor()]
        while self.is_keyword("and"):
            self.take()
            items.append(self.factor())
        return items[0] if len(items) == 1 else Bool("and", tuple(items))

    def factor(self) -> Any:
        if self.is_keyword("not"):
            self.open(self.take())
            inner = Not(self.factor())
        elif self.peek().kind == "punct" and self.peek().text == "(":
            self.open(self.take())
            inner = self.expr()
            self.expect("punct", ")")
        else:
            return self.comparison()
        self.depth -= 1
        return inner

    def open(self, token: Token) -> None:
        """One more bracket or `not`: refused past MAX_NESTING, before Python's recursion limit."""
        self.depth += 1
        if self.depth > MAX_NESTING:
            raise ConditionError("cond_too_deep", token.column, limit=MAX_NESTING)

    def count(self, token: Token) -> None:
        """One more comparison: refused past MAX_COMPARISONS (each is an engine alternative)."""
        self.comparisons += 1
        if self.comparisons > MAX_COMPARISONS:
            raise ConditionError("cond_too_many", token.column, limit=MAX_COMPARISONS)

    def comparison(self) -> Any:
        field = self.expect("word")
        if self.is_keyword("in"):
            self.take()
            self.expect("punct", "[")
            self.count(self.peek())
            values = [self.value()]
            while self.peek().text == ",":
                self.take()
                self.count(self.peek())
                values.append(self.value())
            self.expect("punct", "]")
            return Bool("or", tuple(Compare(field.text, "==", v, field.column) for v in values))
        op = self.expect("op")
        self.count(field)
        return Compare(field.text, op.text, self.value(), field.column)

    def value(self) -> Any:
        token = self.take()
        if token.kind == "number":
            return _number_literal(token)
        if token.kind == "string":
            return token.text[1:-1]
        if token.kind == "date":
            return _date_literal(token)
        if token.kind == "keyword" and token.text in ("true", "false"):
            return token.text == "true"
        if token.kind == "word":
            return FieldRef(token.text)
        raise ConditionError("cond_expected", token.column, expected="giá trị", found=token.text or "(hết)")


def _number_literal(token: Token) -> float:
    """A number with at most 4 decimals and below 10^15: what the engine can read back exactly."""
    number = float(token.text.replace(",", "."))
    decimals = len(token.text.replace(",", ".").partition(".")[2])
    if decimals > 4 or abs(number) >= 1e15:
        raise ConditionError("cond_number", token.column, found=token.text)
    return number


def _date_literal(token: Token) -> dt.date:
    day, month, year = (int(x) for x in token.text.split("/"))
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ConditionError("cond_bad_date", token.column, found=token.text) from None


def parse(text: str) -> Any:
    """Parse a condition into a small tree.

    Examples:
        >>> parse('value < 97 and area == "tthc"')  # doctest: +NORMALIZE_WHITESPACE
        Bool(op='and', items=(Compare(field='value', op='<', value=97.0, column=1),
                              Compare(field='area', op='==', value='tthc', column=16)))
        >>> parse("value <")
        Traceback (most recent call last):
        ...
        cchc_rules.conditions.ConditionError: cond_expected at column 8: {'expected': 'giá trị', 'found': '(hết)'}
    """
    parser = _Parser(text)
    tree = parser.expr()
    if parser.peek().kind != "end":
        token = parser.peek()
        raise ConditionError("cond_expected", token.column, expected="and/or", found=token.text)
    return tree


def _negate(node: Any) -> Any:
    if isinstance(node, Compare):
        return Compare(node.field, _FLIP[node.op], node.value, node.column)
    if isinstance(node, Bool):
        return Bool("or" if node.op == "and" else "and", tuple(_negate(i) for i in node.items))
    return node.item  # Not(Not(x)) == x


def _push_not(node: Any) -> Any:
    if isinstance(node, Not):
        return _push_not(_negate(node.item)) if not isinstance(node.item, Not) else _push_not(node.item.item)
    if isinstance(node, Bool):
        return Bool(node.op, tuple(_push_not(i) for i in node.items))
    return node


def check_fields(node: Any, kind: str) -> None:
    """Every field exists for the fact kind and every value has the field's type."""
    fields = FIELDS[kind]
    if isinstance(node, Bool):
        for item in node.items:
            check_fields(item, kind)
        return
    if isinstance(node, Not):
        check_fields(node.item, kind)
        return
    if node.field not in fields:
        raise ConditionError("cond_unknown_field", node.column, found=node.field, kind=kind,
                             known=", ".join(fields))
    expected = fields[node.field]
    value_type = _type_of(node.value, fields, node.column, kind)
    if value_type != expected:
        raise ConditionError("cond_type", node.column, field=node.field, expected=expected,
                             found=value_type)
    if expected in ("bool", "text") and node.op not in ("==", "!="):
        raise ConditionError("cond_operator", node.column, field=node.field, op=node.op)


def _type_of(value: Any, fields: dict[str, FieldType], column: int, kind: str) -> FieldType:
    if isinstance(value, FieldRef):
        if value.name not in fields:
            raise ConditionError("cond_unknown_field", column, found=value.name, kind=kind,
                                 known=", ".join(fields))
        return fields[value.name]
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, float):
        return "number"
    if isinstance(value, dt.date):
        return "date"
    return "text"


def to_durable(node: Any) -> dict[str, Any]:
    """The durable_rules JSON form of a (not-free) condition tree."""
    if isinstance(node, Bool):
        return {f"${node.op}": [to_durable(item) for item in node.items]}
    value = node.value
    if isinstance(value, FieldRef):
        value = {"$m": value.name}
    elif isinstance(value, dt.date):
        value = value.year * 10000 + value.month * 100 + value.day
    elif isinstance(value, float) and value.is_integer():
        value = int(value)
    if node.op == "==":
        return {node.field: value}
    return {_DURABLE_OP[node.op]: {node.field: value}}


def compile_condition(text: str, kind: str) -> dict[str, Any]:
    """Parse, type-check and compile a condition on one fact kind.

    Examples:
        >>> compile_condition('not (status == "done") and due <= as_of', "task")
        {'$and': [{'$neq': {'status': 'done'}}, {'$lte': {'due': {'$m': 'as_of'}}}]}
        >>> compile_condition("value < 97 và reported == đúng", "indicator")
        {'$and': [{'$lt': {'value': 97}}, {'reported': True}]}
    """
    tree = parse(text)
    check_fields(tree, kind)
    return to_durable(_push_not(tree))
