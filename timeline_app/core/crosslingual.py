"""Cues that say two reports in different languages tell the same happening.

An English and a German report of one event share almost no words ("bridge" and
"Brücke"), and only French has a parser for names. What survives translation is
language-independent: proper names ("Rostock", "Nordwerft", "Anne Hidalgo"), numbers
("40 million", "40 Millionen"; "30,000" and "30.000") and, more weakly, cognates
("insolvency", "Insolvenz", "insolvencia"). :func:`cross_language_alike` asks for two
such anchors on the same exact day, because two different happenings of one day in one
city share a name far more often than two names or a name and an amount.

Which language a sentence is in is guessed from its function words
(:func:`sentence_language`), cheaply, since the merge profiles every event once and the
event does not carry its document's language.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from timeline_app.core.wordsets import word_set

#: Frequent function words per language (short, unambiguous between these languages).
_FUNCTION_WORDS = {
    "en": word_set("the and of to was were has have had with that for from its their"),
    "de": word_set("der die das und ist wurde wurden hat haben mit dem den des ein eine "
                      "nicht auf sich für von zu im"),
    "fr": word_set("le la les et est a été des du une un au aux avec pour dans qui sur "
                      "ont ne pas"),
    "es": word_set("el los las y fue ha han con del una un para por en que se al su "
                      "sus"),
    "it": word_set("il gli le e è stato stata della delle dei con per una un nel che "
                      "alla"),
    "pt": word_set("o os as e foi com do da dos das uma um para em que no na pelo "
                      "pela"),
    "nl": word_set("de het een en van is werd heeft met op voor niet zijn dat die "
                      "door"),
    # the languages read with dates only: words none of the others uses ("og" is both
    # Danish and Norwegian, so a sentence of either stays unguessed on it alone)
    "pl": word_set("się nie został została jest są był była oraz przez który która"),
    "sv": word_set("och att är blev inte för som till av sedan"),
    "da": word_set("og af blev ikke også efter hvor være været"),
    "no": word_set("og av ble ikke også etter hvor være vært"),
    "cs": word_set("je byl byla bylo se které který jsou také podle"),
    "ro": word_set("și în fost este care pentru din cu mai după"),
    "fi": word_set("ja on oli että myös kun mutta ovat olivat"),
    "tr": word_set("ve bir bu için ile olarak daha olan göre"),
}  # fmt: skip
#: Function word -> the languages it belongs to (one dictionary look-up per word).
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}
for _code, _table in _FUNCTION_WORDS.items():
    for _word in _table:
        _LANGUAGES_OF[_word] = (*_LANGUAGES_OF.get(_word, ()), _code)
#: Hits of one language's function words needed, and the lead over the runner-up.
_MIN_HITS = 2
_TOKEN = re.compile(r"[^\W_]+(?:['’.,-][^\W_]+)*")
_NUMBER = re.compile(r"^\d[\d.,’' ]*$")
#: What ends a sentence (or the cut-out date), so the next word's capital says nothing.
_OPENERS = frozenset('.!?·:–—"„“«')
_ELISION = re.compile(r"^\w{1,2}['’]")
#: An amount of this many digits is an anchor ("2,000", "30.000"); a shorter one a hint.
_ANCHOR_DIGITS = 3
#: Shortest word that counts as a cognate, and how much of its start is compared.
_COGNATE_LENGTH = 7
_COGNATE_PREFIX = 6
#: Capitalised words that are no names in any of these languages (sentence openers,
#: titles, units, weekdays and months are mostly inside the date or at the start).
_NOT_NAMES = word_set(
    "the a an der die das ein eine le la les un une el los las il lo gli o os as de du "
    "mr mrs dr prof herr frau m mme sr sra president präsident président presidente "
    "euro euros dollar dollars million millionen millions millones milliarden billion "
    "minister ministerin ministre ministro"
)


@dataclass(frozen=True, slots=True)
class Anchors:
    """What a sentence names, whatever its language.

    Attributes:
        names: each run of capitalised words as a set of folded words ("anne",
            "hidalgo"), so "Macron" matches "Emmanuel Macron" once, not twice.
        numbers: amounts of three digits or more, separators removed ("30000", "2000").
        cognates: the folded starts of long content words ("insolv"), and two-digit
            amounts ("#40"), which are hints rather than anchors.
    """

    names: tuple[frozenset[str], ...]
    numbers: frozenset[str]
    cognates: frozenset[str]

    def features(self) -> frozenset[str]:
        """Index keys: a related report in another language shares one of these."""
        words = {f"^{w}" for name in self.names for w in name}
        return frozenset(words | {f"#{n}" for n in self.numbers})


def fold(word: str) -> str:
    """Lower case without accents: "Brücke" -> "brucke", "Hidalgo’s" -> "hidalgo"."""
    word = re.sub(r"['’]s$", "", word)
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def sentence_language(text: str) -> str:
    """The language whose function words the sentence uses most, or "" when unclear."""
    return words_language([w.lower() for w in _TOKEN.findall(text)])


def words_language(words: list[str]) -> str:
    """:func:`sentence_language` of lower-case words (the merge has them already)."""
    counts: dict[str, int] = {}
    for word in words:
        for code in _LANGUAGES_OF.get(word, ()):
            counts[code] = counts.get(code, 0) + 1
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    if not ranked or ranked[0][1] < _MIN_HITS:
        return ""
    return ranked[0][0] if len(ranked) == 1 or ranked[0][1] > ranked[1][1] else ""


def anchors(quote: str, date_start: int, date_end: int) -> Anchors:
    """Names, numbers and cognates of ``quote`` outside its date phrase (quote offsets)."""
    text = f"{quote[:date_start]} · {quote[date_end:]}"
    names: list[frozenset[str]] = []
    run: list[str] = []
    numbers: set[str] = set()
    cognates: set[str] = set()
    previous_end = -1
    for m in _TOKEN.finditer(text):
        word = m.group()
        gap = text[max(previous_end, 0) : m.start()]
        opener = previous_end < 0 or any(ch in _OPENERS for ch in gap)  # a sentence start
        previous_end = m.end()
        if run and gap.strip():  # "Frankfurt, Christine Lagarde": two names
            names.append(frozenset(run))
            run = []
        if word[0].isdigit():
            digits = re.sub(r"\D", "", word) if _NUMBER.match(word) else ""
            if len(digits) >= _ANCHOR_DIGITS:
                numbers.add(digits.lstrip("0") or "0")
            elif len(digits) >= 2:  # "40 people": common enough to be only a hint
                cognates.add(f"#{digits}")
        elif word[0].isupper() and not opener and len(word) > 1:
            folded = fold(word)
            if folded not in _NOT_NAMES:
                run.extend(folded.split("-"))  # "Mecklenburg-Vorpommern", "-Western"
                continue
        if run:
            names.append(frozenset(run))
            run = []
        stem = _ELISION.sub("", word)  # "d'insolvabilité", "l'administrateur"
        if len(stem) >= _COGNATE_LENGTH and stem.isalpha():
            cognates.add(fold(stem[: _COGNATE_PREFIX + 2])[:_COGNATE_PREFIX])
    if run:
        names.append(frozenset(run))
    # German capitalises nouns: a capitalised word is a name candidate, and a cognate too
    cognates.update(w[:_COGNATE_PREFIX] for n in names for w in n if len(w) >= _COGNATE_LENGTH)
    return Anchors(tuple(names), frozenset(numbers), frozenset(cognates))


def _matched(a: Anchors, b: Anchors) -> tuple[list[frozenset[str]], list[frozenset[str]]]:
    """The names of each that the other has too (sharing a word: "Macron", "Emmanuel
    Macron")."""
    a_words = frozenset().union(*a.names) if a.names else frozenset()
    b_words = frozenset().union(*b.names) if b.names else frozenset()
    return [n for n in a.names if n & b_words], [n for n in b.names if n & a_words]


def shared_anchors(a: Anchors, b: Anchors) -> int:
    """Names and numbers both sentences have (a name counts once, however written)."""
    in_a, in_b = _matched(a, b)
    return min(len(in_a), len(in_b)) + len(a.numbers & b.numbers)


def cross_language_alike(a: Anchors, b: Anchors) -> bool:
    """Two reports of one exact day in different languages: the same happening?

    Two shared anchors (names or amounts) make it one; one anchor needs two cognates
    besides, not counting the shared name's own words ("Christine Lagarde" at the start
    of one sentence is a cognate of the name in the other, not more evidence).
    """
    shared = shared_anchors(a, b)
    if shared >= 2:
        return True
    if shared != 1:
        return False
    in_a, in_b = _matched(a, b)
    own = {w[:_COGNATE_PREFIX] for n in (*in_a, *in_b) for w in n}
    return len((a.cognates & b.cognates) - own) >= 2
