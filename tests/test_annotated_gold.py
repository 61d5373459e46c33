"""Checks the hand-written gold files in ``tests/data/annotated/`` (no NLP, runs in milliseconds).

The event benchmark trusts these files: a quote that no longer occurs in its article, or a
trap that overlaps a real date, would silently turn into a "miss" or a "trap hit" that no
engine could fix. So every gold file is validated against its article here, whenever the
articles or the gold change.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from types import ModuleType

import pytest

from timeline_app.model import Day, Granularity
from timeline_app.model.when import days_in_month

DATA = Path(__file__).parent / "data" / "annotated"
# articles written after the rules, never tuned on before their first run
HELDOUT = DATA / "heldout"
# languages read only through dateparser's locale data, written before those rules (held out)
LONGTAIL = DATA / "longtail"
# a second long-tail set, written while rules were tuned on the first: held out until its run
LONGTAIL2 = DATA / "longtail2"
GOLD_FILES = (
    sorted(DATA.glob("*.gold.json"))
    + sorted(HELDOUT.glob("*.gold.json"))
    + sorted(LONGTAIL.glob("*.gold.json"))
    + sorted(LONGTAIL2.glob("*.gold.json"))
)
ARTICLE_SUFFIXES = (".txt", ".md", ".html")
GRANULARITIES = {g.value for g in Granularity}
REFERENCE_SOURCES = {"dateline", "published-line", "html-meta", "user"}
EVENT_KEYS = {"value", "start", "end", "granularity", "approximate", "quote", "date_text"}
OPTIONAL_EVENT_KEYS = {"relative", "range", "title"}
LANGUAGE_CODES = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "no", "cs", "ro",
                  "fi", "tr", "ru", "uk", "el", "hu", "id", "ca", "hr", "ar", "hi", "ja", "zh",
                  "vi", "ko", "bg", "he")  # fmt: skip
# written without spaces between words: their length is counted in characters
UNSPACED_LANGUAGES = ("ja", "zh")
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11)}
_META_PUBLISHED = re.compile(
    r'<meta\s+property="article:published_time"\s+content="(\d{4}-\d{2}-\d{2})', re.I
)


class _ArticleText(HTMLParser):
    """Collects the text inside ``<article>``: what a reader (and the loader) sees as the story."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._depth = 0
        self._skip = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "article":
            self._depth += 1
        elif tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self._depth -= 1
        elif tag in ("script", "style"):
            self._skip -= 1
        elif tag in ("p", "h1", "h2", "li") and self._depth:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._depth and not self._skip:
            self.parts.append(data)


def article_path(gold: Path) -> Path:
    """The article a gold file annotates: same stem, one of the supported suffixes."""
    stem = gold.name.removesuffix(".gold.json")
    found = [
        gold.with_name(stem + s) for s in ARTICLE_SUFFIXES if gold.with_name(stem + s).exists()
    ]
    assert len(found) == 1, f"{gold.name}: expected exactly one article, found {found}"
    return found[0]


def visible_text(path: Path) -> str:
    """Article text as annotated: the file itself, or for HTML the ``<article>`` text only."""
    raw = path.read_text(encoding="utf-8")
    if path.suffix != ".html":
        return raw
    parser = _ArticleText()
    parser.feed(raw)
    return "".join(parser.parts)


def expected_span(value: str) -> tuple[Day, Day, str] | None:
    """Span and granularity a simple TIMEX3 value implies, or None for forms not checked here."""
    if "/" in value:
        first, last = value.split("/", 1)
        a, b = expected_span(first), expected_span(last)
        if a is None or b is None:
            return None
        finer = min(a[2], b[2], key=lambda g: Granularity(g).rank)
        return a[0], b[1], finer
    if m := re.fullmatch(r"BC(\d{1,4})", value):
        year = 1 - int(m.group(1))
        return Day(year, 1, 1), Day(year, 12, 31), "year"
    if m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)(T\d\d:\d\d|T(?:MO|AF|EV|NI))?", value):
        day = Day(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return day, day, "time" if m.group(4) else "day"
    if m := re.fullmatch(r"(\d{4})-W(\d\d)", value):
        monday = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        first = Day(monday.year, monday.month, monday.day)
        return first, first.shifted(6), "week"
    if m := re.fullmatch(r"(\d{4})-(\d\d)", value):
        y, mo = int(m.group(1)), int(m.group(2))
        return Day(y, mo, 1), Day(y, mo, days_in_month(y, mo)), "month"
    if m := re.fullmatch(r"(\d{4})-(Q[1-4]|H[12]|SP|SU|FA)", value):
        return _part_of_year(int(m.group(1)), m.group(2))
    if re.fullmatch(r"\d{4}", value):
        return Day(int(value), 1, 1), Day(int(value), 12, 31), "year"
    if re.fullmatch(r"\d{3}", value):
        return Day(int(value) * 10, 1, 1), Day(int(value) * 10 + 9, 12, 31), "decade"
    if re.fullmatch(r"\d{2}", value):
        return Day(int(value) * 100, 1, 1), Day(int(value) * 100 + 99, 12, 31), "century"
    return None


def _part_of_year(year: int, part: str) -> tuple[Day, Day, str]:
    if part in SEASON_MONTHS:
        first, last, granularity = *SEASON_MONTHS[part], "season"
    elif part.startswith("Q"):
        first, last, granularity = 3 * int(part[1]) - 2, 3 * int(part[1]), "quarter"
    else:
        first, last, granularity = (1, 6, "half") if part == "H1" else (7, 12, "half")
    return Day(year, first, 1), Day(year, last, days_in_month(year, last)), granularity


def occurrences(text: str, needle: str) -> list[int]:
    """Every start offset of ``needle`` in ``text`` (overlapping matches included)."""
    return [m.start() for m in re.finditer(f"(?={re.escape(needle)})", text)]


def date_spans(text: str, event: dict[str, object]) -> list[tuple[int, int]]:
    """Where the event's date phrase sits in the text: inside each occurrence of its quote."""
    quote, date_text = str(event["quote"]), str(event["date_text"])
    offset = quote.find(date_text)
    return [(q + offset, q + offset + len(date_text)) for q in occurrences(text, quote)]


def load(gold: Path) -> tuple[dict[str, object], str]:
    """The parsed gold file and its article's visible text."""
    return json.loads(gold.read_text(encoding="utf-8")), visible_text(article_path(gold))


def test_enough_articles() -> None:
    assert len(GOLD_FILES) >= 28


@pytest.mark.parametrize("gold", GOLD_FILES, ids=lambda p: p.name.removesuffix(".gold.json"))
def test_gold_shape(gold: Path) -> None:
    data, _ = load(gold)
    assert set(data) <= {"reference_date", "reference_source", "language", "events", "traps"}
    assert data.get("language", "en") in LANGUAGE_CODES
    ref = data["reference_date"]
    assert ref is None or Day.parse(str(ref)).iso() == ref
    assert data.get("reference_source", "dateline") in REFERENCE_SOURCES
    assert isinstance(data["events"], list)
    assert data["events"], "every article has at least one event"
    assert isinstance(data["traps"], list)
    assert all(isinstance(t, str) and t for t in data["traps"])
    for event in data["events"]:
        assert EVENT_KEYS <= set(event) <= EVENT_KEYS | OPTIONAL_EVENT_KEYS, event
        assert event["granularity"] in GRANULARITIES, event
        assert isinstance(event["approximate"], bool), event
        assert Day.parse(event["start"]) <= Day.parse(event["end"]), event
        _check_title_criterion(event)


def _check_title_criterion(event: dict[str, object]) -> None:
    """A "title" is a list of word groups (subject, verb, object), each a list of stems."""
    groups = event.get("title")
    if groups is None:
        return
    assert isinstance(groups, list), event
    assert 2 <= len(groups) <= 3, event
    for group in groups:
        assert isinstance(group, list), event
        assert group, event
        assert all(isinstance(s, str) and s == s.lower() and s.strip() for s in group), event


@pytest.mark.parametrize("gold", GOLD_FILES, ids=lambda p: p.name.removesuffix(".gold.json"))
def test_values_match_spans(gold: Path) -> None:
    data, _ = load(gold)
    for event in data["events"]:
        expected = expected_span(event["value"])
        assert expected is not None, f"value form not understood: {event['value']}"
        first, last, granularity = expected
        assert (Day.parse(event["start"]), Day.parse(event["end"])) == (first, last), event
        assert event["granularity"] == granularity, event
        assert event.get("range", False) == ("/" in event["value"]), event


@pytest.mark.parametrize("gold", GOLD_FILES, ids=lambda p: p.name.removesuffix(".gold.json"))
def test_strings_occur_in_article(gold: Path) -> None:
    data, text = load(gold)
    words = len(text.split())
    if data.get("language") in UNSPACED_LANGUAGES:
        words = len("".join(text.split())) // 2  # ~2 characters a word
    assert 150 <= words <= 600, f"{words} words"
    for event in data["events"]:
        assert event["quote"] in text, event["quote"]
        assert event["date_text"] in event["quote"], event
    for trap in data["traps"]:
        assert trap in text, trap
    lowered = text.lower()
    for event in data["events"]:
        for group in event.get("title", []):
            assert any(stem in lowered for stem in group), (group, event["quote"])


@pytest.mark.parametrize("gold", GOLD_FILES, ids=lambda p: p.name.removesuffix(".gold.json"))
def test_events_distinct_and_traps_clear_of_dates(gold: Path) -> None:
    data, text = load(gold)
    keys = [(e["quote"], e["date_text"], e["value"]) for e in data["events"]]
    assert len(keys) == len(set(keys)), "an event is listed twice"
    spans = [s for e in data["events"] for s in date_spans(text, e)]
    for trap in data["traps"]:
        for start in occurrences(text, trap):
            end = start + len(trap)
            clash = [(a, b) for a, b in spans if a < end and start < b]
            assert not clash, f"trap {trap!r} overlaps date {text[clash[0][0] : clash[0][1]]!r}"


@pytest.mark.parametrize("gold", GOLD_FILES, ids=lambda p: p.name.removesuffix(".gold.json"))
def test_reference_date_is_written_where_claimed(gold: Path) -> None:
    data, text = load(gold)
    source, ref = data.get("reference_source"), data["reference_date"]
    assert (source is None) == (ref is None)
    if source == "html-meta":
        meta = _META_PUBLISHED.search(article_path(gold).read_text(encoding="utf-8"))
        assert meta is not None
        assert meta.group(1) == ref
    elif source == "published-line":
        published = (
            r"\b(?:Published|Veröffentlicht|Publié|Publicado|Pubblicato|Gepubliceerd|"
            r"Opublikowano|Publicerad|Publicat)\b|公開日|发布时间|掲載日|입력|פורסם"
        )
        assert re.search(r"^.{0,40}(?:" + published + ")", text, re.M)
    elif source == "dateline":
        # "MÜNCHEN, 14. März 2022 –", "MADRID, 4 de octubre de 2017 (EFE) –" too
        dateline = r"^[A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ž .-]+, .{6,25}\d{4}(?: \([^()]{2,30}\))? [—–-] "
        assert re.search(dateline, text, re.M) or _any_script_dateline(text)


def _any_script_dateline(text: str) -> bool:
    """A dateline in any script or order ("НОВОСИБИРСК, 17 октября 2023 —",
    "DEBRECEN, 2024. szeptember 12. –"): a place in capitals, a comma, a date with its year."""
    for line in text.splitlines():
        m = re.match(r"([^\W\d_][^,\d]{1,30}), (.{4,30}?) [—–-] ", line)
        if m and m.group(1).isupper() and re.search(r"\d{4}", m.group(2)):
            return True
    return False


def test_second_longtail_set_has_one_article_per_language() -> None:
    """The held-out set is reported per language: each one must be there, once."""
    languages = [load(g)[0].get("language") for g in sorted(LONGTAIL2.glob("*.gold.json"))]
    expected = ["ru", "uk", "el", "hu", "id", "ar", "ja", "zh", "vi", "ko", "bg", "he"]
    assert sorted(languages) == sorted(expected)


def test_collection_covers_the_phenomena() -> None:
    golds = [load(g) for g in GOLD_FILES]
    events = [e for data, _ in golds for e in data["events"]]
    sources = [data.get("reference_source") for data, _ in golds]
    html = [g for g in GOLD_FILES if article_path(g).suffix == ".html"]
    captions = [
        text
        for _, text in golds
        if any(text.count(line) > 1 for line in text.splitlines() if len(line) > 40)
    ]
    assert sources.count("dateline") >= 6
    assert sources.count("html-meta") >= 4
    assert len(html) >= 4
    assert sources.count("published-line") >= 3
    assert sum(1 for data, _ in golds if any(e.get("relative") for e in data["events"])) >= 8
    assert sum(1 for data, _ in golds if any(e.get("range") for e in data["events"])) >= 5
    assert sum(1 for data, _ in golds if any("BC" in e["value"] for e in data["events"])) >= 3
    assert sum(1 for data, _ in golds if any(e["approximate"] for e in data["events"])) >= 5
    assert len(captions) >= 2
    assert {e["granularity"] for e in events} >= {
        "time",
        "day",
        "month",
        "season",
        "quarter",
        "half",
        "year",
        "decade",
        "century",
    }


# -- the scorer of benchmarks/events.py, checked against the gold itself --------------------
def _load_benchmark() -> ModuleType:
    """``benchmarks/events.py`` as a module (``benchmarks`` is a folder of scripts)."""
    path = Path(__file__).resolve().parent.parent / "benchmarks" / "events.py"
    spec = importlib.util.spec_from_file_location("events_benchmark", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    return _load_benchmark()


def as_system_output(data: dict[str, object], text: str) -> dict[str, list[dict[str, object]]]:
    """What a perfect engine would print for this gold (the CLI's ``extract --json`` shape).

    One event per gold event, with every occurrence of a repeated sentence as a source and
    offsets into ``text``, so the scorer must give it full marks.
    """
    events = []
    for event in data["events"]:
        quote = str(event["quote"])
        sources = [
            {
                "document": "doc",
                "start": a - quote.find(str(event["date_text"])),
                "end": a - quote.find(str(event["date_text"])) + len(quote),
                "date_start": a,
                "date_end": b,
                "quote": quote,
            }
            for a, b in date_spans(text, event)
        ]
        date = {k: event[k] for k in ("value", "start", "end", "granularity", "approximate")}
        events.append(
            {"date": {**date, "text": event["date_text"]}, "quote": quote, "sources": sources}
        )
    return {"documents": [], "events": events}


@pytest.mark.parametrize("gold", GOLD_FILES, ids=lambda p: p.name.removesuffix(".gold.json"))
def test_scorer_gives_gold_a_perfect_score(bench: ModuleType, gold: Path) -> None:
    data, text = load(gold)
    article = bench.Article(gold.name, article_path(gold), data, text)
    outcome = bench.score(article, as_system_output(data, text))
    assert outcome.found == outcome.gold == outcome.exact == len(data["events"])
    assert outcome.false_positives == []
    assert outcome.trap_events == []


def test_scorer_flags_traps_duplicates_and_wrong_dates(bench: ModuleType) -> None:
    gold = DATA / "06-greece-france-defence.gold.json"
    data, text = load(gold)
    output = as_system_output(data, text)
    caption = next(e for e in output["events"] if len(e["sources"]) == 2)
    first, second = caption["sources"]
    caption["sources"] = [first]  # an engine that did not merge the repeated caption
    output["events"].append({**caption, "sources": [second]})
    trap_start = text.index("S-400")
    output["events"].append(
        {
            "date": {
                "text": "400",
                "value": "0400",
                "start": "0400-01-01",
                "end": "0400-12-31",
                "granularity": "year",
                "approximate": False,
            },
            "quote": "",
            "sources": [{"date_start": trap_start + 2, "date_end": trap_start + 5}],
        }
    )
    wrong = output["events"][1]  # [0] is the caption
    wrong["date"] = {**wrong["date"], "value": "1999", "start": "1999-01-01", "end": "1999-12-31"}
    outcome = bench.score(bench.Article(gold.name, article_path(gold), data, text), output)
    assert outcome.found == len(data["events"]) - 1
    assert len(outcome.false_positives) == 3  # the duplicate, the trap, the wrong date
    assert [t["traps"] for t in outcome.trap_events] == [["S-400"]]
    assert outcome.misses[0]["near"]["value"] == "1999"


def test_scorer_value_conventions(bench: ModuleType) -> None:
    assert bench.canonical_value("BC2560") == bench.canonical_value("-2559")
    approx = {
        "value": "2021-08",
        "start": "2021-08-01",
        "end": "2021-08-31",
        "granularity": "month",
        "approximate": True,
    }
    narrowed = {**approx, "end": "2021-08-10"}
    assert bench.exact_date(approx, narrowed)
    assert not bench.exact_date({**approx, "approximate": False}, narrowed)
    assert bench.span_overlap(approx, {"start": "2021-07-01", "end": "2021-08-01"})
    assert not bench.span_overlap(approx, {"start": "2021-09-01", "end": "2021-09-30"})


def test_scorer_reports_each_language_on_its_own(bench: ModuleType) -> None:
    outcomes = [
        bench.Outcome("a", gold=4, system=4, found=4, language="en"),
        bench.Outcome(
            "b", gold=5, system=4, found=3, language="de", false_positives=[{"value": "2020"}]
        ),
        bench.Outcome("c", gold=2, system=2, found=2, language="de"),
    ]
    rows = bench.by_language(outcomes)
    assert list(rows) == ["en", "de"]
    assert (rows["de"]["articles"], rows["de"]["gold_events"]) == (2, 7)
    assert rows["de"]["recall"] == round(5 / 7, 4)
    assert rows["de"]["precision"] == round(5 / 6, 4)
    assert rows["en"]["recall"] == 1.0


@pytest.mark.parametrize("gold", GOLD_FILES, ids=lambda p: p.name.removesuffix(".gold.json"))
def test_non_english_articles_say_their_language(gold: Path) -> None:
    data, text = load(gold)
    english_words = sum(text.count(w) for w in (" the ", " and ", " of "))
    if data.get("language", "en") == "en":
        assert english_words >= 3, "an article in another language must say which"
