"""The two ends of a range, as TimeML annotates them.

The engine keeps "between 1994 and 1997" as one mention valued ``1994/1997`` because an
event is one range, but ``A/B`` is no TIMEX3 value: TimeML marks each end as its own
TIMEX3 ("1994" and "1997"). :func:`range_ends` gives those two expressions.
"""

from __future__ import annotations

import re

from timeline_app.core.timex.spans import when_for
from timeline_app.model import Mention

# Where a range written as one match splits: "15-16 October 1987", "1914–1918", "May–June".
_SPLIT = re.compile(r"\s*[-–—]\s*|\s+(?:to|and|through|thru|until|till)\s+", re.IGNORECASE)


def range_ends(
    mention: Mention, text: str, ends: tuple[tuple[int, int], ...] = ()
) -> tuple[Mention, ...]:
    """The left and right ends of a range mention, or ``()`` when it is not a range.

    Args:
        mention: a tagged mention; a range has a value ``A/B``.
        text: the document text.
        ends: the offsets of both ends when the range was joined from two matches;
            otherwise the mention's text is split at its dash or joining word.
    """
    left_value, slash, right_value = mention.value.partition("/")
    if not slash or not left_value or not right_value:
        return ()
    spans = ends if len(ends) == 2 else _split(mention)
    if not spans:
        return ()
    values = (left_value, right_value)
    return tuple(
        Mention(
            start=s,
            end=e,
            text=text[s:e],
            type=mention.type,
            value=v,
            when=when_for(v, text=text[s:e]),
            relative=mention.relative,
        )
        for (s, e), v in zip(spans, values, strict=True)
    )


def _split(mention: Mention) -> tuple[tuple[int, int], ...]:
    m = _SPLIT.search(mention.text)
    if m is None or m.start() == 0 or m.end() == len(mention.text):
        return ()
    return ((mention.start, mention.start + m.start()), (mention.start + m.end(), mention.end))
