"""Every other language dateparser knows: its data, a derived surface and no extras.

The fifteen languages of :data:`~timeline_app.core.timex_intl.LANGUAGES` have a
hand-kept :class:`~.surface.Surface` and :class:`~.extras.Extras`, checked on annotated
articles. The ~170 others get what dateparser's locale data alone allows: the date
order (``date_order``), the words written after a year or a day ("2019 г.", "2019年",
Hungarian "29-én"), month and weekday names and the relative words. Nothing here is
written per language except :data:`_SOURCES` (where a code's words live) and
:data:`_ERA` (the Buddhist calendar), so adding nothing by hand still gives dates.
"""

from __future__ import annotations

import functools
import importlib
import re
import unicodedata
from typing import Any

from timeline_app.core.language_names import LANGUAGE_NAMES
from timeline_app.core.timex.spec import Spec
from timeline_app.core.timex_intl.extras import Extras
from timeline_app.core.timex_intl.surface import Surface

#: Where dateparser keeps a code's words: another code, or several scripts of one
#: language (Serbian in Cyrillic and Latin, Chinese simplified and traditional).
_SOURCES = {"no": ("nb",), "sr": ("sr", "sr-Latn"), "zh": ("zh", "zh-Hant"),
            "fil": ("fil", "tl")}  # fmt: skip
#: Scripts written without spaces between words (dateparser's ``no_word_spacing``),
#: and Korean, whose particles stick to the date ("29일에"): a date ends at a non-digit.
SPACELESS = frozenset(("ja", "zh", "yue", "ko", "th", "lo", "km", "my", "bo", "dz"))
#: Years counted in the Buddhist era (2562 BE is 2019): the offset to the common era.
_ERA = {"th": 543, "lo": 543}
_ROMAN = re.compile(r"^[ivxl]+$")


def codes() -> frozenset[str]:
    """Every code with dates from dateparser's words, the hand-kept ones included."""
    return frozenset(LANGUAGE_NAMES) - {"en"}


@functools.cache
def info(code: str) -> dict[str, Any]:
    """dateparser's data of ``code``, its scripts merged: lists joined, dicts updated."""
    merged: dict[str, Any] = {}
    for source in _SOURCES.get(code, (code,)):
        module = importlib.import_module(f"dateparser.data.date_translation_data.{source}")
        for key, value in module.info.items():
            if isinstance(value, list) and isinstance(merged.get(key), list):
                merged[key] = [*merged[key], *value]
            elif isinstance(value, dict) and isinstance(merged.get(key), dict):
                merged[key] = {k: [*merged[key].get(k, []), *v] for k, v in value.items()}
            else:
                merged.setdefault(key, value)
    return merged


def fold(word: str) -> str:
    """Lower case, NFC, no final dot: the form lexicons are keyed by."""
    return unicodedata.normalize("NFC", word.strip().lower().rstrip("."))


def safe_month(word: str, spaceless: bool) -> bool:
    """A month form that cannot be an everyday word or a Roman numeral ("IX" in
    Hungarian): see :func:`long_enough`, or a digit in it ("9月", "tháng 9")."""
    if _ROMAN.match(word):
        return False
    return long_enough(word, spaceless) or any(ch.isdigit() for ch in word)


def long_enough(word: str, spaceless: bool) -> bool:
    """Whether a word is too long to be a stray syllable: three letters in the Latin,
    Cyrillic and Greek alphabets (where "so", "ma" and "в" are everyday words), two in
    other scripts, where a syllable or a consonant with its vowel sign is written with
    more than one character (Hindi "आज", today; Japanese "昨日")."""
    if len(word) >= 3:
        return True
    alphabetic = any(unicodedata.name(ch, "").startswith(("LATIN", "CYRILLIC", "GREEK"))
                     for ch in word)  # fmt: skip
    return len(word) == 2 and (spaceless or not alphabetic)


def ordinal_weekdays(names: dict[str, list[str]]) -> set[str]:
    """Weekday names built as "<word> <number>" (Vietnamese "thứ hai", Monday, is also
    "the second"): their first word is shared by three weekdays or more."""
    firsts: dict[str, int] = {}
    for forms in names.values():
        for first in {fold(f).split()[0] for f in forms if len(fold(f).split()) > 1}:
            firsts[first] = firsts.get(first, 0) + 1
    shared = {w for w, n in firsts.items() if n >= 3}
    return {fold(f) for forms in names.values() for f in forms
            if len(fold(f).split()) > 1 and fold(f).split()[0] in shared}  # fmt: skip


@functools.cache
def derived_surface(code: str) -> Surface:
    """The surface of a language without a hand-kept one, from dateparser's data."""
    data = info(code)
    spaceless = code in SPACELESS
    skip = [fold(w) for w in data.get("skip", [])]
    from timeline_app.core.timex_intl.longtail_facts import facts

    known = facts(code)
    # short joining words dateparser skips ("de", "del", Catalan "l'"): "29 de setembre"
    joins = [w for w in skip if 1 < len(w) <= 3 and w.rstrip("'’").isalpha()]
    joins += list(known.joins) if known else []
    join = rf"(?:(?:{'|'.join(map(re.escape, joins))})\s*)?" if joins and not spaceless else ""
    years = [fold(w) for w in data.get("year", [])]
    relative_words = {w for key, phrases in data.get("relative-type", {}).items()
                      if "year" in key for p in phrases for w in fold(p).split()}  # fmt: skip
    # a year word is a safe marker where "this year" uses it ("в этом году" -> "2019
    # году"), or written as an abbreviation with its dot ("2019 г."); plurals that
    # count ("2000 лет", 2000 years) are in neither
    marks = tuple(w for w in years if w in relative_words or spaceless)
    marks += tuple(fold(w) for w in known.year_after) if known else ()  # "году", "-ben"
    marks = tuple(w for w in marks if not known or w not in known.counting)  # "1700 godina"
    abbreviations = tuple(w for w in years if len(w) <= 2 and w.isalpha() and not spaceless)
    days = [fold(w) for w in data.get("day", [])]
    suffixes = tuple(w for w in skip if w.startswith("-") and len(w) > 1)  # Hungarian "-én"
    day_marks = tuple(w for w in days if spaceless or len(w) <= 2) + suffixes
    day_marks += tuple(fold(w) for w in known.day_marks) if known else ()
    return Surface(
        day=r"(?P<day>[0-3]?\d)\.?", join=join, numeric=r"[./-]", weekday_part="",
        relative_part="", century="", year_word="", seasons={}, parts={}, clock="",
        order=str(data.get("date_order") or "DMY"), year_marks=marks,
        year_abbreviations=abbreviations, day_marks=day_marks, spaceless=spaceless,
        era=_ERA.get(code, 0), derived=True,
    )  # fmt: skip


#: Words after a year that put it in another calendar (Arabic "هـ", the Hijri year).
_OTHER_CALENDAR = ("هـ", "ه.ش", "ه‍.ش", "ق.م")
#: Languages whose news counts years in the Solar Hijri calendar (1398 is 2019): a
#: year below 1500 there is not read (a rare older Gregorian year is lost with it).
_SOLAR_HIJRI = frozenset(("fa", "ps", "mzn", "lrc", "ckb"))


def adjust(code: str, spec: Spec, text: str, end: int, start: int = -1) -> Spec | None:
    """``spec`` of a derived language in the common era: a Buddhist-era year moved back
    ("2562" -> 2019), a year of another calendar dropped (None), and a bare year after a
    word that names a number ("nomor 1990", "số 1990", "№ 1990") dropped too, and so is
    a year or range right after an acronym: a programme's name ("ΕΣΠΑ 2021-2027")."""
    if start >= 0 and text[start : start + 1].isdigit() and _acronym_before(text, start):
        return None
    if spec.kind != "fixed" or spec.year is None:
        return spec
    if start >= 0 and len(spec.value) == 4 and _numbered(code, text, start):
        return None
    if text[end : end + 6].lstrip().startswith(_OTHER_CALENDAR):
        return None
    if code in _SOLAR_HIJRI and spec.year < 1500:
        return None
    era = _ERA.get(code, 0)
    if era and spec.year >= 2400 and spec.value[:4].isdigit():
        year = spec.year - era
        return spec.but(year=year, value=f"{year:04d}{spec.value[4:]}")
    return spec


def _acronym_before(text: str, start: int) -> bool:
    """Whether the word right before ``start`` (one space away) is an acronym of two
    letters or more, all capitals ("ΕΣΠΑ", "EXPO")."""
    before = text[max(0, start - 16) : start]
    word = before.split()[-1] if before.endswith(" ") and before.split() else ""
    return len(word) >= 2 and word.isalpha() and word.isupper()


def _numbered(code: str, text: str, start: int) -> bool:
    """Whether the number at ``start`` follows a word that names a number ("bus nomor")."""
    from timeline_app.core.timex_intl.longtail_facts import facts

    known = facts(code)
    words = (*(known.number_words if known else ()), "№", "no.", "nr.", "#")
    before = text[max(0, start - 24) : start].lower().split()
    return bool(before) and before[-1] in words


#: Extras of a language nobody wrote any for: nothing beyond dateparser's words.
NO_EXTRAS = Extras(anaphoric={}, last=(), next=(), weekday_lead=(), approx=(), start=(),
                   mid=(), end=(), bce=(), future=(), year_lead=())  # fmt: skip
