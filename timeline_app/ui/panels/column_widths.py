"""Widths of the event table's columns for the width it has (pure, no Qt).

Fixed widths read well on a wide screen but, at 1024 px, left the Title column — the one
people read — at 60 px ("The G…"). The Title stretches; the other columns give way in
proportion down to a floor, so the title keeps at least ``TITLE_SHARE`` of the table.
"""

from __future__ import annotations

# (preferred, floor) widths in pixels of the Date, Document and Confidence columns.
PREFERRED = (116, 140, 96)
FLOORS = (84, 64, 52)
TITLE_SHARE = 0.42


def side_widths(table_width: int) -> tuple[int, int, int]:
    """Widths of Date, Document and Confidence for a table ``table_width`` px wide.

    Preferred widths while the title keeps its share; below that every column shrinks by
    the same factor, but none under its floor.
    """
    room = max(int(table_width * (1.0 - TITLE_SHARE)), 0)
    wanted = sum(PREFERRED)
    if room >= wanted:
        return PREFERRED
    factor = room / wanted
    pairs = zip(PREFERRED, FLOORS, strict=True)
    date, doc, conf = (max(floor, int(pref * factor)) for pref, floor in pairs)
    return date, doc, conf
