"""Danish, Norwegian, Czech, Romanian, Finnish and Turkish: dates from dateparser's words
with the same grammar, the language named in the documents panel, and ``<html lang>``
taken as the document's language unless the text plainly is another one."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.intl import mentions
from timeline_app.core.language import capability, language_name, normalise, with_language
from timeline_app.io.articles import read_document
from timeline_app.model import Day

REF = Day(2025, 5, 14)  # a Wednesday


def values(text: str, language: str) -> list[tuple[str, str]]:
    return mentions.values(text, language, REF)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("da", "Broen blev indviet 3. maj 1998.", ("3. maj 1998", "1998-05-03")),
        ("da", "I går vedtog Folketinget loven.", ("I går", "2025-05-13")),
        ("da", "I 1800-tallet var byen lille.", ("1800-tallet", "18")),
        ("da", "I 1990'erne voksede byen.", ("1990'erne", "199")),
        ("da", "For to år siden åbnede museet.", ("to år siden", "2023")),
        ("da", "På fredag åbner udstillingen.", ("fredag", "2025-05-16")),
        ("no", "Brua ble åpnet 3. mai 1998.", ("3. mai 1998", "1998-05-03")),
        ("no", "På 90-tallet vokste byen.", ("90-tallet", "199")),
        ("no", "Neste uke kommer kongen.", ("Neste uke", "2025-W21")),
        ("cs", "Most byl otevřen 3. května 1998.", ("3. května 1998", "1998-05-03")),
        ("cs", "V roce 2019 začala stavba.", ("roce 2019", "2019")),
        ("cs", "V 19. století bylo město malé.", ("19. století", "18")),
        ("cs", "Parlament včera schválil zákon.", ("včera", "2025-05-13")),
        ("cs", "V pondělí začne stavba.", ("pondělí", "2025-05-19")),
        ("ro", "Podul a fost deschis pe 3 mai 1998.", ("3 mai 1998", "1998-05-03")),
        ("ro", "În secolul al XIX-lea orașul era mic.", ("secolul al XIX-lea", "18")),
        ("ro", "Săptămâna trecută a venit președintele.", ("Săptămâna trecută", "2025-W19")),
        ("ro", "Cu trei ani în urmă s-a deschis muzeul.", ("trei ani în urmă", "2022")),
        ("ro", "Acum trei ani s-a deschis muzeul.", ("Acum trei ani", "2022")),
        ("fi", "Silta avattiin 3. toukokuuta 1998.", ("3. toukokuuta 1998", "1998-05-03")),
        ("fi", "Vuonna 2019 rakentaminen alkoi.", ("Vuonna 2019", "2019")),
        ("fi", "1800-luvulla kaupunki oli pieni.", ("1800-luvulla", "18")),
        ("fi", "Eduskunta hyväksyi eilen lain.", ("eilen", "2025-05-13")),
        ("tr", "Köprü 3 Mayıs 1998 tarihinde açıldı.", ("3 Mayıs 1998", "1998-05-03")),
        ("tr", "Cumhuriyet 1923'te ilan edildi.", ("1923'te", "1923")),
        ("tr", "19. yüzyılda şehir küçüktü.", ("19. yüzyılda", "18")),
        ("tr", "Meclis dün yasayı kabul etti.", ("dün", "2025-05-13")),
        ("tr", "Salı günü toplantı yapıldı.", ("Salı günü", "2025-05-13")),
    ],
)
def test_dates_in_the_added_languages(language: str, text: str, expected: tuple[str, str]) -> None:
    assert expected in values(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ro", "Au venit peste 2000 de oameni."),  # Romanian counts with "de"
        ("da", "Det er Danmarks ældste kirke fra 1100-tallet."),
        ("cs", "Je to nejstarší most z 14. století."),
        ("ro", "Este cea mai veche biserică din secolul al XV-lea."),
        ("no", "Billetten koster 1500 kroner."),
    ],
)
def test_no_date_there(language: str, text: str) -> None:
    assert values(text, language) == []


@pytest.mark.parametrize(
    ("code", "name"),
    [("da", "Danish"), ("no", "Norwegian"), ("cs", "Czech"), ("ro", "Romanian"),
     ("fi", "Finnish"), ("tr", "Turkish")],
)  # fmt: skip
def test_the_panel_names_the_language_and_says_dates_only(code: str, name: str) -> None:
    assert language_name(code) == name
    assert normalise(name) == code
    assert capability(code).startswith("dates and quotes (lightly tested)")


def test_bokmal_and_nynorsk_are_norwegian() -> None:
    assert normalise("nb-NO") == "no"
    assert normalise("nn") == "no"


def _page(tmp_path: Path, lang: str, body: str) -> Path:
    path = tmp_path / "page.html"
    path.write_text(f'<!doctype html><html lang="{lang}"><head><title>T</title></head>'
                    f"<body><article><p>{body}</p></article></body></html>",
                    encoding="utf-8")  # fmt: skip
    return path


def test_html_lang_is_the_documents_language(tmp_path: Path) -> None:
    """A short Danish text the detector would hesitate on: the page says "da"."""
    document = read_document(_page(tmp_path, "da-DK", "Broen blev indviet 3. maj 1998."))
    assert document.metadata["lang"] == "da-DK"
    assert with_language(document).language == "da"


def test_a_templates_lang_does_not_overrule_plain_german(tmp_path: Path) -> None:
    text = (
        "Der Stadtrat hat gestern beschlossen, die alte Brücke über den Fluss zu "
        "sanieren. Die Arbeiten sollen im Frühjahr beginnen und zwei Jahre dauern."
    )
    document = read_document(_page(tmp_path, "en", text))
    assert with_language(document).language == "de"


def test_the_users_choice_beats_html_lang(tmp_path: Path) -> None:
    document = read_document(_page(tmp_path, "da", "Broen blev indviet 3. maj 1998."))
    assert with_language(document, "no").language == "no"


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("tr", "Proje 2025 sonbaharında tamamlanacak.", ("2025 sonbaharında", "2025-FA")),
        ("no", "Kommunen bevilget resten i juni i år.", ("juni i år", "2025-06")),
        ("es", "El pleno en junio del año pasado aprobó el plan.",
         ("junio del año pasado", "2024-06")),
        # a decade named with two digits is the latest one over, whatever came before
        ("no", "På 1660-tallet fikk den korsarmer. Restaureringen ble gjort på 70-tallet.",
         ("70-tallet", "197")),
        # "which today" with a past verb still dates a happening
        ("cs", "Ministr, který dnes oznámil rezignaci, odešel.", ("dnes", "2025-05-14")),
    ],
)  # fmt: skip
def test_more_readings(language: str, text: str, expected: tuple[str, str]) -> None:
    assert expected in values(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("da", "Skoler får adgang om formiddagen i juni."),  # every morning in June
        ("no", "Gudstjenester holdes annenhver søndag."),
    ],
)
def test_recurring_in_danish_and_norwegian(language: str, text: str) -> None:
    assert values(text, language) == []


def test_which_today_with_a_present_verb_is_nowadays() -> None:
    assert values("Použili beton, který dnes kámen poškozuje.", "cs") == [("dnes", "PRESENT_REF")]
