"""The long tail of languages as the user sees it: names, --language, detection, events."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timeline_app.cli import main
from timeline_app.core.language import (
    capability,
    detect,
    detectable,
    known,
    language_name,
    normalise,
)
from timeline_app.core.language_names import LANGUAGE_NAMES
from timeline_app.core.timex_intl.longtail import codes

RUSSIAN = (
    "Новый мост через реку открыт\n\n"
    "КАЗАНЬ, 14 марта 2022 г. – Вчера городские власти открыли новый мост через реку. "
    "Строительство началось 3 мая 2019 года, а проект утвердили в 2018 году.\n\n"
    "Старый мост был построен в 1956 году и закрыт 12.10.2020. Новый мост стоил 2000 "
    "миллионов рублей, работы шли две недели без перерыва.\n"
)


def test_every_language_with_dates_has_an_english_name() -> None:
    assert set(codes()) | {"en"} == set(LANGUAGE_NAMES)
    assert language_name("ru") == "Russian"
    assert language_name("ja") == "Japanese"
    assert language_name("no") == "Norwegian"
    assert language_name("fil") == "Filipino"
    assert language_name("xx") == "xx"


@pytest.mark.parametrize(
    ("written", "code"),
    [("Russian", "ru"), ("ru-RU", "ru"), ("JAPANESE", "ja"), ("zh_TW", "zh"), ("nb", "no"),
     ("nn", "no"), ("tl", "fil"), ("Tagalog", "fil"), ("arz", "ar"), ("Persian", "fa"),
     ("sr-Latn", "sr"), ("Norwegian Bokmål", "no")],
)  # fmt: skip
def test_codes_and_names_are_normalised(written: str, code: str) -> None:
    assert normalise(written) == code
    assert known(code)


def test_the_panel_is_honest_about_the_long_tail() -> None:
    assert capability("ru") == (
        "dates only, from dateparser's word lists and hand-kept date words (lightly tested)"
    )
    assert capability("lt") == (
        "dates only, from dateparser's word lists (not checked on an annotated article)"
    )
    assert capability("de") == "dates and quotes; titles without a parser"
    assert "English date rules" in capability("la")


def test_detection_names_about_a_hundred_of_them() -> None:
    names = detectable()
    assert 90 <= len(names) <= 110
    assert {"ru", "uk", "ja", "zh", "ko", "ar", "hi", "vi", "el", "he"} <= set(names)
    assert "agq" not in names  # Aghem: dateparser has it, the detector does not
    assert detect(RUSSIAN) == "ru"
    assert detect("橋は2004年5月12日に開通し、昨日閉鎖された。費用は二千万円だった。") == "ja"


def _extract(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:
    assert main(["extract", *argv, "--json", "--no-cache"]) == 0
    return json.loads(capsys.readouterr().out)


def test_a_russian_article_is_detected_and_gives_its_events(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "most.txt"
    article.write_text(RUSSIAN, encoding="utf-8")
    data = _extract(capsys, str(article))
    [document] = data["documents"]
    assert document["language"] == "ru"
    assert document["reference_date"] == "2022-03-14"  # the dateline, not an event
    values = sorted(e["date"]["value"] for e in data["events"])
    assert values == ["1956", "2018", "2019-05-03", "2020-10-12", "2022-03-13"]
    texts = {e["date"]["text"] for e in data["events"]}
    assert {"Вчера", "3 мая 2019 года"} <= texts  # the year word is part of the date


def test_language_is_given_by_name_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "short.txt"
    article.write_text("Мост открыли 3 мая 2019 года после ремонта.\n", encoding="utf-8")
    data = _extract(capsys, str(article), "--language", "Russian", "--reference-date",
                    "2022-03-14")  # fmt: skip
    assert data["documents"][0]["language"] == "ru"
    assert [e["date"]["value"] for e in data["events"]] == ["2019-05-03"]


def test_an_unknown_language_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "x.txt", "--language", "Klingon"]) != 0
    assert "unknown language 'Klingon'" in capsys.readouterr().err
