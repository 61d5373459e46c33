"""Read the publication dates found in file metadata (no NLP: these are machine formats).

HTML meta tags, JSON-LD, Markdown front matter and Office properties hold dates in a
few well-known machine formats (ISO 8601, RFC 2822, PDF ``D:YYYYMMDD…``); free-text
dates in the article body are the tagger's job, not the loader's.
"""

from __future__ import annotations

import email.utils
import re

from timeline_app.model import Day

_ISO = re.compile(r"^\s*([+-]?\d{4})-?(\d{2})-?(\d{2})(?:[T\s]|$)")
_SLASHED = re.compile(r"^\s*(\d{4})/(\d{1,2})/(\d{1,2})\b")
_PDF = re.compile(r"^\s*(?:D:)?(\d{4})(\d{2})(\d{2})")
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_WORDY = re.compile(
    r"^\s*(?:[A-Za-z]+,?\s+)?(?:(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?|([A-Za-z]+)\.?\s+"
    r"(\d{1,2})(?:st|nd|rd|th)?,?)\s+(\d{4})\b"
)
# Dates before this are surely placeholders (0001-01-01, 1970-01-01 epoch zero is allowed).
_MIN_YEAR = 1900
_MAX_YEAR = 2200


def parse_meta_date(raw: str) -> Day | None:
    """The calendar day a metadata date string names, or None when it is not one.

    The date is taken as written (``2023-03-14T23:30:00-05:00`` is the 14th): that is the
    day the publisher printed, which is what "yesterday" in the article means.
    """
    text = raw.strip()
    if not text:
        return None
    for pattern in (_ISO, _SLASHED):
        m = pattern.match(text)
        if m:
            return _day(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _WORDY.match(text)
    if m:
        day, month_name = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        month = _MONTHS.get(month_name.lower())
        return _day(int(m.group(5)), month, int(day)) if month else None
    return _rfc2822(text)


def parse_pdf_date(raw: str) -> Day | None:
    """A PDF date string (``D:20230314101500+01'00'``) to a Day, or None.

    Only a full date is a usable reference: "D:2023" alone would pin relative dates
    to 1 January.
    """
    m = _PDF.match(raw)
    if not m:
        return None
    return _day(int(m.group(1)), int(m.group(2)), int(m.group(3)))


def _rfc2822(text: str) -> Day | None:
    try:
        parsed = email.utils.parsedate_tz(text)
    except (TypeError, ValueError, IndexError):
        return None
    if parsed is None:
        return None
    return _day(parsed[0], parsed[1], parsed[2])


def _day(year: int, month: int | None, day: int) -> Day | None:
    if month is None or not _MIN_YEAR <= year <= _MAX_YEAR:
        return None
    try:
        return Day(year, month, day)
    except ValueError:
        return None
