"""The performance benchmark still runs: every section on tiny inputs (speed is not checked).

``benchmarks/perf.py`` is only run by hand before a release, so without this test an API
change in the pipeline, the model or the canvas would break it unnoticed. The sections
without Qt also run in the headless CI job; the Qt ones skip there.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
QT_SECTIONS = ("canvas", "startup", "scale")


@pytest.fixture
def perf(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """``benchmarks/perf.py`` imported as a module (its helpers sit next to it)."""
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    return importlib.import_module("perf")


def _check(perf: ModuleType, sections: tuple[str, ...]) -> None:
    """Run ``sections`` at the tiny size; rows must be complete, timings positive."""
    rows = perf.run(perf.TINY, sections)
    timing, report = sys.modules["perf_timing"], sys.modules["perf_report"]
    assert {r.section for r in rows} == set(sections)
    for row in rows:
        data = row.to_dict()
        assert set(data) == set(timing.ROW_KEYS)
        assert row.seconds > 0, row
        assert row.baseline_seconds > 0, row
        assert data["ratio"] > 0
    assert report.markdown_table(rows).count("\n") == len(rows) + 1
    text = report.results_markdown(rows, report.machine_info(), "python benchmarks/perf.py", 1.0)
    assert all(f"**{section}**" in text for section in sections)


@pytest.mark.slow
def test_sections_without_qt_run_on_tiny_inputs(perf: ModuleType) -> None:
    _check(perf, tuple(s for s in perf.SECTIONS if s not in QT_SECTIONS))


@pytest.mark.slow
def test_qt_sections_run_on_tiny_inputs(perf: ModuleType, request: pytest.FixtureRequest) -> None:
    pytest.importorskip("PySide6")
    request.getfixturevalue("qapp")  # pytest-qt's plain app: the benchmark must not style it
    _check(perf, QT_SECTIONS)
