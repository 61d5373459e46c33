"""Dates whose meaning comes from the words around them, in every language the same way:
two-digit years and decades, comparison classes, the coming weekday, day ranges without
a year, bare seasons and three-digit years after a year word."""

from __future__ import annotations

import pytest

from tests.core.intl import mentions
from timeline_app.model import Day

REF = Day(2025, 5, 14)  # a Wednesday


def values(text: str, language: str, reference: Day | None = REF) -> list[tuple[str, str]]:
    return mentions.values(text, language, reference)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # the century of the year written last in the paragraph, narratives moving on
        ("it", "Vespasiano avviò i lavori intorno al 70 d.C. Tito li inaugurò nell'80.",
         ("80", "0080")),
        ("it", "Il cantiere aprì nel 1979 e chiuse nell'82 dopo molti ritardi.", ("82", "1982")),
        ("es", "Se construyó entre 1914 y 1928. En el 92 se restauraron las vidrieras.",
         ("92", "1992")),
        # none in the paragraph: the latest such year not after the document's date
        ("it", "Nel '68 gli studenti occuparono la facoltà.", ("'68", "1968")),
        ("fr", "En 68, les étudiants occupèrent la Sorbonne.", ("68", "1968")),
        # two-digit decades, a decade named so being over
        ("it", "Negli anni '80 la città cambiò volto.", ("anni '80", "198")),
        ("es", "En los años 60 el barrio creció.", ("años 60", "196")),
        ("fr", "Dans les années 80, le port déclina.", ("années 80", "198")),
        ("de", "In den 80er Jahren wurde die Halle gebaut.", ("80er Jahren", "198")),
        ("pl", "W latach 90. wymieniono dach.", ("latach 90.", "199")),
        ("sv", "På 90-talet byggdes bron.", ("90-talet", "199")),
        ("nl", "In de jaren '70 groeide de stad.", ("jaren '70", "197")),
        ("pt", "Nos anos 90 o metro chegou ao aeroporto.", ("anos 90", "199")),
        # three-digit years after a word only years take
        ("it", "La chiesa fu consacrata nel 547 dall'arcivescovo.", ("nel 547", "0547")),
        ("pl", "Mieszko przyjął chrzest w 966 roku.", ("966 roku", "0966")),
        ("de", "Karl wurde im Jahr 800 gekrönt.", ("im Jahr 800", "0800")),
        # a day range without a year, placed like its last day
        ("de", "Vom 3. bis 5. Juli findet ein Festival statt.", ("Vom 3. bis 5. Juli",
                                                               "2025-07-03/2025-07-05")),
        ("fr", "Du 3 au 5 mars, l'abbaye accueillera un colloque.", ("Du 3 au 5 mars",
                                                                   "2025-03-03/2025-03-05")),
        ("es", "Del 14 al 16 de noviembre se celebrará una feria.",
         ("Del 14 al 16 de noviembre", "2025-11-14/2025-11-16")),
        ("sv", "Från den 3 till den 5 april hålls en konferens.",
         ("Från den 3 till den 5 april", "2025-04-03/2025-04-05")),
        # the last century, counted from the document's date
        ("fr", "Les jardins, dessinés au siècle dernier, sont ouverts.",
         ("au siècle dernier", "19")),
        ("de", "Die Halle wurde im letzten Jahrhundert gebaut.", ("im letzten Jahrhundert", "19")),
        ("pl", "W ubiegłym wieku miasto rosło.", ("W ubiegłym wieku", "19")),
        # a season without a year, in a sentence about the future
        ("de", "Die Beleuchtung soll im Herbst installiert werden.", ("im Herbst", "2025-FA")),
        # the coming weekday: a clause with no past verb, Swedish "på"
        ("pl", "Uroczystość prowadził prezydent, a w piątek muzeum zaprasza na zwiedzanie.",
         ("piątek", "2025-05-16")),
        ("sv", "Fyren öppnar för besökare igen på lördag.", ("lördag", "2025-05-17")),
    ],
)  # fmt: skip
def test_date_from_its_surroundings(language: str, text: str, expected: tuple[str, str]) -> None:
    assert expected in values(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # amounts, not two-digit years
        ("es", "En el 92 % de los casos el tratamiento funcionó."),
        ("fr", "Le port sera rénové en 50 ans."),
        ("it", "Nel 300 persone hanno firmato."),
        # a period after a superlative is what is compared, not when anything happened
        ("sv", "Skeppet är världens bäst bevarade från 1600-talet."),
        ("fr", "L'abbaye possède l'un des plus anciens cloîtres du XIIe siècle."),
        ("es", "Es una de las más altas de los mercados modernistas del siglo XX."),
        ("it", "I mosaici sono tra i meglio conservati del VI secolo."),
        ("de", "Der Dom ist eines der bedeutendsten Bauwerke aus dem 13. Jahrhundert."),
        ("pl", "To jeden z najlepiej zachowanych ratuszy z XIV wieku."),
        # two bare months joined: a season that comes back every year
        ("sv", "Vandrarhemmet är öppet från maj till september."),
        ("de", "Das Freibad ist von Mai bis September geöffnet."),
        # weekday ranges in the language's own range words: opening days
        ("nl", "De molen is open van donderdag tot en met zondag."),
        ("pt", "O mercado abre de segunda a sábado."),
        ("sv", "Museet har öppet från tisdag till söndag."),
        # a season in a sentence about every year
        ("sv", "Stationen räknar fåglar varje morgon under våren."),
    ],
)
def test_no_date_there(language: str, text: str) -> None:
    assert values(text, language) == []


def test_past_clause_keeps_the_last_weekday() -> None:
    assert ("piątek", "2025-05-09") in values("W piątek prezydent otworzył most.", "pl")


def test_a_replica_from_the_eighties_is_still_dated() -> None:
    """No superlative: "aus den 1980er Jahren" dates the replica."""
    assert ("1980er Jahren", "198") in values("Ein Nachbau aus den 1980er Jahren liegt im "
                                              "Hafen.", "de")  # fmt: skip


def test_two_digit_year_without_any_year_is_the_twentieth_century() -> None:
    assert ("'68", "1968") in values("Nel '68 gli studenti occuparono la facoltà.", "it", None)


def test_the_last_century_needs_the_documents_date() -> None:
    assert values("Les jardins, dessinés au siècle dernier, sont ouverts.", "fr", None) == []
