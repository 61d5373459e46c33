"""How alike two reports of a date are: the rules that decide a cross-document merge.

Two reports from different documents are one happening when their dates agree and
either their wording is close (Jaccard over stemmed content words of the title and of
the quote), or, with less wording in common, they share a name (an actor, a place, or
a coined name like "Chang'e-6"). On one exact day, the kind of happening decides:
reports naming the same kind ("launched", "the launch"; see
:mod:`timeline_app.core.eventwords`) are one event when they share a name or their
documents are about the same thing, and reports naming different kinds ("launched",
"docked") are different events whatever else they share. Reports in two different
languages share few words: on one exact day, two shared names or amounts decide
(:mod:`timeline_app.core.crosslingual`).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from timeline_app.core.crosslingual import (
    Anchors,
    anchors,
    cross_language_alike,
    fold,
    words_language,
)
from timeline_app.core.eventwords import event_words, stem
from timeline_app.model import Event, Granularity

_STOPWORDS = frozenset(
    str.split(
        "a an the and or but of in on at to for from by with as is are was were be been has "
        "have had it its this that these those he she they his her their who which what "
        "said says will would could also after before during over into than then there "
        "january february march april may june july august september october november "
        "december monday tuesday wednesday thursday friday saturday sunday jan feb mar apr "
        "jun jul aug sep sept oct nov dec year years day days month week today yesterday"
    )
)
_TOKEN = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
#: Coined names: a word with a digit in it ("S-400", "Chang'e-6", "Apollo-11").
_CODED_NAME = re.compile(r"^(?=.*\d)(?=.*[^\W\d_])")
#: Similarity needed to merge reports from different documents (same date span).
SAME_DATE_QUOTE = 0.5
SAME_DATE_TITLE = 0.6
#: With a shared name, less wording in common is enough.
SHARED_NAME_TITLE = 0.34
SHARED_NAME_QUOTE = 0.3
#: ...and on one exact day, less still.
SAME_DAY_TITLE = 0.25
SAME_DAY_QUOTE = 0.2
#: One date inside the other ("September 2021" and "29 September 2021"): be stricter.
NESTED_QUOTE = 0.6
#: ``Granularity.rank`` walks the enum on every call; merging asks millions of times.
_RANK = {g: g.rank for g in Granularity}
#: One empty set for every profile without names, kinds…: CPython makes a new 216-byte
#: object for each ``frozenset()``, and a merge keeps a profile of every event.
_NONE: frozenset[str] = frozenset()
_DAY = Granularity.DAY.rank


@dataclass(frozen=True, slots=True)
class Profile:
    """What two reports are compared on.

    ``language`` is guessed from the sentence's function words; a report in a language
    other than English also offers its names (``foreign``) as index features, so that
    an English report of the same day shares a feature with it. The cross-language
    cues themselves (:func:`event_anchors`) are only computed when two reports in two
    languages are compared, so English-only timelines do not pay for them.
    """

    event: Event
    quote_words: frozenset[str]
    title_words: frozenset[str]
    names: frozenset[str]
    kinds: frozenset[str]
    language: str = ""
    foreign: frozenset[str] = frozenset()
    #: The sentence (case and spacing aside) and the date value: one event, wherever.
    key: tuple[str, str] = ("", "")
    #: Coined names with a digit in them ("s-400"), a subset of ``names``.
    coined: frozenset[str] = frozenset()
    #: What a related report must share with this one to be compared at all: title
    #: words, names, kinds (and ``foreign``).
    features: frozenset[str] = frozenset()

    @classmethod
    def of(cls, event: Event) -> Profile:
        named = {n.lower() for n in (*event.actors, *event.places)}
        # A merged event speaks with all its sources' sentences, not just its lead's.
        quotes = [q for q in dict.fromkeys(s.quote for s in event.sources) if q]
        if len(quotes) > 1:
            parts = [_sentence(q) for q in quotes]
            stems = frozenset().union(*(p.stems for p in parts)) or _NONE
            coined = frozenset().union(*(p.coined for p in parts)) or _NONE
            language = _most_said(p.language for p in parts)
        else:
            stems, coined, language = _sentence(quotes[0] if quotes else event.quote)
        foreign: frozenset[str] = _NONE
        if language not in ("", "en") and _RANK[event.when.granularity] <= _DAY:
            words = {w for name in event_anchors(event).names for w in name}
            foreign = frozenset(words | {stem(w) for w in words})
        title = _words(event.title)
        names = frozenset(named | coined) if named else coined
        kinds = event_words(event.title) or _NONE
        features = title | names | kinds | foreign if names or kinds or foreign else title
        return cls(
            event,
            stems,
            title,
            names,
            kinds,
            language,
            foreign,
            (" ".join(event.quote.lower().split()), event.when.value),
            coined,
            features,
        )


@functools.lru_cache(maxsize=65536)
def event_anchors(event: Event) -> Anchors:
    """Names, numbers and cognates of every source sentence, and the parsed names."""
    parts = [anchors(s.quote, s.date_start - s.start, s.date_end - s.start) for s in event.sources]
    parsed = tuple(frozenset(fold(w) for w in n.split()) for n in (*event.actors, *event.places))
    return Anchors(
        tuple(dict.fromkeys([*parsed, *(n for p in parts for n in p.names)])),
        frozenset().union(*(p.numbers for p in parts)),
        frozenset().union(*(p.cognates for p in parts)),
    )


class _Said(NamedTuple):
    """What one sentence contributes to a profile."""

    stems: frozenset[str]
    coined: frozenset[str]
    language: str


@functools.lru_cache(maxsize=1 << 16)
def _sentence(quote: str) -> _Said:
    """Stemmed content words, coined names and language of one sentence.

    Cached by sentence: a merged event's profile is its sources' sentences together, and
    each pass that merges would otherwise tokenise and stem them all again.
    """
    tokens = _TOKEN.findall(quote.lower())
    coined = frozenset(w for w in tokens if _CODED_NAME.match(w)) or _NONE
    return _Said(_stems(tokens) or _NONE, coined, words_language(tokens))


def _most_said(languages: Iterable[str]) -> str:
    """The language most of a merged event's sentences are in (the first one's on a tie).

    Voting by sentence, not by counting function words over all of them: two English
    sentences each with a French-looking "a" are English, not French.
    """
    counts = Counter(code for code in languages if code)
    return counts.most_common(1)[0][0] if counts else ""


def forget_sentences() -> None:
    """Drop the per-sentence cache (benchmarks time a first merge with it empty)."""
    _sentence.cache_clear()


def _stems(tokens: list[str]) -> frozenset[str]:
    """:func:`_words` of an already tokenised, lower-cased text."""
    return frozenset(stem(w) for w in tokens if w not in _STOPWORDS and not w.isdigit())


def _words(text: str) -> frozenset[str]:
    """Stemmed content words: no stopwords, date words or bare numbers."""
    found = frozenset(
        stem(w) for w in _TOKEN.findall(text.lower()) if w not in _STOPWORDS and not w.isdigit()
    )
    return found or _NONE


def _date_relation(a: Event, b: Event) -> str:
    """ "same", "nested" (one span inside the other) or "" for unrelated dates."""
    wa, wb = a.when, b.when
    # spans as day ordinals (ints compare far faster than Day objects)
    (a0, a1), (b0, b1) = wa.sort_key(), wb.sort_key()
    if wa.value == wb.value or (a0 == b0 and a1 == b1):
        return "same"  # also "on Tuesday" and "at 2:07 p.m. on Tuesday": one day
    a_in_b = b0 <= a0 and a1 <= b1
    b_in_a = a0 <= b0 and b1 <= a1
    return "nested" if a_in_b or b_in_a else ""


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def alike(a: Profile, b: Profile, related: set[frozenset[str]]) -> bool:
    """Same date and close enough wording for two reports to be one happening?"""
    relation = _date_relation(a.event, b.event)
    if not relation:
        return False
    if a.language and b.language and a.language != b.language:
        # Reports in two languages: one exact day, and names or amounts in common.
        one_day = max(_RANK[a.event.when.granularity], _RANK[b.event.when.granularity]) <= _DAY
        if relation != "same" or not one_day:
            return False
        return cross_language_alike(event_anchors(a.event), event_anchors(b.event))
    jq = _jaccard(a.quote_words, b.quote_words)
    if relation == "nested":
        return jq >= NESTED_QUOTE
    jt = _jaccard(a.title_words, b.title_words)
    if jq >= SAME_DATE_QUOTE or jt >= SAME_DATE_TITLE:
        return True
    one_day = max(_RANK[a.event.when.granularity], _RANK[b.event.when.granularity]) <= _DAY
    if one_day and a.kinds and b.kinds:
        # One day, and both say what happened: the same kind of happening, told about
        # the same named thing (or in documents about it), is one event; different
        # kinds ("launched", "docked") are different events whatever else they share.
        if not a.kinds & b.kinds:
            return False
        documents = frozenset((*a.event.documents, *b.event.documents))
        return bool(a.names & b.names) or documents in related
    if not a.names & b.names:
        return False
    if one_day:
        # The same day and the same named party or thing: news rarely means two things.
        return jt >= SAME_DAY_TITLE or jq >= SAME_DAY_QUOTE
    return jt >= SHARED_NAME_TITLE or jq >= SHARED_NAME_QUOTE
