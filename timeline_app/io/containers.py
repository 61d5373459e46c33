"""ZIP containers (DOCX, and any later zip-based format) judged before anything is inflated.

A ZIP's central directory lists every member with its declared compressed and uncompressed
size. Reading it costs a few kilobytes, so a zip bomb is refused there, before a byte is
inflated. The declared sizes bind: zipfile stops inflating a member at its declared size and
fails the CRC check. OPC (ECMA-376 part 2) forbids DTDs in package parts, so a part carrying
one is refused, which rules out billion laughs and XXE before any XML parser sees it.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from pathlib import Path

from timeline_app.io.errors import LoadError

MAX_EXPANDED_BYTES = 200 * 1024 * 1024
# Deflate tops out near 1,030:1, where bombs sit. Word's XML compresses 5-30:1, media not at
# all, and a paragraph pasted 20,000 times reaches 270:1 (measured).
MAX_RATIO = 500
_RATIO_FLOOR = 10 * 1024 * 1024
MAX_MEMBERS = 10_000
_DTD = re.compile(rb"<!(DOCTYPE|ENTITY)", re.IGNORECASE)
_XML_SUFFIXES = (".xml", ".rels", ".vml")
_SNIFF_BYTES = 64


def check_zip(
    path: Path,
    data: bytes,
    *,
    kind: str = "DOCX",
    max_expanded: int = MAX_EXPANDED_BYTES,
    max_ratio: int = MAX_RATIO,
) -> None:
    """Refuse a ZIP that would cost too much to open or whose XML declares entities.

    Raises:
        LoadError: too large once inflated, an absurd compression ratio, too many parts,
            XML with a DTD or entity declarations, or a damaged archive.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            _check_sizes(path, members, kind, max_expanded, max_ratio)
            _check_no_dtd(path, archive, members, kind)
    except LoadError:
        raise
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        zlib.error,
        OSError,
        EOFError,
        ValueError,
    ) as exc:  # a corrupt deflate stream raises zlib.error (found by fuzzing)
        raise LoadError(path, f"The {kind} file is damaged or truncated") from exc
    except NotImplementedError as exc:
        raise LoadError(path, f"The {kind} file uses a compression this app cannot read") from exc


def size_text(size: int) -> str:
    """A size as people read it: "2.0 GB", "200 MB", "5 KB"."""
    gb = size / 1024**3
    if gb >= 1:
        return f"{gb:.1f} GB"
    mb = size / 1024**2
    if mb >= 10:
        return f"{mb:.0f} MB"
    if mb >= 1:
        return f"{mb:.1f} MB".replace(".0 MB", " MB")
    return f"{max(1, round(size / 1024))} KB"


def _check_sizes(
    path: Path, members: list[zipfile.ZipInfo], kind: str, max_expanded: int, max_ratio: int
) -> None:
    if len(members) > MAX_MEMBERS:
        raise LoadError(
            path,
            f"The {kind} file has {len(members):,} parts; the limit is "
            f"{MAX_MEMBERS:,}. Refused as a likely zip bomb",
        )
    total = sum(m.file_size for m in members)  # also catches overlapping-entry bombs
    if total > max_expanded:
        raise LoadError(
            path,
            f"The {kind} file would expand to {size_text(total)}; the limit "
            f"is {size_text(max_expanded)}. Refused as a likely zip bomb",
        )
    for m in members:
        ratio = m.file_size / max(m.compress_size, 1)
        if m.file_size > _RATIO_FLOOR and ratio > max_ratio:
            raise LoadError(
                path,
                f"A part of the {kind} file ({m.filename}) would expand "
                f"{ratio:,.0f} times, to {size_text(m.file_size)}; the "
                f"limit is {max_ratio} times. Refused as a likely zip bomb",
            )


def _check_no_dtd(
    path: Path, archive: zipfile.ZipFile, members: list[zipfile.ZipInfo], kind: str
) -> None:
    for m in members:
        if _is_xml(archive, m):
            raw = archive.read(m)
            if _DTD.search(raw) or _DTD.search(_as_utf8(raw)):
                raise LoadError(
                    path,
                    f"The {kind} file contains XML entity declarations, "
                    "which Word files never have; refused for safety",
                )


def _is_xml(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> bool:
    """By name or by content: a part may be renamed (``word/document.dat``) and still be
    the main document, since ``[Content_Types].xml`` and the relationships decide that."""
    if member.filename.lower().endswith(_XML_SUFFIXES):
        return True
    if member.is_dir():
        return False
    with archive.open(member) as part:
        head = part.read(_SNIFF_BYTES)
    return head.lstrip(b"\xef\xbb\xbf\xff\xfe \t\r\n\x00")[:1] == b"<"


def _as_utf8(raw: bytes) -> bytes:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        codec = "utf-16"
    elif raw[:2] == b"<\x00":
        codec = "utf-16-le"
    elif raw[:2] == b"\x00<":
        codec = "utf-16-be"
    else:
        return b""
    return raw.decode(codec, errors="ignore").encode("utf-8")
