"""Short "who did what" titles for events, from the dependency parse or from rules.

The quote already says everything; the title is what the timeline can show in a few
words, so it keeps the clause that the date belongs to (subject, verb, object, one or
two prepositional phrases) and drops the date itself, leading adverbials, appositions
(", a NATO member,"), relative clauses and concessive phrases ("despite …").

A date that is the clause's subject or object stays ("The 2020s have been crowded"). A
clause without a subject of its own borrows the one the parse implies: the noun before
a comma for a participle ("Chang'e-6, launched on 3 May"), the main clause's for a
joined verb. A pronoun subject becomes the name it clearly stands for
(:mod:`timeline_app.core.antecedents`); the words of each part come from
:mod:`timeline_app.core.titlephrases`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline_app.core.antecedents import rename_subject
from timeline_app.core.titlephrases import (
    RELATIVE_PRONOUNS,
    Blocked,
    glued,
    infinitive,
    keep_prep,
    phrase,
    relative_object,
    render,
)
from timeline_app.core.titletext import MAX_CHARS, MAX_WORDS, cut_words, finish_title
from timeline_app.core.wordsets import word_set

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "csubjpass")
_FINITE = ("VBD", "VBZ", "VBP")
_OBJECTS = ("dobj", "dative", "attr", "oprd", "acomp", "xcomp", "agent")
_DECADE = re.compile(r"\d0s$|^'\d0s$")
#: Nouns that name a period as a thing ("The decade that followed was calmer").
_PERIODS = word_set("decade decades century centuries era years")
#: Adverbs that complete a verb of motion ("came home", "brought back", "lifted off").
_DIRECTIONS = word_set("home back away abroad ashore aloft overseas together apart off out live")


def parse_title(
    sent: Span, date_tokens: set[int], other_dates: set[int] | None = None
) -> str | None:
    """Title of the clause that the date tokens (``Token.i`` values) belong to.

    ``other_dates`` are the tokens of the sentence's other date phrases, kept out of
    the title. Returns None when the date is not attached to any verb (a bare headline
    or a list item), so the caller can fall back to a rule-based title.
    """
    blocked = Blocked(date_tokens, (other_dates or set()) - date_tokens, sent.start, sent.end)
    verb = _governing_verb(sent, blocked)
    if verb is None:
        return None
    if _date_is_argument(verb, blocked.dates):
        # "The 2020s have been crowded", "The race … defined the 1960s": without its
        # date the clause says nothing, so the date stays in the title.
        blocked = Blocked(set(), blocked.others, sent.start, sent.end)
    parts = _clause_parts(verb, blocked)
    if not parts["subject"] and verb.tag_ in _FINITE:
        return None  # a finite verb without a subject: the parse went wrong
    tokens = _shorten(_assemble(parts, blocked, deep=True))
    if _length(tokens) > MAX_WORDS or len(render(tokens)) > MAX_CHARS:
        tokens = _assemble(parts, blocked, deep=False)  # noun phrases cut to their cores
    title = finish_title(cut_words(_fronted_participle(tokens, parts, verb) or render(tokens)))
    if title and parts["subject"]:
        title = finish_title(cut_words(rename_subject(title, parts["subject"][0])))
    return title or None


def _fronted_participle(tokens: list[Token], parts: dict[str, list[Token]], verb: Token) -> str:
    """ "Born in Porto on 9 May 1941, she began …": the participle clause before the
    subject it borrows is told as "she was born in Porto", not "Born in Porto she"."""
    subject = parts["subject"][0] if parts["subject"] else None
    if subject is None or verb.tag_ != "VBN" or verb.dep_ != "advcl" or subject.i < verb.i:
        return ""
    if any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children):
        return ""  # "Having lost …", "When asked …": not a bare passive participle
    front = [t for t in tokens if t.i < subject.left_edge.i]
    back = [t for t in tokens if t.i >= subject.left_edge.i]
    if not front or not back:
        return ""
    be = (
        "were"
        if subject.tag_ in ("NNS", "NNPS") or subject.text.lower() in ("they", "we")
        else "was"
    )
    first = front[0].text
    lowered = first if front[0].pos_ == "PROPN" else first[:1].lower() + first[1:]
    return f"{render(back)} {be} {lowered}{render(front)[len(first) :]}"


def _length(tokens: list[Token]) -> int:
    return len(render(tokens).split())


def _shorten(tokens: list[Token]) -> list[Token]:
    """Drop prepositional phrases, last first, until the title fits.

    "Chang'e-4 made the first landing ever achieved on the far side in the Von Kármán
    crater" loses "in the Von Kármán crater", not its object; then a second verb
    joined by "and" goes.
    """
    while _length(tokens) > MAX_WORDS or len(render(tokens)) > MAX_CHARS:
        cut = [t for t in tokens if t.dep_ in ("prep", "agent")]
        if not cut:  # "agreed to triple capacity and to reach net zero": keep the first
            cut = [t for t in tokens if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX")]
        if not cut:
            break
        last = max(cut, key=lambda t: t.i)
        dropped = {t.i for t in last.subtree}
        dropped |= {c.i for c in last.head.children if c.dep_ == "cc" and c.i < last.i}
        tokens = [t for t in tokens if t.i not in dropped]
    return tokens


def _governing_verb(sent: Span, blocked: Blocked) -> Token | None:
    """The verb whose clause holds the date: climb the tree from the date's head."""
    inside = [t for t in sent if t.i in blocked.dates]
    if not inside:
        return None
    tok = next((t for t in inside if t.head.i not in blocked or t.head == t), inside[0])
    while True:
        # "including", "following" tagged VERB but used as prepositions: keep climbing
        if tok.pos_ in ("VERB", "AUX") and tok.i not in blocked and tok.dep_ != "prep":
            break
        if tok.head == tok or tok.head.i in blocked.outside:
            return None  # the parse ties the date to another sentence: do not guess
        tok = tok.head
    # "plans to buy in 2025", "expect the terminal to open in 2026": the happening is
    # the governing verb with its infinitive.
    while True:
        if tok.head.pos_ in ("VERB", "AUX") and (
            tok.dep_ == "xcomp" or (tok.dep_ == "ccomp" and infinitive(tok))
        ):
            tok = tok.head
        elif tok.dep_ == "xcomp" and tok.head.dep_ == "acomp" and tok.head.pos_ == "ADJ":
            tok = tok.head.head  # "is due to meet in June", "is likely to rise in 2025"
        elif _infinitive_of_object(tok):
            tok = tok.head.head  # "became the first mission to return soil in 1970"
        else:
            return tok


def _infinitive_of_object(verb: Token) -> bool:
    """ "the first mission to return soil": an infinitive describing the verb's object."""
    noun = verb.head
    return (
        verb.dep_ in ("acl", "relcl")
        and infinitive(verb)
        and noun.dep_ in ("attr", "dobj", "oprd")
        and noun.head.pos_ in ("VERB", "AUX")
    )


def _date_is_argument(verb: Token, dates: set[int]) -> bool:
    """Is the date phrase the verb's subject or object rather than an adverbial?

    Only a period named as a thing counts ("the 1960s", "the decade"): the parser also
    makes objects of adverbials ("settled around 3000 BC", "began the next morning").
    """
    doc = verb.doc
    tops = [doc[i] for i in dates if doc[i].head.i not in dates or doc[i].head.i == i]
    return any(
        t.head == verb
        and t.dep_ in (*_SUBJECTS, "dobj", "attr")
        and (_DECADE.search(t.text) is not None or t.text.lower() in _PERIODS)
        for t in tops
    )


def _clause_parts(verb: Token, blocked: Blocked) -> dict[str, list[Token]]:
    """The building blocks of a title: subject, verb group, objects, prepositions."""
    subjects = _subjects(verb, blocked)
    group = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg", "prt")]
    group += [c for c in verb.children if _direction(verb, c)]
    objects = [c for c in verb.children if c.dep_ in _OBJECTS and c.i not in blocked]
    # "struck its surface in 1959, the first object to …": a second "object" set off
    # by a comma is an apposition to the whole clause, not what was struck.
    objects = objects[:1] + [o for o in objects[1:] if not _after_comma(o)]
    if not objects:
        objects = [c for c in verb.children if c.dep_ == "ccomp"][:1]
    preps = [
        c for c in verb.children if c.dep_ == "prep" and c.i > verb.i and keep_prep(c, blocked)
    ][:2]
    return {
        "subject": subjects,
        "verb": [verb, *group],
        "objects": objects,
        "preps": preps,
    }


def _direction(verb: Token, child: Token) -> bool:
    """ "came home", "brought back": an adverb the verb needs to say what happened."""
    return (
        child.dep_ in ("advmod", "npadvmod")
        and child.i > verb.i
        and child.text.lower() in _DIRECTIONS
        and not _after_comma(child)
    )


def _after_comma(token: Token) -> bool:
    """Does the token's phrase follow a comma (an apposition, a side remark)?"""
    first = token.left_edge.i
    return first > 0 and token.doc[first - 1].text == ","


def _subjects(verb: Token, blocked: Blocked) -> list[Token]:
    """The verb's subject(s); borrowed from the head for conjoined or relative clauses.

    All subject dependents are kept: the small model sometimes splits one noun phrase
    into two ("A magnitude | 6.1 earthquake struck").
    """
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS and c.i not in blocked]
    if subjects and subjects[0].text.lower() in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return [verb.head]
    if subjects:
        return subjects
    if verb.tag_ in _FINITE and any(c.dep_ == "mark" for c in verb.children):
        # "after the crew left": a finite subordinate clause has a subject of its own
        # (the parser sometimes hangs it on "after"); never borrow the main clause's.
        return [c for m in verb.children for c in m.children if c.dep_ in ("pobj", "nsubj")][:1]
    named = _participle_subject(verb) or _interposed_subject(verb)
    if named is not None:
        return [named]
    if verb.dep_ in ("conj", "advcl", "xcomp") and verb.head != verb:
        return _subjects(verb.head, blocked)
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
        return [verb.head]  # "a liner launched in 1931", "the first mission to return soil"
    return []


def _participle_subject(verb: Token) -> Token | None:
    """ "… was China's Chang'e-6, launched on 3 May": a participle after a comma
    describes the noun right before the comma, whatever clause the parser tied it to."""
    first = verb.left_edge.i
    # (the tagger often reads such a subjectless participle as a past tense, VBD)
    if verb.tag_ not in ("VBN", "VBD") or verb.dep_ not in ("advcl", "acl") or first < 2:
        return None
    comma, noun = verb.doc[first - 1], verb.doc[first - 2]
    if comma.text != "," or noun.pos_ not in ("PROPN", "NOUN") or noun.dep_ == "compound":
        return None
    # "The Grapes of Wrath, published in 1939", "a new city on the Bosporus, dedicated
    # in 330": the whole noun phrase, not its last noun
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        if noun.head.head.pos_ not in ("PROPN", "NOUN"):
            break
        noun = noun.head.head
    return noun


def _interposed_subject(verb: Token) -> Token | None:
    """ "…, while Russia, shaken by revolution, signed a peace": the parser gave the
    subject to the participle in between, and the verb to the clause before."""
    if verb.dep_ != "conj" or verb.head == verb:
        return None
    between = verb.doc[verb.head.i + 1 : verb.i]
    found = [
        t
        for t in between
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.tag_ in ("VBN", "VBG") and t.head.i < verb.i
    ]
    return found[-1] if found else None


def _assemble(parts: dict[str, list[Token]], blocked: Blocked, *, deep: bool) -> list[Token]:
    """Tokens of the title, in text order; ``deep=False`` keeps noun phrase cores only."""
    tokens: list[Token] = []
    verb = parts["verb"][0]
    for head in parts["subject"]:
        words = phrase(head, blocked, deep=deep, verb=verb.i, relcl=True)
        if head == verb.head and verb.dep_ in ("acl", "relcl"):  # the noun it modifies:
            words = [t for t in words if t.i < verb.i]  # only what precedes the verb
        tokens += words
    tokens += parts["verb"]
    for head in (*parts["objects"], *(parts["preps"] if deep else ())):
        tokens += phrase(head, blocked, deep=deep)
    return relative_object(glued(tokens, blocked), blocked)
