"""The command line: the JSON contracts, exit statuses, errors, and lazy GUI dispatch."""

from __future__ import annotations

import json
import subprocess
import sys
import types
from pathlib import Path

import pytest

from timeline_app import __version__
from timeline_app.cli import main
from timeline_app.model import Day

ARTICLES = Path(__file__).resolve().parent / "data" / "articles"
DATELINE = ARTICLES / "dateline_relative.txt"
CAPTION = ARTICLES / "repeated_caption.txt"
EVENT_KEYS = {"id", "title", "date", "quote", "sources", "actors", "places", "confidence"}
DATE_KEYS = {"text", "value", "start", "end", "granularity", "approximate"}
SOURCE_KEYS = {"document", "start", "end", "date_start", "date_end"}


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path / "cache"))


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, object, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, json.loads(out), err


@pytest.mark.slow
def test_extract_json_contract(capsys: pytest.CaptureFixture[str]) -> None:
    code, data, _ = run_json(capsys, "extract", str(CAPTION), "--json")
    assert code == 0
    assert isinstance(data, dict)
    [document] = data["documents"]
    assert set(document) >= {"id", "path", "title", "reference_date"}
    assert document["path"] == str(CAPTION)
    text = CAPTION.read_text(encoding="utf-8")
    for event in data["events"]:
        assert set(event) >= EVENT_KEYS
        assert set(event["date"]) >= DATE_KEYS
        for source in event["sources"]:
            assert set(source) >= SOURCE_KEYS
            assert text[source["start"] : source["end"]] == event["quote"]
            assert text[source["date_start"] : source["date_end"]] == event["date"]["text"]
    caption = next(e for e in data["events"] if e["date"]["value"] == "2023-04-14")
    assert len(caption["sources"]) == 2
    values = [e["date"]["start"] for e in data["events"]]
    assert values == sorted(values)


@pytest.mark.slow
def test_extract_reference_date_option(capsys: pytest.CaptureFixture[str]) -> None:
    code, data, _ = run_json(
        capsys, "extract", str(DATELINE), "--json", "--reference-date", "2019-01-07"
    )
    assert code == 0
    assert data["documents"][0]["reference_date"] == "2019-01-07"  # type: ignore[index]
    values = {e["date"]["value"] for e in data["events"]}  # type: ignore[index]
    assert "2019-01-07" in values  # "on Monday" now counts from the user's date
    assert "2024-06-03" not in values


@pytest.mark.slow
def test_extract_text_csv_and_output_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["extract", str(CAPTION)]) == 0
    listing = capsys.readouterr().out
    assert "2023-04-14" in listing
    assert "Engineers inspect the rebuilt viaduct" in listing
    out = tmp_path / "events.csv"
    assert main(["extract", str(CAPTION), "-o", str(out)]) == 0
    assert "2023-04-14" in out.read_text(encoding="utf-8-sig")
    assert main(["extract", str(CAPTION), "--format", "json", "-o", str(tmp_path / "e.json")]) == 0
    assert json.loads((tmp_path / "e.json").read_text(encoding="utf-8"))["events"]


@pytest.mark.slow
def test_tag_json_contract(capsys: pytest.CaptureFixture[str]) -> None:
    code, data, _ = run_json(capsys, "tag", str(DATELINE), "--json")
    assert code == 0
    [entry] = data  # type: ignore[misc]
    assert entry["path"] == str(DATELINE)
    assert entry["reference_date"] == "2024-06-03"
    text = DATELINE.read_text(encoding="utf-8")
    for m in entry["mentions"]:
        assert set(m) >= {"start", "end", "text", "type", "value"}
        assert text[m["start"] : m["end"]] == m["text"]
    assert "DURATION" in {m["type"] for m in entry["mentions"]}


@pytest.mark.slow
def test_bad_file_fails_the_run_but_not_the_others(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    code, data, err = run_json(capsys, "extract", str(empty), str(CAPTION), "--json")
    assert code == 1
    assert [d["path"] for d in data["documents"]] == [str(CAPTION)]  # type: ignore[index]
    assert "empty.txt" in err
    assert err.count("error:") == 1


def test_nothing_readable_is_an_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["extract", str(tmp_path), "--json"]) == 1
    assert "no supported article files" in capsys.readouterr().err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(CAPTION), "--reference-date", "14/03/2023"]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err
    assert main(["extract"]) == 2


def test_version_in_process(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"timeline-app {__version__}"


def test_version_as_a_module() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "timeline_app", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0
    assert __version__ in done.stdout


def test_extract_never_imports_qt_and_reports_a_missing_model(tmp_path: Path) -> None:
    script = (
        "import sys; from timeline_app.cli import main; code = main(sys.argv[1:]); "
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'; "
        "raise SystemExit(code)"
    )
    env = {"TIMELINE_NO_MODEL": "1", "TIMELINE_CACHE_DIR": str(tmp_path), "PATH": ""}
    done = subprocess.run(
        [sys.executable, "-c", script, "extract", str(CAPTION), "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**env, "PYTHONPATH": str(Path(__file__).resolve().parents[1])},
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr.count("note:") == 1
    assert "model" in done.stderr
    events = json.loads(done.stdout)["events"]
    assert any(e["date"]["value"] == "2023-04-14" for e in events)


def fake_ui(monkeypatch: pytest.MonkeyPatch, name: str, func_name: str, calls: list) -> None:  # type: ignore[type-arg]
    module = types.ModuleType(f"timeline_app.ui.{name}")

    def record(*args: object, **kwargs: object) -> int:
        calls.append((args, kwargs))
        return 0

    setattr(module, func_name, record)
    monkeypatch.setitem(sys.modules, f"timeline_app.ui.{name}", module)


def test_open_and_bare_paths_dispatch_to_the_window(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list = []  # type: ignore[type-arg]
    fake_ui(monkeypatch, "window.app", "run_gui", calls)
    assert main([]) == 0
    assert main(["open", "a.txt", "--screenshot", "s.png", "--reference-date", "2020-02-03"]) == 0
    assert main(["b.txt"]) == 0
    assert main(["--reference-date", "2020-02-03", "c.txt"]) == 0
    assert main(["open", "d.txt", "--language", "de"]) == 0
    assert calls[0] == (([],), {"screenshot": None, "reference_date": None, "language": ""})
    assert calls[1] == (
        (["a.txt"],),
        {"screenshot": Path("s.png"), "reference_date": Day(2020, 2, 3), "language": ""},
    )
    assert calls[2][0] == (["b.txt"],)
    assert calls[3] == (
        (["c.txt"],),
        {"screenshot": None, "reference_date": Day(2020, 2, 3), "language": ""},
    )
    assert calls[4] == (
        (["d.txt"],),
        {"screenshot": None, "reference_date": None, "language": "de"},
    )


def test_export_dispatches_to_headless_export(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list = []  # type: ignore[type-arg]
    fake_ui(monkeypatch, "export.headless", "export_main", calls)
    argv = ["export", "a.txt", "-o", "out.png", "--width", "900", "--scale", "2", "--from", "2019"]
    argv += ["--jobs", "3"]
    assert main(argv) == 0
    [(args, kwargs)] = calls
    assert args == (["a.txt"], Path("out.png"))
    assert kwargs == {
        "width": 900,
        "scale": 2.0,
        "date_from": "2019",
        "date_to": None,
        "reference_date": None,
        "max_height": None,
        "compress": True,
        "jobs": 3,
        "language": "",
    }


@pytest.mark.slow
def test_unresolved_relative_dates_are_reported_not_guessed(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, data, _ = run_json(capsys, "extract", str(ARTICLES / "no_reference.txt"), "--json")
    assert code == 0
    [document] = data["documents"]  # type: ignore[index]
    assert document["reference_date"] is None
    assert [u["text"] for u in document["unresolved"]] == ["yesterday", "next week"]
    assert [e["date"]["value"] for e in data["events"]] == ["1848"]  # type: ignore[index]
    assert main(["extract", str(ARTICLES / "no_reference.txt")]) == 0
    assert "left unresolved: 'yesterday', 'next week'" in capsys.readouterr().out
