"""Titles without a parse, and the finishing touches every title gets.

Without the spaCy model there is no dependency tree to read, so the fallback title is
the quote with the date phrase, its preposition, leading adverbials ("Previously,"),
appositions (", a NATO member,"), side clauses ("despite …") and attributions
(", officials said") taken out, cut to :data:`MAX_WORDS` words.
"""

from __future__ import annotations

import re

#: Words shown on the timeline; longer titles lose their least important parts first.
MAX_WORDS = 14


def _words(spaced: str) -> frozenset[str]:
    """A word set written as one string, to keep the lexicons readable."""
    return frozenset(spaced.split())


_EDGE_PUNCT = " ,;:-–—.\"'“”‘’"


def finish_title(title: str) -> str:
    """Whitespace, stray punctuation and capitalisation of a title."""
    title = " ".join(title.split())
    title = re.sub(r"\s+([,;:.!?’'])", r"\1", title).replace(" ’s", "’s")
    for opening, closing in (("(", ")"), ("“", "”")):
        if title.count(opening) != title.count(closing):
            title = title.replace(opening, "").replace(closing, "")
    if title.count('"') % 2:
        title = title.replace('"', "")
    title = title.strip(_EDGE_PUNCT)
    return title[:1].upper() + title[1:]


_LEAD_ADVERBIAL = re.compile(
    r"^(?:\w+ly|however|meanwhile|previously|earlier|later|then|also|now|so|still|yet|"
    r"separately|elsewhere|in addition|at the time|back then)\s*,\s*",
    re.I,
)
_LEAD_PHRASE = re.compile(
    r"^(?:at|in|on|during|after|before|following|with|by|for|under)\s[^,]{0,80},\s*", re.I
)
_TRAILING_WORDS = _words("the a an to of and or in on at for with by from that which as its their")
_APPOSITION = re.compile(r",\s*(?:also\s+)?(?:a|an|the|who|which)\s[^,]{1,60},", re.I)
_SIDE_CLAUSE = re.compile(
    r"\s(?:despite|although|though|because|while|whereas|amid|according to)\b.*$", re.I
)
_ATTRIBUTION = re.compile(
    r",\s*(?:[\w.'’-]+\s+){1,4}(?:said|says|added|told|reported|announced|wrote)\b.*$", re.I
)
_DATE_PREP = re.compile(
    r"\b(?:in|on|at|since|by|during|from|until|till|of|as of|before|after)\s*$", re.I
)


def fallback_title(sentence: str, date_start: int, date_end: int) -> str:
    """A title without a parse: the sentence minus the date and its side remarks.

    Args:
        sentence: the quote.
        date_start: where the date phrase starts in ``sentence``.
        date_end: where it ends in ``sentence``.
    """
    before = _DATE_PREP.sub("", sentence[:date_start])
    text = f"{before} {sentence[date_end:]}"
    text = re.sub(r"\([^()]*\)", " ", text)
    text = re.sub(r"\s*,\s*(?:,\s*)+", ", ", text)
    text = re.sub(r"^\W+", "", text.strip())
    text = _LEAD_ADVERBIAL.sub("", text)
    text = _LEAD_PHRASE.sub("", text)
    text = _APPOSITION.sub("", text)
    text = _SIDE_CLAUSE.sub("", text)
    text = _ATTRIBUTION.sub("", text)
    text = re.split(r"\s[—–]\s|;|:\s", text)[0]
    words = text.split()
    if len(words) > MAX_WORDS:
        words = words[:MAX_WORDS]
        while len(words) > 3 and words[-1].lower().strip(",;:") in _TRAILING_WORDS:
            words.pop()
    return finish_title(" ".join(words).rstrip(",;: ")) or finish_title(sentence)
