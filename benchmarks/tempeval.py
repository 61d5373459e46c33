"""TempEval-3 Task A benchmark: our tagger against two baselines on the TBAQ gold set.

    python benchmarks/tempeval.py [--dev timebank|aquaint] [--limit N] [--no-baselines]
                                  [--json OUT] [--errors N]

Reads ``<repo>/../shared/tempeval`` (see its README for format and scoring); exits 0 with
a message when the data is absent.

The set is split in two halves measured in the same run: the *development* half (TimeBank
by default) whose errors are listed, and the *held-out* half (AQUAINT by default) whose
figures are printed but whose errors never are, so that rules written from the error list
cannot be fitted to the held-out text. ``--dev aquaint`` is the reverse split. The distance
between the two halves' figures is the measure of how well the rules generalise.

Every system runs in this process on the same plain texts with the document creation time
as reference date:

- ours: ``timeline-app tag PATH --reference-date DCT --json`` called in-process
  (``--engine direct`` calls ``core.tagger.tag`` on the shared parse instead, faster);
- spaCy ``en_core_web_sm`` DATE/TIME entities, valued with ``dateparser.parse``;
- ``dateparser.search.search_dates`` (offsets found by locating each returned substring).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from baselines import dateparser_search, spacy_dateparser
from timeml import TYPES, GoldDoc, Score, Timex, read_corpus

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "tempeval"

System = Callable[[GoldDoc, object], list[Timex]]


def ours(gold: GoldDoc, doc: object) -> list[Timex]:
    """Our tagger, exactly as ``timeline-app tag`` calls it."""
    from timeline_app.core.tagger import tag
    from timeline_app.model import Day

    ref = Day.parse(gold.dct) if gold.dct else None
    return [
        Timex(p.start, p.end, p.text, p.type, p.value)
        for m in tag(gold.text, reference=ref, doc=doc)
        for p in (m.parts or (m,))  # a range's two ends, as `tag --json` lists them
    ]


def cli_has_tag() -> bool:
    """True when ``timeline_app.cli`` offers the ``tag`` command the benchmark should call."""
    try:
        from timeline_app import cli
    except ImportError:
        return False
    return "tag" in getattr(cli, "COMMANDS", ())


def ours_via_cli(gold: GoldDoc, doc: object) -> list[Timex]:
    """Our tagger through ``timeline-app tag PATH --reference-date D --json``, in-process.

    The text is written to a temporary ``.txt`` file exactly as it is (``.txt`` documents
    keep their text unchanged, so offsets line up), and stdout is captured.
    """
    from timeline_app import cli

    with tempfile.TemporaryDirectory(prefix="tempeval-") as tmp:
        path = Path(tmp) / f"{gold.name}.txt"
        path.write_text(gold.text, encoding="utf-8", newline="")
        argv = ["tag", str(path), "--json", "--no-cache"]
        if gold.dct:
            argv += ["--reference-date", gold.dct]
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = cli.main(argv)
    if code != 0:
        print(f"{gold.name}: timeline-app tag exited {code}: {err.getvalue()[:200]}",
              file=sys.stderr)  # fmt: skip
        return []
    entries = json.loads(out.getvalue())
    mentions = entries[0]["mentions"] if entries else []
    return [Timex(m["start"], m["end"], m["text"], m["type"], m["value"]) for m in mentions]


HALVES = ("TimeBank", "AQUAINT")


def split(docs: list[GoldDoc], dev: str) -> dict[str, list[GoldDoc]]:
    """The documents of each half, development half first; keys name the role and the half."""
    dev_half = next(h for h in HALVES if h.lower() == dev)
    by_half: dict[str, list[GoldDoc]] = {h: [] for h in HALVES}
    for d in docs:  # a folder that is neither half (another --data) counts as development
        by_half[d.half if d.half in HALVES else dev_half].append(d)
    held = next(h for h in HALVES if h != dev_half)
    return {f"development: {dev_half}": by_half[dev_half], f"held out: {held}": by_half[held]}


def run(docs: list[GoldDoc], systems: dict[str, System]) -> dict[str, tuple[Score, float]]:
    """Parse every text once, then score each system; returns score and seconds per system."""
    from timeline_app.core.nlp import parse_many

    t0 = time.perf_counter()
    parsed = list(parse_many([d.text for d in docs]))
    parse_s = time.perf_counter() - t0
    print(f"parsed {len(docs)} documents with spaCy in {parse_s:.1f}s", file=sys.stderr)
    results: dict[str, tuple[Score, float]] = {}
    for name, system in systems.items():
        score = Score()
        t0 = time.perf_counter()
        for gold, doc in zip(docs, parsed, strict=True):
            score.add(gold.timexes, system(gold, doc))
        results[name] = (score, time.perf_counter() - t0)
    return results


def table(results: dict[str, tuple[Score, float]]) -> str:
    """A markdown table: one row per figure, one column per system."""
    names = list(results)
    rows = [
        ("strict P", "strict_p"), ("strict R", "strict_r"), ("strict F1", "strict_f1"),
        ("relaxed P", "relaxed_p"), ("relaxed R", "relaxed_r"), ("relaxed F1", "relaxed_f1"),
        ("type accuracy", "type_acc"), ("value accuracy", "value_acc"),
        ("**value F1**", "value_f1"),
    ]  # fmt: skip
    lines = ["| figure | " + " | ".join(names) + " |", "|---" * (len(names) + 1) + "|"]
    figs = {n: results[n][0].overall.figures() for n in names}
    for label, key in rows:
        cells = " | ".join(f"{100 * figs[n][key]:.1f}" for n in names)
        lines.append(f"| {label} | {cells} |")
    for typ in TYPES:
        per = {n: results[n][0].by_type[typ].figures() for n in names}
        cells = [
            f"{100 * per[n]['relaxed_f1']:.1f} / {100 * per[n]['value_acc']:.1f}" for n in names
        ]
        gold_n = int(per[names[0]]["gold"])
        lines.append(f"| {typ} ({gold_n}) relaxed F1 / value acc | " + " | ".join(cells) + " |")
    lines.append("| seconds | " + " | ".join(f"{results[n][1]:.1f}" for n in names) + " |")
    return "\n".join(lines)


def report_half(
    label: str, docs: list[GoldDoc], systems: dict[str, System], *, errors: int | None
) -> dict[str, object]:
    """Score one half, print its table (and its worst errors when ``errors`` is not None)."""
    results = run(docs, systems)
    n_gold = sum(len(d.timexes) for d in docs)
    print(f"## TempEval-3 Task A on TBAQ, {label}: {len(docs)} documents, {n_gold} gold TIMEX3\n")
    print(table(results) + "\n")
    if errors is not None:
        ours_score = results["timeline (ours)"][0]
        print(f"## Worst errors of our tagger, {label}{worst(ours_score, errors)}\n")
    return {
        name: {"overall": s.overall.figures(),
               **{t: s.by_type[t].figures() for t in TYPES}, "seconds": secs}
        for name, (s, secs) in results.items()
    }  # fmt: skip


def worst(score: Score, n: int) -> str:
    """The most frequent errors of one system, by kind."""
    parts = []
    for title, counter in (
        ("missed", score.missed), ("spurious", score.spurious),
        ("wrong value", score.wrong_value), ("wrong extent", score.wrong_extent),
    ):  # fmt: skip
        parts.append(f"\n### {title} ({sum(counter.values())})")
        parts.extend(f"- {count}× {key}" for key, count in counter.most_common(n))
    return "\n".join(parts)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; see the module docstring for options."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--dev", choices=("timebank", "aquaint"), default="timebank",
        help="the half whose errors are listed (rules are written from it); the other is held out",
    )  # fmt: skip
    ap.add_argument(
        "--limit", type=int, default=None, help="only the first N documents of each half"
    )
    ap.add_argument("--no-baselines", action="store_true", help="score our tagger only")
    ap.add_argument("--json", type=Path, default=None, help="also write the figures here")
    ap.add_argument("--errors", type=int, default=15, help="worst errors listed per kind")
    ap.add_argument("--data", type=Path, default=DATA, help="TempEval folder")
    ap.add_argument(
        "--engine", choices=("auto", "cli", "direct"), default="auto",
        help="run ours through `timeline-app tag` (cli), or call core.tagger.tag directly; "
        "auto = cli when it has a tag command",
    )  # fmt: skip
    args = ap.parse_args(argv)
    folder = args.data / "tbaq" if (args.data / "tbaq").is_dir() else args.data
    if not folder.is_dir():
        print(f"TempEval data not found at {args.data}: nothing to measure.")
        return 0
    docs = read_corpus(folder)
    via_cli = args.engine == "cli" or (args.engine == "auto" and cli_has_tag())
    systems: dict[str, System] = {"timeline (ours)": ours_via_cli if via_cli else ours}
    if not args.no_baselines:
        systems["spaCy + dateparser"] = spacy_dateparser
        systems["dateparser search_dates"] = dateparser_search
    figures: dict[str, object] = {}
    for i, (label, half) in enumerate(split(docs, args.dev).items()):
        half = half[: args.limit] if args.limit is not None else half
        # the held-out half's errors are never shown: see the module docstring
        figures[label] = report_half(label, half, systems, errors=args.errors if i == 0 else None)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
