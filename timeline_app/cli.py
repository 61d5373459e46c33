"""The ``timeline-app`` command: extract, tag, export, or open the window.

``extract`` and ``tag`` print a JSON contract other tools rely on (see README); they
never import Qt, so they run on servers without a display. The GUI and the image export
are imported only inside the commands that need them.

Exit status: 0 when every file was read, 1 when any file failed or nothing could be
read (the other files are still processed and printed), 2 for usage errors.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from timeline_app.cli_args import PROG, build_parser
from timeline_app.model import Day, Document, Event, Mention

if TYPE_CHECKING:
    from timeline_app.pipeline import IngestResult

COMMANDS = ("extract", "tag", "open", "export", "selftest")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status instead of exiting."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list and args_list[0] not in (*COMMANDS, "-h", "--help", "--version"):
        args_list.insert(0, "open")  # `timeline-app article.txt` opens it in the window
    parser = build_parser(
        {
            "extract": _cmd_extract,
            "tag": _cmd_tag,
            "open": _cmd_open,
            "export": _cmd_export,
            "selftest": _cmd_selftest,
        }
    )
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exc:  # --help, --version, usage errors
        return exc.code if isinstance(exc.code, int) else 1
    if args.command is None:
        return _run_gui([], screenshot=None, reference_date=None, language="")
    if getattr(args, "time_budget", None) is not None:
        from timeline_app.pipeline import budget

        budget.configure(args.time_budget)
    return int(args.handler(args))


def _run_ingest(args: argparse.Namespace) -> IngestResult:
    """``pipeline.ingest`` with the command's options (jobs, cluster, cache)."""
    from timeline_app.pipeline import ingest

    return ingest(
        args.paths,
        reference_date=args.reference_date,
        use_cache=not args.no_cache,
        jobs=args.jobs,
        cluster=args.cluster,
        language=getattr(args, "language", ""),
    )


# -- extract / tag --------------------------------------------------------------------
def _cmd_extract(args: argparse.Namespace) -> int:
    from timeline_app.pipeline import ClusterUnavailable

    try:
        result = _run_ingest(args)
    except ClusterUnavailable as exc:
        return _fail(str(exc))
    events = sorted(result.events, key=lambda e: (*e.when.sort_key(), e.title))
    fmt = args.format or ("json" if args.json else _format_from_suffix(args.output))
    try:
        _write_extraction(result, events, fmt, args.output)
    except OSError as exc:
        return _fail(f"cannot write {args.output}: {exc.strerror or exc}")
    return _finish(result)


def _cmd_tag(args: argparse.Namespace) -> int:
    from timeline_app.io.json_out import write_json
    from timeline_app.pipeline import ClusterUnavailable

    try:
        result = _run_ingest(args)
    except ClusterUnavailable as exc:
        return _fail(str(exc))
    try:
        if args.json or _format_from_suffix(args.output) == "json":
            write_json(
                [_tag_entry(d, result.mentions[d.id]) for d in result.documents], args.output
            )
        else:
            _write_text(_tag_listing(result.documents, result.mentions), args.output)
    except OSError as exc:
        return _fail(f"cannot write {args.output}: {exc.strerror or exc}")
    return _finish(result)


def _tag_entry(document: Document, mentions: list[Mention]) -> dict[str, object]:
    """One document of ``tag --json``: its TIMEX3 expressions.

    tag lists TIMEX3 expressions; ranges appear as their two ends, as TimeML annotates
    them (``A/B`` is no TIMEX3 value); extract keeps the range as one event.
    """
    return {
        "path": document.path,
        "reference_date": document.reference_date.iso() if document.reference_date else None,
        "mentions": [p.to_dict() for m in mentions for p in (m.parts or (m,))],
    }


def _format_from_suffix(path: Path | None) -> str:
    suffix = path.suffix.lower() if path is not None else ""
    return {".json": "json", ".csv": "csv"}.get(suffix, "text")


def _write_extraction(
    result: IngestResult, events: list[Event], fmt: str, out: Path | None
) -> None:
    documents = result.documents
    if fmt == "json":
        from timeline_app.io.json_out import extraction_to_dict, write_json

        data = extraction_to_dict(documents, events)
        for entry, document in zip(data["documents"], documents, strict=True):
            entry["reference_source"] = document.reference_source or None
            entry["unresolved"] = [
                {"start": m.start, "end": m.end, "text": m.text}
                for m in _unresolved(result, document)
            ]
        write_json(data, out)
    elif fmt == "csv":
        from timeline_app.io.csv_out import write_csv

        write_csv(documents, events, out)
    else:
        from timeline_app.cli_text import extraction_listing

        unresolved = {d.id: [m.text for m in _unresolved(result, d)] for d in documents}
        _write_text(extraction_listing(documents, events, unresolved), out)


def _unresolved(result: IngestResult, document: Document) -> list[Mention]:
    """Relative dates left without a value: there was no reference date to count from."""
    return [m for m in result.mentions.get(document.id, []) if m.unresolved]


def _tag_listing(documents: list[Document], mentions: dict[str, list[Mention]]) -> str:
    from timeline_app.cli_text import tag_listing

    return tag_listing(documents, mentions)


def _write_text(text: str, out: Path | None) -> None:
    if out is None:
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        from timeline_app.io.atomic import atomic_write_text

        atomic_write_text(out, text)


def _finish(result: IngestResult) -> int:
    """Report errors and the model status on stderr; the exit status."""
    for error in result.errors:
        _stderr(f"error: {error}")
    _model_note()
    if not result.documents and not result.errors:
        _stderr("error: no supported article files found")
    return 1 if result.errors or not result.documents else 0


def _model_note() -> None:
    """Say once, on stderr, that the spaCy model is missing (never load it just for this)."""
    from timeline_app.core import nlp

    tried = nlp.load_nlp.cache_info().currsize > 0
    missing = os.environ.get(nlp.NO_MODEL_ENV) == "1" or not importlib.util.find_spec(
        nlp.MODEL_PACKAGE
    )
    if (tried or missing) and not nlp.model_available():
        _stderr(f"note: {nlp.model_status()}")


def _fail(message: str) -> int:
    _stderr(f"error: {message}")
    return 1


def _stderr(message: str) -> None:
    sys.stderr.write(f"{PROG}: {message}\n")


# -- GUI and image export (Qt is imported only here) ----------------------------------------
def _cmd_open(args: argparse.Namespace) -> int:
    return _run_gui(
        args.paths,
        screenshot=args.screenshot,
        reference_date=args.reference_date,
        language=args.language,
    )


def _run_gui(
    paths: Sequence[str], *, screenshot: Path | None, reference_date: Day | None, language: str
) -> int:
    try:
        from timeline_app.ui.window.app import run_gui
    except ImportError as exc:
        return _fail(f"the desktop window is not available ({exc})")
    return int(
        run_gui(
            list(paths), screenshot=screenshot, reference_date=reference_date, language=language
        )
    )


def _cmd_export(args: argparse.Namespace) -> int:
    try:
        from timeline_app.ui.export.headless import export_main
    except ImportError as exc:
        return _fail(f"image export is not available ({exc})")
    return int(
        export_main(
            list(args.paths),
            args.output,
            width=args.width,
            scale=args.scale,
            date_from=args.date_from,
            date_to=args.date_to,
            max_height=args.max_height,
            compress=args.compress,
            reference_date=args.reference_date,
            jobs=args.jobs,
            language=args.language,
        )
    )


def _cmd_selftest(args: argparse.Namespace) -> int:
    from timeline_app.selftest import run_selftest

    return run_selftest()
