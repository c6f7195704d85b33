"""Shared building blocks of the rules-file models: strict base model, codes, clauses, deadlines."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints
from pydantic_core import PydanticCustomError


def new_list() -> list[Any]:
    """A fresh empty list, for `Field(default_factory=new_list)`.

    Same value as `default_factory=list`; pydantic inspects a default factory's signature when it
    builds a model's schema, and a Python function's is read far faster than a builtin type's.
    """
    return []


def new_dict() -> dict[Any, Any]:
    """A fresh empty dict, for `Field(default_factory=new_dict)` (see `new_list`)."""
    return {}


class RulesModel(BaseModel):
    """Every rules-file model: unknown keys are errors, values are frozen."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True, defer_build=True)


AGENCY_CODE_PATTERN = r"^[A-Z][A-Z0-9_]{0,23}$"
AREA_CODE_PATTERN = r"^[a-z][a-z0-9_]{0,39}$"
ID_PATTERN = r"^[a-z][a-z0-9_.-]{0,59}$"
DAY_MONTH_PATTERN = r"^(0[1-9]|[12][0-9]|3[01])/(0[1-9]|1[0-2])$"

AgencyCode = Annotated[
    str,
    StringConstraints(pattern=AGENCY_CODE_PATTERN),
    Field(description="Mã cơ quan: chữ in hoa không dấu, số, dấu _ (ví dụ VHXH)."),
]
AreaCode = Annotated[
    str,
    StringConstraints(pattern=AREA_CODE_PATTERN),
    Field(description="Mã lĩnh vực CCHC: chữ thường không dấu, số, dấu _ (ví dụ tthc)."),
]
Ident = Annotated[
    str,
    StringConstraints(pattern=ID_PATTERN),
    Field(description="Mã định danh: chữ thường không dấu, số, dấu _ . - (ví dụ hai-long-tthc)."),
]
Text = Annotated[str, StringConstraints(min_length=1)]
Clause = Annotated[
    str,
    StringConstraints(min_length=1),
    Field(description="Điều khoản của kế hoạch mà mục này mã hóa, ví dụ 'II.2.b', 'Phụ lục, mục 7'."),
]
Year = Annotated[int, Field(ge=2000, le=2100, description="Năm, ví dụ 2026.")]
TaskNumber = Annotated[int, Field(ge=1, le=999, description="Số thứ tự nhiệm vụ trong Phụ lục.")]


def _as_list(value: Any) -> Any:
    return [value] if isinstance(value, str) else value


TextList = Annotated[list[Text], BeforeValidator(_as_list)]

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
_QUARTER_FORMS = [
    re.compile(r"^(?:Q|Quý\s*)(?P<q>[1-4]|IV|III|II|I)\s*/\s*(?P<y>\d{4})$", re.IGNORECASE),
    re.compile(r"^(?P<y>\d{4})-Q(?P<q>[1-4])$", re.IGNORECASE),
]


def parse_date(text: str) -> dt.date | None:
    """A date written ISO (2026-03-31) or as Excel writes it in Vietnam (31/03/2026).

    Examples:
        >>> parse_date("31/03/2026")
        datetime.date(2026, 3, 31)
        >>> parse_date("31/02/2026") is None
        True
    """
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    return None


def normalize_deadline(value: Any) -> str:
    """Canonical text of a deadline: a year ('2026'), a quarter ('2026-Q1') or a date.

    Examples:
        >>> normalize_deadline("Quý I/2026"), normalize_deadline(2030), normalize_deadline("06/01/2026")
        ('2026-Q1', '2030', '2026-01-06')
    """
    if isinstance(value, bool):
        raise PydanticCustomError("deadline_format", "bad deadline", {"value": value})
    if isinstance(value, int) and 2000 <= value <= 2100:
        return str(value)
    if isinstance(value, str):
        text = value.strip()
        if re.fullmatch(r"\d{4}", text):
            return text
        for form in _QUARTER_FORMS:
            match = form.match(text)
            if match:
                quarter = match["q"].upper()
                number = _ROMAN.get(quarter) or int(quarter)
                return f"{match['y']}-Q{number}"
        date = parse_date(text)
        if date:
            return date.isoformat()
    raise PydanticCustomError("deadline_format", "bad deadline", {"value": value})


def _normalize_date(value: Any) -> str:
    if isinstance(value, str):
        date = parse_date(value)
        if date:
            return date.isoformat()
    raise PydanticCustomError("date_format", "bad date", {"value": value})


Deadline = Annotated[
    str,
    BeforeValidator(normalize_deadline, json_schema_input_type=str | int),
    Field(description="Thời hạn: năm (2026), quý (Q1/2026, Quý I/2026) hoặc ngày (31/03/2026)."),
]
DateText = Annotated[
    str,
    BeforeValidator(_normalize_date, json_schema_input_type=str),
    Field(description="Ngày, dạng dd/mm/yyyy hoặc yyyy-mm-dd."),
]


def deadline_year(deadline: str) -> int:
    """The year a canonical deadline falls in.

    Examples:
        >>> deadline_year("2026-Q1"), deadline_year("2030"), deadline_year("2026-03-31")
        (2026, 2030, 2026)
    """
    return int(deadline[:4])


REF_PATTERN = r"^(task|target|goal|indicator|duty):[A-Za-z0-9_.-]+$"


class Note(RulesModel):
    """A remark on an item, e.g. where the plan contradicts itself."""

    text: Text
    conflicts_with: Annotated[str, StringConstraints(pattern=REF_PATTERN)] | None = Field(
        default=None,
        description="Mục mâu thuẫn với mục này: 'task:14', 'target:…', 'goal:…', 'indicator:…'.",
    )
    clause: Clause | None = None
