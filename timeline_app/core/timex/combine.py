"""Joining neighbouring matches into one expression: ranges and date + clock time.

"from 12 May to 30 September 2024" is one range (the left end borrows the right end's
year), "between 1880 and 1882" too, and "11pm on 31 January 2020" is one TIME.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline_app.core.timex.calendar import year_str
from timeline_app.core.timex.spec import Spec

_SENTENCE_BREAK = re.compile(r"[.!?][\"”’]?\s|\n")
_RANGE_GAP = re.compile(r"^\s*(?:-|–|—|to|until|till|through|thru|and)\s*$", re.IGNORECASE)
_RANGE_OPENER = re.compile(r"(?:\bfrom|\bbetween)\s+$", re.IGNORECASE)
_TIME_THEN_DATE = re.compile(r"^\s*(?:\([^()]{1,20}\))?\s*(?:on|,)?\s*$", re.IGNORECASE)
_DATE_THEN_TIME = re.compile(r"^\s*,?\s*(?:at|,)?\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Piece:
    """A selected match: its span and meaning."""

    start: int
    end: int
    spec: Spec
    rule: str
    ends: tuple[tuple[int, int], ...] = ()  # a range's two ends, when joined here


def combine(pieces: list[Piece], text: str) -> list[Piece]:
    """Merge clock+date pairs and date ranges, left to right; mark recurring dates."""
    merged = _second_days(_merged(pieces, text), text)
    return _recurring([_approximate(p, text) for p in merged], text)


#: "April 24 and 25": a second day of the same month, ending the clause.
_AND_DAY = re.compile(r"\s+(?:and|or|&)\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?=\s*(?:[.,;:)]|$))")


def _second_days(pieces: list[Piece], text: str) -> list[Piece]:
    """TimeML tags both days of "April 24 and 25"; the second takes the first's month."""
    out: list[Piece] = []
    for i, p in enumerate(pieces):
        out.append(p)
        m = _AND_DAY.match(text, p.end)
        if m is None or not _is_day(p.spec) or p.spec.suffix or p.spec.kind not in _DAYS:
            continue
        if i + 1 < len(pieces) and pieces[i + 1].start < m.end():
            continue
        spec = _other_day(p.spec, int(m["day"]))
        if spec is not None:
            out.append(Piece(m.start("day"), m.end("day"), spec, p.rule))
    return out


_DAYS = ("fixed", "partial")


def _other_day(spec: Spec, day: int) -> Spec | None:
    if day > 31:
        return None
    if spec.kind == "partial":
        if day <= spec.day:
            return None
        return spec.but(rest=f"{spec.rest[:4]}{day:02d}", day=day, check_weekday=False)
    if day <= int(spec.value[8:10]):
        return None
    return spec.but(value=f"{spec.value[:8]}{day:02d}")


_APPROX_BEFORE = re.compile(
    r"(?<!\bget\s)(?<!\bgot\s)(?<!\bgets\s)(?<!getting\s)(?<!\bwork\s)(?<!worked\s)"
    r"\b(around|circa|approximately|roughly|sometime)\s+$",
    re.IGNORECASE,
)


def _approximate(piece: Piece, text: str) -> Piece:
    """ "around Nov. 1", "sometime next year": the hedge belongs to the date (mod APPROX)."""
    vague = piece.spec.kind == "fixed" and piece.spec.value.endswith("_REF")
    if piece.spec.type not in ("DATE", "TIME") or vague:
        return piece
    m = _APPROX_BEFORE.search(text, max(0, piece.start - 20), piece.start)
    if m is None or text.startswith(("'s", "’s"), piece.end):  # "around Wednesday's ruling"
        return piece
    spec = piece.spec if piece.spec.mod else piece.spec.but(mod="APPROX")
    return Piece(m.start(), piece.end, spec, piece.rule, piece.ends)


def _recurring(pieces: list[Piece], text: str) -> list[Piece]:
    """A yearless date in a sentence about every year ("marked every year on 11 November")
    is a recurrence (SET), not a day of the current year."""
    yearly = [p for p in pieces if p.spec.type == "SET" and p.spec.value in ("P1Y", "XXXX")]
    if not yearly:
        return pieces
    out = []
    for p in pieces:
        if p.spec.kind == "partial" and any(_same_sentence(p, y, text) for y in yearly):
            p = Piece(p.start, p.end, Spec("SET", value="XXXX" + p.spec.rest), p.rule)
        out.append(p)
    return out


def _same_sentence(a: Piece, b: Piece, text: str) -> bool:
    lo, hi = min(a.end, b.end), max(a.start, b.start)
    return hi - lo < 200 and not _SENTENCE_BREAK.search(text, lo, hi)


def _merged(pieces: list[Piece], text: str) -> list[Piece]:
    out: list[Piece] = []
    for piece in pieces:
        if out:
            merged = _merge(out[-1], piece, text)
            if merged is not None:
                out[-1] = merged
                continue
        out.append(piece)
    return out


def _merge(a: Piece, b: Piece, text: str) -> Piece | None:
    gap = text[a.end : b.start]
    if len(gap) > 25:
        return None
    if a.rule == "clock" and _is_day(b.spec) and _TIME_THEN_DATE.match(gap):
        return Piece(a.start, b.end, _with_clock(b.spec, a.spec), "datetime")
    if b.rule == "clock" and _is_day(a.spec) and _DATE_THEN_TIME.match(gap):
        return Piece(a.start, b.end, _with_clock(a.spec, b.spec), "datetime")
    if _RANGE_GAP.match(gap) and _range_allowed(a, gap, text):
        spec = _range(a.spec, b.spec)
        if spec is not None:
            return Piece(a.start, b.end, spec, "range", ((a.start, a.end), (b.start, b.end)))
    return None


def _is_day(spec: Spec) -> bool:
    if spec.type != "DATE" or spec.suffix:
        return False
    if spec.kind == "fixed":
        return len(spec.value) == 10 and spec.value[4] == "-"
    if spec.kind == "partial":
        return len(spec.rest) == 6
    return spec.kind == "weekday" or (spec.kind == "shift" and spec.gran == "day")


def _with_clock(date: Spec, clock: Spec) -> Spec:
    if date.kind == "fixed":
        return date.but(type="TIME", value=date.value + clock.suffix, mod=clock.mod)
    return date.but(type="TIME", suffix=clock.suffix, mod=clock.mod)


def _range_allowed(a: Piece, gap: str, text: str) -> bool:
    word = gap.strip().lower()
    opener = _RANGE_OPENER.search(text, max(0, a.start - 12), a.start)
    if word == "and":
        return opener is not None and opener.group().lower().startswith("between")
    if word in ("-", "–", "—"):
        return not gap.startswith(" ") or bool(opener)
    return bool(opener)


def _range(a: Spec, b: Spec) -> Spec | None:
    if a.type != "DATE" or b.type != "DATE" or a.kind not in ("fixed", "partial"):
        return None
    if b.kind != "fixed" or b.year is None or a.mod or b.mod or "/" in a.value + b.value:
        return None
    if a.kind == "fixed" and a.year is not None and b.year <= 0 < a.year and "-" not in a.value:
        a = a.but(value=year_str(1 - a.year), year=1 - a.year)  # "1250 and 1180 BC"
    if a.kind == "partial":
        if not a.rest.startswith("-") or len(a.rest) not in (3, 6):
            return None
        left = year_str(b.year) + a.rest
    else:
        left = a.value
    if not _ordered(left, b.value):
        return None
    return Spec("DATE", value=f"{left}/{b.value}", year=b.year)


def _ordered(left: str, right: str) -> bool:
    """The left end of a range comes first (BC values count backwards)."""
    if left.startswith("BC") or right.startswith("BC"):
        if not left.startswith("BC"):
            return False
        return not right.startswith("BC") or _bc_padded(left) >= _bc_padded(right)
    return left[:1].isdigit() and left <= right


def _bc_padded(value: str) -> str:
    """A BC year that compares as a string: "BC10000" lies before "BC9000"."""
    digits = re.match(r"BC(\d{4,})", value)
    return value[2:] if digits is None else digits[1].zfill(6) + value[digits.end() :]
