"""Does the sentence around a mention look back or ahead?

A bare "Friday" or "June 2" is placed before or after the reference date by the tense of
the clause it sits in: "said Friday" is last Friday, "will meet on Friday" the next one.
With a spaCy parse the governing verb and its auxiliaries decide; without one, the
nearest tense word in the sentence does. Reporting verbs ("said") describe the report,
not the event, so they are ignored.
"""

from __future__ import annotations

import re
from typing import Any

_FUTURE = (
    r"will\s+(?:be|have)\s+\w+|will|won't|shall|'ll|going\s+to|plans?\s+to|plan|planned"
    r"|planning|would|scheduled|expects?|expected|is\s+to|are\s+to|upcoming|intends?\s+to"
    r"|as\s+early\s+as|as\s+soon\s+as|next|to\s+be\s+held|set\s+to|due|can|may|might"
)
_PAST = (
    r"had\s+been\s+(?:due|scheduled|expected|set|planned)|(?:previously|originally|as)\s+"
    r"(?:planned|scheduled)|[a-z]+ed|was|were|had|did|made|met|went|came|took|gave|saw"
    r"|began|begun|held|left|won|lost|fell|rose|sent|led|spoke|wrote|ago|last|since|got"
    r"|put|struck"
)
_TENSE = re.compile(rf"\b(?:(?P<future>{_FUTURE})|(?P<past>{_PAST}))\b", re.IGNORECASE)
#: A sentence ends at a stop, after any closing quotes or brackets ("… in the spring.''").
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s|\n\s*\n")
_REPORTING = frozenset({"say", "said", "says", "tell", "told", "tells", "report", "reported",
                        "announce", "announced", "add", "added"})  # fmt: skip
#: Verbs whose past tense is spelt as the present: a tagger's VBP may well be a past.
_SAME_PAST = frozenset({"hurt", "put", "cut", "set", "hit", "let", "cost", "shut", "spread",
                        "quit", "bet", "cast", "burst", "split", "upset", "read", "beat",
                        "bid", "broadcast", "forecast", "shed", "thrust"})  # fmt: skip
#: Words right before a date that put it ahead whatever the verb's tense: "postponed until
#: Tuesday", "as soon as Monday", "effective Feb. 1".
_AHEAD_CUE = re.compile(
    r"\b(?:until|till|as\s+(?:soon|early)\s+as|(?<!became\s)(?<!was\s)(?<!were\s)(?<!been\s)"
    r"effective|no\s+later\s+than)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
#: Verbs that arrange something for later: the date they govern is the arranged one.
_ARRANGING = frozenset(
    f"{stem}{end}"
    for stem, ends in (("schedule", "sd"), ("reschedule", "sd"), ("postpone", "sd"),
                       ("plan", ("s", "ned")), ("slate", "sd"), ("defer", ("s", "red")),
                       ("adjourn", ("s", "ed")))
    for end in ("", *ends)
)  # fmt: skip
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "can", "may", "might", "must", "should",
                         "would"})  # fmt: skip


def tense_at(text: str, start: int, end: int, doc: Any = None) -> int:
    """+1 when the clause of ``text[start:end]`` looks ahead, -1 when it looks back (-2 for a
    past perfect, which looks back firmly), else 0."""
    if _AHEAD_CUE.search(text, max(0, start - 30), start) and not _past_perfect(
        text, start, end, doc
    ):
        return 1
    if doc is not None:
        found = _tense_from_parse(doc, start, end)
        if found is not None:
            return found
    return _tense_from_words(text, start, end)


def _tense_from_parse(doc: Any, start: int, end: int) -> int | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    verb = _governing_verb(span.root)
    if verb is None:
        return None
    if verb.lemma_ in _REPORTING or verb.lower_ in _REPORTING:
        # "officials said on Sunday": the date is when it was said.
        return -1 if verb.tag_ == "VBD" else None
    if _arranged(verb, span):
        return 1  # "has scheduled a news conference Thursday": the event is ahead
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    lowers = {a.lower_ for a in auxes}
    if lowers & _FUTURE_AUX or "going" in lowers:
        return 1
    if verb.tag_ == "VBN" and "had" in lowers:
        return -2  # "had begun on August 12th": firmly before the reference
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return -1
    if verb.tag_ == "VBN" and lowers & {"has", "have"}:
        # "has extended the loans through January": what has been arranged runs on to
        # the end it names, which lies ahead
        return (
            1 if _UNTIL.search(span.doc.text, max(0, span.start_char - 8), span.start_char) else -1
        )
    if (
        verb.tag_ == "VB"
        and "to" in lowers
        and (_present_head(verb) or _intent_head(verb) or _promised(verb))
    ):
        return 1  # "have asked the union to return to talks on Monday"
    if verb.tag_ == "VBG" and lowers & {"is", "are", "am"}:
        return 1  # "is meeting on Friday": the present progressive plans ahead
    if verb.lower_ in ("is", "are", "'s", "'re") and not lowers and _attached_to(span.root, verb):
        return 1  # "The hearing is Tuesday", "the deadline is March 1": still ahead
    present = verb.tag_ in ("VBZ", "VBP") or _verb_tagged_adjective(verb)
    timetable = present and verb.lemma_ not in ("be", "have")
    if timetable and not lowers and _attached_to(span.root, verb):
        if verb.tag_ == "VBP" and verb.lower_ in _SAME_PAST:
            return -1  # "Weakness hurt the index on Friday": past more likely in news
        return 1  # "the two sides meet on Wednesday": a timetable
    return None


_UNTIL = re.compile(r"\b(?:through|until|till)\s+$", re.IGNORECASE)


def _present_head(verb: Any) -> bool:
    """The verb a to-infinitive hangs on is present or present perfect ("have asked")."""
    head = verb.head
    return head.tag_ in ("VBN", "VBP", "VBZ") and all(c.lower_ != "had" for c in head.children)


#: Verbs whose to-infinitive names something still to be done when they happened.
_PROMISING = frozenset(
    ("agreed", "planned", "promised", "pledged", "vowed", "intended", "offered", "proposed")
)


def _promised(verb: Any) -> bool:
    """ "agreed to purchase the line in February": what was agreed, planned or promised
    had not happened then, so its date lies ahead (of a past agreement: ahead of now too,
    since news reports an agreement soon after it is made)."""
    head = verb.head
    return verb.dep_ == "xcomp" and head.lower_ in _PROMISING and head.tag_ == "VBD"


def _intent_head(verb: Any) -> bool:
    """ "an agreement to acquire the bank in January", "a program to pay down the loan by
    February": an infinitive on a noun names what is intended, so it lies ahead."""
    return verb.head.pos_ == "NOUN" and verb.dep_ in ("acl", "relcl")


def _arranged(verb: Any, span: Any) -> bool:
    """ "has scheduled a news conference Thursday": a verb arranging an object for a date
    written after it (not "On Friday, the government planned to …")."""
    if verb.lower_ not in _ARRANGING or span.start < verb.i:
        return False
    deps = {c.dep_ for c in verb.children}
    return "dobj" in deps and not any(c.lower_ == "had" for c in verb.children)


def _past_perfect(text: str, start: int, end: int, doc: Any) -> bool:
    """ "Until Thursday, they had not called him a suspect": the cue looks back."""
    span = doc.char_span(start, end, alignment_mode="expand") if doc is not None else None
    if span is None or len(span) == 0:
        stop = _SENTENCE_END.search(text, end, end + 120)
        return re.search(r"\bhad\b", text[end : stop.start() if stop else end + 120]) is not None
    verb = _governing_verb(span.root)
    return verb is not None and any(c.lower_ == "had" for c in verb.children)


def _attached_to(date: Any, verb: Any) -> bool:
    """The date modifies the verb itself ("meet Monday", "open on Friday")."""
    head = date.head
    return bool(head.i == verb.i or (head.dep_ == "prep" and head.head.i == verb.i))


def _verb_tagged_adjective(token: Any) -> bool:
    """ "Pre-orders open on Friday": a sentence root tagged as an adjective, with a subject
    and no copula, is a verb in the present."""
    if token.dep_ != "ROOT" or token.pos_ != "ADJ":
        return False
    deps = {c.dep_ for c in token.children}
    return (
        "nsubj" in deps
        and "cop" not in deps
        and not any(c.lower_ in ("is", "are", "was", "were", "be", "been") for c in token.children)
    )


def _governing_verb(token: Any) -> Any:
    """The nearest verb above ``token``, or None."""
    for _ in range(6):
        head = token.head
        if head.i == token.i:
            return None
        if head.pos_ in ("VERB", "AUX") or _verb_tagged_adjective(head):
            return head
        token = head
    return None


def _tense_from_words(text: str, start: int, end: int) -> int:
    """The nearest tense word within the sentence (200 characters back, 60 ahead)."""
    left = max(
        (m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 200), start)), default=0
    )
    left = max(left, start - 200)
    right_m = _SENTENCE_END.search(text, end, end + 60)
    right = right_m.start() if right_m else min(len(text), end + 60)
    best, tense = len(text), 0
    for m in _TENSE.finditer(text, left, right):
        if start <= m.start() < end:
            continue
        dist = start - m.end() if m.end() <= start else m.start() - end
        if dist < best:
            best, tense = dist, 1 if m.group("future") is not None else -1
    return tense
