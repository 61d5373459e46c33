"""Dutch, Polish and Swedish dates: the same grammar with dateparser's words for them."""

from __future__ import annotations

import pytest

from tests.core.intl import mentions
from timeline_app.core.extract import extract_events
from timeline_app.core.language import capability, detect, language_name
from timeline_app.model import Day, Document
from timeline_app.pipeline import prepare

REF = Day(2024, 4, 10)  # a Wednesday


def values(text: str, language: str) -> list[tuple[str, str]]:
    return mentions.values(text, language, REF)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("nl", "Het kabinet besloot op 3 mei 1998 tot de bouw.", ("3 mei 1998", "1998-05-03")),
        ("nl", "Gisteren stemde de Kamer in.", ("Gisteren", "2024-04-09")),
        ("nl", "Op dinsdag vergaderde de raad.", ("dinsdag", "2024-04-09")),
        ("nl", "Drie jaar geleden begon het project.", ("Drie jaar geleden", "2021")),
        ("nl", "In de 17e eeuw was Amsterdam rijk.", ("17e eeuw", "16")),
        ("nl", "In de jaren 1970 groeide de stad.", ("jaren 1970", "197")),
        ("pl", "Sejm przyjął ustawę 3 maja 1791 r.", ("3 maja 1791", "1791-05-03")),
        ("pl", "Wczoraj premier spotkał się z prezydentem.", ("Wczoraj", "2024-04-09")),
        ("pl", "W zeszłym tygodniu odbyły się wybory.", ("W zeszłym tygodniu", "2024-W14")),
        ("pl", "W XVIII wieku miasto rosło.", ("XVIII wieku", "17")),
        ("pl", "Jesienią 2022 zamknięto kopalnię.", ("Jesienią 2022", "2022-FA")),
        ("pl", "Zamek zbudowano około 1500 roku.", ("około 1500", "1500")),
        ("sv", "Riksdagen beslutade den 3 maj 1998 om bygget.", ("3 maj 1998", "1998-05-03")),
        ("sv", "I går röstade fullmäktige.", ("I går", "2024-04-09")),
        ("sv", "I måndags träffades ministrarna.", ("måndags", "2024-04-08")),
        ("sv", "På 1800-talet växte staden.", ("1800-talet", "18")),
        ("sv", "Under 1970-talet byggdes hamnen.", ("1970-talet", "197")),
        ("sv", "För tre år sedan öppnade bron.", ("tre år sedan", "2021")),
    ],
)
def test_dates(language: str, text: str, expected: tuple[str, str]) -> None:
    assert values(text, language) == [expected]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "Elke maandag is er markt op het plein."),
        ("nl", "Ongeveer 1200 woningen liggen achter de dijk."),
        ("pl", "Co roku 1 listopada ruch będzie ograniczony."),
        ("sv", "Varje måndag är det marknad."),
        ("sv", "Tågen går var tionde minut."),
    ],
)
def test_traps(language: str, text: str) -> None:
    assert values(text, language) == []


def test_a_dutch_article_is_detected_and_its_dateline_read() -> None:
    text = (
        "Nieuwe brug in Zwolle geopend\n\n"
        "ZWOLLE, 14 maart 2024 – De burgemeester heeft dinsdag de nieuwe brug over de "
        "IJssel geopend. De bouw begon op 5 december 2021 en duurde ruim twee jaar. "
        "Volgende week gaat ook het fietspad open.\n"
    )
    document = prepare(Document(id="x", path="", title="", text=text))
    assert document.language == detect(text) == "nl"
    assert document.reference_date == Day(2024, 3, 14)
    events = extract_events(document, parse=False)
    assert [(e.when.value, e.title) for e in events] == [
        ("2024-03-12", "De burgemeester heeft de nieuwe brug over de IJssel geopend"),
        ("2021-12-05", "De bouw begon en duurde ruim twee jaar"),
        ("2024-W12", "Gaat ook het fietspad open"),
    ]
    assert language_name("nl") == "Dutch"
    assert capability("nl") == "dates and quotes; titles without a parser"
