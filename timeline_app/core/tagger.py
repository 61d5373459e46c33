"""The temporal tagger (placeholder: the real implementation is being written).

Contract, stable for the rest of the engine:

    tag(text, *, reference=None, doc=None) -> list[Mention]

``reference`` is the document's reference date (a ``Day`` or None), ``doc`` an optional
spaCy ``Doc`` of exactly ``text`` (shared with the event builder so the text is parsed
once). Mentions are sorted by ``start``, never overlap, and ``text[m.start:m.end] == m.text``.
"""

from __future__ import annotations

from typing import Any

from timeline_app.model import Day, Mention


def tag(text: str, *, reference: Day | None = None, doc: Any = None) -> list[Mention]:
    """Find every temporal expression in ``text`` (placeholder returns none yet)."""
    return []
