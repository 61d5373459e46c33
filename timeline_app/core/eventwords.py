"""Words that name a happening, reduced to one family per happening.

"launched", "launch" and "the launch" name one happening; so do "landed", "landing",
"touched down" and "touchdown". Titles keep the clause's verb, so the event words of a
title say what kind of thing happened, and two reports of one day can be compared on
them even when the rest of their wording differs ("The mission was launched on a Long
March 5 rocket", "Its journey began with the launch from Hainan island").

Without the lemmatizer (the pipeline leaves it out) a small table does the work: a
crude suffix stemmer for regular forms, plus irregular verbs and the nouns made from
verbs. Verbs that say nothing about the happening ("was", "began", "said") are not
event words.
"""

from __future__ import annotations

import functools
import re

#: Words this short are compared as they are.
_MIN_STEM = 3
_TOKEN = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


def _table(spec: str) -> dict[str, str]:
    """ "family: form form …; …" as a form -> family map."""
    out = {}
    for entry in spec.split(";"):
        family, forms = entry.split(":")
        for form in forms.split():
            out[form] = family.strip()
    return out


#: Irregular forms and nouns of happenings, by family (regular forms come from the stemmer).
_FAMILIES = _table(
    "land: landing landings touchdown touched lands landed;"
    "launch: launch launches launched launching liftoff blastoff;"
    "return: return returns returned returning;"
    "win: won wins winning victory;"
    "lose: lost loses losing defeat defeated;"
    "meet: met meets meeting meetings summit talks;"
    "die: died dies dead death;"
    "bear: born birth;"
    "elect: elected election elections;"
    "vote: voted votes voting referendum ballot;"
    "sign: signed signs signing signature;"
    "agree: agreed agrees agreement deal accord;"
    "resign: resigned resigns resignation quit;"
    "arrive: arrived arrives arrival;"
    "open: opened opens opening;"
    "close: closed closes closing closure;"
    "announce: announced announces announcement unveiled;"
    "attack: attacked attacks;"
    "crash: crashed crashes;"
    "release: released releases;"
    "buy: bought buys purchase purchased acquired acquisition;"
    "sell: sold sells sale;"
    "dock: docked docks docking;"
    "orbit: orbit orbits orbited orbiting;"
    "marry: married marries marriage wedding;"
    "found: founded founds founding;"
    "build: built builds;"
    "fly: flew flies flight flown;"
    "leave: left leaves departure;"
    "begin-war: invaded invasion invades"
)
#: Verbs too general to say what happened.
_GENERIC = frozenset(
    str.split(
        "be is was were are been being has have had having say said says begin began begun "
        "make made take took taken become became get got go went do did done use used "
        "expect expected plan planned plans will would could should may might can need "
        "want wanted continue continued start started follow followed include included"
    )
)


def event_words(text: str) -> frozenset[str]:
    """Families of the words in ``text`` that name a happening (see module docstring)."""
    out = set()
    for k, token in enumerate(_TOKEN.findall(text)):
        word = token.lower()
        if word in _GENERIC or (k > 0 and token[:1].isupper()) or "-" in word:
            continue  # "United", "Limited", "ground-based" name nothing that happened
        family = _FAMILIES.get(word)
        if family is None and word.endswith("ed") and len(word) > _MIN_STEM + 2:
            family = _FAMILIES.get(stem(word), stem(word))
        if family is not None:
            out.add(family)
    return frozenset(out)


@functools.lru_cache(maxsize=1 << 16)  # de-duplication stems the same few words millions of times
def stem(word: str) -> str:
    """Crude suffix stripping, so "launched", "launch" and "launches" compare equal."""
    if len(word) <= _MIN_STEM:
        return word
    if word.endswith("ies"):
        word = word[:-3] + "y"
    elif word.endswith(("sses", "xes", "ches", "shes", "zes")):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    for suffix in ("ing", "ed", "er"):
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM:
            return word[: -len(suffix)]  # "agreed" -> "agre", like "agree" below
    return word[:-1] if word.endswith("e") else word
