"""One grammar for every language: regexes built from a :class:`~.lexicon.Lexicon`.

Each rule is a named pattern; the words come from the lexicon, the shapes are shared:
day-month-year ("3. Mai 1998", "1er mai", "4 de octubre de 2017"), month-year, numeric
day.month.year, a year after a year word ("im Jahr 1990", "en 2019"), centuries
("im 17. Jahrhundert", "XVIe siècle", "siglo XVIII"), weekdays with their modifiers
("letzten Freitag", "lundi dernier", "el próximo lunes"), and the relative phrases.
Only the per-language surface differs: German writes the day with a dot, French "1er",
Spanish joins with "de".
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from timeline_app.core.timex_intl.context_words import context_words
from timeline_app.core.timex_intl.lexicon import Lexicon, lexicon
from timeline_app.core.timex_intl.surface import surface


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first so "märz" wins over "mär"."""
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in unique)


_END = r"(?![\w-])"


@dataclass(frozen=True)
class Grammar:
    """The compiled rules of one language, tried in order; the longest match wins."""

    lex: Lexicon
    rules: tuple[tuple[str, re.Pattern[str]], ...]


@functools.cache
def grammar(code: str) -> Grammar:
    """The compiled grammar of ``code`` ("de", "fr", "es")."""
    lex = lexicon(code)
    x = lex.extras
    sf = surface(code)
    if sf.derived:  # a language known from dateparser's data alone
        from timeline_app.core.timex_intl.grammar_longtail import derived_rules

        derived = derived_rules(lex, sf, alternation)
        return Grammar(lex, tuple((name, re.compile(p, re.I)) for name, p in derived.items()))
    mon = rf"(?P<mon>{alternation(lex.months)})\.?"
    full_mon = rf"(?P<mon>{alternation(_full_names(lex.months))})"
    wd = rf"(?P<wd>{alternation(lex.weekdays)})"
    join = sf.join
    pos = rf"(?:(?P<pos>{alternation([*x.start, *x.mid, *x.end, *x.approx])})\s*)?"
    year = r"(?P<year>[12]\d{3})(?![\d.,]\d)"
    bce = rf"(?P<bce>{alternation(x.bce)})"
    lead = rf"(?:(?:{alternation(x.weekday_lead)})\s+)?"
    cw = context_words(code)
    rules = {
        "date": rf"(?:{wd},?\s+{lead})?{sf.day}\s*{join}{mon}(?:,?\s+{join}{year})?{_END}",
        "numeric": rf"(?P<day>[0-3]?\d){sf.numeric}(?P<month>[01]?\d){sf.numeric}"
        rf"(?P<year>[12]\d{{3}}){_END}",
        "iso": r"(?P<year>[12]\d{3})-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?![\d-])",
        "monthyear": rf"{pos}{mon}\s+{join}{year}{_END}",
        "month": rf"(?<=\s)(?:(?:{alternation(x.year_lead)})\s+){full_mon}{_END}(?!\s+\d)",
        "bce": rf"{pos}(?P<year>\d{{1,4}})\s*{bce}",
        "ce": rf"{pos}(?P<year>\d{{1,4}})\s*(?P<ce>{alternation(x.ce)})" if x.ce else "",
        "century": rf"{pos}{sf.century}(?:\s*{bce})?{_END}",
        "range": _range(code, x.range_words),
        "decade": rf"{pos}{x.decade}{_END}",
        "decade2": rf"{pos}{cw.short_decade}{_END}" if cw.short_decade else "",
        "old_year": rf"(?<![\w.,/-])(?:{cw.old_year})(?![\w'’]|[.,]\d|\s*%)"
        if cw.old_year
        else "",
        "season_bare": rf"(?<![\w-])(?:{cw.season_lead})\s+(?P<season>{alternation(sf.seasons)})"
        rf"{_END}(?!\s+\d)"
        if cw.season_lead
        else "",
        "short_year": rf"(?<![\w'’])(?:{cw.short_year})(?![\w'’]|[.,]\d|\s*%)"
        if cw.short_year
        else "",
        "ago": _ago(lex, sf.ago_after),
        "period": rf"(?P<period>{alternation(x.periods)})\s+{join}{year}{_END}"
        if x.periods
        else "",
        "season": rf"{pos}(?P<season>{alternation(sf.seasons)})\s+{join}{year}{_END}",
        "last_century": rf"(?<![\w-])(?:{cw.last_century}){_END}" if cw.last_century else "",
        "year_season": rf"{year}\s+(?P<season>{alternation(sf.seasons)}){_END}"
        if cw.season_after_year
        else "",
        "year": rf"(?<![\w.,/-]){pos}{sf.year_word}{year}{_END}(?!\s*(?:%|€|\$|[.,]\d))",
        "weekday": rf"(?:(?P<mod1>{alternation([*x.last, *x.next])})\s+)?{wd}{sf.weekday_part}"
        rf"{_END}(?:\s+(?P<mod2>{alternation([*x.last, *x.next])}){_END})?",
        "relative": rf"(?<![\w-])(?P<phrase>"
        rf"{alternation([*lex.relative, *x.anaphoric, *x.anaphoric_years])})"
        rf"{sf.relative_part}{_END}",
        "today_part": rf"(?<![\w-])(?P<phrase>{alternation(x.today_parts)}){_END}",
        "past_part": rf"(?<![\w-])(?P<phrase>{alternation(x.past_parts)}){_END}"
        if x.past_parts
        else "",
        "dayrange": _day_range(sf.day, join, mon, year, x.day_ranges),
        "unit_shift": _unit_shift(lex),
    }
    return Grammar(lex, tuple((name, re.compile(p, re.I)) for name, p in rules.items() if p))


def _ago(lex: Lexicon, after: tuple[str, ...]) -> str:
    """ "vor zwei Jahren", "il y a dix ans", "hace dos años"; "due anni fa" (``after``)."""
    amount = rf"(?P<num>\d{{1,4}}|{alternation(lex.numbers)})\s+(?P<unit>{alternation(lex.units)})"
    before = [w for w in lex.ago if w not in after]
    forms = [rf"(?P<ago>{alternation(before)})\s+{amount}"] if before else []
    if after:
        forms.append(amount.replace("(?P<", "(?P<a_") + rf"\s+(?P<ago_after>{alternation(after)})")
    return rf"(?<![\w-])(?:{'|'.join(forms)}){_END}"


def _unit_shift(lex: Lexicon) -> str:
    """ "kommende Woche", "l'an dernier", "la semana que viene": a unit and a modifier."""
    x = lex.extras
    mods = alternation([*x.last, *x.next])
    units = alternation(w for w, u in lex.units.items() if u != "day" and w != "sem")
    article = r"(?:(?:l'|la\s+|le\s+|el\s+|das\s+|die\s+|der\s+|im\s+)?)"
    return (rf"(?<![\w-])(?:(?P<mod1>{mods})\s+(?P<unit1>{units})"
            rf"|{article}(?P<unit2>{units})\s+(?P<mod2>{mods})){_END}")  # fmt: skip


def _range(code: str, words: tuple[tuple[str, str], ...]) -> str:
    """Two years joined: "zwischen 1400 und 1450", "de 1914 à 1918", "1939–1945"."""
    y1, y2 = r"(?P<y1>[12]\d{3})", r"(?P<y2>[12]\d{3})"
    named = "|".join(
        rf"(?:{re.escape(before)})\s+{y1}\s+(?:{re.escape(between)})\s+{y2}".replace(
            "(?P<y1>", f"(?P<y1_{i}>"
        ).replace("(?P<y2>", f"(?P<y2_{i}>")
        for i, (before, between) in enumerate(words)
    )
    dash = r"(?P<y1_d>[12]\d{3})\s*[–—-]\s*(?P<y2_d>[12]\d{3})"
    return rf"(?<![\w.,/-])(?:{named}|{dash}){_END}(?![.,]\d)"


def _day_range(
    day: str, join: str, mon: str, year: str, words: tuple[tuple[str, str], ...]
) -> str:
    """ "du 29 janvier au 1er février 2025", "del 3 al 5 de marzo": two days, the year
    written or taken from the text like a bare "5 de marzo"."""
    if not words:
        return ""
    d1, d2 = day.replace("<day>", "<d1>"), day.replace("<day>", "<d2>")
    m1 = mon.replace("<mon>", "<m1>")
    before = alternation(b for b, _ in words)
    between = alternation(a for _, a in words)
    article = r"(?:(?:den|el|le|il|dem)\s+)?"  # "från den 3 till den 5 april"
    return (rf"(?<![\w-])(?P<rw>{before})\s+{article}{d1}(?:\s*{join}{m1})?\s+(?:{between})\s+"
            rf"{article}{d2}\s*{join}{mon}(?:,?\s+{join}{year})?{_END}")  # fmt: skip


def _full_names(months: dict[str, int]) -> list[str]:
    """The longest name of each month ("september", not "sep"): a bare month needs it."""
    best: dict[int, str] = {}
    for name, n in months.items():
        if len(name) > len(best.get(n, "")):
            best[n] = name
    return list(best.values())


def roman(text: str) -> int:
    """The value of a Roman numeral ("XVIII" -> 18); 0 when it is not one."""
    values = {"I": 1, "V": 5, "X": 10, "L": 50}
    total = 0
    for i, ch in enumerate(text.upper()):
        v = values.get(ch, 0)
        if not v:
            return 0
        nxt = values.get(text.upper()[i + 1], 0) if i + 1 < len(text) else 0
        total += -v if v < nxt else v
    return total
