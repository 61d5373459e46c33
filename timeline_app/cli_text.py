"""Readable text listings for ``timeline-app extract`` and ``tag`` without ``--json``.

Meant for a person at a terminal: one block per event, date first, then the title, the
quote and where it was read. Machines should use the JSON output, which is stable.
"""

from __future__ import annotations

import textwrap

from timeline_app.model import Document, Event, Mention

_INDENT = " " * 14
_WIDTH = 96


def extraction_listing(
    documents: list[Document],
    events: list[Event],
    unresolved: dict[str, list[str]] | None = None,
) -> str:
    """Documents with their reference dates, then events in date order.

    ``unresolved`` lists, per document id, relative dates that had nothing to count
    from, so the reader knows why "yesterday" is missing from the timeline.
    """
    names = {d.id: _name(d) for d in documents}
    lines = [f"{len(documents)} document(s), {len(events)} event(s)", ""]
    for doc in documents:
        lines.append(f"  {_name(doc)}: {doc.title!r}, reference date {_reference(doc)}")
        left = (unresolved or {}).get(doc.id)
        if left:
            quoted = ", ".join(repr(t) for t in left[:8]) + (", …" if len(left) > 8 else "")
            lines.append(f"    {len(left)} relative date(s) left unresolved: {quoted}")
    lines.append("")
    for event in events:
        lines.extend(_event_block(event, names))
    return "\n".join(lines).rstrip() + "\n"


def _event_block(event: Event, names: dict[str, str]) -> list[str]:
    when = event.when
    label = f"{when.value:<12}  {event.title}"
    details = f"{when.granularity.value}{', approximate' if when.approximate else ''}"
    lines = [
        label,
        f"{_INDENT}[{details}; as written: {when.text!r}; confidence {event.confidence:.2f}]",
    ]
    lines += textwrap.wrap(
        f"“{event.quote}”", _WIDTH, initial_indent=_INDENT, subsequent_indent=_INDENT + " "
    )
    if event.actors or event.places:
        lines.append(
            f"{_INDENT}actors: {', '.join(event.actors) or '-'}; "
            f"places: {', '.join(event.places) or '-'}"
        )
    for source in event.sources:
        where = names.get(source.document, source.document)
        lines.append(
            f"{_INDENT}source: {where} chars {source.start}-{source.end}, "
            f"date at {source.date_start}-{source.date_end}"
        )
    lines.append("")
    return lines


def tag_listing(documents: list[Document], mentions: dict[str, list[Mention]]) -> str:
    """Every temporal expression per document: offsets, type, value, text."""
    lines: list[str] = []
    for doc in documents:
        lines.append(f"{_name(doc)} (reference date {_reference(doc)})")
        for m in mentions.get(doc.id, []):
            note = " (unresolved)" if m.unresolved else ""
            lines.append(f"  {m.start:>6}-{m.end:<6} {m.type:<8} {m.value:<14} {m.text!r}{note}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _name(document: Document) -> str:
    return document.path or f"(pasted {document.id})"


def _reference(document: Document) -> str:
    if document.reference_date is None:
        return "unknown"
    return f"{document.reference_date.iso()} ({document.reference_source or 'given'})"
