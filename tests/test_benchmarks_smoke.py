"""The performance benchmark still runs: every section on tiny inputs (speed is not checked).

``benchmarks/perf.py`` is only run by hand before a release, so without this test an API
change in the pipeline, the model or the canvas would break it unnoticed.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


@pytest.fixture
def perf(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """``benchmarks/perf.py`` imported as a module (its helpers sit next to it)."""
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    return importlib.import_module("perf")


@pytest.mark.slow
def test_every_section_runs_on_tiny_inputs(perf: ModuleType, qapp: object) -> None:
    # qapp first: the canvas benchmark then reuses pytest-qt's plain application
    rows = perf.run(perf.TINY)
    timing = sys.modules["perf_timing"]
    report = sys.modules["perf_report"]
    assert {r.section for r in rows} == set(perf.SECTIONS)
    for row in rows:
        data = row.to_dict()
        assert set(data) == set(timing.ROW_KEYS)
        assert row.seconds > 0, row
        assert row.baseline_seconds > 0, row
        assert data["ratio"] > 0
    table = report.markdown_table(rows)
    assert table.count("\n") == len(rows) + 1
    text = report.results_markdown(rows, report.machine_info(), "python benchmarks/perf.py", 1.0)
    assert all(section in text for section in perf.SECTIONS)
