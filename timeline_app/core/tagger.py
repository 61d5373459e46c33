"""The temporal tagger: every DATE, TIME, DURATION and SET expression in a text.

Contract, stable for the rest of the engine:

    tag(text, *, reference=None, doc=None) -> list[Mention]

``reference`` is the document's reference date (a ``Day`` or None), ``doc`` an optional
spaCy ``Doc`` of exactly ``text`` (shared with the event builder so the text is parsed
once). A range ("between 1994 and 1997") is one mention valued ``1994/1997``, with its
two ends, as TimeML annotates them, in ``Mention.parts``. Mentions are sorted by
``start``, never overlap, and ``text[m.start:m.end] == m.text``.

The rules decide (:mod:`timeline_app.core.timex`); spaCy's entities, when a parse is
given, only veto matches inside names, money or quantities, so the tagger works the same
way without a model.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from typing import Any

from timeline_app.core import timex_intl
from timeline_app.core.timex.combine import Piece, combine
from timeline_app.core.timex.ends import range_ends
from timeline_app.core.timex.match import candidates
from timeline_app.core.timex.resolve import Context, resolved_mention
from timeline_app.core.timex.spec import Spec
from timeline_app.core.timex.tense import tense_at
from timeline_app.core.timex.weekof import week_of
from timeline_app.model import Day, Mention

log = logging.getLogger(__name__)


def tag(
    text: str, *, reference: Day | None = None, doc: Any = None, language: str = ""
) -> list[Mention]:
    """Find every temporal expression in ``text``; never raises.

    Args:
        text: the document's plain text.
        reference: the date relative expressions are anchored on; None leaves them
            unresolved (X placeholders), never today's date.
        doc: a spaCy ``Doc`` of ``text``, optional: its entities veto matches inside
            names, money and quantities, and its parse tells the tense that places a
            bare "Friday" before or after the reference. Without it, word rules do both.
        language: the document's language code; German, French and Spanish texts go to
            :mod:`timeline_app.core.timex_intl`, anything else to the English rules.

    Returns:
        Mentions sorted by offset, non-overlapping.
    """
    try:
        if timex_intl.supports(language):
            return timex_intl.tag(text, reference=reference, language=language)
        return _tag(text, reference, doc)
    except Exception:  # the contract: one odd input must not stop a whole import
        log.exception("temporal tagger failed on a text of %d characters", len(text))
        return []


def _tag(text: str, reference: Day | None, doc: Any) -> list[Mention]:
    pieces = combine(candidates(text, _entities(doc, text)), text)
    ctx = Context(reference=reference)
    parse = doc if _same_text(doc, text) else None
    mentions: list[Mention] = []
    for piece in pieces:
        ctx.tense = tense_at(text, piece.start, piece.end, parse)
        if mentions and ctx.explicit is not None:
            ctx.explicit_distance = piece.start - _explicit_end(mentions, ctx)
        floor = mentions[-1].end if mentions else 0
        mentions.append(week_of(_mention(piece, ctx, text), text, floor))
    return mentions


def _explicit_end(mentions: list[Mention], ctx: Context) -> int:
    """Where the mention that set ``ctx.explicit`` ends."""
    for m in reversed(mentions):
        if m.when is ctx.explicit:
            return m.end
    return -(10**9)


def _mention(piece: Piece, ctx: Context, text: str) -> Mention:
    mention = resolved_mention(piece.spec, ctx, text, piece.start, piece.end)
    if piece.spec.span_value and mention.when is not None:
        return replace(mention, parts=_duration_part(mention, piece.spec))
    if "/" not in mention.value:
        return mention
    return replace(mention, parts=range_ends(mention, text, piece.ends))


_DIRECTION = re.compile(r"\s+(?:or\s+so\s+)?(?:earlier|later|previously|back)$", re.IGNORECASE)


def _duration_part(mention: Mention, spec: Spec) -> tuple[Mention, ...]:
    """ "six weeks earlier": the stretch "six weeks" (P6W), the way TimeML annotates it.

    The mention itself keeps the date it leads to, which places the event; ``tag`` lists
    the part instead, as it lists the two ends of a range.
    """
    found = _DIRECTION.search(mention.text)
    if found is None:
        return ()
    end = mention.start + found.start()
    part = Mention(
        start=mention.start, end=end, text=mention.text[: found.start()], type="DURATION",
        value=spec.span_value, mod=spec.mod,
    )  # fmt: skip
    return (part,)


def _same_text(doc: Any, text: str) -> bool:
    return doc is not None and getattr(doc, "text", None) == text


def _entities(doc: Any, text: str) -> list[tuple[int, int, str]]:
    if not _same_text(doc, text):
        return []
    return [(e.start_char, e.end_char, e.label_) for e in doc.ents]
