"""Events from German, French and Spanish documents, end to end without a parse."""

from __future__ import annotations

from timeline_app.core.extract import extract_events
from timeline_app.model import Day, Document
from timeline_app.pipeline import prepare


def _events(text: str, language: str, reference: Day | None = None) -> list[tuple[str, str]]:
    document = Document(id="x", path="", title="", text=text, language=language,
                        reference_date=reference)  # fmt: skip
    return [(e.when.value, e.quote) for e in extract_events(prepare(document), parse=False)]


def test_a_part_of_a_day_next_to_another_date_is_its_own_event() -> None:
    text = "Les syndicats ont signé hier après-midi un accord valable jusqu'à fin 2024."
    values = [v for v, _ in _events(text, "fr", Day(2023, 6, 7))]
    assert values == ["2023-06-06TAF", "2024"]


def test_the_dateline_is_the_reference_and_not_an_event() -> None:
    text = (
        "Brückensanierung beschlossen\n\n"
        "HAMBURG, 9. November 2023 – Der Senat hat am Montag die Sanierung beschlossen. "
        "Die Brücke wurde am 3. Mai 1926 eröffnet.\n"
    )
    assert _events(text, "de") == [
        ("2023-11-06", "Der Senat hat am Montag die Sanierung beschlossen."),
        ("1926-05-03", "Die Brücke wurde am 3. Mai 1926 eröffnet."),
    ]


def test_relative_dates_without_a_reference_make_no_events() -> None:
    assert _events("Ayer el gobierno anunció nuevas medidas.", "es") == []
    assert [v for v, _ in _events("El 4 de octubre de 2017 se votó.", "es")] == ["2017-10-04"]


def test_a_day_with_its_clock_time_is_an_event_beside_another_date() -> None:
    text = "El viernes pasado cerraron las fronteras; volverán a abrirse mañana a las seis."
    values = [v for v, _ in _events(text, "es", Day(2023, 10, 30))]
    assert values == ["2023-10-27", "2023-10-31T06:00"]
