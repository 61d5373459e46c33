"""``timeline-app selftest``: prove an installation (or a frozen build) really works.

PyInstaller misses modules and data that are loaded by name at run time (dateparser's
locales, spaCy's registry, our own per-format loaders), and the failure only shows when
that path runs. The self-test runs every layer once on a small built-in article: the
reference date from a dateline, absolute, relative and approximate dates, a trap that must
not become an event, de-duplication of a repeated caption, and a PNG rendered offscreen.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from timeline_app.core.nlp import model_status
from timeline_app.io.articles import document_from_text
from timeline_app.model import Document, Event, Timeline
from timeline_app.pipeline import IngestResult, ingest_documents

#: Written for the self-test; every date in it is checked below.
ARTICLE = """Harbour bridge reopens after repairs

OSLO, March 14, 2023 — The city's harbour bridge is open again after a repair
programme that lasted nearly two weeks longer than planned.

Engineers first found cracks in the main span in early 2021. Work began on 5 May 2022,
and the city council approved the final budget the next day.

The bridge reopened on Monday, March 13, 2023. (Photo: City of Oslo)
The bridge reopened on Monday, March 13, 2023. (Photo: City of Oslo)
"""

#: TIMEX3 value -> granularity the engine must report; nothing else may appear.
EXPECTED = {
    "2023-03-13": "day",
    "2021": "year",
    "2022-05-05": "day",
    "2022-05-06": "day",
}


def run_selftest(*, out: Callable[[str], None] = print) -> int:
    """Run the checks, print one line each; 0 when all pass."""
    out(f"language model: {model_status()}")
    document = document_from_text(ARTICLE, title="Self-test article")
    result = ingest_documents([document], use_cache=False)
    failures = _check_events(result.events, result.documents, out)
    failures += _check_png(result, out)
    out("selftest: " + ("all checks passed" if not failures else f"{failures} check(s) FAILED"))
    return 0 if not failures else 1


def _check_events(
    events: list[Event], documents: list[Document], out: Callable[[str], None]
) -> int:
    reference = documents[0].reference_date if documents else None
    found = {e.when.value: e.when.granularity.value for e in events}
    caption = [e for e in events if e.when.value == "2023-03-13"]
    approximate = [e for e in events if e.when.value == "2021"]
    checks = [
        (
            "reference date from dateline",
            reference is not None and reference.iso() == "2023-03-14",
        ),
        (f"events {sorted(found)}", found == EXPECTED),
        ("repeated caption merged", len(caption) == 1 and len(caption[0].sources) >= 2),
        ("'early 2021' approximate", bool(approximate) and approximate[0].when.approximate),
    ]
    return sum(_report(out, what, ok) for what, ok in checks)


def _check_png(result: IngestResult, out: Callable[[str], None]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from timeline_app.ui.export.image import export_image
    except ImportError as exc:
        return _report(out, f"PNG export (Qt unavailable: {exc})", False)
    timeline = Timeline()
    timeline.set_extraction(result.documents, result.events)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "selftest.png"
        export = export_image(timeline, path, width_px=800)
        ok = path.exists() and path.stat().st_size > 1000 and export.width == 800
    return _report(out, "PNG export 800 px wide", ok)


def _report(out: Callable[[str], None], what: str, ok: bool) -> int:
    out(f"  {'ok  ' if ok else 'FAIL'} {what}")
    return 0 if ok else 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run_selftest())
