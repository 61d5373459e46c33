"""Events from one document: a sentence plus an anchored date that places a happening.

The convention (shared with the annotated evaluation data): every DATE/TIME mention
that resolves to a calendar span and sits in a sentence that says something happened
yields one event, with the whole sentence as its quote. Durations ("nearly two
weeks"), sets ("every Monday"), vague references ("now", "recently"), relative dates
with nothing to resolve them against, and dates in bylines, "Published …" and copyright
lines never do. Same-day retellings of one happening in this document (the lead, a later
detail, a photo caption) become one event with every sentence as a source
(:mod:`timeline_app.core.docmerge`), and an event read only from a photo caption takes its
title from the article's own sentence about it (:mod:`timeline_app.core.captions`);
repeats across documents are merged later, by
:mod:`timeline_app.core.dedupe`.

This function is pure: it reads the ``Doc`` and never changes it.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from typing import TYPE_CHECKING

from timeline_app.core import tagger
from timeline_app.core.actors import actors_and_places
from timeline_app.core.captions import retitle_captions
from timeline_app.core.docmerge import merge_same_day
from timeline_app.core.eventfilters import (
    about_the_page,
    expectation,
    month_as_agent,
    not_happenings,
    part_of_name,
    season_modifier,
)
from timeline_app.core.language import has_parser, uses_english_parse
from timeline_app.core.parsing import parse_documents
from timeline_app.core.reference import metadata_spans
from timeline_app.core.sentences import Span as CharSpan
from timeline_app.core.sentences import sentence_at, sentence_spans
from timeline_app.core.titles import parse_title
from timeline_app.core.titles_ud import ud_title
from timeline_app.core.titletext import fallback_title
from timeline_app.model import Document, Event, Granularity, Mention, Provenance
from timeline_app.model.event import event_id
from timeline_app.model.mention import DATE, TIME

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

#: How sure a date of each precision makes us that the sentence dates a happening.
_BASE_CONFIDENCE = {
    Granularity.TIME: 0.9,
    Granularity.DAY: 0.9,
    Granularity.WEEK: 0.75,
    Granularity.MONTH: 0.85,
    Granularity.SEASON: 0.75,
    Granularity.QUARTER: 0.75,
    Granularity.HALF: 0.7,
    Granularity.YEAR: 0.8,
    Granularity.DECADE: 0.6,
    Granularity.CENTURY: 0.55,
    Granularity.MILLENNIUM: 0.5,
}
_VAGUE_VALUES = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")
_WORD = re.compile(r"[A-Za-z]+")
_ANY_WORD = re.compile(r"[^\W\d_]+")
#: What follows the date in a key-dates list entry ("1990 – Germany is reunified").
_TIMELINE_ENTRY = re.compile(r"\s*[–—:-]+\s")
#: Words (besides the date) a verbless sentence needs to count as a mis-parsed caption.
_CAPTION_WORDS = 6


@dataclasses.dataclass(frozen=True, slots=True)
class _Context:
    """What every event of one document shares."""

    document: Document
    doc: Doc | None
    sentences: list[CharSpan]
    metadata: list[CharSpan]
    entities: tuple[Span, ...]
    mentions: tuple[Mention, ...]


def extract_events(
    document: Document,
    *,
    doc: Doc | None = None,
    mentions: list[Mention] | None = None,
    parse: bool = True,
) -> list[Event]:
    """Dated events of one document, in text order, not yet de-duplicated.

    Args:
        document: the article; its ``reference_date`` resolves relative dates.
        doc: a spaCy ``Doc`` of exactly ``document.text`` (from ``nlp.pipe``); parsed
            here when None and ``parse`` is true and a model is installed.
        mentions: the tagger's mentions of ``document.text``; tagged here when None.
        parse: allow parsing here (False keeps unit tests and callers without a model
            on the rule-based path).

    Returns:
        One event per (sentence, anchored mention) that dates a happening.
    """
    text = document.text
    if doc is None and parse and has_parser(document.language):
        doc = next(parse_documents([text], language=document.language or "en"))
    if doc is not None and doc.text != text:
        doc = None  # offsets would not line up; rules are better than wrong tokens
    if mentions is None:
        mentions = tagger.tag(text, reference=document.reference_date, doc=doc,
                              language=document.language)  # fmt: skip
    entities = tuple(doc.ents) if doc is not None else ()
    ctx = _Context(
        document,
        doc,
        sentence_spans(text, doc),
        metadata_spans(text, document.language),
        entities,
        tuple(sorted(mentions, key=lambda m: m.start)),
    )
    events = []
    skip = not_happenings(text, ctx.sentences, mentions)
    for i, mention in enumerate(mentions):
        if i in skip:
            continue
        event = _event_for(ctx, mention)
        if event is not None:
            events.append(event)
    events = merge_same_day(events, text)
    return retitle_captions(events, doc, ctx.sentences, ctx.mentions)


def is_anchored(mention: Mention) -> bool:
    """A mention that can place something on the calendar (not a duration, set, or "now")."""
    if mention.type not in (DATE, TIME) or mention.when is None or mention.unresolved:
        return False
    return not any(mention.value.startswith(v) for v in _VAGUE_VALUES)


def _event_for(ctx: _Context, mention: Mention) -> Event | None:
    if not is_anchored(mention) or _inside_any(ctx.metadata, mention.start, mention.end):
        return None
    quote_span = _quote_span(ctx, mention)
    if quote_span is None:
        return None
    qs, qe = quote_span
    text = ctx.document.text
    quote = text[qs:qe]
    if about_the_page(quote):
        return None
    sent = _doc_span(ctx.doc, qs, qe)
    date_tokens = _date_tokens(sent, mention)
    if season_modifier(text, mention, sent, date_tokens) or month_as_agent(sent, date_tokens):
        return None
    if expectation(sent, date_tokens):
        return None
    has_verb = _has_verb(sent, date_tokens) if sent is not None else None
    agglutinative = ctx.document.language in _FEW_WORDS_LANGUAGES
    if not has_verb and not _clause_like(quote, mention, qs, strict=has_verb is False,
                                         min_words=2 if agglutinative else 3,
                                         language=ctx.document.language):  # fmt: skip
        return None
    others = _other_dates(ctx, sent, mention) if sent is not None else set()
    language = ctx.document.language
    title_of = parse_title if uses_english_parse(language) else ud_title  # French: UD labels
    title = title_of(sent, date_tokens, others) if sent is not None else None
    parsed = title is not None
    if title is None:
        title = fallback_title(quote, mention.start - qs, mention.end - qs, language=language,
                               others=_other_spans(ctx, mention, qs, qe))  # fmt: skip
    actors, places = (
        actors_and_places(sent, date_tokens, ctx.entities) if sent is not None else ((), ())
    )
    assert mention.when is not None  # is_anchored checked it
    when = mention.when
    if not when.text:
        when = dataclasses.replace(when, text=mention.text)
    return Event(
        id=event_id(quote, when.value),
        title=title,
        when=when,
        quote=quote,
        sources=(Provenance(ctx.document.id, qs, qe, mention.start, mention.end, quote),),
        actors=actors,
        places=places,
        confidence=_confidence(mention, has_verb=has_verb, parsed=parsed, quote=quote),
    )


def _quote_span(ctx: _Context, mention: Mention) -> CharSpan | None:
    """The sentence holding the mention, without a dateline prefix in front of it."""
    first = sentence_at(ctx.sentences, mention.start)
    last = sentence_at(ctx.sentences, max(mention.start, mention.end - 1))
    if first is None or last is None:
        return None
    start, end = first[0], last[1]
    for m_start, m_end in ctx.metadata:
        if m_start <= start < m_end < end:
            start = m_end
    text = ctx.document.text
    while start < end and text[start].isspace():
        start += 1
    return (start, end) if start <= mention.start else None


def _inside_any(spans: list[CharSpan], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _doc_span(doc: Doc | None, start: int, end: int) -> Span | None:
    """The ``Doc`` tokens of a character span (expanded to token edges), or None."""
    if doc is None:
        return None
    return doc.char_span(start, end, alignment_mode="expand")


def _other_spans(ctx: _Context, mention: Mention, qs: int, qe: int) -> list[CharSpan]:
    """The quote's other anchored dates, as offsets into the quote (left out of a rule title)."""
    first = bisect.bisect_left(ctx.mentions, qs, key=lambda m: m.start)
    return [(m.start - qs, m.end - qs) for m in ctx.mentions[first:]
            if m.start < qe and m is not mention and m.end <= qe and is_anchored(m)]  # fmt: skip


def _other_dates(ctx: _Context, sent: Span, mention: Mention) -> set[int]:
    """Tokens of the sentence's other temporal expressions (kept out of the title)."""
    first = bisect.bisect_left(ctx.mentions, sent.start_char, key=lambda m: m.start)
    last = bisect.bisect_left(ctx.mentions, sent.end_char, key=lambda m: m.start)
    span = (sent.start_char, sent.end_char)
    text = ctx.document.text
    # "a Long March 5 rocket", "the current agreement": a date-like name, or a word that
    # only says "now", stays in the title.
    others = [
        m
        for m in ctx.mentions[first:last]
        if m is not mention and not part_of_name(text, m, span) and not _adjective_now(sent, m)
    ]
    return set().union(*(_date_tokens(sent, m) for m in others))


def _adjective_now(sent: Span, mention: Mention) -> bool:
    """ "current", "present": a vague reference that is only an adjective."""
    if not any(mention.value.startswith(v) for v in _VAGUE_VALUES):
        return False
    tokens = [sent.doc[i] for i in _date_tokens(sent, mention)]
    return bool(tokens) and all(t.pos_ == "ADJ" for t in tokens)


def _date_tokens(sent: Span | None, mention: Mention) -> set[int]:
    """``Token.i`` of every token that overlaps the date phrase."""
    if sent is None:
        return set()
    return {t.i for t in sent if t.idx < mention.end and t.idx + len(t.text) > mention.start}


def _has_verb(sent: Span, date_tokens: set[int]) -> bool | None:
    """Does the sentence have a verb outside the date? None when there are no POS tags."""
    if not sent.doc.has_annotation("POS") and not sent.doc.has_annotation("TAG"):
        return None
    return any(t.pos_ in ("VERB", "AUX") for t in sent if t.i not in date_tokens)


#: Languages that say in two long words what others say in four ("Proje 2025
#: sonbaharında tamamlanacak": "the project will be completed in autumn 2025").
_FEW_WORDS_LANGUAGES = frozenset(("fi", "tr"))


def _clause_like(
    quote: str,
    mention: Mention,
    quote_start: int,
    *,
    strict: bool,
    min_words: int = 3,
    language: str = "",
) -> bool:
    """Is there enough text besides the date to say that something happened?

    Without a parse, or in a key-dates entry ("09.11.1989 – the border crossings
    open"), three words will do. When the parser found no verb (``strict``), only a
    full sentence passes: long, and closed by a full stop like a caption ("A fighter
    jet lands at the base, January 19, 2022.", where "lands" was read as a noun), while
    headlines, which have no full stop, do not.
    """
    rest = quote[: mention.start - quote_start] + quote[mention.end - quote_start :]
    words = word_count(rest, language)
    entry = mention.start == quote_start and _TIMELINE_ENTRY.match(rest)
    if not strict or entry:
        return words >= min_words
    body = re.sub(r"\s*\([^()]*\)$", "", quote)  # a "(Photo: …)" credit after the stop
    return words >= _CAPTION_WORDS and body.endswith((".", "!", "?"))


def word_count(text: str, language: str) -> int:
    """How many words ``text`` has: ASCII words for English and the hand-kept languages
    (their figures were tuned so), words of any script for the others ("Вчера власти
    открыли мост"), and one word per two characters in scripts without spaces
    ("市は昨日橋を開通させた")."""
    from timeline_app.core.timex_intl import LANGUAGES, supports
    from timeline_app.core.timex_intl.longtail import SPACELESS

    if language in LANGUAGES or not supports(language):
        return len(_WORD.findall(text))
    if language in SPACELESS:
        return sum(ch.isalpha() for ch in text) // 2
    return len(_ANY_WORD.findall(text))


def _confidence(mention: Mention, *, has_verb: bool | None, parsed: bool, quote: str) -> float:
    """A 0..1 score from date precision and how clearly the sentence reports a happening."""
    assert mention.when is not None
    score = _BASE_CONFIDENCE.get(mention.when.granularity, 0.6)
    if mention.when.approximate:
        score -= 0.1
    if mention.relative:
        score -= 0.05
    if mention.mod in ("BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER"):
        score -= 0.1
    if not has_verb:
        score -= 0.1 if has_verb is None else 0.15
    elif parsed:
        score += 0.05
    if len(quote.split()) < 5:
        score -= 0.1
    return round(min(0.99, max(0.05, score)), 3)
