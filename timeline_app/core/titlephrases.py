"""The noun phrases of a title: which words of a subject or object a headline keeps.

:mod:`timeline_app.core.titles` picks the clause and its parts (subject, verb,
objects); this module turns each part into words. A phrase keeps its determiners,
modifiers, compounds and names ("the probe Luna 2"), and loses side remarks set off by
commas, relative clauses (except short or infinitive ones), plain adjectives in front
of a name, and anything that is a date. Hyphenated words stay whole.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.core.wordsets import word_set

if TYPE_CHECKING:
    from spacy.tokens import Token


#: Dependents never shown in a title: side remarks, not the happening.
_DROP = word_set("appos relcl advcl parataxis punct dep meta npadvmod advmod mark intj")
#: Prepositions that open a side remark rather than say what happened.
_SKIP_PREPS = word_set(
    "despite notwithstanding amid amidst regardless unlike according because although though "
    "including except besides like as"
)
#: Longest relative clause kept on a subject ("The race that followed").
_SHORT_RELCL = 3
_POSTMODIFIERS = word_set("amod acl advmod npadvmod")
#: What a verb inside a shortened title keeps ("to triple capacity", not "triple").
_VERB_CORE = word_set("aux auxpass neg prt dobj attr acomp")
_CORE_DEPS = word_set("det amod compound poss nummod nmod case neg cc conj quantmod")
_HYPHENS = frozenset("-–‐")
RELATIVE_PRONOUNS = word_set("which who whom that whose")
#: Adjectives that say which one is meant, never dropped in front of a name.
_WHICH_ONE = word_set("first last next new old former final second third only sole")


class Blocked:
    """Tokens a title may not use: date phrases, and anything outside the sentence.

    ``dates`` is the event's own date phrase; ``others`` the sentence's other dates
    ("expanded to include Greece in 1952, West Germany in 1955 and Spain in 1982": the
    1955 event is not titled "… in 1982"). The parser sometimes attaches words across
    our sentence boundaries (a caption's "(Photo: Reuters)" to the next caption's
    subject); those never enter a title either.
    """

    def __init__(self, dates: set[int], others: set[int], start: int, end: int) -> None:
        self.dates = dates
        self.others = others
        self.outside = _Outside(start, end)

    def __contains__(self, i: object) -> bool:
        return i in self.dates or i in self.others or i in self.outside


class _Outside:
    """Token indices outside ``[start, end)``."""

    def __init__(self, start: int, end: int) -> None:
        self.start, self.end = start, end

    def __contains__(self, i: object) -> bool:
        return isinstance(i, int) and not self.start <= i < self.end


def keep_prep(prep: Token, blocked: Blocked) -> bool:
    """A prepositional phrase that says something about the happening itself."""
    if prep.text.lower() in _SKIP_PREPS or prep.i in blocked:
        return False
    objects = _objects(prep)
    return bool(objects) and all(
        o.i not in blocked.dates and o.i not in blocked.others for o in objects
    )


def _objects(prep: Token) -> list[Token]:
    """A preposition's objects ("in 1952"; "out of the bloc", "ahead of the vote": the
    object hangs on the second word)."""
    objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    return objects + [o for c in prep.children if c.dep_ == "prep" for o in c.children]


def relative_object(tokens: list[Token], blocked: Blocked) -> list[Token]:
    """ "the station that China and Russia want to build": in the title, "China and
    Russia want to build the station", the noun taking the relative pronoun's place
    after its verb. Tokens stay in title order, not text order, from here on.

    Only the noun right before the pronoun is taken (the parser often hangs the clause
    on an earlier noun), and never across a comma ("missiles on Crete, which"): there
    the pronoun stays.
    """
    for k, pronoun in enumerate(tokens):
        if pronoun.dep_ != "dobj" or pronoun.text.lower() not in RELATIVE_PRONOUNS:
            continue
        head = pronoun.doc[pronoun.i - 1] if pronoun.i > 0 else None
        if head is None or head.pos_ not in ("NOUN", "PROPN") or pronoun.head not in tokens:
            return tokens
        noun = [t for t in phrase(head, blocked, deep=False) if t.i < pronoun.i]
        rest = tokens[:k] + tokens[k + 1 :]
        at = rest.index(pronoun.head) + 1
        return rest[:at] + sorted(noun, key=lambda t: t.i) + rest[at:]
    return tokens


def _joiner(token: Token) -> bool:
    """A hyphen, or a comma or slash inside a word ("RTS,S", "and/or")."""
    if token.text in _HYPHENS:
        return True
    glued_both_sides = (
        not token.whitespace_ and token.i > 0 and not token.doc[token.i - 1].whitespace_
    )
    return token.text in (",", "/") and glued_both_sides


def glued(tokens: list[Token], blocked: Blocked) -> list[Token]:
    """Keep hyphenated words whole ("re-elected", "full-size"), whatever their parse."""
    kept = {t.i: t for t in tokens}
    for token in tokens:
        for step in (-1, 1):
            current = token
            while 0 <= current.i + step < len(current.doc) and current.i + step not in blocked:
                neighbour = current.doc[current.i + step]
                left, right = (neighbour, current) if step < 0 else (current, neighbour)
                if left.whitespace_ or not (_joiner(left) or _joiner(right)):
                    break
                kept[neighbour.i] = current = neighbour
    return [kept[i] for i in sorted(kept)]


def phrase(
    head: Token, blocked: Blocked, *, deep: bool, verb: int = -1, relcl: bool = False
) -> list[Token]:
    """A dependent with the parts of its subtree that belong in a title.

    A person is named by the name alone ("Vladimir Putin", not "Russian President
    Vladimir Putin"); ``deep=False`` keeps only the noun's core (determiners,
    modifiers, compounds, conjuncts), without its prepositional phrases. ``verb`` is
    the title's verb, never part of its own subject's phrase.
    """
    if head.i in blocked or head.is_punct:
        return []
    out = [head]
    for child in head.children:
        if child.i in blocked or child.i == verb:
            continue
        if _keeps(head, child, blocked, deep=deep, relcl=relcl):
            out += phrase(child, blocked, deep=deep, verb=verb)
    return out


def _keeps(head: Token, child: Token, blocked: Blocked, *, deep: bool, relcl: bool) -> bool:
    """Does a title keep this dependent of a phrase's head (see :func:`phrase`)?"""
    if _part_of_name(head, child) or (relcl and _short_relcl(head, child)):
        return True
    if deep and child.dep_ == "relcl" and infinitive(child):
        return True  # "the first craft to land on the far side"
    if child.dep_ in _DROP or _evaluative(head, child):
        return False
    if child.dep_ in ("conj", "cc") and _other_dates_conjunct(head, child, blocked):
        return False  # "… around 2026 and Chang'e-8 around 2028": the 2026 event's title
    if child.i > head.i and child.dep_ in _POSTMODIFIERS and _comma_between(head, child):
        return False  # "Cash, already gravely ill, died": a side remark
    person = head.ent_type_ == "PERSON"
    if person and child.ent_type_ != "PERSON" and child.dep_ in ("amod", "compound"):
        return False
    if child.dep_ == "prep":
        return deep and keep_prep(child, blocked)
    if not deep:
        verbal = head.pos_ in ("VERB", "AUX") and child.dep_ in _VERB_CORE
        return verbal or child.dep_ in _CORE_DEPS or child.dep_ in ("pobj", "pcomp")
    return True


def _other_dates_conjunct(head: Token, child: Token, blocked: Blocked) -> bool:
    """A conjunct (or the "and" before it) dated by another of the sentence's dates: it
    belongs to that date's event ("to the lunar south pole around 2026 and Chang'e-8
    around 2028": the 2026 event is not titled "… and Chang'e-8")."""
    conj = child
    if child.dep_ == "cc":
        conj = next((c for c in head.children if c.dep_ == "conj" and c.i > child.i), None)
        if conj is None:
            return False
    return any(
        prep.dep_ == "prep" and any(o.i in blocked.others for o in _objects(prep))
        for prep in conj.children
    )


def _part_of_name(head: Token, child: Token) -> bool:
    """ "the probe Luna 2", "the company Intuitive Machines": a name right after its
    noun, with no comma, is the most telling part of the phrase, not a side remark."""
    return (
        child.dep_ == "appos"
        and child.pos_ == "PROPN"
        and child.i > head.i
        and not _comma_between(head, child.left_edge)
    )


def _short_relcl(head: Token, child: Token) -> bool:
    """ "The race that followed": a short relative clause that says which one is meant."""
    span = list(child.subtree)
    return (
        child.dep_ == "relcl"
        and head.pos_ == "NOUN"
        and len(span) <= _SHORT_RELCL
        and span[0].i == head.i + 1
    )


def _evaluative(head: Token, child: Token) -> bool:
    """ "the vast South Pole–Aitken basin": a plain adjective in front of a name adds
    nothing a headline needs."""
    if child.dep_ != "amod" or child.tag_ != "JJ" or not child.is_lower or child.i > head.i:
        return False  # (not "first", "largest": they say which one)
    if child.ent_type_ or child.text.lower() in _WHICH_ONE:
        return False
    return any(
        c.pos_ == "PROPN" and c.dep_ in ("compound", "nmod") and child.i < c.i < head.i
        for c in head.children
    )


def _comma_between(head: Token, child: Token) -> bool:
    return any(t.text == "," for t in head.doc[head.i + 1 : child.i])


def render(tokens: list[Token]) -> str:
    """Join tokens with their own spacing, one space across gaps."""
    out = []
    for i, tok in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        glue = tok.whitespace_ if nxt is not None and nxt.i == tok.i + 1 else " "
        out.append(tok.text + glue)
    return "".join(out)


def infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.text.lower() == "to" for c in verb.children)
