"""Project files: exact round trip, clear errors that lose nothing, autosave locations."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from tests.io.helpers import day_when, make_document, make_event, sample_events, year_when
from timeline_app.io.project import (
    PROJECT_SUFFIX,
    ProjectError,
    autosave_origin,
    autosave_path,
    discard_autosave,
    find_recovery_files,
    load_project,
    save_project,
)
from timeline_app.model import Day, EventEdit, Timeline

VIEW = {"range": [18000.5, 19500.25], "lanes": True, "hidden_documents": [], "zoom": 3}


def _timeline() -> Timeline:
    doc = make_document()
    other = make_document("Second article.\nThe pyramid was built around 2566 BC.\n", "Pyramid")
    events = sample_events(doc)
    bce = make_event(other, "2566 BC", year_when("around 2566 BC", -2565, approximate=True),
                     title="Pyramid built")
    timeline = Timeline()
    timeline.set_extraction([doc, other], [*events, bce])
    manual = make_event(doc, "13 March 2023", day_when("13 March 2023", 2023, 3, 13,
                                                        anchor=Day(2023, 3, 14)),
                        title="Ribbon cut by hand")
    timeline.add_manual(manual.with_changes(id="manual-1"))
    new_date = year_when("2023", 2023)
    timeline.set_edit(events[0].id, EventEdit(title="Bridge reopens", when=new_date))
    timeline.set_edit(events[1].id, EventEdit(merged_into=bce.id))
    timeline.set_edit("gone-event", EventEdit(deleted=True))
    return timeline


def _without_saved_at(path: Path) -> dict:  # type: ignore[type-arg]
    data = json.loads(path.read_text(encoding="utf-8"))
    data.pop("saved_at")
    return data


def test_round_trip_is_identical(tmp_path: Path) -> None:
    timeline = _timeline()
    first = tmp_path / f"a{PROJECT_SUFFIX}"
    save_project(first, timeline, VIEW)
    loaded, view = load_project(first)
    assert view == VIEW
    assert loaded.documents == timeline.documents
    assert [d.metadata for d in loaded.documents.values()] == [
        d.metadata for d in timeline.documents.values()
    ]
    assert list(loaded.extracted) == list(timeline.extracted)
    assert loaded.manual["manual-1"].when.anchor == Day(2023, 3, 14)
    assert loaded.edits == timeline.edits
    assert [e.to_dict() for e in loaded.events()] == [e.to_dict() for e in timeline.events()]
    second = tmp_path / f"b{PROJECT_SUFFIX}"
    save_project(second, loaded, view)
    assert _without_saved_at(first) == _without_saved_at(second)
    data = json.loads(first.read_text(encoding="utf-8"))
    assert data["format"] == "timeline-project"
    assert data["version"] == 1
    assert data["documents"][0]["text"] == timeline.documents[data["documents"][0]["id"]].text
    assert data["saved_at"].endswith("Z")


def _save_bytes(tmp_path: Path, content: bytes) -> Path:
    path = tmp_path / f"x{PROJECT_SUFFIX}"
    path.write_bytes(content)
    return path


def _good_json(tmp_path: Path) -> dict:  # type: ignore[type-arg]
    path = tmp_path / f"good{PROJECT_SUFFIX}"
    save_project(path, _timeline(), VIEW)
    return json.loads(path.read_text(encoding="utf-8"))


def _expect(path: Path, fragment: str) -> None:
    before = path.read_bytes()
    with pytest.raises(ProjectError) as info:
        load_project(path)
    assert fragment in info.value.message, info.value.message
    assert path.read_bytes() == before  # never modified


def test_truncated_project(tmp_path: Path) -> None:
    save_project(tmp_path / "p.timeline.json", _timeline(), VIEW)
    raw = (tmp_path / "p.timeline.json").read_bytes()
    _expect(_save_bytes(tmp_path, raw[: len(raw) // 2]), "The project file is damaged: ")


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"", "The project file is empty"),
        (b"not json at all", "The project file is damaged: Expecting value (line 1, column 1)"),
        (b"\xff\xfe\x00garbage", "The project file is damaged: it is not UTF-8 text"),
        (b"[1, 2, 3]", "Not a Timeline project file"),
        (b'{"format": "something-else", "version": 1}', "Not a Timeline project file"),
        (b'{"format": "timeline-project", "version": "one"}', "unknown format version"),
        (b'{"format": "timeline-project", "version": 1}', "missing 'documents'"),
    ],
)
def test_bad_project_files(tmp_path: Path, content: bytes, fragment: str) -> None:
    _expect(_save_bytes(tmp_path, content), fragment)


def test_newer_version(tmp_path: Path) -> None:
    data = _good_json(tmp_path)
    data["version"] = 3
    path = _save_bytes(tmp_path, json.dumps(data).encode())
    _expect(
        path, "This project was saved by a newer Timeline (format 3); this version reads up to 1"
    )


def test_bad_event_field(tmp_path: Path) -> None:
    data = _good_json(tmp_path)
    del data["extracted"][1]["date"]
    path = _save_bytes(tmp_path, json.dumps(data).encode())
    _expect(path, "event 2 in 'extracted': missing 'date'")
    data = _good_json(tmp_path)
    data["extracted"][0]["date"]["start"] = "yesterday"
    _expect(_save_bytes(tmp_path, json.dumps(data).encode()), "not an ISO day")


def test_bad_document_and_view(tmp_path: Path) -> None:
    data = _good_json(tmp_path)
    data["documents"][0]["text"] = 42
    _expect(_save_bytes(tmp_path, json.dumps(data).encode()), "bad text or metadata")
    data = _good_json(tmp_path)
    data["view"] = [1]
    _expect(_save_bytes(tmp_path, json.dumps(data).encode()), "'view' is not an object")


def test_missing_project_file(tmp_path: Path) -> None:
    with pytest.raises(ProjectError, match="File not found"):
        load_project(tmp_path / "none.timeline.json")


def test_failed_save_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / f"p{PROJECT_SUFFIX}"
    save_project(path, _timeline(), VIEW)
    before = path.read_bytes()
    with pytest.raises(ProjectError, match="Could not save the project"):
        save_project(path, _timeline(), {"bad": object()})
    monkeypatch.setattr(os, "replace", lambda *a: (_ for _ in ()).throw(OSError(28, "Disk full")))
    with pytest.raises(ProjectError, match="Could not save the project"):
        save_project(path, Timeline(), {})
    assert path.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == [path.name]


def test_autosave_paths_and_recovery(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIMELINE_DATA_DIR", str(tmp_path / "data"))
    project = tmp_path / "work" / "notes.timeline.json"
    other = tmp_path / "elsewhere" / "notes.timeline.json"
    backup = autosave_path(project)
    assert backup.parent == tmp_path / "data" / "autosave"
    assert backup.parent.is_dir()
    assert backup != autosave_path(other)
    assert backup.name.startswith("notes-")
    assert backup == autosave_path(project)  # stable
    assert find_recovery_files() == []

    save_project(backup, _timeline(), VIEW, autosave_of=str(project))
    own_untitled = autosave_path(None)
    save_project(own_untitled, Timeline(), {})
    crashed = backup.parent / f"untitled-999999{own_untitled.name[own_untitled.name.index('.'):]}"
    save_project(crashed, Timeline(), {}, autosave_of="")
    os.utime(backup, (time.time() - 100, time.time() - 100))
    assert find_recovery_files() == [crashed, backup]  # newest first, own excluded
    assert autosave_origin(backup) == str(project)
    assert autosave_origin(crashed) == ""
    timeline, view = load_project(backup)  # an autosave is a normal project file
    assert view == VIEW
    assert len(timeline.documents) == 2
    discard_autosave(project)
    assert find_recovery_files() == [crashed]


def test_xdg_data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TIMELINE_DATA_DIR", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    if os.name == "posix" and os.uname().sysname != "Darwin":
        assert autosave_path(None).parent == tmp_path / "timeline-app" / "autosave"
