"""What a correction may say: values checked (dates, types, counts, spans, text) before
anything is written, each refusal a catalogue error naming the field."""
from __future__ import annotations

import copy
import re
from datetime import date as _date
from typing import Any

from ..errors import Code, RightsledgerError
from ..records import (
    ENTITY_TYPES,
    EVENT_TYPES,
    NORMS,
    PARTICIPANT_ROLES,
    POLARITIES,
    PRECISIONS,
    QUALIFIERS,
)

EDITABLE = {
    "event": ("type", "date", "date_end", "precision", "polarity", "participants", "place", "source"),
    "figure": ("value", "value_end", "unit", "what", "qualifier", "source"),
    "provision": ("norm", "quantity", "subject"),
    "entity": ("type", "name", "kind", "lat", "lon", "country_code"),
}
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
TEXT_MAX = 2000


# -- validation -----------------------------------------------------------------------------
def bad_value(field: str, detail: str) -> RightsledgerError:
    """The catalogue's error for a bad value of ``field``."""
    return RightsledgerError(Code.BAD_VALUE, field=field, detail=detail)


def check_date(value: Any, field: str = "date") -> str:
    m = DATE_RE.match(str(value or ""))
    if not m:
        raise bad_value(field, f"{value!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD")
    y, mo, d = int(m[1]), m[2] and int(m[2]), m[3] and int(m[3])
    try:
        _date(y, mo or 1, d or 1)
    except ValueError as exc:
        raise bad_value(field, f"{value!r} is not a date of the calendar ({exc})") from None
    return str(value)


def precision_of(date: str) -> str:
    return {1: "year", 2: "month", 3: "day"}[len(date.split("-"))]


def _text(value: Any, field: str, *, required: bool = False) -> str | None:
    if value is None or value == "":
        if required:
            raise bad_value(field, "must not be empty")
        return None
    if not isinstance(value, str):
        raise bad_value(field, f"{value!r} is not text")
    if len(value) > TEXT_MAX:
        raise bad_value(field, f"longer than {TEXT_MAX} characters")
    return value.strip() or None


def _number(value: Any, field: str, *, allow_none: bool = False, minimum: float | None = 0) -> float | int | None:
    if value is None and allow_none:
        return None
    if isinstance(value, bool) or value is None:
        raise bad_value(field, f"{value!r} is not a number")
    try:
        num = float(value)
    except (TypeError, ValueError):
        raise bad_value(field, f"{value!r} is not a number") from None
    if num != num or num in (float("inf"), float("-inf")):
        raise bad_value(field, f"{value!r} is not a finite number")
    if minimum is not None and num < minimum:
        raise bad_value(field, f"{value!r} is negative: a count or amount cannot be")
    return int(num) if num.is_integer() and abs(num) < 2**53 else num


def _choice(value: Any, field: str, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise bad_value(field, f"{value!r} is not one of: {', '.join(allowed)}")
    return str(value)


def validate_changes(kind: str, changes: dict[str, Any]) -> dict[str, Any]:
    """The changes, checked and normalised; BAD_VALUE names the first impossible one."""
    if kind not in EDITABLE:
        raise bad_value("kind", f"{kind!r} is not one of: {', '.join(EDITABLE)}")
    out: dict[str, Any] = {}
    for field, value in changes.items():
        if field not in EDITABLE[kind]:
            raise bad_value(field, f"not a field of a {kind} that can be corrected "
                              f"(those are: {', '.join(EDITABLE[kind])})")
        if field == "type":
            out[field] = _choice(value, field, EVENT_TYPES if kind == "event" else ENTITY_TYPES)
        elif field == "date":
            out[field] = check_date(value)
        elif field == "date_end":
            out[field] = None if value in (None, "") else check_date(value, "date_end")
        elif field == "precision":
            out[field] = _choice(value, field, PRECISIONS)
        elif field == "polarity":
            out[field] = _choice(value, field, POLARITIES)
        elif field == "qualifier":
            out[field] = _choice(value, field, QUALIFIERS)
        elif field == "norm":
            out[field] = _choice(value, field, NORMS)
        elif field == "value":
            out[field] = _number(value, field)
        elif field == "value_end":
            out[field] = _number(value, field, allow_none=True)
        elif field == "lat":
            lat = _number(value, field, allow_none=True, minimum=None)
            if lat is not None and not -90 <= lat <= 90:
                raise bad_value(field, f"{value!r} is outside -90..90")
            out[field] = lat
        elif field == "lon":
            lon = _number(value, field, allow_none=True, minimum=None)
            if lon is not None and not -180 <= lon <= 180:
                raise bad_value(field, f"{value!r} is outside -180..180")
            out[field] = lon
        elif field == "name":
            out[field] = _text(value, field, required=True)
        elif field == "participants":
            if not isinstance(value, list):
                raise bad_value(field, "a list of {name, role, entity}")
            parts = []
            for i, p in enumerate(value):
                if not isinstance(p, dict):
                    raise bad_value(f"participants[{i}]", "an object {name, role, entity}")
                parts.append({"entity": _text(p.get("entity"), f"participants[{i}].entity"),
                              "name": _text(p.get("name"), f"participants[{i}].name", required=True),
                              "role": _choice(p.get("role"), f"participants[{i}].role", PARTICIPANT_ROLES)})
            out[field] = parts
        elif field == "quantity":
            if value is None:
                out[field] = None
            elif not isinstance(value, dict):
                raise bad_value(field, "an object {value, unit, text}")
            else:
                out[field] = {"value": _number(value.get("value"), "quantity.value", allow_none=True),
                              "unit": _text(value.get("unit"), "quantity.unit"),
                              "text": _text(value.get("text"), "quantity.text") or ""}
        else:
            out[field] = _text(value, field)
    if not out:
        raise bad_value("changes", "nothing to change: give at least one field")
    return out


def _check_record(kind: str, rec: dict[str, Any]) -> None:
    """Whole-record rules after the changes: the date fits its precision, the range is ordered."""
    if kind == "event":
        if precision_of(rec["date"]) != rec["precision"]:
            raise bad_value("precision", f"{rec['precision']!r} does not fit the date {rec['date']!r}")
        if rec.get("date_end") and rec["date_end"] < rec["date"]:
            raise bad_value("date_end", f"{rec['date_end']!r} is before the date {rec['date']!r}")
    if kind == "figure" and rec.get("value_end") is not None and rec["value_end"] < rec["value"]:
        raise bad_value("value_end", "the upper bound is below the value")


def apply_changes(kind: str, rec: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    new = copy.deepcopy(rec)
    for field, value in changes.items():
        if kind == "entity" and field in ("kind", "lat", "lon", "country_code"):
            if value is None:
                new["attributes"].pop(field, None)
            else:
                new["attributes"][field] = value
        else:
            new[field] = value
    if kind == "event" and "date" in changes and "precision" not in changes:
        new["precision"] = precision_of(new["date"])
    if kind == "entity" and "name" in changes and rec["name"] != new["name"]:
        new["aliases"] = sorted({*new["aliases"], rec["name"]} - {new["name"]})
    _check_record(kind, new)
    return new


