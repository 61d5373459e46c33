"""Mentions that look like calendar dates but do not date a happening.

The tagger finds time expressions; whether one places an *event* depends on its
surroundings. These rules read the mention's neighbours and say no when:

* it recurs: "every April", "daily from 10:00 to 18:00", "until 9 p.m. on Fridays",
  "every year on 11 November" (and whatever names that same day in the sentence);
* it only refines another date: a bare clock time in a sentence that has a date;
* it is only a bound: "less than four months later", "within days";
* it is part of a name: "the Mars 2020 mission", "the Tokyo 2020 Olympics";
* it only describes a thing: a season used as a modifier ("its summer show");
* it is a name: a month that acts ("and May announced …");
* it dates the page itself: "This article was published on … and updated on …",
  "Posted on Tuesday, March 12th, 2024 in Transport";
* it only dates an expectation: "a decision is expected before the end of the month"
  (but "the line is expected to open in 2026" names a happening, and stays).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline_app.core.sentences import Span as CharSpan
from timeline_app.core.sentences import sentence_at
from timeline_app.model import Mention
from timeline_app.model.mention import DATE, SET, TIME

if TYPE_CHECKING:
    from spacy.tokens import Span

#: Characters between a time and a set that make them one expression ("10 p.m. on Fridays").
ADJACENT = 4
_EVERY = re.compile(r"\b(?:every|each|per)\s+$", re.I)
_NAME_BEFORE = re.compile(r"([A-Z][\w'’-]*)\s+$")
#: Capitalised words that precede a year without making a name of it.
_NOT_NAMES = frozenset(
    str.split(
        "in on at by of since until till before after from during around circa about early "
        "late mid the a an and or to through between christmas easter spring summer autumn "
        "fall winter january february march april may june july august september october "
        "november december jan feb mar apr jun jul aug sep sept oct nov dec ad bc ce bce fy q1 "
        "q2 q3 q4 h1 h2 monday tuesday wednesday thursday friday saturday sunday mon tue wed "
        "thu fri sat sun"
    )
)
_BOUNDED_OFFSET = re.compile(
    r"^(?:less|more|fewer)\s+than\b|^(?:within|at\s+least|at\s+most|up\s+to)\b.*"
    r"|.*\b(?:or\s+so|or\s+more|or\s+less)\s+(?:later|earlier|before|after)$",
    re.I,
)
_MONTH_DAY = re.compile(r"^[A-Z][a-z]{2,8}\.?\s+\d{1,2}$")
#: What joins a set to the date it recurs on: "every year on 11 November".
_SET_ANCHOR = re.compile(r"\s+(?:on|in|at|during)\s+$")
_SEASON_ONLY = re.compile(
    r"^(?:the\s+|this\s+|last\s+|next\s+)?(?:spring|summer|autumn|fall|winter)$", re.I
)
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)")
_NOT_NOUNS = frozenset(
    str.split(
        "of in on at to for from by with and or but as when while after before is was were "
        "are be been has had have will would could should may might can did does do it he she "
        "they we i you its their his her our this that these those there then so than"
    )
)
_MONTH_NAMES = frozenset(
    str.split(
        "january february march april may june july august september october november december"
    )
)
_SEASONS = frozenset(("spring", "summer", "autumn", "fall", "winter"))


def not_happenings(text: str, sentences: list[CharSpan], mentions: list[Mention]) -> set[int]:
    """Indices of ``mentions`` that must not become events (see module docstring)."""
    by_sentence: dict[CharSpan | None, list[int]] = {}
    for i, mention in enumerate(mentions):
        by_sentence.setdefault(sentence_at(sentences, mention.start), []).append(i)
    skip = set()
    for sent, members in by_sentence.items():
        recurring: set[str] = set()
        for i in members:
            mention = mentions[i]
            siblings = [mentions[j] for j in members if j != i] if sent is not None else []
            if _recurs(text, mention, siblings):
                recurring.add(mention.value)
                skip.add(i)
            elif (
                _vague_offset(mention)
                or _refines_a_date(mention, siblings)
                or part_of_name(text, mention, sent)
            ):
                skip.add(i)
        # "Armistice Day is marked every year on 11 November": what names the same day
        # as a recurring date in that sentence recurs too.
        if sent is not None:
            skip.update(i for i in members if mentions[i].value in recurring)
    return skip


def _vague_offset(mention: Mention) -> bool:
    """ "less than four months later", "within days": a bound, not a day on the calendar."""
    return bool(_BOUNDED_OFFSET.match(mention.text))


def _recurs(text: str, mention: Mention, siblings: list[Mention]) -> bool:
    if _EVERY.search(text[max(0, mention.start - 12) : mention.start]):
        return True
    sets = [s for s in siblings if s.type == SET]
    if any(_SET_ANCHOR.match(text, s.end, mention.start) for s in sets if s.end <= mention.start):
        return True  # "every year on 11 November", "each spring in April"
    if mention.type != TIME:
        return False
    if any(_gap(mention, s) <= ADJACENT for s in sets):
        return True
    # "open daily from 10:00 to 18:00": a clock time resolved only against the reference
    # day, in a sentence about something that repeats, is an opening hour, not an event.
    return mention.relative and bool(sets)


def _refines_a_date(mention: Mention, siblings: list[Mention]) -> bool:
    """A clock time with no date of its own, next to a date of the same sentence.

    "touched down at 6:23 a.m. on Sunday": the day is the event; the time, resolved
    against the reference day on its own, would add a second (and maybe wrong) one.
    """
    if mention.type != TIME or not mention.relative or not _bare_clock(mention.text):
        return False  # "hier après-midi", "gestern um 15 Uhr" name their own day

    return any(
        s.when is not None and not s.unresolved and (s.type == DATE or not s.relative)
        for s in siblings
    )


#: What a clock time alone is made of: "6:23 a.m.", "15 Uhr", "15 h 30", "10 GMT".
_CLOCK_WORDS = re.compile(r"[\d\s:.,]|a\.?m\.?|p\.?m\.?|o'clock|uhr|heures?|horas?|\bh\b|gmt|utc")


def _bare_clock(text: str) -> bool:
    """A time of day written without a day ("6:23 a.m."), not "yesterday at 3 p.m."."""
    return not _CLOCK_WORDS.sub("", text.lower())


def part_of_name(text: str, mention: Mention, sent: CharSpan | None) -> bool:
    """A bare year or a year-less "March 5" right after a capitalised word.

    "the Mars 2020 mission", "a Long March 5 rocket": the capitalised word before them
    (not a preposition, weekday or month, and not the sentence's first word) makes a name.
    """
    bare_year = mention.text.isdigit() and 2 <= len(mention.text) <= 4
    if not (bare_year or _MONTH_DAY.match(mention.text)) or sent is None:
        return False
    before = text[sent[0] : mention.start]
    m = _NAME_BEFORE.search(before)
    if m is None or m.start() == 0:  # nothing before, or the sentence's first word
        return False
    return m.group(1).lower() not in _NOT_NAMES


def _gap(a: Mention, b: Mention) -> int:
    """Characters between two mentions (negative when they overlap)."""
    return max(a.start, b.start) - min(a.end, b.end)


def season_modifier(text: str, mention: Mention, sent: Span | None, date_tokens: set[int]) -> bool:
    """A lone season word modifying a noun ("its summer show", "the winter break").

    Read from the parse when there is one; otherwise from the next word, which must
    look like a noun: lowercase and not a function word, verb form or adverb.
    """
    if sent is None:
        return _season_before_noun(text, mention)
    words = [sent.doc[i] for i in sorted(date_tokens) if sent.doc[i].pos_ != "DET"]
    if len(words) != 1:
        return False
    token = words[0]
    return (
        token.text.lower() in _SEASONS
        and token.dep_ in ("compound", "amod", "nmod")
        and token.head.i not in date_tokens
        and token.head.pos_ in ("NOUN", "PROPN")
    )


def _season_before_noun(text: str, mention: Mention) -> bool:
    if _SEASON_ONLY.match(mention.text) is None:
        return False
    m = _NEXT_WORD.match(text, mention.end)
    if m is None:
        return False
    word = m.group(1)
    return word.islower() and word not in _NOT_NOUNS and not word.endswith(("ed", "ly"))


def month_as_agent(sent: Span | None, date_tokens: set[int]) -> bool:
    """A bare month name that does something ("and May announced…"): a person, not a date.

    Months rarely act; when the parser makes one the subject of a full verb (not "was"),
    the word is a name that happens to be a month.
    """
    if sent is None:
        return False
    words = [sent.doc[i] for i in sorted(date_tokens) if sent.doc[i].pos_ != "DET"]
    if len(words) != 1:
        return False
    token = words[0]
    return (
        token.text.lower() in _MONTH_NAMES
        and token.dep_ in ("nsubj", "nsubjpass")
        and token.head.pos_ == "VERB"
    )


#: Verbs of expecting: the date they govern dates a guess, not a happening.
_EXPECTING = frozenset(
    str.split(
        "expected expect expects anticipated anticipate anticipates forecast forecasts "
        "predicted predict predicts projected"
    )
)


def expectation(sent: Span | None, date_tokens: set[int]) -> bool:
    """The date belongs to a verb of expecting that has no happening of its own.

    "A decision is expected before the end of the month", "analysts expect a ruling in
    June": what the date places is a guess about a decision. With an infinitive ("is
    expected to open in 2026") the date belongs to "open", a happening, and the event
    stays.
    """
    if sent is None or not date_tokens:
        return False
    doc = sent.doc
    top = next((doc[i] for i in sorted(date_tokens) if doc[i].head.i not in date_tokens), None)
    verb = top.head if top is not None else None
    while verb is not None and verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head  # "before the end of the month": climb to the verb
    if verb is None or verb.text.lower() not in _EXPECTING:
        return False
    return not any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)


#: A sentence about the page rather than the news: its publication, update or posting.
_ABOUT_THE_PAGE = re.compile(
    r"^\s*(?:this\s+(?:article|story|page|post|blog\s+post|entry|web\s*page)\s+"
    r"(?:was|has\s+been|is|had\s+been)\s+(?:first\s+|last\s+|originally\s+)?"
    r"(?:published|updated|posted|modified|amended|corrected|edited|revised)\b"
    # "Posted on Tuesday, …", "Last updated: 13 March": a label, then the date
    r"|(?:first\s+|last\s+|originally\s+)?(?:published|updated|posted|modified)"
    r"(?:\s+on\b|\s*:))",
    re.IGNORECASE,
)


def about_the_page(quote: str) -> bool:
    """Does the sentence date the article itself (its posting or last update)?

    Datelines and "Published …" lines are found by :mod:`timeline_app.core.reference`;
    this catches the same boilerplate written as a sentence or with words after the
    date ("Posted on Tuesday, March 12th, 2024 in Transport").
    """
    return bool(_ABOUT_THE_PAGE.match(quote))
