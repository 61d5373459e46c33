"""Issue 11: events a reader would keep, from short articles written for these tests.

Boilerplate about the page and expectations make no events; titles say who did what
(no leading relative pronoun, a pronoun replaced by what it stands for); and one
happening told twice on one day in one document, by the article and by a photo
caption, is one event that keeps both sentences, titled from the article's own.
"""

from __future__ import annotations

import pytest

from timeline_app.core.docmerge import is_caption, same_happening
from timeline_app.core.extract import extract_events
from timeline_app.core.likeness import Profile
from timeline_app.model import Day, Event, Granularity, Provenance, When
from timeline_app.model.document import document_id


def _events(text: str) -> list[Event]:
    from timeline_app.core.nlp import load_nlp
    from timeline_app.io.articles import document_from_text

    if load_nlp() is None:
        pytest.skip("spaCy model not installed")
    return extract_events(document_from_text(text))


@pytest.mark.slow
def test_sentences_about_the_page_make_no_events() -> None:
    text = (
        "Ferry service resumes\n\n"
        "Posted on Friday, June 7th, 2024 in Travel\n\n"
        "The ferry to Skarvik resumed sailing on 6 June 2024 after repairs.\n"
        "This article was first published on 7 June 2024 and updated on 8 June 2024.\n"
    )
    assert [e.quote for e in _events(text)] == [
        "The ferry to Skarvik resumed sailing on 6 June 2024 after repairs."
    ]


@pytest.mark.slow
def test_an_expectation_is_not_an_event_but_an_expected_happening_is() -> None:
    text = (
        "A ruling on the tariffs is expected before the end of September 2024.\n"
        "The new terminal is expected to open in March 2026.\n"
    )
    assert [e.title for e in _events(text)] == ["The new terminal is expected to open"]


@pytest.mark.slow
def test_titles_start_with_who_did_it() -> None:
    text = (
        "The regional assembly debated the fishing quota on 11 May 2023. "
        "It approved the quota on 12 May 2023 by a wide margin.\n\n"
        "Which the fishermen's union denounced on 13 May 2023 in a short statement.\n"
    )
    titles = [e.title for e in _events(text)]
    assert titles[1].startswith("The regional assembly approved the quota"), titles
    assert not titles[2].lower().startswith("which"), titles
    assert "union denounced" in titles[2], titles


@pytest.mark.slow
def test_a_caption_and_the_story_of_one_happening_on_one_day_are_one_event() -> None:
    text = (
        "Firefighters contain forest blaze\n\n"
        "Helicopters drop water on the ridge above Osterby on 14 August 2023. (Photo: K. Lund)\n\n"
        "Helicopters dropped water on the ridge above Osterby on 14 August 2023 as crews "
        "cut firebreaks through the pines.\n"
        "The fire had started on 12 August 2023 near a campsite.\n"
    )
    events = _events(text)
    assert len(events) == 2, [e.quote for e in events]
    merged = events[0]
    assert merged.quote.startswith("Helicopters dropped water")  # the article's sentence leads
    assert merged.title.startswith("Helicopters dropped water")
    quotes = [s.quote for s in merged.sources]
    assert len(quotes) == 2
    assert quotes[1].startswith("Helicopters drop water")
    for s in merged.sources:  # every quote is still exactly where it was read
        assert text[s.start : s.end] == s.quote


def _event(title: str, quote: str, day: Day, start: int, gran=Granularity.DAY) -> Event:  # type: ignore[no-untyped-def]
    when = When(value=day.iso(), earliest=day, latest=day, granularity=gran, text="")
    source = Provenance(document_id("x"), start, start + len(quote), start, start + 1, quote)
    return Event(id=title, title=title, when=when, quote=quote, sources=(source,))


def test_one_day_two_kinds_of_happening_stay_two_events() -> None:
    day = Day(2022, 3, 3)
    a = _event("The strike began", "The strike began on 3 March 2022.", day, 0)
    b = _event("Talks broke down", "Talks broke down on 3 March 2022 over pay.", day, 40)
    c = _event("The strike began at the port", "The strike began at the port on 3 March.", day, 90)
    assert not same_happening(Profile.of(a), Profile.of(b))
    assert same_happening(Profile.of(a), Profile.of(c))
    other_day = _event("The strike began", "The strike began on 4 March 2022.", Day(2022, 3, 4), 0)
    assert not same_happening(Profile.of(a), Profile.of(other_day))


def test_captions_are_recognised_by_their_credit() -> None:
    text = "Crowds on the quay, 2 May 2021. Picture: Port Authority\nThe quay opened on 2 May."
    caption = Provenance("d", 0, 31, 20, 30, text[0:31])
    story = Provenance("d", 57, len(text), 72, 77, text[57:])
    assert is_caption(text, caption)
    assert not is_caption(text, story)


@pytest.mark.slow
def test_a_caption_dated_event_takes_its_title_from_the_article() -> None:
    text = (
        "Ministers sign water treaty\n\n"
        "The foreign ministers of Norland and Vestia sign the river treaty in Kestrel, "
        "4 April 2022. (Photo: Pool)\n\n"
        "Norland and Vestia signed a treaty on the Amber river in Kestrel, ending a three-year "
        "dispute over its water.\n"
    )
    [event] = _events(text)
    assert event.quote.startswith("The foreign ministers")  # the date is read in the caption
    assert event.title == "Norland and Vestia signed a treaty on the Amber river in Kestrel"


@pytest.mark.slow
def test_a_caption_keeps_its_title_when_the_article_does_not_tell_the_happening() -> None:
    text = (
        "Storm damage\n\n"
        "Volunteers clear branches from a road near Lindby, 9 March 2023. (Photo: K. Lund)\n\n"
        "Insurers expect claims to rise across the region.\n"
    )
    [event] = _events(text)
    assert event.title == "Volunteers clear branches from a road near Lindby"
