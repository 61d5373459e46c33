"""Title classes found on the held-out articles (issue 11): pronouns that stand for a
company, for what a person acted on, or for the speaker of a report, and a participle
clause in front of its subject. Sentences written for these tests; real model parse.
"""

from __future__ import annotations

import pytest

from tests.core._tagging import parsed


def _title(text: str, date: str) -> str | None:
    from timeline_app.core.titles import parse_title

    doc, tokens = parsed(text, date)
    return parse_title(doc[min(tokens)].sent, tokens)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "date", "title"),
    [
        # the speaker of a report is who "it" stands for, even with an infinitive later
        (
            "The company said it first received complaints in October 2023 but needed "
            "time to find the cause.",
            "October 2023",
            "The company received complaints",
        ),
        # a person cannot be "it": the thing that person acted on is
        (
            "Tomas Berg proposed the reform in 2023. It stalled in committee in 2024.",
            "in 2024",
            "The reform stalled in committee",
        ),
        # a quantifier subject ("Little") names nothing: the clause under it may
        (
            "Little changed at first, because a transition period kept Britain inside the "
            "single market. It ended on 31 December 2020, only days after both sides agreed "
            "a trade deal.",
            "31 December 2020",
            "A transition period ended",
        ),
        # a title of a person is not "it" either
        (
            "The minister proposed the reform in 2023. It stalled in committee in 2024.",
            "in 2024",
            "The reform stalled in committee",
        ),
        # "he" is the man of the last joined clause before
        (
            "Doctors treated 200 people, and one man was taken to hospital on Saturday. He "
            "was released on Monday.",
            "Monday",
            "One man was released",
        ),
        # ...or the person acted on, when the subject is not a person
        (
            "Police arrested the driver at the scene. He was released on bail on Sunday.",
            "on Sunday",
            "The driver was released on bail",
        ),
        # a participle clause before its subject is told in the passive
        (
            "Mira Castellan died on Monday. Born in Porto on 9 May 1941, she began "
            "singing as a teenager.",
            "9 May 1941",
            "Mira Castellan was born in Porto",
        ),
    ],
)
def test_held_out_title_classes(text: str, date: str, title: str) -> None:
    assert _title(text, date) == title


@pytest.mark.slow
def test_a_person_stays_the_topic_across_paragraphs_but_a_thing_does_not() -> None:
    person = "Mira Castellan, a singer, died in 2025.\n\nShe moved to Paris in 1959."
    assert _title(person, "1959") == "Mira Castellan moved to Paris"
    thing = "Kestrel-4 was the flagship.\n\nIt landed on 2 June 2024."
    assert _title(thing, "2 June 2024") == "It landed"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "date", "other", "title"),
    [
        (
            "China plans to send a lander to the crater around 2026 and an orbiter around "
            "2028.",
            "2026",
            "2028",
            "China plans to send a lander to the crater",
        ),
        (
            "The team plans to return to the dig in September and to publish its first "
            "findings in 2027.",
            "September",
            "2027",
            "The team plans to return to the dig",
        ),
    ],
)
def test_a_conjunct_dated_by_another_date_stays_out_of_the_title(
    text: str, date: str, other: str, title: str
) -> None:
    """Each date of the sentence is an event; the part told with the other date is the
    other event's, not this one's ("… and an orbiter" is not sent around 2026)."""
    from timeline_app.core.titles import parse_title

    doc, tokens = parsed(text, date)
    others = {t.i for t in doc if other in t.text}
    assert parse_title(doc[min(tokens)].sent, tokens, others) == title
