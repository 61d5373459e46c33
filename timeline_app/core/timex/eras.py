"""Interpreting the long units of time: years with an era, decades, centuries, millennia.

Split from :mod:`absolute` for size. Values follow TimeML as HeidelTime writes them:
``BC10000`` for 10,000 BC, ``18`` for the 19th century, ``BC02`` for the 3rd century BC.
"""

from __future__ import annotations

import re

from timeline_app.core.timex.calendar import year_str
from timeline_app.core.timex.parts import norm, ordinal_of, position_mod
from timeline_app.core.timex.spec import Spec

#: The farthest year BC read as a date ("100,000 BC"); beyond lies geology, and ISO days in
#: project files carry at most six digits.
MAX_YEARS_BC = 100_000

_DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}  # fmt: skip


def oldyear(m: re.Match[str]) -> Spec | None:
    """ "date its end to 476": a year of the first millennium written bare."""
    y = int(m["year"])
    return Spec("DATE", value=year_str(y), year=y)


def era(m: re.Match[str]) -> Spec | None:
    """2566 BC · AD 79 · 79 CE · c. 3000 BCE · 10,000 BC (TIMEX3 ``BC10000``)."""
    y = int((m["y1"] or m["y2"]).replace(",", ""))
    if not 0 < y <= MAX_YEARS_BC:
        return None
    if _is_bc(m["era"]):
        y = 1 - y
    elif y > 9999:  # "12000 AD" is not how anyone writes a date
        return None
    mod = approx_or_position(m["approx"])
    first = m["r1"] or m["r2"]
    if first:  # a range whose era is written once, after its end
        x = int(first)
        if not _is_bc(m["era"]) or not 1 - x < y:
            return None  # "100 to 150 BC" runs backwards: not a range of years
        return Spec("DATE", value=f"{year_str(1 - x)}/{year_str(y)}", year=y, mod=mod)
    return Spec("DATE", value=year_str(y), year=y, mod=mod)


def approx_or_position(text: str | None) -> str:
    t = norm(text)
    if not t or t.startswith(("the year", "fiscal", "fy")):
        return ""
    if t in ("around", "about", "circa", "c.", "ca.", "approximately", "roughly", "some"):
        return "APPROX"
    return position_mod(t) or ("APPROX" if t in ("nearly", "almost") else "")


def decade(m: re.Match[str]) -> Spec | None:
    """the 1990s · the '90s · the nineties · the late 1980s · the 1800s (a century)."""
    raw = norm(m["dec"] or m["decw"]).lstrip("'")
    mod = position_mod(m["pm"]) or approx_or_position(m["approx"])
    if raw in _DECADE_WORDS:
        return Spec("DATE", value=f"19{_DECADE_WORDS[raw]}", mod=mod)
    if len(raw) == 2:
        return Spec("DATE", value=f"19{raw[0]}", mod=mod)
    if raw.endswith("00") and raw < "2000":  # "the 1800s" is a century, "the 2000s" a decade
        return Spec("DATE", value=raw[:2], mod=mod)
    return Spec("DATE", value=raw[:3], mod=mod)


def century(m: re.Match[str]) -> Spec | None:
    """the 19th century (value 18, the TIMEX3 convention) · the early 20th century ·
    the 45th century (44) · the 3rd century BC (BC02, as HeidelTime writes it)."""
    n = ordinal_of(m["ord"])
    if not 1 <= n <= 99:
        return None
    mod = position_mod(m["pm"]) or approx_or_position(m["approx"])
    return Spec("DATE", value=f"{_era_prefix(m['era'])}{n - 1:02d}", mod=mod)


def millennium(m: re.Match[str]) -> Spec | None:
    """the 3rd millennium (value 2: its years 2000-2999, like century 18 for the 1800s) ·
    the 3rd millennium BC (BC2: 2999-2000 BC) · the early 2nd millennium BCE."""
    n = ordinal_of(m["ord"])
    if not 1 <= n <= 10:  # an 11th millennium would read as a century value
        return None
    mod = position_mod(m["pm"]) or approx_or_position(m["approx"])
    return Spec("DATE", value=f"{_era_prefix(m['era'])}{n - 1}", mod=mod)


def _is_bc(era_text: str | None) -> bool:
    return norm(era_text).replace(".", "").startswith("b")


def _era_prefix(era_text: str | None) -> str:
    """TIMEX3 writes BC units with a ``BC`` prefix; AD/CE adds nothing."""
    return "BC" if _is_bc(era_text) else ""
