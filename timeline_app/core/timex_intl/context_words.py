"""Per-language words that read a date's surroundings rather than the date itself.

:mod:`.extras` holds the words of date expressions; these say what the neighbours of a
date do to it, in every language the same way:

* a two-digit decade or year ("anni '80", "lata 90.", "80-talet", "nell'80", "en el 92")
  takes its century from the document (:mod:`.shortyears`);
* a period after a superlative is a comparison class, not a happening ("Sveriges
  äldsta fyr från 1600-talet", "l'un des plus anciens cloîtres du XIIe siècle");
* a bare weekday in a clause with no past verb is the coming one ("a w piątek muzeum
  zaprasza"), and some prepositions say so by themselves (Swedish "på lördag").
"""

from __future__ import annotations

import functools
from dataclasses import dataclass


@dataclass(frozen=True)
class ContextWords:
    """Words and shapes of one language, all matched case-insensitively.

    Attributes:
        short_decade: a regex with a ``dec2`` group (one digit and a 0) for a decade
            written with two digits ("anni '80", "80er Jahren").
        short_year: a regex with a ``yy`` group for a year written with two digits after a
            preposition ("nell'80", "nel '68", "en el 92"); the lead is part of the regex.
        superlative: a regex that, in the few words before a period, makes the period a
            comparison class ("äldsta", "plus anciens", "najlepiej").
        of_period: prepositions that join a comparison class ("från", "du", "z").
        past_verb: a regex of past-tense verb forms; a clause without one speaks of now
            or later, so a bare weekday in it is the coming one.
        coming_lead: prepositions that make a bare weekday the coming one by themselves
            (Swedish "på lördag"; "i lördags" is the last one).
        old_year: a regex with a ``y3`` group for a year of three digits after a word
            that only a year takes ("nel 547", "im Jahr 800", "w 966 roku").
        season_lead: a regex of the words before a season named without a year ("im
            Herbst", "en automne"), which then falls in the year the text speaks of.
        season_after_year: the year comes before the season ("2025 sonbaharında").
        relative_pronouns: "which", "who": "today" right after one, in a clause with no
            past verb, is "nowadays" ("beton, který dnes kámen poškozuje").
        last_century: a regex for "the last century" ("au siècle dernier"), the century
            before the document's date.
    """

    short_decade: str = ""
    short_year: str = ""
    superlative: str = ""
    of_period: tuple[str, ...] = ()
    past_verb: str = ""
    coming_lead: tuple[str, ...] = ()
    old_year: str = ""
    season_lead: str = ""
    season_after_year: bool = False
    relative_pronouns: tuple[str, ...] = ()
    last_century: str = ""


_Q = r"['’]"  # the apostrophe of "'68", straight or curly

CONTEXT_WORDS = {
    "de": ContextWords(
        last_century=r"(?:im\s+)?(?:letzten|vorigen|vergangenen)\s+Jahrhunderts?",
        old_year=r"(?:im\s+Jahre?|Jahre?)\s+(?P<y3>[1-9]\d{2})",
        season_lead=r"im",
        short_decade=r"(?P<dec2>[1-9]0)er(?:\s+Jahren?|-Jahren?|n)",
        superlative=r"\b(?:\w+ste[nmrs]?|am\s+\w+sten|meistens?)\b",
        of_period=("aus dem", "aus den", "des", "der"),
    ),
    "fr": ContextWords(
        last_century=r"(?:au\s+|le\s+|du\s+)?siècle\s+(?:dernier|passé)",
        old_year=r"(?:en\s+l'an|l'an)\s+(?P<y3>[1-9]\d{2})",
        season_lead=r"en|au|cet|cette",
        short_decade=rf"années\s+{_Q}?(?P<dec2>[1-9]0)",
        short_year=rf"(?:en|depuis)\s+(?P<yy>{_Q}\d\d|[3-9]\d)",
        superlative=r"\b(?:plus|moins|mieux)\s+\w+",
        of_period=("du", "des", "de"),
    ),
    "es": ContextWords(
        last_century=r"(?:el\s+|del\s+)?siglo\s+pasado",
        old_year=r"(?:en\s+el\s+año|el\s+año|año)\s+(?P<y3>[1-9]\d{2})",
        season_lead=r"en|este|esta|en\s+el|en\s+la",
        short_decade=rf"(?:década\s+de(?:\s+los)?|años)\s+{_Q}?(?P<dec2>[1-9]0)",
        short_year=rf"(?:en\s+el|del|desde\s+el)\s+(?P<yy>{_Q}\d\d|[3-9]\d)",
        superlative=r"\b(?:más|menos|mejor|peor)\s+\w+",
        of_period=("del", "de los", "de"),
    ),
    "it": ContextWords(
        last_century=r"(?:il\s+|nel\s+|del\s+)?secolo\s+scorso",
        old_year=r"(?:nel|dal|nell'anno|anno)\s+(?P<y3>[1-9]\d{2})",
        season_lead=r"in|quest['’]|questa|nella|nell['’]",
        short_decade=rf"anni\s+{_Q}?(?P<dec2>[1-9]0)",
        short_year=rf"(?:(?:nell|dell|dall){_Q}(?P<yy>\d\d)|(?:nel|del|dal)\s+(?P<yy2>{_Q}\d\d|[3-9]\d))",
        superlative=r"\b(?:più|meno|meglio|peggio)\s+\w+",
        of_period=("del", "dal", "dei"),
    ),
    "pt": ContextWords(
        last_century=r"(?:o\s+|no\s+|do\s+)?século\s+passado",
        old_year=r"(?:no\s+ano\s+de|ano\s+de)\s+(?P<y3>[1-9]\d{2})",
        season_lead=r"no|na|neste|nesta",
        short_decade=rf"(?:década\s+de|anos)\s+{_Q}?(?P<dec2>[1-9]0)",
        superlative=r"\b(?:mais|menos|melhor|pior)\s+\w+",
        of_period=("do", "dos", "de"),
    ),
    "nl": ContextWords(
        last_century=r"(?:in\s+)?de\s+vorige\s+eeuw",
        old_year=r"(?:in\s+het\s+jaar|jaar)\s+(?P<y3>[1-9]\d{2})",
        season_lead=r"in\s+de|in\s+het|dit|deze",
        short_decade=rf"jaren\s+{_Q}?(?P<dec2>[1-9]0)",
        superlative=r"\b(?:\w+ste|best|meest\s+\w+)\b",
        of_period=("uit de", "van de", "uit het"),
    ),
    "pl": ContextWords(
        last_century=r"(?:w\s+)?(?:ubiegłym|zeszłym|poprzednim)\s+wieku",
        old_year=r"(?P<y3>[1-9]\d{2})\s+(?:roku|r\.)",
        short_decade=r"lat(?:a|ach|ami)?\s+(?P<dec2>[1-9]0)(?:\.|-te|-tych|-tymi)",
        superlative=r"\bnaj\w+",
        of_period=("z", "ze"),
        past_verb=r"\b\w+(?:ł|ła|ło|li|ły|łem|łam|liśmy|łyśmy)\b",
        relative_pronouns=("który", "która", "które", "którzy", "co"),
    ),
    "sv": ContextWords(
        last_century=r"förra\s+(?:seklet|århundradet)",
        old_year=r"år\s+(?P<y3>[1-9]\d{2})",
        season_lead=r"under|till|i",
        short_decade=r"(?P<dec2>[1-9]0)-talet",
        superlative=r"\b(?:\w+(?:aste|sta)|bäst|mest\s+\w+)\b",
        of_period=("från",),
        coming_lead=("på",),
    ),
    "da": ContextWords(
        last_century=r"(?:i\s+)?sidste\s+århundrede",
        short_decade=r"(?P<dec2>[1-9]0)['’]?erne",
        superlative=r"\b(?:\w+este|\w+ste|bedst|mest\s+\w+)\b",
        of_period=("fra",),
        coming_lead=("på",),
    ),
    "no": ContextWords(
        last_century=r"(?:i\s+)?forrige\s+århundre",
        short_decade=r"(?P<dec2>[1-9]0)-tallet",
        superlative=r"\b(?:\w+este|\w+ste|best|mest\s+\w+)\b",
        of_period=("fra",),
        coming_lead=("på",),
    ),
    "cs": ContextWords(
        last_century=r"(?:v\s+)?minulém\s+století",
        short_decade=r"(?P<dec2>[1-9]0)\.\s+let(?:ech|a)?",
        superlative=r"\bnej\w+",
        of_period=("z", "ze"),
        past_verb=r"\b\w{2,}(?:[aeiyu]l|[aeiyu]la|[aeiyu]li|[aeiy]lo|[aeiy]ly)\b",
        relative_pronouns=("který", "která", "které", "kteří", "jenž", "jež", "což"),
    ),
    "ro": ContextWords(
        last_century=r"(?:în\s+)?secolul\s+trecut",
        short_decade=rf"anii\s+{_Q}?(?P<dec2>[1-9]0)",
        superlative=r"\bc(?:el|ea|ei|ele|elor|elui)\s+mai\s+\w+",
        of_period=("din",),
    ),
    "fi": ContextWords(
        last_century=r"viime\s+vuosisadalla",
        short_decade=r"(?P<dec2>[1-9]0)-lu(?:vulla|vun|ku|vulta)"),
    "tr": ContextWords(
        last_century=r"geçen\s+yüzyıl(?:da)?",
        short_decade=rf"(?P<dec2>[1-9]0){_Q}(?:lı|li|lu|lü)\s+yıllar(?:da|ın)?",
        season_after_year=True,
        old_year=rf"(?P<y3>[12]?\d{{3}})(?:{_Q}(?:de|da|te|ta|den|dan|ten|tan)|\s+yılında)",
    ),
}  # fmt: skip


def context_words(code: str) -> ContextWords:
    """The words of ``code``, empty (nothing applies) for a language without any."""
    if code in CONTEXT_WORDS:
        return CONTEXT_WORDS[code]
    return _long_tail(code)


@functools.cache
def _long_tail(code: str) -> ContextWords:
    """A long-tail language's past-verb shape, from its hand-kept facts (if any)."""
    from timeline_app.core.timex_intl.longtail_facts import facts

    known = facts(code)
    return ContextWords(past_verb=known.past_verb) if known is not None else ContextWords()
