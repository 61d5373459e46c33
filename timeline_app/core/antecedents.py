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

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Earlier sentences searched for the name a pronoun stands for.
LOOK_BACK = 3
_SUBJECTS = ("nsubj", "nsubjpass")
#: Clauses whose pronoun subject may stand for the subject of the clause they hang on.
_JOINED = ("conj", "relcl")
_PERSONAL = {"it": "it", "its": "it", "they": "they", "their": "they"}
_PERSONAL |= {"he": "person", "his": "person", "she": "person", "her": "person"}
_BE = frozenset(("is", "was", "are", "were", "be", "been", "'s", "’s"))
#: Owners that are places: "China's Chang'e-6" is named "Chang'e-6".
_PLACES = frozenset(("GPE", "NORP", "LOC"))
#: Entity labels of names that say what a thing is called ("the Artemis programme");
#: coined names with a digit ("Chang'e-6") need no label.
_THING_NAMES = frozenset(("ORG", "PRODUCT", "FAC", "WORK_OF_ART", "LAW"))
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
        if low == "it" and _expletive(subject):
            return title
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
        if found is not None and found.i < pronoun.i and found.text.lower() not in _PERSONAL:
            return _agreeing_name(found, kind)
    if verb.dep_ in _JOINED and verb.head != verb:
        # "China became …, and it returned …", "Greece operates missiles, which it got …"
        head = verb.head if verb.dep_ == "conj" else verb.sent.root
        found = _clause_subject(head)
        if _same_pronoun_object(head, pronoun):
            return None  # "Cixi rebuilt it …, and in 1888 it received": "it" is not Cixi
        if found is not None and found.i < pronoun.i:
            if found.text.lower() in _PERSONAL:  # "It landed …, and its capsule came home"
                return _antecedent(found, kind) if _PERSONAL[found.text.lower()] == kind else None
            return _agreeing_name(found, kind)
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
        if subject.text.lower() in _PERSONAL:
            continue
        found = _agreeing_name(subject, kind)
        if found is None and subject.pos_ not in ("NOUN", "PROPN"):
            # a quantifier subject ("Little changed, because …") names nothing: the
            # clause under it may
            found = _clause_subject_name(sent.root, kind)
        if found is None and (kind == "it") == _is_person(subject):
            # "Berg proposed the reform …. It stalled": not Berg, so what Berg acted on;
            # "Police arrested the driver …. He was released": not the police
            obj = next((c for c in sent.root.children if c.dep_ == "dobj"), None)
            found = _agreeing_name(obj, kind) if obj is not None else None
        return found
    return None


#: Verbs of saying whose clause reports what the speaker did ("said it would …").
_SAYING = frozenset(("said", "says", "say", "announced", "told", "added", "confirmed"))


def _clause_subject_name(root: Token, kind: str) -> str | None:
    """An agreeing subject of a clause under ``root`` ("because <subject> …"), last first."""
    clauses = [c for c in root.children if c.dep_ in ("advcl", "ccomp")]
    for clause in reversed(clauses):
        inner = next((c for c in clause.children if c.dep_ in _SUBJECTS), None)
        if inner is not None and inner.text.lower() not in _PERSONAL:
            found = _agreeing_name(inner, kind)
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


def _is_person(token: Token) -> bool:
    if token.pos_ == "NOUN":
        return token.text.lower() in _PERSON_NOUNS | _ROLE_NOUNS
    return token.ent_type_ == "PERSON" and not _named_as_thing(token)


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


#: Nouns for one person that "he" or "she" can stand for ("A man was arrested …. He …").
_PERSON_NOUNS = _words("man woman boy girl teenager driver pilot passenger suspect victim")
#: Titles of people: never what "it" stands for ("The minister proposed the reform. It …").
_ROLE_NOUNS = _words(
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


def _same_pronoun_object(verb: Token, pronoun: Token) -> bool:
    """Does the clause have an object that is the same pronoun ("rebuilt it")?"""
    low = _PERSONAL.get(pronoun.text.lower())
    return any(
        c.dep_ in ("dobj", "pobj", "dative") and _PERSONAL.get(c.text.lower()) == low
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
    if verb.text.lower() in _BE and _name(subject) is None:
        attr = next((c for c in verb.children if c.dep_ == "attr"), None)
        if attr is not None and _name(attr) is not None:
            return attr
    return subject


def _agreeing_name(subject: Token, kind: str) -> str | None:
    """The subject's name when it agrees with the pronoun's person and number.

    "They" takes "Norland and Vestia" only when every conjunct is a name; "he" and
    "she" take a person only when no other person is named in that sentence (the
    parse does not say who is a man or a woman).
    """
    conjuncts = [c for c in subject.children if c.dep_ == "conj"]
    names = [_name(t) for t in (subject, *conjuncts)]
    if any(n is None for n in names):
        return _agreeing_noun(subject, kind) if not conjuncts else None
    plural = subject.tag_ in ("NNS", "NNPS") or bool(conjuncts)
    person = _is_person(subject)
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
    if kind == "it" and _is_person(subject):
        return None
    plural = subject.tag_ == "NNS"
    if plural != (kind == "they"):
        return None
    if _bare_definite(subject):  # "The mission …. It entered orbit": the mission's name
        name = _named_before(subject)
        if name:
            return name
    words = [subject]
    for t in reversed(list(subject.doc[subject.left_edge.i : subject.i])):
        if t.dep_ not in _NP_PARTS and t.head.dep_ not in _NP_PARTS:
            break
        words.insert(0, t)
    text = "".join(t.text_with_ws for t in words).strip()
    if len(text.split()) > _NP_WORDS or any(t.text.lower() in _PERSONAL for t in words):
        return None
    return text[:1].lower() + text[1:] if words[0].dep_ == "det" else text


def _name(token: Token) -> str | None:
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
            names.add(_name(before) or before.text)
    return names.pop() if len(names) == 1 else None
