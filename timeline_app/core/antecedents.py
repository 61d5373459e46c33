"""Names for pronoun subjects, so a title reads on its own on the timeline.

"It landed in the South Pole–Aitken basin" means nothing next to forty other events;
"Chang'e-6 landed …" does. A title's subject is renamed only when the answer is clear:

* "It", "They", "He", "She" (and "Its", "Their", … in front of the subject) take the
  named subject of the clause this one is joined to, or else of the closest earlier
  sentence of the same paragraph (at most :data:`LOOK_BACK` back). Pronoun subjects on
  the way are skipped (they name the same thing); a subject that is neither a name nor
  a pronoun ends the search with no answer. The name must agree: "he"/"she" a person,
  "it" a single non-person, "they" a plural or a group of names.
* "The mission" takes the name it was given earlier in the document ("China's Chang'e-6
  mission"), when only one name was ever given to a mission.

Everything here reads the parse; nothing changes it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Earlier sentences searched for the name a pronoun stands for.
LOOK_BACK = 3
_SUBJECTS = ("nsubj", "nsubjpass")
_PERSONAL = {"it": "it", "its": "it", "they": "they", "their": "they"}
_PERSONAL |= {"he": "person", "his": "person", "she": "person", "her": "person"}
_BE = frozenset(("is", "was", "are", "were", "be", "been", "'s", "’s"))
_NAME_LABELS = frozenset(
    ("PERSON", "ORG", "GPE", "NORP", "PRODUCT", "FAC", "LOC", "WORK_OF_ART", "EVENT", "")
)


def rename_subject(title: str, subject: Token) -> str:
    """``title`` with a pronoun or bare "The <noun>" subject replaced by a clear name.

    Args:
        title: the finished title, which starts with the subject's phrase.
        subject: the head token of that subject.
    """
    words = title.split(" ")
    low = subject.text.lower()
    if low in _PERSONAL and words[0].lower() == low:
        name = _antecedent(subject, _PERSONAL[low])
        return " ".join([name, *words[1:]]) if name else title
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    if (
        owner is not None
        and owner.text.lower() in _PERSONAL
        and words[0].lower() == owner.text.lower()
    ):
        name = _antecedent(owner, _PERSONAL[owner.text.lower()])
        return " ".join([f"{name}'s", *words[1:]]) if name else title
    if _bare_definite(subject) and words[:2] == ["The", subject.text]:
        name = _named_before(subject)
        return " ".join([name, *words[2:]]) if name else title
    return title


def _antecedent(pronoun: Token, kind: str) -> str | None:
    """The clear name a pronoun stands for, or None."""
    verb = pronoun.head if pronoun.dep_ in _SUBJECTS else pronoun.head.head
    if verb.dep_ == "conj" and verb.head != verb:  # "China became …, and it returned …"
        found = _clause_subject(verb.head)
        if found is not None and found.i < pronoun.i:
            if found.text.lower() in _PERSONAL:  # "It landed …, and its capsule came home"
                return _antecedent(found, kind) if _PERSONAL[found.text.lower()] == kind else None
            return _agreeing_name(found, kind)
    sent = pronoun.sent
    for _ in range(LOOK_BACK):
        if sent.start == 0 or "\n\n" in _gap_before(sent):
            return None
        sent = sent.doc[sent.start - 1].sent
        subject = _clause_subject(sent.root)
        if subject is None or subject.text.lower() in _PERSONAL:
            continue
        return _agreeing_name(subject, kind)
    return None


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
    if verb.text.lower() in _BE and _name(subject) is None:
        attr = next((c for c in verb.children if c.dep_ == "attr"), None)
        if attr is not None and _name(attr) is not None:
            return attr
    return subject


def _agreeing_name(subject: Token, kind: str) -> str | None:
    """The subject's name when it agrees with the pronoun's person and number."""
    name = _name(subject)
    if name is None:
        return None
    plural = subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children)
    person = subject.ent_type_ == "PERSON"
    agrees = {"person": person and not plural, "it": not person and not plural}
    return name if agrees.get(kind, plural) else None


def _name(token: Token) -> str | None:
    """A proper name heading the phrase ("Chang'e-6", "Luna 16"), without "China's"."""
    if token.pos_ != "PROPN" or token.ent_type_ not in _NAME_LABELS:
        return None
    parts = [c for c in token.subtree if c.dep_ in ("compound", "nummod", "flat") or c == token]
    parts = [p for p in parts if p.head == token or p == token]
    text = "".join(p.text_with_ws for p in sorted(parts, key=lambda t: t.i)).strip()
    return text or None


def _bare_definite(subject: Token) -> bool:
    """ "The mission": a common noun whose only dependent is "the"."""
    children = list(subject.children)
    return (
        subject.pos_ == "NOUN"
        and subject.tag_ == "NN"
        and len(children) == 1
        and children[0].text.lower() == "the"
    )


def _named_before(noun: Token) -> str | None:
    """The one name given earlier to the same noun ("China's Chang'e-6 mission")."""
    names: set[str] = set()
    for token in noun.doc[: noun.sent.start]:
        if token.text.lower() != noun.text.lower():
            continue
        names.update(c.text for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN")
    return names.pop() if len(names) == 1 else None
