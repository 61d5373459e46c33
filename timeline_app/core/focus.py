"""Parse less: only the sentences that carry a date, with the neighbours titles need.

Over half the characters of a news article lie in sentences without any date, and
spaCy's full pipeline is most of the engine's time. The rule-based tagger finds every
candidate date without a parse (a parse only vetoes candidates inside names and helps
with tense), so sentences it finds nothing in cannot yield a mention or an event. The
focused text keeps the first two sentences (headline, dateline), each dated sentence and
the one before it (titles and antecedents look back); offsets map back exactly with
:class:`timeline_app.core.repeats.Condensed`. On TBAQ this parses 68% of the characters;
TempEval-3 and the annotated event set score exactly as with whole texts.
"""

from __future__ import annotations

from timeline_app.core import tagger
from timeline_app.core.repeats import JOIN, Condensed
from timeline_app.core.sentences import sentence_spans
from timeline_app.model import Day

#: Sentences kept before and after each dated one, and at the top of the text (two
#: before and one after parsed 86% of TBAQ's characters, for the same scores).
BEFORE, AFTER, HEAD = 1, 0, 2
#: Focus only when it drops at least this share of the text.
MIN_SAVING = 0.2


def focus(text: str, reference: Day | None, language: str = "") -> Condensed | None:
    """The dated sentences of ``text`` and their neighbours, or None if that saves little.

    ``language`` picks the date rules that find the dated sentences ("fr": French).
    """
    spans = sentence_spans(text)
    if len(spans) <= HEAD + 1:
        return None
    dated = [m.start for m in tagger.tag(text, reference=reference, language=language)]
    keep = set(range(HEAD))
    k = 0
    for i, (start, end) in enumerate(spans):
        while k < len(dated) and dated[k] < start:
            k += 1
        if k < len(dated) and dated[k] < end:
            keep.update(range(max(0, i - BEFORE), min(len(spans), i + AFTER + 1)))
    runs = _runs(spans, sorted(keep))
    if sum(e - s for s, e in runs) > (1 - MIN_SAVING) * len(text):
        return None
    segments, position = [], 0
    for start, end in runs:
        segments.append((position, start, end - start))
        position += end - start + len(JOIN)
    focused = JOIN.join(text[s:e] for s, e in runs)
    return Condensed(focused, text, tuple(segments), tuple(s[0] for s in segments))


def _runs(spans: list[tuple[int, int]], kept: list[int]) -> list[tuple[int, int]]:
    """Consecutive kept sentences as one stretch of the original text each."""
    runs: list[tuple[int, int]] = []
    previous = -2
    for i in kept:
        start, end = spans[i]
        if i == previous + 1 and runs:
            runs[-1] = (runs[-1][0], end)
        else:
            runs.append((start, end))
        previous = i
    return runs
