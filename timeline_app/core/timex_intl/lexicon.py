"""Per-language words for dates, read from dateparser's locale data at import time.

dateparser ships month and weekday names and relative expressions ("gestern", "la
semaine dernière", "el año pasado") for 200+ locales in
``dateparser/data/date_translation_data/<lang>.py``. Those lists are the lexicon; the
grammar (:mod:`.grammar`) is the same for every language. What dateparser does not
list, news prose still needs: the anaphoric "la veille" and "am Vortag" (the day
before the date last talked about), approximation words, era markers and the words
that make a weekday future. Those few are in :data:`EXTRAS`, per language.
"""

from __future__ import annotations

import functools
import importlib
import re
import unicodedata
from dataclasses import dataclass, field

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")  # fmt: skip
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: Units of dateparser's relative expressions that name a calendar period.
_UNITS = ("day", "week", "month", "year")
_RELATIVE = re.compile(r"^(?:(?P<ago>\d+) (?P<u1>\w+) ago|in (?P<ahead>\d+) (?P<u2>\w+))$")


@dataclass(frozen=True)
class Extras:
    """Words dateparser does not list, for one language (all lower case).

    Attributes:
        anaphoric: phrase -> day offset from the date last talked about ("la veille": -1).
        last / next: modifiers that put a weekday before or after the reference
            ("dernier", "pasado", "letzten"); each also read from dateparser's
            "last week" phrases, these add the forms it lacks.
        weekday_lead: articles before a weekday ("am", "le", "el").
        approx / start / mid / end: words before a year or month ("etwa", "début").
        bce: era markers after a year ("v. Chr.").
        century: the word for century; ``century_after`` when it follows the number.
        future: words that make a bare weekday future ("wird", "va", "será").
        year_lead: words after which a four-digit number is a year ("im Jahr", "en").
        vetoes: words that, right before a relative word, make it something else
            ("am Morgen" is the morning, not tomorrow).
    """

    anaphoric: dict[str, int]
    last: tuple[str, ...]
    next: tuple[str, ...]
    weekday_lead: tuple[str, ...]
    approx: tuple[str, ...]
    start: tuple[str, ...]
    mid: tuple[str, ...]
    end: tuple[str, ...]
    bce: tuple[str, ...]
    century: str
    future: tuple[str, ...]
    year_lead: tuple[str, ...]
    vetoes: dict[str, tuple[str, ...]] = field(default_factory=dict)


EXTRAS = {
    "de": Extras(
        anaphoric={
            "am vortag": -1,
            "am tag davor": -1,
            "am nächsten tag": 1,
            "am folgenden tag": 1,
            "tags darauf": 1,
            "am tag darauf": 1,
        },
        last=("letzten", "letzte", "letztes", "vergangenen", "vergangene", "vorigen", "vorige"),
        next=("nächsten", "nächste", "kommenden", "kommende"),
        weekday_lead=("am", "an einem", "diesen", "vom"),
        approx=("etwa", "um", "circa", "ca.", "rund", "gegen"),
        start=("anfang",),
        mid=("mitte",),
        end=("ende",),
        bce=("v. chr.", "v.chr.", "vor christus"),
        century="jahrhundert",
        future=("wird", "werden", "soll", "sollen", "will", "wollen", "plant", "planen"),
        year_lead=(
            "im jahr",
            "im jahre",
            "in",
            "seit",
            "bis",
            "ab",
            "von",
            "anfang",
            "mitte",
            "ende",
            "etwa",
            "um",
            "circa",
            "ca.",
        ),
        vetoes={"morgen": ("am", "heute", "gestern", "jeden", "guten", "dem", "den", "der")},
    ),
    "fr": Extras(
        anaphoric={
            "la veille": -1,
            "l'avant-veille": -2,
            "le lendemain": 1,
            "le surlendemain": 2,
            "le jour suivant": 1,
            "le jour précédent": -1,
        },
        last=("dernier", "dernière", "passé", "passée"),
        next=("prochain", "prochaine"),
        weekday_lead=("le", "ce", "dès"),
        approx=("vers", "environ", "aux alentours de"),
        start=("début", "au début de"),
        mid=("mi-", "à la mi-", "milieu"),
        end=("fin", "à la fin de"),
        bce=("av. j.-c.", "av. j-c", "avant jésus-christ"),
        century="siècle",
        future=("va", "vont", "sera", "seront", "devrait", "devraient", "doit", "doivent"),
        year_lead=("en", "l'an", "depuis", "dès", "jusqu'en", "vers", "fin", "début", "courant"),
    ),
    "es": Extras(
        anaphoric={
            "el día anterior": -1,
            "la víspera": -1,
            "al día siguiente": 1,
            "el día siguiente": 1,
        },
        last=("pasado", "pasada", "anterior"),
        next=("próximo", "próxima", "que viene"),
        weekday_lead=("el", "este", "desde el", "hasta el"),
        approx=("hacia", "alrededor de", "cerca de", "aproximadamente en"),
        start=("principios de", "inicios de", "comienzos de"),
        mid=("mediados de",),
        end=("finales de", "fines de"),
        bce=("a. c.", "a.c.", "a. de c.", "antes de cristo"),
        century="siglo",
        future=("va a", "van a", "será", "serán", "prevé", "planea", "tendrá", "deberá"),
        year_lead=("en", "el año", "desde", "hasta", "hacia", "del año"),
        vetoes={"mañana": ("la", "esta", "cada", "media", "una", "toda")},
    ),
}


@dataclass(frozen=True)
class Lexicon:
    """The date words of one language: dateparser's lists plus :data:`EXTRAS`.

    Attributes:
        code: the language code.
        months: name or abbreviation (lower case, no dot) -> month number.
        weekdays: full weekday name -> Monday = 0 (dateparser's two-letter forms such as
            German "so" and "die" are everyday words, so only full names are kept).
        relative: phrase -> (unit, offset) from dateparser's relative-type ("gestern").
        now: phrases meaning the present moment, never an event ("jetzt").
        extras: the hand-kept words.
    """

    code: str
    months: dict[str, int]
    weekdays: dict[str, int]
    relative: dict[str, tuple[str, int]]
    now: tuple[str, ...]
    extras: Extras


def _fold(word: str) -> str:
    return unicodedata.normalize("NFC", word.strip().lower().rstrip("."))


def _relative(info: dict[str, object]) -> tuple[dict[str, tuple[str, int]], list[str], list[str]]:
    """dateparser's relative-type: ("1 week ago": ["letzte woche"]) -> ("week", -1)."""
    table: dict[str, tuple[str, int]] = {}
    last_words: list[str] = []
    next_words: list[str] = []
    units = {_fold(w): u for u in _UNITS for w in info.get(u, [])}  # type: ignore[attr-defined]
    for key, phrases in info.get("relative-type", {}).items():  # type: ignore[attr-defined]
        m = _RELATIVE.match(key)
        if m is None or (m["u1"] or m["u2"]) not in _UNITS:
            continue
        unit = m["u1"] or m["u2"]
        offset = -int(m["ago"]) if m["ago"] else int(m["ahead"])
        for phrase in phrases:
            table[_fold(phrase)] = (unit, offset)
            # "letzte woche" minus the unit word leaves the modifier for weekdays too
            rest = [w for w in _fold(phrase).split() if w not in units and w not in ("el", "la")]
            if offset and unit != "day" and len(rest) == 1 and len(rest[0]) > 4:
                (last_words if offset < 0 else next_words).append(rest[0])
    return table, last_words, next_words


@functools.cache
def lexicon(code: str) -> Lexicon:
    """The lexicon of ``code`` ("de", "fr", "es"); raises KeyError for other codes."""
    extras = EXTRAS[code]
    module = importlib.import_module(f"dateparser.data.date_translation_data.{code}")
    info: dict[str, object] = module.info
    months = {_fold(w): i + 1 for i, name in enumerate(MONTHS) for w in info[name]  # type: ignore[attr-defined]
              if len(_fold(w)) >= 3}  # fmt: skip
    weekdays = {_fold(w): i for i, name in enumerate(WEEKDAYS) for w in info[name]  # type: ignore[attr-defined]
                if len(_fold(w)) >= 5}  # fmt: skip
    relative, last_words, next_words = _relative(info)
    now_words = [_fold(p) for p in info.get("relative-type", {}).get("0 second ago", [])]  # type: ignore[attr-defined]
    merged = Extras(**{**extras.__dict__,
                       "last": tuple(dict.fromkeys([*extras.last, *last_words])),
                       "next": tuple(dict.fromkeys([*extras.next, *next_words]))})  # fmt: skip
    return Lexicon(code, months, weekdays, relative, tuple(now_words), merged)
