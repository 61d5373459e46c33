"""What the search box and the date-range fields keep: one predicate for table and canvas.

Kept free of widgets so the matching rules can be tested as plain functions and the same
predicate can be handed to ``TimelineView.set_filter`` and the table's proxy model.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from timeline_app.model import Day, Document, Event


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Search words and an optional day range; an empty filter lets everything through.

    Attributes:
        text: words that must all appear in what the event says: its title, quote(s),
            date as written, actors or places (case-insensitive).
        first: events ending before this day are hidden.
        last: events starting after this day are hidden.
        in_documents: also match the source document's title. Off by default: a word in
            an article's headline would otherwise match every event of that article
            ("Moon" matched 36 of 44 events), which is a document filter, not a search.
    """

    text: str = ""
    first: Day | None = None
    last: Day | None = None
    in_documents: bool = False

    def is_empty(self) -> bool:
        """True when nothing is filtered (the views then skip the predicate entirely)."""
        return not self.text.strip() and self.first is None and self.last is None

    def matches(self, event: Event, documents: Mapping[str, Document] | None = None) -> bool:
        """Whether ``event`` passes; ``documents`` is used only with ``in_documents``."""
        if self.first is not None and event.when.latest < self.first:
            return False
        if self.last is not None and event.when.earliest > self.last:
            return False
        words = self.text.lower().split()
        if not words:
            return True
        titles = documents if self.in_documents and documents else {}
        haystack = searchable_text(event, titles)
        return all(word in haystack for word in words)


def searchable_text(event: Event, documents: Mapping[str, Document]) -> str:
    """Everything a search word may hit, lower-cased, in one string.

    ``documents`` holds the documents whose titles count; pass ``{}`` to search only what
    the event itself says.
    """
    titles = [documents[d].title for d in event.documents if d in documents]
    parts = [event.title, event.quote, event.when.text, *event.actors, *event.places, *titles]
    parts.extend(source.quote for source in event.sources[1:])
    return "\n".join(parts).lower()


def shown_in(event: Event, hidden: set[str] | None) -> bool:
    """Whether one of the event's documents is not unticked (hand-made ones always are).

    Unticked, not ticked, documents are what is remembered: a document added later is
    shown, though it was not there to be ticked.
    """
    return not hidden or not event.documents or not hidden.issuperset(event.documents)


def text_predicate(
    current: EventFilter, documents: Mapping[str, Document]
) -> Callable[[Event], bool] | None:
    """What the canvas shows for the filter bar's state (None: everything)."""
    if current.is_empty():
        return None
    return lambda event: current.matches(event, documents)


def table_predicate(
    current: EventFilter, visible: set[str] | None, documents: Mapping[str, Document]
) -> Callable[[Event], bool] | None:
    """What the table lists: the filter and the ticked documents (None: everything)."""
    if current.is_empty() and visible is None:
        return None
    hidden = None if visible is None else set(documents) - visible
    return lambda event: shown_in(event, hidden) and current.matches(event, documents)
