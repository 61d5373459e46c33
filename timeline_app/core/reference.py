"""The reference date of a document: the day its relative expressions count from.

"Yesterday" or "last Tuesday" only mean something against the day the article was
written. Loaders set it from file metadata (HTML meta, PDF/DOCX properties); otherwise
news text says it near the top, in a dateline ("BRUSSELS, March 14, 2023 —"), a
"Published …" line or a byline. The dates in those lines are metadata, not events, so
:func:`metadata_spans` tells the event builder where they are.

This module reads only those few fixed formats with its own small reader and never
consults the clock: an article with no date stays without a reference.
"""

from __future__ import annotations

import re

from timeline_app.core.timex_intl.dateline import DASH
from timeline_app.core.timex_intl.dateline import dateline as intl_dateline
from timeline_app.model import Day, Document

_MONTHS = {
    name: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for name in names
}
_MON = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?,?\s+"
_ORD = r"(?:st|nd|rd|th)?"
_MDY = re.compile(rf"\b(?P<mon>{_MON})\s+(?P<day>\d{{1,2}}){_ORD},?\s+(?P<year>\d{{4}})\b", re.I)
_DMY = re.compile(
    rf"\b(?P<day>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<mon>{_MON}),?\s+(?P<year>\d{{4}})\b", re.I
)
_ISO = re.compile(r"\b(?P<year>\d{4})[-/](?P<mon>\d{2})[-/](?P<day>\d{2})(?![\d/-])")
_NUMERIC = re.compile(r"\b(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<year>\d{4})\b")
#: A date as a dateline writes it, with or without a year ("March 14 (Reuters) -").
_LOOSE = (
    rf"(?:{_WEEKDAY})?(?:{_MON}\s+\d{{1,2}}{_ORD}(?:,?\s+\d{{4}})?|"
    rf"\d{{1,2}}{_ORD}\s+{_MON}(?:,?\s+\d{{4}})?|\d{{4}}-\d{{2}}-\d{{2}})"
)
_PLACE_WORD = r"[A-Z][\w.'’]*"
_PLACE = (
    rf"{_PLACE_WORD}(?:[ -]{_PLACE_WORD}){{0,3}}(?:,\s*{_PLACE_WORD}(?:[ -]{_PLACE_WORD}){{0,2}})?"
)
_DATELINE = re.compile(
    rf"^[ \t]*(?:{_PLACE}[ \t]*(?:\([^()\n]{{2,30}}\))?[ \t]*,[ \t]*)?(?P<date>{_LOOSE})"
    + DASH,
    re.M,
)
_PUBLISHED = re.compile(
    r"^(?:[^\n|]{0,80}\|)?[ \t]*(?:first[ \t]+)?"
    r"(?P<kind>published|posted|date|updated|last[ \t]+updated|last[ \t]+modified|modified)\b"
    r"(?:[ \t]+on)?[ \t]*:?(?P<rest>[^\n]*)$",
    re.I | re.M,
)
#: "By Jane Roe", "By our correspondent | 3 May 2024"; not "By the end of 2019, sales…"
_BYLINE = re.compile(r"^[ \t]*By[ \t]+(?:[^\n]*\|[^\n]*|[^\n]{1,80}(?<![.!?]))$", re.M)
_COPYRIGHT = re.compile(
    r"^[^\n]*(?:©|\(c\)[ \t]*\d{4}|\bcopyright\b|all rights reserved)[^\n]*$", re.I | re.M
)
_DATE_ONLY_LINE = re.compile(
    rf"^[ \t]*(?P<date>{_LOOSE})(?:[ \t,]+[\d:. apmAPMUTCGT]+)?[ \t]*$", re.M
)
#: How far from the top a reference date is looked for (headline, byline, first paragraphs).
_TOP_CHARS = 3000
_TOP_DATE_LINES = 8
#: Non-blank lines (headline, standfirst, byline…) within which a dateline may open the story.
_DATELINE_LINES = 6
#: A "Published …" line longer than this, without a leading date, is a sentence.
_LABEL_CHARS = 60
#: What may stand between "Published" and its date: "on", a weekday ("on Tue 14 Mar 2023").
_LEAD_IN = re.compile(
    r"(?:(?:on|at|dated?)\s*)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"mon|tue|wed|thu|fri|sat|sun)?\.?",
    re.I,
)
_UPDATE_KINDS = ("updated", "last updated", "last modified", "modified")
#: Loader sources that a dateline or "Published …" line in the text overrides.
FILE_PROPERTY_SOURCES = frozenset(("pdf-meta", "docx-meta"))


def read_date(text: str) -> tuple[Day, int, int] | None:
    """The first complete calendar date in ``text`` with its offsets, or None.

    Reads "March 14, 2023", "14 March 2023", "Tuesday, Mar. 14th 2023", "2023-03-14",
    "2023/03/14" and numeric "14/03/2023" when the order is unambiguous.
    """
    found: list[tuple[int, int, Day]] = []
    for pattern in (_MDY, _DMY, _ISO, _NUMERIC):
        for m in pattern.finditer(text):
            day = _to_day(m)
            if day is not None:
                found.append((m.start(), m.end(), day))
                break
    if not found:
        return None
    start, end, day = min(found, key=lambda f: f[0])
    return day, start, end


def _to_day(m: re.Match[str]) -> Day | None:
    groups = m.groupdict()
    year = int(groups["year"])
    if "a" in groups:
        a, b = int(groups["a"]), int(groups["b"])
        if a > 12 >= b:
            month, day = b, a
        elif b > 12 >= a:
            month, day = a, b
        else:
            return None  # 04/05/2023: day-month or month-day? Refuse to guess.
    else:
        mon = groups["mon"].rstrip(".").lower()
        month = int(mon) if mon.isdigit() else _MONTHS.get(mon, 0)
        day = int(groups["day"])
    if not 1000 <= year <= 2999:
        return None
    try:
        return Day(year, month, day)
    except ValueError:
        return None


def find_reference(document: Document) -> tuple[Day | None, str]:
    """The reference date of ``document`` and where it came from.

    A date the loader found in HTML meta or front matter wins; then the text is read. A
    PDF or DOCX creation date is only a fallback: files are converted and re-saved long
    after the story was written, while a dateline or a "Published …" line says when it was.

    Returns:
        ``(day, source)`` with source "dateline", "published-line" or "byline" (or the
        loader's own source), or ``(None, "")`` when the text gives no date.
    """
    loaded = document.reference_date
    source = document.reference_source or "metadata"
    if loaded is not None and source not in FILE_PROPERTY_SOURCES:
        return loaded, source
    day, found = reference_from_text(document.text, language=document.language)
    if loaded is not None and found not in ("dateline", "published-line"):
        return loaded, source
    return day, found


def reference_from_text(text: str, *, language: str = "") -> tuple[Day | None, str]:
    """Reference date from the top of a text: published line, dateline, byline, date line
    (datelines in the document's ``language`` too, when it is not a hand-kept one)."""
    top = text[:_TOP_CHARS]
    published = _published_dates(top)
    for kind, day in published:
        if kind not in _UPDATE_KINDS:
            return day, "published-line"
    dateline = _dateline(top)
    found = read_date(dateline.group("date")) if dateline else None
    if found:
        return found[0], "dateline"
    if (intl := intl_dateline(top, language)) is not None:  # "MÜNCHEN, 14. März 2022 –"
        return intl[0], intl[3]
    byline = _byline_date(top)
    if byline is not None:
        return byline, "byline"
    if published:  # only "Updated …": later than the writing, but the best there is
        return published[0][1], "published-line"
    return None, ""


def _published_dates(top: str) -> list[tuple[str, Day]]:
    out = []
    for m in _PUBLISHED.finditer(top):
        found = _leading_date(m.group("rest"))
        if found:
            out.append((" ".join(m.group("kind").lower().split()), found[0]))
    return out


def _is_date_line(m: re.Match[str]) -> bool:
    """A "Published …" line: its date comes first, or it is a short label, not a sentence.

    "Published 3 hours ago" has no date this reader knows, but it is still metadata.
    """
    rest = m.group("rest").strip()
    if _leading_date(rest):
        return True
    return len(m.group(0).strip()) <= _LABEL_CHARS and not rest.endswith((".", "!", "?"))


def _leading_date(rest: str) -> tuple[Day, int, int] | None:
    """The date right after "Published"/"Updated" (a weekday may come first).

    "Updated figures released on 3 May 2020 showed…" is a sentence, not a date line.
    """
    found = read_date(rest)
    if found is None:
        return None
    prefix = rest[: found[1]].strip(" \t,:;|-–—.").lower()
    return found if _LEAD_IN.fullmatch(prefix) else None


def _byline_date(top: str) -> Day | None:
    for m in _BYLINE.finditer(top):
        found = read_date(m.group(0))
        if found:
            return found[0]
    first_lines = "\n".join(top.splitlines()[:_TOP_DATE_LINES])
    for m in _DATE_ONLY_LINE.finditer(first_lines):
        found = read_date(m.group("date"))
        if found:
            return found[0]
    return None


def metadata_spans(text: str, language: str = "") -> list[tuple[int, int]]:
    """Stretches of ``text`` whose dates describe the article, not a happening.

    Published/updated lines, bylines, copyright lines, date-only lines near the top, and
    dateline prefixes ("BRUSSELS, March 14, 2023 — " up to the dash and its space).
    Sorted by start; the event builder drops mentions inside them and starts a quote
    after a dateline prefix.
    """
    spans = [(m.start(), m.end()) for m in _PUBLISHED.finditer(text) if _is_date_line(m)]
    spans += [(m.start(), m.end()) for m in _COPYRIGHT.finditer(text)]
    spans += [(m.start(), m.end()) for m in _BYLINE.finditer(text[:_TOP_CHARS])]
    top_lines_end = _offset_after_lines(text, _TOP_DATE_LINES)
    spans += [(m.start(), m.end()) for m in _DATE_ONLY_LINE.finditer(text, 0, top_lines_end)]
    spans += dateline_spans(text, language)
    return sorted(set(spans))


def dateline_spans(text: str, language: str = "") -> list[tuple[int, int]]:
    """The dateline prefix ("BRUSSELS, March 14, 2023 — "), as a list of none or one."""
    m = _dateline(text)
    if m is None and (intl := intl_dateline(text[:_TOP_CHARS], language)) is not None:
        return [(intl[1], intl[2])]
    return [(m.start(), m.end())] if m else []


def _dateline(text: str) -> re.Match[str] | None:
    """The dateline that opens the story, if any.

    It is looked for only in the first lines, and a run of lines that all start
    "date – …" is a list of key dates, not a dateline.
    """
    lines = [m.start() for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    for i, start in enumerate(lines[:_DATELINE_LINES]):
        m = _DATELINE.match(text, start)
        if m is None or not _is_dateline(text, m):
            continue
        listed = i + 1 < len(lines) and _DATELINE.match(text, lines[i + 1]) is not None
        return None if listed else m
    return None


def _is_dateline(text: str, m: re.Match[str]) -> bool:
    """A dateline opens a paragraph and is followed by its sentence on the same line."""
    rest = text[m.end() : m.end() + 2]
    return bool(rest) and rest[0] not in "\n\r" and m.end() - m.start() <= 90


def _offset_after_lines(text: str, n: int) -> int:
    pos = 0
    for _ in range(n):
        nl = text.find("\n", pos)
        if nl < 0:
            return len(text)
        pos = nl + 1
    return pos
