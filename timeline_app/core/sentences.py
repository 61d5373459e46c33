"""Sentence spans with exact character offsets.

An event's quote is one sentence, verbatim, so the boundaries matter: spaCy's parser
alone glues a headline to the first paragraph and a photo caption to the next line,
and splits after "Sept.". We therefore cut the text into *blocks* first (paragraphs,
headlines, captions: line structure the writer chose), then split each block into
sentences with spaCy's boundaries when a parsed ``Doc`` is available, vetted by the
same punctuation and abbreviation rules the rule-based splitter uses without a model.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

from timeline_app.core.reference import dateline_spans
from timeline_app.core.wordsets import word_set

Span = tuple[int, int]


#: Abbreviations after which a period never ends a sentence (titles, months, initials).
_NEVER_FINAL = word_set(
    "mr mrs ms messrs dr prof gen lt col maj capt sgt cmdr adm sen rep gov pres rev hon st "
    "jr sr mt ft no nos vol fig approx dept univ "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)
#: Abbreviations that may end a sentence, but only when a typical sentence opener follows.
_MAYBE_FINAL = word_set("inc ltd co corp plc llc bros etc vs al")
#: Words that typically open a sentence: after "U.S." or "Inc." they signal a boundary.
_OPENERS = word_set(
    "the a an he she it they we i you this that these those there his her its their our "
    "but and so yet however meanwhile in on at after before when while if as some many "
    "most mr mrs ms dr president officials police"
)
#: Full stops and question marks: Latin, Hindi's danda, Arabic's "؟", Urdu's "۔",
#: Armenian's "։", Ethiopic's "።" and Burmese "။".
_STOPS = ".!?।॥؟۔։።။"
_CLOSING = re.compile(rf"[{_STOPS}]+[\"”’')\]]*$")
#: Characters before a proposed boundary that can hold its closing punctuation.
_LOOKBACK = 64
_BOUNDARY = re.compile(rf"[{_STOPS}]+[\"”’')\]]*(?=\s+)")
#: The full stops of Chinese and Japanese, which no space follows ("開通させた。工事は").
_WIDE_BOUNDARY = re.compile(r"[。！？]+[」』”’)）]*")
_DOTTED = re.compile(r"(?:[A-Za-z]\.)+")
_BULLET = re.compile(r"\s*(?:[-*•–]\s|\d{1,3}[.)]\s)")
_HARD_END = re.compile(rf"[{_STOPS}:;\"”’)\]。！？]$")
#: A line this long that ends mid-sentence was wrapped by the writer's editor.
_WRAP_WIDTH = 55


def sentence_spans(text: str, doc: Doc | None = None) -> list[Span]:
    """Every sentence of ``text`` as ``(start, end)``, stripped, in order.

    Args:
        text: the document text; offsets index this string.
        doc: a parsed spaCy ``Doc`` of exactly ``text`` (optional); without one, or
            when it carries no sentence boundaries, rules alone decide.

    Returns:
        Non-empty, non-overlapping spans; ``text[start:end]`` has no outer whitespace.
    """
    model_starts = _model_starts(text, doc)
    spans: list[Span] = []
    for b_start, b_end in _blocks(text):
        pieces = _split_block(text, b_start, b_end, model_starts)
        spans.extend(_merge_tails(text, pieces))
    return spans


#: Name of the spaCy component that makes the parser respect the text's line structure.
BLOCKS_COMPONENT = "timeline_blocks"


def mark_blocks(doc: Doc) -> Doc:
    """Start a sentence at every block (headline, paragraph, caption line) of the text.

    Run before the parser, this keeps it from parsing a headline and the first
    paragraph, or two repeated captions, as one sentence (or "LONDON" in a dateline as
    the subject of the story's first verb): the parser honours sentence starts set in
    advance, so subjects and verbs are found within our sentences.
    """
    starts = {start for start, _ in _blocks(doc.text)}
    starts.update(end for _, end in dateline_spans(doc.text))
    for token in doc:
        if token.i > 0 and token.idx in starts:
            token.is_sent_start = True
    return doc


def install_block_boundaries(nlp: Language) -> None:
    """Add :func:`mark_blocks` to a pipeline, before its parser (idempotent)."""
    from spacy.language import Language

    if not Language.has_factory(BLOCKS_COMPONENT):
        Language.component(BLOCKS_COMPONENT, func=mark_blocks)
    if BLOCKS_COMPONENT not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(BLOCKS_COMPONENT, before="parser")


def sentence_at(spans: list[Span], offset: int) -> Span | None:
    """The span that contains ``offset`` (binary search over sorted spans), or None."""
    i = bisect.bisect_right(spans, offset, key=lambda span: span[0]) - 1
    if i >= 0 and spans[i][0] <= offset < spans[i][1]:
        return spans[i]
    return None


def _model_starts(text: str, doc: Doc | None) -> list[int]:
    """Sorted sentence start offsets from spaCy, or none when it has none to offer."""
    if doc is None or doc.text != text:
        return []
    if not (doc.has_annotation("SENT_START") or doc.has_annotation("DEP")):
        return []
    return sorted(sent.start_char for sent in doc.sents)


def _lines(text: str) -> list[Span]:
    """Line spans without their newline characters."""
    spans = []
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        spans.append((pos, pos + len(body)))
        pos += len(line)
    return spans


def _blocks(text: str) -> list[Span]:
    """Paragraphs, headlines and captions: runs of lines that belong to one another.

    A blank line always ends a block. A single newline ends one too unless the line
    was evidently wrapped mid-sentence (long, no closing punctuation, or followed by a
    lowercase continuation), so hard-wrapped plain text still yields whole sentences.
    """
    blocks: list[Span] = []
    current: Span | None = None
    prev_line = ""
    for start, end in _lines(text):
        line = text[start:end]
        if not line.strip():
            if current:
                blocks.append(current)
            current, prev_line = None, ""
            continue
        if current and _continues(prev_line, line):
            current = (current[0], end)
        else:
            if current:
                blocks.append(current)
            current = (start, end)
        prev_line = line
    if current:
        blocks.append(current)
    return [_strip(text, s, e) for s, e in blocks if text[s:e].strip()]


def _continues(prev: str, line: str) -> bool:
    """True when ``line`` carries on the sentence that ``prev`` left open."""
    prev_s, line_s = prev.rstrip(), line.lstrip()
    if _BULLET.match(line) or _HARD_END.search(prev_s):
        return False
    if line_s[:1].islower():
        return True
    return len(prev_s) >= _WRAP_WIDTH


def _strip(text: str, start: int, end: int) -> Span:
    """Shrink a span so it has no leading or trailing whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _split_block(text: str, start: int, end: int, model_starts: list[int]) -> list[Span]:
    """Sentences of one block: rule boundaries plus vetted spaCy boundaries."""
    cuts = set()
    for m in _BOUNDARY.finditer(text, start, end):
        nxt = _next_nonspace(text, m.end(), end)
        if nxt is not None and _is_boundary(text, m.start(), m.end(), nxt, end):
            cuts.add(nxt)
    for m in _WIDE_BOUNDARY.finditer(text, start, end):
        nxt = _next_nonspace(text, m.end(), end)
        if nxt is not None:
            cuts.add(nxt)
    first = bisect.bisect_right(model_starts, start)
    for pos in model_starts[first : bisect.bisect_left(model_starts, end)]:
        if _model_boundary_ok(text, start, pos, end):
            cuts.add(pos)
    pieces, prev = [], start
    for cut in sorted(cuts):
        pieces.append(_strip(text, prev, cut))
        prev = cut
    pieces.append(_strip(text, prev, end))
    return [p for p in pieces if p[0] < p[1]]


def _next_nonspace(text: str, pos: int, end: int) -> int | None:
    while pos < end and text[pos].isspace():
        pos += 1
    return pos if pos < end else None


def _is_boundary(
    text: str, punct_start: int, punct_end: int, nxt: int, end: int, *, model: bool = False
) -> bool:
    """Does the punctuation at ``punct_start`` end a sentence, given what follows?

    The rules want a capital (or digit, quote, bracket) next, or a letter of a script
    without case (Korean, Arabic, Hindi: "공개했다. 이 건물은"); a boundary the model
    proposes may start in lowercase ("iPhone sales …"), abbreviations still veto it.
    """
    first = text[nxt]
    starts = first.isdigit() or first in "\"“‘'([" or (first.isalpha() and not first.islower())
    if not model and not starts:
        return False
    if text[punct_start] != "." or text[punct_start:punct_end].startswith(".."):
        return True
    word = _word_before(text, punct_start)
    next_word = re.match(r"[\w']+", text[nxt:end])
    opener = bool(next_word) and next_word.group(0).lower() in _OPENERS  # type: ignore[union-attr]
    bare = word.rstrip(".").lower()
    if bare in _NEVER_FINAL:
        return False
    if bare in _MAYBE_FINAL or _DOTTED.fullmatch(word + "."):
        return opener
    return True


def _word_before(text: str, pos: int) -> str:
    """The run of non-space characters that ends at ``pos`` (the period's word)."""
    start = pos
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in '("“‘':
        start -= 1
    return text[start:pos]


def _model_boundary_ok(text: str, block_start: int, pos: int, end: int) -> bool:
    """Keep a spaCy boundary only where punctuation ends the previous sentence.

    The small model sometimes starts a sentence mid-clause or after "Sept."; the
    punctuation and abbreviation rules veto those.
    """
    window = max(block_start, pos - _LOOKBACK)  # only the end of the previous sentence
    before = text[window:pos].rstrip()
    m = _CLOSING.search(before)
    if not m:
        return False
    return _is_boundary(text, window + m.start(), window + m.end(), pos, end, model=True)


#: A piece that is only a (lead word and a) number and a short lower-case abbreviation:
#: "През 2019 г." before "Пловдив беше…" is the start of a sentence, not one.
_DATE_HEAD = re.compile(r"(?:\S+\s+)?\d{1,4}\.?\s+[^\W\d_A-Z]{1,3}\.")


def _merge_tails(text: str, pieces: list[Span]) -> list[Span]:
    """Attach a lone parenthetical like "(Photo: Reuters)" to the sentence before it,
    and a year with its abbreviation ("През 2019 г.") to the sentence after it."""
    out: list[Span] = []
    head = False
    for start, end in pieces:
        piece = text[start:end]
        lone = piece.startswith("(") and piece.endswith(")") and len(piece) <= 80
        if out and (lone or head):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
        head = bool(_DATE_HEAD.fullmatch(text[out[-1][0] : out[-1][1]]))
    return out
