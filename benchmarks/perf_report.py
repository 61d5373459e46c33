"""Formatting of the performance results: the markdown table, the machine, the README text.

Kept apart from the measuring code so ``benchmarks/RESULTS.md`` is always generated from
the same rows the table shows, never typed in by hand.
"""

from __future__ import annotations

import datetime as dt
import importlib.metadata
import os
import platform
from collections.abc import Sequence

from perf_timing import Row

#: One sentence per section on how to read its ratios (subject time / baseline time).
READING = {
    "engine": "ingest / `nlp.pipe`: the whole engine (reference dates, tagging, events, "
    "de-duplication) as a multiple of spaCy's parse alone, so 1.25 means 25% on top of spaCy; "
    "cache hit / cold: the share of the first import's time a repeat import of the same "
    "articles takes.",
    "tagger": "tag / `search_dates`: below 1 our tagger (with exact offsets, durations and "
    "sets) is faster than dateparser's search on the same texts; tag / regex: how many times "
    "the cost of a bare four-digit-year scan a full tagging pass is.",
    "dedupe": "2n / n events: how `merge_events` scales (2 is linear, 4 quadratic; the "
    "exponent is log2 of the ratio), for an archive twice as long (the same density of "
    "reports per day) and for twice the reports on the same days (where the look-alikes to "
    "compare and merge grow about fourfold), each run a first merge of its events as in "
    "extraction (profiles computed; the ratio with the profiles of an earlier run kept is in "
    "the note); and the issue's own measure, eight times the events of 1,000 documents, as "
    "an exponent; adding articles no longer re-runs it over the timeline (`merge_new` "
    "compares only the new events); vs `sorted()`: its cost as a multiple of sorting the "
    "same events by date.",
    "model": "combine / `sorted()`: what applying the edit layer adds to the sort it cannot "
    "avoid (near 1 is ideal); `event(id)` / dict: how much slower one lookup by id is than a "
    "dict lookup (a large figure means a linear scan).",
    "canvas": "operation / painting one plain rect per event: below 1 the operation costs "
    "less than drawing every event once, i.e. level of detail and clustering keep the canvas "
    "independent of the number of events.",
    "startup": "first window paint / spaCy model load: below 1 the window is on screen "
    "before the model could have loaded (the model loads after the paint, and spaCy is not "
    "even imported before it).",
    "project": "save / `json.dumps` and load / `json.loads` of the same data: the cost of "
    "converting model objects, pretty-printing and the atomic write over bare JSON.",
    "scale": "GUI stall: the longest gap of a 10 ms timer on the GUI thread while the window "
    "takes 50 articles' events into 1,000, with the merge planned on the worker, as a share "
    "of the stall when `merge_into` ran on the GUI thread; repeated text: 10 would be linear "
    "in the text's length, below 10 the copies are nearly free; `--jobs 2` and `--cluster "
    "local` / one process: below 1 is faster (on a busy 2-core machine they may not be); "
    "on TBAQ, whole `timeline-app extract` commands, process start and model loading "
    "included, against one process running spaCy's full pipeline on whole texts (the "
    "issue's baseline) and against one process as the engine runs now.",
}


def fmt_seconds(seconds: float) -> str:
    """``8.2 µs`` below a millisecond, ``12.3 ms`` below a second, ``4.56 s`` above."""
    if seconds < 1e-3:
        return f"{seconds * 1e6:.1f} µs"
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def fmt_ratio(ratio: float) -> str:
    """Three significant digits, without exponent notation for everyday sizes."""
    return f"{ratio:.3g}" if 1e-3 <= ratio < 1e4 else f"{ratio:.2e}"


def markdown_table(rows: Sequence[Row]) -> str:
    """The rows as a GitHub markdown table."""
    lines = [
        "| Section | Measurement | Time | Baseline | Baseline time | Ratio | Note |",
        "|---|---|---:|---|---:|---:|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r.section} | {r.name} | {fmt_seconds(r.seconds)} | {r.baseline} | "
            f"{fmt_seconds(r.baseline_seconds)} | **{fmt_ratio(r.ratio)}** | {r.note} |"
        )
    return "\n".join(lines)


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _version(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return "?"


def machine_info() -> dict[str, str]:
    """Where the figures were measured: cores, CPU, OS and library versions."""
    cores = os.cpu_count() or 0
    info = {
        "cores": str(cores),
        "cpu": _cpu_model(),
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "pyside6": _version("PySide6-Essentials"),
        "spacy": _version("spacy"),
        "dateparser": _version("dateparser"),
        "date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
    }
    info["summary"] = (
        f"{cores} cores ({info['cpu']}), {info['os']}, Python {info['python']}, "
        f"PySide6 {info['pyside6']}, spaCy {info['spacy']}, dateparser {info['dateparser']}"
    )
    return info


def results_markdown(
    rows: Sequence[Row], machine: dict[str, str], command: str, seconds: float
) -> str:
    """The README's performance section: how to run, the table, how to read each ratio."""
    sections = list(dict.fromkeys(r.section for r in rows))
    reading = "\n".join(f"- **{s}**: {READING[s]}" for s in sections if s in READING)
    return f"""## Performance

- Measured: {machine["date"]}, with `{command}` ({seconds:.0f} s).
- Machine: {machine["summary"]}; the two cores were shared with other work.
- Inputs, generated by `benchmarks/perf_synth.py`: wire-style articles of ~400 words with
  mixed date forms; 100,000 events from 1,000 documents with 1% user edits; the canvas is
  a 1600x900 offscreen `TimelineView`.

Every **ratio** is the median time of a measurement divided by the median time of its
baseline, the two run alternately in the same process, so it stays meaningful on a busy
or slower machine; the absolute times are for orientation only.

{markdown_table(rows)}

How to read the ratios:

{reading}

Run `python benchmarks/perf.py --quick` for a check in about a minute, or `--full` for
1,000 articles; `--json` prints the rows for tooling, and `--results FILE` writes this
section. Times are on two shared cores, so single rows can be off by a factor of 1.5 from
run to run; compare ratios, not seconds.
"""
