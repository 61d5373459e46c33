"""The TempEval-3 scorer of ``benchmarks/timeml.py``, on spans written by hand."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest


def _load() -> ModuleType:
    path = Path(__file__).resolve().parents[2] / "benchmarks" / "timeml.py"
    spec = importlib.util.spec_from_file_location("timeml", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["timeml"] = module
    spec.loader.exec_module(module)
    return module


timeml = _load()
Timex = timeml.Timex


def test_pairs_overlapping_spans_one_to_one_left_to_right() -> None:
    gold = [Timex(0, 5, "a", "DATE", "1"), Timex(10, 15, "b", "DATE", "2")]
    system = [Timex(3, 12, "x", "DATE", "1"), Timex(13, 14, "y", "DATE", "2")]
    pairs = timeml.pair(gold, system)
    assert [(g.text, s.text) for g, s in pairs] == [("a", "x"), ("b", "y")]


def test_figures() -> None:
    score = timeml.Score()
    gold = [Timex(0, 4, "2019", "DATE", "2019"), Timex(10, 19, "two weeks", "DURATION", "P2W")]
    system = [Timex(0, 4, "2019", "DATE", "2019"), Timex(14, 19, "weeks", "DURATION", "PXW"),
              Timex(30, 33, "now", "DATE", "PRESENT_REF")]  # fmt: skip
    score.add(gold, system)
    f = score.overall.figures()
    assert f["strict_p"] == pytest.approx(1 / 3)
    assert f["strict_r"] == pytest.approx(1 / 2)
    assert f["relaxed_p"] == pytest.approx(2 / 3)
    assert f["relaxed_r"] == pytest.approx(1.0)
    assert f["value_acc"] == pytest.approx(1 / 2)
    assert f["value_f1"] == pytest.approx(0.8 * 0.5)
    assert score.by_type["DURATION"].figures()["relaxed_r"] == pytest.approx(1.0)
    assert score.spurious["now [DATE PRESENT_REF]"] == 1


def test_reads_tml(tmp_path: Path) -> None:
    tml = tmp_path / "x.tml"
    tml.write_text(
        '<?xml version="1.0" ?><TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2001-02-03" '
        'functionInDocument="CREATION_TIME">Feb 3</TIMEX3></DCT><TEXT>Sales &amp; profit rose '
        '<TIMEX3 tid="t1" type="DATE" value="2000">last year</TIMEX3>.</TEXT></TimeML>',
        encoding="utf-8",
    )
    doc = timeml.read_tml(tml)
    assert doc.dct == "2001-02-03"
    assert doc.text == "Sales & profit rose last year."
    (t,) = doc.timexes
    assert doc.text[t.start : t.end] == "last year"
    assert (t.type, t.value) == ("DATE", "2000")
