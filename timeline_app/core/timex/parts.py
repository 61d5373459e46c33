"""Reading the pieces a grammar rule captured: month, day, year, modifier, number, unit."""

from __future__ import annotations

import re

from timeline_app.core.timex.lexicon import (
    MONTHS,
    ONES,
    ORDINALS,
    TENS,
    UNIT_PLURALS,
    UNITS,
    WEEKDAYS,
    number_value,
)

_SPACES = re.compile(r"[\s-]+")

#: Position modifiers and the TIMEX3 mod they give.
POSITION_MODS = {
    "early": "START", "beginning": "START", "start": "START", "mid": "MID",
    "middle": "MID", "late": "END", "end": "END",
}  # fmt: skip
#: Quantity modifiers ("nearly two weeks") and their TIMEX3 mod.
AMOUNT_MODS = {
    "around": "APPROX", "about": "APPROX", "circa": "APPROX", "c.": "APPROX", "ca.": "APPROX",
    "approximately": "APPROX", "roughly": "APPROX", "some": "APPROX", "nearly": "APPROX",
    "almost": "APPROX", "more than": "MORE_THAN", "over": "MORE_THAN",
    "well over": "MORE_THAN", "just over": "MORE_THAN", "less than": "LESS_THAN",
    "under": "LESS_THAN", "fewer than": "LESS_THAN", "just under": "LESS_THAN",
    "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE", "at most": "EQUAL_OR_LESS",
    "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS", "as many as": "EQUAL_OR_LESS",
    "as much as": "EQUAL_OR_LESS",
}  # fmt: skip


def norm(text: str | None) -> str:
    """Lower case with single spaces (hyphens kept apart from words)."""
    return _SPACES.sub(" ", (text or "").lower()).strip()


def month_of(text: str) -> int:
    """Month number of a month name or abbreviation (with or without the dot)."""
    return MONTHS[norm(text).rstrip(".")]


def weekday_of(text: str) -> int:
    """Monday = 0 for a weekday name or abbreviation."""
    return WEEKDAYS[norm(text).rstrip(".")]


def day_of(text: str) -> int:
    """Day of month from "29", "29th", "the twenty-ninth"."""
    t = norm(text).removeprefix("the ").replace(" ", "-")
    digits = re.match(r"\d+", t)
    if digits:
        return int(digits.group())
    return ORDINALS.get(t, 0)


def ordinal_of(text: str) -> int:
    """1 for "first"/"1st", -1 for "last"/"final", 0 when unknown."""
    t = norm(text).replace(" ", "-")
    digits = re.match(r"\d+", t)
    return int(digits.group()) if digits else ORDINALS.get(t, 0)


def year_of(text: str, *, century_hint: int = 1900) -> int:
    """A written year: "2019", "'98", "nineteen ninety-six", "two thousand and one"."""
    t = norm(text)
    if t.isdigit():
        return int(t)
    if t.startswith("'"):
        yy = int(t[1:])
        return (2000 if yy < 30 and century_hint >= 1900 else 1900) + yy
    words = t.split()
    if words[:2] == ["two", "thousand"]:
        rest = [w for w in words[2:] if w != "and"]
        return 2000 + _small_number(rest)
    if words and words[0] == "nineteen":
        rest = words[1:]
        if rest[:1] == ["hundred"]:
            return 1900 + _small_number([w for w in rest[1:] if w != "and"])
        if rest[:1] == ["oh"]:
            return 1900 + _small_number(rest[1:])
        return 1900 + _small_number(rest)
    return 0


def _small_number(words: list[str]) -> int:
    total = 0
    for w in words:
        total += ONES.get(w, 0) + TENS.get(w, 0)
    return total


def unit_of(text: str) -> str:
    """Singular unit name of "weeks", "year", "hrs"."""
    t = norm(text)
    return UNIT_PLURALS.get(t, t if t in UNITS else "")


def amount(text: str | None) -> float | None:
    """A spelled or written count, None when vague ("several") or absent."""
    return number_value(text) if text else None


def position_mod(text: str | None) -> str:
    """START/MID/END from "early", "the end of", "mid-", or ""."""
    for word in norm(text).replace("the ", "").split():
        if word in POSITION_MODS:
            return POSITION_MODS[word]
        if word in ("earlier", "later"):
            return ""
    return ""


def amount_mod(text: str | None) -> str:
    """APPROX/MORE_THAN/LESS_THAN… from the words before an amount, or ""."""
    t = norm(text)
    return AMOUNT_MODS.get(t, "") or position_mod(t)
