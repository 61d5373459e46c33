"""Per-language words for dates, read from dateparser's locale data at import time.

dateparser ships month and weekday names and relative expressions ("gestern", "la
semaine dernière", "el año pasado") for 200+ locales in
``dateparser/data/date_translation_data/<lang>.py``. Those lists are the lexicon; the
grammar (:mod:`.grammar`) is the same for every language. What dateparser does not
list, news prose still needs: the anaphoric "la veille" and "am Vortag" (the day
before the date last talked about), approximation words, era markers and the words
that make a weekday future. Those few are in :mod:`.extras`, per language.
"""

from __future__ import annotations

import functools
import importlib
import re
import unicodedata
from dataclasses import dataclass
from typing import TypeVar

from timeline_app.core.timex_intl.extras import EXTRAS, Extras
from timeline_app.core.timex_intl.extras_more import MORE_EXTRAS

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")  # fmt: skip
#: Where dateparser keeps a language under another code (py3langid says "no").
_DATEPARSER_CODES = {"no": "nb"}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: Units of dateparser's relative expressions that name a calendar period.
_UNITS = ("day", "week", "month", "year")
_RELATIVE = re.compile(r"^(?:(?P<ago>\d+) (?P<u1>\w+) ago|in (?P<ahead>\d+) (?P<u2>\w+))$")


@dataclass(frozen=True)
class Lexicon:
    """The date words of one language: dateparser's lists plus :data:`EXTRAS`.

    Attributes:
        code: the language code.
        months: name or abbreviation (lower case, no dot) -> month number.
        weekdays: full weekday name -> Monday = 0 (dateparser's two-letter forms such as
            German "so" and "die" are everyday words, so only full names are kept).
        relative: phrase -> (unit, offset) from dateparser's relative-type ("gestern").
        now: phrases meaning the present moment, never an event ("jetzt").
        numbers: number word -> value, from dateparser's simplifications plus extras.
        ago: words that put an amount in the past ("vor", "il y a", "hace").
        units: unit word ("jahren", "ans", "días") -> day, week, month or year.
        extras: the hand-kept words.
    """

    code: str
    months: dict[str, int]
    weekdays: dict[str, int]
    relative: dict[str, tuple[str, int]]
    now: tuple[str, ...]
    numbers: dict[str, int]
    ago: tuple[str, ...]
    units: dict[str, str]
    extras: Extras


def _fold(word: str) -> str:
    return unicodedata.normalize("NFC", word.strip().lower().rstrip("."))


def _relative(info: dict[str, object]) -> tuple[dict[str, tuple[str, int]], list[str], list[str]]:
    """dateparser's relative-type: ("1 week ago": ["letzte woche"]) -> ("week", -1)."""
    table: dict[str, tuple[str, int]] = {}
    last_words: list[str] = []
    next_words: list[str] = []
    units = {_fold(w): u for u in _UNITS for w in info.get(u, [])}  # type: ignore[attr-defined]
    for key, phrases in info.get("relative-type", {}).items():  # type: ignore[attr-defined]
        m = _RELATIVE.match(key)
        if m is None or (m["u1"] or m["u2"]) not in _UNITS:
            continue
        unit = m["u1"] or m["u2"]
        offset = -int(m["ago"]) if m["ago"] else int(m["ahead"])
        for phrase in phrases:
            table[_fold(phrase)] = (unit, offset)
            # "letzte woche" minus the unit word leaves the modifier for weekdays too
            rest = [w for w in _fold(phrase).split() if w not in units and w not in ("el", "la")]
            if offset and unit != "day" and len(rest) == 1 and len(rest[0]) > 4:
                (last_words if offset < 0 else next_words).append(rest[0])
    return table, last_words, next_words


def _full_weekday(word: str, forms: list[str]) -> bool:
    """A weekday name long enough not to be an everyday word (German "so" and "die" are
    dateparser abbreviations); the longest form always counts (Turkish "salı")."""
    return len(word) >= 5 or word == max(forms, key=len)


@functools.cache
def lexicon(code: str) -> Lexicon:
    """The lexicon of ``code`` ("de", "fr", "ru"); raises KeyError for a code dateparser
    does not know."""
    hand_kept = {**EXTRAS, **MORE_EXTRAS}
    if code not in hand_kept:
        return _derived(code)
    extras = hand_kept[code]
    source = _DATEPARSER_CODES.get(code, code)
    module = importlib.import_module(f"dateparser.data.date_translation_data.{source}")
    info: dict[str, object] = module.info
    months = {_fold(w): i + 1 for i, name in enumerate(MONTHS) for w in info[name]  # type: ignore[attr-defined]
              if len(_fold(w)) >= 3}  # fmt: skip
    weekdays = {_fold(w): i for i, name in enumerate(WEEKDAYS) for w in info[name]  # type: ignore[attr-defined]
                if _full_weekday(_fold(w), [_fold(v) for v in info[name]])  # type: ignore[attr-defined]
                and _fold(w) not in extras.not_weekdays}  # fmt: skip
    relative, last_words, next_words = _relative(info)
    now_words = [_fold(p) for p in info.get("relative-type", {}).get("0 second ago", [])]  # type: ignore[attr-defined]
    merged = Extras(**{**extras.__dict__,
                       "last": tuple(dict.fromkeys([*extras.last, *last_words])),
                       "next": tuple(dict.fromkeys([*extras.next, *next_words]))})  # fmt: skip
    numbers = _numbers(info)
    numbers.update(extras.numbers)
    units = {_fold(w): u for u in _UNITS for w in info.get(u, []) if len(_fold(w)) >= 2}  # type: ignore[attr-defined]
    ago = tuple(_fold(w) for w in info.get("ago", [])) + extras.ago_before  # type: ignore[attr-defined]
    return Lexicon(code, months, weekdays, relative, tuple(now_words), numbers, ago, units,
                   merged)  # fmt: skip


def _numbers(info: dict[str, object]) -> dict[str, int]:
    """Number words from dateparser's simplifications ("zwei" -> 2)."""
    return {_fold(k): int(v) for item in info.get("simplifications", [])  # type: ignore[attr-defined]
            for k, v in item.items() if k.isalpha() and str(v).isdigit()}  # fmt: skip


def _derived(code: str) -> Lexicon:
    """The lexicon of a language without hand-kept words: dateparser's lists, kept only
    where a form is safe (see :func:`.longtail.safe_month`; weekdays that are also unit
    words, Indonesian "minggu", Sunday and week, are left out; relative words listed as
    both past and future, Hindi "कल", are ambiguous and left out)."""
    from timeline_app.core.timex_intl.longtail import (
        NO_EXTRAS,
        SPACELESS,
        info,
        long_enough,
        ordinal_weekdays,
        safe_month,
    )

    data = info(code)
    spaceless = code in SPACELESS
    shortest = 1 if spaceless else 2
    units = {_fold(w): u for u in _UNITS for w in data.get(u, []) if len(_fold(w)) >= shortest}
    ordinals = ordinal_weekdays({name: data.get(name, []) for name in WEEKDAYS})
    months = {_fold(w): i + 1 for i, name in enumerate(MONTHS) for w in data.get(name, [])
              if safe_month(_fold(w), spaceless)}  # fmt: skip
    weekdays = {_fold(w): i for i, name in enumerate(WEEKDAYS) for w in data.get(name, [])
                if (_full_weekday(_fold(w), [_fold(v) for v in data[name]])
                    or (spaceless and len(_fold(w)) >= 3))
                and _fold(w) not in units and not _ROMAN_OR_DIGIT.search(_fold(w))
                and _fold(w) not in ordinals}  # fmt: skip
    relative, _, _ = _relative(data)
    ambiguous = _ambiguous(data)
    relative = {p: v for p, v in relative.items()
                if p not in ambiguous and long_enough(p, spaceless)}  # fmt: skip
    # a word that is also a weekday or a unit (Breton "meurzh", March and Tuesday) is neither
    months = {w: n for w, n in months.items() if w not in weekdays and w not in units}
    months, weekdays, relative = (_capitals(table) for table in (months, weekdays, relative))
    now_words = [_fold(p) for p in data.get("relative-type", {}).get("0 second ago", [])]
    ago = tuple(w for w in (_fold(w) for w in data.get("ago", [])) if len(w) >= shortest)
    lex = Lexicon(code, months, weekdays, relative, tuple(now_words), _number_words(data), ago,
                  units, NO_EXTRAS)  # fmt: skip
    from timeline_app.core.timex_intl.longtail_facts import facts, with_facts

    found = facts(code)
    return lex if found is None else with_facts(lex, found)


_STEM = re.compile(r"^(\w+)\(((?:\w+\|)*\w+)\)$")


def _number_words(data: dict[str, object]) -> dict[str, int]:
    """Number words from dateparser's simplifications, its stem-and-endings patterns
    spelt out too ("тр(и|ёх|ем)" -> "три", "трёх", "трем": 3), for "три года назад"."""
    words = _numbers(data)
    for item in data.get("simplifications", []):  # type: ignore[attr-defined]
        for pattern, value in item.items():
            m = _STEM.match(pattern)
            if m is not None and str(value).isdigit():
                for ending in m[2].split("|"):
                    words.setdefault(_fold(m[1] + ending), int(value))
    return words


_V = TypeVar("_V")


def _capitals(table: dict[str, _V]) -> dict[str, _V]:
    """``table`` with the Greek words also as capitals write them: without the tonos
    ("ΜΑΪΟΥ", "ΣΕΠΤΕΜΒΡΙΟΥ" for "Μαΐου", "Σεπτεμβρίου"), in datelines and headlines."""
    out = dict(table)
    for word, value in table.items():
        if any("\u0370" <= ch <= "\u03ff" for ch in word):
            split = unicodedata.normalize("NFD", word)
            for marks in ("\u0301", "\u0301\u0308"):
                bare = unicodedata.normalize("NFC", "".join(c for c in split if c not in marks))
                out.setdefault(bare, value)
    return out


_ROMAN_OR_DIGIT = re.compile(r"\d|[()]")


def _ambiguous(data: dict[str, object]) -> set[str]:
    """Relative phrases listed under more than one offset ("कल": yesterday and tomorrow)."""
    seen: dict[str, set[str]] = {}
    for key, phrases in data.get("relative-type", {}).items():  # type: ignore[attr-defined]
        for phrase in phrases:
            seen.setdefault(_fold(phrase), set()).add(key)
    return {p for p, keys in seen.items() if len(keys) > 1}
