"""--jobs and --cluster write exactly what one process writes: same ids, same order."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timeline_app import pipeline
from timeline_app.cli import main
from timeline_app.io.articles import document_from_text
from timeline_app.model import Day
from timeline_app.pipeline import parallel

STORIES = [
    "The Kestrel bridge opened to traffic on 5 October 2022. Officials cut a ribbon.",
    "On 12 March 2021 the Norvale council approved the budget. Critics objected.",
    "Mara Quill founded the Pell Institute in 1998 and led it until 2010.",
    "Work on the Saltmere dam began in the spring of 2019, two years after the flood.",
    "The Harbour Authority closed the old depot last Friday, a spokesperson said.",
    "Kestrel Holdings reported record results in the third quarter of 2020.",
    "The Kestrel bridge, which opened on 5 October 2022, carries 9,000 cars a day.",
    "In the 1990s the line was extended twice; it will close next March.",
    "Greystone Bank cut its forecast on 3 June 2024 after a weak quarter.",
]


def documents() -> list:  # type: ignore[type-arg]
    return [document_from_text(t, path=f"story{k}.txt") for k, t in enumerate(STORIES)]


def _same(a: pipeline.IngestResult, b: pipeline.IngestResult) -> None:
    assert [d.id for d in a.documents] == [d.id for d in b.documents]
    assert a.events == b.events  # ids, order, quotes, offsets
    assert a.mentions == b.mentions
    assert a.errors == b.errors


@pytest.mark.slow
def test_two_worker_processes_give_the_one_process_result() -> None:
    reference = Day(2024, 6, 10)
    one = pipeline.ingest_documents(documents(), reference_date=reference, use_cache=False)
    two = pipeline.ingest_documents(documents(), reference_date=reference, use_cache=False, jobs=2)
    assert len(one.events) >= 8
    _same(one, two)


@pytest.mark.slow
def test_cli_extract_with_jobs_writes_the_same_file(tmp_path: Path) -> None:
    for k, text in enumerate(STORIES):
        (tmp_path / f"s{k}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "broken.txt").write_bytes(b"")
    outs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}.json"
        args = ["extract", str(tmp_path), "--no-cache", "-o", str(out), "--jobs", jobs]
        main([*args, "--reference-date", "2024-06-10"])
        outs.append(json.loads(out.read_text(encoding="utf-8")))
    assert outs[0] == outs[1]
    assert outs[0]


@pytest.mark.slow
def test_a_two_process_dask_cluster_gives_the_local_result(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("distributed")
    monkeypatch.chdir(tmp_path)  # relative paths: sent absolute, reported as given
    Path("arts").mkdir()
    for k, text in enumerate(STORIES):
        Path("arts", f"s{k}.txt").write_text(text, encoding="utf-8")
    Path("arts", "empty.txt").write_text("", encoding="utf-8")
    local = pipeline.ingest(["arts"], reference_date=Day(2024, 6, 10), use_cache=False)
    remote = pipeline.ingest(
        ["arts"], reference_date=Day(2024, 6, 10), use_cache=False, cluster="local", jobs=2
    )
    _same(local, remote)
    assert [d.path for d in remote.documents] == [d.path for d in local.documents]
    assert remote.documents[0].path.startswith("arts")
    assert [e.path for e in remote.errors] == [str(Path("arts", "empty.txt"))]


def test_extract_document_is_picklable_and_pure() -> None:
    import pickle

    [story] = documents()[:1]
    func = pickle.loads(pickle.dumps(pipeline.extract_document))
    result = func(story, Day(2024, 6, 10), use_cache=False)
    again = pickle.loads(pickle.dumps(result))
    assert again == result
    assert [e.when.value for e in result.events] == ["2022-10-05"]
    quote = result.events[0].sources[0]
    assert story.text[quote.start : quote.end] == quote.quote


def test_an_unreachable_cluster_is_a_clear_error(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("distributed")
    monkeypatch.setattr(parallel, "CONNECT_TIMEOUT", "1s")
    code = main(["extract", "nothing.txt", "--cluster", "tcp://127.0.0.1:9"])
    assert code != 0
    assert "Dask scheduler" in capsys.readouterr().err


def test_jobs_must_be_positive(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "a.txt", "--jobs", "0"]) == 2
    assert "positive" in capsys.readouterr().err


@pytest.mark.slow
@pytest.mark.parametrize("jobs", [1, 2])
def test_cancel_takes_effect_within_a_second(jobs: int) -> None:
    import threading
    import time

    docs = [
        document_from_text((" ".join(STORIES) + f" Note {k}.\n\n") * 6, path=f"n{k}.txt")
        for k in range(40)
    ]
    stop = threading.Event()
    cancelled_at: list[float] = []

    def cancel_soon(done: int, total: int, current: str) -> None:
        if done >= 2 and not stop.is_set():
            stop.set()
            cancelled_at.append(time.perf_counter())

    result = pipeline.ingest_documents(
        docs, progress=cancel_soon, cancelled=stop.is_set, use_cache=False, jobs=jobs
    )
    latency = time.perf_counter() - cancelled_at[0]
    assert result.cancelled
    assert len(result.documents) < len(docs)
    assert latency < 1.0, f"cancel took {latency:.2f} s"


def test_workers_started_under_another_environment_are_replaced(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path / "a"))
    first = parallel._pool(3)
    assert parallel._pool(3) is first  # kept for the next run
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path / "b"))
    second = parallel._pool(3)
    assert second is not first
    parallel._shut_down()  # no pool of 3 left behind for other tests
