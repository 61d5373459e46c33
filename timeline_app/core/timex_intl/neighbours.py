"""What the words around a date do to it, in any language (:mod:`.context_words`).

Two readings that need no parser:

* a period right after a superlative and an "of"/"from" is the class being compared,
  not a time something happened: "Sveriges äldsta fyr från 1600-talet", "l'un des plus
  anciens cloîtres du XIIe siècle", "jednym z najlepiej zachowanych ratuszy z XIV
  wieku". "Ein Nachbau aus den 1980er Jahren" (no superlative) still dates the replica.
* a bare weekday in a clause without a past verb is the coming one ("a w piątek muzeum
  zaprasza"), and Swedish "på lördag" says so by its preposition alone;
* "today" right after "which" in such a clause is "nowadays".
"""

from __future__ import annotations

import re

from timeline_app.core.timex_intl.context_words import context_words
from timeline_app.core.timex_intl.grammar import alternation

#: How many words a superlative may stand before the "of" ("más altas de los mercados
#: modernistas del siglo XX").
_SUPERLATIVE_WINDOW = 7
_CLAUSE_BREAK = re.compile(r"[,;:.!?–—()\n]")


def comparison_class(text: str, start: int, code: str) -> bool:
    """Whether the period at ``start`` follows "superlative … of/from", in its clause."""
    words = context_words(code)
    if not words.superlative or not words.of_period:
        return False
    before = _clause_before(text, start)
    of = re.search(rf"(?:^|\s)(?:{alternation(words.of_period)})\s*$", before, re.I)
    if of is None:
        return False
    window = before[: of.start()].split()[-_SUPERLATIVE_WINDOW:]
    return re.search(words.superlative, " ".join(window), re.I) is not None


def coming_weekday(text: str, start: int, code: str) -> bool:
    """Whether a bare weekday at ``start`` is the coming one (see the module docstring)."""
    words = context_words(code)
    before = _clause_before(text, start)
    if words.coming_lead and re.search(
        rf"(?:^|\s)(?:{alternation(words.coming_lead)})\s*$", before, re.I
    ):
        return True
    if not words.past_verb:
        return False
    after = _CLAUSE_BREAK.search(text, start)
    clause = before + text[start : after.start() if after else len(text)]
    return re.search(words.past_verb, clause, re.I) is None


def _clause_before(text: str, start: int) -> str:
    """The text from the start of ``start``'s clause up to ``start``."""
    begin = max((m.end() for m in _CLAUSE_BREAK.finditer(text, max(0, start - 200), start)),
                default=max(0, start - 200))  # fmt: skip
    return text[begin:start]


def nowadays(text: str, start: int, code: str) -> bool:
    """ "beton, který dnes kámen poškozuje": "today" right after "which", in a clause with
    no past verb, says how things are now; "který dnes oznámil" (past) still dates."""
    words = context_words(code)
    if not words.relative_pronouns or not words.past_verb:
        return False
    before = _clause_before(text, start)
    if not re.search(rf"(?:^|\s)(?:{alternation(words.relative_pronouns)})\s*$", before, re.I):
        return False
    after = _CLAUSE_BREAK.search(text, start)
    return re.search(words.past_verb, text[start : after.start() if after else len(text)],
                     re.I) is None  # fmt: skip
