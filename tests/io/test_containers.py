"""Hostile DOCX files are refused from the ZIP directory, before anything is inflated."""

from __future__ import annotations

import io
import time
import tracemalloc
from pathlib import Path

import docx
import pytest

from tests.io.zipcraft import build_zip, docx_members, replace_member, zeros
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
