"""Tagging a German, French or Spanish text: matches, the longest first, then anchoring.

Same contract as :func:`timeline_app.core.tagger.tag`: mentions sorted by offset,
non-overlapping, ``text[m.start:m.end] == m.text``; relative expressions resolve
against the reference date (or the date last talked about), never today's clock.
"""

from __future__ import annotations

import re

from timeline_app.core.timex.resolve import Context, resolve
from timeline_app.core.timex.spec import Spec
from timeline_app.core.timex_intl.grammar import grammar
from timeline_app.core.timex_intl.specs import spec_for
from timeline_app.model import Day, Mention

_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def tag(text: str, *, reference: Day | None, language: str) -> list[Mention]:
    """Every date expression of ``text`` in ``language``, resolved against ``reference``."""
    found = _matches(text, language)
    ctx = Context(reference=reference)
    mentions = []
    future = grammar(language).lex.extras.future
    for start, end, spec in found:
        ctx.tense = 1 if _future(text, start, future) else -1
        written = text[start:end]
        res = resolve(spec, ctx, written)
        mentions.append(
            Mention(
                start=start,
                end=end,
                text=written,
                type=spec.type,
                value=res.value,
                when=res.when,
                relative=res.relative,
                unresolved=res.unresolved,
                mod=spec.mod,
            )
        )
    return mentions


def _matches(text: str, language: str) -> list[tuple[int, int, Spec]]:
    """Non-overlapping matches; where two overlap, the longer one (then the earlier rule)."""
    g = grammar(language)
    candidates: list[tuple[int, int, int, Spec]] = []
    for order, (rule, pattern) in enumerate(g.rules):
        for m in pattern.finditer(text):
            spec = spec_for(rule, m, g.lex, text)
            if spec is None:
                continue
            start = m.start("mon") if rule == "month" else m.start()
            end = _trim(text, start, m.end())
            candidates.append((start, end, order, spec))
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    chosen: list[tuple[int, int, Spec]] = []
    for start, end, _, spec in candidates:
        if all(end <= s or start >= e for s, e, _ in chosen):
            chosen.append((start, end, spec))
    return sorted(chosen, key=lambda c: c[0])


def _trim(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _future(text: str, start: int, words: tuple[str, ...]) -> bool:
    """Whether the sentence around ``start`` speaks of the future ("wird", "va", "será")."""
    begin = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    after = _SENTENCE_END.search(text, start)
    sentence = text[begin : after.start() if after else len(text)].lower()
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", sentence) for w in words)
