"""Far dates: years beyond 9999 BC, and centuries and millennia far from ours.

TIMEX3 values follow TimeML as HeidelTime writes them: a BC year is ``BC`` and at least
four digits (``BC10000``), a century two digits (``44`` for the 45th, ``BC02`` for the
3rd century BC), a millennium one (``2`` for the 3rd, ``BC2`` for the 3rd millennium BC).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.core._tagging import only, values
from timeline_app.core import nlp
from timeline_app.io.articles import document_from_text
from timeline_app.io.json_out import extraction_to_dict
from timeline_app.io.project import load_project, save_project
from timeline_app.io.timelinejs import to_timelinejs
from timeline_app.model import Day, Timeline, When
from timeline_app.pipeline import ingest_documents

REF = Day(2024, 6, 1)


@pytest.mark.parametrize(
    ("sentence", "phrase", "value", "start", "end", "granularity"),
    [
        ("The first settlement dates from 10000 BC.", "10000 BC", "BC10000",
         "-9999-01-01", "-9999-12-31", "year"),
        ("The first settlement dates from 10,000 BC.", "10,000 BC", "BC10000",
         "-9999-01-01", "-9999-12-31", "year"),
        ("Hunters camped here in 38,500 BCE.", "38,500 BCE", "BC38500",
         "-38499-01-01", "-38499-12-31", "year"),
        ("Farmers cleared the valley 12,000 years ago.", "12,000 years ago", "BC9977",
         "-9976-01-01", "-9976-12-31", "year"),
        ("Humans arrived 40,000 years ago.", "40,000 years ago", "BC37977",
         "-37976-01-01", "-37976-12-31", "year"),
        ("Life in the 45th century will be lived underground.", "the 45th century", "44",
         "4400-01-01", "4499-12-31", "century"),
        ("Bronze reached the valley in the 3rd millennium BC.", "the 3rd millennium BC", "BC2",
         "-2998-01-01", "-1999-12-31", "millennium"),
        ("A walled town grew in the 3rd century BC.", "the 3rd century BC", "BC02",
         "-0298-01-01", "-0199-12-31", "century"),
        ("Farming began in the 10th millennium BC.", "the 10th millennium BC", "BC9",
         "-9998-01-01", "-8999-12-31", "millennium"),
        ("The coins date from the first century BC.", "the first century BC", "BC00",
         "-0098-01-01", "0000-12-31", "century"),
        ("Monks copied it in the 2nd millennium.", "the 2nd millennium", "1",
         "1000-01-01", "1999-12-31", "millennium"),
    ],
)  # fmt: skip
def test_far_dates_become_dates(
    sentence: str, phrase: str, value: str, start: str, end: str, granularity: str
) -> None:
    m = only(sentence, reference=REF)
    assert (m.text, m.value, m.type) == (phrase, value, "DATE")
    assert m.when is not None
    assert (m.when.start_iso, m.when.end_iso, m.when.granularity.value) == (
        start, end, granularity,
    )  # fmt: skip


def test_years_ago_without_a_reference_date_stay_unresolved() -> None:
    m = only("Farmers cleared the valley 12,000 years ago.", reference=None)
    assert m.text == "12,000 years ago"
    assert m.unresolved
    assert m.when is None


def test_thousands_separators_are_one_number() -> None:
    # It used to read "000 years ago" (this year) and "000 days" (P0D).
    assert values("It took 1,000 days.") == [("1,000 days", "P1000D")]
    assert values("Some 40,000 years ago humans arrived.", reference=REF) == [
        ("40,000 years ago", "BC37977"),
    ]


def test_a_range_of_far_years_runs_forward() -> None:
    m = only("Mammoths lived here from 10,500 BC to 9,000 BC.", reference=REF)
    assert m.value == "BC10500/BC9000"
    assert m.when is not None
    assert (m.when.start_iso, m.when.end_iso) == ("-10499-01-01", "-8999-12-31")


@pytest.mark.parametrize(
    "sentence",
    ["The galaxy formed 2,000,000 BC.", "It happened in 12000 AD.", "the 101st century"],
)
def test_geology_and_nonsense_stay_out(sentence: str) -> None:
    assert values(sentence, reference=REF) == []


FAR = (
    "Deep time on the river\n\n"
    "The first settlement on the terrace dates from 10000 BC, when hunters built huts.\n"
    "Farmers cleared the valley around 12,000 years ago, long before any town.\n"
    "Bronze tools reached the valley in the 3rd millennium BC, carried by traders.\n"
    "Writers imagine that life in the 45th century will be lived underground.\n"
)


def test_far_dates_are_events_whose_spans_survive_json_and_projects(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(nlp, "load_nlp", lambda: None)  # the rule-based path is enough
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path / "cache"))
    result = ingest_documents([document_from_text(FAR)], reference_date=REF, use_cache=False)
    assert sorted(e.when.value for e in result.events) == ["44", "BC10000", "BC2", "BC9977"]
    exported = json.loads(json.dumps(extraction_to_dict(result.documents, result.events)))
    for event, data in zip(result.events, exported["events"], strict=True):
        assert When.from_dict(data["date"]) == event.when  # spans read back exactly
    timeline = Timeline()
    timeline.set_extraction(result.documents, result.events)
    save_project(tmp_path / "far.timeline.json", timeline, {})
    loaded, _ = load_project(tmp_path / "far.timeline.json")
    assert [e.when for e in loaded.events()] == [e.when for e in timeline.events()]
    slides = to_timelinejs(result.documents, result.events)["events"]
    years = sorted(s["start_date"]["year"] for s in slides)  # type: ignore[index]
    assert years == [-10000, -9977, -2999, 4400]  # 10000 BC is -10000 in TimelineJS
