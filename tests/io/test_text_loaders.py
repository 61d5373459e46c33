"""Plain text and Markdown: exact offsets, encodings, titles, front matter."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline_app.io.articles import document_from_text, read_document
from timeline_app.io.errors import LoadError
from timeline_app.model import Day
from timeline_app.model.document import document_id

DATA = Path(__file__).parent.parent / "data" / "io"


def test_txt_text_is_the_file_content_unchanged(tmp_path: Path) -> None:
    content = "Title line\r\n\r\n  Indented 12 May 2022 event.\rOld Mac line\n\tTabbed end  \n"
    path = tmp_path / "a.txt"
    path.write_bytes(content.encode("utf-8"))
    doc = read_document(path)
    assert doc.text == content
    start = content.index("12 May 2022")
    assert doc.text[start : start + len("12 May 2022")] == "12 May 2022"
    assert doc.id == document_id(content)
    assert doc.format == "txt"
    assert doc.title == "Title line"
    assert doc.path == str(path)
    assert doc.reference_date is None


def test_utf8_bom_is_dropped_so_offsets_match_the_visible_text(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfOn 3 June 2021 it rained.")
    doc = read_document(path)
    assert doc.text == "On 3 June 2021 it rained."


def test_cp1252_file_is_detected() -> None:
    doc = read_document(DATA / "cp1252.txt")
    assert "Café owners in Saint-Brévin" in doc.text
    assert "“fête”" in doc.text
    assert "naïve plans of 2009 — and" in doc.text
    assert "\r\n" in doc.text  # line ends kept as in the file


def test_utf16_with_bom() -> None:
    doc = read_document(DATA / "utf16_bom.txt")
    assert doc.text.startswith("Die Brücke über die Weser")
    assert "\ufeff" not in doc.text
    assert doc.title == "Die Brücke über die Weser wurde am 3. Oktober 1990 eröffnet."


def test_utf16_without_bom_is_recognised(tmp_path: Path) -> None:
    path = tmp_path / "u16.txt"
    path.write_bytes("Signed on 9 November 1989.".encode("utf-16-le"))
    assert read_document(path).text == "Signed on 9 November 1989."


def test_long_first_line_title_is_trimmed(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("\n\n" + "word " * 100 + "\nsecond", encoding="utf-8")
    title = read_document(path).title
    assert len(title) <= 121
    assert title.endswith("…")


def test_markdown_title_front_matter_and_offsets() -> None:
    raw = (DATA / "notes.md").read_text(encoding="utf-8")
    doc = read_document(DATA / "notes.md")
    assert doc.format == "md"
    assert doc.title == "Lighthouse keepers remember"  # front matter title wins
    assert doc.reference_date == Day(2019, 7, 4)
    assert doc.reference_source == "front-matter"
    assert doc.metadata["published"] == "2019-07-04"
    offset = int(doc.metadata["body_offset"])
    assert doc.text == raw[offset:]
    assert doc.text.startswith("# The last keeper of Gull Point")
    assert "**1961**" in doc.text  # markdown is not rendered: offsets stay exact


def test_markdown_heading_title_without_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "n.markdown"
    path.write_text("Intro line\n\n# The [big](http://x) *flood*\n\nText.", encoding="utf-8")
    doc = read_document(path)
    assert doc.title == "The big flood"
    assert doc.text.startswith("Intro line")
    assert "body_offset" not in doc.metadata


def test_document_from_text_keeps_text_exactly() -> None:
    text = "  Pasted on 1 May 2020.\r\nSecond line"
    doc = document_from_text(text)
    assert doc.text == text
    assert doc.format == "paste"
    assert doc.title == "Pasted on 1 May 2020."
    assert doc.path == ""
    assert document_from_text(text, title="Clipboard").title == "Clipboard"
    with pytest.raises(LoadError, match="empty"):
        document_from_text(" \n\t")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "The file is empty"),
        (b"  \r\n\t ", "no text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "looks like a binary file (PNG image)"),
        (b"%PDF-1.7\n%\xe2\xe3\n1 0 obj", "looks like a binary file (PDF document)"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP archive"),
        (b"\x7fELF\x02\x01\x01\x00" + bytes(100), "program"),
        (bytes(range(256)) * 4, "looks like a binary file"),
        (b"\x01\x02\x03\x04\x05 text \x06\x07\x08\x0e\x0f", "looks like a binary file"),
    ],
)
def test_bad_text_files_raise_clear_load_errors(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(LoadError) as info:
        read_document(path)
    assert message in info.value.message
    assert info.value.path == str(path)


def test_invalid_utf16_after_bom_is_a_decoding_error(tmp_path: Path) -> None:
    path = tmp_path / "bad16.txt"
    path.write_bytes(b"\xff\xfe" + "ok".encode("utf-16-le") + b"\x00\xd8")  # lone surrogate
    with pytest.raises(LoadError, match="Could not decode the text as UTF-16-LE"):
        read_document(path)


_TEXTY_BYTES = st.one_of(
    st.binary(max_size=600),
    st.text(max_size=300).map(lambda s: s.encode("utf-8")),
    st.text(max_size=300).map(lambda s: s.encode("utf-16")),
    st.text(alphabet=st.characters(max_codepoint=255), max_size=300).map(
        lambda s: s.encode("latin-1")
    ),
    st.tuples(st.text(max_size=100), st.binary(max_size=20)).map(
        lambda t: t[0].encode("utf-8") + t[1]
    ),
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=_TEXTY_BYTES)
def test_arbitrary_bytes_give_a_document_or_a_load_error(
    tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "x.txt"
    path.write_bytes(data)
    try:
        doc = read_document(path)
    except LoadError as exc:
        message = exc.message
    else:
        message = ""
        assert doc.text.strip()
        assert doc.id == document_id(doc.text)
    assert isinstance(message, str)


_PROSE = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufeff")
    | st.sampled_from("\n\r\t"),
    min_size=1,
    max_size=400,
).filter(lambda s: s.strip() and not s.startswith(("GIF8", "OggS", "fLaC", "wOFF", "%PDF-")))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_PROSE)
def test_utf8_text_comes_back_exactly(tmp_path_factory: pytest.TempPathFactory, text: str) -> None:
    path = tmp_path_factory.mktemp("prose") / "p.txt"
    path.write_bytes(text.encode("utf-8"))
    assert read_document(path).text == text


_MARKUP_BYTES = st.one_of(
    st.binary(max_size=400),
    st.text(alphabet="<>/=\"' abcdhtmlpiv\n&;#x0123", max_size=300).map(lambda s: s.encode()),
    st.sampled_from([b"%PDF-1.4\n", b"PK\x03\x04", b"<html><body><p>"]).flatmap(
        lambda head: st.binary(max_size=300).map(lambda tail: head + tail)
    ),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=_MARKUP_BYTES, suffix=st.sampled_from([".html", ".pdf", ".docx", ".md"]))
def test_other_formats_raise_only_load_error(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, suffix: str
) -> None:
    path = tmp_path_factory.mktemp("fuzz") / f"x{suffix}"
    path.write_bytes(data)
    try:
        doc = read_document(path)
    except LoadError:
        return
    assert doc.text.strip()
