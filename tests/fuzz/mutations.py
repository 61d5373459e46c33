"""Hypothesis strategies for broken input: cut and mutated files, hostile text."""

from __future__ import annotations

from hypothesis import strategies as st

#: Bytes that mean something to one parser or another: NUL, BOMs, invalid UTF-8, lone
#: surrogates in UTF-16, markup and PDF tokens, ZIP signatures.
_NASTY_BYTES = [
    b"\x00", b"\xff", b"\xfe\xff", b"\xff\xfe", b"\xef\xbb\xbf", b"\xc3", b"\xed\xa0\x80",
    b"\xf4\x90\x80\x80", b"\x00\xd8", b"<", b">", b"&", b"&#0;", b"&#xD800;", b"<!--",
    b"<![CDATA[", b"<!DOCTYPE x [<!ENTITY a 'b'>]>", b"obj", b"endobj", b"stream",
    b"endstream", b"xref", b"trailer", b"R", b"<<", b">>", b"/Length 999999999", b"(",
    b")", b"\\", b"%%EOF", b"PK\x03\x04", b"PK\x01\x02", b"PK\x05\x06", b"\r\n", b"---\n",
    b"\n---\n", b"\xe2\x80\xae", b"\xcc\x81" * 40, b"\xf0\x9f\x8c\x8a",
]  # fmt: skip
#: Text that trips up naive text handling: right-to-left runs and overrides, combining
#: marks, emoji with joiners and modifiers, NUL and other controls, odd spaces.
HOSTILE_TEXT = [
    "\u202e", "\u202d", "\u200f", "\u200e", "\u2066", "\u2069", "\u0301", "\u0308" * 30,
    "e\u0301", "\U0001f30a", "\U0001f469\u200d\U0001f52c", "\U0001f44d\U0001f3fd", "\u200d",
    "\x00", "\x07", "\x1b[31m", "\ufeff", "\ufffd", "\u00a0", "\u2028", "\u2029", "\u3000",
    "שלום", "مرحبا", "١٢ مارس ٢٠٢٣", "٢٠٢٣", "ⅫⅣ", "２０２３年", "𝟮𝟬𝟮𝟯", "\t", "\r",
]  # fmt: skip


@st.composite
def mutated(draw: st.DrawFn, original: bytes, max_edits: int = 6) -> bytes:
    """``original`` with a few byte-level edits: flips, deletions, insertions, repeats."""
    data = bytearray(original)
    for _ in range(draw(st.integers(1, max_edits))):
        at = draw(st.integers(0, len(data)))
        kind = draw(st.sampled_from(["flip", "delete", "insert", "nasty", "repeat", "zero"]))
        if kind == "flip" and at < len(data):
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif kind == "delete":
            del data[at : at + draw(st.integers(1, 64))]
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=32))
        elif kind == "nasty":
            data[at:at] = draw(st.sampled_from(_NASTY_BYTES))
        elif kind == "repeat":
            chunk = bytes(data[at : at + draw(st.integers(1, 200))])
            data[at:at] = chunk * draw(st.integers(1, 20))
        elif kind == "zero":
            span = draw(st.integers(1, 128))
            data[at : at + span] = bytes(len(data[at : at + span]))
    return bytes(data)


@st.composite
def truncated(draw: st.DrawFn, original: bytes) -> bytes:
    """``original`` cut at a random point, from the front or the back."""
    cut = draw(st.integers(0, len(original)))
    return original[:cut] if draw(st.booleans()) else original[cut:]


def hostile_text(base: str, max_size: int = 400) -> st.SearchStrategy[str]:
    """``base`` with hostile characters spliced in, or arbitrary text mixed with them."""
    piece = st.one_of(st.sampled_from(HOSTILE_TEXT), st.text(max_size=12))
    spliced = st.lists(st.tuples(st.integers(0, len(base)), piece), max_size=12).map(
        lambda edits: _splice(base, edits)
    )
    mixed = st.lists(piece, max_size=40).map(lambda pieces: "".join(pieces)[:max_size])
    return st.one_of(spliced, mixed)


def _splice(base: str, edits: list[tuple[int, str]]) -> str:
    text = base
    for at, piece in sorted(edits, reverse=True):
        text = text[:at] + piece + text[at:]
    return text


def encoded(text: st.SearchStrategy[str]) -> st.SearchStrategy[bytes]:
    """Text as bytes, well or badly: UTF-8, UTF-16 with and without BOM, broken UTF-8
    (a stray continuation byte or a cut sequence), UTF-16 with a lone surrogate."""
    return st.tuples(text, st.sampled_from(range(7))).map(lambda t: _encode(*t))


def _encode(text: str, how: int) -> bytes:
    raw = text.encode("utf-8", "surrogatepass")
    if how == 0:
        return raw
    if how == 1:
        return text.encode("utf-16", "surrogatepass")
    if how == 2:
        return text.encode("utf-16-le", "surrogatepass")
    if how == 3:
        return text.encode("utf-16-be", "surrogatepass")
    if how == 4:
        return raw[: len(raw) // 2] + b"\x80\xbf" + raw[len(raw) // 2 :]
    if how == 5:
        return raw + "é".encode()[:1]  # a sequence cut off at the end of the file
    return b"\xff\xfe" + text.encode("utf-16-le", "surrogatepass") + b"\x00\xd8"
