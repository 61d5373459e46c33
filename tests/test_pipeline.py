"""The pipeline: files in, merged events out; bad files, progress, cancel, cache, merging."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app import pipeline
from timeline_app.core import nlp, tagger
from timeline_app.io.articles import document_from_text
from timeline_app.model import Day, Timeline
from timeline_app.pipeline import FileError, ingest, ingest_documents, merge_into
from timeline_app.pipeline.cache import ExtractionCache, cache_dir

ARTICLES = Path(__file__).resolve().parent / "data" / "articles"
S400 = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "turkey-russia-s400.txt"
GOOD = "Dam news\n\nThe Hollow Creek dam was finished on 2 May 1931 by the county."


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True)
def rules_only(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests not marked slow run without the spaCy model (the rule-based path), fast."""
    if request.node.get_closest_marker("slow") is None:
        monkeypatch.setattr(nlp, "load_nlp", lambda: None)


def write(folder: Path, name: str, data: str | bytes) -> Path:
    path = folder / name
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


def by_value(result: pipeline.IngestResult, value: str) -> list:  # type: ignore[type-arg]
    return [e for e in result.events if e.when.value == value]


@pytest.mark.slow
def test_fixture_folder_end_to_end() -> None:
    result = ingest([ARTICLES])
    assert result.errors == []
    assert len(result.documents) == len(list(ARTICLES.glob("*.txt")))
    [caption] = by_value(result, "2023-04-14")
    assert len(caption.sources) == 2  # the repeated photo caption is one event
    bridge_and_mayor = by_value(result, "2022-10-05")
    assert sorted(len(e.documents) for e in bridge_and_mayor) == [1, 2]
    traps = next(d for d in result.documents if d.path.endswith("traps.txt"))
    trap_events = [e for e in result.events if traps.id in e.documents]
    assert [e.when.value for e in trap_events] == ["2017-11-08"]
    assert any(m.type == "DURATION" for m in result.mentions[traps.id])


@pytest.mark.slow
def test_shared_s400_article_must_show() -> None:
    if not S400.exists():
        pytest.skip("shared corpus not available")
    result = ingest([S400], use_cache=False)
    assert [(e.when.value, e.when.granularity.value) for e in result.events] == [
        ("2021-09-29", "day"),
        ("2019", "year"),
    ]
    caption, purchase = result.events
    assert len(caption.sources) == 2
    assert purchase.title == "Turkey purchased the S-400 system from Russia"
    text = S400.read_text(encoding="utf-8")
    for event in result.events:
        for s in event.sources:
            assert text[s.start : s.end] == event.quote
    quotes = " ".join(e.quote for e in result.events)
    assert "two weeks" not in quotes
    assert "day of silence" not in quotes


def test_one_bad_file_never_stops_the_others(tmp_path: Path) -> None:
    good = write(tmp_path, "good.txt", GOOD)
    empty = write(tmp_path, "empty.txt", "")
    binary = write(tmp_path, "binary.txt", bytes(range(256)) * 8)
    missing = tmp_path / "missing.txt"
    calls: list[tuple[int, int, str]] = []
    result = ingest(
        [empty, good, binary, missing], progress=lambda *a: calls.append(a), use_cache=False
    )
    assert [d.path for d in result.documents] == [str(good)]
    failed = {Path(e.path).name for e in result.errors}
    assert failed == {"empty.txt", "binary.txt", "missing.txt"}
    assert all(isinstance(e, FileError) and e.message for e in result.errors)
    assert [e.when.value for e in result.events] == ["1931-05-02"]
    assert calls[-1] == (4, 4, "")
    assert [c[0] for c in calls] == sorted(c[0] for c in calls)


def test_an_engine_failure_on_one_document_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    real_tag = tagger.tag

    def flaky(text: str, **kwargs: object) -> list:  # type: ignore[type-arg]
        if "explode" in text:
            raise RuntimeError("boom")
        return real_tag(text, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(tagger, "tag", flaky)
    docs = [document_from_text("Please explode now."), document_from_text(GOOD)]
    result = ingest_documents(docs, use_cache=False)
    assert len(result.documents) == 1
    [error] = result.errors
    assert "Extraction failed" in error.message


def test_cancel_stops_between_files(tmp_path: Path) -> None:
    paths = [write(tmp_path, f"a{i}.txt", GOOD.replace("1931", str(1900 + i))) for i in range(6)]
    done: list[int] = [0]
    result = ingest(
        paths,
        progress=lambda finished, total, path: done.append(finished),
        cancelled=lambda: max(done) >= 1,  # cancel once the first file is finished
        use_cache=False,
    )
    assert result.cancelled
    assert len(result.documents) == 1
    assert [e.when.value for e in result.events] == ["1900-05-02"]


def test_cache_hit_skips_parsing(monkeypatch: pytest.MonkeyPatch, private_cache: Path) -> None:
    docs = [document_from_text(GOOD)]
    first = ingest_documents(docs)
    assert list(private_cache.rglob("*.json"))

    parses: list[object] = []

    def no_parsing(texts: object, **kwargs: object) -> list[None]:
        parses.append(texts)
        return []

    monkeypatch.setattr(nlp, "parse_many", no_parsing)
    monkeypatch.setattr(nlp, "parse", no_parsing)
    second = ingest_documents(docs)
    assert parses == []
    assert second.events == first.events
    assert second.mentions == first.mentions


def test_corrupt_cache_entries_are_ignored(private_cache: Path) -> None:
    docs = [document_from_text(GOOD)]
    first = ingest_documents(docs)
    for entry in private_cache.rglob("*.json"):
        entry.write_text("{not json", encoding="utf-8")
    assert ingest_documents(docs).events == first.events
    cache = ExtractionCache()
    assert cache.get(docs[0].id, None) is not None  # rewritten after the miss


def test_no_cache_writes_nothing(private_cache: Path) -> None:
    ingest_documents([document_from_text(GOOD)], use_cache=False)
    assert not private_cache.exists()
    assert cache_dir() == private_cache


def test_cache_dir_defaults(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("TIMELINE_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_dir() == tmp_path / "timeline-app"


def test_user_reference_date_overrides_the_text() -> None:
    text = "Vote\n\nGENEVA, June 3, 2024 — The council approved the plan on Monday."
    found = ingest_documents([document_from_text(text)], use_cache=False)
    assert found.documents[0].reference_date == Day(2024, 6, 3)
    assert found.documents[0].reference_source == "dateline"
    given = ingest_documents(
        [document_from_text(text)], reference_date=Day(2020, 1, 1), use_cache=False
    )
    assert given.documents[0].reference_date == Day(2020, 1, 1)
    assert given.documents[0].reference_source == "user"


def test_same_text_twice_is_one_document(tmp_path: Path) -> None:
    a = write(tmp_path, "a.txt", GOOD)
    b = write(tmp_path, "copy.txt", GOOD)
    result = ingest([a, b], use_cache=False)
    assert len(result.documents) == 1
    assert result.errors == []


def test_merge_into_keeps_ids_and_does_not_add_a_document_twice() -> None:
    timeline = Timeline()
    first = ingest_documents([document_from_text(GOOD)], use_cache=False)
    new_ids = merge_into(timeline, first)
    assert new_ids == [e.id for e in first.events]
    other = "Mill news\n\nThe Hollow Creek dam was finished on 2 May 1931 by the county engineers."
    second = ingest_documents([document_from_text(other)], use_cache=False)
    assert merge_into(timeline, second) == []  # same happening: merged, no new event
    [event] = timeline.extracted.values()
    assert event.id == first.events[0].id
    assert len(event.documents) == 2
    assert merge_into(timeline, first) == []  # the same document again
    assert len(timeline.documents) == 2
    assert len(next(iter(timeline.extracted.values())).sources) == 2


def test_old_cache_entries_are_pruned_at_most_daily(private_cache: Path) -> None:
    ingest_documents([document_from_text(GOOD)])
    cache = ExtractionCache()
    [entry] = list(private_cache.rglob("*.json"))
    written = entry.stat().st_mtime
    assert cache.prune(max_age_days=0, now=written + 3600) == 0  # ingest pruned an hour ago
    assert entry.exists()
    (private_cache / ".pruned").unlink()
    assert cache.prune(now=written + 30 * 86_400) == 0  # still fresh
    (private_cache / ".pruned").unlink()
    assert cache.prune(now=written + 61 * 86_400) == 1
    assert not entry.exists()


def test_users_reference_date_beats_a_file_creation_date_and_a_dateline() -> None:
    from dataclasses import replace

    from timeline_app.pipeline import prepare

    text = "OSLO, 2 February 2021 — The harbour reopened after the storm."
    loaded = replace(
        document_from_text(text), reference_date=Day(2022, 7, 9), reference_source="pdf-meta"
    )
    assert prepare(loaded).reference_source == "dateline"
    chosen = prepare(loaded, Day(2021, 1, 1))
    assert (chosen.reference_date, chosen.reference_source) == (Day(2021, 1, 1), "user")


@pytest.mark.slow
def test_samples_launch_landing_and_return_are_one_event_each_with_three_sources() -> None:
    from timeline_app.core.dedupe import merge_events

    samples = Path(__file__).resolve().parent.parent / "resources" / "samples"
    result = ingest([samples], use_cache=False)
    alone = ingest(sorted(samples.glob("01-*")), use_cache=False)
    for value in ("2024-05-03", "2024-06-02", "2024-06-25"):
        [event] = by_value(result, value)
        assert len(set(event.documents)) == 3, value
        [first_report] = by_value(alone, value)
        assert event.id == first_report.id  # the earliest report keeps its id
    [landed] = by_value(result, "2024-06-02")
    assert landed.title == "Chang'e-6 landed in the South Pole–Aitken basin"
    assert merge_events(result.events) == result.events  # idempotent


def test_a_docx_creation_date_loses_to_the_dateline_in_its_text(tmp_path: Path) -> None:
    import datetime

    docx = pytest.importorskip("docx")
    word = docx.Document()
    word.add_paragraph("OSLO, 2 February 2021 — The harbour reopened yesterday after the storm.")
    word.core_properties.created = datetime.datetime(2022, 7, 9, 10, 0)
    path = tmp_path / "harbour.docx"
    word.save(str(path))
    result = ingest([path], use_cache=False)
    [document] = result.documents
    assert (document.reference_date, document.reference_source) == (Day(2021, 2, 2), "dateline")
    assert [e.when.value for e in result.events] == ["2021-02-01"]


def test_cached_tagging_keeps_the_ends_of_ranges(tmp_path: Path) -> None:
    """A range's TIMEX3 ends must survive the cache, or `tag` prints `A/B` on a second run."""
    article = write(tmp_path, "range.txt", "The survey ran between 1994 and 1997 in the north.\n")
    first, second = (pipeline.ingest([article]) for _ in range(2))
    [range_first] = [m for ms in first.mentions.values() for m in ms if m.parts]
    [range_second] = [m for ms in second.mentions.values() for m in ms if m.parts]
    assert range_second == range_first
    assert [p.value for p in range_second.parts] == ["1994", "1997"]
