"""Date classes found by the second annotated set: sets, quarters, the common era, "nowadays"."""

from __future__ import annotations

import pytest

from timeline_app.core import tagger
from timeline_app.model import Day

REF = Day(2024, 11, 7)  # a Thursday


def values(text: str, language: str) -> list[tuple[str, str]]:
    mentions = tagger.tag(text, reference=REF, language=language)
    for m in mentions:
        assert text[m.start : m.end] == m.text
    return [(m.text, m.value) for m in mentions]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Cada 19 de marzo la ciudad celebra el aniversario.", "es"),
        ("Le marché a lieu chaque 1er mai sur la place.", "fr"),
        ("Der Markt findet jeden Montag statt.", "de"),
        ("El teléfono funciona de lunes a domingo.", "es"),
        ("Le guichet est ouvert du lundi au vendredi.", "fr"),
        ("Die Hotline ist von Montag bis Freitag besetzt.", "de"),
    ],
)
def test_a_repetition_is_no_date(text: str, language: str) -> None:
    assert values(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Im dritten Quartal 2024 sank der Umsatz.", "de", ("dritten Quartal 2024", "2024-Q3")),
        ("Im ersten Halbjahr 2023 stieg er.", "de", ("ersten Halbjahr 2023", "2023-H1")),
        (
            "Au premier semestre 2023, les ventes ont chuté.",
            "fr",
            ("premier semestre 2023", "2023-H1"),
        ),
        ("En el tercer trimestre 2022 ganó más.", "es", ("tercer trimestre 2022", "2022-Q3")),
        ("L'aqueduc fut achevé vers 50 apr. J.-C.", "fr", ("vers 50 apr. J.-C.", "0050")),
        ("Die Stadt wurde 79 n. Chr. zerstört.", "de", ("79 n. Chr.", "0079")),
    ],
)
def test_quarters_halves_and_the_common_era(
    text: str, language: str, expected: tuple[str, str]
) -> None:
    assert values(text, language) == [expected]


def test_today_with_a_frequency_word_means_nowadays() -> None:
    [(_, value)] = values("Heute besuchen jährlich rund 500.000 Menschen die Burg.", "de")
    assert value == "PRESENT_REF"
    [(_, value)] = values("Heute hat der Rat den Plan beschlossen.", "de")
    assert value == "2024-11-07"


def test_german_years_next_to_verbs_and_counts() -> None:
    assert values("1457 verkauften böhmische Söldner die Festung.", "de") == [("1457", "1457")]
    assert values("Die Werft wurde 1946 als Reparaturbetrieb gegründet.", "de") == [
        ("1946", "1946")
    ]
    assert values("Damals wurden 2000 neue Stellen geschaffen.", "de") == []


def test_reported_future_in_german() -> None:
    # "werde" (reported speech) puts a bare weekday after the reference, like "wird"
    [(_, value)] = values("Er sagte, dass die Versammlung am Montag tagen werde.", "de")
    assert value == "2024-11-11"
