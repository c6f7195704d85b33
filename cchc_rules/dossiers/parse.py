"""The SQL that turns a source's raw cells into typed canonical columns, and flags bad cells.

Stage: facts (reading). For each column of the kind: `<name>` is the typed value (NULL when the
cell is empty or the column absent) and `bad_<name>` is true when a non-empty cell could not be
read as its type. Typed Parquet columns are used as they are; text is parsed once, here.
"""

from __future__ import annotations

from cchc_rules.dossiers.columns import KINDS, LEVEL_ALIASES, ONLINE_LEVELS, TIME_UNITS, Column
from cchc_rules.dossiers.sources import Source, quote_name, quote_text

TIME_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d",
                "%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M", "%d/%m/%Y")
_FORMATS = "[" + ", ".join(quote_text(f) for f in TIME_FORMATS) + "]"
_TRUE = ("1", "có", "co", "x", "true", "yes", "đúng", "dung")
_FALSE = ("0", "không", "khong", "false", "no", "sai")
_SQL_TYPE = {"text": "VARCHAR", "int": "BIGINT", "flag": "INTEGER", "channel": "INTEGER", "paid": "INTEGER",
             "time": "TIMESTAMP", "hours": "DOUBLE", "money": "DOUBLE", "level": "VARCHAR", "online": "VARCHAR",
             "time_unit": "VARCHAR"}
_MAPPED = {"level": LEVEL_ALIASES, "online": ONLINE_LEVELS, "time_unit": TIME_UNITS}
_NUMERIC = ("TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT", "UINTEGER",
            "UBIGINT", "DOUBLE", "FLOAT", "BOOLEAN")


def _in(values: tuple[str, ...]) -> str:
    return "(" + ", ".join(quote_text(v) for v in values) + ")"


def _text_value(column: Column, raw: str) -> str:
    """The typed value of a text cell `raw` (already trimmed, NULL when empty)."""
    number = f"TRY_CAST(replace({raw}, ',', '.') AS DOUBLE)"
    whole = f"TRY_CAST({raw} AS BIGINT)"
    if column.type in _MAPPED:
        whens = " ".join(f"WHEN {quote_text(k)} THEN {quote_text(v)}" for k, v in sorted(_MAPPED[column.type].items()))
        exact = " ".join(f"WHEN {quote_text(k)} THEN {quote_text(v)}" for k, v in sorted(_MAPPED[column.type].items()))
        return f"CASE {raw} {exact} ELSE CASE lower({raw}) {whens} END END"  # as written first: no lower()
    match column.type:
        case "text":
            return raw
        case "int":
            return f"CASE WHEN {whole} >= 0 THEN {whole} END"
        case "flag":
            return (f"CASE {raw} WHEN '1' THEN 1 WHEN '0' THEN 0 ELSE CASE WHEN lower({raw}) IN {_in(_TRUE)} THEN 1 "
                    f"WHEN lower({raw}) IN {_in(_FALSE)} THEN 0 END END")
        case "channel":
            return f"CASE WHEN {raw} IS NULL THEN 1 WHEN {raw} IN ('1', '2', '3') THEN CAST({raw} AS INTEGER) END"
        case "paid":
            return f"CASE WHEN {raw} IS NULL THEN 0 WHEN {raw} IN ('0', '1', '2') THEN CAST({raw} AS INTEGER) END"
        case "time":
            # ISO text through DuckDB's own (fast) cast first; dd/mm/yyyy and the rest by format
            return f"coalesce(TRY_CAST({raw} AS TIMESTAMP), try_strptime({raw}, {_FORMATS}))"
        case _:  # hours, money
            return f"CASE WHEN {number} >= 0 THEN {number} END"


def _typed_value(column: Column, raw: str) -> tuple[str, str]:
    """(value, bad flag) of a column Parquet already typed (numbers, booleans, dates, timestamps).

    The value of a bad cell is left as read: a bad row is in no denominator, and any bad row stops
    the computation, so only the flag must be exact; not guarding the value with a CASE halves the
    cost of these columns (benchmarks/README.md, 766)."""
    if column.type == "time":
        return f"CAST({raw} AS TIMESTAMP)", "false"
    value = f"CAST({raw} AS {_SQL_TYPE[column.type]})"
    if column.type == "channel":
        return f"coalesce({value}, 1)", f"coalesce({value} NOT IN (1, 2, 3), false)"
    if column.type == "paid":
        return f"coalesce({value}, 0)", f"coalesce({value} NOT IN (0, 1, 2), false)"
    if column.type == "flag":
        return value, f"coalesce({value} NOT IN (0, 1), false)"
    return value, f"coalesce(NOT ({value} >= 0), false)"


def _is_text(type_: str) -> bool:
    return not (type_.startswith(("TIMESTAMP", "DATE", "DECIMAL")) or type_ in _NUMERIC)


def _fits(column: Column, type_: str) -> bool:
    """Whether a Parquet column's own type can be read as the column's type without text."""
    is_time = type_.startswith(("TIMESTAMP", "DATE"))
    return is_time if column.type == "time" else (column.type != "text" and not is_time) or column.type == "text"


def _staged(source: Source, column: Column) -> tuple[str, bool]:
    """The first-stage expression of a present column (trimmed text, or Parquet's typed value), and
    whether it is text; computed once per row, then read by the value and bad-flag expressions."""
    name = quote_name(source.headers[column.name])
    type_ = source.types[column.name]
    if not _is_text(type_) and _fits(column, type_):
        return name, False
    text = name if _is_text(type_) else f"CAST({name} AS VARCHAR)"  # e.g. a timestamp where a flag belongs
    return trimmed(text), True


def trimmed(text: str) -> str:
    """`nullif(trim(text), '')`, skipping trim() where it changes nothing: DuckDB's trim removes
    Unicode space separators, of which ' ' is the only ASCII one, so a text all in ASCII
    (strlen = length) with no space at either end is already trimmed. trim() was a fifth of the
    time of a 10 M-row Parquet aggregation; this test costs under half of it."""
    return (f"CASE WHEN NOT (starts_with({text}, ' ') OR ends_with({text}, ' ')) AND strlen({text}) = length({text}) "
            f"THEN nullif({text}, '') ELSE nullif(trim({text}), '') END")


def column_sql(source: Source, column: Column) -> tuple[str, str, str]:
    """(typed value, bad flag, raw text) SQL for one column, over the staged column `s_<name>`."""
    if column.name not in source.headers:
        default = {"channel": "1", "paid": "0"}.get(column.type, "NULL")
        return f"CAST({default} AS {_SQL_TYPE[column.type]})", "false", "NULL"
    _, is_text = _staged(source, column)
    name = quote_name(f"s_{column.name}")
    if not is_text:  # typed by Parquet: only the listing of a bad row writes it as text
        value, bad = _typed_value(column, name)
        return value, f"(({value}) IS NULL)" if column.required else bad, f"CAST({name} AS VARCHAR)"
    raw = name
    value = _text_value(column, raw)
    if column.required:
        bad = f"({value}) IS NULL"
    elif column.type == "text":
        bad = "false"  # free text: nothing can be wrong with it
    else:
        bad = f"({raw} IS NOT NULL AND ({value}) IS NULL)"
    return value, bad, raw


def parsed_select(source: Source, row_number: bool = False, filled: tuple[str, ...] = ()) -> str:
    """SELECT of the typed canonical columns, `bad_<name>` flags and `bad`, from one source.
    `filled`: columns an earlier scan found no bad cell in (their flag is false, so a pass that
    does not use their value does not read them)."""
    parts, flags = [], []
    for column in KINDS[source.kind]:
        value, bad, _ = column_sql(source, column)
        bad = "false" if column.name in filled else bad
        parts.append(f"{value} AS {column.name}")
        parts.append(f"{bad} AS bad_{column.name}")  # every source has every flag, for UNION ALL
        if bad != "false":
            flags.append(f"bad_{column.name}")
    parts.append(f"{quote_text(source.file)} AS source_file")
    staged = [f"{_staged(source, c)[0]} AS {quote_name('s_' + c.name)}"
              for c in KINDS[source.kind] if c.name in source.headers]
    if row_number:  # for listing bad rows: where they are and what was written
        staged.append(_row_sql(source) + " AS source_row")
        parts.append("source_row")
        parts += [f"{column_sql(source, c)[2]} AS raw_{c.name}" for c in KINDS[source.kind]]
    first = f"SELECT {', '.join(staged) or '1 AS s_none'} FROM {source.relation}"
    inner = f"SELECT {', '.join(parts)} FROM ({first})"
    any_bad = " OR ".join(flags) or "false"
    return f"SELECT *, ({any_bad}) AS bad FROM ({inner})"


def _row_sql(source: Source) -> str:
    """The row number a person finds the record at: Parquet record 1…, spreadsheet row 2… (header 1)."""
    return "file_row_number + 1" if source.is_parquet else "row_number() OVER () + 1"


def bad_flags(kind: str, source: Source) -> list[str]:
    """The canonical names whose cells a source can have wrong."""
    return [c.name for c in KINDS[kind] if column_sql(source, c)[1] != "false"]


def raw_sql(source: Source, name: str) -> str:
    for column in KINDS[source.kind]:
        if column.name == name:
            return column_sql(source, column)[2]
    raise KeyError(name)
