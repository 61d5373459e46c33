"""Plain data for the whole app: stdlib only, no Qt, no NLP.

Everything the engine produces and the views show is one of these frozen dataclasses,
so the engine and the UI agree on one vocabulary and either can be tested alone.
"""

from timeline_app.model.document import Document
from timeline_app.model.edit import EventEdit
from timeline_app.model.event import Event, Provenance
from timeline_app.model.mention import Mention
from timeline_app.model.timeline import Timeline
from timeline_app.model.when import Day, Granularity, When

__all__ = [
    "Day",
    "Document",
    "Event",
    "EventEdit",
    "Granularity",
    "Mention",
    "Provenance",
    "Timeline",
    "When",
]
