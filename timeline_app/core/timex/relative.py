"""Interpreting relative, clock, duration, set and reference expressions.

Deictic expressions ("yesterday", "last week", "on Tuesday") anchor on the document's
reference date; anaphoric ones ("the next day", "a week later", "that year") on the date
the text was last talking about. Both become a :class:`Spec` the resolver anchors later.
"""

from __future__ import annotations

import re

from timeline_app.core.timex.lexicon import MONTHS, PARTS_OF_DAY, SEASONS, TIME_UNITS, UNITS
from timeline_app.core.timex.parts import amount, amount_mod, norm, position_mod, unit_of
from timeline_app.core.timex.parts import weekday_of as _weekday
from timeline_app.core.timex.spec import Spec

_DEICTIC = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
_WEEKDAY_DIR = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1,
                "the previous": -1, "the following": 1,
                "this": None, "the coming": 1, "following": 1}  # fmt: skip
_REF_WORDS = {
    "now": "PRESENT_REF", "nowadays": "PRESENT_REF", "currently": "PRESENT_REF",
    "presently": "PRESENT_REF", "the present": "PRESENT_REF", "these days": "PRESENT_REF",
    "at present": "PRESENT_REF", "at the moment": "PRESENT_REF", "current": "PRESENT_REF",
    "for the moment": "PRESENT_REF", "recently": "PAST_REF", "lately": "PAST_REF",
    "previously": "PAST_REF", "formerly": "PAST_REF", "the past": "PAST_REF",
    "recent": "PAST_REF", "former": "PAST_REF", "soon": "FUTURE_REF",
    "the future": "FUTURE_REF", "future": "FUTURE_REF", "the near future": "FUTURE_REF",
    "the near term": "FUTURE_REF", "then current": "PAST_REF", "the short term": "FUTURE_REF",
    "the time": "PAST_REF", "as soon as possible": "FUTURE_REF", "a later date": "FUTURE_REF",
    "a future date": "FUTURE_REF",
}  # fmt: skip
#: Vague spans of time said without a number: "over the years", "for a while".
_REF_DURATIONS = {"the years": "PXY", "a while": "PXX"}
_SET_WORDS = {
    "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y",
    "hourly": "PT1H", "nightly": "P1D", "quarterly": "P3M", "biweekly": "P2W",
    "semiannually": "P6M",
}  # fmt: skip


def _part(text: str | None) -> str:
    return f"T{PARTS_OF_DAY[norm(text)]}" if text else ""


def weekday(m: re.Match[str]) -> Spec | None:
    """Friday · last Tuesday · next Monday · Friday morning."""
    rel = norm(m["rel"])
    direction = _WEEKDAY_DIR.get(rel)
    suffix = _part(m["part"])
    return Spec("TIME" if suffix else "DATE", "weekday", weekday=_weekday(m["wd"]),
                direction=direction, suffix=suffix)  # fmt: skip


def weekend(m: re.Match[str]) -> Spec | None:
    """the weekend: the one around the reference date (the coming one if the text looks ahead)."""
    return Spec("DATE", "weekday", weekday=5, gran="week", suffix="-WE")


_YEAR_ENDED = re.compile(r"\s+(?:ended|ending|to\s+(?:date|\w+\.?\s+\d))", re.IGNORECASE)
_YEAR_OF = re.compile(
    r"(?:\b(?:months|quarters?|half|part|end|rest|start|beginning)\s+of|\bfor)\s+$", re.IGNORECASE
)


def theyear(m: re.Match[str]) -> Spec | None:
    """ "the year ended March 31" (a duration); "For the year, …", "the rest of the year"."""
    text = m.string
    if _YEAR_ENDED.match(text, m.end()):
        return Spec("DURATION", value="P1Y")
    before = _YEAR_OF.search(text[max(0, m.start() - 20) : m.start()])
    if before is None:
        return None
    # "for the year" only when it closes a phrase: "For the year, volume was flat."
    if before.group().lower().startswith("for") and text[m.end() : m.end() + 1] not in ",.;":
        return None
    return Spec("DATE", "shift", unit="year", offset=0, gran="year")


def deictic(m: re.Match[str]) -> Spec | None:
    """today · yesterday · tomorrow morning · tonight · late yesterday."""
    word = norm(m["word"])
    part_word = m["part"] or (m["part0"] or "").lower().replace("mid-", "").replace("mid", "")
    suffix = _part(part_word) or ("TNI" if word == "tonight" else "")
    return Spec("TIME" if suffix else "DATE", "shift", unit="day", offset=_DEICTIC[word],
                gran="day", suffix=suffix, mod=position_mod(m["pm"]))  # fmt: skip


def part(m: re.Match[str]) -> Spec | None:
    """this morning · last night · the following morning · that evening."""
    rel = norm(m["rel"])
    suffix = _part(m["part"])
    if rel.endswith("this") or rel == "tomorrow" or rel == "yesterday":
        offset = {"tomorrow": 1, "yesterday": -1}.get(rel, 0)
        return Spec("TIME", "shift", unit="day", offset=offset, gran="day", suffix=suffix)
    if rel == "last":
        return Spec("TIME", "shift", unit="day", offset=-1, gran="day", suffix=suffix)
    offset = {"the following": 1, "the next": 1, "the previous": -1}.get(rel, 0)
    return Spec("TIME", "shift", anchor="last", unit="day", offset=offset, gran="day",
                suffix=suffix)  # fmt: skip


def relunit(m: re.Match[str]) -> Spec | None:
    """this year · last week · next month · the following day · earlier this month."""
    unit = unit_of(m["unit"])
    if unit in TIME_UNITS or unit not in UNITS:
        return None
    rel = norm(m["rel"])
    word = rel.removeprefix("the ")
    anaphoric = rel.startswith("the ") and word in ("same", "following", "next", "previous",
                                                    "preceding", "prior")  # fmt: skip
    if word in ("past", "last") and unit in ("decade", "century"):
        return Spec("DURATION", value="P" + _scaled("1", UNITS[unit]))
    offset = {"last": -1, "past": -1, "previous": -1, "preceding": -1, "prior": -1,
              "next": 1, "coming": 1, "following": 1}.get(word, 0)  # fmt: skip
    if unit == "weekend":
        return Spec("DATE", "shift", anchor="last" if anaphoric else "ref", unit="week",
                    offset=offset, gran="week", suffix="-WE")  # fmt: skip
    gran = unit if unit in ("day", "week", "month", "quarter", "year") else "year"
    return Spec("DATE", "shift", anchor="last" if anaphoric else "ref", unit=unit,
                offset=offset, gran=gran, mod=position_mod(m["pm"]))  # fmt: skip


def anaphor(m: re.Match[str]) -> Spec | None:
    """that day · that quarter · the same month · the day before · later in the day."""
    unit = unit_of(m["unit"])
    if unit in TIME_UNITS or unit not in ("day", "week", "month", "quarter", "year"):
        return None
    return Spec("DATE", "shift", anchor="last", unit=unit, offset=0, gran=unit)


def nthday(m: re.Match[str]) -> Spec | None:
    """a third straight day · the second day of talks: news counts up to the day it reports."""
    return Spec("DATE", "shift", anchor="ref", unit="day", offset=0, gran="day")


def theday(m: re.Match[str]) -> Spec | None:
    """later in the day · The day began quietly: the day the text last talked about."""
    return Spec("DATE", "shift", anchor="last", unit="day", offset=0, gran="day")


def ago(m: re.Match[str]) -> Spec | None:
    """two years ago · a week later · three days earlier · nearly a decade ago."""
    unit = unit_of(m["unit"])
    count = amount(m["num"])
    direction = norm(m["dir"])
    sign = 1 if direction in ("later", "after", "hence", "from now") else -1
    anchor = "ref" if direction in ("ago", "hence", "from now", "back") else "last"
    if unit in TIME_UNITS:
        # "two hours ago" is valued as the day it was, so it is typed as a day (DATE);
        # "three hours later" lists the stretch TimeML annotates, the event keeping the day
        n = "X" if count is None or count != int(count) else f"{count:g}"
        span = "" if anchor == "ref" else "PT" + _scaled(n, UNITS[unit])
        return Spec("DATE", "shift", unit="day", anchor=anchor, gran="day", span_value=span)
    if count is None or count != int(count) or unit not in UNITS:
        if anchor == "last" and unit in UNITS:  # "a few days later": a span, not the future
            return Spec("DURATION", value="P" + _scaled("X", UNITS[unit]))
        return Spec("DATE", value="PAST_REF" if sign < 0 else "FUTURE_REF")
    mod = amount_mod(m["approx"])
    if unit == "decade":
        unit, count = "year", count * 10
    elif unit == "century":
        unit, count = "year", count * 100
    gran = unit if anchor == "ref" else ""
    comparable = unit == "year" and count == 1  # "a year earlier": the period compared with
    span = "" if anchor == "ref" or comparable else "P" + _scaled(f"{count:g}", UNITS[unit])
    return Spec("DATE", "shift", anchor=anchor, unit=unit, offset=sign * int(count),
                gran=gran, mod=mod, comparable=comparable, span_value=span)  # fmt: skip


def duration(m: re.Match[str]) -> Spec | None:
    """two weeks · nearly two weeks · 24 hours · a 10-year · several years · the nine months."""
    unit = unit_of(m["unit"])
    if unit not in UNITS:
        return None
    raw = norm(m["num"])
    plural = norm(m["unit"]) != unit
    count = amount(raw) if raw and raw != "the" else None
    if count is None and not raw and m["tail"] and not plural:
        count = 1.0  # "day-long", "year-long"
    if count is None and not raw and not plural and not m["tail"]:
        return None
    if raw == "recent" and unit == "year":
        return Spec("DATE", value="PAST_REF")
    if (
        raw == "one"
        and m.group().lower() == "one day"
        and _SOMEDAY.search(m.string, max(0, m.start() - 12), m.start())
    ):
        return Spec("DATE", value="FUTURE_REF")  # "Islam will one day be …": some future day
    if raw == "the" and not (m["approx"] or plural):
        return None
    code = UNITS[unit]
    amount_text = _amount_text(count, m.group())
    value = ("PT" if unit in TIME_UNITS else "P") + _scaled(amount_text, code)
    value = _no_fraction(value)
    return Spec("DURATION", value=value, mod=amount_mod(m["approx"]))


#: A modal or "to" right before "one day": the indefinite future ("will one day lead").
_SOMEDAY = re.compile(r"\b(?:will|would|could|may|might|can|shall|to)\s+$", re.IGNORECASE)
_SMALLER = {"Y": (12, "M"), "H": (60, "M"), "D": (24, "H"), "W": (7, "D"), "M": (30, "D")}
_SMALLER_TIME = {"H": (60, "M"), "M": (60, "S")}


def _amount_text(count: float | None, whole: str) -> str:
    if count is None:
        return "X"
    if "and a half" in whole.lower():
        count += 0.5
    return str(int(count)) if count == int(count) else str(count)


def _scaled(n: str, code: str) -> str:
    """``n`` units as TIMEX3, folding decades/centuries into years ("P10Y"); a vague number
    of them keeps TimeBank's one-letter unit ("decades" is "PXE")."""
    if code[0].isdigit():
        factor = int(code[:-1])
        if n == "X":
            # TimeBank writes a vague number of them with one letter: PXE, PXC, PXL
            return {"10Y": "XE", "100Y": "XC", "1000Y": "XL", "2W": "XW"}.get(code, "X" + code)
        return f"{float(n) * factor:g}{code[-1]}"
    if code == "WE":
        return f"{n}WE" if n == "X" else f"{float(n) * 2:g}D"
    return f"{n}{code}"


def _no_fraction(value: str) -> str:
    """P5.5H → PT5H30M: TIMEX3 writes a fraction as a smaller unit."""
    found = re.match(r"^(PT?)(\d+)\.(\d+)([YHDWM])$", value)
    if not found or found[4] not in _SMALLER:
        return value
    prefix, whole, frac, code = found.groups()
    factor, smaller = (_SMALLER_TIME if prefix == "PT" else _SMALLER)[code]
    part = round(float("0." + frac) * factor)
    joint = "T" if code == "D" and prefix == "P" else ""
    return f"{prefix}{whole}{code}{joint}{part}{smaller}" if part else f"{prefix}{whole}{code}"


def clock(m: re.Match[str]) -> Spec | None:
    """3 p.m. · 11pm · 14:30 · noon · midnight (the date comes from the anchor or a merge)."""
    t = norm(m["clock"]).replace(" ", "")
    if t in ("noon", "midday"):
        hh, mm = 12, 0
    elif t == "midnight":
        hh, mm = 0, 0
    else:
        nums = re.findall(r"\d+", t)
        # "14:30", and the British "3.40am" (a dot only before am/pm, see CLOCK)
        minutes = len(nums) > 1 and re.search(r"\d[:.]\d", t) is not None
        hh, mm = int(nums[0]), int(nums[1]) if minutes else 0
        if ("p" in t or "afternoon" in t or "evening" in t) and hh < 12:
            hh += 12
        elif re.search(r"a\.?m\.?$", t) and hh == 12:
            hh = 0
    mod = "APPROX" if m["approx"] else ""
    # TimeML writes universal time with a trailing Z ("14:00 UTC" -> T14:00Z); other
    # zones stay out of the value, as TimeBank annotates them ("5 p.m. EST" -> T17:00).
    zone = "Z" if (m["zone"] or "").upper() in ("GMT", "UTC", "Z") else ""
    return Spec("TIME", "shift", unit="day", gran="day", suffix=f"T{hh:02d}:{mm:02d}{zone}",
                mod=mod, clock_only=True)  # fmt: skip


def ref(m: re.Match[str]) -> Spec | None:
    """now · currently · recently · the future · soon."""
    word = norm(m["word"])
    if word in _REF_DURATIONS:
        return Spec("DURATION", value=_REF_DURATIONS[word])
    if word.endswith(" ahead"):  # "the weeks ahead"
        return Spec("DURATION", value="PX" + UNITS[unit_of(word.split()[1])])
    value = _REF_WORDS.get(word)
    return Spec("DATE", value=value) if value else None


def set_(m: re.Match[str]) -> Spec | None:
    """daily · every week · each Thursday · twice a year · Tuesdays."""
    if m["word"]:
        return Spec("SET", value=_SET_WORDS[norm(m["word"])])
    if m["wds"] or m["wd1"] or m["wd2"]:
        day = m["wds"][:-1] if m["wds"] else m["wd1"] or m["wd2"]
        suffix = _part(m["part"] or (m["parts"] or m["parts2"] or "")[:-1])
        return Spec("SET", value=f"XXXX-WXX-{_weekday(day) + 1}{suffix}")
    unit = unit_of(m["unit"])
    every = norm(m["every"] or m["a"])
    if unit in UNITS:
        if every in ("a", "an") and not m["freq"]:
            return Spec("SET", value=_set_value(unit, "1"))
        n = "2" if norm(m["num"]) == "other" else _amount_text(amount(m["num"]) or 1.0, "")
        return Spec("SET", value=_set_value(unit, n))
    if every in ("a", "an", "per"):
        return None
    word = norm(m["unit"]).rstrip(".")
    if word in MONTHS:
        return Spec("SET", value=f"XXXX-{MONTHS[word]:02d}")
    if word in SEASONS:
        return Spec("SET", value=f"XXXX-{SEASONS[word]}")
    return Spec("SET", value=f"XXXX-WXX-{_weekday(word) + 1}")


def _set_value(unit: str, n: str) -> str:
    return ("PT" if unit in TIME_UNITS else "P") + _scaled(n, UNITS[unit])
