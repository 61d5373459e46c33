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
    # Only one shared name ("Rostock") and one cognate ("insolvency", "Insolvenzantrag"):
    # the same filing, but too little to tell from a different Rostock story of that day.
    assert len(by_day["2024-10-24"]) == 2


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


def test_a_city_and_a_small_number_are_not_enough() -> None:
    en = "On Monday, 40 people were injured when a bus crashed in Madrid, police said."
    es = "El lunes, 40 personas participaron en una protesta vecinal en Madrid."
    assert not cross_language_alike(anchors(en, 3, 9), anchors(es, 3, 8))


def test_names_written_alike_in_both_languages_are_enough() -> None:
    en = "The European Central Bank raised rates in Frankfurt, Christine Lagarde said."
    es = "Christine Lagarde anunció en Fráncfort que el Banco Central Europeo sube los tipos."
    de = "Die Europäische Zentralbank hat in Frankfurt die Zinsen erhöht, sagte Christine Lagarde."
    assert cross_language_alike(anchors(en, 0, 0), anchors(de, 0, 0))  # Frankfurt, Lagarde
    # "Banco Central Europeo" shares "Central" with "European Central Bank", and Lagarde
    assert cross_language_alike(anchors(en, 0, 0), anchors(es, 0, 0))
    other = "Christine Lagarde habló en Madrid sobre la inflación."
    assert not cross_language_alike(anchors(en, 0, 0), anchors(other, 0, 0))


def test_one_name_and_two_cognates_are_enough() -> None:
    en = "The Nordwerft administrator filed the insolvency plan with the creditors' committee."
    de = "Der Verwalter der Nordwerft legte den Insolvenzplan dem Gläubigerkomitee vor."
    # "Nordwerft", and "insolvency"/"Insolvenzplan", "committee"/"Gläubigerkomitee" do not
    # both start alike: only one cognate, so no merge ...
    assert not cross_language_alike(anchors(en, 0, 0), anchors(de, 0, 0))
    fr = "L'administrateur de la Nordwerft a déposé le plan d'insolvabilité auprès du comité."
    # ... while French shares "administrat-" and "insolv-" with English: two cognates
    assert cross_language_alike(anchors(en, 0, 0), anchors(fr, 0, 0))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Sejm przyjął ustawę, która nie została zmieniona.", "pl"),
        ("Riksdagen antog lagen och den har inte ändrats sedan dess.", "sv"),
        ("Byrådet godkendte i går planen, og den blev ikke ændret.", "da"),
        ("Stortinget vedtok loven, og den ble ikke endret etter debatten.", "no"),
        ("Parlament schválil zákon, který byl také podle vlády nutný.", "cs"),
        ("Parlamentul a adoptat legea, care a fost votată în unanimitate.", "ro"),
        ("Eduskunta hyväksyi lain, ja se oli myös hallituksen tavoite.", "fi"),
        ("Meclis bu yasayı kabul etti ve bir karar olarak açıkladı.", "tr"),
    ],
)
def test_the_languages_read_with_dates_only_are_told_apart(text: str, code: str) -> None:
    assert sentence_language(text) == code
