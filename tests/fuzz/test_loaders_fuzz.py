"""Every loader, fuzzed: whatever the bytes, a Document or a LoadError, nothing else.

The loaders are called directly, not through ``read_document``, whose last line of
defence turns any exception into a LoadError: here an unexpected exception type fails
the test, so the fuzzers find what that net would otherwise hide.
"""

from __future__ import annotations

import importlib
import io
import re
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.fuzz.budget import fuzz_settings
from tests.fuzz.mutations import encoded, hostile_text, mutated, truncated
from tests.fuzz.samples import ARTICLE, SAMPLES, docx_bytes, docx_parts, zipped
from timeline_app.io import articles
from timeline_app.io.errors import LoadError
from timeline_app.model import Document
from timeline_app.model.document import document_id

Loader = Callable[[Path, bytes], Document]


def loader_for(suffix: str) -> Loader:
    module, name = articles._LOADERS[suffix]
    return getattr(importlib.import_module(module), name)  # type: ignore[no-any-return]


def check_contract(suffix: str, data: bytes) -> Document | None:
    """Load ``data`` as a ``suffix`` file; fail on anything but a Document or LoadError."""
    try:
        document = loader_for(suffix)(Path(f"fuzzed{suffix}"), data)
    except LoadError as exc:
        message = exc.message
    else:
        assert document.text.strip()
        assert document.id == document_id(document.text)
        return document
    assert message.strip()  # said in words, with no traceback
    assert "Traceback" not in message
    return None


def test_every_loader_is_fuzzed() -> None:
    """A loader added later is fuzzed too, or this test says so."""
    assert set(articles._LOADERS) == {".txt", ".md", ".markdown", ".html", ".htm", ".pdf",
                                      ".docx"}  # fmt: skip
    assert {loader_for(s) for s in articles._LOADERS} == {loader_for(s) for s in SAMPLES}


def test_the_samples_load_whole() -> None:
    """The fuzzers start from files every loader reads completely."""
    for suffix, make in SAMPLES.items():
        document = check_contract(suffix, make())
        assert document is not None
        assert "2 March 2023" in document.text
        assert document.title == "Flood defences on the Arlen"


FORMATS = pytest.mark.parametrize("suffix", list(SAMPLES))


@FORMATS
@fuzz_settings(60)
@given(data=st.binary(max_size=3000))
def test_random_bytes(suffix: str, data: bytes) -> None:
    check_contract(suffix, data)


@FORMATS
@fuzz_settings(30)
@given(data=st.data())
def test_truncated_real_files(suffix: str, data: st.DataObject) -> None:
    check_contract(suffix, data.draw(truncated(SAMPLES[suffix]())))


@FORMATS
@fuzz_settings(50)
@given(data=st.data())
def test_mutated_real_files(suffix: str, data: st.DataObject) -> None:
    check_contract(suffix, data.draw(mutated(SAMPLES[suffix]())))


_DOCX_PARTS = docx_parts(docx_bytes())


@fuzz_settings(50)
@given(
    part=st.sampled_from(sorted(name for name in _DOCX_PARTS if name.endswith((".xml", ".rels")))),
    data=st.data(),
)
def test_docx_with_a_mutated_part(part: str, data: st.DataObject) -> None:
    """Valid ZIPs around broken XML, so python-docx and lxml get the damage, not zipfile."""
    parts = dict(_DOCX_PARTS)
    parts[part] = data.draw(mutated(parts[part], max_edits=3))
    check_contract(".docx", zipped(parts))


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html"])
@fuzz_settings(60)
@given(data=encoded(hostile_text(ARTICLE)))
def test_hostile_text_in_text_formats(suffix: str, data: bytes) -> None:
    """Invalid UTF-8 and UTF-16, NUL, right-to-left runs, combining marks, emoji."""
    if suffix == ".html":
        data = b"<html><body><article><p>" + data + b"</p></article></body></html>"
    check_contract(suffix, data)


_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


@fuzz_settings(30)
@given(text=hostile_text(ARTICLE))
def test_hostile_text_in_docx(text: str) -> None:
    word = docx.Document()
    word.add_paragraph(_NOT_IN_XML.sub("", text))  # Word itself cannot store the rest
    out = io.BytesIO()
    word.save(out)
    check_contract(".docx", out.getvalue())
