"""The temporal tagger: every DATE, TIME, DURATION and SET expression in a text.

Contract, stable for the rest of the engine:

    tag(text, *, reference=None, doc=None) -> list[Mention]

``reference`` is the document's reference date (a ``Day`` or None), ``doc`` an optional
spaCy ``Doc`` of exactly ``text`` (shared with the event builder so the text is parsed
once). Mentions are sorted by ``start``, never overlap, and ``text[m.start:m.end] == m.text``.

The rules decide (:mod:`timeline_app.core.timex`); spaCy's entities, when a parse is
given, only veto matches inside names, money or quantities, so the tagger works the same
way without a model.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from timeline_app.core.timex.combine import Piece, combine
from timeline_app.core.timex.match import candidates
from timeline_app.core.timex.resolve import Context, resolve
from timeline_app.model import Day, Mention

log = logging.getLogger(__name__)

_FUTURE = (
    r"will|won't|shall|'ll|going\s+to|plans?\s+to|plan|planned|planning|would|scheduled|expects?|expected"
    r"|is\s+to|are\s+to|upcoming|intends?\s+to|as\s+early\s+as|as\s+soon\s+as|next"
    r"|to\s+be\s+held|set\s+to|due"
)
_PAST = (
    r"had\s+been\s+(?:due|scheduled|expected|set|planned)|(?:previously|originally|as)\s+"
    r"(?:planned|scheduled)|[a-z]+ed|said|says|say|was|were|had|did|told|made|met|went|came|took|gave|saw|began"
    r"|held|left|won|lost|fell|rose|sent|led|spoke|wrote|ago|last|since|got|put|struck"
)
#: The tense marker nearest a mention decides whether a bare weekday or month looks ahead.
_TENSE = re.compile(rf"\b(?:(?P<future>{_FUTURE})|(?P<past>{_PAST}))\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?]\s|\n\s*\n")


def tag(text: str, *, reference: Day | None = None, doc: Any = None) -> list[Mention]:
    """Find every temporal expression in ``text``; never raises.

    Args:
        text: the document's plain text.
        reference: the date relative expressions are anchored on; None leaves them
            unresolved (X placeholders), never today's date.
        doc: a spaCy ``Doc`` of ``text``; its entities veto matches inside names,
            money and quantities.

    Returns:
        Mentions sorted by offset, non-overlapping.
    """
    try:
        return _tag(text, reference, doc)
    except Exception:  # the contract: one odd input must not stop a whole import
        log.exception("temporal tagger failed on a text of %d characters", len(text))
        return []


def _tag(text: str, reference: Day | None, doc: Any) -> list[Mention]:
    pieces = combine(candidates(text, _entities(doc, text)), text)
    ctx = Context(reference=reference)
    mentions = []
    for piece in pieces:
        ctx.tense = _tense(text, piece)
        mentions.append(_mention(piece, ctx, text))
    return mentions


def _mention(piece: Piece, ctx: Context, text: str) -> Mention:
    written = text[piece.start : piece.end]
    res = resolve(piece.spec, ctx, written)
    return Mention(
        start=piece.start, end=piece.end, text=written, type=piece.spec.type,
        value=res.value, when=res.when, relative=res.relative, unresolved=res.unresolved,
        mod=piece.spec.mod,
    )  # fmt: skip


def _entities(doc: Any, text: str) -> list[tuple[int, int, str]]:
    if doc is None or getattr(doc, "text", None) != text:
        return []
    return [(e.start_char, e.end_char, e.label_) for e in doc.ents]


def _tense(text: str, piece: Piece) -> int:
    """+1 when the tense marker nearest the mention (in its sentence) looks ahead, -1 back.

    Used to place bare weekdays and month-days ("Friday", "May 3") before or after the
    reference date; news mostly reports the past, so no marker means past.
    """
    left = max(
        (m.end() for m in _SENTENCE_END.finditer(text, max(0, piece.start - 200), piece.start)),
        default=0,
    )
    left = max(left, piece.start - 200)
    right_m = _SENTENCE_END.search(text, piece.end, piece.end + 60)
    right = right_m.start() if right_m else min(len(text), piece.end + 60)
    best, tense = len(text), 0
    for m in _TENSE.finditer(text, left, right):
        if piece.start <= m.start() < piece.end:
            continue
        dist = piece.start - m.end() if m.end() <= piece.start else m.start() - piece.end
        if dist < best:
            best, tense = dist, 1 if m.group("future") is not None else -1
    return tense
