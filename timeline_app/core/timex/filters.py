"""Vetoes: the places where a grammar match is not a time expression at all.

Numbers that look like years but count things ("2000 troops"), month names that are
names or verbs ("Theresa May", "may", "the March for Europe"), bare plural units with
no temporal reading. Each check looks only at the text around the match (and at
spaCy's entities when a parse is available), never at a particular document.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from itertools import accumulate

from timeline_app.core.timex.lexicon import AMBIGUOUS_MONTHS, MONTHS

_WORD_BEFORE = re.compile(r"([A-Za-z][\w.'’]*|\d[\d,.]*|[$£€%#])\W*$")
_WORD_AFTER = re.compile(r"^\W{0,3}?([A-Za-z][\w'’-]*|\d[\d,.]*|[%])")
_DATE_PREPS = frozenset({
    "in", "of", "since", "until", "till", "by", "during", "through", "from", "to", "before",
    "after", "early", "late", "mid", "last", "next", "this", "between", "and", "or", "each",
    "every", "throughout", "into", "on", "around", "circa", "for", "fiscal", "year",
    "spring", "summer", "autumn", "fall", "winter", "c.", "about",
})  # fmt: skip
_NOT_PLURAL = frozenset({
    "was", "has", "is", "as", "its", "this", "his", "thus", "plus", "us", "does",
    "saw", "always", "whereas", "perhaps", "news", "sales", "results", "earnings",
    "elections", "levels", "prices", "rates", "figures", "games", "olympics",
})  # fmt: skip
_ADDRESS = re.compile(r"^\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|"
                      r"Blvd|Lane|Drive|Way|Place|Square)\b")  # fmt: skip
_NUMBERISH_BEFORE = frozenset({
    "no.", "nos.", "number", "page", "pages", "p.", "pp.", "room", "flight", "route",
    "highway", "suite", "box", "article", "chapter", "section", "model", "version", "paragraph",
    "rule", "resolution", "platform", "gate", "bus", "line", "interstate", "exit", "unit",
})  # fmt: skip
_VERB_AFTER = re.compile(
    r"\s+(?:said|says|told|announced|added|wrote|has|had|was|is|will|would|could|should|"
    r"may|might|must|did|does|[a-z]+ed\b(?!\s+(?:by|in|on|at)\b))"
)
_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her"})
#: A lower-case noun after the month, not a preposition ("the March for Europe").
_ATTRIBUTIVE = re.compile(
    r"\s+(?!(?:for|of|to|and|or|in|on|at|by|with|from|against|through|is|was|will)\b)"
    r"[a-z]{3,}\b"
)
_BLOCKING_ENTS = frozenset({"MONEY", "PERCENT", "QUANTITY", "PRODUCT", "LAW", "FAC", "PERSON"})


def word_before(text: str, start: int) -> str:
    """The token right before ``start`` (lower case), skipping spaces and punctuation."""
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return m.group(1).lower() if m else ""


def word_after(text: str, end: int) -> str:
    """The token right after ``end`` (case kept)."""
    m = _WORD_AFTER.match(text[end : end + 40])
    return m.group(1) if m else ""


def year_is_quantity(text: str, start: int, end: int) -> bool:
    """A bare four-digit number that counts or names something rather than dating it."""
    before = word_before(text, start)
    after = word_after(text, end)
    if before in ("$", "£", "€", "#") or before in _NUMBERISH_BEFORE or after == "%":
        return True
    glued_before = text[start - 2 : start - 1].isdigit() and text[start - 1 : start] in ",."
    glued_after = text[end : end + 1] in (":", "-", ",", ".") and text[end + 1 : end + 2].isdigit()
    if glued_before or glued_after:
        return True
    if _ADDRESS.match(text[end : end + 60]):
        return True
    if after.lower() in ("percent", "per", "times", "points", "yen", "dollars", "euros"):
        return True
    plural = after.islower() and len(after) > 3 and after.endswith("s")
    before_ok = before in _DATE_PREPS - {"and", "or", "to", "for", "between"} or before in (
        "the",
        "its",
        "their",
        "his",
        "her",
    )
    return plural and after not in _NOT_PLURAL and not before_ok


def month_is_word(text: str, start: int, mon_start: int, mon_end: int, *, alone: bool) -> bool:
    """A month name used as a word: "may" (modal), "Theresa May", "the March for Europe".

    Lower-case ambiguous names never count; capitalised ones need a date-like context
    when they stand alone (no day or year attached).
    """
    word = text[mon_start:mon_end].rstrip(".")
    key = word.lower()
    if key not in MONTHS:
        return False
    if key in AMBIGUOUS_MONTHS and word.islower():
        return True
    if not alone:
        return False
    short = len(key) <= 4 and key not in ("may", "june", "july")
    if short and text[mon_end : mon_end + 1] != ".":
        return True
    if key not in AMBIGUOUS_MONTHS:
        return False
    if mon_start > start:  # "last May", "early June": the modifier is the context
        return False
    if _VERB_AFTER.match(text, mon_end):  # "and May announced": a person doing something
        return True
    before = word_before(text, start)
    if before in _DETERMINERS and key != "may" and _ATTRIBUTIVE.match(text, mon_end):
        return False  # "the March accession", "a June agreement": a month before its noun
    return before not in _DATE_PREPS or _after_name(text, mon_start)


def season_is_word(text: str, end: int) -> bool:
    """A season naming something else: "the summer Games", "Winter Olympics"."""
    return bool(re.match(r"\s+[A-Z][a-z]", text[end : end + 3]))


def _after_name(text: str, start: int) -> bool:
    """The previous word is a capitalised name mid-sentence ("Theresa May")."""
    m = re.search(r"([A-Z][a-z]+)\s+$", text[max(0, start - 30) : start])
    if not m:
        return False
    head = text[: start - len(m.group(0))].rstrip()
    return bool(head) and head[-1] not in '.!?"“:' and m.group(1).lower() not in _DATE_PREPS


_OPEN_QUOTE = re.compile(r"(?:``|[\"“])([^\"“”`\n]{0,40})$")
_CLOSE_QUOTE = re.compile(r"^([^\"“”'\n]{0,40}?)[,.!?]?(?:''|[\"”])")
_TITLE_WORD = re.compile(r"^(?:[A-Z][\w'’-]*|of|the|a|an|and|in|on|at|with|for|to|from)$")


def in_title(text: str, start: int, end: int) -> bool:
    """A capitalised, digit-free match inside a short quoted title: the film "High Noon",
    ABC's "This Week", the "Spring of Life" protests."""
    written = text[start:end]
    if not written[:1].isupper() or any(c.isdigit() for c in written):
        return False
    left = _OPEN_QUOTE.search(text, max(0, start - 40), start)
    right = _CLOSE_QUOTE.match(text[end : end + 44])
    if left is None or right is None:
        return False
    words = (left.group(1) + " " + right.group(1)).split()
    return all(_TITLE_WORD.match(w) for w in words)


def named_today(text: str, start: int, end: int) -> bool:
    """ "VOA Today", "USA Today": a capitalised Today after a name, mid-sentence."""
    if text[start:end] != "Today":
        return False
    m = re.search(r"([A-Z][\w.]*)\s+$", text[max(0, start - 30) : start])
    if m is None:
        return False
    head = text[: start - len(m.group(0))].rstrip()
    return bool(head) and head[-1] not in ".!?:;\"“'`"


#: "today's youth", "the world of tomorrow": the present or future age, not a day.
_GENERIC_AFTER = re.compile(
    r"['’]s\s+(?:young|youth|world|society|generation|children|kids|teenagers|families"
    r"|culture|technology|economy|personal|standards|media|politics|era)\b",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?]|''|$)")


def generic_day(text: str, start: int, end: int) -> bool:
    """ "today's world", "the people of tomorrow": an age, which TimeML leaves untagged."""
    if text[start:end].lower() not in ("today", "tomorrow"):
        return False
    if _GENERIC_AFTER.match(text, end):
        return True
    return word_before(text, start) == "of" and bool(_CLAUSE_END.match(text, end))


_ERA_WORDS = re.compile(
    r"\b(?:A\.?D\.?|B\.?C\.?(?:E\.?)?|C\.E\.|(?:\d+(?:st|nd|rd|th)|first|second|third|fourth"
    r"|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\s+centur(?:y|ies))(?=\W|$)"
)


def historical(text: str, start: int) -> bool:
    """The text around ``start`` speaks of eras or early centuries ("AD 330", "the fifth
    century"), so a bare "476" after "to" can be a year."""
    return _ERA_WORDS.search(text, max(0, start - 1500), start + 1500) is not None


class EntityIndex:
    """spaCy's blocking entities (money, quantity, product, law, person), sorted for bisect.

    A date-heavy text has thousands of matches and entities; testing each match against
    every entity was quadratic. Here a match costs one binary search.
    """

    def __init__(self, ents: Iterable[tuple[int, int, str]]) -> None:
        spans = sorted((s, e) for s, e, label in ents if label in _BLOCKING_ENTS)
        self._starts = [s for s, _ in spans]
        #: the furthest end among the entities starting at or before each index
        self._reach = list(accumulate((e for _, e in spans), max))

    def overlaps(self, start: int, end: int) -> bool:
        """Some blocking entity overlaps ``[start, end)``."""
        i = bisect.bisect_left(self._starts, end)  # entities [0, i) start before ``end``
        return i > 0 and self._reach[i - 1] > start


def blocked_by_entity(ents: EntityIndex, start: int, end: int) -> bool:
    """spaCy put this span inside a money, quantity, product, law or person entity."""
    return ents.overlaps(start, end)
