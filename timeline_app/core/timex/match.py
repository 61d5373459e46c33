"""Running the grammar over a text: candidates, vetoes, and the choice among overlaps."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator

from timeline_app.core.timex import absolute, eras, holidays, relative
from timeline_app.core.timex.combine import Piece
from timeline_app.core.timex.filters import (
    EntityIndex,
    blocked_by_entity,
    generic_day,
    historical,
    in_title,
    month_is_word,
    named_today,
    season_is_word,
    word_after,
    word_before,
    year_is_quantity,
)
from timeline_app.core.timex.grammar import PRIORITY, RULES
from timeline_app.core.timex.spec import Spec
from timeline_app.core.timex.triggers import trigger_positions, windows

Interpreter = Callable[[re.Match[str]], Spec | None]
_INTERPRETERS: dict[str, Interpreter] = {
    "iso": absolute.iso, "numeric": absolute.numeric, "mdy": absolute.mdy,
    "dmy": absolute.dmy, "dayrange": absolute.dayrange, "monthrange": absolute.monthrange,
    "my": absolute.my, "month": absolute.month, "year": absolute.year, "oldyear": eras.oldyear,
    "era": eras.era, "decade": eras.decade, "century": eras.century,
    "millennium": eras.millennium, "season": absolute.season, "quarter": absolute.quarter,
    "yearago": absolute.yearago,
    "endof": absolute.endof, "holiday": holidays.holiday, "weekday": relative.weekday,
    "deictic": relative.deictic, "weekend": relative.weekend, "theyear": relative.theyear,
    "part": relative.part, "relunit": relative.relunit, "anaphor": relative.anaphor,
    "ago": relative.ago, "duration": relative.duration,
    "clock": relative.clock, "ref": relative.ref, "set": relative.set_,
    "nthday": relative.nthday, "theday": relative.theday,
}  # fmt: skip
#: Words after which a bare plural unit ("for years", "in recent weeks") is a duration.
_BARE_PLURAL_CONTEXT = frozenset({
    "for", "in", "over", "within", "after", "than", "of", "take", "took", "takes", "recent",
    "past", "last", "coming", "next",
})  # fmt: skip
#: "since January" is the last January before the reference, never a coming one.
_SINCE = {"since": -1}
_SHARED_PARTS = re.compile(
    r"\s+(?:and|or)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+"
    r"(?:mornings|afternoons|evenings|nights)\b",
    re.IGNORECASE,
)
_COUNTABLE = re.compile(r"^(?:\d[\d,.]*|[$£€%]|times|once|twice)$")
_RATE_BEFORE = re.compile(r"(?:\d[\d,.]*\s*(?:%|percent|cents?|dollars?|[a-z]+s)?|[$£€][\d,.]+"
                          r"\s*\w*|once|twice|times)\s*$", re.IGNORECASE)  # fmt: skip


def candidates(text: str, ents: list[tuple[int, int, str]]) -> list[Piece]:
    """Every rule match that survives the vetoes, as non-overlapping pieces in text order."""
    found: list[tuple[int, int, int, Piece]] = []
    index = EntityIndex(ents)
    positions = trigger_positions(text)
    for name, regex in RULES:
        interpret = _INTERPRETERS[name]
        for m in _matches(name, regex, text, positions):
            if m.end() == m.start() or _vetoed(name, m, text, index):
                continue
            spec = interpret(m)
            if spec is None:
                continue
            spec = _as_rate(name, spec, m, text)
            if spec.kind == "partial" and spec.direction is None:
                spec = spec.but(direction=_SINCE.get(word_before(text, m.start())))
            piece = Piece(_trimmed_start(name, m), m.end(), spec, name)
            found.append((m.start() - m.end(), PRIORITY[name], m.start(), piece))
    found.sort(key=lambda f: f[:3])
    return _non_overlapping([f[3] for f in found])


def _matches(
    name: str, regex: re.Pattern[str], text: str, positions: dict[str, list[tuple[int, int]]]
) -> Iterator[re.Match[str]]:
    """Matches of one rule, searched only in windows around its trigger words."""
    for lo, hi in windows(name, positions, len(text)):
        yield from regex.finditer(text, lo, hi)


def _non_overlapping(ordered: list[Piece]) -> list[Piece]:
    """Longest first (then rule priority): each accepted piece blocks what it overlaps."""
    starts: list[int] = []  # accepted pieces, kept sorted by start (they never overlap)
    taken: list[Piece] = []
    for piece in ordered:
        i = bisect.bisect_left(starts, piece.start)
        if i > 0 and taken[i - 1].end > piece.start:
            continue
        if i < len(taken) and taken[i].start < piece.end:
            continue
        starts.insert(i, piece.start)
        taken.insert(i, piece)
    return taken


def _vetoed(name: str, m: re.Match[str], text: str, ents: EntityIndex) -> bool:
    start, end = m.start(), m.end()
    vetoable = ("year", "era", "numeric", "mdy", "dmy", "my", "month", "ago")
    if name in vetoable and blocked_by_entity(ents, start, end):
        return True
    if in_title(text, start, end) or named_today(text, start, end):
        return True
    if name == "deictic" and generic_day(text, start, end):
        return True
    if name == "quarter" and text.startswith("-to-", end):  # "quarter-to-quarter growth"
        return True
    if name == "oldyear":
        return not historical(text, start)
    if name in ("mdy", "dmy", "my", "month") and m["mon"]:
        alone = name == "month"
        if month_is_word(text, start, m.start("mon"), m.end("mon"), alone=alone):
            return True
    if name == "year" and not (m["approx"] or m["era"] or m["y2"]):
        return year_is_quantity(text, start, end)
    if name == "duration":
        return _duration_vetoed(m, text)
    if name == "weekday" and not m["part"] and _SHARED_PARTS.match(text, end):
        return True  # "Monday and Tuesday nights": both recur (rule "set")
    if (
        name == "weekday"
        and not m["rel"]
        and m["wd"][0].islower()
        and word_before(text, start) not in ("on", "by", "since", "until", "last", "next", "this")
    ):
        return True
    if name == "set":
        return _set_vetoed(m, text)
    if name == "season" and not m["year"] and season_is_word(text, end):
        return True
    if name == "season" and m["season"].lower() == "fall" and not (m["rel"] or m["year"]):
        return m.group()[0] == "f" and word_before(text, start) not in ("in", "this", "last")
    if name == "anaphor" and (m["unit"] or "").lower() == "quarter":
        return word_after(text, end) == "of"  # "that quarter of the city"
    if name == "ref" and m["word"] == "current":  # "then current" needs no check
        return not _adjective_slot(text, start)
    if name == "ref":
        return _ref_vetoed(m["word"], text, start, end)
    return name == "clock" and text[end : end + 1] == ":"


#: Words after which "current" is the adjective ("its current wife", "because of current
#: conditions"), not the noun ("a strong current").
_DETERMINERS = frozenset({
    "the", "its", "his", "her", "their", "our", "my", "your", "of", "at", "in", "from", "for",
    "with", "about", "on", "under", "by", "to", "into", "reflect", "reflects", "given",
})  # fmt: skip


def _adjective_slot(text: str, start: int) -> bool:
    before = word_before(text, start)
    return before in _DETERMINERS or before.endswith(("'s", "’s"))


#: Auxiliaries before "recently": "have recently moved", "was recently extended".
_AUXILIARIES = frozenset({"has", "have", "had", "was", "were", "been", "is", "are", "be"})
#: "a matter of days / months": an idiom for "soon", not a stretch of time.
_MATTER_OF = re.compile(r"\bmatter\s+of\s+$", re.IGNORECASE)
#: A date right after "most recently": a preposition, a deictic word, a number or a name.
_DATE_FOLLOWS = re.compile(r"\s+(?:in|on|at|during|last|this|earlier|yesterday|today|\d|[A-Z])")


def _ref_vetoed(word: str, text: str, start: int, end: int) -> bool:
    """Vague reference words that do not refer to a time.

    - "Now, ..." / "Currently, ..." opening a sentence and set off by a comma: a discourse
      marker that moves the story on, not a reference to the present.
    - "the future of our peoples": the prospects of something, a noun, not a time.
    - "have recently moved", "was recently extended": the adverb inside a verb group
      only colours the verb's perfect or passive aspect.
    - "most recently last October": the date after the adverb carries the time.
    """
    key = word.lower()
    if key in ("now", "currently") and word[0].isupper() and text[end : end + 1] == ",":
        return True
    if key == "the future" and word_after(text, end) == "of":
        return True
    if key != "recently":
        return False
    before = word_before(text, start)
    if before == "most" and _DATE_FOLLOWS.match(text, end):
        return True  # "killed, most recently last October": the date that follows is the time
    return before in _AUXILIARIES


def _set_vetoed(m: re.Match[str], text: str) -> bool:
    """ "a second group", "a quarter of", "the Party daily Granma": not recurrences."""
    unit = (m["unit"] or "").lower()
    if unit == "second" or (unit == "quarter" and word_after(text, m.end()) == "of"):
        return True
    if m["word"]:
        after = word_after(text, m.end())
        return after[:1].isupper() or word_before(text, m.start()) == "average"
    return False


def _duration_vetoed(m: re.Match[str], text: str) -> bool:
    unit = m["unit"].lower()
    if not m["num"] and not m["approx"] and not m["tail"]:
        if _MATTER_OF.search(text, max(0, m.start() - 20), m.start()):
            return True  # "a matter of days": an idiom for "soon", not a stretch of time
        return word_before(text, m.start()) not in _BARE_PLURAL_CONTEXT
    if unit.startswith("quarter") and word_after(text, m.end()) == "of":
        return True
    if unit == "second" and "-" not in m.group():
        return True
    if m["unit"][0].isupper() and m["num"] and m["num"][0].isdigit():
        return True  # "60 Minutes", a title
    return bool(_COUNTABLE.match(word_after(text, m.end()))) and not m["tail"]


_ADJECTIVAL = re.compile(r"^(?:the|an?)\s+(?=\S+-|\S+\s+(?:second|minute|hour|day|week|month"
                         r"|year|decade)\b)", re.IGNORECASE)  # fmt: skip


def _trimmed_start(name: str, m: re.Match[str]) -> int:
    """An adjectival duration or quarter ("the two-week truce") leaves its article outside."""
    if name == "oldyear":
        return m.start("year")
    if name == "anaphor":  # "later in the day": TimeML leaves the preposition out
        inside = re.match(r"(?:earlier|later)\s+in\s+", m.group(), re.IGNORECASE)
        return m.start() + inside.end() if inside else m.start()
    if name == "quarter" and re.match(r"the\s+\w+-quarter", m.group(), re.IGNORECASE):
        return m.start() + 4
    if name != "duration" or m["approx"] or not m["num"]:
        return m.start()
    found = _ADJECTIVAL.match(m.group())
    return m.start() + found.end() if found else m.start()


def _as_rate(name: str, spec: Spec, m: re.Match[str], text: str) -> Spec:
    """ "$5 a year", "twice a day": a duration read as a frequency (SET)."""
    if name != "duration" or (m["num"] or "").lower() not in ("a", "an") or m["approx"]:
        return spec
    if _RATE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
        return spec.but(type="SET")
    return spec


__all__ = ["candidates"]
