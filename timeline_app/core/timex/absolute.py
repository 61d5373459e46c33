"""Interpreting calendar expressions: full dates, months, years, seasons, quarters and
halves (eras, decades, centuries and millennia: :mod:`eras`). Each function reads one
grammar rule's match."""

from __future__ import annotations

import re

from timeline_app.core.timex.calendar import safe_day, year_str
from timeline_app.core.timex.eras import approx_or_position
from timeline_app.core.timex.parts import (
    day_of,
    month_of,
    norm,
    ordinal_of,
    position_mod,
    weekday_of,
    year_of,
)
from timeline_app.core.timex.spec import Spec

#: Ambiguous numeric dates (3/4/2021) are read month first, as US-style news writes them;
#: an impossible month (29/09/2021) makes the reading day first.
MONTH_FIRST = True

_SEASON_CODES = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
_SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_LATEST = frozenset({"the latest", "the most recent", "the recent", "the latest fiscal"})
#: "period" only names a quarter after these ("the latest period", "the year-ago period").
_PERIOD_RELS = _LATEST | {"the year ago", "the year earlier", "the comparable"}
_REL_DIRECTION = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1,
                  "the coming": 1, "following": 1, "this": 0, "current": 0}  # fmt: skip


def date_spec(year: int | None, month: int, day: int | None, *, mod: str = "") -> Spec | None:
    """A calendar date with an optional year (partial when the year is unknown)."""
    if day is not None and safe_day(year if year is not None else 2000, month, day) is None:
        return None
    rest = f"-{month:02d}" + (f"-{day:02d}" if day is not None else "")
    if year is None:
        return Spec("DATE", "partial", rest=rest, month=month, day=day or 1, mod=mod)
    return Spec("DATE", value=year_str(year) + rest, year=year, month=month, day=day or 1,
                mod=mod)  # fmt: skip


def iso(m: re.Match[str]) -> Spec | None:
    """2021-09-29, 2021-09-29T14:00, 2021-W05, 2020-Q3, 2024-H2."""
    if m["p"]:
        if m["p"][0] == "W" and not 1 <= int(m["p"][1:]) <= 53:
            return None
        return Spec("DATE", value=f"{m['y']}-{m['p']}", year=int(m["y"]))
    spec = date_spec(int(m["y"]), int(m["m"]), int(m["d"]))
    if spec is None or not m["t"]:
        return spec
    return spec.but(type="TIME", value=f"{spec.value}T{m['t']}")


def numeric(m: re.Match[str]) -> Spec | None:
    """29/09/2021, 9/29/21, 29.09.2021 (dots are always day first)."""
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    if len(m["y"]) == 2:
        y += 2000 if y < 30 else 1900
    month_first = MONTH_FIRST and m["sep"] == "/"
    month, day = (a, b) if month_first else (b, a)
    if month > 12:
        month, day = day, month
    if month > 12:
        return None
    return date_spec(y, month, day)


def _year_or_none(text: str | None) -> int | None:
    return year_of(text) if text else None


def mdy(m: re.Match[str]) -> Spec | None:
    """September 29, 2021 · Sept. 29 · Wednesday, September 29 · early September 29th."""
    spec = date_spec(_year_or_none(m["year"]), month_of(m["mon"]), day_of(m["day"]))
    spec = spec.but(mod=position_mod(m["mod"])) if spec and m["mod"] else spec
    return _with_weekday(spec, m["wd"])


def dmy(m: re.Match[str]) -> Spec | None:
    """29 September 2021 · the 29th of September · Wednesday 29 Sept."""
    spec = date_spec(_year_or_none(m["year"]), month_of(m["mon"]), day_of(m["day"]))
    return _with_weekday(spec, m["wd"])


def _with_weekday(spec: Spec | None, weekday: str | None) -> Spec | None:
    """A yearless date with its weekday: the year must agree with the calendar."""
    if spec is None or not weekday or spec.kind != "partial":
        return spec
    return spec.but(weekday=weekday_of(weekday), check_weekday=True)


def dayrange(m: re.Match[str]) -> Spec | None:
    """15-16 October 1987 · October 15-16, 1987 (without a year: the first day only)."""
    mon = month_of(m["mon"] or m["mon2"])
    d1, d2 = (day_of(m["d1"]), day_of(m["d2"])) if m["mon"] else (day_of(m["d3"]), day_of(m["d4"]))
    year_text = m["year"] or m["year2"]
    if d2 <= d1:
        return None
    first = date_spec(_year_or_none(year_text), mon, d1)
    last = date_spec(_year_or_none(year_text), mon, d2)
    if first is None or last is None or not year_text:
        return first
    return first.but(value=f"{first.value}/{last.value}")


def monthrange(m: re.Match[str]) -> Spec | None:
    """May–June 2020."""
    y, m1, m2 = year_of(m["year"]), month_of(m["m1"]), month_of(m["m2"])
    if m2 <= m1:
        return None
    return Spec("DATE", value=f"{year_str(y)}-{m1:02d}/{year_str(y)}-{m2:02d}", year=y)


def my(m: re.Match[str]) -> Spec | None:
    """September 2021 · Sept. of 2021 · late September 2021."""
    return date_spec(year_of(m["year"]), month_of(m["mon"]), None, mod=position_mod(m["mod"]))


def month(m: re.Match[str]) -> Spec | None:
    """January · last May · this September · mid-November · June last year."""
    mon = month_of(m["mon"])
    spec = date_spec(None, mon, None, mod=position_mod(m["mod"]))
    rel = norm(m["rel"] or m["rel2"])
    if spec is None or rel not in _REL_DIRECTION:
        return spec
    if m["rel2"]:
        return Spec("DATE", "shift", unit="year", offset=_REL_DIRECTION[rel], gran="year",
                    suffix=f"-{mon:02d}")  # fmt: skip
    return spec.but(direction=_REL_DIRECTION[rel], anchor=_narrated(m, rel))


def _narrated(m: re.Match[str], rel: str) -> str:
    """ "the following summer", "the next March": the one after the date last talked
    about (TimeML's anaphoric reading), where "next summer" counts from the reference."""
    before = m.string[max(0, m.start() - 4) : m.start()].lower()
    anaphoric = rel in ("following", "next", "previous") and before.endswith("the ")
    return "last" if anaphoric else "ref"


def year(m: re.Match[str]) -> Spec | None:
    """2019 · early 2021 · around 1900 · the year 2000 · fiscal 1998 · 1914–1918 · 500 BC."""
    y = year_of(m["year"])
    era = norm(m["era"]).replace(".", "")
    if era.startswith("b"):
        y = 1 - y
    mod = approx_or_position(m["approx"])
    if m["y2"]:
        y2 = int(m["y2"]) if len(m["y2"]) == 4 else (y // 100) * 100 + int(m["y2"])
        if y2 <= y or era:
            return None
        return Spec("DATE", value=f"{year_str(y)}/{year_str(y2)}", year=y, mod=mod)
    return Spec("DATE", value=year_str(y), year=y, mod=mod)


def season(m: re.Match[str]) -> Spec | None:
    """summer 2022 · last fall · this spring · the winter of 1994 · early summer."""
    code = _SEASON_CODES[norm(m["season"])]
    mod = position_mod(m["mod"])
    if m["year"]:
        return Spec("DATE", value=f"{year_str(year_of(m['year']))}-{code}", mod=mod)
    rel = norm(m["rel"])
    direction = _REL_DIRECTION.get(rel)
    if rel and direction is None:
        return None
    return Spec("DATE", "partial", rest=f"-{code}", month=_SEASON_MONTH[code], mod=mod,
                direction=direction, anchor=_narrated(m, rel) if rel else "ref")  # fmt: skip


def quarter(m: re.Match[str]) -> Spec | None:
    """the third quarter of 2020 · Q3 2020 · third-quarter · the first half · the quarter."""
    if m["pair"]:  # "the first two quarters of 1990" is its first half
        return _period_spec("H", 1 if norm(m["pair"]) == "first" else 2, year_of(m["year3"]), None)
    if m["q"]:
        letter, n = m["q"][0].upper(), int(m["q"][1])
        if letter == "H" and n > 2:
            return None
        y = int(m["year2"]) if m["year2"] else (2000 + int(m["yy"]) if m["yy"] else None)
        return _period_spec(letter, n, y, None)
    unit_word, rel = norm(m["unit"]), norm(m["rel"])
    if (m["ago"] or norm(m["yrel"]) == "last") and not (m["year"] or m["year0"]):
        return _year_ago_period(unit_word, ordinal_of(m["ord"]) if m["ord"] else 0)
    if (
        unit_word == "period"
        and (m["ord"] or m["year"] or rel not in _PERIOD_RELS)
        and not (m["year0"] and not m["ord"])
    ):
        return None
    letter = "H" if unit_word == "half" else "Q"
    n = ordinal_of(m["ord"]) if m["ord"] else 0
    if n > (4 if letter == "Q" else 2) or (n == 0 and m["ord"]):
        return None
    if n == 0 and m["year"] is None and not rel and not m.group().lower().startswith("the"):
        return None
    y = year_of(m["year"] or m["year0"]) if m["year"] or m["year0"] else None
    if m["yrel"] and n > 0:
        offset = {"this": 0, "last": -1, "next": 1}[norm(m["yrel"])]
        return Spec("DATE", "shift", unit="year", offset=offset, gran="year",
                    suffix=f"-{letter}{n}")  # fmt: skip
    return _period_spec(letter, n, y, rel)


def _year_ago_period(unit_word: str, n: int) -> Spec | None:
    """ "the corresponding period last year", "last year's quarter", "the quarter a year
    ago": the period being reported, a year earlier (earnings news)."""
    if n == 0:
        gran = "half" if unit_word == "half" else "quarter"
        return Spec("DATE", "shift", anchor="period", unit="year", offset=-1, gran=gran)
    letter = "H" if unit_word == "half" else "Q"
    if n > (2 if letter == "H" else 4):
        return None
    return Spec("DATE", "shift", unit="year", offset=-1, gran="year", suffix=f"-{letter}{n}")


def _period_spec(letter: str, n: int, y: int | None, rel: str | None) -> Spec:
    unit = "quarter" if letter == "Q" else "half"
    if n > 0:
        rest = f"-{letter}{n}"
        first_month = (n - 1) * (3 if letter == "Q" else 6) + 1
        if y is not None:
            return Spec("DATE", value=year_str(y) + rest, year=y)
        back = -1 if rel in _PERIOD_RELS - _LATEST else 0  # "the year-ago third quarter"
        return Spec("DATE", "partial", rest=rest, month=first_month, offset=back,
                    comparable=back < 0)  # fmt: skip
    if y is not None:  # "the 1988 quarter": the quarter being reported, in 1988
        return Spec("DATE", "shift", anchor="period", unit="year", gran=unit, year=y)
    if rel in ("the year ago", "the year earlier", "the comparable"):
        return Spec("DATE", "shift", anchor="period", unit="year", offset=-1, gran=unit)
    offset = {"last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1,
              "following": 1}.get(rel or "", 0)  # fmt: skip
    if offset == 0 and rel in _LATEST:
        # "the latest quarter": the last one completed before the report.
        return Spec("DATE", "shift", unit=unit, offset=-1, gran=unit)
    if offset == 0 and rel in ("", "the", "the same", "the fiscal"):
        # "the quarter" in news means the period being reported: the last one mentioned.
        return Spec("DATE", "shift", anchor="last", unit=unit, offset=0, gran=unit)
    return Spec("DATE", "shift", unit=unit, offset=offset, gran=unit)


_STRETCH_ENDED = re.compile(r"\s+(?:ended|ending)\b", re.IGNORECASE)


def endof(m: re.Match[str]) -> Spec | None:
    """the end of the year · year-end · the full year · the current fiscal year."""
    mod = "END" if m["end"] else position_mod(m["pm"])
    if not (mod or m["adj"]):
        return None
    if not mod and re.search(r"\ban?\s+$", m.string[max(0, m.start() - 4) : m.start()]):
        # "took a full year" is a stretch; "from a fiscal year to a calendar year", any year
        if norm(m["adj"]) == "full":
            return Spec(
                "DURATION", value="P1" + {"month": "M", "week": "W"}.get(norm(m["unit"]), "Y")
            )
        return None
    if not mod and norm(m["adj"]) == "fiscal" and _STRETCH_ENDED.match(m.string, m.end()):
        return None  # "the fiscal year ended Jan. 31": the twelve months (rule "theyear")
    unit = norm(m["unit"])
    return Spec("DATE", "shift", unit=unit, offset=0, gran=unit, mod=mod)


def yearago(m: re.Match[str]) -> Spec | None:
    """year-earlier · the year-ago period: the period last talked about, a year before."""
    return Spec("DATE", "shift", anchor="period", unit="year", offset=-1)
