"""Photo captions yield their title to the article's own sentence about the happening.

A caption often carries the only full date of a story ("Putin shakes hands with Erdogan
during a meeting in Sochi, September 29, 2021. (Photo: …)") while the article tells the
happening itself in a sentence without one ("At talks in Sochi, Erdogan and Putin
discussed …"). The event keeps the caption as its quote (the date is read there), but
its title comes from the article's sentence, which says what happened rather than what
the photograph shows.

The article's sentence is the one that names most of the caption's parties and places
(at least :data:`MIN_SHARED` of them), is not a caption itself, and has no date of its
own (a dated sentence is an event of its own, merged with the caption by
:mod:`timeline_app.core.docmerge` when it is the same day).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from timeline_app.core.docmerge import is_caption
from timeline_app.core.titles import parse_title
from timeline_app.core.titletext import fallback_title
from timeline_app.model import Event, Mention, Provenance

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

#: Names (parties and places) the article's sentence must share with the caption.
MIN_SHARED = 2
_NAME_LABELS = frozenset(("PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"))


def retitle_captions(
    events: list[Event],
    doc: Doc | None,
    sentences: Sequence[tuple[int, int]],
    mentions: Sequence[Mention],
) -> list[Event]:
    """``events`` with each caption-only event titled from the article's own sentence."""
    if doc is None or not any(_caption_only(doc.text, e) for e in events):
        return events
    # a duration ("a three-year dispute") or "now" does not date a sentence
    starts = sorted(m.start for m in mentions if m.when is not None)
    body = [
        (s, e)
        for s, e in sentences
        if not _has_date(starts, s, e) and not is_caption(doc.text, Provenance("", s, e, s, s, ""))
    ]
    return [_retitled(event, doc, body) if _caption_only(doc.text, event) else event
            for event in events]  # fmt: skip


def _caption_only(text: str, event: Event) -> bool:
    return bool(event.sources) and all(is_caption(text, s) for s in event.sources)


def _has_date(starts: list[int], start: int, end: int) -> bool:
    i = bisect.bisect_left(starts, start)
    return i < len(starts) and starts[i] < end


def _retitled(event: Event, doc: Doc, body: list[tuple[int, int]]) -> Event:
    """The event with the title of the best article sentence, or unchanged."""
    names = {n.lower() for n in (*event.actors, *event.places)}
    best: tuple[int, Span] | None = None
    for start, end in body:
        sent = doc.char_span(start, end, alignment_mode="expand")
        if sent is None:
            continue
        shared = len(names & _names(sent))
        if shared >= MIN_SHARED and (best is None or shared > best[0]):
            best = (shared, sent)
    if best is None:
        return event
    title = _clause_title(best[1])
    return replace(event, title=title) if title else event


def _names(sent: Span) -> set[str]:
    """Lower-case names of the sentence's people, organisations and places."""
    return {e.text.lower() for e in sent.ents if e.label_ in _NAME_LABELS}


def _clause_title(sent: Span) -> str | None:
    """The title of the sentence's main clause (there is no date to start from).

    The sentence's closing punctuation hangs on its main verb, so it stands in for the
    date phrase that :func:`timeline_app.core.titles.parse_title` climbs from; when the
    parse gives the verb no subject, the rule-based title of the sentence is used, unless
    the length limit cut it right after the verb.
    """
    if sent.root.pos_ not in ("VERB", "AUX"):
        return None
    anchor = next((t for t in reversed(sent) if t.is_punct and t.head == sent.root), None)
    title = parse_title(sent, {anchor.i}) if anchor is not None else None
    if title:
        return title
    title = fallback_title(sent.text, len(sent.text), len(sent.text))
    # it must say what happened: the main verb and something after it (a title cut right
    # after the verb, "Erdogan and Putin discussed", or before it, says less than the caption)
    words = title.split()
    verb = sent.root.text
    return title if verb in words and words[-1] != verb else None
