"""Clock times written after a day: "gestern um 15 Uhr", "hier à 15 h 30", "mañana a las
seis de la mañana". The time joins the day's mention, which becomes a TIME valued
``…T15:00``; a clock time with no day next to it is left alone (it dates nothing new).
A part of the day written before the day ("na manhã de 1 de novembro de 1755", "le matin du
3 mai") joins it the same way, as ``…TMO``.
"""

from __future__ import annotations

import functools
import re

from timeline_app.core.timex.spec import Spec
from timeline_app.core.timex_intl.grammar import alternation
from timeline_app.core.timex_intl.lexicon import lexicon
from timeline_app.core.timex_intl.surface import PARTS, surface

#: Between the day and its time: a space, maybe a comma.
_GAP = re.compile(r"\s*,?\s*")
_AFTERNOON = ("tarde", "noche", "après-midi", "soir", "nachmittags", "abends")


@functools.cache
def clock_pattern(code: str) -> re.Pattern[str]:
    """The clock-time pattern of ``code``, anchored where it is tried (``match``)."""
    words = alternation(lexicon(code).numbers)
    return re.compile(surface(code).clock.replace("{numbers}", words), re.I)


def attach_clock(text: str, end: int, spec: Spec, code: str) -> tuple[int, Spec] | None:
    """The day mention ``spec`` ending at ``end`` with the clock time that follows it:
    its new end and Spec, or None when no time follows or the day cannot take one."""
    if spec.type != "DATE" or spec.suffix or not _day_level(spec) or not surface(code).clock:
        return None
    gap = _GAP.match(text, end)
    m = clock_pattern(code).match(text, gap.end()) if gap is not None else None
    if m is None:
        return None
    groups = m.groupdict()
    word = (groups.get("word") or "").lower()
    hour = int(m["h"]) if m["h"] else lexicon(code).numbers.get(word, -1)
    if not 0 <= hour <= 23:
        return None
    if groups.get("part") and m["part"].lower() in _AFTERNOON and hour < 12:
        hour += 12
    suffix = f"T{hour:02d}:{int(m['mi'] or 0):02d}"
    if spec.kind == "fixed":
        return m.end(), spec.but(type="TIME", value=spec.value + suffix)
    return m.end(), spec.but(type="TIME", suffix=suffix)


def _day_level(spec: Spec) -> bool:
    if spec.kind == "fixed":
        return len(spec.value) == 10  # 2022-03-14
    if spec.kind == "partial":
        return len(spec.rest) == 6  # -03-14
    return spec.kind == "weekday" or (spec.kind == "shift" and spec.unit == "day")


#: Words between a part of the day and its day ("manhã de", "matin du", "Morgen des").
_PART_JOIN = r"(?:de|del|do|da|du|des|dem|van|di|della|dello)"
_PART_BEFORE = re.compile(
    rf"(?<![\w-])(?P<part>{alternation(PARTS)})\s+{_PART_JOIN}\s+(?:la\s+|el\s+|le\s+|l'|de\s+)?$",
    re.I,
)


def attach_part_before(text: str, start: int, spec: Spec) -> tuple[int, Spec] | None:
    """The day mention ``spec`` starting at ``start`` with the part of the day written
    before it: its new start and Spec, or None when there is none."""
    if spec.type != "DATE" or spec.suffix or not _day_level(spec):
        return None
    m = _PART_BEFORE.search(text[max(0, start - 24) : start])
    if m is None:
        return None
    suffix = "T" + PARTS[m["part"].lower()]
    new_start = max(0, start - 24) + m.start("part")
    if spec.kind == "fixed":
        return new_start, spec.but(type="TIME", value=spec.value + suffix)
    return new_start, spec.but(type="TIME", suffix=suffix)
