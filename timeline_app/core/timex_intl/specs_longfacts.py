"""Specs of the rules of :mod:`.grammar_longfacts` (the long-tail languages' facts).

The rules that share a shape with the checked languages' ("bce", "century", "period",
"month") are read by :mod:`.specs`; these are the ones only the long tail has.
"""

from __future__ import annotations

import re
import unicodedata

from timeline_app.core.timex.spec import Spec
from timeline_app.core.timex_intl.lexicon import Lexicon
from timeline_app.core.timex_intl.longtail_facts import facts
from timeline_app.core.timex_intl.specs import (
    _amount_follows,
    _century,
    _fixed,
    _key,
    _mod,
    _period,
)


def _year(m: re.Match[str], lex: Lexicon, text: str) -> Spec | None:
    """ "в 2010 году", "oko 295. godine", "عام 1989", "akhir 2025": a year, zero-padded."""
    year = int(m["year"])
    mod = _mod(m, lex)
    if _amount_follows(text, m.end(), lex) or (mod == "APPROX" and _counts(m, lex, text)):
        return None  # "около 2000 человек"
    return _fixed(f"{year:04d}", year, mod)


def _year_pos(m: re.Match[str], lex: Lexicon, text: str) -> Spec | None:
    """ "akhir 2025", "cap al 2026": a year after a position or approximation word, unless
    a lower-case word follows that counts (Vietnamese "giữa 2000 người", among 2000 people)."""
    return None if _counts(m, lex, text) else _year(m, lex, text)


def _counts(m: re.Match[str], lex: Lexicon, text: str) -> bool:
    """An approximation word, a number and a lower-case word that is no year or unit
    word: an amount ("sekitar 2000 orang")."""
    rest = text[m.end("year") : m.end("year") + 24]
    if re.match(r"\s*[.,;:!?)]", rest):
        return False  # the sentence or clause ends: "cap al 2026."
    following = rest.split()
    word = _key(following[0].strip(".,;:!?।،؛")) if following else ""
    known = facts(lex.code)
    year_words = [*lex.units, *(known.year_after + known.year_trail if known else ())]
    stems = [w.lstrip("-") for w in year_words if len(w) >= 2]
    # a word of letters (and vowel signs: Hindi "लोग"), lower case or of a caseless script
    letters = bool(word) and all(unicodedata.category(ch)[0] in "LM" for ch in word)
    lower = letters and word == word.lower()
    return lower and not any(word.startswith(w) for w in stems)


def _decade(m: re.Match[str], lex: Lexicon, text: str) -> Spec | None:
    """ "1990-х годах", "1960年代", "20世纪30年代", "a hetvenes években"."""
    groups = m.groupdict()
    known = facts(lex.code)
    if groups.get("sdec"):  # "90-х годах": the 1990s
        decade = f"19{groups['sdec']}"
    elif groups.get("cent") and groups.get("tens"):
        decade = f"{int(groups['cent']) - 1:02d}{groups['tens']}"
    elif groups.get("dword") and groups.get("cword") and known is not None:  # of the 19th c.
        tens = known.decade_words[_key(groups["dword"])][-1]
        decade = f"{known.century_words[_key(groups['cword'])] - 1:02d}{tens}"
    elif groups.get("dword") and known is not None:
        decade = known.decade_words[_key(groups["dword"])]
    else:
        decade = next((v for k, v in groups.items() if k.startswith("dec") and v), "")
    if not decade:
        return None
    return _fixed(decade, int(decade) * 10, _mod(m, lex))


def _season(m: re.Match[str], lex: Lexicon, text: str) -> Spec | None:
    known = facts(lex.code)
    season = known.seasons.get(_key(m["season"])) if known else None
    if season is None:
        return None
    return _fixed(f"{m['year']}-{season}", int(m["year"]), _mod(m, lex))


def _relative_part(m: re.Match[str], lex: Lexicon, text: str) -> Spec | None:
    """ "来年春" (next year's spring), "明年下半年" (next year's second half)."""
    unit, offset = lex.relative[_key(m["phrase"])]
    known = facts(lex.code)
    groups = m.groupdict()
    if groups.get("mon"):  # "去年3月5日": a month (and day) of that year
        month = lex.months[_key(m["mon"])]
        day = int(groups["day"]) if groups.get("day") else 0
        suffix = f"{month:02d}" + (f"-{day:02d}" if 1 <= day <= 31 else "")
    elif groups.get("season") and known is not None:
        suffix = known.seasons.get(_key(m["season"]))
    else:
        suffix = lex.extras.periods.get(_key(groups.get("period") or ""))
    if unit != "year" or not suffix:
        return None
    return Spec("DATE", "shift", unit="year", offset=offset, gran="year", suffix=f"-{suffix}")


def _weekday(m: re.Match[str], lex: Lexicon, text: str) -> Spec | None:
    """A weekday and its modifier: past ("минулого", "lalu"), this week's ("今週", "本"),
    or next; without one the tagger guesses from the tense."""
    known = facts(lex.code)
    wd = _key(m["wd"])
    weekday = lex.weekdays.get(wd)
    if weekday is None and known is not None:
        weekday = known.modified_weekdays.get(wd)
    if weekday is None:
        return None
    modifier = _key(m["mod1"] or m["mod2"] or "")
    direction = None
    if known is not None and modifier in known.week_weekdays:  # "지난주 금요일"
        return Spec("DATE", "weekday", weekday=weekday, direction=0,
                    offset=known.week_weekdays[modifier])
    if modifier:
        past = (*lex.extras.last, *(known.weekday_post_last if known else ()))
        this = known.this_week if known else ()
        direction = -1 if modifier in past else 0 if modifier in this else 1
    return Spec("DATE", "weekday", weekday=weekday, direction=direction)


def _month_pos(m: re.Match[str], lex: Lexicon, text: str) -> Spec | None:
    """ "đầu tháng 9": the start of a month of the year talked about."""
    month = lex.months[_key(m["mon"])]
    return Spec("DATE", "partial", rest=f"-{month:02d}", month=month, mod=_mod(m, lex))


def _unit_shift(m: re.Match[str], lex: Lexicon, text: str) -> Spec | None:
    """ "την περασμένη εβδομάδα", "上个月": a calendar unit before or after the reference."""
    groups = m.groupdict()
    unit = lex.units.get(_key(groups.get("unit1") or groups.get("unit2") or ""))
    known = facts(lex.code)
    if unit is None or unit == "day" or known is None:
        return None
    modifier = _key(groups.get("mod1") or groups.get("mod2") or "")
    past = (*lex.extras.last, *known.weekday_post_last)
    offset = -1 if modifier in past else 0 if modifier in known.this_week else 1
    return Spec("DATE", "shift", unit=unit, offset=offset, gran=unit)


def _year_post(m: re.Match[str], lex: Lexicon, text: str) -> Spec | None:
    """ "2025 végén", "2010年末": a year narrowed by a word after it."""
    known = facts(lex.code)
    mod = known.pos_after.get(_key(m["post"]), "") if known else ""
    year = int(m["year"])
    return _fixed(f"{year:04d}", year, mod)


def _century_lt(m: re.Match[str], lex: Lexicon, text: str) -> Spec | None:
    """A century in digits or Roman numerals (:func:`.specs._century`), or in ordinal
    words (Arabic "القرن التاسع عشر")."""
    groups = m.groupdict()
    known = facts(lex.code)
    if not groups.get("cword") or known is None:
        return _century(m, lex, text)
    number = known.century_words.get(_key(groups["cword"]), 0)
    if not number:
        return None
    value = f"BC{number - 1:02d}" if groups.get("bce") else f"{number - 1:02d}"
    return _fixed(value, None, _mod(m, lex))


def _century_post(m: re.Match[str], lex: Lexicon, text: str) -> Spec | None:
    """ "a 19. század végén", "19世紀末": a century narrowed by a word after it."""
    spec = _century_lt(m, lex, text)
    known = facts(lex.code)
    if spec is None or known is None:
        return spec
    return spec.but(mod=known.pos_after.get(_key(m["post"]), ""))


def _relative_season(m: re.Match[str], lex: Lexicon, text: str) -> Spec | None:
    """ "прошлым летом", "этой весной": the season of the year before, this or the next."""
    known = facts(lex.code)
    season = known.seasons.get(_key(m["season"])) if known else None
    if known is None or season is None:
        return None
    modifier = _key(m["mod1"])
    offset = -1 if modifier in lex.extras.last else 0 if modifier in known.this_week else 1
    return Spec("DATE", "shift", unit="year", offset=offset, gran="year", suffix=f"-{season}")


def _later(m: re.Match[str], lex: Lexicon, text: str) -> Spec | None:
    """ "tres dies després": an amount counted from the date last talked about."""
    raw = _key(m["num"])
    count = int(raw) if raw.isdigit() else lex.numbers.get(raw)
    unit = lex.units.get(_key(m["unit"]))
    known = facts(lex.code)
    if not count or unit is None or known is None:
        return None
    sign = -1 if _key(m["later"]) in known.earlier else 1
    return Spec("DATE", "shift", anchor="last", unit=unit, offset=sign * count, gran=unit)


def _old_date(m: re.Match[str], lex: Lexicon, text: str) -> Spec | None:
    """ "1. svibnja 305.": a day of a year below 1000, the year closed by its dot."""
    day, year = int(m["day"]), int(m["year"])
    if not 1 <= day <= 31:
        return None
    return _fixed(f"{year:04d}-{lex.months[_key(m['mon'])]:02d}-{day:02d}", year)


def _day_month(m: re.Match[str], lex: Lexicon, text: str) -> Spec | None:
    """Vietnamese "ngày 15/3": a day and month, the year from the text like "15 March"."""
    day, month = int(m["day"]), int(m["month"])
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    return Spec("DATE", "partial", rest=f"-{month:02d}-{day:02d}", month=month, day=day)


def _era(m: re.Match[str], lex: Lexicon, text: str) -> Spec | None:
    """Japanese "令和6年" (2024), "平成31年4月30日": a year of a named era, its month and day."""
    known = facts(lex.code)
    if known is None:
        return None
    year = known.eras[m["era"]] + (1 if m["eyear"] == "元" else int(m["eyear"]))
    value = f"{year:04d}"
    if m["month"]:
        value += f"-{int(m['month']):02d}"
        if m["day"] and 1 <= int(m["day"]) <= 31:
            value += f"-{int(m['day']):02d}"
    return _fixed(value, year)


def _bare_day(m: re.Match[str], lex: Lexicon, text: str) -> Spec | None:
    """Japanese and Chinese "4日": that day of the reference's month."""
    day = int(m["day"])
    return Spec("DATE", "shift", unit="month", offset=0, gran="month", suffix=f"-{day:02d}")


BUILDERS = {
    "lt_year": _year, "lt_year_before": _year, "lt_year_pos": _year_pos, "lt_year_trail": _year,
    "lt_decade": _decade, "lt_season": _season, "lt_season_after": _season,
    "lt_rel_part": _relative_part, "lt_weekday": _weekday, "lt_weekday_mod": _weekday,
    "lt_later": _later, "lt_day": _bare_day, "period_after": _period,
    "lt_old_date": _old_date,
    "lt_unit_shift": _unit_shift, "lt_year_post": _year_post, "lt_century_post": _century_post,
    "lt_century": _century_lt, "lt_day_month": _day_month, "lt_era": _era,
    "lt_rel_season": _relative_season, "lt_month_pos": _month_pos,
    "lt_season_rel": _relative_part,
}  # fmt: skip
