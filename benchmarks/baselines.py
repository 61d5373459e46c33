"""The two reference systems the benchmark compares against, as issue 4 defines them."""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any

from timeml import GoldDoc, Timex

_DURATION_HINT = re.compile(
    r"\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b(?!\s+ago)", re.I
)


@functools.cache
def _parser() -> Any:
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first"})


def _reference(gold: GoldDoc) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(gold.dct)
    except ValueError:
        return None


def _value(text: str, ref: dt.datetime | None) -> str:
    """dateparser's reading of ``text``, written at the granularity its period suggests."""
    import dateparser

    settings: dict[str, Any] = {"PREFER_DAY_OF_MONTH": "first"}
    if ref is not None:
        settings["RELATIVE_BASE"] = ref
    try:
        data = _parser().get_date_data(text)
        parsed = dateparser.parse(text, languages=["en"], settings=settings)
    except Exception:
        return ""
    if parsed is None:
        return ""
    period = getattr(data, "period", None) or "day"
    if period == "year":
        return f"{parsed.year:04d}"
    if period == "month":
        return f"{parsed.year:04d}-{parsed.month:02d}"
    if period == "week":
        year, week, _ = parsed.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if period in ("time", "hour", "minute", "second"):
        return parsed.strftime("%Y-%m-%dT%H:%M")
    return parsed.strftime("%Y-%m-%d")


def spacy_dateparser(gold: GoldDoc, doc: object) -> list[Timex]:
    """spaCy DATE/TIME entities, valued with ``dateparser.parse``."""
    if doc is None:
        return []
    ref = _reference(gold)
    out = []
    for ent in doc.ents:  # type: ignore[attr-defined]
        if ent.label_ not in ("DATE", "TIME"):
            continue
        typ = ent.label_
        if typ == "DATE" and _DURATION_HINT.search(ent.text) and not ent.text[0].isdigit():
            typ = "DURATION"
        out.append(Timex(ent.start_char, ent.end_char, ent.text, typ, _value(ent.text, ref)))
    return out


def dateparser_search(gold: GoldDoc, doc: object) -> list[Timex]:
    """``dateparser.search.search_dates``; offsets by finding each substring in turn."""
    from dateparser.search import search_dates

    ref = _reference(gold)
    settings: dict[str, Any] = {"PREFER_DAY_OF_MONTH": "first"}
    if ref is not None:
        settings["RELATIVE_BASE"] = ref
    try:
        found = search_dates(gold.text, languages=["en"], settings=settings) or []
    except Exception:
        return []
    out, pos = [], 0
    for substring, when in found:
        at = gold.text.find(substring, pos)
        if at < 0:
            continue
        pos = at + len(substring)
        out.append(Timex(at, pos, substring, "DATE", when.strftime("%Y-%m-%d")))
    return out
