"""The event builder: which mentions become events, quotes, titles, actors, confidence.

Most tests hand-build mentions (and spaCy Docs) so they test this module alone; the
``slow`` ones at the end run the real model and tagger on tests/data/articles.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc
from spacy.vocab import Vocab

from tests.core._tagging import parsed
from timeline_app.core.extract import extract_events, is_anchored
from timeline_app.model import Day, Document, Granularity, Mention, When
from timeline_app.model.document import document_id
from timeline_app.model.mention import DATE, DURATION, SET, TIME

ARTICLES = Path(__file__).resolve().parent.parent / "data" / "articles"


def make_doc(text: str, reference: Day | None = None) -> Document:
    return Document(document_id(text), "t.txt", "T", text, reference_date=reference)


def mention(
    text: str,
    phrase: str,
    value: str,
    span: tuple[Day, Day] | None,
    *,
    kind: str = DATE,
    granularity: Granularity = Granularity.DAY,
    nth: int = 0,
    **extra: object,
) -> Mention:
    """A mention of the ``nth`` occurrence of ``phrase`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    when = None
    if span is not None:
        approximate = bool(extra.pop("approximate", False))
        when = When(value, span[0], span[1], granularity, approximate=approximate, text=phrase)
    return Mention(start, start + len(phrase), phrase, kind, value, when, **extra)  # type: ignore[arg-type]


def day(y: int, m: int, d: int) -> tuple[Day, Day]:
    return Day(y, m, d), Day(y, m, d)


def year(y: int) -> tuple[Day, Day]:
    return Day(y, 1, 1), Day(y, 12, 31)


def events_of(text: str, mentions: list[Mention], reference: Day | None = None):  # type: ignore[no-untyped-def]
    return extract_events(make_doc(text, reference), mentions=mentions, parse=False)


def test_one_event_per_anchored_mention_with_exact_provenance() -> None:
    text = "Intro line here.\n\nThe dam was finished on 2 May 1931. Nothing else happened."
    [event] = events_of(text, [mention(text, "2 May 1931", "1931-05-02", day(1931, 5, 2))])
    [source] = event.sources
    assert event.quote == "The dam was finished on 2 May 1931."
    assert text[source.start : source.end] == event.quote
    assert text[source.date_start : source.date_end] == "2 May 1931"
    assert event.when.value == "1931-05-02"
    assert event.when.text == "2 May 1931"


def test_durations_sets_vague_and_unresolved_mentions_make_no_events() -> None:
    text = (
        "The siege lasted nearly two weeks. Markets open every Monday. "
        "Prices are high now. The letters arrived yesterday."
    )
    mentions = [
        mention(text, "nearly two weeks", "P2W", None, kind=DURATION),
        mention(text, "every Monday", "XXXX-WXX-1", None, kind=SET),
        mention(text, "now", "PRESENT_REF", day(2020, 1, 1)),
        mention(text, "yesterday", "XXXX-XX-XX", None, unresolved=True, relative=True),
    ]
    assert events_of(text, mentions) == []
    assert not any(is_anchored(m) for m in mentions)


def test_dates_in_bylines_published_and_copyright_lines_are_not_events() -> None:
    text = (
        "Library hours change\nBy Jane Roe | 12 February 2023\nPublished: 12 February 2023\n\n"
        "The library was founded in 1911 by teachers.\n\n© 2023 Example Media."
    )
    mentions = [
        mention(text, "12 February 2023", "2023-02-12", day(2023, 2, 12)),
        mention(text, "12 February 2023", "2023-02-12", day(2023, 2, 12), nth=1),
        mention(text, "1911", "1911", year(1911), granularity=Granularity.YEAR),
        mention(text, "2023", "2023", year(2023), granularity=Granularity.YEAR, nth=2),
    ]
    assert [e.when.value for e in events_of(text, mentions)] == ["1911"]


def test_dateline_is_metadata_and_the_quote_starts_after_it() -> None:
    text = "BRUSSELS, March 14, 2023 — The ministers approved the budget on Monday."
    mentions = [
        mention(text, "March 14, 2023", "2023-03-14", day(2023, 3, 14)),
        mention(text, "Monday", "2023-03-13", day(2023, 3, 13), relative=True),
    ]
    [event] = events_of(text, mentions, reference=Day(2023, 3, 14))
    assert event.quote == "The ministers approved the budget on Monday."
    assert event.sources[0].start == text.index("The ministers")
    assert event.when.value == "2023-03-13"


def test_fallback_title_drops_date_adverbials_appositions_and_concessions() -> None:
    text = (
        "Earlier, in 2018, Norland, a founding member, bought the K-9 radar from Vestia "
        "despite protests from Ostmark."
    )
    mentions = [mention(text, "2018", "2018", year(2018), granularity=Granularity.YEAR)]
    [event] = events_of(text, mentions)
    assert event.title == "Norland bought the K-9 radar from Vestia"
    assert event.when.granularity is Granularity.YEAR


def test_without_a_parse_a_bare_date_is_not_an_event() -> None:
    text = "Spring 2020\n\nThe ferry sank in the spring of 2020 near the cape."
    mentions = [
        mention(text, "Spring 2020", "2020-SP", year(2020), granularity=Granularity.SEASON),
        mention(text, "the spring of 2020", "2020-SP", year(2020), granularity=Granularity.SEASON),
    ]
    [event] = events_of(text, mentions)
    assert event.quote == "The ferry sank in the spring of 2020 near the cape."


def test_clock_times_next_to_sets_or_dates_do_not_make_their_own_events() -> None:
    text = "The shop opens until 9 p.m. on Fridays. Guards left at 3 p.m. on 4 May 2020."
    ref = Day(2020, 5, 10)
    mentions = [
        mention(text, "9 p.m.", "2020-05-10T21:00", day(2020, 5, 10), kind=TIME, relative=True),
        mention(text, "Fridays", "XXXX-WXX-5", None, kind=SET),
        mention(text, "3 p.m. on 4 May 2020", "2020-05-04T15:00", day(2020, 5, 4), kind=TIME),
    ]
    events = events_of(text, mentions, reference=ref)
    assert [e.when.value for e in events] == ["2020-05-04T15:00"]


def test_confidence_prefers_precise_exact_dates() -> None:
    text = "The fort was built around 1650. The fort burned on 3 June 1701."
    mentions = [
        mention(
            text, "around 1650", "1650", year(1650), granularity=Granularity.YEAR, approximate=True
        ),
        mention(text, "3 June 1701", "1701-06-03", day(1701, 6, 3)),
    ]
    approx, exact = events_of(text, mentions)
    assert 0 < approx.confidence < exact.confidence <= 1


def test_ids_depend_on_what_is_said_not_where() -> None:
    body = "The dam was finished on 2 May 1931."
    a, b = body, "Another intro.\n\n" + body
    ev_a = events_of(a, [mention(a, "2 May 1931", "1931-05-02", day(1931, 5, 2))])[0]
    ev_b = events_of(b, [mention(b, "2 May 1931", "1931-05-02", day(1931, 5, 2))])[0]
    assert ev_a.id == ev_b.id


def test_a_doc_of_a_different_text_is_ignored() -> None:
    text = "The dam was finished on 2 May 1931."
    other = Doc(Vocab(), words=["Something", "else", "."])
    document = make_doc(text)
    events = extract_events(
        document, doc=other, mentions=[mention(text, "2 May 1931", "1931-05-02", day(1931, 5, 2))]
    )
    assert len(events) == 1


# -- with a hand-built parse (no model needed) -------------------------------------------
WORDS = ["In", "2019", ",", "Norland", ",", "a", "member", ",", "bought", "the", "radar",
         "from", "Vestia", "for", "talks", "in", "Sochi", "despite", "protests", "."]  # fmt: skip
HEADS = [8, 0, 8, 8, 3, 6, 3, 3, 8, 10, 8, 8, 11, 8, 13, 14, 15, 8, 17, 8]
DEPS = ["prep", "pobj", "punct", "nsubj", "punct", "det", "appos", "punct", "ROOT", "det",
        "dobj", "prep", "pobj", "prep", "pobj", "prep", "pobj", "prep", "pobj",
        "punct"]  # fmt: skip
POS = ["ADP", "NUM", "PUNCT", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "DET", "NOUN",
       "ADP", "PROPN", "ADP", "NOUN", "ADP", "PROPN", "SCONJ", "NOUN", "PUNCT"]  # fmt: skip
ENTS = ["O", "B-DATE", "O", "B-GPE", "O", "O", "O", "O", "O", "O", "O", "O", "B-GPE", "O", "O",
        "O", "B-GPE", "O", "O", "O"]  # fmt: skip


def parsed_doc() -> Doc:
    spaces = [not (i + 1 < len(WORDS) and WORDS[i + 1] in ",.") for i in range(len(WORDS))]
    spaces[-1] = False
    return Doc(Vocab(), words=WORDS, spaces=spaces, heads=HEADS, deps=DEPS, pos=POS, ents=ENTS)


def test_title_actors_and_places_from_the_parse() -> None:
    doc = parsed_doc()
    document = make_doc(doc.text)
    ments = [mention(doc.text, "2019", "2019", year(2019), granularity=Granularity.YEAR)]
    [event] = extract_events(document, doc=doc, mentions=ments)
    assert event.title == "Norland bought the radar from Vestia for talks in Sochi"
    assert event.actors == ("Norland", "Vestia")
    assert event.places == ("Sochi",)


def test_a_parsed_sentence_without_a_verb_is_not_an_event() -> None:
    words = ["Norland", "radar", "deal", ",", "2019"]
    doc = Doc(
        Vocab(),
        words=words,
        spaces=[True, True, False, True, False],
        heads=[2, 2, 2, 2, 2],
        deps=["compound", "compound", "ROOT", "punct", "npadvmod"],
        pos=["PROPN", "NOUN", "NOUN", "PUNCT", "NUM"],
    )
    ments = [mention(doc.text, "2019", "2019", year(2019), granularity=Granularity.YEAR)]
    assert extract_events(make_doc(doc.text), doc=doc, mentions=ments) == []


# -- the real model and tagger ---------------------------------------------------------
def real_events(name: str):  # type: ignore[no-untyped-def]
    from timeline_app.core.reference import find_reference

    text = (ARTICLES / name).read_text(encoding="utf-8")
    document = make_doc(text)
    ref, _ = find_reference(document)
    return extract_events(make_doc(text, ref))


@pytest.mark.slow
def test_real_traps_article_yields_only_the_real_date() -> None:
    events = real_events("traps.txt")
    assert [e.when.value for e in events] == ["2017-11-08"]
    assert events[0].title.startswith("The two countries signed a trade agreement")


@pytest.mark.slow
def test_real_dateline_article_resolves_relative_dates() -> None:
    values = {e.when.value for e in real_events("dateline_relative.txt")}
    assert {"2024-06-03", "2024-07", "2021-03", "2022-05-12", "2023-09-30"} <= values
    assert not any(v.startswith(("P", "XXXX", "PRESENT")) for v in values)


@pytest.mark.slow
def test_real_article_without_reference_keeps_relatives_out() -> None:
    events = real_events("no_reference.txt")
    assert [(e.when.value, e.title) for e in events] == [
        ("1848", "The letters were written by a sailor from Bremen")
    ]


# -- dates that do not place a happening ------------------------------------------------
def test_recurring_dates_and_opening_hours_are_not_events() -> None:
    text = "The race is held every April. The hall is open daily from 10:00 to 18:00."
    ref = Day(2024, 5, 3)
    mentions = [
        mention(text, "April", "2024-04", year(2024), granularity=Granularity.MONTH),
        mention(text, "daily", "P1D", None, kind=SET),
        mention(text, "10:00", "2024-05-03T10:00", day(2024, 5, 3), kind=TIME, relative=True),
        mention(text, "18:00", "2024-05-03T18:00", day(2024, 5, 3), kind=TIME, relative=True),
    ]
    assert events_of(text, mentions, reference=ref) == []


def test_a_year_inside_a_name_is_not_an_event() -> None:
    text = "The rover, part of the Mars 2020 mission, landed safely. The 2019 election was close."
    mentions = [
        mention(text, "2020", "2020", year(2020), granularity=Granularity.YEAR),
        mention(text, "2019", "2019", year(2019), granularity=Granularity.YEAR),
    ]
    assert [e.when.value for e in events_of(text, mentions)] == ["2019"]


def test_a_clock_time_on_its_own_is_an_event_of_the_reference_day() -> None:
    text = "Police arrived at 3 p.m. and closed the road."
    ments = [
        mention(text, "3 p.m.", "2024-05-03T15:00", day(2024, 5, 3), kind=TIME, relative=True)
    ]
    [event] = events_of(text, ments, reference=Day(2024, 5, 3))
    assert event.when.value == "2024-05-03T15:00"
    assert event.title == "Police arrived and closed the road"


def tagged_doc(words: list[str], pos: list[str], deps: list[str], heads: list[int]) -> Doc:
    spaces = [not (i + 1 < len(words) and words[i + 1] in ",.") for i in range(len(words))]
    spaces[-1] = False
    return Doc(Vocab(), words=words, spaces=spaces, pos=pos, deps=deps, heads=heads)


def test_a_season_modifying_a_noun_is_not_an_event() -> None:
    doc = tagged_doc(
        ["The", "museum", "opens", "its", "summer", "show", "."],
        ["DET", "NOUN", "VERB", "PRON", "NOUN", "NOUN", "PUNCT"],
        ["det", "nsubj", "ROOT", "poss", "compound", "dobj", "punct"],
        [1, 2, 2, 5, 5, 2, 2],
    )
    ments = [mention(doc.text, "summer", "2024-SU", year(2024), granularity=Granularity.SEASON)]
    assert extract_events(make_doc(doc.text), doc=doc, mentions=ments) == []


def test_a_long_full_stop_sentence_counts_even_when_the_parser_finds_no_verb() -> None:
    words = ["A", "fighter", "jet", "lands", "at", "the", "old", "air", "base", ",", "May",
             "3", ",", "2022", "."]  # fmt: skip
    pos = ["DET", "NOUN", "NOUN", "NOUN", "ADP", "DET", "ADJ", "NOUN", "NOUN", "PUNCT",
           "PROPN", "NUM", "PUNCT", "NUM", "PUNCT"]  # fmt: skip
    deps = ["det", "compound", "compound", "ROOT", "prep", "det", "amod", "compound", "pobj",
            "punct", "appos", "nummod", "punct", "nummod", "punct"]  # fmt: skip
    heads = [3, 3, 3, 3, 3, 8, 8, 8, 4, 8, 8, 10, 10, 10, 3]
    doc = tagged_doc(words, pos, deps, heads)
    ments = [mention(doc.text, "May 3, 2022", "2022-05-03", day(2022, 5, 3))]
    [event] = extract_events(make_doc(doc.text), doc=doc, mentions=ments)
    assert event.title == "A fighter jet lands at the old air base"
    headline = doc.text.rstrip(".")
    assert (
        extract_events(
            make_doc(headline),
            mentions=[mention(headline, "May 3, 2022", "2022-05-03", day(2022, 5, 3))],
            doc=tagged_doc(words[:-1], pos[:-1], deps[:-1], heads[:-1]),
        )
        == []
    )


@settings(max_examples=150, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from(list("ab .,\n()—:By©Published1")), max_size=150),
    cuts=st.lists(st.tuples(st.integers(0, 150), st.integers(1, 12)), max_size=6),
)
def test_events_always_quote_the_text_exactly(text: str, cuts: list[tuple[int, int]]) -> None:
    mentions = []
    for start, length in sorted(cuts):
        end = min(len(text), start + length)
        if start < end and (not mentions or start >= mentions[-1].end):
            when = When("2001", Day(2001), Day(2001, 12, 31), Granularity.YEAR)
            mentions.append(Mention(start, end, text[start:end], DATE, "2001", when))
    for event in events_of(text, mentions):
        [source] = event.sources
        assert text[source.start : source.end] == event.quote
        assert source.start <= source.date_start < source.date_end <= source.end
        assert event.title


def test_bounded_offsets_are_not_events() -> None:
    text = "The singer died on 15 May 2003, and her husband died less than four months later."
    mentions = [
        mention(text, "15 May 2003", "2003-05-15", day(2003, 5, 15)),
        mention(text, "less than four months later", "2003-09-15", day(2003, 9, 15)),
    ]
    assert [e.when.value for e in events_of(text, mentions)] == ["2003-05-15"]


def test_a_key_dates_entry_counts_without_a_verb() -> None:
    doc = tagged_doc(
        ["1990", "–", "the", "border", "crossings", "open"],
        ["NUM", "PUNCT", "DET", "NOUN", "NOUN", "ADJ"],
        ["nummod", "punct", "det", "compound", "ROOT", "amod"],
        [4, 4, 4, 4, 4, 4],
    )
    ments = [mention(doc.text, "1990", "1990", year(1990), granularity=Granularity.YEAR)]
    [event] = extract_events(make_doc(doc.text), doc=doc, mentions=ments)
    assert event.quote == "1990 – the border crossings open"


def test_without_a_parse_a_season_before_a_noun_is_a_modifier() -> None:
    text = "The museum opens its summer show. In the summer we travelled to the coast."
    mentions = [
        mention(text, "summer", "2024-SU", year(2024), granularity=Granularity.SEASON),
        mention(text, "the summer", "2024-SU", year(2024), granularity=Granularity.SEASON),
    ]
    [event] = events_of(text, mentions)
    assert event.quote == "In the summer we travelled to the coast."


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "date", "title"),
    [
        (
            "Earlier, in 2018, Norland, a founding member, bought the radar system from "
            "Vestia despite protests from Ostmark.",
            "2018",
            "Norland bought the radar system from Vestia",
        ),
        (
            "A dining room from a liner launched in 1931 is on show.",
            "1931",
            "A liner launched",
        ),
        (
            "Officials expect the new ferry terminal to open in the second half of 2026.",
            "the second half of 2026",
            "Officials expect the new ferry terminal to open",
        ),
        (
            "The city's full-size replica was unveiled on 4 May 2022 by the mayor.",
            "4 May 2022",
            "The city's full-size replica was unveiled by the mayor",
        ),
    ],
)
def test_real_parse_titles(sentence: str, date: str, title: str) -> None:
    from timeline_app.core.titles import parse_title

    doc, tokens = parsed(sentence, date)
    assert parse_title(doc[:], tokens) == title


def test_a_date_a_set_recurs_on_is_not_an_event_nor_its_other_names() -> None:
    text = "Founders Day is still marked every year on 4 March with a parade."
    mentions = [
        mention(text, "Founders Day", "1901-03-04", day(1901, 3, 4), relative=True),
        mention(text, "every year", "P1Y", None, kind=SET),
        mention(text, "4 March", "1901-03-04", day(1901, 3, 4), relative=True),
    ]
    assert events_of(text, mentions, reference=Day(1950, 1, 1)) == []


def test_a_month_that_acts_is_a_name() -> None:
    doc = tagged_doc(
        ["The", "vote", "failed", ",", "and", "May", "resigned", "."],
        ["DET", "NOUN", "VERB", "PUNCT", "CCONJ", "PROPN", "VERB", "PUNCT"],
        ["det", "nsubj", "ROOT", "punct", "cc", "nsubj", "conj", "punct"],
        [1, 2, 2, 2, 2, 6, 2, 2],
    )
    ments = [mention(doc.text, "May", "2019-05", year(2019), granularity=Granularity.MONTH)]
    assert extract_events(make_doc(doc.text), doc=doc, mentions=ments) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "date", "title"),
    [
        # a name right after its noun is kept; an apposition after a comma is not
        (
            "The Norland probe Kestrel 2 reached the comet in March 2019, the first craft "
            "to touch one.",
            "March 2019",
            "The Norland probe Kestrel 2 reached the comet",
        ),
        # the date is the object or the subject: it stays, with a short relative clause
        (
            "The strike that followed shaped the 1980s.",
            "the 1980s",
            "The strike that followed shaped the 1980s",
        ),
        ("The 1990s were quiet.", "The 1990s", "The 1990s were quiet"),
        # a participle after a comma describes the name before the comma
        (
            "The flagship of that year was Norland's Kestrel-4, launched on 3 May 2024 to "
            "study comets.",
            "3 May 2024",
            "Norland's Kestrel-4 launched",
        ),
        # "It" takes the name given just before; a plain adjective before a name goes
        (
            "The flagship of that year was Kestrel-4. It landed in the wide Brightwater "
            "crater on 2 June 2024.",
            "2 June 2024",
            "Kestrel-4 landed in the Brightwater crater",
        ),
        (
            "The captain and the crew came home on 3 July 2001.",
            "3 July 2001",
            "The captain and the crew came home",
        ),
        # the subject the parser gave to a participle in between
        (
            "Vestia entered the league in April 1917, while Ostmark, shaken by floods, "
            "signed a separate treaty in March 1918.",
            "March 1918",
            "Ostmark signed a separate treaty",
        ),
        # too long: the second of two joined verbs goes, the first keeps "to" and object
        (
            "The ministers agreed to double rail freight capacity by 2030 and to close "
            "every coal plant by 2045.",
            "2030",
            "The ministers agreed to double rail freight capacity",
        ),
        # "is due to …" climbs to its clause, whose "which" is the noun before it
        (
            "A joint panel, which is due to meet for the first time in June 2027, will set "
            "the quotas.",
            "June 2027",
            "A joint panel is due to meet for the first time",
        ),
        (
            "He took the club out of the league on 3 May 2011.",
            "3 May 2011",
            "He took the club out of the league",
        ),
        # a relative pronoun object becomes the noun it stands for
        (
            "Farmers praised the new canal that Norland and Vestia plan to open in the 2030s.",
            "the 2030s",
            "Norland and Vestia plan to open the new canal",
        ),
        # "The mission" takes the name given to the mission before; "The summit" does not
        # take the name of whoever held it
        (
            "The Kestrel-6 mission left Earth in 2020. The mission reached the comet on "
            "9 May 2024.",
            "9 May 2024",
            "Kestrel-6 reached the comet",
        ),
        (
            "Leaders met at the United Nations climate summit in Oslo. The summit closed on "
            "9 May 2024.",
            "9 May 2024",
            "The summit closed",
        ),
        (
            "Hunters camped near a Bronze Age village. The village burned around 1200 BC.",
            "around 1200 BC",
            "The village burned",
        ),
        # an adverbial date parsed as an object is still left out
        ("The valley was settled around 3000 BC.", "around 3000 BC", "The valley was settled"),
        # a name with its maker and number
        (
            "Norvik's 737 Falcon had a flawed design. It entered service in May 2017.",
            "May 2017",
            "Norvik's 737 Falcon entered service",
        ),
        # a common-noun subject that agrees stands in for "It" too (issue 11)
        (
            "Norvik's F-27 jet had a flawed design. It entered service in May 2017.",
            "May 2017",
            "Norvik's F-27 jet entered service",
        ),
        # ...not when the number disagrees
        (
            "The jets had a flawed design. It entered service in May 2017.",
            "May 2017",
            "It entered service",
        ),
    ],
)
def test_real_parse_titles_in_context(text: str, date: str, title: str) -> None:
    from timeline_app.core.titles import parse_title

    doc, tokens = parsed(text, date)
    sent = doc[min(tokens)].sent
    assert parse_title(sent, tokens) == title


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "date", "title"),
    [
        # the subject before is not a name: no guess
        (
            "The engineers checked the lander. It landed on 2 June 2024.",
            "2 June 2024",
            "It landed",
        ),
        # an "it" that stands for the clause after it
        (
            "Norland is a small country. It was announced on 3 May 2020 that the border "
            "would close.",
            "3 May 2020",
            "It was announced that the border would close",
        ),
        # "they" takes all the names joined as the subject
        (
            "Norland and Vestia fought a long war. They signed a treaty in 1990.",
            "1990",
            "Norland and Vestia signed a treaty",
        ),
        # "she" with two people named before: no guess
        (
            "Maria Lind beat Anna Berg in the final. She retired in 2019.",
            "2019",
            "She retired",
        ),
        # a new paragraph: no guess
        ("Kestrel-4 was the flagship.\n\nIt landed on 2 June 2024.", "2 June 2024", "It landed"),
    ],
)
def test_pronouns_are_renamed_only_when_clear(text: str, date: str, title: str) -> None:
    from timeline_app.core.titles import parse_title

    doc, tokens = parsed(text, date)
    assert parse_title(doc[min(tokens)].sent, tokens) == title


def test_fallback_title_never_ends_on_a_preposition_and_stays_short() -> None:
    from timeline_app.core.titletext import MAX_CHARS, fallback_title, finish_title

    assert finish_title("Voters backed the plan by") == "Voters backed the plan"
    sentence = (
        "The ancient surveyor Marcus Vell measured the valley with ropes and stakes to show "
        "that it runs about ten miles north in 120 BC."
    )
    date = sentence.index("in 120 BC")
    title = fallback_title(sentence, date, date + len("in 120 BC"))
    assert title == "The ancient surveyor Marcus Vell measured the valley with ropes and stakes"
    assert len(title) <= MAX_CHARS


@pytest.mark.slow
def test_an_adjective_meaning_now_stays_in_the_title() -> None:
    from timeline_app.core.nlp import load_nlp
    from timeline_app.io.articles import document_from_text

    if load_nlp() is None:
        pytest.skip("spaCy model not installed")
    text = "Pay deals are agreed each spring, and the current agreement expired in March 2024."
    [event] = extract_events(document_from_text(text))
    assert event.title == "The current agreement expired"
