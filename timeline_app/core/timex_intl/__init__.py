"""Dates in German, French, Spanish, Italian, Portuguese, Dutch, Polish and Swedish,
and (dates only, less tested) Danish, Norwegian, Czech, Romanian, Finnish and Turkish,
with hand-kept words; and in every other language dateparser has data for (Russian,
Japanese, Arabic, Hindi… about 170), dates only, from dateparser's words alone.

One grammar (:mod:`.grammar`), per-language lexicons (:mod:`.lexicon`, read from
``dateparser/data/date_translation_data``), and the English resolver for anchoring, so
values, spans and granularity mean the same in every language. :mod:`.dateline` reads
"MÜNCHEN, 14. März 2022 –" as the reference date. :mod:`.longtail` derives what the
hand-kept languages have written out (date order, the words after a year or a day).
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import replace

from timeline_app.model import Day, Mention

#: Languages with hand-kept words, checked on annotated articles; English has its own
#: tagger, and every other code dateparser knows is in :func:`supports`.
LANGUAGES = ("de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "no", "cs", "ro", "fi", "tr")


def supports(code: str) -> bool:
    """Whether ``code``'s dates are read here (not by the English rules)."""
    if code in LANGUAGES:
        return True
    from timeline_app.core.timex_intl.longtail import codes

    return code in codes()


def tag(text: str, *, reference: Day | None = None, language: str) -> list[Mention]:
    """Mentions in ``text``, a text in a language :func:`supports` accepts.

    Outside the hand-kept languages, digits of other scripts ("٢٠١٩", "२०१९", "２０１９")
    are read as ASCII digits; each is one character either way, so offsets stay exact
    and each mention's text is the original's.
    """
    from timeline_app.core.timex_intl.tagger import tag as _tag

    ascii_text = text if language in LANGUAGES else ascii_digits(text)
    mentions = _tag(ascii_text, reference=reference, language=language)
    if ascii_text is text:
        return mentions
    return [_original(m, text) for m in mentions]


def _original(mention: Mention, text: str) -> Mention:
    parts = tuple(_original(p, text) for p in mention.parts)
    return replace(mention, text=text[mention.start : mention.end], parts=parts)


def ascii_digits(text: str) -> str:
    """``text`` with every decimal digit of another script replaced by its ASCII digit."""
    if text.isascii():
        return text
    return text.translate(_digit_table())


@functools.cache
def _digit_table() -> dict[int, str]:
    """Code point -> ASCII digit, for the decimal digits of the Basic Multilingual Plane."""
    table = {}
    for cp in range(0x660, 0x10000):
        value = unicodedata.decimal(chr(cp), -1)
        if value >= 0:
            table[cp] = str(value)
    return table
