"""Names for pronoun subjects, so a title reads on its own on the timeline.

"It landed in the South Pole–Aitken basin" means nothing next to forty other events;
"Chang'e-6 landed …" does. A title's subject is renamed only when the answer is clear:

* "It", "They", "He", "She" (and "Its", "Their", … in front of the subject) take the
  named subject of the clause this one is joined to, or else of the closest earlier
  sentence of the same paragraph (at most :data:`LOOK_BACK` back). Pronoun subjects on
  the way are skipped (they name the same thing); a subject that is neither a name nor
  a pronoun ends the search with no answer. The name must agree: "he"/"she" a person,
  "it" a single non-person, "they" a plural or a group of names.
* when that earlier subject is a plain noun phrase that agrees ("The city council met
  …. It approved …"), "it" and "they" take the phrase itself.
* "The mission" takes the name it was given earlier in the document ("China's Chang'e-6
  mission"), when only one name was ever given to a mission.

Everything here reads the parse; nothing changes it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.core.agreement import (
    PERSONAL,
    agreeing_name,
    bare_definite,
    is_person,
    named_before,
    proper_name,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Earlier sentences searched for the name a pronoun stands for.
LOOK_BACK = 3
_SUBJECTS = ("nsubj", "nsubjpass")
#: Clauses whose pronoun subject may stand for the subject of the clause they hang on.
_JOINED = ("conj", "relcl")
_BE = frozenset(("is", "was", "are", "were", "be", "been", "'s", "’s"))


def rename_subject(title: str, subject: Token) -> str:
    """``title`` with a pronoun or bare "The <noun>" subject replaced by a clear name.

    Args:
        title: the finished title, which starts with the subject's phrase.
        subject: the head token of that subject.
    """
    words = title.split(" ")
    low = subject.text.lower()
    if low in PERSONAL and words[0].lower() == low:
        if low == "it" and _expletive(subject):
            return title
        name = _antecedent(subject, PERSONAL[low])
        return " ".join([name, *words[1:]]) if name else title
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    if (
        owner is not None
        and owner.text.lower() in PERSONAL
        and words[0].lower() == owner.text.lower()
    ):
        name = _antecedent(owner, PERSONAL[owner.text.lower()])
        return " ".join([f"{name}'s", *words[1:]]) if name else title
    if bare_definite(subject) and words[:2] == ["The", subject.text]:
        name = named_before(subject)
        return " ".join([name, *words[2:]]) if name else title
    return title


def _expletive(pronoun: Token) -> bool:
    """ "It emerged that …", "It took until 2026 to finish …": an "it" that stands for
    the clause after it, not for a thing named before. A "that" or a "to" clause after
    the pronoun is enough to leave it alone (at worst, "It" stays)."""
    verb = pronoun.head
    if verb.dep_ in ("ccomp", "csubj") and verb.i > pronoun.i and not _reported(verb):
        return True  # a clause the parse hangs on another verb: too unsure to rename
    # the pronoun's own clause: its verb's dependents and theirs, not a later clause
    # joined by "and"/"but" ("it received complaints … but needed time to find …")
    clause = [c for c in verb.children if c.i > pronoun.i and c.dep_ not in ("conj", "cc")]
    clause += [g for c in clause if c.dep_ in ("acomp", "attr", "xcomp", "advcl", "ccomp")
               for g in c.children]  # fmt: skip
    return any(
        (t.pos_ == "SCONJ" and t.text.lower() in ("that", "whether", "if"))
        or (t.dep_ == "aux" and t.text.lower() == "to")
        or t.dep_ in ("ccomp", "csubj")
        for t in clause
    )


def _antecedent(pronoun: Token, kind: str) -> str | None:
    """The clear name a pronoun stands for, or None."""
    verb = pronoun.head if pronoun.dep_ in _SUBJECTS else pronoun.head.head
    if _reported(verb):
        # "The company said it first received complaints": the one who speaks
        found = _clause_subject(verb.head)
        if found is not None and found.i < pronoun.i and found.text.lower() not in PERSONAL:
            return agreeing_name(found, kind)
    if verb.dep_ in _JOINED and verb.head != verb:
        # "China became …, and it returned …", "Greece operates missiles, which it got …"
        head = verb.head if verb.dep_ == "conj" else verb.sent.root
        found = _clause_subject(head)
        if _same_pronoun_object(head, pronoun):
            return None  # "Cixi rebuilt it …, and in 1888 it received": "it" is not Cixi
        if found is not None and found.i < pronoun.i:
            if found.text.lower() in PERSONAL:  # "It landed …, and its capsule came home"
                return _antecedent(found, kind) if PERSONAL[found.text.lower()] == kind else None
            return agreeing_name(found, kind)
    sent = pronoun.sent
    for _ in range(LOOK_BACK):
        # a person stays the topic across paragraphs (a profile, an obituary); a thing
        # named in another paragraph is too far to be sure of
        if sent.start == 0 or ("\n\n" in _gap_before(sent) and kind != "person"):
            return None
        sent = sent.doc[sent.start - 1].sent
        subject = _last_subject(sent.root)
        if subject is None:  # "Little changed, because a transition period kept …"
            found = _clause_subject_name(sent.root, kind)
            if found is not None:
                return found
            continue
        if subject.text.lower() in PERSONAL:
            continue
        found = agreeing_name(subject, kind)
        if found is None and subject.pos_ not in ("NOUN", "PROPN"):
            # a quantifier subject ("Little changed, because …") names nothing: the
            # clause under it may
            found = _clause_subject_name(sent.root, kind)
        if found is None and (kind == "it") == is_person(subject):
            # "Berg proposed the reform …. It stalled": not Berg, so what Berg acted on;
            # "Police arrested the driver …. He was released": not the police
            obj = next((c for c in sent.root.children if c.dep_ == "dobj"), None)
            found = agreeing_name(obj, kind) if obj is not None else None
        return found
    return None


#: Verbs of saying whose clause reports what the speaker did ("said it would …").
_SAYING = frozenset(("said", "says", "say", "announced", "told", "added", "confirmed"))


def _clause_subject_name(root: Token, kind: str) -> str | None:
    """An agreeing subject of a clause under ``root`` ("because <subject> …"), last first."""
    clauses = [c for c in root.children if c.dep_ in ("advcl", "ccomp")]
    for clause in reversed(clauses):
        inner = next((c for c in clause.children if c.dep_ in _SUBJECTS), None)
        if inner is not None and inner.text.lower() not in PERSONAL:
            found = agreeing_name(inner, kind)
            if found is not None:
                return found
    return None


def _last_subject(root: Token) -> Token | None:
    """The subject of a sentence's last joined clause that has one, else the root's:
    "Teams treated 200 people, and one man was taken to hospital. He …" is the man."""
    joined = [c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    for verb in reversed(joined):
        found = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        if found is not None:
            return found
    return _clause_subject(root)


def _reported(verb: Token) -> bool:
    return verb.dep_ == "ccomp" and verb.head != verb and verb.head.text.lower() in _SAYING


def _same_pronoun_object(verb: Token, pronoun: Token) -> bool:
    """Does the clause have an object that is the same pronoun ("rebuilt it")?"""
    low = PERSONAL.get(pronoun.text.lower())
    return any(
        c.dep_ in ("dobj", "pobj", "dative") and PERSONAL.get(c.text.lower()) == low
        for c in verb.subtree
        if c.i < pronoun.i and c != pronoun
    )


def _gap_before(sent: Span) -> str:
    """The text between a sentence and the one before it (a paragraph break?)."""
    doc = sent.doc
    previous = doc[sent.start - 1]
    text: str = doc.text[previous.idx : sent.start_char]
    return text


def _clause_subject(verb: Token) -> Token | None:
    """A clause's subject; for "X was <Name>" with no name in X, the name."""
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is None:
        return None
    if verb.text.lower() in _BE and proper_name(subject) is None:
        attr = next((c for c in verb.children if c.dep_ == "attr"), None)
        if attr is not None and proper_name(attr) is not None:
            return attr
    return subject
