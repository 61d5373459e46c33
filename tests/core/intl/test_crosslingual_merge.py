"""The same happening reported in two languages becomes one event with both sources;
two different happenings of the same day in two languages stay apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.core.crosslingual import anchors, cross_language_alike, sentence_language
from timeline_app.pipeline import ingest

DATA = Path(__file__).parents[2] / "data" / "crosslingual"


@pytest.fixture(scope="module")
def by_day() -> dict[str, list[set[str]]]:
    """Date value -> the set of source files of each event on that date."""
    result = ingest(sorted(DATA.glob("*.txt")), use_cache=False)
    paths = {d.id: Path(d.path).name for d in result.documents}
    days: dict[str, list[set[str]]] = {}
    for event in result.events:
        days.setdefault(event.when.value, []).append({paths[s.document] for s in event.sources})
    return days


def test_an_english_and_a_german_report_are_one_event(by_day: dict[str, list[set[str]]]) -> None:
    assert by_day["2024-11-05"] == [{"shipyard-en.txt", "shipyard-de.txt"}]
    # one shared name ("Rostock") and cognates ("insolvency", "Insolvenzantrag")
    assert by_day["2024-10-24"] == [{"shipyard-en.txt", "shipyard-de.txt"}]


def test_an_english_and_a_french_report_are_one_event(by_day: dict[str, list[set[str]]]) -> None:
    assert by_day["2019-06-11"] == [{"bridge-en.txt", "bridge-fr.txt"}]


def test_different_happenings_of_one_day_stay_apart(by_day: dict[str, list[set[str]]]) -> None:
    # both Mondays: a motorway closed and a museum opened, both "in Berlin"
    assert sorted(map(sorted, by_day["2024-11-04"])) == [["shipyard-de.txt"], ["shipyard-en.txt"]]
    assert sorted(map(sorted, by_day["2019-06-10"])) == [["bridge-en.txt"], ["bridge-fr.txt"]]


def test_amounts_are_compared_without_their_separators() -> None:
    en = "A fire in Lyon forced 30,000 people from their homes, Chimeral said."
    de = "Ein Brand in Lyon zwang 30.000 Menschen aus ihren Wohnungen."
    assert cross_language_alike(anchors(en, 0, 0), anchors(de, 0, 0))  # Lyon and 30000
    other = "Ein Brand in Lyon zerstörte eine Lagerhalle."
    assert not cross_language_alike(anchors(en, 0, 0), anchors(other, 0, 0))


def test_the_language_of_a_sentence_from_its_function_words() -> None:
    assert sentence_language("The council approved the plan and the budget.") == "en"
    assert sentence_language("Der Rat hat den Plan und den Haushalt beschlossen.") == "de"
    assert sentence_language("Le conseil a approuvé le plan et le budget.") == "fr"
    assert sentence_language("El consejo aprobó el plan y los presupuestos.") == "es"
    assert sentence_language("Berlin, Paris, Madrid") == ""
