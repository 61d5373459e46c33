"""A temporal expression found in text (the tagger's output)."""

from __future__ import annotations

from dataclasses import dataclass

from timeline_app.model.when import When

DATE = "DATE"
TIME = "TIME"
DURATION = "DURATION"
SET = "SET"


@dataclass(frozen=True, slots=True)
class Mention:
    """One TIMEX3-style expression with exact offsets.

    Attributes:
        start: offset of the first character in the document text.
        end: offset after the last character; ``text == doc_text[start:end]``.
        text: the expression as written.
        type: DATE, TIME, DURATION or SET.
        value: TIMEX3 value (``2021-09-29``, ``P2W``, ``XXXX-WXX-2``, ``PRESENT_REF``…).
        when: the calendar span for anchored DATE/TIME mentions, else None (durations,
            sets, and relative expressions with no reference date).
        relative: the value depended on a reference or on the surrounding text.
        unresolved: relative, but there was no reference date to resolve it against.
        mod: TIMEX3 mod (START, MID, END, APPROX, BEFORE, AFTER…) or "".
        parts: for a range (value ``A/B``), its two ends as TIMEX3 expressions, each with
            its own offsets, type and value, the way TimeML annotates a range; else empty.
            ``timeline-app tag`` lists the ends, the event builder keeps the range.
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    when: When | None = None
    relative: bool = False
    unresolved: bool = False
    mod: str = ""
    parts: tuple[Mention, ...] = ()

    def to_dict(self) -> dict[str, object]:
        """The ``mentions`` entry of ``timeline-app tag --json``."""
        out: dict[str, object] = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
        }
        if self.mod:
            out["mod"] = self.mod
        if self.unresolved:
            out["unresolved"] = True
        return out

    def to_full_dict(self) -> dict[str, object]:
        """Every field, nested parts included: the cache's form (:meth:`to_dict` is the CLI's)."""
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
            "when": self.when.to_dict() if self.when else None,
            "relative": self.relative,
            "unresolved": self.unresolved,
            "mod": self.mod,
            "parts": [part.to_full_dict() for part in self.parts],
        }

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Mention:
        """Inverse of :meth:`to_full_dict`; reads :meth:`to_dict` output too (no span)."""
        when = data.get("when")
        parts = data.get("parts")
        items = [p for p in parts if isinstance(p, dict)] if isinstance(parts, list) else []
        return cls(
            start=int(data["start"]),  # type: ignore[call-overload]
            end=int(data["end"]),  # type: ignore[call-overload]
            text=str(data["text"]),
            type=str(data["type"]),
            value=str(data["value"]),
            when=When.from_dict(when) if isinstance(when, dict) else None,
            relative=bool(data.get("relative", False)),
            unresolved=bool(data.get("unresolved", False)),
            mod=str(data.get("mod", "")),
            parts=tuple(cls.from_dict(part) for part in items),
        )
