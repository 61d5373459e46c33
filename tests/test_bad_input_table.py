"""The README's "What happens with bad input" table is true: every row is run."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.bad_input_cases import CASES, MORE, Case, render_table

README = Path(__file__).resolve().parents[1] / "README.md"


@pytest.fixture(autouse=True)
def _no_model(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from timeline_app.core import nlp

    monkeypatch.setenv("TIMELINE_NO_MODEL", "1")
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path / "cache"))
    nlp.load_nlp.cache_clear()


@pytest.mark.parametrize("case", CASES, ids=[c.what for c in CASES])
def test_each_row_is_what_the_user_sees(case: Case, tmp_path: Path) -> None:
    seen = case.check(tmp_path)
    if case.shows.endswith(MORE):
        assert seen.startswith(case.shows.removesuffix(MORE))
    else:
        assert seen == case.shows


def test_the_readme_table_is_generated_from_the_cases() -> None:
    text = README.read_text(encoding="utf-8")
    section = re.search(r"## What happens with bad input\n(.*?)(?=\n## |\Z)", text, re.S)
    assert section is not None, "README has no 'What happens with bad input' section"
    assert render_table() in section.group(1), "run: python -m tests.bad_input_cases"
