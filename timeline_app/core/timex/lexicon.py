"""Words English uses for time: months, weekdays, numbers, units, seasons, parts of day.

Each table maps a lower-case word to what it means; :mod:`.grammar` builds its regex
alternations from the keys (longest first), so adding a word here is enough for the
grammar to recognise it.
"""

from __future__ import annotations

import re

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
#: Month names that are also common words or first names: they need a date-like context.
AMBIGUOUS_MONTHS = frozenset({"march", "mar", "may", "april", "june", "jun", "august", "jan"})

WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5,
    "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip
#: Abbreviated weekdays are only read with a trailing dot or next to a date.
WEEKDAY_FULL = tuple(w for w in WEEKDAYS if w.endswith("day"))

SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
}  # fmt: skip

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
}  # fmt: skip

UNITS: dict[str, str] = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W",
    "weekend": "WE", "fortnight": "2W", "month": "M", "quarter": "Q", "year": "Y",
    "decade": "10Y", "century": "100Y", "millennium": "1000Y",
}  # fmt: skip
#: Units below a day are written after "PT" in TIMEX3 durations.
TIME_UNITS = frozenset({"second", "minute", "hour"})
UNIT_PLURALS: dict[str, str] = {
    "seconds": "second", "minutes": "minute", "hours": "hour", "days": "day",
    "nights": "night", "weeks": "week", "weekends": "weekend", "fortnights": "fortnight",
    "months": "month", "quarters": "quarter", "years": "year", "decades": "decade",
    "centuries": "century", "millennia": "millennium", "mins": "minute", "hrs": "hour",
    "yrs": "year",
}  # fmt: skip

ONES: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
    "twenty-first": 21, "twenty-second": 22, "twenty-third": 23, "twenty-fourth": 24,
    "twenty-fifth": 25, "twenty-sixth": 26, "twenty-seventh": 27, "twenty-eighth": 28,
    "twenty-ninth": 29, "thirty-first": 31, "last": -1, "final": -1,
}  # fmt: skip
#: Vague amounts: the count becomes X in the TIMEX3 value (``PXY`` for "several years").
VAGUE_AMOUNTS = frozenset({
    "several", "few", "a few", "many", "some", "a couple of", "couple of", "recent",
    "the coming", "coming", "the next few", "the past few", "the last few", "numerous",
    "countless", "the", "these", "those",
})  # fmt: skip

_NUMBER_TOKEN = re.compile(r"[a-z]+|\d+/\d+|\d+(?:\.\d+)?")


def number_value(words: str) -> float | None:
    """The number a phrase spells ("twenty-four", "a", "an", "1 1/2", "half a"), or None."""
    text = words.lower().replace("-", " ").replace(",", "").strip()
    if text in ("a", "an", "one", "a single", "single"):
        return 1.0
    if text in ("half a", "half an", "a half"):
        return 0.5
    if text in ("a couple of", "couple of", "a couple", "a pair of"):
        return 2.0
    total = 0.0
    seen = False
    for tok in _NUMBER_TOKEN.findall(text):
        if tok in ("and", "a"):
            continue
        value = _token_value(tok)
        if value is None:
            return None
        if tok in ("hundred", "thousand"):
            total = (total or 1) * value
        else:
            total += value
        seen = True
    return total if seen else None


def _token_value(tok: str) -> float | None:
    if tok[0].isdigit():
        if "/" in tok:
            num, den = tok.split("/")
            return int(num) / int(den) if int(den) else None
        return float(tok)
    if tok in ONES:
        return float(ONES[tok])
    if tok in TENS:
        return float(TENS[tok])
    return {"hundred": 100.0, "thousand": 1000.0, "half": 0.5, "dozen": 12.0}.get(tok)


def words_pattern(words: object) -> str:
    """A regex alternation of words, longest first so "sept" wins over "sep"."""
    keys = sorted((str(w) for w in words), key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in keys)
