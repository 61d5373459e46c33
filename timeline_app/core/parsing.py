"""Parsing many documents, long ones included, without one text failing the rest.

spaCy refuses texts longer than ``nlp.max_length`` and its parser needs memory in
proportion to the length of the text, so a long document (a book-length PDF, a pasted
transcript) is parsed in chunks cut at paragraph breaks and joined back into a single
``Doc`` whose text, and therefore every character offset, is exactly the original.
A text that still cannot be parsed gets ``None``: the engine then works rule-based on it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from timeline_app.core import nlp

if TYPE_CHECKING:
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

#: Longest text parsed in one piece; longer ones are cut at paragraph breaks.
CHUNK_CHARS = 100_000
_PARAGRAPH = re.compile(r"\n[ \t]*\n\s*")
_LINE = re.compile(r"\n")


def parse_documents(
    texts: Sequence[str], *, batch_size: int = 4, language: str = "en"
) -> Iterator[Doc | None]:
    """One parsed ``Doc`` (or None) per text, in order, batched with ``nlp.pipe``.

    ``language`` picks the model (:func:`timeline_app.core.nlp.load_model`). Yields None
    for every text when no model is installed, and for a text whose parse fails, after
    logging why.
    """
    short = [i for i, t in enumerate(texts) if len(t) <= CHUNK_CHARS]
    parsed: dict[int, Doc | None] = {}
    try:
        for i, doc in zip(
            short,
            nlp.parse_many([texts[i] for i in short], batch_size=batch_size, language=language),
            strict=True,
        ):
            parsed[i] = doc
    except Exception:  # one odd text must not cost the whole batch its parse
        log.exception("batch parse failed; parsing the texts one by one")
        parsed = {i: _parse_one(texts[i], language) for i in short}
    for i, text in enumerate(texts):
        yield parsed[i] if i in parsed else _parse_long(text, language)


def _parse_one(text: str, language: str = "en") -> Doc | None:
    try:
        return nlp.parse(text) if language in ("", "en") else nlp.parse(text, language)
    except Exception:
        log.exception("cannot parse a text of %d characters; using rules only", len(text))
        return None


def _parse_long(text: str, language: str = "en") -> Doc | None:
    """Parse a long text in paragraph-aligned chunks and join them into one ``Doc``."""
    english = language in ("", "en")
    if (nlp.load_nlp() if english else nlp.load_model(language)) is None:
        return None
    try:
        from spacy.tokens import Doc

        chunks = nlp.parse_many(split_chunks(text), batch_size=1, language=language)
        docs = [d for d in chunks if d is not None]
        joined = Doc.from_docs(docs, ensure_whitespace=False)
    except Exception:
        log.exception("cannot parse a text of %d characters; using rules only", len(text))
        return None
    return joined if joined.text == text else None


def split_chunks(text: str, size: int = CHUNK_CHARS) -> list[str]:
    """Consecutive pieces of ``text`` of at most ``size`` characters, joined they are ``text``.

    Each cut falls after a paragraph break where the second half of a window has one,
    else after a line break, else after a space, so no sentence (or word) is split
    unless the text leaves no choice.
    """
    chunks = []
    start = 0
    while len(text) - start > size:
        cut = _last_break(text[start : start + size], size // 2)
        chunks.append(text[start : start + cut])
        start += cut
    chunks.append(text[start:])
    return chunks


def _last_break(window: str, earliest: int) -> int:
    """Where to cut a window: after its last paragraph break, line break or space."""
    for pattern in (_PARAGRAPH, _LINE):
        ends = [m.end() for m in pattern.finditer(window, earliest)]
        if ends:
            return ends[-1]
    space = window.rfind(" ")
    return space + 1 if space > 0 else len(window)
