"""The grammar's rules for a language known from dateparser's data alone.

The same rule names and groups as :mod:`.grammar` (so :mod:`.specs` reads them), in the
locale's date order: "29 сентября 2019 г." (DMY), "2019. szeptember 29." and
"2019年9月29日" (YMD), "Setyembre 29, 2019" (MDY). What dateparser does not list (era
words, centuries, seasons, parts of the day, anaphora such as "the day before") has no
rule here: nothing is guessed. Rules whose words are missing are left out, never
compiled with an empty alternation that would match anywhere.
"""

from __future__ import annotations

import functools
import sys
import unicodedata

from timeline_app.core.timex_intl.lexicon import Lexicon
from timeline_app.core.timex_intl.surface import Surface

_END = r"(?![\w-])"
_NONE = "(?!)"  # a group that never takes part: the builders read it as None
_YEAR = r"(?P<year>[12]\d{3})(?![\d.,]\d)"


def derived_rules(lex: Lexicon, sf: Surface, alternation: object) -> dict[str, str]:
    """Rule name -> regex of a derived language (``alternation`` from :mod:`.grammar`)."""
    alt = alternation  # a callable; typed loosely to avoid an import cycle
    assert callable(alt)
    mon = rf"(?P<mon>{alt(lex.months)})\.?"
    marks = alt(sf.year_marks)
    written = [rf"(?:{alt(sf.year_abbreviations)})\." if sf.year_abbreviations else "",
               f"(?:{marks})" if marks else ""]  # fmt: skip
    year_word = "|".join(w for w in written if w)
    after_year = rf"(?:\.?\s*(?:{year_word}))?" if year_word else ""  # "2010. godine"
    before_year = rf"(?:(?:{marks})\s+)?" if marks and not sf.spaceless else ""
    day_mark = rf"(?:\s*(?:{alt(sf.day_marks)})\.?)" if sf.day_marks else ""
    wd = rf"(?:(?P<wd>{alt(lex.weekdays)}),?\s+)?" if lex.weekdays else "(?P<wd>(?!))?"
    year = before_year + _YEAR + after_year
    day = sf.day
    join = sf.join
    if sf.order == "YMD":
        lead = rf"{_YEAR}(?:\s*(?:{year_word})|\.)?,?\s*" if year_word else rf"{_YEAR}\.?,?\s*"
        rules = {
            "date": rf"{lead}{mon}\s*{day}{day_mark + '?' if day_mark else ''}{_END}",
            "monthyear": rf"{lead}{mon}{_END}(?!\s*\d)",
            "monthday": rf"(?<![\w.]){mon}\s*{day}{day_mark}{_END}" if day_mark else "",
        }
    elif sf.order == "MDY":
        rules = {
            "date": rf"{wd}{mon}\s+{day}(?:,?\s+{year})?{_END}",
            "monthyear": rf"{mon}\s+{year}{_END}",
        }
    else:
        rules = {
            "date": rf"{wd}{day}\s*{join}{mon}(?:,?\s+{join}{year})?{_END}",
            "monthyear": rf"{mon},?\s+{join}{year}{_END}",
        }
    if sf.order != "DMY" and not sf.spaceless:  # prose writes "29 September 2019" too
        rules["date_dmy"] = rf"{day}\s*{join}{mon},?\s+{join}{year}{_END}"
    sep = r"(?P<sep>[./-])"
    d, m, y = r"(?P<day>[0-3]?\d)", r"(?P<month>[01]?\d)", r"(?P<year>[12]\d{3})"
    numeric = {"YMD": (y, m, d), "MDY": (m, d, y)}.get(sf.order, (d, m, y))
    rules["numeric"] = (rf"(?<![\w.,/-]){numeric[0]}{sep}{numeric[1]}(?P=sep){numeric[2]}"
                        rf"(?![\w-]|[.,/]\d)")  # fmt: skip
    rules["iso"] = r"(?P<year>[12]\d{3})-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?![\d-])"
    if year_word:  # "2019 г.", "2019年", "2019 году"
        rules["year_marked"] = rf"(?<![\w.,/-]){_YEAR}\s*(?:{year_word}){_END}"
    if before_year:  # Vietnamese "năm 2019"
        rules["year_before"] = rf"(?<![\w-])(?:{marks})\s+{_YEAR}{_END}(?![.,]\d)"
    rules["year"] = (rf"(?<![\w.,/-])(?P<pos>{_NONE})?(?P<yw>{_NONE})?{_YEAR}{_END}"
                     r"(?!\s*(?:%|€|\$|[.,]\d))")  # fmt: skip
    rules["range"] = (r"(?<![\w.,/-])(?:(?P<y1_d>[12]\d{3})\s*[–—-]\s*(?P<y2_d>[12]\d{3}))"
                      rf"{_END}(?![.,]\d)")  # fmt: skip
    if lex.weekdays:
        rules["weekday"] = (rf"(?<![\w-])(?P<mod1>{_NONE})?(?P<wd>{alt(lex.weekdays)})"
                            rf"(?P<part>{_NONE})?{_END}(?P<mod2>{_NONE})?")  # fmt: skip
    phrases = [*lex.relative, *lex.extras.anaphoric, *lex.extras.anaphoric_years]
    if phrases:  # "вчера"; hand-kept "l'any següent" (the year after the last date)
        rules["relative"] = (rf"(?<![\w-])(?P<phrase>{alt(phrases)})(?P<part>{_NONE})?"
                             rf"{_END}")  # fmt: skip
    if lex.ago and lex.units:
        amount = rf"(?P<num>\d{{1,4}}{_numbers(lex, alt)})\s*(?P<unit>{alt(lex.units)})"
        ago = alt(lex.ago)
        after = amount.replace("(?P<", "(?P<a_")
        rules["ago"] = (rf"(?<![\w-])(?:(?P<ago>{ago})\s*{amount}|{after}\s*(?P<ago_after>{ago}))"
                        rf"{_END}")  # fmt: skip
    from timeline_app.core.timex_intl.longtail_facts import facts

    if (known := facts(lex.code)) is not None:  # the hand-kept facts of a big language
        from timeline_app.core.timex_intl.grammar_longfacts import fact_rules

        rules.update(fact_rules(lex, sf, known, alt))
        if "lt_weekday" in rules:
            rules.pop("weekday", None)
    rules = {name: p for name, p in rules.items() if p}
    if known is not None and known.prefixes:
        rules = {name: _prefixed(p, known.prefixes) for name, p in rules.items()}
    return {name: _guards(p, sf.spaceless) for name, p in rules.items()}


def _numbers(lex: Lexicon, alt: object) -> str:
    assert callable(alt)
    return f"|{alt(lex.numbers)}" if lex.numbers else ""


#: The start guards of the rules: no letter (or digit, dot...) right before a date.
_STARTS = (r"(?<![\w-])", r"(?<![\w.,/-])", r"(?<![\w.-])", r"(?<![\w.])")


def _prefixed(pattern: str, letters: str) -> str:
    """``pattern`` whose start guards also let a date begin after one or two glued
    prefix letters at a word's start, with or without a hyphen or maqaf ("ב-1265",
    "וב-1265", "בחודש"): the letters stay out of the span."""
    glued = [rf"(?<=(?<![\w-])[{letters}]{{{n}}}{dash})" for n in (1, 2) for dash in ("", "[-־]")]
    for start in _STARTS:
        pattern = pattern.replace(start, f"(?:{start}|{'|'.join(glued)})")
    return pattern


def _guards(pattern: str, spaceless: bool) -> str:
    """Word boundaries that hold in every script: a combining mark (Devanagari vowel
    signs, Arabic harakat) is part of a word, and in a script without spaces only a
    digit may not touch a date."""
    if spaceless:
        return (
            pattern.replace(r"(?![\w-])", r"(?!\d)")
            .replace(r"(?<![\w-])", "")
            .replace(r"(?<![\w.,/-])", r"(?<![\d.,/-])")
            .replace(r"(?<![\w.])", r"(?<![\d.])")
        )
    return pattern.replace(r"[\w", r"[\w" + marks())


@functools.cache
def marks() -> str:
    """Every combining mark of the Basic Multilingual Plane, as character-class ranges."""
    ranges: list[tuple[int, int]] = []
    for cp in range(0x300, min(sys.maxunicode, 0xFFFF)):
        if unicodedata.category(chr(cp)) in ("Mn", "Mc", "Me"):
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1] = (ranges[-1][0], cp)
            else:
                ranges.append((cp, cp))
    return "".join(f"\\u{a:04x}-\\u{b:04x}" if a != b else f"\\u{a:04x}" for a, b in ranges)
