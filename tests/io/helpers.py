"""Small builders for model objects used by the io tests."""

from __future__ import annotations

from timeline_app.model import Day, Document, Event, Granularity, Provenance, When
from timeline_app.model.document import document_id
from timeline_app.model.event import event_id

ARTICLE = (
    "PORT ELWIN — The harbour bridge reopened on 13 March 2023.\n\n"
    "Council approved the budget on 3 June 2021, \"after long talks\", said =Mayor.\n"
)


def make_document(text: str = ARTICLE, title: str = "Bridge news") -> Document:
    return Document(
        id=document_id(text),
        path="/tmp/bridge.txt",
        title=title,
        text=text,
        format="txt",
        reference_date=Day(2023, 3, 14),
        reference_source="html-meta",
        metadata={"published": "2023-03-14T08:30:00+01:00"},
    )


def make_event(
    doc: Document,
    phrase: str,
    when: When,
    *,
    title: str = "Something happened",
    actors: tuple[str, ...] = (),
    places: tuple[str, ...] = (),
) -> Event:
    """An event whose quote is the line holding ``phrase`` in ``doc.text``."""
    date_start = doc.text.index(phrase)
    start = doc.text.rfind("\n", 0, date_start) + 1
    end = doc.text.find("\n", date_start)
    end = len(doc.text) if end < 0 else end
    quote = doc.text[start:end]
    source = Provenance(doc.id, start, end, date_start, date_start + len(phrase), quote)
    return Event(
        id=event_id(quote, when.value),
        title=title,
        when=when,
        quote=quote,
        sources=(source,),
        actors=actors,
        places=places,
        confidence=0.8765,
    )


def day_when(text: str, year: int, month: int, day: int, **extra: object) -> When:
    d = Day(year, month, day)
    return When(value=d.iso(), earliest=d, latest=d, granularity=Granularity.DAY, text=text,
                **extra)  # type: ignore[arg-type]


def year_when(text: str, year: int, *, approximate: bool = False) -> When:
    value = str(year) if year > 0 else f"-{abs(year):04d}"
    return When(value=value, earliest=Day(year, 1, 1), latest=Day(year, 12, 31),
                granularity=Granularity.YEAR, text=text, approximate=approximate)


def sample_events(doc: Document) -> list[Event]:
    return [
        make_event(doc, "13 March 2023", day_when("13 March 2023", 2023, 3, 13, time="T10:00"),
                   title="The harbour bridge reopened", places=("Port Elwin",)),
        make_event(doc, "3 June 2021", day_when("3 June 2021", 2021, 6, 3),
                   title="Council approved the budget", actors=("Council", "Mayor Brandt")),
    ]
