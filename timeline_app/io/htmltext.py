"""Render an (X)HTML or trafilatura-XML tree to plain text with blank lines between blocks.

Shared by the trafilatura path and the fallback extractor, so both give the same shape
of text: one paragraph per block, blank line between blocks, ``<br>`` kept as a line
break, cells of a table row joined with `` | ``. Walks the tree iteratively
(``iterwalk``), so deeply nested markup cannot overflow the Python stack.
"""

from __future__ import annotations

from collections.abc import Collection

from lxml import etree

HTML_BLOCKS: frozenset[str] = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "ul",
        "caption",
    }
)
TRAFILATURA_BLOCKS: frozenset[str] = frozenset(
    {"doc", "main", "head", "p", "list", "item", "quote", "table", "row", "code"}
)
_CELLS = frozenset({"td", "th", "cell"})
_LINE_BREAKS = frozenset({"br", "lb"})
_BLOCK = "\x00"  # cannot occur in decoded HTML text (lxml rejects NUL)
_CELL = "\x01"
_BR = "\x02"
_PRESERVING = frozenset({"pre", "code"})


def render_text(root: etree._Element, blocks: Collection[str] = HTML_BLOCKS) -> str:
    """Plain text of ``root``: blocks separated by blank lines, whitespace collapsed."""
    parts: list[str] = []
    keep_lines = 0  # inside <pre>: source newlines are real line breaks
    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = _local_name(element)
        if event == "start":
            keep_lines += tag in _PRESERVING
            parts.append(_opening_marker(tag, blocks))
            if element.text and _is_element(element):
                parts.append(_source_text(element.text, keep_lines > 0))
        else:
            keep_lines -= tag in _PRESERVING
            if tag in blocks:
                parts.append(_BLOCK)
            if element.tail and element is not root:
                parts.append(_source_text(element.tail, keep_lines > 0))
    return _tidy("".join(parts))


def _opening_marker(tag: str, blocks: Collection[str]) -> str:
    if tag in blocks:
        return _BLOCK
    if tag in _CELLS:
        return _CELL
    return _BR if tag in _LINE_BREAKS else ""


def _source_text(text: str, keep_lines: bool) -> str:
    """Newlines in HTML source are just spaces, except in preformatted text."""
    return text.replace("\n", _BR) if keep_lines else text.replace("\n", " ")


def _tidy(raw: str) -> str:
    paragraphs: list[str] = []
    for block in raw.split(_BLOCK):
        lines = []
        for line in block.split(_BR):
            cells = [" ".join(c.split()) for c in line.split(_CELL)]
            joined = " | ".join(c for c in cells if c)
            if joined:
                lines.append(joined)
        if lines:
            paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs)


def _local_name(element: etree._Element) -> str:
    tag = element.tag
    if not isinstance(tag, str):  # comments and processing instructions
        return ""
    return tag.rsplit("}", 1)[-1].lower()


def _is_element(element: etree._Element) -> bool:
    """Comments and processing instructions have ``.text`` too; it is not page text."""
    return isinstance(element.tag, str)
