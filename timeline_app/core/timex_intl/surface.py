"""How each language writes the parts the grammar puts together: regex shapes, per language.

:mod:`.grammar` is the same for every language; the day number ("3." in German, "1er"
in French, "1º" in Spanish), the joining words ("4 de octubre de 2017"), centuries ("im
17. Jahrhundert", "XVIe siècle", "siglo XVIII"), parts of the day and clock times
differ, and are written here. Adding a language is one :class:`Surface` here and one
:class:`~.extras.Extras` entry.
"""

from __future__ import annotations

from dataclasses import dataclass

ROMAN = r"(?P<roman>[IVXL]{1,6})"
_HOUR = r"(?P<h>[01]?\d|2[0-3])"
_MIN = r"(?P<mi>[0-5]\d)"


@dataclass(frozen=True)
class Surface:
    """The written shapes of one language.

    Attributes:
        day: the day number before a month, with a ``day`` group.
        join: what joins day, month and year ("de " in Spanish), possibly empty.
        numeric: separators of a numeric day-month-year date.
        weekday_part: a part of the day after a weekday, optional, ``part`` group.
        relative_part: a part of the day after "yesterday", optional, ``part`` group.
        century: a century with a ``num`` or ``roman`` group.
        year_word: the word "year" before a year, optional, ``yw`` group.
        seasons: season name -> TIMEX3 suffix (dateparser has no season names).
        parts: part-of-day word -> TIMEX3 suffix ("abend" -> "EV").
        clock: a clock time after a day, ``h``/``word``/``mi``/``part`` groups.
        ago_after: "ago" words written after the amount ("due anni fa").
        capitalised_nouns: nouns start with a capital (German), which tells a counted
            noun ("2500 Unterschriften") from a verb after a year.
        order: dateparser's ``date_order`` ("DMY", "YMD", "MDY"); the hand-kept
            languages are all day-month-year.
        year_marks: words written after (or before) a year that make it one ("2019
            году", "2019年", Vietnamese "năm 2019"); derived languages only.
        year_abbreviations: one- or two-letter year words, a year only with their dot
            ("2019 г.", Lithuanian "2019 m.").
        day_marks: words or suffixes after a day ("29日", "29일", Hungarian "29-én").
        spaceless: words are not separated by spaces (or particles stick to them, as in
            Korean): a date ends at a non-digit rather than at a non-letter.
        era: years above 2400 are counted from this many years before the common era
            (Thai and Lao Buddhist era: 543).
        derived: made from dateparser's data alone (:mod:`.longtail`), not by hand.
    """

    day: str
    join: str
    numeric: str
    weekday_part: str
    relative_part: str
    century: str
    year_word: str
    seasons: dict[str, str]
    parts: dict[str, str]
    clock: str
    ago_after: tuple[str, ...] = ()
    capitalised_nouns: bool = False
    order: str = "DMY"
    year_marks: tuple[str, ...] = ()
    year_abbreviations: tuple[str, ...] = ()
    day_marks: tuple[str, ...] = ()
    spaceless: bool = False
    era: int = 0
    derived: bool = False


SURFACES = {
    "de": Surface(
        day=r"(?P<day>[0-3]?\d)\.", join="", numeric=r"[.]",
        weekday_part=r"(?P<part>abend|morgen|vormittag|nachmittag|mittag|nacht)?",
        relative_part=r"(?:\s+(?P<part>Morgen|Vormittag|Nachmittag|Abend|Nacht)(?![\w-]))?",
        century=r"(?P<num>[12]?\d)\.\s+Jahrhunderts?",
        year_word=r"(?:(?P<yw>Jahre?)\s+)?",
        seasons={"frühjahr": "SP", "frühling": "SP", "sommer": "SU", "herbst": "FA",
                 "winter": "WI"},
        parts={"abend": "EV", "morgen": "MO", "vormittag": "MO", "nachmittag": "AF",
               "mittag": "AF", "nacht": "NI", "nachmittags": "AF", "abends": "EV"},
        clock=rf"um\s+{_HOUR}(?:[.:]{_MIN})?\s+Uhr(?:\s+(?P<part>nachmittags|abends))?",
        capitalised_nouns=True,
    ),
    "fr": Surface(
        day=r"(?P<day>[0-3]?\d)(?:er|ᵉʳ)?", join="", numeric=r"[/.]",
        weekday_part=r"(?:\s+(?P<part>matin|soir|après-midi))?",
        relative_part=r"(?:\s+(?P<part>matin|après-midi|soir))?",
        century=ROMAN + r"(?:e|ème|ᵉ)\s+siècle",
        year_word=r"(?:(?P<yw>l'an)\s+)?",
        seasons={"printemps": "SP", "été": "SU", "automne": "FA", "hiver": "WI"},
        parts={"matin": "MO", "soir": "EV", "après-midi": "AF"},
        clock=rf"(?:à|vers)\s+{_HOUR}\s*(?:h|heures?)(?:\s*{_MIN})?(?!\w)",
    ),
    "es": Surface(
        day=r"(?P<day>[0-3]?\d)(?:º|°)?", join=r"(?:de\s+|del\s+)?", numeric=r"[/.-]",
        weekday_part=r"(?:\s+por\s+la\s+(?P<part>mañana|tarde|noche))?",
        relative_part=r"(?:\s+por\s+la\s+(?P<part>mañana|tarde|noche))?",
        century=r"siglo\s+" + ROMAN,
        year_word=r"(?:(?P<yw>año)\s+)?",
        seasons={"primavera": "SP", "verano": "SU", "otoño": "FA", "invierno": "WI"},
        parts={"mañana": "MO", "tarde": "AF", "noche": "NI"},
        clock=rf"(?:a|hacia)\s+las?\s+(?:{_HOUR}|(?P<word>{{numbers}}))(?:[.:]{_MIN})?"
        r"(?:\s+horas)?(?:\s+de\s+la\s+(?P<part>mañana|tarde|noche))?",
    ),
    "it": Surface(
        day=r"(?P<day>[0-3]?\d)(?:º|°)?", join="", numeric=r"[/.-]",
        weekday_part=r"(?:\s+(?P<part>mattina|pomeriggio|sera|notte))?",
        relative_part=r"(?:\s+(?P<part>mattina|pomeriggio|sera|notte))?",
        century=rf"(?:{ROMAN}\s+secolo|secolo\s+{ROMAN.replace('roman', 'roman2')})",
        year_word=r"(?:(?P<yw>anno)\s+)?",
        seasons={"primavera": "SP", "estate": "SU", "autunno": "FA", "inverno": "WI"},
        parts={"mattina": "MO", "pomeriggio": "AF", "sera": "EV", "notte": "NI"},
        clock=rf"alle\s+(?:ore\s+)?{_HOUR}(?:[.:]{_MIN})?(?!\d)",
        ago_after=("fa",),
    ),
    "pt": Surface(
        day=r"(?P<day>[0-3]?\d)(?:º|°)?", join=r"(?:de\s+)?", numeric=r"[/.-]",
        weekday_part=r"(?:\s+(?:de|à|pela)\s+(?P<part>manhã|tarde|noite))?",
        relative_part=r"(?:\s+(?:de|à|pela)\s+(?P<part>manhã|tarde|noite))?",
        century=r"século\s+" + ROMAN,
        year_word=r"(?:(?P<yw>ano)\s+(?:de\s+)?)?",
        seasons={"primavera": "SP", "verão": "SU", "outono": "FA", "inverno": "WI"},
        parts={"manhã": "MO", "tarde": "AF", "noite": "NI"},
        clock=rf"(?:às|as)\s+{_HOUR}(?:[h:]{_MIN}|h|\s+horas)(?!\d)",
        ago_after=("atrás",),
    ),
    "nl": Surface(
        day=r"(?P<day>[0-3]?\d)(?:e|ste|de)?", join="", numeric=r"[-/.]",
        weekday_part=r"(?P<part>avond|ochtend|middag|nacht|morgen)?",
        relative_part=r"(?:\s+(?P<part>avond|ochtend|middag|nacht))?",
        century=r"(?P<num>[12]?\d)(?:e|ste|de)\s+eeuw",
        year_word=r"(?:(?P<yw>jaar)\s+)?",
        seasons={"voorjaar": "SP", "lente": "SP", "zomer": "SU", "najaar": "FA",
                 "herfst": "FA", "winter": "WI"},
        parts={"ochtend": "MO", "middag": "AF", "avond": "EV", "nacht": "NI"},
        clock=rf"om\s+{_HOUR}(?:[.:]{_MIN})?\s+uur",
        ago_after=("geleden",),
    ),
    "pl": Surface(
        day=r"(?P<day>[0-3]?\d)", join="", numeric=r"[./-]",
        weekday_part=r"(?:\s+(?P<part>rano|wieczorem|po\s+południu|w\s+nocy))?",
        relative_part=r"(?:\s+(?P<part>rano|wieczorem|po\s+południu|w\s+nocy))?",
        century=ROMAN + r"\s+(?:wieku|wiek|w\.)",
        year_word=r"(?:(?P<yw>roku)\s+)?",
        seasons={"wiosną": "SP", "wiosna": "SP", "wiosny": "SP", "latem": "SU",
                 "jesienią": "FA", "jesień": "FA", "jesieni": "FA", "zimą": "WI",
                 "zima": "WI", "zimy": "WI"},
        parts={"rano": "MO", "wieczorem": "EV", "po południu": "AF", "w nocy": "NI"},
        clock=rf"o\s+(?:godz\.\s+|godzinie\s+)?{_HOUR}(?:[.:]{_MIN})?(?!\d)",
        ago_after=("temu",),
    ),
    "sv": Surface(
        day=r"(?P<day>[0-3]?\d)(?::[ae])?", join="", numeric=r"[/.]",
        weekday_part=r"(?:s?(?P<part>morgon|förmiddag|eftermiddag|kväll|natt)|s)?",
        relative_part=r"(?:\s+(?P<part>morgon|förmiddag|eftermiddag|kväll|natt))?",
        century=r"(?P<hundreds>1\d|20)00-talet",
        year_word=r"(?:(?P<yw>år)\s+)?",
        seasons={"våren": "SP", "sommaren": "SU", "hösten": "FA", "vintern": "WI"},
        parts={"morgon": "MO", "förmiddag": "MO", "eftermiddag": "AF", "kväll": "EV",
               "natt": "NI"},
        clock=rf"(?:kl\.?|klockan)\s+{_HOUR}(?:[.:]{_MIN})?(?!\d)",
        ago_after=("sedan",),
    ),
    # The languages added with dates only (no annotated set of their own beyond one
    # article each): Danish, Norwegian, Czech, Romanian, Finnish and Turkish.
    "da": Surface(
        day=r"(?P<day>[0-3]?\d)\.", join="", numeric=r"[./-]",
        weekday_part=r"(?:s|\s+(?P<part>morgen|formiddag|eftermiddag|aften|nat))?",
        relative_part=r"(?:\s+(?P<part>morgen|formiddag|eftermiddag|aften|nat))?",
        century=r"(?P<hundreds>1\d|20)00-tallet",
        year_word=r"(?:(?P<yw>år)\s+)?",
        seasons={"foråret": "SP", "sommeren": "SU", "efteråret": "FA", "vinteren": "WI"},
        parts={"formiddag": "MO", "eftermiddag": "AF", "aften": "EV", "nat": "NI"},
        clock=rf"(?:kl\.?|klokken)\s+{_HOUR}(?:[.:]{_MIN})?(?!\d)",
        ago_after=("siden",),
    ),
    "no": Surface(
        day=r"(?P<day>[0-3]?\d)\.", join="", numeric=r"[./-]",
        weekday_part=r"(?:s|\s+(?P<part>morgen|formiddag|ettermiddag|kveld|natt))?",
        relative_part=r"(?:\s+(?P<part>morgen|formiddag|ettermiddag|kveld|natt))?",
        century=r"(?P<hundreds>1\d|20)00-tallet",
        year_word=r"(?:(?P<yw>år)\s+)?",
        seasons={"våren": "SP", "sommeren": "SU", "høsten": "FA", "vinteren": "WI"},
        parts={"ettermiddag": "AF", "kveld": "EV"},
        clock=rf"(?:kl\.?|klokken)\s+{_HOUR}(?:[.:]{_MIN})?(?!\d)",
        ago_after=("siden",),
    ),
    "cs": Surface(
        day=r"(?P<day>[0-3]?\d)\.", join="", numeric=r"\.\s?",
        weekday_part=r"(?:\s+(?P<part>ráno|dopoledne|odpoledne|večer))?",
        relative_part=r"(?:\s+(?P<part>ráno|dopoledne|odpoledne|večer))?",
        century=r"(?P<num>[12]?\d)\.\s+(?:stol\.|století)",
        year_word=r"(?:(?P<yw>roku|roce)\s+)?",
        seasons={"jaře": "SP", "léto": "SU", "létě": "SU", "podzim": "FA", "podzimu": "FA",
                 "zimě": "WI"},
        parts={"ráno": "MO", "dopoledne": "MO", "odpoledne": "AF", "večer": "EV"},
        clock=rf"(?:v|ve|kolem)\s+{_HOUR}(?:[.:]{_MIN})?\s+(?:hodin|hod\.|h)",
    ),
    "ro": Surface(
        day=r"(?P<day>[0-3]?\d)", join="", numeric=r"[./-]",
        weekday_part=r"(?:\s+(?P<part>dimineața|după-amiaza|seara|noaptea))?",
        relative_part=r"(?:\s+(?P<part>dimineața|după-amiaza|seara|noaptea))?",
        century=rf"secolul(?:ui)?\s+(?:al\s+)?{ROMAN}(?:-lea)?",
        year_word=r"(?:(?P<yw>anul)\s+)?",
        seasons={"primăvara": "SP", "vara": "SU", "toamna": "FA", "iarna": "WI"},
        parts={"dimineața": "MO", "după-amiaza": "AF", "seara": "EV", "noaptea": "NI"},
        clock=rf"la\s+ora\s+{_HOUR}(?:[.:]{_MIN})?(?!\d)",
        ago_after=("în urmă",),
    ),
    "fi": Surface(
        day=r"(?P<day>[0-3]?\d)\.", join="", numeric=r"[.]",
        weekday_part=r"(?:\s+(?P<part>aamulla|iltapäivällä|illalla|yöllä))?",
        relative_part=r"(?:\s+(?P<part>aamulla|iltapäivällä|illalla|yöllä))?",
        century=r"(?P<hundreds>1\d|20)00-lu(?:vulla|vun|ku|vulta)",
        year_word=r"(?:(?P<yw>vuonna|vuoden)\s+)?",
        seasons={"keväällä": "SP", "kesällä": "SU", "syksyllä": "FA", "talvella": "WI"},
        parts={"aamulla": "MO", "iltapäivällä": "AF", "illalla": "EV", "yöllä": "NI"},
        clock=rf"(?:kello|klo)\s+{_HOUR}(?:[.:]{_MIN})?(?!\d)",
        ago_after=("sitten",),
    ),
    "tr": Surface(
        day=r"(?P<day>[0-3]?\d)", join="", numeric=r"[./]",
        weekday_part=r"(?:\s+(?P<part>sabahı|akşamı|gecesi)|\s+günü)?",
        relative_part=r"(?:\s+(?P<part>sabah|akşam|gece))?",
        century=r"(?P<num>[12]?\d)\.\s+yüzyıl(?:da|ın|dan)?",
        year_word=r"(?:(?P<yw>yılı)\s+)?",
        seasons={"ilkbaharında": "SP", "yazında": "SU", "sonbaharında": "FA", "kışında": "WI"},
        parts={"sabahı": "MO", "akşamı": "EV", "gecesi": "NI", "sabah": "MO", "akşam": "EV",
               "gece": "NI"},
        clock=rf"saat\s+{_HOUR}[.:]{_MIN}(?!\d)",
        ago_after=("önce",),
    ),
}  # fmt: skip

#: Part-of-day word (any language) -> TIMEX3 suffix.
PARTS = {word: code for s in SURFACES.values() for word, code in s.parts.items()}


def surface(code: str) -> Surface:
    """The hand-kept surface of ``code``, else the one derived from dateparser's data."""
    if code in SURFACES:
        return SURFACES[code]
    from timeline_app.core.timex_intl.longtail import derived_surface

    return derived_surface(code)
