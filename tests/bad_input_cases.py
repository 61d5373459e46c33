"""Every kind of bad input and what the user sees: one list for the tests and the README.

``tests/test_bad_input_table.py`` runs each case and checks the README's table "What
happens with bad input" is exactly :func:`render_table`, so the table cannot drift from
the code. After changing a message, paste ``python -m tests.bad_input_cases`` over the
table.
"""

from __future__ import annotations

import io
import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import docx
from pypdf import PdfWriter

from tests.fuzz.samples import docx_bytes, pdf_bytes
from tests.io.zipcraft import build_zip, docx_members, replace_member, zeros
from timeline_app.io.articles import read_document
from timeline_app.io.autosave import autosave_path, find_recovery_files
from timeline_app.io.errors import LoadError
from timeline_app.io.project import ProjectError, load_project, save_project
from timeline_app.model import Timeline
from timeline_app.pipeline import budget

#: A message shown with details after it ("…: Unterminated string (line 5, column 14)").
MORE = " …"


@dataclass(frozen=True)
class Case:
    """One row: the input, what the user sees, and how the test produces it."""

    what: str
    shows: str
    check: Callable[[Path], str]  # builds the input under a folder; returns what is seen


def _loaded(name: str, data: bytes | Callable[[], bytes]) -> Callable[[Path], str]:
    def check(folder: Path) -> str:
        path = folder / name
        path.write_bytes(data() if callable(data) else data)
        try:
            read_document(path)
        except LoadError as exc:
            return exc.message
        return "(read without complaint)"

    return check


def _missing(folder: Path) -> str:
    try:
        read_document(folder / "gone.txt")
    except LoadError as exc:
        return exc.message
    return "(read without complaint)"


def _too_large(folder: Path) -> str:
    path = folder / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(51 * 1024 * 1024)  # sparse: nothing is written, the size is read
    return _loaded_path(path)


def _loaded_path(path: Path) -> str:
    try:
        read_document(path)
    except LoadError as exc:
        return exc.message
    return "(read without complaint)"


def _cp1252(folder: Path) -> str:
    text = "Café Müller reopened on 3 March 2021 — déjà vu."
    path = folder / "old.txt"
    path.write_bytes(text.encode("cp1252"))
    return CP1252 if read_document(path).text == text else "misread"


def _scanned_pdf() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _encrypted_pdf() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.encrypt("secret")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _empty_docx() -> bytes:
    out = io.BytesIO()
    docx.Document().save(out)
    return out.getvalue()


def _zip_bomb() -> bytes:
    return build_zip([*docx_members(_empty_docx()), zeros("word/media/huge.bin", 128)])


def _entities() -> bytes:
    xml = (
        '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;">]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>"
    )
    return build_zip(replace_member(docx_members(docx_bytes()), "word/document.xml", xml.encode()))


def _over_budget(folder: Path) -> str:
    """A 0.2 s budget and a document whose tagging never ends: the message for 0.2 s,
    shown here as it reads with the default 60 s."""
    from timeline_app import pipeline
    from timeline_app.core import tagger

    path = folder / "endless.txt"
    path.write_text("Endless\n\nThe council met on 3 March 2021.", encoding="utf-8")
    real = tagger.tag
    tagger.tag = _spin  # type: ignore[assignment]
    budget.configure(0.2)
    try:
        result = pipeline.ingest([path], use_cache=False)
    finally:
        tagger.tag = real  # type: ignore[assignment]
        budget.configure(None)
    [error] = result.errors
    return error.message.replace("0.2 s", f"{budget.DEFAULT_SECONDS:g} s")


def _spin(*args: object, **kwargs: object) -> list[object]:
    while True:
        time.sleep(0.001)


def _project(mangle: Callable[[dict[str, object], str], str]) -> Callable[[Path], str]:
    def check(folder: Path) -> str:
        path = folder / "p.timeline.json"
        save_project(path, Timeline(), {})
        path.write_text(mangle(json.loads(path.read_text("utf-8")), path.read_text("utf-8")))
        try:
            load_project(path)
        except ProjectError as exc:
            return exc.message
        return "(opened without complaint)"

    return check


def _killed_save(folder: Path) -> str:
    """A save killed mid-write (its temporary file left behind) after an autosave."""
    previous = os.environ.get("TIMELINE_DATA_DIR")
    os.environ["TIMELINE_DATA_DIR"] = str(folder / "data")
    try:
        path = folder / "kept.timeline.json"
        save_project(path, Timeline(), {"generation": 1})
        save_project(autosave_path(path), Timeline(), {"generation": 2}, autosave_of=str(path))
        (folder / f".{path.name}.x1y2.tmp").write_text('{"format": "timeline-pro')  # cut off
        kept = load_project(path)[1]["generation"] == 1
        offered = find_recovery_files() == [autosave_path(path)]
    finally:
        if previous is None:
            del os.environ["TIMELINE_DATA_DIR"]
        else:
            os.environ["TIMELINE_DATA_DIR"] = previous
    return KILLED if kept and offered else "lost"


CP1252 = "No message: the text is read, its encoding detected"
KILLED = ("No message: the project opens with its last complete save, and the next launch "
          "offers to recover the autosave (at most a minute old)")  # fmt: skip
CASES = [
    Case("An empty file", "The file is empty", _loaded("empty.txt", b"")),
    Case("Only blank space", "The file contains no text (only blank space)",
         _loaded("blank.txt", b" \n\n\t ")),
    Case("A picture renamed `.txt`", "Not a text document: looks like a binary file (PNG image)",
         _loaded("photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(200))),
    Case("Text full of NUL bytes", "Not a text document: looks like a binary file",
         _loaded("nul.txt", b"On 3 March 2021\x00\x00\x00 it \x00happened" * 3)),
    Case("A type that is not supported (`.xlsx`)", "Unsupported file type .xlsx",
         _loaded("sheet.xlsx", b"PK\x03\x04")),
    Case("A file that has gone", "File not found", _missing),
    Case("A file over 50 MB", "File too large (51 MB; the limit is 50 MB)", _too_large),
    Case("Text in Windows-1252 instead of UTF-8", CP1252, _cp1252),
    Case("UTF-16 with a broken character",
         "Could not decode the text as UTF-16-LE: unexpected end of data",
         _loaded("bad16.txt", b"\xff\xfe" + "ok".encode("utf-16-le") + b"\x00\xd8")),
    Case("A web page that needs JavaScript",
         "No readable text in this web page (it may need JavaScript)",
         _loaded("app.html", b"<html><head><title>App</title></head><body><div id=app></div>"
                             b"<script>render()</script></body></html>")),
    Case("A cut-off PDF", "The PDF is damaged or truncated",
         _loaded("cut.pdf", lambda: pdf_bytes()[:300])),
    Case("A picture renamed `.pdf`", "Not a PDF file: it is a PNG image",
         _loaded("photo.pdf", b"\x89PNG\r\n\x1a\n" + bytes(200))),
    Case("A password-protected PDF", "Encrypted PDF: it needs a password to open",
         _loaded("locked.pdf", _encrypted_pdf)),
    Case("A scanned PDF (no text layer)", "No readable text in this PDF (scanned images?)",
         _loaded("scan.pdf", _scanned_pdf)),
    Case("An old Word `.doc` renamed `.docx`",
         "This is an old Word .doc file; save it as .docx first",
         _loaded("old.docx", bytes.fromhex("D0CF11E0A1B11AE1") + bytes(600))),
    Case("A cut-off DOCX", "The DOCX file is damaged or truncated",
         _loaded("cut.docx", lambda: docx_bytes()[:2000])),
    Case("A DOCX with no text", "No text in this DOCX file", _loaded("empty.docx", _empty_docx)),
    Case("A DOCX zip bomb (2 MB on disk, 2 GB inflated)",
         "The DOCX file would expand to 2.0 GB; the limit is 200 MB. Refused as a likely zip "
         "bomb", _loaded("bomb.docx", _zip_bomb)),
    Case("A DOCX declaring XML entities (billion laughs, XXE)",
         "The DOCX file contains XML entity declarations, which Word files never have; "
         "refused for safety", _loaded("laughs.docx", _entities)),
    Case("A document that takes longer than the time budget",
         budget.over_budget_message(budget.DEFAULT_SECONDS), _over_budget),
    Case("A project file cut off or edited badly", "The project file is damaged:" + MORE,
         _project(lambda data, text: text[: len(text) // 2])),
    Case("A project saved by a newer Timeline",
         "This project was saved by a newer Timeline (format 99); this version reads up to 1",
         _project(lambda data, text: json.dumps({**data, "version": 99}))),
    Case("A JSON file that is not a project", "Not a Timeline project file",
         _project(lambda data, text: '{"hello": 1}')),
    Case("The app killed while saving", KILLED, _killed_save),
]  # fmt: skip


def render_table() -> str:
    """The README table, one row per case."""
    rows = ["| Input | What you see |", "|---|---|"]
    rows += [f"| {case.what} | {case.shows} |" for case in CASES]
    return "\n".join(rows) + "\n"


if __name__ == "__main__":
    print(render_table(), end="")  # noqa: T201 - the table is the output
