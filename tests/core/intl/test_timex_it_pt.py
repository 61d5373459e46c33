"""Italian and Portuguese: the same grammar with their own lexicons (dates only)."""

from __future__ import annotations

import pytest

from timeline_app.core import tagger
from timeline_app.core.language import detect
from timeline_app.core.reference import reference_from_text
from timeline_app.model import Day, Mention

REF = Day(2022, 3, 14)  # a Monday


def only(text: str, language: str) -> Mention:
    mentions = tagger.tag(text, reference=REF, language=language)
    assert len(mentions) == 1, [m.text for m in mentions]
    assert text[mentions[0].start : mentions[0].end] == mentions[0].text
    return mentions[0]


@pytest.mark.parametrize(
    ("language", "sentence", "written", "value"),
    [
        ("it", "Il ponte fu inaugurato il 4 ottobre 2017.", "4 ottobre 2017", "2017-10-04"),
        ("it", "A marzo 2019 i lavori ripresero.", "marzo 2019", "2019-03"),
        ("it", "Ieri il sindaco ha parlato.", "Ieri", "2022-03-13"),
        ("it", "Lunedì scorso è arrivata la delegazione.", "Lunedì scorso", "2022-03-07"),
        ("it", "Due anni fa la fabbrica chiuse.", "Due anni fa", "2020"),
        ("it", "Nel XVIII secolo la città crebbe.", "XVIII secolo", "17"),
        ("it", "Nel 1994 nacque il progetto.", "1994", "1994"),
        ("it", "Ieri sera alle 21 è scoppiato l'incendio.", "Ieri sera", "2022-03-13TEV"),
        ("pt", "A ponte foi inaugurada em 4 de outubro de 2017.", "4 de outubro de 2017",
         "2017-10-04"),
        ("pt", "Ontem o presidente falou.", "Ontem", "2022-03-13"),
        ("pt", "Na segunda-feira passada chegou a delegação.", "segunda-feira passada",
         "2022-03-07"),
        ("pt", "Há dois anos a fábrica fechou.", "Há dois anos", "2020"),
        ("pt", "No século XVIII a cidade cresceu.", "século XVIII", "17"),
        ("pt", "Em 2001 foi inaugurado o porto.", "2001", "2001"),
        ("pt", "Ontem à tarde houve um incêndio.", "Ontem à tarde", "2022-03-13TAF"),
        ("pt", "Ontem às 15h30 houve um incêndio.", "Ontem às 15h30", "2022-03-13T15:30"),
        ("it", "Ieri alle 15.30 è crollato il tetto.", "Ieri alle 15.30", "2022-03-13T15:30"),
    ],
)  # fmt: skip
def test_dates(language: str, sentence: str, written: str, value: str) -> None:
    m = only(sentence, language)
    assert (m.text, m.value) == (written, value)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("it", "Hanno pagato 2019 euro per 300 persone in tre giorni."),
        ("pt", "Foi a segunda vez que a quinta recebeu 1500 pessoas."),
        ("pt", "Custou 2020 reais, cerca de 40 %."),
    ],
)
def test_traps(language: str, sentence: str) -> None:
    dated = [m.text for m in tagger.tag(sentence, reference=REF, language=language) if m.when]
    assert dated == []


def test_italian_and_portuguese_are_detected_and_datelines_read() -> None:
    assert detect("Il consiglio comunale ha deciso ieri di restaurare il vecchio ponte.") == "it"
    assert detect("A câmara municipal decidiu ontem restaurar a velha ponte sobre o rio.") == "pt"
    text = "LISBOA, 4 de outubro de 2017 – O governo anunciou ontem novas medidas."
    assert reference_from_text(text) == (Day(2017, 10, 4), "dateline")
