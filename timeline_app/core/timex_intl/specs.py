"""From a grammar match to a :class:`~timeline_app.core.timex.spec.Spec`.

The English resolver then anchors the Spec exactly as it does English expressions, so
"gestern" and "yesterday" share one notion of the reference date, of the date last
talked about, and of spans and granularity.
"""

from __future__ import annotations

import re

from timeline_app.core.timex.spec import Spec
from timeline_app.core.timex_intl.grammar import roman
from timeline_app.core.timex_intl.lexicon import Lexicon
from timeline_app.core.timex_intl.surface import PARTS, surface

#: How far back a year word may stand ("im Jahr 1990", "en el año 2001").
_LEAD_WINDOW = 24


def spec_for(rule: str, m: re.Match[str], lex: Lexicon, text: str) -> Spec | None:
    """The meaning of match ``m`` of ``rule``, or None when it is not a date after all
    (the rules of :mod:`.context_specs` are read there)."""
    builder = _BUILDERS.get(rule)
    if builder is None:  # a rule of the long-tail languages' facts
        from timeline_app.core.timex_intl.specs_longfacts import BUILDERS

        builder = BUILDERS[rule]
    return builder(m, lex, text)


def _mod(m: re.Match[str], lex: Lexicon) -> str:
    words = (m.groupdict().get("pos") or "").lower().strip()
    if not words:
        return ""
    x = lex.extras
    for mod, table in (("START", x.start), ("MID", x.mid), ("END", x.end), ("APPROX", x.approx)):
        if any(words == w.strip() for w in table):
            return mod
    return ""


def _date(m: re.Match[str], lex: Lexicon, text: str) -> Spec | None:
    month = lex.months[_key(m["mon"])]
    day = int(m["day"])
    if not 1 <= day <= 31:
        return None
    if m.groupdict().get("year"):
        return _fixed(f"{m['year']}-{month:02d}-{day:02d}", int(m["year"]))
    wd = m.groupdict().get("wd")
    weekday = lex.weekdays[_key(wd)] if wd else 0
    return Spec("DATE", "partial", rest=f"-{month:02d}-{day:02d}", month=month, day=day,
                weekday=weekday, check_weekday=bool(wd))  # fmt: skip


def _numeric(m: re.Match[str], lex: Lexicon, text: str) -> Spec | None:
    day, month = int(m["day"]), int(m["month"])
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    return _fixed(f"{m['year']}-{month:02d}-{day:02d}", int(m["year"]))


def _month_year(m: re.Match[str], lex: Lexicon, text: str) -> Spec | None:
    month = lex.months[_key(m["mon"])]
    return _fixed(f"{m['year']}-{month:02d}", int(m["year"]), _mod(m, lex))


def _month(m: re.Match[str], lex: Lexicon, text: str) -> Spec | None:
    month = lex.months[_key(m["mon"])]
    return Spec("DATE", "partial", rest=f"-{month:02d}", month=month)


def _bce(m: re.Match[str], lex: Lexicon, text: str) -> Spec | None:
    year = int(m["year"])
    if year == 0:
        return None
    return _fixed(f"BC{year:04d}", 1 - year, _mod(m, lex))


def _common_era(m: re.Match[str], lex: Lexicon, text: str) -> Spec | None:
    """ "vers 50 apr. J.-C.", "79 n. Chr.": a year of the common era, written as such."""
    year = int(m["year"])
    return _fixed(f"{year:04d}", year, _mod(m, lex)) if year else None


def _period(m: re.Match[str], lex: Lexicon, text: str) -> Spec | None:
    """ "im dritten Quartal 2024", "au premier semestre 2023": a quarter or half."""
    return _fixed(f"{m['year']}-{lex.extras.periods[_key(m['period'])]}", int(m["year"]))


def _century(m: re.Match[str], lex: Lexicon, text: str) -> Spec | None:
    groups = m.groupdict()
    written = groups.get("roman") or groups.get("roman2") or ""
    number = int(groups["num"]) if groups.get("num") else roman(written)
    if groups.get("hundreds"):  # Swedish "1800-talet": the 1800s, the 19th century
        number = int(groups["hundreds"]) + 1
    if not 1 <= number <= 21:
        return None
    if m["bce"]:  # TIMEX3 writes BC centuries as BC + the hundreds: "BC04" is 400-301 BC
        return _fixed(f"BC{number - 1:02d}", None, _mod(m, lex))
    return _fixed(f"{number - 1:02d}", None, _mod(m, lex))


def _range(m: re.Match[str], lex: Lexicon, text: str) -> Spec | None:
    found = [(int(a), int(b)) for k, a in m.groupdict().items()
             if k.startswith("y1_") and a and (b := m[k.replace("y1_", "y2_")])]  # fmt: skip
    if not found or not found[0][0] < found[0][1]:
        return None
    first, last = found[0]
    if _amount_follows(text, m.end(), lex):
        return None
    return _fixed(f"{first}/{last}", first)


def _decade(m: re.Match[str], lex: Lexicon, text: str) -> Spec | None:
    return _fixed(m["dec"], int(m["dec"]) * 10, _mod(m, lex))


def _ago(m: re.Match[str], lex: Lexicon, text: str) -> Spec | None:
    groups = m.groupdict()
    raw = (groups.get("num") or groups.get("a_num") or "").lower()
    count = int(raw) if raw.isdigit() else lex.numbers.get(raw)
    unit = lex.units.get(_key(groups.get("unit") or groups.get("a_unit") or ""))
    if not count or unit is None:
        return None
    return Spec("DATE", "shift", unit=unit, offset=-count, gran=unit)


def _amount_follows(text: str, end: int, lex: Lexicon) -> bool:
    """ "2019 euros", "1500 Menschen": the number counts something.

    German capitalises nouns, so any capitalised word right after the number counts
    ("1500 Plätze"), unless a new sentence starts there.
    """
    rest = text[end : end + 20]
    following = rest.split()
    written = following[0].strip(".,;:") if following else ""
    word = written.lower()
    nouns = surface(lex.code).capitalised_nouns
    if nouns and written[:1].isupper() and rest.lstrip(" ")[:1] not in ".!?:\n":
        return True
    return word in lex.extras.not_after_year or word.rstrip("s") in lex.extras.not_after_year


def _counted(m: re.Match[str], lex: Lexicon, text: str) -> bool:
    """An approximation word that counts ("ongeveer", "environ") before the number, and a
    lower-case word after it that is no year word ("roku", "jaar"): an amount."""
    approx = " ".join((m["pos"] or "").lower().split())
    if not approx or approx not in lex.extras.amount_approx:
        return False
    following = text[m.end() : m.end() + 24].split()
    word = following[0] if following else ""
    year_word = any(_key(word).startswith(u) for u in lex.units if len(u) >= 3)  # "roku"
    return word.isalpha() and word.islower() and not year_word


def _season(m: re.Match[str], lex: Lexicon, text: str) -> Spec | None:
    season = surface(lex.code).seasons[_key(m["season"])]
    return _fixed(f"{m['year']}-{season}", int(m["year"]), _mod(m, lex))


def _year(m: re.Match[str], lex: Lexicon, text: str) -> Spec | None:
    if _amount_follows(text, m.end(), lex):
        return None  # "2019 Menschen", "environ 1500 euros"
    if _counted(m, lex, text):
        return None  # "Ongeveer 1200 woningen liggen achter de dijk"
    led = m["pos"] or m["yw"] or _after_year_word(text, m.start(), lex)
    nouns = surface(lex.code).capitalised_nouns
    if led or _closes_clause(text, m.start("year"), m.end()):
        return _fixed(m["year"], int(m["year"]), _mod(m, lex))
    if not (nouns and _between_verbs(text, m.start("year"), m.end())):
        return None  # "Tokyo 2020", "Golf 2000": a number in a name, not a year
    return _fixed(m["year"], int(m["year"]), _mod(m, lex))


def _year_marked(m: re.Match[str], lex: Lexicon, text: str) -> Spec | None:
    """ "2019 г.", "2019年", "năm 2019": a year its word says is one."""
    return _fixed(m["year"], int(m["year"]))


def _weekday(m: re.Match[str], lex: Lexicon, text: str) -> Spec | None:
    weekday = lex.weekdays[_key(m["wd"])]
    modifier = _key(m["mod1"] or m["mod2"] or "")
    direction = None
    if modifier:
        direction = -1 if modifier in lex.extras.last else 1
    part = PARTS.get(_key(m["part"] or ""), "")
    suffix = f"T{part}" if part else ""
    return Spec("TIME" if suffix else "DATE", "weekday", weekday=weekday,
                direction=direction, suffix=suffix)  # fmt: skip


def _relative(m: re.Match[str], lex: Lexicon, text: str) -> Spec | None:
    phrase = _key(m["phrase"])
    if phrase in lex.extras.anaphoric_years:  # "het jaar daarop", "al año siguiente"
        offset = lex.extras.anaphoric_years[phrase]
        return Spec("DATE", "shift", anchor="last", unit="year", offset=offset, gran="year")
    if phrase in lex.extras.anaphoric:
        offset = lex.extras.anaphoric[phrase]
        return Spec("DATE", "shift", anchor="last", unit="day", offset=offset, gran="day")
    unit, offset = lex.relative[phrase]
    if _vetoed(phrase, m, lex, text):
        return None
    part = PARTS.get(_key(m["part"] or ""), "") if unit == "day" else ""
    if part:  # "hier après-midi", "gestern Abend"
        return Spec("TIME", "shift", unit="day", offset=offset, gran="day", suffix=f"T{part}")
    return Spec("DATE", "shift", unit=unit, offset=offset, gran=unit)


def _today_part(m: re.Match[str], lex: Lexicon, text: str) -> Spec | None:
    """ "ce matin", "heute Abend", "esta tarde": the reference day, at that part."""
    part = lex.extras.today_parts[_key(m["phrase"])]
    return Spec("TIME", "shift", unit="day", offset=0, gran="day", suffix=f"T{part}")


def _past_part(m: re.Match[str], lex: Lexicon, text: str) -> Spec | None:
    """ "anoche", "gisteravond": a part of the day before the reference."""
    part = lex.extras.past_parts[_key(m["phrase"])]
    return Spec("TIME", "shift", unit="day", offset=-1, gran="day", suffix=f"T{part}")


def _day_range(m: re.Match[str], lex: Lexicon, text: str) -> Spec | None:
    """ "du 29 janvier au 1er février 2025": from the first day to the second."""
    last_month = lex.months[_key(m["mon"])]
    first_month = lex.months[_key(m["m1"])] if m["m1"] else last_month
    first, last = int(m["d1"]), int(m["d2"])
    if not (1 <= first <= 31 and 1 <= last <= 31) or (first_month, first) >= (last_month, last):
        return None
    if not m["year"]:  # the tagger widens the last day, once placed, to the range
        return Spec("DATE", "partial", rest=f"-{last_month:02d}-{last:02d}", month=last_month,
                    day=last)  # fmt: skip
    year = int(m["year"])
    value = f"{year}-{first_month:02d}-{first:02d}/{year}-{last_month:02d}-{last:02d}"
    return _fixed(value, year)


def _unit_shift(m: re.Match[str], lex: Lexicon, text: str) -> Spec | None:
    unit = lex.units.get(_key(m["unit1"] or m["unit2"] or ""))
    modifier = _key(m["mod1"] or m["mod2"] or "")
    if unit is None or unit == "day":
        return None
    offset = -1 if modifier in lex.extras.last else 1
    return Spec("DATE", "shift", unit=unit, offset=offset, gran=unit)


def _vetoed(phrase: str, m: re.Match[str], lex: Lexicon, text: str) -> bool:
    """ "am Morgen" and "esta mañana" are the morning, not tomorrow."""
    before = text[max(0, m.start() - 12) : m.start()].lower().split()
    if before and before[-1] in lex.extras.vetoes.get(phrase, ()):
        return True
    written = m["phrase"]
    # a capitalised German noun ("der Morgen") mid-sentence is not the adverb "morgen"
    nouns = surface(lex.code).capitalised_nouns
    return nouns and written[:1].isupper() and not _sentence_start(text, m.start())


#: Words before a number that make it a count ("mehr als 2000 neue Stellen").
_COUNTING = {"als", "über", "unter", "knapp", "fast", "nur", "mit", "für", "und", "oder",
             "je", "pro", "zu", "bis", "auf", "die", "der", "das", "den", "alle", "sind",
             "waren"}  # fmt: skip


def _between_verbs(text: str, start: int, end: int) -> bool:
    """German "wurde 1143 gegründet", "fand 1669 statt": a verb on each side of the year.

    German capitalises nouns, so a number between two lower-case words is not counting a
    noun ("2500 Unterschriften"); a counting word before it ("mehr als") still vetoes.
    """
    before = text[max(0, start - 30) : start].split()
    after = text[end : end + 30].split()
    if not after:
        return False
    nxt = after[0].strip(".,;:")
    if _sentence_start(text, start):  # "1457 verkauften böhmische Söldner die Festung"
        ok_before = True
    elif not before:
        return False
    else:
        prev = before[-1]
        ok_before = prev.isalpha() and prev.islower() and prev not in _COUNTING
    # "2021 bis zum Flughafen verlängert": "bis" starts a phrase, not a second amount
    phrase = nxt == "bis" and len(after) > 1 and after[1] in ("zum", "zur", "nach", "in", "ins")
    if not ok_before or not nxt.islower() or (nxt in _COUNTING and nxt != "als" and not phrase):
        return False
    # "wurden 2000 neue Stellen geschaffen": a declined adjective before a noun counts it
    # (not past the end of the clause: "wurde 1273 begonnen. Der Dom …")
    noun_next = len(after) > 1 and after[1][:1].isupper() and after[0][-1] not in ".,;:!?"
    return not (noun_next and nxt.endswith(_ADJECTIVE_ENDINGS) and nxt not in _FINITE_VERBS)


#: Endings of German declined adjectives ("neue", "neuen", "weitere").
_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
#: Finite verbs that can follow a year and precede a capitalised noun ("1990 wurde Deutschland").
_FINITE_VERBS = frozenset(("wurde", "wurden", "hatte", "hatten", "waren", "gingen", "kamen",
                           "fielen", "begannen", "folgten", "starben", "gründete", "gründeten",
                           "eröffnete", "eröffneten", "erlebte", "erlebten", "verloren",
                           "gewannen"))  # fmt: skip


def _closes_clause(text: str, start: int, end: int) -> bool:
    """ "Franzén hittade vraket 1956.": a number that ends the sentence after a lower-case
    word (a verb or its object) is a year; an amount would name what it counts."""
    if text[end : end + 1] not in (".", ";") or text[end + 1 : end + 2].isdigit():
        return False
    before = text[max(0, start - 30) : start].split()
    return (
        bool(before)
        and before[-1].isalpha()
        and before[-1].islower()
        and (before[-1] not in _COUNTING)
    )


def _sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in '.!?:\n"„«'


def _after_year_word(text: str, start: int, lex: Lexicon) -> bool:
    before = " ".join(text[max(0, start - _LEAD_WINDOW) : start].lower().split())
    return any(before.endswith(" " + w) or before == w for w in lex.extras.year_lead)


def _fixed(value: str, year: int | None, mod: str = "") -> Spec:
    return Spec("DATE", value=value, year=year, mod=mod)


def _key(word: str) -> str:
    return " ".join(word.lower().rstrip(".").split())


_BUILDERS = {
    "date": _date, "numeric": _numeric, "iso": _numeric, "monthyear": _month_year,
    "month": _month, "range": _range, "decade": _decade, "ago": _ago, "season": _season,
    "year_season": _season,
    "bce": _bce, "ce": _common_era, "period": _period, "century": _century, "year": _year,
    "weekday": _weekday, "relative": _relative, "today_part": _today_part,
    "past_part": _past_part, "dayrange": _day_range,
    "unit_shift": _unit_shift, "monthday": _date, "year_marked": _year_marked,
    "year_before": _year_marked, "date_dmy": _date, "bce_before": _bce, "lt_range": _range,
    "lt_range_after": _range,
}  # fmt: skip
