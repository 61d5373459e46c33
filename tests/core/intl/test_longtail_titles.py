"""Titles in languages without word lists keep the sentence whole, date included."""

from __future__ import annotations

from timeline_app.core.titletext import fallback_title


def _title(sentence: str, date: str, language: str) -> str:
    start = sentence.index(date)
    return fallback_title(sentence, start, start + len(date), language=language)


def test_a_russian_title_keeps_its_date_and_preposition_together() -> None:
    sentence = "Мост через Волгу открыли в 1962 году после долгой стройки."
    assert _title(sentence, "1962 году", "ru") == (
        "Мост через Волгу открыли в 1962 году после долгой стройки"
    )


def test_a_long_sentence_is_cut_at_the_last_comma_it_reaches() -> None:
    sentence = (
        "Городской театр на центральной площади снова открылся вчера после ремонта, "
        "который продолжался почти три года и стоил городу очень больших денег."
    )
    title = _title(sentence, "вчера", "ru")
    assert title == "Городской театр на центральной площади снова открылся вчера после ремонта"


def test_checked_languages_still_lose_their_date() -> None:
    sentence = "Die Brücke wurde am 3. Mai 1998 eröffnet."
    assert "1998" not in _title(sentence, "3. Mai 1998", "de")
