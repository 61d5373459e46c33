"""Where each rule can possibly match: windows around its trigger words.

Scanning a whole article with ~30 large regexes costs tens of milliseconds, because
Python's ``re`` tries every position. Every match of a rule contains at least one word
from a small vocabulary (a month name for dates, a digit for years...), so the text is
split into words once, each word is looked up in a dict, and each rule only runs in
windows around its own trigger words.
"""

from __future__ import annotations

import re
from collections import defaultdict

from timeline_app.core.timex.holidays import HOLIDAYS
from timeline_app.core.timex.lexicon import (
    MONTHS,
    PARTS_OF_DAY,
    SEASONS,
    UNIT_PLURALS,
    UNITS,
    WEEKDAYS,
)

_WORD = re.compile(r"[A-Za-z]+|\d+")
#: How far a match can reach before and after the trigger word it contains.
BEFORE, AFTER = 50, 40

_VOCABULARY: dict[str, set[str]] = {
    "month": set(MONTHS),
    "weekday": set(WEEKDAYS) | {f"{w}s" for w in WEEKDAYS},
    "unit": set(UNITS) | set(UNIT_PLURALS),
    "season": set(SEASONS),
    "part": set(PARTS_OF_DAY) | {f"{p}s" for p in PARTS_OF_DAY},
    "holiday": {word for name in HOLIDAYS for word in re.findall(r"[a-z]+", name)} - {"day"},
    "deictic": {"today", "tonight", "yesterday", "tomorrow"},
    "ago": {"ago", "earlier", "later", "previously", "hence", "now", "back"},
    "ref": {
        "now",
        "nowadays",
        "currently",
        "current",
        "term",
        "years",
        "while",
        "presently",
        "recently",
        "lately",
        "future",
        "past",
        "present",
        "these",
        "moment",
        "time",
        "soon",
        "ahead",
        "date",
    },
    "set": {"daily", "weekly", "hourly", "nightly", "biweekly", "every", "each", "per"},
    "spoken": {"nineteen", "thousand"},
    "decade": {
        "twenties",
        "thirties",
        "forties",
        "fifties",
        "sixties",
        "seventies",
        "eighties",
        "nineties",
    },
    "century": {"century", "centuries"},
    "millennium": {"millennium"},
    "quarter": {"quarter", "quarters", "half", "period"},
    "clock": {"noon", "midnight", "midday"},
}
_CATEGORIES_OF: dict[str, tuple[str, ...]] = defaultdict(tuple)
for _cat, _words in _VOCABULARY.items():
    for _w in _words:
        _CATEGORIES_OF[_w] = (*_CATEGORIES_OF[_w], _cat)

#: The categories whose words can trigger each rule ("digit" = any number).
RULE_TRIGGERS: dict[str, tuple[str, ...]] = {
    "iso": ("digit",), "numeric": ("digit",), "mdy": ("month",), "dmy": ("month",),
    "dayrange": ("month",), "monthrange": ("month",), "my": ("month",), "month": ("month",),
    "year": ("digit", "spoken"), "oldyear": ("digit",), "era": ("digit",),
    "decade": ("digit", "decade"),
    "century": ("century",), "millennium": ("millennium",), "season": ("season",),
    "quarter": ("quarter", "digit"),
    "yearago": ("unit",), "endof": ("unit",), "holiday": ("holiday",),
    "weekday": ("weekday",), "weekend": ("unit",), "theyear": ("unit",), "deictic": ("deictic",),
    "part": ("part",), "relunit": ("unit",), "anaphor": ("unit",), "ago": ("ago",),
    "duration": ("unit",), "clock": ("digit", "clock"), "ref": ("ref",),
    "set": ("set", "unit", "weekday"), "nthday": ("unit",), "theday": ("unit",),
}  # fmt: skip


def trigger_positions(text: str) -> dict[str, list[tuple[int, int]]]:
    """Spans of the words of each category in ``text``."""
    found: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for m in _WORD.finditer(text):
        word = m.group()
        if word[0].isdigit():
            found["digit"].append(m.span())
            continue
        for cat in _CATEGORIES_OF.get(word.lower(), ()):
            found[cat].append(m.span())
    return found


def windows(
    rule: str, positions: dict[str, list[tuple[int, int]]], size: int
) -> list[tuple[int, int]]:
    """Merged ``(start, end)`` windows where ``rule`` can match, in text order."""
    spans = sorted(s for cat in RULE_TRIGGERS[rule] for s in positions.get(cat, ()))
    out: list[tuple[int, int]] = []
    for start, end in spans:
        lo, hi = max(0, start - BEFORE), min(size, end + AFTER)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out
