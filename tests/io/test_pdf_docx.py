"""PDF and DOCX loaders, including damaged, encrypted and empty files."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader, PdfWriter

from timeline_app.io.articles import read_document
from timeline_app.io.errors import LoadError
from timeline_app.model import Day

DATA = Path(__file__).parent.parent / "data" / "io"
PDF = DATA / "report.pdf"


def _expect_error(path: Path, *fragments: str) -> LoadError:
    with pytest.raises(LoadError) as info:
        read_document(path)
    assert any(f in info.value.message for f in fragments), info.value.message
    return info.value


# -- PDF ---------------------------------------------------------------------------------
def test_pdf_text_title_and_creation_date() -> None:
    doc = read_document(PDF)
    assert doc.format == "pdf"
    assert doc.title == "Kellan dam inspection"
    assert "visited the Kellan reservoir on 12 May 2022." in doc.text
    assert "Repairs to the spillway were finished" in doc.text  # de-hyphenated
    assert doc.reference_date == Day(2022, 6, 1)
    assert doc.reference_source == "pdf-meta"
    assert doc.metadata["created"].startswith("D:20220601")


def test_pdf_pages_are_joined_by_blank_lines(tmp_path: Path) -> None:
    writer = PdfWriter()
    writer.append(PdfReader(PDF))
    writer.append(PdfReader(PDF))
    path = tmp_path / "two.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    text = read_document(path).text
    assert text.count("Dam inspection report") == 2
    assert "September 2022.\n\nDam inspection report" in text


@pytest.mark.parametrize("keep", [0.3, 0.6, 0.9])
def test_truncated_pdf(tmp_path: Path, keep: float) -> None:
    data = PDF.read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: int(len(data) * keep)])
    try:
        doc = read_document(path)
    except LoadError as exc:
        message = exc.message
    else:  # pypdf may recover the page from a file cut after its content
        message = doc.metadata["warning"]
    assert message in (
        "The PDF is damaged or truncated",
        "No readable text in this PDF (scanned images?)",
        "truncated file: some text may be missing",
    )


def test_garbage_after_pdf_header(tmp_path: Path) -> None:
    path = tmp_path / "junk.pdf"
    path.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 8)
    _expect_error(path, "The PDF is damaged or truncated")


def test_not_a_pdf(tmp_path: Path) -> None:
    path = tmp_path / "text.pdf"
    path.write_text("just some words", encoding="utf-8")
    _expect_error(path, "Not a PDF file")


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    path = tmp_path / "blank.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    _expect_error(path, "No readable text in this PDF (scanned images?)")


def test_pdf_with_zero_pages(tmp_path: Path) -> None:
    path = tmp_path / "empty.pdf"
    with path.open("wb") as handle:
        PdfWriter().write(handle)
    _expect_error(path, "no pages")


def test_encrypted_pdf(tmp_path: Path) -> None:
    writer = PdfWriter(clone_from=PdfReader(PDF))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    path = tmp_path / "locked.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    _expect_error(path, "Encrypted PDF")


def test_pdf_encrypted_with_empty_user_password_opens(tmp_path: Path) -> None:
    writer = PdfWriter(clone_from=PdfReader(PDF))
    writer.encrypt(user_password="", owner_password="owner", algorithm="RC4-128")
    path = tmp_path / "restricted.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    assert "12 May 2022" in read_document(path).text


# -- DOCX --------------------------------------------------------------------------------
def _make_docx(path: Path, *, title: str = "", created: dt.datetime | None = None) -> Path:
    word = docx.Document()
    word.add_heading("Floods in the valley", level=1)
    word.add_paragraph("The river burst its banks on 14 February 2020.")
    word.add_paragraph("")
    table = word.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Date"
    table.cell(0, 1).text = "Level"
    table.cell(1, 0).text = "15 February 2020"
    table.cell(1, 1).text = "4.1 m"
    word.add_paragraph("Repairs lasted until the summer of 2021.")
    word.core_properties.title = title
    if created is not None:
        word.core_properties.created = created
    word.save(str(path))
    return path


def test_docx_paragraphs_and_tables_in_order(tmp_path: Path) -> None:
    doc = read_document(_make_docx(tmp_path / "f.docx"))
    assert doc.format == "docx"
    assert doc.text == (
        "Floods in the valley\n\nThe river burst its banks on 14 February 2020.\n\n"
        "Date | Level\n15 February 2020 | 4.1 m\n\nRepairs lasted until the summer of 2021."
    )
    assert doc.title == "Floods in the valley"  # first heading
    assert doc.reference_date is None  # python-docx's template date is ignored


def test_docx_core_properties(tmp_path: Path) -> None:
    created = dt.datetime(2020, 2, 16, 9, 30, tzinfo=dt.timezone.utc)
    doc = read_document(_make_docx(tmp_path / "p.docx", title="Valley floods", created=created))
    assert doc.title == "Valley floods"
    assert doc.reference_date == Day(2020, 2, 16)
    assert doc.reference_source == "docx-meta"


@pytest.mark.parametrize("keep", [0.2, 0.5, 0.95])
def test_truncated_docx(tmp_path: Path, keep: float) -> None:
    data = _make_docx(tmp_path / "ok.docx").read_bytes()
    path = tmp_path / "cut.docx"
    path.write_bytes(data[: int(len(data) * keep)])
    _expect_error(path, "The DOCX file is damaged or truncated")


def test_zip_that_is_not_a_docx(tmp_path: Path) -> None:
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "hi")
    path = tmp_path / "z.docx"
    path.write_bytes(buffer.getvalue())
    _expect_error(path, "The DOCX file is damaged or truncated")


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(200), "old Word .doc"),
        (b"plain words, not a document", "Not a DOCX file"),
    ],
)
def test_not_a_docx(tmp_path: Path, content: bytes, fragment: str) -> None:
    path = tmp_path / "x.docx"
    path.write_bytes(content)
    _expect_error(path, fragment)


def test_docx_without_text(tmp_path: Path) -> None:
    path = tmp_path / "empty.docx"
    docx.Document().save(str(path))
    _expect_error(path, "No text in this DOCX file")

_PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200)


@pytest.mark.parametrize(
    ("suffix", "data", "message"),
    [
        (".pdf", _PNG, "Not a PDF file: it is a PNG image"),
        (".pdf", bytes(range(256)) * 4, "Not a PDF file"),
        (".docx", _PNG, "Not a DOCX file: it is a PNG image"),
    ],
)
def test_wrong_format_message_says_one_thing_once(
    tmp_path: Path, suffix: str, data: bytes, message: str
) -> None:
    path = tmp_path / f"renamed{suffix}"
    path.write_bytes(data)
    with pytest.raises(LoadError) as info:
        read_document(path)
    text = str(info.value)
    assert message in text
    assert text.count("Not a") == 1
