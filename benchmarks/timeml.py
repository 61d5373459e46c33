"""Reading TimeML (.tml) gold files and scoring time expressions the TempEval-3 way.

Kept apart from the benchmark driver so the scorer can be unit-tested on spans written by
hand, and so the events benchmark can reuse the reader. Nothing here knows about our
tagger: a system output is just a list of :class:`Timex`.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

TYPES = ("DATE", "TIME", "DURATION", "SET")


@dataclass(frozen=True, slots=True)
class Timex:
    """One time expression: character span in the plain text, type and TIMEX3 value."""

    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True, slots=True)
class GoldDoc:
    """A TimeML document reduced to what Task A needs."""

    name: str
    text: str
    dct: str
    timexes: tuple[Timex, ...]
    half: str = ""  # the folder it came from: "TimeBank" or "AQUAINT" in TBAQ


def read_tml(path: Path) -> GoldDoc:
    """Plain text of ``<TEXT>`` (tags removed, entities decoded), its TIMEX3s and the DCT.

    ElementTree decodes the entities, and walking ``.text``/``.tail`` rebuilds the plain
    text exactly as the TempEval-3 scorer sees it, so offsets line up.
    """
    root = ET.parse(path).getroot()
    dct = ""
    for tx in root.iter("TIMEX3"):
        if tx.get("functionInDocument") == "CREATION_TIME":
            dct = tx.get("value", "")[:10]
            break
    body = root.find("TEXT")
    parts: list[str] = []
    found: list[Timex] = []
    if body is not None:
        _walk(body, parts, found, inside=False)
    return GoldDoc(path.stem, "".join(parts), dct, tuple(found), path.parent.name)


def _walk(elem: ET.Element, parts: list[str], found: list[Timex], *, inside: bool) -> None:
    start = sum(len(p) for p in parts)
    if elem.text:
        parts.append(elem.text)
    for child in elem:
        _walk(child, parts, found, inside=True)
        if child.tail:
            parts.append(child.tail)
    if elem.tag == "TIMEX3" and inside:
        end = sum(len(p) for p in parts)
        text = "".join(parts)[start:end]
        found.append(Timex(start, end, text, elem.get("type", ""), elem.get("value", "")))


def read_corpus(folder: Path, *, limit: int | None = None) -> list[GoldDoc]:
    """Every ``.tml`` under ``folder``, sorted by path so runs are comparable."""
    paths = sorted(folder.rglob("*.tml"))
    if limit is not None:
        paths = paths[:limit]
    return [read_tml(p) for p in paths]


def pair(gold: Sequence[Timex], system: Sequence[Timex]) -> list[tuple[Timex, Timex]]:
    """One-to-one pairs of overlapping expressions, matched left to right."""
    g_sorted = sorted(gold, key=lambda t: (t.start, t.end))
    s_sorted = sorted(system, key=lambda t: (t.start, t.end))
    pairs: list[tuple[Timex, Timex]] = []
    j = 0
    for g in g_sorted:
        while j < len(s_sorted) and s_sorted[j].end <= g.start:
            j += 1
        if j < len(s_sorted) and s_sorted[j].start < g.end:
            pairs.append((g, s_sorted[j]))
            j += 1
    return pairs


@dataclass
class Tally:
    """Counts behind every figure, for one system and one slice (overall or a type)."""

    gold: int = 0
    system: int = 0
    relaxed: int = 0
    strict: int = 0
    type_ok: int = 0
    value_ok: int = 0

    def figures(self) -> dict[str, float]:
        """P/R/F1 strict and relaxed, type and value accuracy, value F1 (all 0..1)."""
        sp, sr = _ratio(self.strict, self.system), _ratio(self.strict, self.gold)
        rp, rr = _ratio(self.relaxed, self.system), _ratio(self.relaxed, self.gold)
        rf = _f1(rp, rr)
        value_acc = _ratio(self.value_ok, self.relaxed)
        return {
            "strict_p": sp, "strict_r": sr, "strict_f1": _f1(sp, sr),
            "relaxed_p": rp, "relaxed_r": rr, "relaxed_f1": rf,
            "type_acc": _ratio(self.type_ok, self.relaxed), "value_acc": value_acc,
            "value_f1": rf * value_acc, "gold": self.gold, "system": self.system,
        }  # fmt: skip


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Score:
    """Overall and per-type tallies plus the error strings behind them."""

    overall: Tally = field(default_factory=Tally)
    by_type: dict[str, Tally] = field(default_factory=lambda: {t: Tally() for t in TYPES})
    missed: Counter[str] = field(default_factory=Counter)
    spurious: Counter[str] = field(default_factory=Counter)
    wrong_value: Counter[str] = field(default_factory=Counter)
    wrong_extent: Counter[str] = field(default_factory=Counter)

    def add(self, gold: Sequence[Timex], system: Sequence[Timex]) -> None:
        """Score one document.

        Per-type slices use the gold type; a spurious expression counts under its own type,
        so per-type precision is "of what we output where gold has this type".
        """
        pairs = pair(gold, system)
        paired_g = {id(g) for g, _ in pairs}
        gold_type_of = {id(s): g.type for g, s in pairs}
        for g in gold:
            for t in self._tallies(g.type):
                t.gold += 1
            if id(g) not in paired_g:
                self.missed[f"{g.text} [{g.type} {g.value}]"] += 1
        for s in system:
            for t in self._tallies(gold_type_of.get(id(s), s.type)):
                t.system += 1
            if id(s) not in gold_type_of:
                self.spurious[f"{s.text} [{s.type} {s.value}]"] += 1
        for g, s in pairs:
            self._add_pair(g, s)

    def _add_pair(self, g: Timex, s: Timex) -> None:
        strict = g.start == s.start and g.end == s.end
        for t in self._tallies(g.type):
            t.relaxed += 1
            t.strict += strict
            t.type_ok += g.type == s.type
            t.value_ok += g.value == s.value
        if g.value != s.value:
            self.wrong_value[f"{g.text} [gold {g.value} | ours {s.value}]"] += 1
        if not strict:
            self.wrong_extent[f"{g.text!r} -> {s.text!r}"] += 1

    def _tallies(self, typ: str) -> Iterable[Tally]:
        yield self.overall
        if typ in self.by_type:
            yield self.by_type[typ]
