"""Reading YAML files into plain values while keeping file, line and column of every node.

First stage of loading: bytes → text (UTF-8, NFC) → YAML nodes → Python values plus a
position table, so later stages can point at `file:line:col` for any value or key.
Only PyYAML's safe node types are built (no tags, no objects): `yaml.safe_load`-level safety.
Timestamps are not resolved (dates stay text until a model parses them); duplicate keys are
reported instead of silently keeping the last one; YAML 1.1 booleans (`no`, `on`) and numbers
that were meant as text are remembered so the models' type errors can explain the trap.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from cchc_rules.errors import Problem, SourceLocation
from cchc_rules.source_limits import MAX_DEPTH, MAX_FILE_BYTES, check_aliases
from cchc_rules.source_syntax import syntax_detail, syntax_mark

Path_ = tuple[str | int, ...]

_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):  # type: ignore[misc,valid-type]
    """Safe loader without the timestamp resolver: dates stay strings.

    The tag of a scalar depends only on its text and quoting (no path resolvers are set), so
    it is remembered: rule files repeat the same words, ids and numbers many times.
    """

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        if kind is not yaml.ScalarNode:
            return super().resolve(kind, value, implicit)
        key = (value, implicit)
        tag = _RESOLVED.get(key)
        if tag is None:
            tag = super().resolve(kind, value, implicit)
            if len(_RESOLVED) >= _RESOLVED_MAX:
                _RESOLVED.clear()
            _RESOLVED[key] = tag
        return tag


_RESOLVED: dict[tuple[str, Any], str] = {}
_RESOLVED_MAX = 20_000


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

_TEXT_TRAP_TAGS = {
    "tag:yaml.org,2002:bool": "bool",
    "tag:yaml.org,2002:int": "int",
    "tag:yaml.org,2002:float": "float",
    "tag:yaml.org,2002:null": "null",
}


@dataclass(frozen=True)
class ScalarInfo:
    """How a scalar was written: its source text and what YAML turned it into."""

    text: str
    read_as: str  # "str", "bool", "int", "float", "null"
    plain: bool  # written without quotes


@dataclass
class YamlDocument:
    """One YAML file as values, with positions of every value and key."""

    file: str
    data: Any = None
    values: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    keys: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    scalars: dict[Path_, ScalarInfo] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    text: str = ""  # the text parsed (NFC), for the offsets below
    # (start, end) offsets in `text` of each non-ASCII value and key: where a character sits
    spans: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    key_spans: dict[Path_, tuple[int, int]] = field(default_factory=dict)

    def locate(self, path: Path_, *, at_key: bool = False) -> SourceLocation:
        """The position of `path`, or of its nearest ancestor that exists in the file."""
        path = tuple(path)
        while True:
            table = self.keys if at_key and path in self.keys else self.values
            if path in table:
                line, col = table[path]
                return SourceLocation(self.file, line, col)
            if not path:
                return SourceLocation(self.file, 1, 1)
            path = path[:-1]
            at_key = False

    def has(self, path: Path_) -> bool:
        return tuple(path) in self.values


def format_path(path: Path_) -> str:
    """Dotted path as users see it.

    Examples:
        >>> format_path(("tasks", 3, "lead"))
        'tasks[3].lead'
        >>> format_path(())
        '(tệp)'
    """
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(tệp)"


def read_yaml(path: Path, display: str | None = None) -> YamlDocument:
    """Read one YAML file; problems are collected in the result, never raised."""
    doc = YamlDocument(file=display or str(path))
    raw = _read_bytes(path, doc)
    text = None if raw is None else _decode(raw, doc)
    if text is None:
        return doc
    _check_characters(text, doc)
    if any(p.severity == "error" for p in doc.problems):
        return doc
    text = unicodedata.normalize("NFC", text)
    composed = _compose(text, doc)
    if composed is None or ("&" in text and not _aliases_within_limits(text, doc)):
        return doc  # no anchor (&name), no alias: the usual file skips the alias walk
    node, loader = composed
    doc.text = text
    try:
        doc.data = _build(node, (), doc, loader)
    except yaml.MarkedYAMLError as exc:  # e.g. an unsupported tag such as !!python/object
        mark = exc.problem_mark or exc.context_mark
        doc.problems.append(_at_mark(doc, mark, "yaml_syntax",
                                     detail=syntax_detail(exc.problem or exc.context or "?")))
        doc.data = None
    except _TooDeep as exc:
        doc.problems.append(_at_mark(doc, exc.mark, "yaml_too_deep", limit=MAX_DEPTH))
        doc.data = None
    return doc


def _read_bytes(path: Path, doc: YamlDocument) -> bytes | None:
    """The file's bytes, or None (and a problem) when unreadable or over MAX_FILE_BYTES."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        doc.problems.append(_problem(doc, (), "file_unreadable", reason=exc.strerror or str(exc)))
        return None
    if len(raw) > MAX_FILE_BYTES:
        doc.problems.append(_problem(doc, (), "file_too_large", limit=MAX_FILE_BYTES // 1024 // 1024))
        return None
    return raw


def _compose(text: str, doc: YamlDocument) -> tuple[yaml.Node, Any] | None:
    """The node graph (aliases shared, not expanded) and its loader, or None on a syntax error."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        doc.problems.append(_syntax_problem(exc, text, doc))
        return None
    except yaml.YAMLError as exc:
        doc.problems.append(_problem(doc, (), "yaml_syntax", detail=syntax_detail(str(exc))))
        return None
    finally:
        loader.dispose()
    return None if node is None else (node, loader)


def _syntax_problem(exc: yaml.MarkedYAMLError, text: str, doc: YamlDocument) -> Problem:
    problem = exc.problem or exc.context or "?"
    if "maximum nesting depth" in problem:  # libyaml's own limit (1000), above ours
        return _at_mark(doc, exc.problem_mark, "yaml_too_deep", limit=MAX_DEPTH)
    detail = syntax_detail(problem)
    if exc.problem_mark is not None and text[exc.problem_mark.index: exc.problem_mark.index + 1] == "\t":
        detail = {"word": "yaml_tab"}  # libyaml only says the character "cannot start any token"
    return _at_mark(doc, syntax_mark(exc, detail), "yaml_syntax", detail=detail)


def _aliases_within_limits(text: str, doc: YamlDocument) -> bool:
    """False (and a problem) for a recursive alias or one that expands past the limits."""
    loader = _Loader(text)
    try:
        breach = check_aliases(_events(loader))
    finally:
        loader.dispose()
    if breach is not None:
        doc.problems.append(_at_mark(doc, breach.mark, breach.code, **breach.params))
    return breach is None


def _events(loader: Any) -> Iterator[Any]:
    while loader.check_event():
        yield loader.get_event()


def _at_mark(doc: YamlDocument, mark: Any, code: str, **params: Any) -> Problem:
    line, col = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    return Problem(SourceLocation(doc.file, line, col), "(tệp)", code, params)


class _TooDeep(Exception):
    """Nesting past MAX_DEPTH while building values (a Python recursion limit comes soon after)."""

    def __init__(self, mark: Any) -> None:
        super().__init__("too deep")
        self.mark = mark


def _problem(doc: YamlDocument, path: Path_, code: str, **params: Any) -> Problem:
    return Problem(doc.locate(path), format_path(path), code, params)


def _decode(raw: bytes, doc: YamlDocument) -> str | None:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        col = exc.start - (before.rfind(b"\n") + 1) + 1
        doc.problems.append(
            Problem(
                SourceLocation(doc.file, line, col),
                "(tệp)",
                "not_utf8",
                {"byte": f"0x{raw[exc.start]:02X}"},
            )
        )
        return None


_ALLOWED_CONTROL = {"\t", "\n", "\r"}


def _check_characters(text: str, doc: YamlDocument) -> None:
    """Reject characters no editor shows (controls, unassigned, private use); note NFD text."""
    if _looks_clean(text):
        return  # the usual case, decided without walking every character in Python
    for lineno, line in enumerate(text.split("\n"), start=1):
        for colno, char in enumerate(line, start=1):
            category = unicodedata.category(char)
            if category in {"Cc", "Cn", "Co", "Cs"} and char not in _ALLOWED_CONTROL:
                doc.problems.append(
                    Problem(
                        SourceLocation(doc.file, lineno, colno),
                        "(tệp)",
                        "bad_character",
                        {"char": f"U+{ord(char):04X}"},
                    )
                )
                return
        if not unicodedata.is_normalized("NFC", line):
            col = next(
                i
                for i, ch in enumerate(line, start=1)
                if not unicodedata.is_normalized("NFC", line[: i])
                or unicodedata.combining(ch)
            )
            doc.problems.append(
                Problem(
                    SourceLocation(doc.file, lineno, col),
                    "(tệp)",
                    "not_nfc",
                    severity="warning",
                )
            )
            return


def _looks_clean(text: str) -> bool:
    """No character the walk below would report: NFC throughout (a line break composes with
    nothing, so the whole text is NFC exactly when every line is) and no hidden character."""
    return unicodedata.is_normalized("NFC", text) and not any(
        unicodedata.category(char) in {"Cc", "Cn", "Co", "Cs"} and char not in _ALLOWED_CONTROL
        for char in set(text)
    )


def _mark(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


_STR_TAG = "tag:yaml.org,2002:str"
_MERGE_TAG = "tag:yaml.org,2002:merge"
_COLLECTION_TAGS = {yaml.MappingNode: "tag:yaml.org,2002:map", yaml.SequenceNode: "tag:yaml.org,2002:seq"}


def _build(node: yaml.Node, path: Path_, doc: YamlDocument, loader: Any) -> Any:
    mark = node.start_mark
    doc.values[path] = (mark.line + 1, mark.column + 1)
    tag = node.tag
    if type(node) is not yaml.ScalarNode:  # (the usual scalar skips these checks)
        if len(path) >= MAX_DEPTH:
            raise _TooDeep(mark)
        expected_tag = _COLLECTION_TAGS.get(type(node))
        if expected_tag and tag != expected_tag:  # e.g. !!python/object/apply on a list
            raise yaml.constructor.ConstructorError(
                None, None, f"could not determine a constructor for the tag {tag!r}", mark
            )
        if isinstance(node, yaml.MappingNode):
            return _build_mapping(node, path, doc, loader)
        if isinstance(node, yaml.SequenceNode):
            return [_build(item, (*path, i), doc, loader) for i, item in enumerate(node.value)]
    # A plain string is its node's text (SafeConstructor.construct_yaml_str); only other tags
    # (numbers, booleans, null, unsupported ones) need the constructor.
    text = node.value
    value = text if tag == _STR_TAG else loader.construct_object(node, deep=True)
    if not text.isascii():
        doc.spans[path] = (mark.index, node.end_mark.index)
    doc.scalars[path] = ScalarInfo(
        text=text,
        read_as=_TEXT_TRAP_TAGS.get(tag, "str"),
        plain=not node.style,  # None (pure loader) or '' (C loader)
    )
    return value


def _build_mapping(node: yaml.MappingNode, path: Path_, doc: YamlDocument, loader: Any) -> dict:
    result: dict[Any, Any] = {}
    for key_node, value_node in node.value:
        if key_node.tag == _MERGE_TAG:  # `<<: *base`: not supported (README, "Giới hạn / Limits")
            doc.problems.append(Problem(SourceLocation(doc.file, *_mark(key_node)), format_path(path),
                                        "yaml_merge_key"))
            continue
        if not isinstance(key_node, yaml.ScalarNode):
            doc.problems.append(
                Problem(SourceLocation(doc.file, *_mark(key_node)), format_path(path), "bad_key")
            )
            continue
        # a plain string key is its text (as construct_yaml_str gives it); others need the constructor
        key = key_node.value if key_node.tag == _STR_TAG else loader.construct_object(key_node)
        if isinstance(key, bool):  # YAML 1.1 reads `on:`/`no:` as booleans; a key is a name
            key = key_node.value
        if isinstance(key, str):
            key = unicodedata.normalize("NFC", key)
        key_path = (*path, key)
        if key in result:
            first_line = doc.keys[key_path][0]
            doc.problems.append(
                Problem(
                    SourceLocation(doc.file, *_mark(key_node)),
                    format_path(key_path),
                    "duplicate_key",
                    {"key": key, "first_line": first_line},
                )
            )
            continue
        doc.keys[key_path] = _mark(key_node)
        if not key_node.value.isascii():
            doc.key_spans[key_path] = (key_node.start_mark.index, key_node.end_mark.index)
        result[key] = _build(value_node, key_path, doc, loader)
    return result
