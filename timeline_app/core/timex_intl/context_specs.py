"""Specs of the rules whose meaning depends on the rest of the document.

"nell'80" and "anni '80" take their century from the years around them
(:mod:`.shortyears`), "im Herbst" its year from the date talked about, and "nel 547" is
a year only because "nel" is the article years take. Kept apart from :mod:`.specs`,
which reads each match on its own.
"""

from __future__ import annotations

import re

from timeline_app.core.timex.spec import Spec
from timeline_app.core.timex_intl.lexicon import Lexicon
from timeline_app.core.timex_intl.shortyears import full_year
from timeline_app.core.timex_intl.specs import _amount_follows, _fixed, _key, _mod
from timeline_app.core.timex_intl.surface import surface

#: The rules read here rather than in :mod:`.specs`.
RULES = ("old_year", "season_bare", "decade2", "short_year", "last_century")
_SEASON_FIRST_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def context_spec(
    rule: str, m: re.Match[str], lex: Lexicon, text: str, reference_year: int | None
) -> Spec | None:
    """The meaning of match ``m`` of one of :data:`RULES`, or None."""
    if rule == "old_year":  # "nel 547", "w 966 roku"
        year = int(m["y3"])
        return None if _amount_follows(text, m.end(), lex) else _fixed(f"{year:04d}", year)
    if rule == "last_century":  # "au siècle dernier": the century before the document's
        if reference_year is None:
            return None
        return _fixed(f"{reference_year // 100 - 1:02d}", None)
    if rule == "season_bare":  # "im Herbst": the autumn of the year talked about
        if _habitual_sentence(text, m.start(), lex):
            return None  # "varje morgon under våren": every spring
        code = surface(lex.code).seasons[_key(m["season"])]
        return Spec("DATE", "partial", rest=f"-{code}", month=_SEASON_FIRST_MONTH[code])
    return _two_digits(rule, m, lex, text, reference_year)


def _two_digits(
    rule: str, m: re.Match[str], lex: Lexicon, text: str, reference_year: int | None
) -> Spec | None:
    """ "anni '80", "lata 90.", "nell'80", "en el 92": the century from the text."""
    if rule == "decade2":
        first = full_year(int(m["dec2"]), text, m.start(), lex, reference_year, decade=True)
        return _fixed(f"{first // 10:03d}", first, _mod(m, lex)) if first >= 0 else None
    digits = (m.groupdict().get("yy") or m.groupdict().get("yy2") or "").lstrip("'’")
    following = text[m.end() : m.end() + 24].split()
    unit = _key(following[0]) if following else ""
    if _amount_follows(text, m.end(), lex) or unit in lex.units or unit in lex.numbers:
        return None  # "en 50 ans", "del 92 por ciento"
    year = full_year(int(digits), text, m.start(), lex, reference_year)
    return _fixed(f"{year:04d}", year) if year > 0 else None


def _habitual_sentence(text: str, start: int, lex: Lexicon) -> bool:
    """Whether the sentence around ``start`` says "every" or "yearly" somewhere."""
    begin = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    stop = min((i for i in (text.find(". ", start), text.find("\n", start)) if i >= 0),
               default=len(text))  # fmt: skip
    sentence = " ".join(text[begin:stop].lower().split())
    words = (*lex.extras.every, *lex.extras.habitual)
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", sentence) for w in words)
