"""German, French and Spanish dates: offsets, values, spans, granularity, traps."""

from __future__ import annotations

import itertools

import pytest

from tests.core.intl.mentions import tagged
from timeline_app.core import tagger
from timeline_app.core.reference import metadata_spans, reference_from_text
from timeline_app.core.timex_intl.lexicon import lexicon
from timeline_app.model import Day, Mention

REF = Day(2022, 3, 14)  # a Monday


def tag(text: str, language: str, reference: Day | None = REF) -> list[Mention]:
    return tagged(text, language, reference)


def only(text: str, language: str, reference: Day | None = REF) -> Mention:
    mentions = tag(text, language, reference)
    assert len(mentions) == 1, [m.text for m in mentions]
    return mentions[0]


@pytest.mark.parametrize(
    ("language", "sentence", "written", "value", "granularity"),
    [
        ("de", "Die Brücke wurde am 3. Mai 1998 eröffnet.", "3. Mai 1998", "1998-05-03", "day"),
        ("de", "Sie tagten am 14. März 2022 in Bonn.", "14. März 2022", "2022-03-14", "day"),
        ("de", "Bereits im Mai 2019 zeigten sich Risse.", "Mai 2019", "2019-05", "month"),
        ("de", "Der Vertrag wurde am 03.10.1990 wirksam.", "03.10.1990", "1990-10-03", "day"),
        ("de", "Im Jahr 1990 fiel die Entscheidung.", "Jahr 1990", "1990", "year"),
        ("de", "Ein Gutachten vom Frühjahr 2021 warnte.", "Frühjahr 2021", "2021-SP", "season"),
        ("fr", "Les travaux ont commencé à l'automne 2020.", "automne 2020", "2020-FA", "season"),
        ("es", "En el verano de 2019 cerró la fábrica.", "verano de 2019", "2019-SU", "season"),
        ("de", "Im 17. Jahrhundert wuchs die Stadt.", "17. Jahrhundert", "16", "century"),
        ("fr", "Le 12 juin 2019, le conseil a voté.", "12 juin 2019", "2019-06-12", "day"),
        ("fr", "Elle est née le 1er mai 1950.", "1er mai 1950", "1950-05-01", "day"),
        ("fr", "Les travaux ont repris en septembre 2020.", "septembre 2020", "2020-09", "month"),
        ("fr", "Au XVIe siècle, la ville était riche.", "XVIe siècle", "15", "century"),
        ("fr", "En 2015, le musée a fermé.", "2015", "2015", "year"),
        ("es", "El 4 de octubre de 2017 se votó.", "4 de octubre de 2017", "2017-10-04", "day"),
        ("es", "En marzo de 2016 hubo elecciones.", "marzo de 2016", "2016-03", "month"),
        ("es", "En el siglo XVIII la ciudad creció.", "siglo XVIII", "17", "century"),
        ("es", "En 2001 se inauguró el puerto.", "2001", "2001", "year"),
    ],
)
def test_absolute_dates(
    language: str, sentence: str, written: str, value: str, granularity: str
) -> None:
    m = only(sentence, language)
    assert (m.text, m.value) == (written, value)
    assert m.when is not None
    assert m.when.granularity.value == granularity


def test_day_spans_are_that_day_and_months_their_month() -> None:
    day = only("Sie tagten am 14. März 2022 in Bonn.", "de")
    assert day.when is not None
    assert day.when.earliest == day.when.latest == REF
    month = only("Les travaux ont repris en septembre 2020.", "fr")
    assert month.when is not None
    assert (month.when.earliest, month.when.latest) == (Day(2020, 9, 1), Day(2020, 9, 30))


def test_a_day_without_year_takes_the_reference_year() -> None:
    m = only("Le 1er mars, le ministre a démissionné.", "fr")
    assert (m.text, m.value) == ("1er mars", "2022-03-01")


@pytest.mark.parametrize(
    ("language", "sentence", "written", "value"),
    [
        ("de", "Gestern protestierten Anwohner.", "Gestern", "2022-03-13"),
        ("de", "Vorgestern kam es zum Streit.", "Vorgestern", "2022-03-12"),
        ("de", "Der Rat tagte am Freitag.", "Freitag", "2022-03-11"),
        ("de", "Letzten Dienstag sprach er.", "Letzten Dienstag", "2022-03-08"),
        ("de", "Der Rat wird am Freitag abstimmen.", "Freitag", "2022-03-18"),
        ("fr", "Hier, le maire a parlé.", "Hier", "2022-03-13"),
        ("fr", "Après-demain, il partira.", "Après-demain", "2022-03-16"),
        ("fr", "Lundi dernier, il est arrivé.", "Lundi dernier", "2022-03-07"),
        ("fr", "La semaine dernière, le ministre est parti.", "La semaine dernière", "2022-W10"),
        ("es", "Ayer habló el presidente.", "Ayer", "2022-03-13"),
        ("es", "El lunes pasado llegó la delegación.", "lunes pasado", "2022-03-07"),
        ("es", "El próximo jueves va a votar.", "próximo jueves", "2022-03-17"),
        ("es", "El año pasado cerró la fábrica.", "El año pasado", "2021"),
    ],
)
def test_relative_dates_resolve_against_the_reference(
    language: str, sentence: str, written: str, value: str
) -> None:
    m = only(sentence, language)
    assert (m.text, m.value, m.relative) == (written, value, True)


def test_la_veille_is_the_day_before_the_date_last_talked_about() -> None:
    text = "Le 12 juin 2019, le conseil a voté. La veille, il pleuvait."
    mentions = tag(text, "fr")
    assert [(m.text, m.value) for m in mentions] == [
        ("12 juin 2019", "2019-06-12"),
        ("La veille", "2019-06-11"),
    ]


def test_without_a_reference_relatives_stay_unresolved() -> None:
    m = only("Gestern protestierten Anwohner.", "de", reference=None)
    assert m.unresolved
    assert m.when is None


@pytest.mark.parametrize(
    ("language", "sentence", "value", "mod"),
    [
        ("de", "Um 500 v. Chr. entstand die Siedlung.", "BC0500", "APPROX"),
        ("fr", "Vers 300 av. J.-C., la ville fut fondée.", "BC0300", "APPROX"),
        ("es", "Hacia 200 a. C. llegaron los romanos.", "BC0200", "APPROX"),
        ("es", "A principios de marzo de 2016 hubo elecciones.", "2016-03", "START"),
        ("fr", "Mi-juin 2018, il a beaucoup plu.", "2018-06", "MID"),
    ],
)
def test_bce_and_approximate(language: str, sentence: str, value: str, mod: str) -> None:
    m = only(sentence, language)
    assert (m.value, m.mod) == (value, mod)
    assert m.when is not None
    assert m.when.approximate


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Der Golf 2000 kostet 3000 Euro und fährt 1500 Kilometer."),
        ("de", "Seit drei Jahren arbeiten dort 2019 Menschen."),
        ("de", "Am Morgen war es kalt, der Morgen danach auch."),
        ("fr", "Il a payé 2019 euros pour un Airbus A320 en trois jours."),
        ("fr", "La Peugeot 2008 consomme 5,2 litres."),
        ("es", "Llovió durante dos semanas sobre el modelo 2500 cada mañana."),
        ("es", "Ganaron 1999 votos, el 45 %, con 2020 euros."),
    ],
)
def test_traps_are_not_dates(language: str, sentence: str) -> None:
    assert [m.text for m in tag(sentence, language) if m.when is not None] == []


def test_mentions_never_overlap_and_are_sorted() -> None:
    text = "Am Freitag, 3. Mai 2019, und im Mai 2019 sowie gestern und im Jahr 2018."
    mentions = tag(text, "de")
    assert [m.text for m in mentions] == [
        "Freitag, 3. Mai 2019", "Mai 2019", "gestern", "Jahr 2018",
    ]  # fmt: skip
    for a, b in itertools.pairwise(mentions):
        assert a.end <= b.start


def test_month_names_come_from_dateparser() -> None:
    assert lexicon("de").months["jänner"] == 1  # Austrian January, never typed here
    assert lexicon("fr").months["août"] == 8
    assert lexicon("es").weekdays["miércoles"] == 2
    assert lexicon("de").relative["vorgestern"] == ("day", -2)


def test_english_is_untouched_by_the_hook() -> None:
    text = "The council met on 3 May 1998."
    assert [m.value for m in tagger.tag(text, language="en")] == ["1998-05-03"]
    assert [m.value for m in tagger.tag(text)] == ["1998-05-03"]


@pytest.mark.parametrize(
    ("language", "text", "day", "kind"),
    [
        (
            "de",
            "MÜNCHEN, 14. März 2022 – Der Stadtrat hat gestern beschlossen.",
            Day(2022, 3, 14),
            "dateline",
        ),
        ("fr", "PARIS, le 12 juin 2019 – Le conseil a voté hier.", Day(2019, 6, 12), "dateline"),
        (
            "es",
            "MADRID, 4 de octubre de 2017 (EFE) – El gobierno anunció ayer.",
            Day(2017, 10, 4),
            "dateline",
        ),
        (
            "de",
            "Titel\nVeröffentlicht am 3. Mai 2024\n\nDer Rat tagte gestern.",
            Day(2024, 5, 3),
            "published-line",
        ),
    ],
)
def test_datelines_give_the_reference_date_and_are_metadata(
    language: str, text: str, day: Day, kind: str
) -> None:
    assert reference_from_text(text) == (day, kind)
    dated = [m for m in tag(text, language, reference=day) if m.value == day.iso()]
    assert len(dated) == 1  # tagged, but inside the metadata span: never an event
    assert any(s <= dated[0].start and dated[0].end <= e for s, e in metadata_spans(text))


def test_english_datelines_are_read_as_before() -> None:
    text = "BRUSSELS, March 14, 2023 — Ministers met yesterday."
    assert reference_from_text(text) == (Day(2023, 3, 14), "dateline")


@pytest.mark.parametrize(
    ("language", "sentence", "written", "value"),
    [
        ("de", "Zwischen 1400 und 1450 blühte der Handel.", "Zwischen 1400 und 1450", "1400/1450"),
        ("fr", "De 1914 à 1918, la ville fut occupée.", "De 1914 à 1918", "1914/1918"),
        ("es", "Entre 1808 y 1812 ocuparon la ciudad.", "Entre 1808 y 1812", "1808/1812"),
        ("de", "Der Krieg 1939–1945 zerstörte den Hafen.", "1939–1945", "1939/1945"),
    ],
)
def test_year_ranges_are_one_mention_with_two_ends(
    language: str, sentence: str, written: str, value: str
) -> None:
    m = only(sentence, language)
    assert (m.text, m.value) == (written, value)
    assert [p.value for p in m.parts] == value.split("/")
    assert all(sentence[p.start : p.end] == p.value for p in m.parts)


@pytest.mark.parametrize(
    ("language", "sentence", "written", "value", "granularity"),
    [
        ("de", "Ein Nachbau aus den 1980er Jahren liegt dort.", "1980er Jahren", "198", "decade"),
        ("fr", "Dans les années 1970, tout changea.", "années 1970", "197", "decade"),
        ("es", "En la década de 1870 comenzaron.", "década de 1870", "187", "decade"),
        ("de", "Vor zwei Jahren kamen mehr Besucher.", "Vor zwei Jahren", "2020", "year"),
        ("fr", "Il y a dix ans, le plan fut lancé.", "Il y a dix ans", "2012", "year"),
        ("es", "Hace tres días llegó la carta.", "Hace tres días", "2022-03-11", "day"),
        ("de", "Lübeck wurde 1143 gegründet.", "1143", "1143", "year"),
    ],
)
def test_decades_ago_and_german_bare_years(
    language: str, sentence: str, written: str, value: str, granularity: str
) -> None:
    m = only(sentence, language)
    assert (m.text, m.value) == (written, value)
    assert m.when is not None
    assert m.when.granularity.value == granularity


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Die Firma schuf mehr als 2000 neue Stellen."),
        ("de", "Bremen nennt sich bis heute Hansestadt."),
        ("fr", "Une croisière coûte environ 1500 euros."),
        ("es", "El acuerdo tiene validez hasta hoy, dijo el alcalde."),
        ("de", "Die Halle bietet 1200 bis 1500 Plätze."),
    ],
)
def test_more_traps(language: str, sentence: str) -> None:
    assert [m.text for m in tag(sentence, language) if m.when is not None] == []


@pytest.mark.parametrize(
    ("language", "sentence", "written", "value"),
    [
        ("fr", "Les trains circulent depuis ce matin.", "ce matin", "2022-03-14TMO"),
        ("fr", "Ils ont signé hier après-midi.", "hier après-midi", "2022-03-13TAF"),
        ("de", "Gestern Abend brannte die Halle.", "Gestern Abend", "2022-03-13TEV"),
        ("es", "Esta tarde habló el ministro.", "Esta tarde", "2022-03-14TAF"),
        ("de", "Der Senat will kommende Woche entscheiden.", "kommende Woche", "2022-W12"),
        ("fr", "La ponctualité a baissé l'an dernier.", "l'an dernier", "2021"),
        ("es", "La ley cambiará el mes que viene.", "el mes que viene", "2022-04"),
        ("es", "En las elecciones de 2019 votó el 60 %.", "2019", "2019"),
    ],
)
def test_parts_of_days_and_unit_modifiers(
    language: str, sentence: str, written: str, value: str
) -> None:
    m = only(sentence, language)
    assert (m.text, m.value) == (written, value)


@pytest.mark.parametrize(
    ("language", "sentence", "written", "value"),
    [
        ("de", "Gestern um 15 Uhr brannte es.", "Gestern um 15 Uhr", "2022-03-13T15:00"),
        ("de", "Am 3. Mai 2019 um 9.30 Uhr begann es.", "3. Mai 2019 um 9.30 Uhr",
         "2019-05-03T09:30"),
        ("fr", "Hier à 15 h 30, le train est parti.", "Hier à 15 h 30", "2022-03-13T15:30"),
        ("es", "Abrirán mañana a las seis de la mañana.", "mañana a las seis de la mañana",
         "2022-03-15T06:00"),
        ("es", "El lunes pasado a las 8 de la tarde llegó.", "lunes pasado a las 8 de la tarde",
         "2022-03-07T20:00"),
    ],
)  # fmt: skip
def test_clock_times_join_their_day(
    language: str, sentence: str, written: str, value: str
) -> None:
    m = only(sentence, language)
    assert (m.text, m.value, m.type) == (written, value, "TIME")


def test_a_clock_time_alone_is_not_a_date() -> None:
    assert tag("Der Zug fährt um 15 Uhr ab.", "de") == []
