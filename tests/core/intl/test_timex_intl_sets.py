"""Date classes found by the second annotated set: sets, quarters, the common era, "nowadays"."""

from __future__ import annotations

import pytest

from tests.core.intl import mentions
from timeline_app.model import Day

REF = Day(2024, 11, 7)  # a Thursday


def values(text: str, language: str) -> list[tuple[str, str]]:
    return mentions.values(text, language, REF)


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


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("La prochaine édition se tiendra du 29 janvier au 1er février 2025.", "fr",
         ("du 29 janvier au 1er février 2025", "2025-01-29/2025-02-01")),
        ("La feria se celebra del 3 al 5 de marzo de 2024.", "es",
         ("del 3 al 5 de marzo de 2024", "2024-03-03/2024-03-05")),
        ("Die Messe läuft vom 3. bis 5. März 2024.", "de",
         ("vom 3. bis 5. März 2024", "2024-03-03/2024-03-05")),
        ("El hospital obligó anoche a desalojar a 140 pacientes.", "es",
         ("anoche", "2024-11-06TNI")),
        ("De raad vergaderde gisteravond in het stadhuis.", "nl",
         ("gisteravond", "2024-11-06TEV")),
    ],
)  # fmt: skip
def test_day_ranges_and_last_night(text: str, language: str, expected: tuple[str, str]) -> None:
    assert values(text, language) == [expected]


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("La consejera comparecerá el martes en las Cortes.", "es", "2024-11-12"),
        ("Le conseil se tiendra lundi à Lyon.", "fr", "2024-11-11"),
        ("Il sindaco incontrerà i cittadini lunedì.", "it", "2024-11-11"),
        ("La caméra a filmé la scène lundi.", "fr", "2024-11-04"),  # a noun, not a future
    ],
)
def test_a_verb_in_the_future_tense_puts_a_weekday_ahead(
    text: str, language: str, value: str
) -> None:
    [(_, found)] = values(text, language)
    assert found == value


def test_a_year_before_a_phrase_with_bis() -> None:
    assert values("Die U6 wurde 2021 bis zum Flughafen verlängert.", "de") == [("2021", "2021")]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Na manhã de 1 de novembro de 1755, um sismo destruiu Lisboa.", "pt",
         ("manhã de 1 de novembro de 1755", "1755-11-01TMO")),
        ("Le matin du 3 mai 1998, la ligne a ouvert.", "fr",
         ("matin du 3 mai 1998", "1998-05-03TMO")),
        ("Anders Franzén hittade vraket 1956.", "sv", ("1956", "1956")),
        ("De regering tekende het verdrag in 1927 en het jaar daarop opende de weg.", "nl",
         ("het jaar daarop", "1928")),
        ("La obra empezó en 1758 y al año siguiente se abrió la plaza.", "es",
         ("al año siguiente", "1759")),
    ],
)  # fmt: skip
def test_parts_before_a_day_following_years_and_years_closing_a_sentence(
    text: str, language: str, expected: tuple[str, str]
) -> None:
    assert expected in values(text, language)


def test_a_sentence_that_ends_on_an_amount_is_not_a_year() -> None:
    assert values("Die Gemeinde zählte damals mehr als 1500.", "de") == []
    assert values("Todos os anos, a 1 de novembro, a cidade recorda as vítimas.", "pt") == []


def test_a_portuguese_published_line_gives_the_reference_date() -> None:
    from timeline_app.core.timex_intl.dateline import dateline

    found = dateline("O terramoto\n\nPublicado em 1 de novembro de 2023\n\nTexto.")
    assert found is not None
    assert (found[0].iso(), found[3]) == ("2023-11-01", "published-line")
