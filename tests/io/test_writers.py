"""JSON, CSV and TimelineJS writers, and atomic writes."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest

from tests.io.helpers import make_document, sample_events, year_when
from timeline_app.io.atomic import atomic_write_bytes, atomic_write_text
from timeline_app.io.csv_out import COLUMNS, csv_text, write_csv
from timeline_app.io.json_out import extraction_to_dict, write_json
from timeline_app.io.timelinejs import to_timelinejs
from timeline_app.model import Day, Event, Granularity, When


@pytest.fixture
def doc_and_events():  # type: ignore[no-untyped-def]
    doc = make_document()
    return doc, sample_events(doc)


def test_extraction_dict_is_the_cli_contract(doc_and_events) -> None:  # type: ignore[no-untyped-def]
    doc, events = doc_and_events
    data = extraction_to_dict([doc], events)
    assert data["documents"] == [
        {"id": doc.id, "path": doc.path, "title": "Bridge news", "reference_date": "2023-03-14",
         "language": None}
    ]
    first = data["events"][0]
    assert set(first) >= {"id", "title", "date", "quote", "sources", "actors", "places",
                          "confidence"}
    assert set(first["date"]) >= {"text", "value", "start", "end", "granularity", "approximate"}
    source = first["sources"][0]
    assert doc.text[source["start"] : source["end"]] == first["quote"]
    assert doc.text[source["date_start"] : source["date_end"]] == first["date"]["text"]


def test_write_json_to_file_and_stdout(tmp_path: Path, capsys, doc_and_events) -> None:  # type: ignore[no-untyped-def]
    doc, events = doc_and_events
    data = extraction_to_dict([doc], events)
    out = tmp_path / "out.json"
    write_json(data, out)
    raw = out.read_bytes()
    assert "PORT ELWIN —".encode() in raw  # ensure_ascii=False, UTF-8
    assert raw.startswith(b'{\n  "documents"')  # indent=2
    assert json.loads(raw) == data
    write_json(data, None)
    assert json.loads(capsys.readouterr().out) == data


def test_csv_rows_quoting_and_bom(tmp_path: Path, doc_and_events) -> None:  # type: ignore[no-untyped-def]
    doc, events = doc_and_events
    out = tmp_path / "events.csv"
    write_csv([doc], events, out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert tuple(rows[0]) == COLUMNS
    assert len(rows) == 2
    first, second = rows
    assert first["date_text"] == "13 March 2023"
    assert first["start"] == first["end"] == "2023-03-13"
    assert first["granularity"] == "day"
    assert first["approximate"] == "no"
    assert first["documents"] == "Bridge news"
    assert first["places"] == "Port Elwin"
    assert first["confidence"] == "0.88"
    assert second["actors"] == "Council; Mayor Brandt"
    assert second["quote"] == events[1].quote  # commas and quotes survive
    assert '"after long talks"' in second["quote"]


def test_csv_defuses_formulas() -> None:
    doc = make_document()
    event = sample_events(doc)[0].with_changes(title="=HYPERLINK(\"http://evil\")")
    row = next(csv.DictReader(io.StringIO(csv_text([doc], [event]))))
    assert row["title"] == "'=HYPERLINK(\"http://evil\")"


def test_timelinejs_structure(doc_and_events) -> None:  # type: ignore[no-untyped-def]
    doc, events = doc_and_events
    data = to_timelinejs([doc], events, title="Bridges <&> budgets")
    assert data["title"]["text"]["headline"] == "Bridges &lt;&amp;&gt; budgets"
    slide = data["events"][0]
    assert slide["start_date"] == {"year": 2023, "month": 3, "day": 13, "hour": 10, "minute": 0}
    assert "end_date" not in slide
    assert slide["display_date"] == "13 March 2023"
    assert slide["group"] == "Bridge news"
    assert slide["text"]["headline"] == "The harbour bridge reopened"
    assert "<blockquote>PORT ELWIN" in slide["text"]["text"]
    assert "&quot;after long talks&quot;" in data["events"][1]["text"]["text"]
    json.dumps(data)  # serialisable


def _when(value: str, start: Day, end: Day, granularity: Granularity, text: str) -> When:
    return When(value=value, earliest=start, latest=end, granularity=granularity, text=text)


@pytest.mark.parametrize(
    ("when", "start", "end"),
    [
        (year_when("in 2019", 2019), {"year": 2019}, None),
        (year_when("2566 BC", -2565), {"year": -2566}, None),
        (_when("2020-Q3", Day(2020, 7, 1), Day(2020, 9, 30), Granularity.QUARTER, "Q3 2020"),
         {"year": 2020, "month": 7}, {"year": 2020, "month": 9}),
        (_when("2021-09", Day(2021, 9, 1), Day(2021, 9, 30), Granularity.MONTH, "September"),
         {"year": 2021, "month": 9}, None),
        (_when("199", Day(1990, 1, 1), Day(1999, 12, 31), Granularity.DECADE, "the 1990s"),
         {"year": 1990}, {"year": 1999}),
        (_when("2024-05-12/2024-09-30", Day(2024, 5, 12), Day(2024, 9, 30), Granularity.DAY,
               "from 12 May to 30 September 2024"),
         {"year": 2024, "month": 5, "day": 12}, {"year": 2024, "month": 9, "day": 30}),
    ],
)
def test_timelinejs_dates_follow_granularity(when: When, start: dict, end: dict | None) -> None:  # type: ignore[type-arg]
    doc = make_document()
    event = Event(id="e1", title="T", when=when, quote="q")
    slide = to_timelinejs([doc], [event])["events"][0]
    assert slide["start_date"] == start
    assert slide.get("end_date") == end
    assert slide["display_date"] == when.text


def test_atomic_write_replaces_and_keeps_mode(tmp_path: Path) -> None:
    path = tmp_path / "f.txt"
    path.write_text("old", encoding="utf-8")
    path.chmod(0o640)
    atomic_write_text(path, "new\r\nline")
    assert path.read_bytes() == b"new\r\nline"  # no newline translation
    assert path.stat().st_mode & 0o777 == 0o640
    assert os.listdir(tmp_path) == ["f.txt"]


def test_atomic_write_failure_leaves_old_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "keep.json"
    path.write_text("precious", encoding="utf-8")

    def fail_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail_replace)
    with pytest.raises(OSError, match="No space"):
        atomic_write_bytes(path, b"half-written")
    assert path.read_text(encoding="utf-8") == "precious"
    assert os.listdir(tmp_path) == ["keep.json"]


def test_atomic_write_encoding_error_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("old", encoding="utf-8")
    with pytest.raises(UnicodeEncodeError):
        atomic_write_text(path, "caf\u00e9 \ud800", encoding="utf-8")
    assert path.read_text(encoding="utf-8") == "old"
    assert os.listdir(tmp_path) == ["a.txt"]


def test_atomic_write_into_missing_folder_raises(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        atomic_write_text(tmp_path / "no" / "such" / "f.txt", "x")
