"""The recognition grammar: one compiled regex per family of English time expressions.

Each rule's named groups are read by the function of the same name in :mod:`.interpret`.
Extents follow TimeML: modifiers ("early", "nearly", "the") belong to the expression,
prepositions ("in", "on", "since") do not. All rules are compiled once at import.
"""

from __future__ import annotations

import re

from timeline_app.core.timex.holidays import HOLIDAYS
from timeline_app.core.timex.lexicon import (
    MONTHS,
    ORDINALS,
    PARTS_OF_DAY,
    SEASONS,
    UNIT_PLURALS,
    UNITS,
    WEEKDAY_FULL,
    words_pattern,
)

_NUM_WORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|"
    r"four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
)
NUM = (
    rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?(?:\s+\d/\d)?|{_NUM_WORD}(?:\s+(?:hundred|thousand))?"
    r"(?:\s+and\s+a\s+half)?|a\s+couple\s+of|couple\s+of|a\s+half|a\s+hundred|a\s+thousand|an?"
    r"|half\s+an?|a\s+dozen|dozens\s+of"
    r"|hundreds\s+of|thousands\s+of)"
)
VAGUE = (
    r"(?:several|a\s+few|few|many|some|a\s+couple\s+of|numerous|countless|recent|coming"
    r"|the\s+coming|the\s+next\s+few|the\s+past\s+few|the\s+last\s+few|the\s+first\s+few)"
)
MONTH = (
    rf"(?:(?:{words_pattern(m for m in MONTHS if len(m) > 4 or m in ('may', 'june', 'july'))})\b"
    rf"|(?:{words_pattern(m for m in MONTHS if len(m) <= 4 and m != 'may')})(?:\.|\b))"
)
WEEKDAY = rf"(?:{words_pattern(WEEKDAY_FULL)}|(?:mon|tues?|wed|thur?s?|fri|sat|sun)\.)"
DAY = rf"(?:(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b|(?:the\s+)?(?:{words_pattern(ORDINALS)}))"
DAY_NUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b"
YEAR = r"(?:1\d{3}|20\d{2})\b"
SPOKEN_YEAR = (
    rf"(?:nineteen[\s-]+(?:{_NUM_WORD}|hundred(?:\s+and\s+{_NUM_WORD})?|oh[\s-]\w+)"
    rf"|two\s+thousand(?:\s+(?:and\s+)?{_NUM_WORD})?)"
)
ANY_YEAR = rf"(?:{YEAR}|'\d\d\b|{SPOKEN_YEAR})"
SEASON = rf"(?:{words_pattern(SEASONS)})"
PART = rf"(?:{words_pattern(PARTS_OF_DAY)})"
UNIT = rf"(?:{words_pattern(UNITS)})"
UNITS_ANY = rf"(?:{words_pattern([*UNITS, *UNIT_PLURALS])})"
ORD = rf"(?:{words_pattern(ORDINALS)}|\d+(?:st|nd|rd|th))"
#: A year written with a thousands separator or beyond four digits ("10,000 BC", "12000 BC").
FAR_YEAR = r"(?:\d{1,3}(?:,\d{3}){1,2}|\d{1,6})"
POS_MOD = (
    r"(?:(?:early|earlier|late|later|mid|middle|the\s+(?:early|late|middle|mid|end|beginning"
    r"|start)(?:\s+part)?\s+of|(?:the\s+)?(?:end|beginning|start|middle)\s+of)[\s-]*)"
)
APPROX = (
    r"(?:(?:around|about|circa|c\.|ca\.|approximately|roughly|some|nearly|almost|more\s+than"
    r"|less\s+than|at\s+least|at\s+most|up\s+to|over|under|fewer\s+than|no\s+more\s+than"
    r"|no\s+less\s+than|as\s+many\s+as|as\s+much\s+as|well\s+over|just\s+over|just\s+under"
    r"|only|just|another|an\s+additional|the\s+better\s+part\s+of|the\s+last|the\s+past|the"
    r"\s+next|the\s+first|the\s+final|the\s+previous|the\s+following|the\s+entire|the"
    r"\s+whole|a\s+full|full|all)\s+)"
)
#: Duration extents in TimeML keep "nearly", "more than", "at least" but not "about",
#: "only", "just" (annotators read those as discourse words, not part of the amount).
DUR_APPROX = rf"(?:(?!(?:about|only|just|some|another|an\s+additional)\s){APPROX})"
#: "about two years ago" is a hedge; before a bare duration "about" is often a preposition.
AGO_APPROX = rf"(?:(?!(?:only|just|some|another|an\s+additional)\s){APPROX})"
CLOCK = (
    r"(?:(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s*(?:a\.m\.|p\.m\.|a\.m\b|p\.m\b|am\b|pm\b)"
    r"|(?:[01]?\d|2[0-3]):[0-5]\d\b(?:\s*(?:hours|hrs|h)\b)?|noon|midnight|midday"
    r"|(?:[01]?\d)\s+o'clock|(?:[01]?\d)(?::[0-5]\d)?\s+in\s+the\s+(?:morning|afternoon|evening))"
)
#: A zone after a clock time; GMT/UTC/Zulu are written ``Z`` in the TIMEX3 value.
ZONE = r"(?:\s+(?P<zone>[ECMP][SD]T|GMT|UTC|Z|BST|CET|local\s+time)\b)?"
BC = r"(?:B\.C\.E\.|B\.C\.|BCE|BC|A\.D\.|AD|C\.E\.|CE)(?![\w])"
REL = r"(?:last|next|this|coming|past|previous|following|current|the\s+coming)"
#: "this past spring", "this coming Sunday": "this" adds nothing to the direction.
THIS_ = r"(?:this\s+(?=(?:past|coming)\s))?"

_PARTS = r"(?:mornings|afternoons|evenings|nights)"  # plural parts of a day: a recurrence

_PATTERNS: dict[str, str] = {
    "iso": r"\b(?P<y>\d{4})-(?:(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:T(?P<t>[0-2]\d:[0-5]\d))?"
    r"|(?P<p>W[0-5]\d|Q[1-4]|H[12]))\b",
    "numeric": r"(?<![\d/.-])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d\d)"
    r"(?![\d/.]\d)",
    "mdy": rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?:(?P<mod>{POS_MOD}))?(?P<mon>{MONTH})\s+"
    rf"(?P<day>{DAY})(?!\s*(?:%|percent|[:,]\d))(?:,?\s+(?:of\s+)?(?P<year>{ANY_YEAR}))?",
    "dmy": rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<day>{DAY})\s+(?:of\s+)?(?P<mon>{MONTH})"
    rf"(?:,?\s+(?P<year>{ANY_YEAR}))?",
    "dayrange": rf"(?P<d1>{DAY_NUM})\s*[-–]\s*(?P<d2>{DAY_NUM})\s+(?:of\s+)?(?P<mon>{MONTH})"
    rf"(?:,?\s+(?P<year>{ANY_YEAR}))?|(?P<mon2>{MONTH})\s+(?P<d3>{DAY_NUM})\s*[-–]\s*"
    rf"(?P<d4>{DAY_NUM})(?:,?\s+(?P<year2>{ANY_YEAR}))?",
    "monthrange": rf"(?P<m1>{MONTH})\s*[-–]\s*(?P<m2>{MONTH}),?\s+(?P<year>{ANY_YEAR})",
    "my": rf"(?:(?P<mod>{POS_MOD}))?(?P<mon>{MONTH}),?\s+(?:of\s+)?(?P<year>{ANY_YEAR})",
    "month": rf"(?:{THIS_}(?P<rel>{REL})\s+|(?P<mod>{POS_MOD}))?(?P<mon>{MONTH})"
    r"(?:\s+(?P<rel2>last|this|next)\s+year)?",
    "year": rf"(?:(?P<approx>{APPROX}|{POS_MOD}|the\s+year\s+|fiscal\s+(?:year\s+)?|FY\s*))?"
    rf"(?P<year>{YEAR}|{SPOKEN_YEAR})(?:\s*[-–]\s*(?P<y2>\d{{2}}|{YEAR}))?(?:\s+(?P<era>{BC}))?",
    # "to 476," in a history: a bare three-digit year after a preposition (vetoed unless
    # the text speaks of eras or centuries; the preposition stays outside the mention)
    "oldyear": r"(?:in|to|until|till|since|by|before|after|from|around|circa)\s+"
    r"(?P<year>[1-9]\d{2})(?=\s*(?:[,.;:)](?:\s|$)|$|\s+when\b))",
    "era": rf"(?:(?P<approx>{APPROX}|{POS_MOD}))?(?:(?P<ad>A\.?D\.?)\s+(?P<y1>\d{{1,4}})"
    # "between 150 and 100 BC", "from 350 to 300 BC", "150–100 BC": short years are only
    # years thanks to the era written after the second one
    rf"|(?:(?:(?<=\bbetween\s)|(?<=\bfrom\s))(?P<r1>\d{{1,4}})\s+(?:and|to)\s+"
    rf"|(?P<r2>\d{{1,4}})\s*[-–]\s*)?(?P<y2>{FAR_YEAR})\s*(?P<era>{BC}))",
    "decade": rf"(?:(?P<approx>{APPROX}|{POS_MOD}))?(?:the\s+)?(?:(?P<pm>early|mid|late)[\s-]+)?"
    r"(?:(?P<dec>1\d\d0|20\d0|'\d0|\d0)(?:'s|s)|(?P<decw>twenties|thirties|forties|fifties"
    r"|sixties|seventies|eighties|nineties))\b",
    "century": rf"(?:(?P<approx>{APPROX}|{POS_MOD}))?(?:the\s+)?(?:(?P<pm>early|mid|late)[\s-]+)?"
    rf"(?P<ord>{ORD})[\s-]+century(?:\s+(?P<era>{BC}))?",
    "millennium": rf"(?:(?P<approx>{APPROX}|{POS_MOD}))?(?:the\s+)?"
    rf"(?:(?P<pm>early|mid|late)[\s-]+)?(?P<ord>{ORD})[\s-]+millennium(?:\s+(?P<era>{BC}))?",
    "season": rf"(?:{THIS_}(?P<rel>{REL})\s+|(?:the\s+(?=early|late|mid))?(?P<mod>{POS_MOD}))?"
    rf"(?:the\s+)?(?P<season>{SEASON})"
    rf"(?:\s+(?:of\s+)?(?P<year>{ANY_YEAR}))?",
    "quarter": rf"(?:(?P<rel>{REL}|the\s+(?:latest|same|current|year-ago|year-earlier|"
    rf"fiscal|latest\s+fiscal|most\s+recent|comparable|corresponding|recent))\s+"
    rf"|(?P<yrel>this|last|next)"
    rf"\s+year's\s+|the\s+(?:(?P<year0>{YEAR})\s+)?)?(?:fiscal\s+)?(?P<ord>{ORD})?(?:[\s-]+fiscal)?"
    rf"[\s-]*(?P<unit>quarter|half|period)(?:\s+(?:of\s+)?(?:fiscal\s+)?(?P<year>{ANY_YEAR}))?"
    r"(?P<ago>\s+(?:of\s+)?last\s+year|\s+a\s+year\s+(?:ago|earlier))?"
    r"|\b(?P<q>[QH][1-4])\s*(?:(?P<year2>\d{4})|'(?P<yy>\d\d))?"
    rf"|the\s+(?P<pair>first|last)\s+two\s+quarters\s+of\s+(?:fiscal\s+)?(?P<year3>{ANY_YEAR})",
    "holiday": rf"(?:(?P<rel>last|next|this)\s+)?(?P<name>{words_pattern(HOLIDAYS)})"
    rf"(?:,?\s+(?P<year>{YEAR}))?",
    "endof": rf"(?P<pm>{POS_MOD})?(?:the\s+)?(?P<adj>full|current|current\s+fiscal|fiscal)?"
    r"\s*(?P<unit>year|month|week)(?P<end>[\s-]end|['’]s\s+end)?",
    "yearago": r"(?:the\s+(?=year-\w+\s+(?:period|quarter|level|figure|month)))?"
    r"year-(?:earlier|ago)(?:\s+(?:period|quarter|level|figure|month))?",
    "weekday": rf"(?:{THIS_}(?P<rel>{REL}|the\s+previous|the\s+following)\s+)?(?P<wd>{WEEKDAY})"
    rf"(?:\s+(?P<part>{PART}))?",
    "weekend": r"the\s+weekend",
    "theyear": r"the\s+(?:fiscal\s+)?year(?![\w-])",
    "deictic": rf"(?:(?P<pm>early|late|earlier|later)\s+|(?P<part0>mid-?(?:morning|afternoon)|"
    rf"{PART})\s+)?(?P<word>today|tonight|yesterday|"
    rf"tomorrow)(?:\s+(?P<part>{PART}))?",
    "part": rf"(?P<rel>this|last|tomorrow|yesterday|that|the\s+same|the\s+following|the\s+next"
    rf"|the\s+previous|early\s+this|late\s+this|earlier\s+this|later\s+this)\s+(?P<part>{PART})",
    "relunit": rf"(?:(?P<pm>early|late|earlier|later|the\s+end\s+of|the\s+beginning\s+of)\s+)?"
    rf"{THIS_}(?P<rel>this|last|next|past|previous|coming|current|the\s+(?:past|previous|coming|"
    rf"current|same|following|next|preceding|last|prior))\s+(?P<unit>{UNIT})",
    "anaphor": rf"(?:(?:earlier|later)\s+)?(?P<rel>that(?:\s+same)?|the\s+same"
    r"|(?:(?<=earlier\s)|(?<=later\s))in\s+the|the\s+day\s+before"
    rf"|the\s+day\s+after)(?:\s+(?P<unit>{UNIT}))",
    "ago": rf"(?:(?P<approx>{AGO_APPROX}))?(?P<num>{NUM}|{VAGUE})\s+(?P<unit>{UNITS_ANY})\s+"
    r"(?:or\s+so\s+)?(?P<dir>ago|earlier|later|previously|hence|from\s+now|back)\b",
    "duration": rf"(?:(?P<approx>{DUR_APPROX}))?(?:(?:the\s+)?(?P<num>{NUM}|{VAGUE})"
    rf"(?:\s+to\s+(?:{NUM}))?[\s-]+)?"
    rf"(?P<more>more\s+|additional\s+|straight\s+|consecutive\s+|full\s+"
    rf"|(?:trading|business|working)\s+(?=days?\b))?(?P<unit>{UNITS_ANY})"
    r"(?P<tail>[\s-]+long)?(?:\s+and\s+a\s+half)?(?![\s-]+old)",
    "clock": rf"(?:(?P<approx>around|approximately|about)\s+)?(?P<clock>{CLOCK}){ZONE}",
    "ref": r"(?P<word>now|nowadays|currently|presently|recently|lately|the\s+future|the\s+past"
    r"|the\s+present|these\s+days"
    r"|at\s+present|at\s+the\s+moment|for\s+the\s+moment|the\s+near\s+future"
    r"|the\s+(?:near|short)\s+term(?![\w-])|(?<=\bover\s)the\s+years|(?<=\bfor\s)a\s+while"
    # "at the time": the past moment being told about ("at" stays outside, as in TimeML)
    r"|(?<=\bat\s)the\s+time(?!\s+(?:of|when|that|being|for|to)\b)(?=\s*[,.;)]|\s+[a-z])"
    # "as soon as possible"; a bare "soon" or "recent" is left out: annotators mark only
    # about half of them, so tagging them costs as much precision as it gains recall
    r"|as\s+soon\s+as\s+possible"
    # "in the weeks ahead": a stretch still to come (DURATION PXW, as "the coming weeks")
    r"|the\s+(?:days|weeks|months|years)\s+ahead"
    r"|a\s+(?:later|future)\s+date"
    # "current" as an adjective, lower case ("its current wife", "current market
    # conditions"); "the current year" is longer and wins as a relative date.
    r"|(?-i:(?:then\s+)?current)(?=\s+[a-z0-9]))\b",
    # "a third straight day", "the second day of talks": the day being reported
    # (a count past the first runs up to the day told; "the first day" of a trial or a war
    # can be any day; in "a second day on Sunday" the date that follows says which day)
    "nthday": rf"(?:the|a|an)\s+(?!first\b|1st\b)(?P<ord>{ORD})\s+"
    r"(?:straight\s+|consecutive\s+|successive\s+)?"
    r"(?:trading\s+)?day(?![\w-])(?!,?\s+(?:on|since|in|at|until|to)\s)",
    # "later in the day", "The day began...": the day last talked about
    "theday": r"(?:(?<=\bin\s)|(?<=\bon\s)|(?<=^)|(?<=[.!?\n]\s)|(?<=[.!?]\s\s)|(?<=\n))the\s+day"
    r"(?!\s+(?:of|before|after|when|that|which|and|or|to|in|on|at|for|he|she|they|it|we|I|you"
    r"|the|a|an|his|her|their)\b)(?![\w'’-])",
    "set": rf"(?P<word>daily|weekly|hourly|nightly|biweekly)\b"
    rf"|(?:(?P<freq>once|twice|three\s+times|\d+\s+times)\s+)?(?:(?P<every>every|each|per)"
    rf"\s+(?:(?P<num>other|{NUM})\s+)?|(?P<a>an?)\s+)(?P<unit>{UNIT}|{WEEKDAY}|{MONTH}|{SEASON})"
    rf"|(?P<wds>(?:{words_pattern(WEEKDAY_FULL)})s)(?:\s+(?P<part>{PART}))?"
    # "Tuesday nights": a plural part of a named day recurs
    rf"|(?P<wd1>{words_pattern(WEEKDAY_FULL)})\s+(?P<parts>{_PARTS})"
    # ... and the day before it: "Monday and Tuesday nights"
    rf"|(?P<wd2>{words_pattern(WEEKDAY_FULL)})(?=\s+(?:and|or)\s+"
    rf"(?:{words_pattern(WEEKDAY_FULL)})\s+(?P<parts2>{_PARTS}))",
}

RULES: list[tuple[str, re.Pattern[str]]] = [
    (name, re.compile(rf"(?<![\w$£€#@/-])(?:{pat})(?![\w@])", re.IGNORECASE))
    for name, pat in _PATTERNS.items()
]
#: Rules tried in order when two candidates cover exactly the same span.
PRIORITY = {name: i for i, (name, _) in enumerate(RULES)}
