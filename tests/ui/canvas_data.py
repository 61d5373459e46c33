"""Hand-built timelines for the canvas tests (no NLP): realistic news events and bulk data."""

from __future__ import annotations

import random

from timeline_app.model import Day, Document, Event, Granularity, Provenance, Timeline, When
from timeline_app.model.document import document_id


def make_doc(title: str, text: str = "") -> Document:
    """A document whose id is derived from its title, so tests can refer to it."""
    body = text or f"{title}. Body text."
    return Document(id=document_id(title), path=f"/tmp/{title}.txt", title=title, text=body)


def make_event(
    doc: Document | None,
    title: str,
    start: Day,
    end: Day | None = None,
    *,
    text: str = "",
    granularity: Granularity = Granularity.DAY,
    approximate: bool = False,
    quote: str = "",
    time: str = "",
    is_range: bool = False,
    edited: bool = False,
) -> Event:
    """An event from ``doc`` at ``start..end`` with its quote as provenance."""
    end = end or start
    quote = quote or f"On {text or start.iso()}, {title.lower()}."
    date_text = text or start.iso()
    when = When(
        value=start.iso(),
        earliest=start,
        latest=end,
        granularity=granularity,
        approximate=approximate,
        text=date_text,
        time=time,
        is_range=is_range,
    )
    a = quote.find(date_text)
    a = max(a, 0)
    sources = ()
    if doc is not None:
        sources = (Provenance(doc.id, 0, len(quote), a, a + len(date_text), quote),)
    ev_id = f"{title}|{start.iso()}|{doc.id if doc else 'manual'}"
    return Event(id=ev_id, title=title, when=when, quote=quote, sources=sources, edited=edited)


def news_timeline() -> Timeline:
    """Three articles, ~20 events: points, months, years, a range, approximate dates, BCE."""
    a = make_doc("Evergrande debt crisis explained")
    b = make_doc("Chip shortage hits car makers")
    c = make_doc("The Great Pyramid, a short history")
    d, g = Day, Granularity
    events = [
        make_event(
            a,
            "Evergrande misses bond payment",
            d(2021, 9, 23),
            text="23 September 2021",
            quote="On 23 September 2021 Evergrande missed an $83.5m interest payment.",
        ),
        make_event(a, "Shares suspended in Hong Kong", d(2021, 10, 4), text="October 4"),
        make_event(a, "Default declared by Fitch", d(2021, 12, 9), text="9 December"),
        make_event(a, "Liquidation ordered", d(2024, 1, 29), text="29 January 2024"),
        make_event(
            a,
            "Property boom",
            d(2015, 1, 1),
            d(2019, 12, 31),
            text="2015 to 2019",
            granularity=g.YEAR,
            is_range=True,
        ),
        make_event(
            a,
            "Three red lines policy",
            d(2020, 8, 1),
            d(2020, 8, 31),
            text="August 2020",
            granularity=g.MONTH,
        ),
        make_event(
            a,
            "Restructuring talks",
            d(2022, 1, 1),
            d(2022, 6, 30),
            text="early 2022",
            granularity=g.HALF,
            approximate=True,
            edited=True,
        ),
        make_event(
            b,
            "Plants idle in Europe",
            d(2021, 3, 1),
            d(2021, 3, 31),
            text="March 2021",
            granularity=g.MONTH,
        ),
        make_event(b, "Ford cuts F-150 output", d(2021, 4, 8), text="8 April 2021"),
        make_event(b, "Toyota trims production", d(2021, 8, 19), text="August 19"),
        make_event(b, "CHIPS Act signed", d(2022, 8, 9), text="9 August 2022", time="T14:30"),
        make_event(
            b, "Shortage eases", d(2023, 1, 1), d(2023, 12, 31), text="2023", granularity=g.YEAR
        ),
        make_event(b, "Fab fire in Naka", d(2021, 3, 19), text="19 March 2021"),
        make_event(
            c,
            "Great Pyramid completed",
            d(-2559),
            d(-2559, 12, 31),
            text="2560 BC",
            granularity=g.YEAR,
            approximate=True,
        ),
        make_event(
            c,
            "Herodotus visits Egypt",
            d(-449),
            d(-449, 12, 31),
            text="c. 450 BC",
            granularity=g.YEAR,
            approximate=True,
        ),
        make_event(c, "Napoleon's expedition", d(1798, 7, 21), text="21 July 1798"),
        make_event(c, "Laser scan of the chambers", d(2017, 11, 2), text="2 November 2017"),
        make_event(None, "My note: check sources", d(2021, 11, 15), text="15 Nov 2021"),
    ]
    tl = Timeline()
    tl.set_extraction([a, b, c], [e for e in events if e.sources])
    for e in events:
        if not e.sources:
            tl.add_manual(e)
    return tl


def bulk_timeline(
    n: int, *, docs: int = 5, seed: int = 7, years: tuple[int, int] = (1900, 2030)
) -> Timeline:
    """``n`` day events spread over ``years`` from ``docs`` documents."""
    rng = random.Random(seed)
    documents = [make_doc(f"Bulk article {k}") for k in range(docs)]
    lo, hi = Day(years[0]).ordinal(), Day(years[1]).ordinal()
    events = []
    for k in range(n):
        day = Day.from_ordinal(rng.randrange(lo, hi))
        doc = documents[k % docs]
        title = f"Event {k}"
        when = When(
            value=day.iso(), earliest=day, latest=day, granularity=Granularity.DAY, text=day.iso()
        )
        quote = f"Event {k} happened on {day.iso()}."
        prov = Provenance(doc.id, 0, len(quote), 18 + len(str(k)), 28 + len(str(k)), quote)
        events.append(Event(id=f"e{k}", title=title, when=when, quote=quote, sources=(prov,)))
    tl = Timeline()
    tl.set_extraction(documents, events)
    return tl
