"""A time budget per document: a runaway document is reported, the others carry on, and
Cancel interrupts the document being processed instead of waiting for its end."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from timeline_app import cli, pipeline
from timeline_app.core import nlp
from timeline_app.pipeline import budget
from timeline_app.pipeline import document as pipeline_document
from timeline_app.pipeline.budget import OverBudget, RunCancelled, Watchdog

GOOD = "Dam news\n\nThe Hollow Creek dam was finished on 2 May 1931 by the county."
SLOW = "Slow news\n\nThe council met on 3 March 2021 and then talked for ever."


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv(budget.ENV, raising=False)
    monkeypatch.setenv("TIMELINE_NO_MODEL", "1")  # rules only: fast
    nlp.load_nlp.cache_clear()
    budget.configure(None)
    yield
    budget.configure(None)
    nlp.load_nlp.cache_clear()


def _spin_forever() -> None:
    """Pure Python that never returns: what a runaway rule or parser looks like."""
    n = 0
    while True:
        n += 1


@pytest.fixture
def slow_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """Extraction of any text containing "for ever" never finishes on its own."""
    real = pipeline_document._tag_and_extract

    def extract(document, doc):  # type: ignore[no-untyped-def]
        if "for ever" in document.text:
            _spin_forever()
        return real(document, doc)

    monkeypatch.setattr(pipeline_document, "_tag_and_extract", extract)


def _files(folder: Path) -> list[Path]:
    (folder / "a-good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b-slow.txt").write_text(SLOW, encoding="utf-8")
    (folder / "c-good.txt").write_text(GOOD.replace("1931", "1932"), encoding="utf-8")
    return sorted(folder.glob("*.txt"))


@pytest.mark.usefixtures("slow_text")
def test_a_document_past_its_budget_is_reported_and_the_others_carry_on(tmp_path: Path) -> None:
    budget.configure(0.3)
    started = time.monotonic()
    result = pipeline.ingest(_files(tmp_path), use_cache=False)
    assert time.monotonic() - started < 3
    assert [Path(e.path).name for e in result.errors] == ["b-slow.txt"]
    assert "took longer than 0.3 s, the time limit per document" in result.errors[0].message
    assert sorted(e.when.value for e in result.events) == ["1931-05-02", "1932-05-02"]
    assert not result.cancelled


def test_a_loader_past_its_budget_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = pipeline_document.read_document

    def read(path):  # type: ignore[no-untyped-def]
        if "slow" in str(path):
            _spin_forever()
        return real(path)

    monkeypatch.setattr(pipeline_document, "read_document", read)
    budget.configure(0.3)
    result = pipeline.ingest(_files(tmp_path), use_cache=False)
    assert [Path(e.path).name for e in result.errors] == ["b-slow.txt"]
    assert len(result.documents) == 2


@pytest.mark.usefixtures("slow_text")
def test_cancel_stops_the_current_document_within_a_second(tmp_path: Path) -> None:
    cancel = threading.Event()
    threading.Timer(0.3, cancel.set).start()
    started = time.monotonic()
    result = pipeline.ingest(_files(tmp_path), cancelled=cancel.is_set, use_cache=False)
    assert time.monotonic() - started < 0.3 + 1.0
    assert result.cancelled
    assert result.errors == []  # a cancelled document is not a failed one


def test_the_budget_comes_from_the_option_then_the_environment_then_60_s(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert budget.budget_seconds() == 60
    monkeypatch.setenv(budget.ENV, "12.5")
    assert budget.budget_seconds() == 12.5
    budget.configure(5)
    assert budget.budget_seconds() == 5
    budget.configure(30, keep_existing=True)  # the window's setting yields to the CLI
    assert budget.budget_seconds() == 5
    budget.configure(0)
    assert budget.budget_seconds() is None  # 0: no limit
    monkeypatch.setenv(budget.ENV, "soon")
    budget.configure(None)
    assert budget.budget_seconds() == 60


def test_an_interrupt_never_lands_outside_its_window() -> None:
    """Deadlines that expire as the work ends: the exception arrives inside the window
    or is taken back, never in the code that runs next."""
    fired = 0
    with Watchdog(0.002, None, poll=0.0005) as watch:
        for i in range(200):
            try:
                with watch.document():
                    _busy(0.0015 + (i % 5) * 0.0003)
            except OverBudget:
                fired += 1
            _busy(0.002)  # a stray exception here would fail the test
    assert 0 < fired < 200


def _busy(seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass


def test_the_watchdog_thread_only_runs_with_something_to_watch() -> None:
    before = threading.active_count()
    with Watchdog(None, None):
        assert threading.active_count() == before
    with Watchdog(1.0, None):
        assert threading.active_count() == before + 1
    assert threading.active_count() == before


def test_cancel_raises_in_the_window() -> None:
    with (
        Watchdog(None, lambda: True, poll=0.001) as watch,
        pytest.raises(RunCancelled),
        watch.document(),
    ):
        _spin_forever()


@pytest.mark.usefixtures("slow_text")
def test_the_command_line_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _files(tmp_path)
    code = cli.main(["extract", "--time-budget", "0.3", "--no-cache", str(tmp_path), "--json"])
    captured = capsys.readouterr()
    assert code != 0
    assert "b-slow.txt" in captured.err
    assert "the time limit per document" in captured.err
    assert "1931-05-02" in captured.out


def test_loading_a_languages_model_is_not_charged_to_its_first_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The French model takes seconds to load, once per run: not the first article's time."""
    loaded: list[str] = []

    def slow_load(language: str = "en") -> None:
        if language not in loaded:
            time.sleep(0.6)  # a model loading
            loaded.append(language)

    monkeypatch.setattr(pipeline_document, "has_parser", lambda code: code == "fr")
    monkeypatch.setattr(nlp, "load_model", slow_load)
    def parse(texts: list[str], *, language: str = "en") -> Iterator[None]:
        nlp.load_model(language)  # as the real parse does, on first use
        return iter([None] * len(texts))

    monkeypatch.setattr(pipeline_document, "parse_documents", parse)
    (tmp_path / "fr.txt").write_text(
        "Le pont de Rivebelle a été inauguré le 3 mai 2022 par la maire.", encoding="utf-8"
    )
    budget.configure(0.3)
    result = pipeline.ingest([tmp_path / "fr.txt"], use_cache=False, language="fr")
    assert result.errors == []
    assert loaded == ["fr"]
    assert [e.when.value for e in result.events] == ["2022-05-03"]
