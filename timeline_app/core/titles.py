"""Short "who did what" titles for events, from the dependency parse or from rules.

The quote already says everything; the title is what the timeline can show in a few
words, so it keeps the clause that the date belongs to (subject, verb, object, one or
two prepositional phrases) and drops the date itself, leading adverbials, appositions
(", a NATO member,"), relative clauses and concessive phrases ("despite …").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.core.antecedents import rename_subject
from timeline_app.core.titletext import MAX_CHARS, MAX_WORDS, cut_words, finish_title

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def _words(spaced: str) -> frozenset[str]:
    """A word set written as one string, to keep the lexicons readable."""
    return frozenset(spaced.split())


_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "csubjpass")
_FINITE = ("VBD", "VBZ", "VBP")
_OBJECTS = ("dobj", "dative", "attr", "oprd", "acomp", "xcomp", "agent")
#: Dependents never shown in a title: side remarks, not the happening.
_DROP = _words("appos relcl advcl parataxis punct dep meta npadvmod advmod mark intj")
#: Prepositions that open a side remark rather than say what happened.
_SKIP_PREPS = _words(
    "despite notwithstanding amid amidst regardless unlike according because although though "
    "including except besides like as"
)
#: Longest relative clause kept on a subject ("The race that followed").
_SHORT_RELCL = 3
_POSTMODIFIERS = _words("amod acl advmod npadvmod")
_CORE_DEPS = _words("det amod compound poss nummod nmod case neg cc conj quantmod")
_HYPHENS = frozenset("-–‐")
_RELATIVE_PRONOUNS = _words("which who whom that whose")
#: Adverbs that complete a verb of motion ("came home", "brought back", "lifted off").
_DIRECTIONS = _words("home back away abroad ashore aloft overseas together apart off out")


class _Blocked:
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


def parse_title(
    sent: Span, date_tokens: set[int], other_dates: set[int] | None = None
) -> str | None:
    """Title of the clause that the date tokens (``Token.i`` values) belong to.

    ``other_dates`` are the tokens of the sentence's other date phrases, kept out of
    the title. Returns None when the date is not attached to any verb (a bare headline
    or a list item), so the caller can fall back to a rule-based title.
    """
    blocked = _Blocked(date_tokens, (other_dates or set()) - date_tokens, sent.start, sent.end)
    verb = _governing_verb(sent, blocked)
    if verb is None:
        return None
    if _date_is_argument(verb, blocked.dates):
        # "The 2020s have been crowded", "The race … defined the 1960s": without its
        # date the clause says nothing, so the date stays in the title.
        blocked = _Blocked(set(), blocked.others, sent.start, sent.end)
    parts = _clause_parts(verb, blocked)
    if not parts["subject"] and verb.tag_ in _FINITE:
        return None  # a finite verb without a subject: the parse went wrong
    tokens = _shorten(_assemble(parts, blocked, deep=True))
    if _length(tokens) > MAX_WORDS or len(_render(tokens)) > MAX_CHARS:
        tokens = _assemble(parts, blocked, deep=False)  # noun phrases cut to their cores
    title = finish_title(cut_words(_render(tokens)))
    if title and parts["subject"]:
        title = finish_title(cut_words(rename_subject(title, parts["subject"][0])))
    return title or None


def _length(tokens: list[Token]) -> int:
    return len(_render(tokens).split())


def _shorten(tokens: list[Token]) -> list[Token]:
    """Drop prepositional phrases, last first, until the title fits.

    "Chang'e-4 made the first landing ever achieved on the far side in the Von Kármán
    crater" loses "in the Von Kármán crater", not its object.
    """
    while _length(tokens) > MAX_WORDS:
        preps = [t for t in tokens if t.dep_ in ("prep", "agent")]
        if not preps:
            break
        dropped = {t.i for t in max(preps, key=lambda t: t.i).subtree}
        tokens = [t for t in tokens if t.i not in dropped]
    return tokens


def _governing_verb(sent: Span, blocked: _Blocked) -> Token | None:
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
            tok.dep_ == "xcomp" or (tok.dep_ == "ccomp" and _infinitive(tok))
        ):
            tok = tok.head
        elif _infinitive_of_object(tok):
            tok = tok.head.head  # "became the first mission to return soil in 1970"
        else:
            return tok


def _infinitive_of_object(verb: Token) -> bool:
    """ "the first mission to return soil": an infinitive describing the verb's object."""
    noun = verb.head
    return (
        verb.dep_ in ("acl", "relcl")
        and _infinitive(verb)
        and noun.dep_ in ("attr", "dobj", "oprd")
        and noun.head.pos_ in ("VERB", "AUX")
    )


def _date_is_argument(verb: Token, dates: set[int]) -> bool:
    """Is the date phrase the verb's subject or object rather than an adverbial?"""
    doc = verb.doc
    tops = [doc[i] for i in dates if doc[i].head.i not in dates or doc[i].head.i == i]
    return any(t.head == verb and t.dep_ in (*_SUBJECTS, "dobj", "attr") for t in tops)


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.text.lower() == "to" for c in verb.children)


def _clause_parts(verb: Token, blocked: _Blocked) -> dict[str, list[Token]]:
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
        c for c in verb.children if c.dep_ == "prep" and c.i > verb.i and _keep_prep(c, blocked)
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


def _subjects(verb: Token, blocked: _Blocked) -> list[Token]:
    """The verb's subject(s); borrowed from the head for conjoined or relative clauses.

    All subject dependents are kept: the small model sometimes splits one noun phrase
    into two ("A magnitude | 6.1 earthquake struck").
    """
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS and c.i not in blocked]
    if subjects and subjects[0].text.lower() in _RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return [verb.head]
    if subjects:
        return subjects
    if verb.tag_ in _FINITE and any(c.dep_ == "mark" for c in verb.children):
        # "after the crew left": a finite subordinate clause has a subject of its own
        # (the parser sometimes hangs it on "after"); never borrow the main clause's.
        return [c for m in verb.children for c in m.children if c.dep_ in ("pobj", "nsubj")][:1]
    named = _participle_subject(verb)
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
    return noun


def _keep_prep(prep: Token, blocked: _Blocked) -> bool:
    """A prepositional phrase that says something about the happening itself."""
    if prep.text.lower() in _SKIP_PREPS or prep.i in blocked:
        return False
    objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    return bool(objects) and all(
        o.i not in blocked.dates and o.i not in blocked.others for o in objects
    )


def _assemble(parts: dict[str, list[Token]], blocked: _Blocked, *, deep: bool) -> list[Token]:
    """Tokens of the title, in text order; ``deep=False`` keeps noun phrase cores only."""
    tokens: list[Token] = []
    verb = parts["verb"][0]
    for head in parts["subject"]:
        phrase = _phrase(head, blocked, deep=deep, verb=verb.i, relcl=True)
        if head == verb.head and verb.dep_ in ("acl", "relcl"):  # the noun it modifies:
            phrase = [t for t in phrase if t.i < verb.i]  # only what precedes the verb
        tokens += phrase
    tokens += parts["verb"]
    for head in (*parts["objects"], *(parts["preps"] if deep else ())):
        tokens += _phrase(head, blocked, deep=deep)
    return _glued(tokens, blocked)


def _joiner(token: Token) -> bool:
    """A hyphen, or a comma or slash inside a word ("RTS,S", "and/or")."""
    if token.text in _HYPHENS:
        return True
    glued_both_sides = (
        not token.whitespace_ and token.i > 0 and not token.doc[token.i - 1].whitespace_
    )
    return token.text in (",", "/") and glued_both_sides


def _glued(tokens: list[Token], blocked: _Blocked) -> list[Token]:
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


def _phrase(
    head: Token, blocked: _Blocked, *, deep: bool, verb: int = -1, relcl: bool = False
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
            out += _phrase(child, blocked, deep=deep, verb=verb)
    return out


def _keeps(head: Token, child: Token, blocked: _Blocked, *, deep: bool, relcl: bool) -> bool:
    """Does a title keep this dependent of a phrase's head (see :func:`_phrase`)?"""
    if _part_of_name(head, child) or (relcl and _short_relcl(head, child)):
        return True
    if deep and child.dep_ == "relcl" and _infinitive(child):
        return True  # "the first craft to land on the far side"
    if child.dep_ in _DROP or _evaluative(head, child):
        return False
    if child.i > head.i and child.dep_ in _POSTMODIFIERS and _comma_between(head, child):
        return False  # "Cash, already gravely ill, died": a side remark
    person = head.ent_type_ == "PERSON"
    if person and child.ent_type_ != "PERSON" and child.dep_ in ("amod", "compound"):
        return False
    if child.dep_ == "prep":
        return deep and _keep_prep(child, blocked)
    if not deep:
        return child.dep_ in _CORE_DEPS or child.dep_ in ("pobj", "pcomp")
    return True


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
    if child.dep_ != "amod" or child.pos_ != "ADJ" or not child.is_lower or child.i > head.i:
        return False
    return any(
        c.pos_ == "PROPN" and c.dep_ in ("compound", "nmod") and child.i < c.i < head.i
        for c in head.children
    )


def _comma_between(head: Token, child: Token) -> bool:
    return any(t.text == "," for t in head.doc[head.i + 1 : child.i])


def _render(tokens: list[Token]) -> str:
    """Join tokens with their own spacing, one space across gaps."""
    out = []
    for i, tok in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        glue = tok.whitespace_ if nxt is not None and nxt.i == tok.i + 1 else " "
        out.append(tok.text + glue)
    return "".join(out)
