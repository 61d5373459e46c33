"""Dates in German, French, Spanish, Italian, Portuguese, Dutch, Polish and Swedish,
and (dates only, less tested) Danish, Norwegian, Czech, Romanian, Finnish and Turkish,
from dateparser's locale data.

One grammar (:mod:`.grammar`), per-language lexicons (:mod:`.lexicon`, read from
``dateparser/data/date_translation_data``), and the English resolver for anchoring, so
values, spans and granularity mean the same in every language. :mod:`.dateline` reads
"MÜNCHEN, 14. März 2022 –" as the reference date.
"""

from __future__ import annotations

from timeline_app.model import Day, Mention

#: Languages with a lexicon; other codes are tagged by the English rules.
LANGUAGES = ("de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "no", "cs", "ro", "fi", "tr")


def tag(text: str, *, reference: Day | None = None, language: str) -> list[Mention]:
    """Mentions in ``text``, a text in one of :data:`LANGUAGES`."""
    from timeline_app.core.timex_intl.tagger import tag as _tag

    return _tag(text, reference=reference, language=language)
