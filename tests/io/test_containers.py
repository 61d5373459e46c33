"""Hostile DOCX files are refused from the ZIP directory, before anything is inflated."""

from __future__ import annotations

import io
import time
import tracemalloc
import zipfile
from pathlib import Path

import docx
import pytest

from tests.io.zipcraft import (
    Member,
    build_zip,
    deflated,
    docx_members,
    replace_member,
    zeros,
)
from timeline_app.io.articles import read_document
from timeline_app.io.containers import size_text
from timeline_app.io.errors import LoadError

SECRET = "TOP-SECRET-FROM-THE-HOST-7f3a"


def _real_docx(text: str = "Parliament met on 3 March 2021.") -> bytes:
    word = docx.Document()
    word.add_paragraph(text)
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()


def _refused(tmp_path: Path, data: bytes) -> str:
    path = tmp_path / "hostile.docx"
    path.write_bytes(data)
    with pytest.raises(LoadError) as info:
        read_document(path)
    return str(info.value)


def test_zip_bomb_is_refused_quickly_without_inflating(tmp_path: Path) -> None:
    members = [*docx_members(_real_docx()), zeros("word/media/huge.bin", 128)]
    bomb = build_zip(members)
    assert len(bomb) < 4 * 1024 * 1024  # small on disk, 2 GiB once inflated
    tracemalloc.start()
    started = time.perf_counter()
    message = _refused(tmp_path, bomb)
    elapsed = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert "would expand to 2.0 GB; the limit is 200 MB" in message
    assert peak < 64 * 1024 * 1024  # nothing near 2 GB was ever held
    assert elapsed < 5.0  # the directory alone decides (inflating took 12.9 s)


def test_billion_laughs_is_refused(tmp_path: Path) -> None:
    entities = "".join(
        f'<!ENTITY l{i} "{("&l" + str(i - 1) + ";") * 10}">' for i in range(1, 10)
    )
    xml = (
        '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY l0 "lol">' + entities + "]>"
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>&l9;</w:t></w:r></w:p></w:body></w:document>"
    )
    members = replace_member(docx_members(_real_docx()), "word/document.xml", xml.encode())
    message = _refused(tmp_path, build_zip(members))
    assert "entity declarations" in message


def test_xxe_never_reads_the_referenced_file(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    xml = (
        f'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file://{secret}">]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>On 3 March 2021 &x;</w:t></w:r></w:p></w:body></w:document>"
    )
    members = replace_member(docx_members(_real_docx()), "word/document.xml", xml.encode())
    message = _refused(tmp_path, build_zip(members))
    assert SECRET not in message
    assert "entity declarations" in message


def _xxe_document(secret: Path) -> bytes:
    return (
        f'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file://{secret}">]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>On 3 March 2021 &x;</w:t></w:r></w:p></w:body></w:document>"
    ).encode()


def _renamed_main_part(data: bytes, xml: bytes) -> list[Member]:
    """A DOCX whose main part is ``word/document.dat``: the content types and the package
    relationships, not the suffix, say which part is the document."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    parts["word/document.dat"] = xml
    del parts["word/document.xml"]
    parts["word/_rels/document.dat.rels"] = parts.pop("word/_rels/document.xml.rels")
    for name in ("[Content_Types].xml", "_rels/.rels"):
        parts[name] = parts[name].replace(b"word/document.xml", b"word/document.dat")
    return [deflated(name, raw) for name, raw in parts.items()]


def test_a_renamed_part_with_an_entity_is_still_refused(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    members = _renamed_main_part(_real_docx(), _xxe_document(secret))
    message = _refused(tmp_path, build_zip(members))
    assert "entity declarations" in message
    assert SECRET not in message


def test_renamed_main_part_is_how_word_finds_it(tmp_path: Path) -> None:
    """The renamed-part test above is only meaningful if such a file is read at all."""
    members = _renamed_main_part(_real_docx(), _plain_document_xml())
    path = tmp_path / "renamed.docx"
    path.write_bytes(build_zip(members))
    assert "3 March 2021" in read_document(path).text


def _plain_document_xml() -> bytes:
    with zipfile.ZipFile(io.BytesIO(_real_docx())) as archive:
        return archive.read("word/document.xml")


def test_xxe_is_not_resolved_even_past_the_container_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Defence in depth: python-docx's parser has entity resolution off, so even a part the
    container check missed could not pull the host's file into the text."""
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    monkeypatch.setattr("timeline_app.io.docx.check_zip", lambda *args, **kwargs: None)
    path = tmp_path / "xxe.docx"
    members = replace_member(docx_members(_real_docx()), "word/document.xml",
                             _xxe_document(secret))
    path.write_bytes(build_zip(members))
    try:
        shown = repr(read_document(path))
    except LoadError as exc:
        shown = str(exc)
    assert SECRET not in shown


def test_xxe_in_a_web_page_never_reads_the_file(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    page = tmp_path / "xxe.html"
    page.write_text(
        f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY x SYSTEM "file://{secret}">]>'
        "<html><head><title>Council &x;</title></head><body><article><p>On 3 March 2021 "
        "the council met &x; and voted on the budget plan for the coming year.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    document = read_document(page)
    assert "3 March 2021" in document.text
    assert SECRET not in repr(document)


def test_a_corrupt_deflate_stream_is_reported_as_damage(tmp_path: Path) -> None:
    """Found by fuzzing: zlib.error escaped the container check."""
    members = [
        Member(m.name, b"\xff" * len(m.deflated), m.size, m.crc)
        if m.name == "word/document.xml" else m
        for m in docx_members(_real_docx())
    ]
    assert _refused(tmp_path, build_zip(members)).endswith("The DOCX file is damaged or truncated")


def test_xxe_text_reaches_no_output_of_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Anywhere: the events, the errors, the log; refused DOCX and parsed HTML alike."""
    from timeline_app import cli

    monkeypatch.setenv("TIMELINE_NO_MODEL", "1")
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path / "cache"))
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    members = replace_member(docx_members(_real_docx()), "word/document.xml",
                             _xxe_document(secret))
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "xxe.docx").write_bytes(build_zip(members))
    (tmp_path / "in" / "xxe.html").write_text(
        f'<!DOCTYPE html [<!ENTITY x SYSTEM "file://{secret}">]><html><body><p>On 3 March '
        "2021 the council met &x; to vote on the budget for the next year.</p></body></html>",
        encoding="utf-8",
    )
    cli.main(["extract", "--json", "--no-cache", str(tmp_path / "in")])
    out, err = capsys.readouterr()
    assert "2021-03-03" in out  # the page was read
    assert "xxe.docx" in err  # the DOCX was refused
    assert SECRET not in out + err


def test_ordinary_docx_still_reads(tmp_path: Path) -> None:
    path = tmp_path / "fine.docx"
    path.write_bytes(_real_docx())
    assert "3 March 2021" in read_document(path).text


@pytest.mark.parametrize(
    ("size", "text"),
    [(2 * 1024**3, "2.0 GB"), (200 * 1024**2, "200 MB"), (5 * 1024, "5 KB")],
)
def test_sizes_read_as_people_write_them(size: int, text: str) -> None:
    assert size_text(size) == text
