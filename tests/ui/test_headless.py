"""``timeline-app export``: no window, format from the suffix, the requested size."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtGui import QImage

from tests.ui.window_fixtures import OTHER_ARTICLE, write_article
from timeline_app.ui.export.formats import format_for
from timeline_app.ui.export.headless import export_main


def test_png_has_requested_width(qtbot: Any, isolated: Path) -> None:
    article = write_article(isolated)
    out = isolated / "out" / "timeline.png"
    assert export_main([article], out, width=1200, scale=2.0) == 0
    image = QImage(str(out))
    assert image.width() == 2400
    assert image.height() > 100


def test_json_and_date_range(isolated: Path) -> None:
    a = write_article(isolated)
    b = write_article(isolated, "museum.txt", OTHER_ARTICLE)
    out = isolated / "events.json"
    assert export_main([a, b], out, date_from="2021", date_to="2021") == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data["documents"]) == 2
    assert data["events"]
    assert all(e["date"]["start"].startswith("2021") for e in data["events"])


def test_csv_and_timelinejs(isolated: Path) -> None:
    article = write_article(isolated)
    assert export_main([article], isolated / "e.csv") == 0
    assert (isolated / "e.csv").read_text(encoding="utf-8").count("\n") > 1
    assert export_main([article], isolated / "e.timelinejs.json") == 0
    assert "events" in json.loads((isolated / "e.timelinejs.json").read_text(encoding="utf-8"))


def test_errors_give_exit_codes(isolated: Path, capsys: Any) -> None:
    article = write_article(isolated)
    assert export_main([article], isolated / "out.gif") == 2
    assert export_main([article], isolated / "out.png", date_from="someday") == 2
    assert export_main([isolated / "missing.txt"], isolated / "out.json") == 1
    assert "missing.txt" in capsys.readouterr().err


def test_format_for_suffixes() -> None:
    assert format_for(Path("a.PNG")) == "png"
    assert format_for(Path("a.timelinejs.json")) == "timelinejs"
    assert format_for(Path("a.json")) == "json"
    assert format_for(Path("a.txt")) is None


def test_window_export_png_and_filtered_json(qtbot: Any, isolated: Path) -> None:
    from tests.ui.window_fixtures import sample_timeline
    from timeline_app.ui.controllers.export_runner import export_from_window
    from timeline_app.ui.export.formats import ExportOptions
    from timeline_app.ui.window.main_window import MainWindow

    win = MainWindow(sample_timeline())
    qtbot.addWidget(win)
    png = isolated / "view.png"
    export_from_window(win, ExportOptions(png, "png", current_view=True, width_px=900, scale=1.0))
    assert QImage(str(png)).width() == 900
    win.filter_bar.search_box.setText("giza")
    qtbot.waitUntil(lambda: not win.filter_bar.current().is_empty())
    out = isolated / "seen.json"
    export_from_window(win, ExportOptions(out, "json"))
    events = json.loads(out.read_text(encoding="utf-8"))["events"]
    assert [e["id"] for e in events] == ["ev-pyramid"]


def test_export_dialog_options(qtbot: Any, isolated: Path) -> None:
    from timeline_app.ui.dialogs.export_dialog import ExportDialog

    dialog = ExportDialog(default_dir=isolated, base_name="climate")
    qtbot.addWidget(dialog)
    assert dialog.options().path == isolated / "climate.png"
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("timelinejs"))
    options = dialog.options()
    assert options.path == isolated / "climate.timelinejs.json"
    assert options.format == "timelinejs"
    assert not dialog.width_box.isEnabled()
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("png"))
    dialog.view_only.setChecked(True)
    dialog.scale_box.setCurrentIndex(1)
    dialog.background.setCurrentIndex(1)
    options = dialog.options()
    assert (options.current_view, options.scale, options.transparent) == (True, 2.0, True)


def test_open_screenshot_end_to_end(isolated: Path) -> None:
    import os
    import subprocess
    import sys

    article = write_article(isolated)
    out = isolated / "shot.png"
    env = {  # isolated set the data and cache dirs; keep settings out of the user's too
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(isolated / "config"),
    }
    proc = subprocess.run(
        [sys.executable, "-m", "timeline_app", "open", str(article), "--screenshot", str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1360, 860)
    assert not list((isolated / "data").glob("**/*.autosave.timeline.json"))


def test_run_gui_without_display_says_so(monkeypatch: Any, capsys: Any) -> None:
    import sys

    from timeline_app.ui.window import app

    if not sys.platform.startswith("linux"):
        return
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    assert not app.has_display()
    assert app.run_gui([]) == 2
    assert "no display" in capsys.readouterr().err
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert app.has_display()
