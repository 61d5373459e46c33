"""Tagging a German, French or Spanish text: matches, the longest first, then anchoring.

Same contract as :func:`timeline_app.core.tagger.tag`: mentions sorted by offset,
non-overlapping, ``text[m.start:m.end] == m.text``; relative expressions resolve
against the reference date (or the date last talked about), never today's clock.
"""

from __future__ import annotations

import re
from dataclasses import replace

from timeline_app.core.timex.resolve import Context, resolved_mention
from timeline_app.core.timex.spans import when_for
from timeline_app.core.timex.spec import Spec
from timeline_app.core.timex_intl.clock import attach_clock, attach_part_before
from timeline_app.core.timex_intl.context_specs import RULES as CONTEXT_RULES
from timeline_app.core.timex_intl.context_specs import context_spec
from timeline_app.core.timex_intl.grammar import alternation, grammar
from timeline_app.core.timex_intl.lexicon import Lexicon
from timeline_app.core.timex_intl.longtail import adjust
from timeline_app.core.timex_intl.neighbours import coming_weekday, comparison_class, nowadays
from timeline_app.core.timex_intl.specs import spec_for
from timeline_app.core.timex_intl.surface import surface
from timeline_app.model import Day, Mention

_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def tag(text: str, *, reference: Day | None, language: str) -> list[Mention]:
    """Every date expression of ``text`` in ``language``, resolved against ``reference``."""
    found = _matches(text, language, reference.year if reference else None)
    ctx = Context(reference=reference)
    mentions = []
    extras = grammar(language).lex.extras
    future = extras.future
    endings = (
        re.compile(rf"(?<!\w)(?:{extras.future_endings})(?!\w)") if extras.future_endings else None
    )
    lex = grammar(language).lex
    derived = surface(language).derived
    for start, end, spec, m in found:
        if (
            spec.kind == "fixed"
            and spec.value[-2:].isdigit()
            and len(spec.value) <= 3
            and (comparison_class(text, start, language))
        ):
            continue  # "Sveriges äldsta fyr från 1600-talet": compared, not dated
        ctx.tense = 1 if _future(text, start, future, endings) else 0
        if (
            (spec.kind == "weekday" or (spec.kind == "partial" and derived))
            and spec.direction is None
            and coming_weekday(text, start, language)
        ):
            ctx.tense = 1  # "подпишут в пятницу"; a long-tail "у вересні її відремонтують"
        today = spec.kind == "shift" and spec.unit == "day" and not spec.offset
        if (
            today
            and not spec.suffix
            and (_in_sentence(text, start, lex.extras.habitual) or nowadays(text, start, language))
        ):
            spec = Spec("DATE", value="PRESENT_REF")  # "Heute besuchen jährlich …"
        mention = resolved_mention(spec, ctx, text, start, end)
        if m.groupdict().get("d1") and not m["year"] and mention.when is not None:
            mention = _day_range(mention, m, lex)
        if "/" in mention.value:
            mention = replace(mention, parts=_range_parts(m, text))
        mentions.append(mention)
    return _month_of_this_year(mentions, text)


#: What may stand between a month and "this year": "juni i år", "junio de este año".
_MONTH_YEAR_GAP = re.compile(r"\s*(?:de|di|del|do|des|van|z)?\s*$", re.I)


def _month_of_this_year(mentions: list[Mention], text: str) -> list[Mention]:
    """ "i juni i år", "en junio del año pasado": one month, in the year the relative
    phrase names, not a month and a separate year."""
    out: list[Mention] = []
    for mention in mentions:
        prev = out[-1] if out else None
        if (prev is not None and prev.when is not None and mention.when is not None
                and len(prev.value) == 7 and prev.value[4] == "-"
                and mention.relative and len(mention.value) == 4 and mention.value.isdigit()
                and _MONTH_YEAR_GAP.match(text[prev.end : mention.start])):  # fmt: skip
            value = f"{mention.value}{prev.value[4:]}"
            out[-1] = replace(prev, end=mention.end, text=text[prev.start : mention.end],
                              value=value, when=when_for(value, text=value),
                              relative=True)  # fmt: skip
            continue
        out.append(mention)
    return out


def _day_range(mention: Mention, m: re.Match[str], lex: Lexicon) -> Mention:
    """ "del 3 al 5 de marzo": the last day was placed in a year; the range is that
    year's first day to its last."""
    assert mention.when is not None
    year = mention.when.earliest.year
    last_month = lex.months[" ".join(m["mon"].lower().rstrip(".").split())]
    first_month = (
        lex.months[" ".join(m["m1"].lower().rstrip(".").split())] if m["m1"] else last_month
    )
    value = (f"{year:04d}-{first_month:02d}-{int(m['d1']):02d}/"
             f"{year:04d}-{last_month:02d}-{int(m['d2']):02d}")  # fmt: skip
    return replace(mention, value=value, when=when_for(value, text=mention.text))


def _range_parts(m: re.Match[str], text: str) -> tuple[Mention, ...]:
    """The two years of "zwischen 1400 und 1450", as TimeML annotates a range's ends."""
    parts = []
    for name, value in m.groupdict().items():
        if value and name[:2] in ("y1", "y2"):
            start, end = m.span(name)
            parts.append(Mention(start=start, end=end, text=text[start:end], type="DATE",
                                 value=value, when=when_for(value, text=value)))  # fmt: skip
    return tuple(parts)


def _matches(
    text: str, language: str, reference_year: int | None = None
) -> list[tuple[int, int, Spec, re.Match[str]]]:
    """Non-overlapping matches; where two overlap, the longer one (then the earlier rule)."""
    g = grammar(language)
    derived = surface(language).derived
    candidates: list[tuple[int, int, int, Spec, re.Match[str]]] = []
    sets: list[tuple[int, int]] = []  # "cada 19 de marzo": no part of it is a date either
    for order, (rule, pattern) in enumerate(g.rules):
        for m in pattern.finditer(text):
            if rule in CONTEXT_RULES:
                spec = context_spec(rule, m, g.lex, text, reference_year)
            else:
                spec = spec_for(rule, m, g.lex, text)
            if spec is not None and derived:
                spec = adjust(language, spec, text, m.end(), m.start())
            if spec is None:
                continue
            start = _start(rule, m)
            if _repeated(text, start, m.end(), g.lex):
                sets.append((start, m.end()))
                continue
            end = _trim(text, start, m.end())
            if (timed := attach_clock(text, end, spec, language)) is not None:
                end, spec = timed
            elif (timed := attach_part_before(text, start, spec)) is not None:
                start, spec = timed  # "na manhã de 1 de novembro de 1755"
            candidates.append((start, end, order, spec, m))
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    chosen: list[tuple[int, int, Spec, re.Match[str]]] = []
    for start, end, _, spec, m in candidates:
        if any(s <= start and end <= e for s, e in sets):
            continue
        if all(end <= c[0] or start >= c[1] for c in chosen):
            chosen.append((start, end, spec, m))
    return sorted(chosen, key=lambda c: c[0])


def _start(rule: str, m: re.Match[str]) -> int:
    """Where the date starts: "Januar" of "im Januar", "80" of "nell'80"."""
    if rule == "month":
        return m.start("mon")
    if rule == "short_year":
        return m.start("yy") if m.groupdict().get("yy") else m.start("yy2")
    return m.start()


def _repeated(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """A set, not a date: "cada 19 de marzo", "jeden Montag", "de lunes a domingo"."""
    before = " ".join(text[max(0, start - 32) : start].lower().split())
    if lex.extras.every and re.search(rf"(?:^|\s)(?:{alternation(lex.extras.every)})$", before):
        return True
    if _every_after(text, end, lex):  # "3 март всяка година", "1 мая каждый год"
        return True
    spaceless_every = lex.extras.every and surface(lex.code).spaceless  # "每周五", "毎週金曜日"
    if spaceless_every and re.search(rf"(?:{alternation(lex.extras.every)})\s*$", before):
        return True
    # "co roku 1 listopada", "chaque année le 1er mai", "jedes Jahr am 3. Oktober"
    lead = alternation(lex.extras.weekday_lead)
    habitual = alternation(lex.extras.habitual)
    if habitual and re.search(rf"(?:^|\s)(?:{habitual}),?(?:\s+(?:{lead}))?$", before):
        return True
    if _month_to_month(text, start, end, lex):
        return True
    # "de lunes a domingo", "van donderdag tot en met zondag", "de segunda a sábado": the
    # language's own range words, and weekday names too short to stand alone ("segunda")
    days = alternation([*lex.weekdays, *lex.extras.not_weekdays])
    between = {b for _, b in (*lex.extras.range_words, *lex.extras.day_ranges)}
    between |= {"a", "al", "au", "à", "bis", "–", "-", "tot en met"}
    joined = rf"(?:{alternation(between)})\s+(?:el\s+|le\s+)?"
    after = text[end : end + 24]
    if not days or not re.match(rf"(?:{days})", text[start:end], re.I):
        return False
    if _every_listed(before, lex):  # "mỗi tối thứ Bảy và Chủ nhật": every, three words back
        return True
    return bool(
        re.match(rf"\s*{joined}(?:{days})(?!\w)", after, re.I)
        or re.search(rf"(?:{days})\s+{joined}$", text[max(0, start - 30) : start], re.I)
    )


def _every_after(text: str, end: int, lex: Lexicon) -> bool:
    """A date followed by "every year" (or month, week): "на 3 март всяка година"."""
    units = [w for w, unit in lex.units.items() if unit in ("year", "month", "week")]
    if not lex.extras.every or not units:
        return False
    every, unit = alternation(lex.extras.every), alternation(units)
    after = text[end : end + 40]
    return re.match(rf",?\s+(?:{every})\s+(?:{unit})(?!\w)", after, re.I) is not None


def _every_listed(before: str, lex: Lexicon) -> bool:
    """A long-tail language's "every" a few words before a weekday, in its clause: the
    weekday is one of a list of repeated days ("mỗi tối thứ Bảy và Chủ nhật")."""
    if not lex.extras.every or not surface(lex.code).derived:
        return False
    every = alternation(lex.extras.every)
    return re.search(rf"(?:^|\s)(?:{every})(?:\s+[^\s.,;:!?]+){{1,3}}\s*$", before) is not None


def _month_to_month(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """ "öppet från maj till september", "geöffnet von April bis Oktober": two bare
    months joined as a range, with no year, are a season that comes back every year."""
    if any(ch.isdigit() for ch in text[start:end]):
        return False
    months = alternation(lex.months)
    between = alternation({b for _, b in (*lex.extras.range_words, *lex.extras.day_ranges)}
                          | {"–", "-"})  # fmt: skip
    joined = rf"\s*(?:{between})\s+"
    after = re.match(rf"{joined}(?:{months})\.?(?![\w-])(?!\s+\d)", text[end : end + 40], re.I)
    window = text[max(0, start - 40) : start]
    before = re.search(rf"(?<![\d\s])\s*(?:{months})\.?{joined}$", window, re.I)
    return bool(after or before) and not re.match(r"\s+\d", text[end : end + 4])


def _in_sentence(text: str, start: int, words: tuple[str, ...]) -> bool:
    """Whether the sentence around ``start`` has one of ``words``."""
    begin = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    after = _SENTENCE_END.search(text, start)
    sentence = " ".join(text[begin : after.start() if after else len(text)].lower().split())
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", sentence) for w in words)


def _trim(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _future(
    text: str, start: int, words: tuple[str, ...], endings: re.Pattern[str] | None = None
) -> bool:
    """Whether the sentence around ``start`` speaks of the future ("wird", "va", "será",
    or a verb in the future tense: "comparecerá", "se tiendra")."""
    begin = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    after = _SENTENCE_END.search(text, start)
    sentence = text[begin : after.start() if after else len(text)].lower()
    if any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", sentence) for w in words):
        return True
    return endings is not None and endings.search(sentence) is not None
