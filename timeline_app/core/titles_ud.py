"""Titles from a Universal Dependencies parse, for languages other than English.

The English titles (:mod:`timeline_app.core.titles`) read the labels of the English
model (``dobj``, ``prep``, ``pobj``) and English tags; the French model, like spaCy's
other news pipelines, writes Universal Dependencies (``obj``, ``obl``, ``case``). This
builds the same kind of "who did what" title from those labels: the subject, the verb
with its auxiliaries and negation, its object and one more complement, without the
date, appositions, relative clauses or side remarks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.core.titletext import cut_words, drop_trailing, finish_title

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_VERB_GROUP = ("aux", "aux:pass", "aux:tense", "cop", "expl:comp", "expl:pass", "expl:subj",
               "compound:prt", "advmod:neg")  # fmt: skip
_NEGATION = frozenset(("ne", "n'", "pas", "plus", "jamais", "no", "nicht", "kein"))
_OBJECTS = ("obj", "iobj", "xcomp", "obl:arg", "ccomp")
#: Parts of a noun phrase a title leaves out: relative clauses, appositions, asides.
_SIDE = frozenset(("acl:relcl", "appos", "parataxis", "dislocated", "advcl", "punct"))


def ud_title(sent: Span, date_tokens: set[int], other_dates: set[int] | None = None) -> str | None:
    """Title of the clause that the date tokens belong to, or None when no verb governs
    the date (a headline, a list entry): the caller then uses the rule-based title."""
    doc = sent.doc
    if sum(1 for t in sent if t.dep_ == "ROOT") > 1:
        # the small model broke the sentence ("Mérimée la fit classer monument historique
        # en 1852" parses as two fragments rooted on "Mérimée" and "historique"): its
        # title would lose the subject, the rule-based one keeps the sentence's words
        return None
    dates = set(date_tokens) | set(other_dates or ())
    dropped = {t.i for i in dates if sent.start <= i < sent.end for t in doc[i].subtree}
    verb = _governing_verb(sent, date_tokens)
    if verb is None or verb.i in dropped:
        return None
    subjects = [s for s in _subjects(verb) if s.i not in dropped]
    if not subjects or any(s.pos_ in ("VERB", "AUX") and s.dep_ == "nsubj" for s in subjects):
        # the small models misread literary tenses ("la fit classer" with "fit" as the
        # subject of "historique"); the rule-based title keeps the sentence's words
        return None
    parts: list[Token] = []
    for subject in subjects:
        parts += _phrase(subject, dropped)
    parts.append(verb)
    # an auxiliary under any label is part of the verb ("avait fait construire", where
    # the causative "fait" is read as obl:mod)
    parts += [
        c
        for c in verb.children
        if c.dep_ in _VERB_GROUP or _negation(c) or (c.pos_ == "AUX" and c.i < verb.i)
    ]
    objects = [c for c in verb.children if c.dep_ in _OBJECTS and c.i not in dropped]
    for obj in objects[:1]:
        parts += _phrase(obj, dropped)
    extra = [c for c in verb.children
             if c.dep_.startswith("obl") and c.i > verb.i and c.i not in dropped
             and c not in objects]  # fmt: skip
    for complement in extra[: 1 if objects else 2]:
        parts += _phrase(complement, dropped)
    tokens = sorted({t.i: t for t in parts if t.i not in dropped}.values(), key=lambda t: t.i)
    if len(tokens) < 3 or _lost_its_start(sent, tokens, dropped):
        return None
    return finish_title(drop_trailing(cut_words(_render(tokens)), doc.lang_)) or None


def _lost_its_start(sent: Span, tokens: list[Token], dropped: set[int]) -> bool:
    """Whether the title starts mid-clause: words before it that are neither the date nor
    a fronted phrase closed by a comma ("Prosper Mérimée | le fit classer …", which the
    small model parses with "fit" as a noun). The parse lost the subject; the rule-based
    title keeps the sentence's own words."""
    first = tokens[0]
    if not first.text[:1].islower():
        return False
    before = [t for t in sent if t.i < first.i and t.i not in dropped and not t.is_space]
    return bool(before) and not before[-1].is_punct


def _render(tokens: list[Token]) -> str:
    """The kept tokens with the original spacing, a space where words were left out."""
    out = []
    for a, b in zip(tokens, [*tokens[1:], None], strict=True):
        if b is None or b.i == a.i + 1 or a.text.endswith("'"):
            out.append(a.text_with_ws)
        else:
            out.append(a.text + " ")
    return "".join(out)


def _governing_verb(sent: Span, date_tokens: set[int]) -> Token | None:
    inside = [t for t in sent if t.i in date_tokens]
    if not inside:
        return None
    tok = next((t for t in inside if t.head.i not in date_tokens or t.head == t), inside[0])
    while tok.pos_ not in ("VERB",) or tok.i in date_tokens:
        if tok.head == tok or not sent.start <= tok.head.i < sent.end:
            return tok if tok.pos_ == "AUX" and tok.i not in date_tokens else None
        tok = tok.head
    return tok


def _subjects(verb: Token) -> list[Token]:
    found = [c for c in verb.children if c.dep_.startswith(("nsubj", "csubj"))]
    if found:
        return found
    if verb.dep_ == "conj" and verb.head != verb:
        return _subjects(verb.head)
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return [verb.head]  # "l'usine, construite dans les années 1950"
    return []


def _negation(token: Token) -> bool:
    return token.dep_ == "advmod" and token.lower_ in _NEGATION


def _phrase(head: Token, dropped: set[int]) -> list[Token]:
    """The head's noun phrase without its side parts and without dates."""
    out = [head]
    for child in head.children:
        if child.i in dropped:
            continue
        name = child.dep_ == "appos" and child.pos_ == "PROPN" and child.i == head.i + 1
        if child.dep_ in _SIDE and not name:  # "Le président Emmanuel Macron" keeps the name
            continue
        if child.dep_ == "acl" and any(c.dep_.startswith("nsubj") for c in child.children):
            continue
        if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"):
            continue  # "…, et lundi les techniciens ont inspecté": another clause
        out += _phrase(child, dropped)
    return out
