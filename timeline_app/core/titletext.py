"""Titles without a parse, and the finishing touches every title gets.

Without the spaCy model there is no dependency tree to read, so the fallback title is
the quote with the date phrase, its preposition, leading adverbials ("Previously,"),
appositions (", a NATO member,"), side clauses ("despite …") and attributions
(", officials said") taken out, cut to :data:`MAX_WORDS` words.
"""

from __future__ import annotations

import re

from timeline_app.core.wordsets import word_set

#: Words shown on the timeline; longer titles lose their least important parts first.
MAX_WORDS = 14
#: Characters shown on the timeline; a title is cut between words to fit.
MAX_CHARS = 80
#: Where a clause starts: a blind cut goes back to before the last one.
_CLAUSE_OPENERS = frozenset(("that", "which", "who", "to", "and", "but", "while", "when"))
#: Words a blind cut must keep before a clause opener.
_MIN_CLAUSE_WORDS = 5


_EDGE_PUNCT = " ,;:-–—.\"'“”‘’"


def finish_title(title: str) -> str:
    """Whitespace, stray punctuation and capitalisation of a title."""
    title = " ".join(title.split())
    title = re.sub(r"\s+([,;:.!?’'])", r"\1", title).replace(" ’s", "’s")
    for opening, closing in (("(", ")"), ("“", "”"), ("«", "»"), ("„", "“")):
        if title.count(opening) != title.count(closing):
            title = title.replace(opening, "").replace(closing, "")
    if title.count('"') % 2:
        title = title.replace('"', "")
    title = _drop_dangling(title.strip(_EDGE_PUNCT)).strip(_EDGE_PUNCT)
    title = _LEAD_RELATIVE.sub("", title)
    return title[:1].upper() + title[1:]


#: "Which the council rejected …": a sentence that continues the one before it starts
#: with a relative pronoun, which means nothing on its own on a timeline.
_LEAD_RELATIVE = re.compile(r"^(?:which|who|whom)\s+(?=\S+\s+\S)", re.IGNORECASE)


def _drop_dangling(title: str) -> str:
    """ "… in a referendum by to": a title never ends on a preposition or conjunction
    (what followed it was a date or a side remark that the title left out)."""
    words = title.split(" ")
    while len(words) > 2 and words[-1].lower().strip(",;:") in _TRAILING_WORDS:
        words.pop()
    return " ".join(words)


_LEAD_ADVERBIAL = re.compile(
    r"^(?:\w+ly|however|meanwhile|previously|earlier|later|then|also|now|so|still|yet|"
    r"separately|elsewhere|in addition|at the time|back then)\s*,\s*",
    re.I,
)
_LEAD_PHRASE = re.compile(
    r"^(?:at|in|on|during|after|before|following|with|by|for|under)\s[^,]{0,80},\s*", re.I
)
_TRAILING_WORDS = word_set(
    "the a an to of and or but nor in on at for with by from into onto that which who as "
    "its their above below over under since until after before than about via"
)
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


#: Words left in front of a date once it is cut out ("wurde am | 3. Mai 1926 | eröffnet"),
#: per language; English uses :data:`_DATE_PREP`.
_DATE_LEAD_WORDS = {
    "de": word_set("am im um an in ab seit bis vom von zum zur schon bereits erst noch "
                    "der die den dem des dieses diesen letzten vergangenen kommenden für aus "
                    "nach vor bei"),
    "fr": word_set("le la les l' au aux en à dès depuis jusqu'en jusqu'au vers du de d' dans "
                    "pour ce cet cette par"),
    "es": word_set("el la los las en a al del de desde hasta hacia durante este esta para "
                    "por pasado pasada próximo próxima lo"),
    "it": word_set("il lo la i gli le nel nella al alla dal dalla del della a in da di entro "
                    "fino"),
    "pt": word_set("o a os as em no na nos nas ao à de do da desde até"),
    "nl": word_set("op in de het sinds tot van vanaf rond"),
    "pl": word_set("w we od do na z"),
    "sv": word_set("den på i sedan till från"),
    "da": word_set("den på i siden til fra om for"),
    "no": word_set("den på i siden til fra om for"),
    "cs": word_set("v ve od do roku roce kolem na"),
    "ro": word_set("în pe din de la până anul"),
    "fi": word_set("noin"),
    "tr": word_set("geçen"),
}  # fmt: skip
#: Words a title does not end on, per language (English: :data:`_TRAILING_WORDS`).
_TRAILING_BY_LANGUAGE = {
    code: words
    | word_set(
        "und oder et ou y o e en of i og über unter mit zu ohne gegen durch "
        "sur sous avec sans entre chez con sin sobre entre se sich"
    )
    for code, words in _DATE_LEAD_WORDS.items()
}


def _strip_lead_words(before: str, words: frozenset[str]) -> str:
    """ "Die Brücke wurde am " -> "Die Brücke wurde ": what only led into the date."""
    parts = before.rstrip().split(" ")
    while parts and parts[-1].lower() in words:
        parts.pop()
    return " ".join(parts) + " "


def drop_trailing(title: str, language: str) -> str:
    """A title in another language never ends on a preposition, an article or a bare
    number ("… eine Bürgschaft über 40", cut before "Millionen Euro")."""
    trailing = _TRAILING_BY_LANGUAGE.get(language)
    if trailing is None:
        return title
    words = title.split()
    while len(words) > 2 and (
        words[-1].lower().strip(",;:") in trailing or words[-1].strip(",;:").isdigit()
    ):
        words.pop()
    return " ".join(words)


def _without_others(sentence: str, others: list[tuple[int, int]], words: frozenset[str]) -> str:
    """The sentence with its other dates (and the words leading into them) left out."""
    out, position = [], 0
    for start, end in sorted(others):
        if start < position:
            continue
        out.append(_strip_lead_words(sentence[position:start], words))
        position = end
    return "".join(out) + sentence[position:]


def fallback_title(
    sentence: str,
    date_start: int,
    date_end: int,
    *,
    language: str = "",
    others: list[tuple[int, int]] | None = None,
) -> str:
    """A title without a parse: the sentence minus the date and its side remarks.

    Args:
        sentence: the quote.
        date_start: where the date phrase starts in ``sentence``.
        date_end: where it ends in ``sentence``.
        language: the document's language; other languages lose their own
            prepositions before the date ("am", "le", "el") and never end on one.
        others: the sentence's other dates (offsets in ``sentence``), left out too in
            the languages of :data:`_DATE_LEAD_WORDS`.
    """
    from timeline_app.core.timex_intl.longtail import SPACELESS

    if language in SPACELESS:  # no spaces to cut at: the sentence, its date in place
        return finish_title(sentence)
    lead = _DATE_LEAD_WORDS.get(language)
    if lead is None and language not in ("", "en"):
        # No word lists for this language: cutting the date out would leave its
        # preposition and case words dangling ("Здание построили в по проекту"), so the
        # sentence stays whole, its date in place, shortened between words.
        whole = re.sub(r"^\W+", "", sentence.strip())
        title = cut_words(whole)
        if title != whole and ", " in title:  # cut: end at the last comma it reached
            head = title.rsplit(", ", 1)[0]
            title = head if len(head.split()) >= _MIN_CLAUSE_WORDS else title
        return finish_title(title) or sentence
    if lead is not None:
        spans = [(date_start, date_end), *(others or [])]
        title = _without_others(sentence, spans, lead)
        title = re.sub(r"\([^()]*\)", " ", title)
        title = re.split(r"\s[—–]\s|;|:\s", re.sub(r"^\W+", "", title.strip()))[0]
        title = cut_words(title, clause=False)
        words = title.split()
        return finish_title(drop_trailing(" ".join(words), language)) or finish_title(sentence)
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
    return finish_title(cut_words(text, clause=True)) or finish_title(sentence)


def cut_words(title: str, *, clause: bool = False) -> str:
    """At most :data:`MAX_WORDS` words and :data:`MAX_CHARS` characters, cut between words.

    A cut title never ends on a preposition, article or conjunction. With ``clause``
    (text that was cut blindly) it ends before the last clause opener it reached
    ("… used the geometry of eclipses | to estimate that it lies"), when enough is left.
    """
    words = title.split()
    if len(words) <= MAX_WORDS and len(title) <= MAX_CHARS:
        return title
    words = words[:MAX_WORDS]
    while len(words) > 1 and len(" ".join(words)) > MAX_CHARS:
        words.pop()
    if clause:
        openers = [i for i, w in enumerate(words) if w.lower() in _CLAUSE_OPENERS]
        if openers and openers[-1] >= _MIN_CLAUSE_WORDS:
            words = words[: openers[-1]]
    while len(words) > 3 and words[-1].lower().strip(",;:") in _TRAILING_WORDS:
        words.pop()
    return " ".join(words).rstrip(",;: ")
