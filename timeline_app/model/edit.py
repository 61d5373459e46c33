"""A user's change to one event, stored apart from extraction output.

Its own module so the combined view (:mod:`model.combined`) and the timeline
(:mod:`model.timeline`) both use it without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass

from timeline_app.model.when import When


@dataclass(frozen=True, slots=True)
class EventEdit:
    """A user's change to one event. ``None`` fields leave the extracted value alone."""

    title: str | None = None
    when: When | None = None
    deleted: bool = False
    merged_into: str | None = None

    def is_empty(self) -> bool:
        """True when the edit changes nothing."""
        return self == EventEdit()

    def to_dict(self) -> dict[str, object]:
        """Serialisable form for project files."""
        out: dict[str, object] = {}
        if self.title is not None:
            out["title"] = self.title
        if self.when is not None:
            out["date"] = self.when.to_dict()
        if self.deleted:
            out["deleted"] = True
        if self.merged_into is not None:
            out["merged_into"] = self.merged_into
        return out

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> EventEdit:
        """Inverse of :meth:`to_dict`."""
        date = data.get("date")
        merged = data.get("merged_into")
        return cls(
            title=str(data["title"]) if "title" in data else None,
            when=When.from_dict(date) if isinstance(date, dict) else None,
            deleted=bool(data.get("deleted", False)),
            merged_into=str(merged) if merged else None,
        )
