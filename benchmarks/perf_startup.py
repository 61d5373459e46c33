"""Start-up probe, run in a fresh process by ``perf.py``: window first, model after.

Does what ``ui.app.run_gui`` does up to the first frame (create the app, build and show
the main window), waits for the window's first paint event, notes whether spaCy has been
imported by then, and only then loads the model. Prints one JSON line:
``{"imports_s", "first_paint_s", "spacy_imported_at_paint", "spacy_load_s"}``.
"""

from __future__ import annotations

import time

T0 = time.perf_counter()  # before any import of the app, Qt or spaCy

import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
PAINT_TIMEOUT_S = 30.0


def main() -> int:
    """Measure and print the JSON line; exit code 1 if the window never painted."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject

    from timeline_app.ui.window.app import create_app
    from timeline_app.ui.window.main_window import MainWindow

    imports_s = time.perf_counter() - T0
    painted: list[float] = []

    class PaintWatch(QObject):
        """Notes the time of the first paint event of the window or any child."""

        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(time.perf_counter() - T0)
            return False

    app = create_app()
    watch = PaintWatch()
    app.installEventFilter(watch)
    window = MainWindow()
    window.resize(1400, 900)
    window.show()
    while not painted and time.perf_counter() - T0 < PAINT_TIMEOUT_S:
        app.processEvents()
    app.removeEventFilter(watch)
    if not painted:
        return 1
    spacy_early = "spacy" in sys.modules
    from timeline_app.core import nlp

    start = time.perf_counter()
    loaded = nlp.load_nlp() is not None
    load_s = time.perf_counter() - start
    window.close()
    result = {
        "imports_s": imports_s,
        "first_paint_s": painted[0],
        "spacy_imported_at_paint": spacy_early,
        "spacy_load_s": load_s,
        "model_loaded": loaded,
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
