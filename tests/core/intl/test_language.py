"""Language per document: detection, the user's override, round trips, the cache key."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timeline_app.cli import main
from timeline_app.core.language import detect, language_name, normalise, with_language
from timeline_app.io.project import document_from_dict, document_to_dict
from timeline_app.model import Day, Document
from timeline_app.model.document import document_id
from timeline_app.pipeline.cache import ExtractionCache

GERMAN = "Der Stadtrat hat gestern beschlossen, die alte Brücke über den Fluss zu sanieren."
FRENCH = "Le conseil municipal a décidé hier de rénover le vieux pont sur la rivière."
SPANISH = "El ayuntamiento decidió ayer renovar el viejo puente sobre el río."
ENGLISH = "The city council decided yesterday to repair the old bridge over the river."


def _doc(text: str, language: str = "") -> Document:
    return Document(id=document_id(text), path="", title="", text=text, language=language)


@pytest.mark.parametrize(
    ("text", "code"), [(GERMAN, "de"), (FRENCH, "fr"), (SPANISH, "es"), (ENGLISH, "en")]
)
def test_short_news_sentences_are_detected(text: str, code: str) -> None:
    assert detect(text) == code


def test_no_letters_is_unknown() -> None:
    assert detect("2022-03-14 12:00 -- 3 000 €") == ""


def test_detection_fills_only_an_unset_language() -> None:
    assert with_language(_doc(GERMAN)).language == "de"
    assert with_language(_doc(GERMAN, "fr")).language == "fr"  # a previous choice stays


def test_the_users_language_overrides_detection() -> None:
    assert with_language(_doc(GERMAN), "ES").language == "es"
    assert normalise("German") == "de"
    assert normalise("de-AT") == "de"
    assert language_name("de") == "German"
    assert language_name("") == "unknown"


def test_language_round_trips_through_project_files() -> None:
    document = _doc(FRENCH, "fr")
    again = document_from_dict(json.loads(json.dumps(document_to_dict(document))))
    assert again.language == "fr"
    assert again == document
    legacy = document_to_dict(document)
    del legacy["language"]  # projects saved before languages existed
    assert document_from_dict(legacy).language == ""


def test_json_summary_says_the_language() -> None:
    assert _doc(SPANISH, "es").to_summary()["language"] == "es"


def test_cache_entries_differ_by_language(tmp_path: Path) -> None:
    cache = ExtractionCache(tmp_path)
    cache.put("doc", Day(2022, 3, 14), [], [], language="de")
    assert cache.get("doc", Day(2022, 3, 14), language="de") == ([], [])
    assert cache.get("doc", Day(2022, 3, 14), language="fr") is None
    assert cache.get("doc", Day(2022, 3, 14)) is None  # English rules: another entry


def _extract(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:
    assert main(["extract", *argv, "--json", "--no-cache"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.slow
def test_cli_detects_and_overrides_the_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path / "cache"))
    article = tmp_path / "brücke.txt"
    article.write_text(
        "MÜNCHEN, 14. März 2022 – Der Stadtrat hat gestern die Sanierung der Brücke "
        "beschlossen. Die Brücke war am 3. Mai 1903 eröffnet worden.\n",
        encoding="utf-8",
    )
    data = _extract(capsys, str(article))
    assert data["documents"][0]["language"] == "de"
    assert data["documents"][0]["reference_date"] == "2022-03-14"
    values = sorted(e["date"]["value"] for e in data["events"])
    assert values == ["1903-05-03", "2022-03-13"]
    forced = _extract(capsys, str(article), "--language", "en")
    assert forced["documents"][0]["language"] == "en"
    assert "2022-03-13" not in [e["date"]["value"] for e in forced["events"]]
