"""The ``timeline-app`` command line's arguments (split from :mod:`timeline_app.cli` for size).

Only argparse here: what each option means and how it is checked. The commands
themselves live in :mod:`timeline_app.cli`, which hands its handlers in.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Mapping
from pathlib import Path

from timeline_app import __version__
from timeline_app.model import Day

PROG = "timeline-app"
Handler = Callable[[argparse.Namespace], int]


def build_parser(handlers: Mapping[str, Handler]) -> argparse.ArgumentParser:
    """The argument parser; ``handlers`` maps each sub-command to the function that runs it."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Dated events from news articles, on a zoomable timeline.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    extract = sub.add_parser("extract", help="print the dated events of articles")
    _add_inputs(extract)
    extract.add_argument("--json", action="store_true", help="write JSON (same as --format json)")
    extract.add_argument("--format", choices=("text", "json", "csv"), help="output format")
    extract.add_argument("-o", "--output", type=Path, help="write to this file instead of stdout")
    extract.add_argument("--no-cache", action="store_true", help="ignore the extraction cache")
    _add_language(extract)
    _add_parallel(extract, cluster=True)
    extract.set_defaults(handler=handlers["extract"])

    tag = sub.add_parser(
        "tag",
        help="print every temporal expression (durations too)",
        description="List TIMEX3 expressions. Ranges appear as their two ends, as TimeML "
        "annotates them; extract keeps the range as one event.",
    )
    _add_inputs(tag)
    tag.add_argument("--json", action="store_true", help="write JSON")
    tag.add_argument("-o", "--output", type=Path, help="write to this file instead of stdout")
    tag.add_argument("--no-cache", action="store_true", help="ignore the extraction cache")
    _add_language(tag)
    _add_parallel(tag, cluster=True)
    tag.set_defaults(handler=handlers["tag"])

    open_ = sub.add_parser("open", help="open articles in the window")
    _add_inputs(open_, required=False)
    open_.add_argument("--screenshot", type=Path, help="save a window screenshot and exit")
    _add_language(open_)
    open_.set_defaults(handler=handlers["open"])

    export = sub.add_parser("export", help="render the timeline to PNG/SVG/PDF, no window")
    _add_inputs(export)
    export.add_argument("-o", "--output", type=Path, required=True, help="image file")
    export.add_argument("--width", type=int, default=1600, help="width in pixels")
    export.add_argument("--scale", type=float, default=1.0, help="scale factor (2 for print)")
    # Bounds go to the exporter as written: it reads "2019", "2019-05" or "early 2021" too.
    export.add_argument("--from", dest="date_from", metavar="DATE", help="first date shown")
    export.add_argument("--to", dest="date_to", metavar="DATE", help="last date shown")
    export.add_argument(
        "--max-height",
        type=_positive_int,
        metavar="PX",
        help="cap the image height; crowded moments then fold into numbered badges "
        "(default: grow until every event has a card)",
    )
    export.add_argument(
        "--no-breaks",
        dest="compress",
        action="store_false",
        help="one linear time axis: do not squeeze long empty eras into breaks",
    )
    _add_parallel(export, cluster=False)
    _add_language(export)
    export.set_defaults(handler=handlers["export"])

    selftest = sub.add_parser("selftest", help="check this installation end to end")
    selftest.set_defaults(handler=handlers["selftest"])
    return parser


def _add_inputs(parser: argparse.ArgumentParser, *, required: bool = True) -> None:
    parser.add_argument(
        "paths", nargs="+" if required else "*", metavar="PATH", help="article files or folders"
    )
    parser.add_argument(
        "--reference-date",
        type=_iso_day,
        metavar="YYYY-MM-DD",
        help="resolve relative dates against this day (overrides the text)",
    )
    parser.add_argument(
        "--time-budget",
        type=float,
        metavar="SECONDS",
        help="give up on a document after this long and carry on with the others "
        "(default 60; 0 for no limit)",
    )


def _add_language(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--language", default="", metavar="CODE", type=_language,
        help="the articles' language instead of detecting it per file: a code or an English "
        "name of any language dateparser knows (de, ru, ja, 'Russian'...)",
    )  # fmt: skip


def _language(text: str) -> str:
    """ "ru", "Russian", "pt-BR" -> the engine's code; an unknown language is an error."""
    from timeline_app.core.language import known, normalise

    code = normalise(text)
    if code and not known(code):
        raise argparse.ArgumentTypeError(
            f"unknown language {text!r}: give a code or English name, e.g. de, ru, Japanese"
        )
    return code


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value <= 0:
        raise argparse.ArgumentTypeError(f"not a positive number of pixels: {text!r}")
    return value


def _add_parallel(parser: argparse.ArgumentParser, *, cluster: bool) -> None:
    parser.add_argument(
        "-j",
        "--jobs",
        type=_positive,
        default=1,
        metavar="N",
        help="worker processes, each loading the model once (same output as 1)",
    )
    if cluster:
        parser.add_argument(
            "--cluster",
            metavar="ADDRESS",
            help="run on a Dask cluster (tcp://HOST:PORT), or 'local' for a LocalCluster "
            "(--jobs workers; without --jobs, cores - 1 and at least 2)",
        )


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"not a positive number: {text!r}")
    return value


def _iso_day(text: str) -> Day:
    try:
        return Day.parse(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {text!r}") from None
