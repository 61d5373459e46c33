"""Datelines and "published" lines in German, French and Spanish: the reference date.

"MÜNCHEN, 14. März 2022 – …", "PARIS, le 12 juin 2019 – …", "MADRID, 4 de octubre de
2017 (EFE) – …" and "Veröffentlicht am 3. Mai 2024" say when the story was written; the
date in them is metadata, not an event. :mod:`timeline_app.core.reference` asks here when
its English reader finds nothing. Every language's date rule is tried, so this works
before (and without) language detection, and never on English text: its month names
are not German, French or Spanish ones with a day written the way those languages do.
"""

from __future__ import annotations

import re

from timeline_app.core.timex_intl import LANGUAGES, ascii_digits, supports
from timeline_app.core.timex_intl.grammar import alternation, grammar
from timeline_app.core.timex_intl.longtail_facts import facts
from timeline_app.core.timex_intl.specs import spec_for
from timeline_app.model import Day

#: Datelines and published lines are looked for in the first lines only.
_TOP_LINES = 6
_PLACE_WORD = r"[^\W\d_][\w.'’-]*"
_DATELINE_HEAD = re.compile(
    rf"[ \t]*(?P<place>{_PLACE_WORD}(?:[ /]{_PLACE_WORD}){{0,3}})[ \t]*(?:\([^()\n]{{2,30}}\))?"
    r"[ \t]*[,，、،][ \t]*(?:(?:le|el|den|am)[ \t]+)?"
)
#: What ends a dateline's date: an optional agency in brackets, then a dash or colon of any
#: newsroom ("(EFE) –", " ― ", "：") and its spaces. The English datelines use it too.
DASH = r"[ \t]*(?:\([^()\n]{2,30}\)[ \t]*)?(?:—|–|―|‒|－|--|-|:|：)[ \t　]*"
_DASH = re.compile(DASH)
_PUBLISHED = re.compile(
    r"[ \t]*(?:veröffentlicht|aktualisiert|stand|erschienen|publié|mis à jour|publicado|"
    r"actualizado|pubblicato|gepubliceerd|opublikowano|publicerad)"
    r"(?:[ \t]+(?:am|le|el|der|op|il|den|em|a))?[ \t]*:?[ \t]*(?:(?:le|el|am|den)[ \t]+)?",
    re.I,
)


def dateline(text: str, language: str = "") -> tuple[Day, int, int, str] | None:
    """The reference date of a dateline or published line near the top, the span of that
    prefix or line (the event builder drops dates inside it), and which it was
    ("dateline" or "published-line"); None when absent.

    The hand-kept languages are always tried; another language only when the document
    is known to be in it ("МОСКВА, 29 сентября 2019 г. –"): trying all ~170 on every
    document would cost time and find datelines in words of languages it is not in.
    """
    codes = LANGUAGES
    own: re.Pattern[str] | None = None
    lead: re.Pattern[str] | None = None
    if language not in LANGUAGES and supports(language):
        codes = (*LANGUAGES, language)
        text = ascii_digits(text)  # "٢٩ سبتمبر ٢٠١٩", one character per digit
        own, lead = _own_words(language)
    for start in _line_starts(text):
        head = _DATELINE_HEAD.match(text, start)
        if head is not None and not head["place"][:1].islower():
            at = head.end()
            if lead is not None and (skipped := lead.match(text, at)) is not None:
                at = skipped.end()  # Vietnamese "ngày 8 tháng 8 năm 2024"
            found = _date_at(text, at, codes)
            if found is not None:
                dash = _DASH.match(text, found[1])
                if dash is not None and dash.end() < len(text) and text[dash.end()] != "\n":
                    return found[0], start, dash.end(), "dateline"
        published = _PUBLISHED.match(text, start) or (own.match(text, start) if own else None)
        if published is not None:
            found = _date_at(text, published.end(), codes)
            if found is not None:
                line_end = text.find("\n", found[1])
                return found[0], start, len(text) if line_end < 0 else line_end, "published-line"
    return None


def _own_words(language: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """A long-tail language's "published" line ("Publicat:", "公開日：") and the word
    before a dateline's date ("ngày"), from its hand-kept facts."""
    known = facts(language)
    if known is None:
        return None, None
    own = lead = None
    if known.published:
        words = alternation(known.published)
        own = re.compile(rf"[ \t]*(?:{words})[ \t]*[:：]?[ \t]*", re.I)
    if known.date_lead:
        lead = re.compile(rf"(?:{alternation(known.date_lead)})[ \t]+", re.I)
    return own, lead


def _line_starts(text: str) -> list[int]:
    starts = [m.start() for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    return starts[:_TOP_LINES]


def _date_at(text: str, pos: int, codes: tuple[str, ...]) -> tuple[Day, int] | None:
    """A full date (with its year) starting exactly at ``pos``, in one of ``codes``."""
    for code in codes:
        g = grammar(code)
        for name, pattern in g.rules:
            if name not in ("date", "numeric", "iso", "date_dmy"):
                continue
            m = pattern.match(text, pos)
            spec = spec_for(name, m, g.lex, text) if m is not None else None
            if spec is None or spec.kind != "fixed" or spec.year is None:
                continue
            year, month, day = (int(p) for p in spec.value.split("-"))
            try:
                return Day(year, month, day), m.end()  # type: ignore[union-attr]
            except ValueError:
                continue
    return None
