"""Bytes to text: byte-order marks, strict UTF-8, then charset detection, never guessing silently.

Offsets in a ``.txt`` document index the decoded file content, so decoding must be
deterministic and must not rewrite anything (no newline normalisation). Binary files are
recognised first, so a PNG renamed to ``.txt`` gives "looks like a binary file (PNG
image)" instead of a page of mojibake.
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from timeline_app.io.errors import LoadError

# Longest first: the UTF-32-LE mark starts with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x7fELF", "program"),
    (b"MZ", "Windows program"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Microsoft Office document"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"{\\rtf", "RTF document"),
    (b"ID3", "MP3 audio"),
    (b"OggS", "Ogg media"),
    (b"fLaC", "FLAC audio"),
    (b"\x00\x00\x01\x00", "icon"),
    (b"BM", "BMP image"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"wOFF", "web font"),
    (b"\xca\xfe\xba\xbe", "Java class file"),
)

# Encodings a charset detector may propose that never describe a real news text file
# without a BOM: accepting them turns ASCII garbage into CJK "text".
_REJECTED_GUESSES = ("utf_16", "utf_32")
# Western European text is by far the most common non-UTF-8 case for English news;
# charset-normalizer often ranks cp1250 equal to cp1252 and lists it first.
_PREFERRED_GUESSES = ("cp1252", "latin_1", "iso8859_15")
_SNIFF_BYTES = 65536
_ASCII_PROBE = b"The 14 March 2023, {Quote}: [done]! - ok?\n"
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\v\x1b")

UNDECODABLE = "Could not decode the text (tried UTF-8, UTF-16, cp1252 and other encodings)"


def binary_kind(data: bytes) -> str | None:
    """What binary format ``data`` looks like, or None when it may be text.

    Byte-order-marked text is text even though UTF-16 is full of NUL bytes.
    """
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return None
    for magic, kind in _MAGIC:
        # "BM"/"MZ"/"ID3" also start ordinary words; for those, only call it binary when
        # the rest is not plain text either.
        distinctive = len(magic) >= 3 and magic not in (b"BZh", b"ID3")
        if data.startswith(magic) and (distinctive or _looks_binary(data)):
            return kind
    if _utf16_without_bom(data) is None and _looks_binary(data):
        return "unknown format"
    return None


def decode_text(data: bytes, path: str = "") -> str:
    """Decode file content to text exactly, without the BOM and without touching newlines.

    Order: byte-order mark, UTF-16 without BOM, strict UTF-8, then charset-normalizer
    (preferring cp1252 among equally good guesses).

    Raises:
        LoadError: binary content, or no encoding gives plausible text.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], encoding, path)
    kind = binary_kind(data)
    if kind is not None:
        raise LoadError(path, binary_message(kind))
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return _strict(data, utf16, path)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = _detect(data)
    if text is None:
        raise LoadError(path, UNDECODABLE)
    return text


def binary_message(kind: str) -> str:
    """The user-facing message for a binary file of ``kind``."""
    if kind == "unknown format":
        return "Not a text document: looks like a binary file"
    return f"Not a text document: looks like a binary file ({kind})"


def not_a_message(expected: str, kind: str | None) -> str:
    """One sentence for a file whose content is not the ``expected`` format.

    "Not a PDF file: it is a PNG image", never the text loader's whole message nested
    inside ("Not a PDF file: Not a text document: …" said two things at once).
    """
    if not kind or kind == "unknown format":
        return f"Not a {expected} file"
    return f"Not a {expected} file: it is a {kind}"


def _strict(data: bytes, encoding: str, path: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        message = f"Could not decode the text as {encoding.upper()}: {exc.reason}"
        raise LoadError(path, message) from exc


def _looks_binary(data: bytes) -> bool:
    """NUL bytes, or more than 10% control characters, in the first 64 KB."""
    head = data[:_SNIFF_BYTES]
    if not head:
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in _TEXT_CONTROLS)
    return controls * 10 > len(head)


def _utf16_without_bom(data: bytes) -> str | None:
    """ "utf-16-le"/"utf-16-be" when every other byte is NUL (Latin text in UTF-16)."""
    head = data[: _SNIFF_BYTES & ~1]
    if len(head) < 4 or len(data) % 2:
        return None
    even_nuls = head[0::2].count(0)
    odd_nuls = head[1::2].count(0)
    half = len(head) // 2
    if odd_nuls >= 0.9 * half and even_nuls == 0:
        return "utf-16-le"
    if even_nuls >= 0.9 * half and odd_nuls == 0:
        return "utf-16-be"
    return None


def _detect(data: bytes) -> str | None:
    """Ask charset-normalizer, keeping only ASCII-compatible 8-bit guesses.

    Among the least chaotic guesses cp1252 wins when it is one of them (the detector
    folds equivalent code pages together, so look at ``could_be_from_charset`` too).
    """
    matches = list(from_bytes(data))
    if not matches:
        return None
    least_chaos = min(m.chaos for m in matches)
    best = [m for m in matches if m.chaos <= least_chaos + 0.01]
    candidates = [enc for m in best for enc in (m.encoding, *m.could_be_from_charset)]
    ordered = [e for e in _PREFERRED_GUESSES if e in candidates] + candidates
    for encoding in dict.fromkeys(ordered):
        if encoding.startswith(_REJECTED_GUESSES) or not _ascii_compatible(encoding):
            continue
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if not _looks_binary(text.encode("utf-8", "surrogatepass")):
            return text
    return None


def _ascii_compatible(encoding: str) -> bool:
    """False for EBCDIC and other code pages that remap plain ASCII letters."""
    try:
        return _ASCII_PROBE.decode(encoding) == _ASCII_PROBE.decode("ascii")
    except (UnicodeDecodeError, LookupError):
        return False
