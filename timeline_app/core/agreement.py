"""Which name or noun phrase a pronoun can stand for: person, number, names of things.

:mod:`timeline_app.core.antecedents` finds the subject a pronoun may stand for; this
module says whether it agrees ("he" a person, "it" a single thing, "they" a plural or a
group of names) and what to call it: the proper name heading the phrase, or a short noun
phrase ("the city council"), or the one name given earlier to "the mission".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.core.wordsets import word_set

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Owners that are places: "China's Chang'e-6" is named "Chang'e-6".
_PLACES = frozenset(("GPE", "NORP", "LOC"))
#: Entity labels of names that say what a thing is called ("the Artemis programme");
#: coined names with a digit ("Chang'e-6") need no label.
_THING_NAMES = frozenset(("ORG", "PRODUCT", "FAC", "WORK_OF_ART", "LAW"))
_NAME_LABELS = frozenset(
    ("PERSON", "ORG", "GPE", "NORP", "PRODUCT", "FAC", "LOC", "WORK_OF_ART", "EVENT", "")
)
#: Pronouns (subjects and owners) and what they stand for: "it", "they" or "person".
PERSONAL = {"it": "it", "its": "it", "they": "they", "their": "they"}
PERSONAL |= {"he": "person", "his": "person", "she": "person", "her": "person"}


def is_person(token: Token) -> bool:
    """A person's name, or a noun for a person or a person's role ("the minister")."""
    if token.pos_ == "NOUN":
        return token.text.lower() in _PERSON_NOUNS | _ROLE_NOUNS
    return token.ent_type_ == "PERSON" and not _named_as_thing(token)


#: Nouns for one person that "he" or "she" can stand for ("A man was arrested …. He …").
_PERSON_NOUNS = word_set("man woman boy girl teenager driver pilot passenger suspect victim")
#: Titles of people: never what "it" stands for ("The minister proposed the reform. It …").
_ROLE_NOUNS = word_set(
    "minister president chairman spokesman spokeswoman director manager mayor governor "
    "senator judge lawyer officer official leader chief executive founder"
)


def _named_as_thing(token: Token) -> bool:
    """The small model calls "Norvale" a person in one sentence and "Norvale Foods" a
    company in another: a name that is part of an organisation's or product's name
    elsewhere in the document is that thing, not a person."""
    ents = token.doc.ents
    word = token.text
    things = sum(e.label_ in _THING_NAMES and word in e.text.split()[:1] for e in ents)
    # "Gutenberg … Gutenberg … the Gutenberg Museum": the name is mostly a person's
    people = sum(e.label_ == "PERSON" and word in e.text.split() for e in ents)
    return things >= people


def agreeing_name(subject: Token, kind: str) -> str | None:
    """The subject's name when it agrees with the pronoun's person and number.

    "They" takes "Norland and Vestia" only when every conjunct is a name; "he" and
    "she" take a person only when no other person is named in that sentence (the
    parse does not say who is a man or a woman).
    """
    conjuncts = [c for c in subject.children if c.dep_ == "conj"]
    names = [proper_name(t) for t in (subject, *conjuncts)]
    if any(n is None for n in names):
        return _agreeing_noun(subject, kind) if not conjuncts else None
    plural = subject.tag_ in ("NNS", "NNPS") or bool(conjuncts)
    person = is_person(subject)
    people = {e.text for e in subject.sent.ents if e.label_ == "PERSON"}
    agrees = {
        "person": person and not plural and len(people) == 1,
        "it": not person and not plural,
    }
    return " and ".join(n for n in names if n) if agrees.get(kind, plural) else None


#: Dependents kept in a noun phrase that stands in for a pronoun ("the city council").
_NP_PARTS = frozenset(("det", "compound", "amod", "poss", "case", "nummod"))
#: Longest noun phrase put in a title in place of a pronoun.
_NP_WORDS = 5


def _agreeing_noun(subject: Token, kind: str) -> str | None:
    """ "The city council met … It approved …": a common-noun subject, when it agrees.

    "it" takes a singular thing, "they" a plural; "he" and "she" take names and the few
    nouns of :data:`_PERSON_NOUNS`.
    The phrase is the noun with its determiner, owner and modifiers in front, without
    what follows it ("The union, which represents 4,000 workers," is "The union").
    """
    if subject.pos_ != "NOUN":
        return None
    if kind == "person" and subject.text.lower() not in _PERSON_NOUNS:
        return None  # "he" and "she" take names, and a few nouns for one person
    if kind == "it" and is_person(subject):
        return None
    plural = subject.tag_ == "NNS"
    if plural != (kind == "they"):
        return None
    if bare_definite(subject):  # "The mission …. It entered orbit": the mission's name
        name = named_before(subject)
        if name:
            return name
    words = [subject]
    for t in reversed(list(subject.doc[subject.left_edge.i : subject.i])):
        if t.dep_ not in _NP_PARTS and t.head.dep_ not in _NP_PARTS:
            break
        words.insert(0, t)
    text = "".join(t.text_with_ws for t in words).strip()
    if len(text.split()) > _NP_WORDS or any(t.text.lower() in PERSONAL for t in words):
        return None
    return text[:1].lower() + text[1:] if words[0].dep_ == "det" else text


def proper_name(token: Token) -> str | None:
    """A proper name heading the phrase ("Chang'e-6", "Boeing's 737 MAX", "Halley's
    Comet"), without a country that owns it ("China's")."""
    if token.pos_ != "PROPN" or token.ent_type_ not in _NAME_LABELS:
        return None
    parts = [c for c in token.children if c.dep_ in ("compound", "nummod", "flat")]
    for owner in token.children:
        if owner.dep_ == "poss" and owner.pos_ == "PROPN" and owner.ent_type_ not in _PLACES:
            parts += [owner, *(c for c in owner.children if c.dep_ == "case")]
    text = "".join(p.text_with_ws for p in sorted([*parts, token], key=lambda t: t.i)).strip()
    entity = next((e for e in token.sent.ents if e.start <= token.i < e.end), None)
    if entity is not None and len(entity.text) > len(text):  # "Luna 16" as one entity
        text = entity.text[4:] if entity.text.startswith(("the ", "The ")) else entity.text
    return text or None


def bare_definite(subject: Token) -> bool:
    """ "The mission": a common noun whose only dependent is "the"."""
    children = list(subject.children)
    return (
        subject.pos_ == "NOUN"
        and subject.tag_ == "NN"
        and len(children) == 1
        and children[0].text.lower() == "the"
    )


def named_before(noun: Token) -> str | None:
    """The one name given earlier to the same noun ("China's Chang'e-6 mission")."""
    names: set[str] = set()
    for token in noun.doc[: noun.sent.start]:
        before = noun.doc[token.i - 1] if token.i > 0 else None
        if token.text.lower() != noun.text.lower() or token.pos_ != "NOUN" or before is None:
            continue  # not "the International Space Station": "Station" is part of a name
        # the name right before the noun ("Chang'e-6 mission"), not "the United Nations
        # climate summit", whose name belongs to someone else, nor "the Norland mission"
        # or "a Bronze Age city", named for a country or a time
        if (
            before.head == token
            and before.dep_ == "compound"
            and before.pos_ == "PROPN"
            and (before.ent_type_ in _THING_NAMES or any(c.isdigit() for c in before.text))
        ):
            names.add(proper_name(before) or before.text)
    return names.pop() if len(names) == 1 else None
