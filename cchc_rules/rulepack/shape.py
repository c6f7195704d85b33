"""Validating one YAML document against its pydantic model, with errors as Problems.

Second stage of loading: the values read by `source.py` are checked for shape (types, required
and unknown fields, formats). Pydantic's English errors are translated into the message codes of
`messages.py` and placed at the file, line and column of the offending value.
"""

from __future__ import annotations

import re
import types
import typing
from dataclasses import dataclass
from typing import Any, TypeVar, Union

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from cchc_rules.errors import Problem
from cchc_rules.rulepack import common
from cchc_rules.source import Path_, YamlDocument, format_path
from cchc_rules.suggest import nearest

M = TypeVar("M", bound=BaseModel)

_PATTERNS: dict[str, tuple[str, str]] = {
    common.AGENCY_CODE_PATTERN: ("agency_code", "VHXH"),
    common.AREA_CODE_PATTERN: ("area_code", "tthc"),
    common.ID_PATTERN: ("id", "hai-long-tthc"),
    common.REF_PATTERN: ("reference", "task:14"),
    r"^[0-9]{5}$": ("unit_code", '"31294"'),
    r"^[0-9]{2}$": ("province_code", '"92"'),
    r"^Q[1-4]$": ("quarter", "Q2"),
    common.DAY_MONTH_PATTERN: ("day_month", '"14/03"'),
}

_TYPE_ERRORS: dict[str, tuple[str, str]] = {
    "string_type": ("text", "ex_text"),
    "int_type": ("whole_number", "ex_whole"),
    "int_parsing": ("whole_number", "ex_whole"),
    "int_from_float": ("whole_number", "ex_whole"),
    "float_type": ("number", "ex_number"),
    "float_parsing": ("number", "ex_number"),
    "bool_type": ("true_false", "ex_bool"),
    "bool_parsing": ("true_false", "ex_bool"),
    "list_type": ("list", "ex_list"),
    "dict_type": ("mapping", "ex_mapping"),
    "model_type": ("mapping", "ex_mapping"),
    "model_attributes_type": ("mapping", "ex_mapping"),
}


@dataclass(frozen=True)
class Validated:
    """The outcome of a shape check. When only some items of top-level lists were wrong, `model`
    holds the others (salvaged) and `kept` maps each such list to the original indices kept, so
    the meaning checks still run on the good items and point at the right lines."""

    model: BaseModel | None
    problems: list[Problem]
    kept: dict[str, list[int]]


def validate_document(doc: YamlDocument, model: type[BaseModel]) -> Validated:
    """Validate `doc.data` against `model`, salvaging the good items of top-level lists."""
    try:
        return Validated(model.model_validate(doc.data), [], {})
    except ValidationError as exc:
        problems = _dedupe([_translate(error, doc, model) for error in exc.errors()])
        salvaged, kept = _salvage(doc.data, model, [tuple(e["loc"]) for e in exc.errors()])
        return Validated(salvaged, problems, kept)


def _salvage(data: Any, model: type[BaseModel], locs: list[tuple[Any, ...]]
             ) -> tuple[BaseModel | None, dict[str, list[int]]]:
    """Drop the list items that failed; give up unless every error lies inside such an item."""
    if not isinstance(data, dict):
        return None, {}
    bad: dict[str, set[int]] = {}
    for loc in locs:
        if len(loc) < 2 or not isinstance(loc[1], int) or not isinstance(data.get(loc[0]), list):
            return None, {}
        bad.setdefault(loc[0], set()).add(loc[1])
    trimmed, kept = dict(data), {}
    for key, indices in bad.items():
        kept[key] = [i for i in range(len(data[key])) if i not in indices]
        trimmed[key] = [data[key][i] for i in kept[key]]
    try:
        return model.model_validate(trimmed), kept
    except ValidationError:
        return None, {}


def _dedupe(problems: list[Problem]) -> list[Problem]:
    seen: set[tuple[Any, ...]] = set()
    unique = []
    for p in problems:
        key = (p.location, p.field, p.code)
        if key not in seen:
            seen.add(key)
            unique.append(p)
    return unique


def _yaml_path(loc: tuple[Any, ...], doc: YamlDocument, absent_last: bool) -> Path_:
    """Map pydantic's loc onto the YAML path, dropping discriminator tags and '[key]' markers.

    `absent_last`: the last part names a key that is not in the file (a missing field)."""
    path: Path_ = ()
    for i, part in enumerate(loc):
        candidate = (*path, part)
        if doc.has(candidate) or candidate in doc.keys:
            path = candidate
        elif i == len(loc) - 1 and part != "[key]" and absent_last:
            path = candidate
    return path


def _translate(error: ErrorDetails, doc: YamlDocument, model: type[BaseModel]) -> Problem:
    kind = error["type"]
    path = _yaml_path(tuple(error["loc"]), doc, kind in {"missing", "extra_forbidden"})
    field = format_path(path)
    found = _found(path, doc, error.get("input"))
    ctx = error.get("ctx") or {}
    location = doc.locate(path, at_key=kind == "extra_forbidden")

    def make(code: str, suggestion: str | None = None, **params: Any) -> Problem:
        return Problem(location, field, code, params, suggestion=suggestion)

    if kind == "invalid_key":  # a key YAML read as a number (`2026:` where a name is expected)
        return make("key_not_text", found=repr(error.get("input")), read_as={"word": "number"})
    if kind == "missing":
        return make("missing", name=path[-1] if path else "?")
    if kind == "extra_forbidden":
        allowed = _allowed_fields(model, path[:-1], doc.data)
        guess = nearest(path[-1], allowed) if allowed else None
        fix = _fix(guess, allowed, "allowed_fields")
        return make("extra_forbidden", guess, name=path[-1], fix=fix)
    if kind in _TYPE_ERRORS:
        scalar = doc.scalars.get(path)
        if kind == "string_type" and scalar and scalar.read_as == "null" and scalar.text == "":
            return make("empty")
        if kind == "string_type" and scalar and scalar.plain and scalar.read_as != "str":
            return make("yaml_trap", text=scalar.text, read_as={"word": scalar.read_as})
        expected, example = _TYPE_ERRORS[kind]
        return make("wrong_type", expected={"word": expected}, found=found, example={"word": example})
    if kind in {"literal_error", "enum"}:
        allowed = re.findall(r"'([^']*)'", str(ctx.get("expected", ""))) or _split(ctx.get("expected"))
        guess = nearest(error.get("input"), allowed)
        return make("not_allowed", guess, found=found, expected=", ".join(allowed),
                    fix=_fix(guess, allowed, "choose"))
    if kind == "union_tag_invalid":
        allowed = re.findall(r"'([^']*)'", str(ctx.get("expected_tags", "")))
        guess = nearest(ctx.get("tag"), allowed)
        kind_path = (*path, "kind")
        return Problem(doc.locate(kind_path), format_path(kind_path), "not_allowed",
                       {"found": repr(ctx.get("tag")), "expected": ", ".join(allowed),
                        "fix": _fix(guess, allowed, "choose")}, suggestion=guess)
    if kind == "union_tag_not_found":
        return make("missing", name="kind")
    if kind == "string_pattern_mismatch":
        what, example = _PATTERNS.get(str(ctx.get("pattern")), ("id", "?"))
        return make("bad_format", found=found, what={"word": what}, example=example)
    if kind in {"string_too_short", "too_short"}:
        return make("empty")
    if kind in {"greater_than_equal", "greater_than"}:
        return make("too_small", found=found, limit=ctx.get("ge", ctx.get("gt")))
    if kind in {"less_than_equal", "less_than"}:
        return make("too_large", found=found, limit=ctx.get("le", ctx.get("lt")))
    if kind in {"deadline_format", "date_format"}:
        return make(kind, found=found)
    if kind == "day_month_impossible":
        return make(kind, found=found, month=ctx.get("month"), days=ctx.get("days"))
    if kind == "period_order":
        return make("period_order", **{"from": ctx.get("from"), "to": ctx.get("to")})
    return make("invalid_value", detail=error.get("msg", kind))


def _split(expected: Any) -> list[str]:
    return [s.strip() for s in re.split(r",| or ", str(expected or "")) if s.strip()]


def _fix(guess: str | None, allowed: list[str], list_word: str) -> list[dict[str, str]]:
    parts = []
    if guess:
        parts.append({"word": "did_you_mean", "s": guess})
    if allowed:
        parts.append({"word": list_word, "s": ", ".join(allowed)})
    return parts


def _found(path: Path_, doc: YamlDocument, value: Any) -> str:
    scalar = doc.scalars.get(path)
    if scalar is not None:
        return f"'{scalar.text}'" if scalar.text != "" else "''"
    if isinstance(value, list):
        return "[…]"
    if isinstance(value, dict):
        return "{…}"
    return repr(value)


def _allowed_fields(model: type[BaseModel], path: Path_, data: Any) -> list[str]:
    """The field names that the model at `path` (inside `data`) declares."""
    annotation: Any = model
    value = data
    for part in path:
        annotation = _resolve(annotation, value)
        if annotation is None:
            return []
        if isinstance(part, int):
            annotation = _item_type(annotation)
        else:
            annotation = _field_type(annotation, part)
        if isinstance(value, dict):
            value = value.get(part)
        elif isinstance(value, list) and isinstance(part, int) and 0 <= part < len(value):
            value = value[part]
        else:
            value = None
    final = _resolve(annotation, value)
    if isinstance(final, type) and issubclass(final, BaseModel):
        return [f.alias or name for name, f in final.model_fields.items()]
    return []


def _resolve(annotation: Any, value: Any) -> Any:
    """Unwrap Annotated and Optional; pick the union member whose `kind` matches the value."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
            continue
        if origin in (Union, types.UnionType):
            members = [a for a in typing.get_args(annotation) if a is not type(None)]
            kind = value.get("kind") if isinstance(value, dict) else None
            chosen = [
                m for m in members
                if isinstance(m, type) and issubclass(m, BaseModel)
                and (len(members) == 1 or _literal_kind(m) == kind)
            ]
            if len(members) == 1:
                annotation = members[0]
                continue
            return chosen[0] if chosen else None
        return annotation


def _literal_kind(model: type[BaseModel]) -> Any:
    field = model.model_fields.get("kind")
    return typing.get_args(field.annotation)[0] if field is not None else None


def _item_type(annotation: Any) -> Any:
    args = typing.get_args(annotation)
    return args[0] if typing.get_origin(annotation) is list and args else None


def _field_type(annotation: Any, name: str) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        for field_name, field in annotation.model_fields.items():
            if name in (field_name, field.alias):
                return field.annotation
        return None
    if typing.get_origin(annotation) is dict:
        return typing.get_args(annotation)[1]
    return None
