"""Hand-built ZIP files for the container tests: real zip bombs that stay small on disk.

``zipfile`` can only write what it compresses itself, and deflating 2 GB of zeros takes
seconds. A deflate stream of zeros flushed every 16 MB repeats the same block, so the bomb
is one block compressed once and repeated: 2 MB on disk, a genuine 2 GB once inflated.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from dataclasses import dataclass

BLOCK = 16 * 1024 * 1024
# CRC-32 of 128 blocks (2 GiB) of zeros, measured once: computing it costs a second per run.
_ZERO_CRCS = {128: 0x4DBDF21C}


@dataclass(frozen=True)
class Member:
    name: str
    deflated: bytes  # a raw deflate stream (wbits -15)
    size: int        # its inflated size, declared honestly
    crc: int


def deflated(name: str, data: bytes) -> Member:
    """An ordinary member."""
    packer = zlib.compressobj(6, zlib.DEFLATED, -15)
    return Member(name, packer.compress(data) + packer.flush(), len(data), zlib.crc32(data))


def zeros(name: str, blocks: int) -> Member:
    """A member that inflates to ``blocks`` × 16 MB of zeros, about 16 KB per block on disk."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = packer.compress(bytes(BLOCK)) + packer.flush(zlib.Z_FULL_FLUSH)
    stream = block * blocks + packer.flush()
    crc = _ZERO_CRCS.get(blocks)
    if crc is None:
        crc = 0
        for _ in range(blocks):
            crc = zlib.crc32(bytes(BLOCK), crc)
    return Member(name, stream, BLOCK * blocks, crc)


def build_zip(members: list[Member]) -> bytes:
    """A ZIP holding ``members`` (deflate, no ZIP64: each member under 4 GB)."""
    out = io.BytesIO()
    central = []
    for member in members:
        name = member.name.encode()
        offset = out.tell()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, member.crc,
                              len(member.deflated), member.size, len(name), 0))
        out.write(name + member.deflated)
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x21,
                                   member.crc, len(member.deflated), member.size, len(name),
                                   0, 0, 0, 0, 0, offset) + name)
    start = out.tell()
    directory = b"".join(central)
    out.write(directory)
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members),
                          len(directory), start, 0))
    return out.getvalue()


def docx_members(data: bytes) -> list[Member]:
    """The members of a real ``.docx`` (e.g. one python-docx saved), re-deflated."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [deflated(info.filename, archive.read(info)) for info in archive.infolist()]


def replace_member(members: list[Member], name: str, data: bytes) -> list[Member]:
    """``members`` with ``name``'s content replaced by ``data``."""
    return [deflated(name, data) if m.name == name else m for m in members]
