"""A process that saves a 20,000-event project over and over, for the kill test.

Run as ``python -m tests.io.save_kill_child FOLDER``. It builds the timeline once, then
serves as a zygote: for every ``go GENERATION FIRST`` line on stdin it forks a worker and
prints ``pid N``. The worker saves generation after generation to the project and, as the
window's autosave does, to its autosave file, starting with FIRST (``project`` or
``autosave``) so that a kill soon after the start can land in either save; after each
save it prints ``project G DIGEST`` or ``autosave G DIGEST`` (blake2b of the bytes on
disk), until it is killed. Forking keeps each worker's start instant, so the
test spends its time killing saves, not rebuilding 20,000 events.

The generation is stored in the view state and in one event's edited title, so the test
can tell which save a file holds and that it holds all of it.
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

from timeline_app.io.autosave import autosave_path
from timeline_app.io.project import save_project
from timeline_app.model import (
    Day,
    Document,
    Event,
    EventEdit,
    Granularity,
    Provenance,
    Timeline,
    When,
)
from timeline_app.model.document import document_id

EVENTS = 20_000
DOCUMENTS = 20
MARKED = "event-00000"  # the event whose title carries the generation


def build_timeline() -> Timeline:
    """20,000 events over 20 documents, every field filled in."""
    documents = []
    for d in range(DOCUMENTS):
        text = f"Report {d}\n\n" + "The council met on 3 March 2021 and voted. " * 50
        documents.append(Document(id=document_id(text), path=f"/news/report-{d}.txt",
                                  title=f"Report {d}", text=text, reference_date=Day(2021, 3, 4),
                                  reference_source="dateline"))  # fmt: skip
    events = []
    for i in range(EVENTS):
        doc = documents[i % DOCUMENTS]
        day = Day.from_ordinal(Day(1990, 1, 1).ordinal() + i)
        when = When(value=day.iso(), earliest=day, latest=day, granularity=Granularity.DAY,
                    text=f"day {i}")  # fmt: skip
        quote = doc.text[12:55]
        source = Provenance(doc.id, 12, 55, 36, 48, quote)
        events.append(Event(id=f"event-{i:05d}", title=f"Council vote number {i}", when=when,
                            quote=quote, sources=(source,), actors=("Council",)))  # fmt: skip
    timeline = Timeline()
    timeline.set_extraction(documents, events)
    return timeline


def project_file(folder: Path) -> Path:
    return folder / "big.timeline.json"


def generation_title(generation: int) -> str:
    return f"Saved in generation {generation}"


def save_forever(folder: Path, timeline: Timeline, generation: int, first: str) -> None:
    """The worker: save and autosave each generation, in turn, until killed."""
    project = project_file(folder)
    targets = {"project": project, "autosave": autosave_path(project)}
    order = ["project", "autosave"] if first == "project" else ["autosave", "project"]
    while True:
        timeline.set_edit(MARKED, EventEdit(title=generation_title(generation)))
        for kind in order:
            origin = str(project) if kind == "autosave" else None
            save_project(targets[kind], timeline, {"generation": generation}, autosave_of=origin)
            _say(f"{kind} {generation} {digest(targets[kind].read_bytes())}")
        generation += 1


def digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def _say(line: str) -> None:
    os.write(1, (line + "\n").encode())  # one write: whole lines even when killed


def main(argv: list[str]) -> int:
    folder = Path(argv[1])
    timeline = build_timeline()
    _say("ready")
    for command in sys.stdin:
        word, *args = command.split()
        if word != "go":
            break
        pid = os.fork()
        if pid == 0:
            save_forever(folder, timeline, int(args[0]), args[1])
        _say(f"pid {pid}")
        os.waitpid(pid, 0)  # reaped once the test has killed it
        _say("reaped")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
