"""Who took part in an event and where it happened, from the named entities of its sentence.

A country can be either: "Turkey purchased … from Russia" makes both actors, "a meeting
in Sochi" makes Sochi a place. The dependency role of the entity decides.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

#: English labels, and PER of the French model (and spaCy's other WikiNER pipelines).
_ACTOR_LABELS = ("PERSON", "PER", "ORG", "NORP")
_PLACE_LABELS = ("LOC", "FAC")
#: Roles in which a country or city acts rather than hosts.
#: (English labels, then Universal Dependencies' for the French model.)
_ACTOR_ROLES = frozenset(("nsubj", "nsubjpass", "dobj", "dative", "poss", "agent", "iobj",
                          "nsubj:pass", "obj", "obl:agent"))  # fmt: skip
#: Prepositions whose object is a party to the happening ("bought from Russia").
_ACTOR_PREPS = frozenset(("from", "with", "against", "by", "between", "to", "toward", "towards"))
#: Product codes and model numbers ("S-400", "F-35") are tagged ORG but never act.
_MODEL_NUMBER = re.compile(r"^[A-Z]{1,4}-\d{1,4}[A-Z]?$")


def actors_and_places(
    sent: Span, date_tokens: set[int], entities: Sequence[Span] | None = None
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Actors (people, organisations, acting countries) and places named in ``sent``.

    Args:
        sent: the event's sentence, from a parsed ``Doc`` with entities.
        date_tokens: ``Token.i`` of the date phrase; entities overlapping it are skipped.
        entities: ``doc.ents`` computed once by the caller; ``Span.ents`` walks the
            whole document on every call, which is quadratic over a long article.

    Returns:
        ``(actors, places)``, each without repeats, in order of appearance.
    """
    actors: list[str] = []
    places: list[str] = []
    for ent in _entities_in(sent, entities):
        if any(t.i in date_tokens for t in ent):
            continue
        name = _clean(ent.text)
        if not name:
            continue
        kind = _kind(ent)
        if kind == "actor":
            actors.append(name)
        elif kind == "place":
            places.append(name)
    return _unique(actors), _unique(p for p in places if p not in actors)


def _entities_in(sent: Span, entities: Sequence[Span] | None) -> Sequence[Span]:
    if entities is None:
        return sent.ents
    first = bisect.bisect_left(entities, sent.start, key=lambda e: e.start)
    last = bisect.bisect_left(entities, sent.end, key=lambda e: e.start)
    return [e for e in entities[first:last] if e.end <= sent.end]


def _kind(ent: Span) -> str:
    """ "actor", "place" or "" for an entity, from its label and its role in the clause."""
    label = ent.label_
    if label in _ACTOR_LABELS:
        if _MODEL_NUMBER.match(ent.text):
            return ""
        if label == "NORP" and ent.root.pos_ == "ADJ":
            return ""  # "Russian President …": an adjective, not a party
        return "actor"
    if label == "GPE" or (label == "LOC" and ent.doc.lang_ != "en"):
        # the French model has no GPE: its LOC holds countries and cities too
        return "actor" if _acts(ent) else "place"
    if label in _PLACE_LABELS:
        return "place"
    return ""


def _acts(ent: Span) -> bool:
    root = ent.root
    while root.dep_ == "conj" and root.head != root:
        root = root.head
    if root.dep_ in _ACTOR_ROLES:
        return True
    return root.dep_ == "pobj" and root.head.text.lower() in _ACTOR_PREPS


def _clean(name: str) -> str:
    name = " ".join(name.split())
    name = re.sub(r"^(?:the|The)\s+", "", name)
    return re.sub(r"['’]s$", "", name).strip(" ,.;:")


def _unique(names: Iterable[str]) -> tuple[str, ...]:
    """Drop repeats and short forms of a longer name already listed ("Erdogan")."""
    out: list[str] = []
    for name in names:
        low = name.lower()
        if any(low == o.lower() or o.lower().endswith(" " + low) for o in out):
            continue
        out = [o for o in out if not low.endswith(" " + o.lower())]
        out.append(name)
    return tuple(out)
