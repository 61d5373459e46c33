"""Hand-kept facts of the big long-tail languages, where dateparser's data has nothing.

dateparser lists month and weekday names and a few relative phrases; it has no year
words in their case forms ("в 2010 году", "1979. godine", "1952-ben"), no centuries,
BCE markers, decades, seasons or quarters, no month case forms beyond one or two
("в сентябре", "у червні"), and no words that make a weekday future or past. These are
small per-language tables of such facts (:data:`~.longtail_table.FACTS`); the shapes
that use them are one set of rules for every language (:mod:`.grammar_longfacts`).
A language without an entry keeps what dateparser's data alone gives.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from timeline_app.core.timex_intl.extras import Extras

if TYPE_CHECKING:
    from timeline_app.core.timex_intl.lexicon import Lexicon


@dataclass(frozen=True)
class Facts:
    """The hand-kept date words of one long-tail language (all lower case).

    Attributes:
        extras: the same hand-kept words as the checked languages have (approximation
            and era words, weekday modifiers, future words, sets, ranges, periods…).
        year_after: words after a year that make it one, in the year's span ("году",
            "року", "godine", Hungarian "-ben").
        year_before: words before a year, in its span (Arabic "عام", Indonesian
            "tahun", Catalan "l'any").
        year_trail: words after a year, not in its span, that make it one (Hindi "में").
        months: month case forms dateparser lacks (Russian "сентябре": 9).
        month_suffixes: endings glued to any month name (Hungarian "-ban": "márciusban").
        month_lead: words before a bare month that mean "in" ("в червні").
        weekdays: weekday forms dateparser lacks (Chinese "周五", Croatian "srijedu").
        modified_weekdays: weekday names that are also ordinals (Vietnamese "thứ hai",
            Monday and "second"): a weekday only with a modifier ("thứ Hai tới").
        weekday_suffix: a regex of endings glued to a weekday (Hungarian "hétfőre").
        this_week: modifiers that put a weekday in the reference's week ("今週", "本").
        weekday_post_last / weekday_post_next: modifiers written after the weekday
            ("thứ Hai tới", "Kamis lalu").
        century: a regex with a ``num`` or ``roman`` group ("XX века", "7. stoljeću").
        bce_before: era markers written before the year ("紀元前221年").
        decade: a regex with a ``dec`` group (decade of the 1900s: "199"), or ``cent``
            and ``tens`` ("20世纪30年代"), or ``dword`` (a word of :attr:`decade_words`).
        decade_words: decade word -> decade ("hetvenes": "197").
        seasons: season word (case forms) -> TIMEX3 suffix ("весной": "SP").
        relative: relative phrases dateparser lacks -> (unit, offset) ("pekan lalu").
        later / earlier: words after an amount that count from the last date ("tres
            dies després").
        units / numbers: unit words and number words dateparser lacks.
        published: words of a "published" line ("Publicat:", "公開日：").
        date_lead: a word before a dateline's date ("ngày 8 tháng 8").
        bare_day: a regex with a ``day`` group for a day of the reference's month
            ("4日", the 4th).
        day_marks: endings of a day dateparser lacks (Hungarian "1-jén").
        past_verb: a regex of past-tense verb forms: a bare weekday in a clause without
            one is the coming one ("подпишут в пятницу"), as for the checked languages.
        pos_after: words after a year or century that narrow it -> TIMEX3 mod
            (Hungarian "2025 végén": END, Japanese "19世紀末").
        century_words: ordinal words of a century, for a ``cword`` group of
            :attr:`century` (Arabic "القرن التاسع عشر", the 19th).
        counting: dateparser's year words that, after a number, count years instead
            ("1700 godina", "1200 tahun", "2000 साल"): not year marks.
        day_month: a regex with ``day`` and ``month`` groups for a numeric day and month
            without a year (Vietnamese "ngày 15/3"), placed like "15 March".
        eras: era names before a year counted from them -> the year before its first
            (Japanese "令和6年" is 2018 + 6 = 2024; "元年" is its first year).
        number_words: words before a number that make it a label, not a year ("nomor
            1990", "số 1990", "номер 1990", "رقم 1990").
        joins: words joining a month and its year ("Σεπτέμβριο του 2021").
        week_weekdays: words naming a week, before or after a weekday, that put it in
            that week -> weeks from the reference's ("지난주 금요일", "thứ Bảy tuần này").
        range_after: pairs of words written after each year of a range ("1956年から
            1964年まで", "1956년부터 1964년까지").
        month_edge: whether a start, middle or end word before a bare month makes a
            date of it ("đầu tháng 9", the start of September).
        prefixes: letters glued before any word, one or two, with or without a hyphen
            or maqaf (Hebrew "ב-1265", "בחודש שעבר"): a date may start right after
            them, and its span leaves them out.
    """

    extras: Extras
    year_after: tuple[str, ...] = ()
    year_before: tuple[str, ...] = ()
    year_trail: tuple[str, ...] = ()
    months: dict[str, int] = field(default_factory=dict)
    month_suffixes: tuple[str, ...] = ()
    month_lead: tuple[str, ...] = ()
    weekdays: dict[str, int] = field(default_factory=dict)
    modified_weekdays: dict[str, int] = field(default_factory=dict)
    weekday_suffix: str = ""
    this_week: tuple[str, ...] = ()
    weekday_post_last: tuple[str, ...] = ()
    weekday_post_next: tuple[str, ...] = ()
    century: str = ""
    bce_before: tuple[str, ...] = ()
    decade: str = ""
    decade_words: dict[str, str] = field(default_factory=dict)
    seasons: dict[str, str] = field(default_factory=dict)
    relative: dict[str, tuple[str, int]] = field(default_factory=dict)
    later: tuple[str, ...] = ()
    earlier: tuple[str, ...] = ()
    units: dict[str, str] = field(default_factory=dict)
    numbers: dict[str, int] = field(default_factory=dict)
    published: tuple[str, ...] = ()
    date_lead: tuple[str, ...] = ()
    bare_day: str = ""
    joins: tuple[str, ...] = ()
    day_marks: tuple[str, ...] = ()
    past_verb: str = ""
    pos_after: dict[str, str] = field(default_factory=dict)
    century_words: dict[str, int] = field(default_factory=dict)
    counting: tuple[str, ...] = ()
    day_month: str = ""
    eras: dict[str, int] = field(default_factory=dict)
    number_words: tuple[str, ...] = ()
    prefixes: str = ""
    week_weekdays: dict[str, int] = field(default_factory=dict)
    range_after: tuple[tuple[str, str], ...] = ()
    month_edge: bool = False


def x(**words: object) -> Extras:
    """An :class:`Extras` with only the given fields (the rest empty)."""
    base: dict[str, object] = dict(anaphoric={}, last=(), next=(), weekday_lead=(), approx=(),
                                   start=(), mid=(), end=(), bce=(), future=(), year_lead=())
    base.update(words)
    return Extras(**base)  # type: ignore[arg-type]


def months(*forms: str) -> dict[str, int]:
    """Twelve comma-separated groups of forms, January first, as a month table."""
    return {w: n for n, group in enumerate(forms, start=1) for w in group.split(",")}


def weekdays(*forms: str) -> dict[str, int]:
    """Seven comma-separated groups of forms, Monday first, as a weekday table."""
    return {w: n for n, group in enumerate(forms) for w in group.split(",")}


def facts(code: str) -> Facts | None:
    """The hand-kept facts of ``code``, None for a language nobody wrote any for."""
    from timeline_app.core.timex_intl.longtail_table import FACTS

    return FACTS.get(code)


def with_facts(lex: Lexicon, found: Facts) -> Lexicon:
    """``lex`` (from dateparser's data) with the hand-kept facts added: month case forms
    (and suffixed forms: "március" + "ban"), weekday forms, relative phrases, units and
    numbers, and the hand-kept :class:`Extras`."""
    months = {**lex.months, **found.months}
    for suffix in found.month_suffixes:
        months.update({name + suffix: n for name, n in lex.months.items() if len(name) > 4})
    weekdays = {**lex.weekdays, **found.weekdays}
    relative = {**lex.relative, **found.relative}
    units = {**lex.units, **found.units}
    if found.prefixes:  # "בחודש" is "in" + "חודש": the prefix rule reads it, span and all
        months, weekdays, units, relative = (_unglued(t, found.prefixes)
                                             for t in (months, weekdays, units, relative))
    from timeline_app.core.timex_intl.lexicon import _capitals

    return replace(lex, months=_capitals(months), weekdays=_capitals(weekdays),
                   relative=relative, units=units,
                   numbers={**lex.numbers, **found.numbers}, extras=found.extras)  # fmt: skip


def _unglued(table: dict[str, Any], letters: str) -> dict[str, Any]:
    """``table`` without the forms that are a prefix letter glued to another of its
    forms ("במרץ", "לינואר", "ביום"), so that spans leave the letter out."""
    return {w: v for w, v in table.items()
            if not (len(w) > 2 and w[0] in letters and table.get(w[1:].lstrip("-־")) == v)}
