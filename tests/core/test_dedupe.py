"""De-duplication: repeated sentences and cross-document reports become one event."""

from __future__ import annotations

from timeline_app.core.dedupe import merge_events, merge_new
from timeline_app.model import Day, Event, Granularity, Provenance, When
from timeline_app.model.event import event_id

OCT5 = When("2022-10-05", Day(2022, 10, 5), Day(2022, 10, 5), Granularity.DAY, text="5 October")
OCT = When("2022-10", Day(2022, 10, 1), Day(2022, 10, 31), Granularity.MONTH, text="October")
OCT6 = When("2022-10-06", Day(2022, 10, 6), Day(2022, 10, 6), Granularity.DAY, text="6 October")


def event(
    quote: str,
    title: str,
    when: When = OCT5,
    *,
    doc: str = "a",
    start: int = 0,
    actors: tuple[str, ...] = (),
    confidence: float = 0.9,
) -> Event:
    source = Provenance(doc, start, start + len(quote), start, start + 3, quote)
    return Event(
        event_id(quote, when.value),
        title,
        when,
        quote,
        (source,),
        actors=actors,
        confidence=confidence,
    )


BRIDGE_A = "The Rivertown bridge over the Sable River opened to traffic on 5 October 2022."
BRIDGE_B = (
    "Cars crossed the Sable River on the new Rivertown bridge when it opened on 5 October 2022."
)


def test_identical_sentences_in_one_document_merge() -> None:
    first = event("Divers inspect the wreck on 4 June.", "Divers inspect the wreck", start=10)
    second = event("Divers inspect the wreck on 4 June.", "Divers inspect the wreck", start=60)
    [merged] = merge_events([first, second])
    assert merged.id == first.id
    assert [s.start for s in merged.sources] == [10, 60]


def test_same_sentence_in_two_documents_merges_with_case_and_spacing_ignored() -> None:
    a = event("Divers inspect the wreck on 4 June.", "Divers inspect the wreck", doc="a")
    b = event("Divers  inspect the WRECK on 4 June.", "Divers inspect the wreck", doc="b")
    [merged] = merge_events([a, b])
    assert merged.documents == ("a", "b")


def test_same_happening_reported_by_two_documents_merges() -> None:
    a = event(BRIDGE_A, "The Rivertown bridge opened to traffic", doc="a", actors=("Rivertown",))
    b = event(BRIDGE_B, "Cars crossed the Sable River", doc="b", actors=("Rivertown",))
    [merged] = merge_events([a, b])
    assert merged.id == a.id
    assert merged.title == a.title
    assert merged.documents == ("a", "b")


def test_different_happenings_on_the_same_day_stay_apart() -> None:
    bridge = event(BRIDGE_A, "The Rivertown bridge opened to traffic", doc="a")
    mayor = event(
        "The council elected Maria Olsen as mayor on 5 October 2022.",
        "The council elected Maria Olsen",
        doc="b",
    )
    assert len(merge_events([bridge, mayor])) == 2


def test_similar_sentences_within_one_document_stay_apart() -> None:
    a = event(BRIDGE_A, "The Rivertown bridge opened to traffic", doc="a", start=0)
    b = event(BRIDGE_B, "Cars crossed the Sable River", doc="a", start=200)
    assert len(merge_events([a, b])) == 2


def test_different_dates_never_merge() -> None:
    a = event(BRIDGE_A, "The Rivertown bridge opened to traffic", doc="a")
    b = event(BRIDGE_A.replace("5 October", "6 October"), "The bridge opened", OCT6, doc="b")
    assert len(merge_events([a, b])) == 2


def test_nested_dates_merge_with_near_identical_wording() -> None:
    precise = event(BRIDGE_A, "The Rivertown bridge opened to traffic", doc="a")
    vague = event(
        BRIDGE_A.replace("on 5 October", "in October"), "The bridge opened", OCT, doc="b"
    )
    [merged] = merge_events([vague, precise])
    assert merged.id == vague.id  # the first report keeps its id...
    assert merged.when == OCT5  # ...but the more precise date wins
    assert merged.documents == ("b", "a")


def test_nested_dates_need_more_than_loose_similarity() -> None:
    precise = event(BRIDGE_A, "The Rivertown bridge opened to traffic", doc="a")
    loose = event(BRIDGE_B.replace("on 5 October", "in October"), "Cars crossed", OCT, doc="b")
    assert len(merge_events([precise, loose])) == 2


def test_merging_unions_actors_and_keeps_the_highest_confidence() -> None:
    a = event(
        BRIDGE_A, "The Rivertown bridge opened", doc="a", actors=("Rivertown",), confidence=0.7
    )
    b = event(
        BRIDGE_A, "The Rivertown bridge opened", doc="b", actors=("City Hall",), confidence=0.9
    )
    [merged] = merge_events([a, b])
    assert merged.actors == ("Rivertown", "City Hall")
    assert merged.confidence == 0.9


def test_merging_is_idempotent_and_keeps_ids() -> None:
    a = event(BRIDGE_A, "The Rivertown bridge opened to traffic", doc="a", actors=("Rivertown",))
    b = event(BRIDGE_B, "Cars crossed the Sable River", doc="b", actors=("Rivertown",))
    once = merge_events([a, b])
    again = merge_events(once)
    assert again == once
    c = event(BRIDGE_A, "The Rivertown bridge opened to traffic", doc="c", start=40)
    [grown] = merge_events([*once, c])
    assert grown.id == a.id
    assert grown.documents == ("a", "b", "c")


def test_order_of_first_appearance_is_kept() -> None:
    late = event("The fort burned on 6 October 2022.", "The fort burned", OCT6, doc="a")
    early = event(BRIDGE_A, "The Rivertown bridge opened", doc="a", start=100)
    assert [e.id for e in merge_events([late, early])] == [late.id, early.id]


def test_empty_input() -> None:
    assert merge_events([]) == []


def test_same_day_and_a_shared_coded_name_merge_loosely_worded_reports() -> None:
    a = event(
        "On 5 October 2022, Probe-7 made the first landing ever achieved on the far side.",
        "Probe-7 made the first landing",
        doc="a",
    )
    b = event(
        "Norland became the first country to land on the far side when Probe-7 touched down "
        "on 5 October 2022, and it returned samples with Probe-8 in December.",
        "Probe-7 touched down",
        doc="b",
    )
    [merged] = merge_events([a, b])
    assert merged.documents == ("a", "b")


def test_same_day_and_place_but_different_happenings_stay_apart() -> None:
    storm = event(
        "A storm flooded the harbour of Lisbon on 5 October 2022.",
        "A storm flooded the harbour of Lisbon",
        doc="a",
        actors=("Lisbon",),
    )
    vote = event(
        "Voters in Lisbon elected a new council on 5 October 2022.",
        "Voters in Lisbon elected a new council",
        doc="b",
        actors=("Lisbon",),
    )
    assert len(merge_events([storm, vote])) == 2


def test_word_forms_count_as_the_same_word() -> None:
    a = event(
        "The agency launched the Vela satellite on 5 October 2022.",
        "The agency launched the Vela satellite",
        doc="a",
    )
    b = event(
        "The launch of the Vela satellites went ahead on 5 October 2022.",
        "The launches of the Vela satellites went ahead",
        doc="b",
    )
    assert len(merge_events([a, b])) == 1


MAY3 = When("2024-05-03", Day(2024, 5, 3), Day(2024, 5, 3), Granularity.DAY, text="3 May")


def test_same_day_same_kind_of_happening_merges_across_related_documents() -> None:
    # The documents are about one probe (both name "Kestrel-2"); the launch sentences
    # share no name and little wording, but both say "launch".
    about_a = event("Kestrel-2 is the first probe of its kind.", "Kestrel-2 is a probe", doc="a")
    about_b = event("Kestrel-2 will study the comet.", "Kestrel-2 will study the comet", doc="b")
    launch_a = event(
        "The probe was launched on 3 May from Brightwater.",
        "The probe was launched from Brightwater",
        MAY3,
        doc="a",
        start=50,
    )
    launch_b = event(
        "Its voyage started with the launch on 3 May.",
        "Its voyage started with the launch",
        MAY3,
        doc="b",
        start=50,
    )
    merged = merge_events([about_a, launch_a, about_b, launch_b])
    [launch] = [e for e in merged if e.when == MAY3]
    assert launch.id == launch_a.id
    assert launch.documents == ("a", "b")
    assert merge_events(merged) == merged  # idempotent


def test_same_day_different_kinds_of_happening_stay_apart() -> None:
    launched = event("Kestrel-2 was launched on 3 May.", "Kestrel-2 was launched", MAY3, doc="a")
    docked = event(
        "Kestrel-2 docked with the station on 3 May.", "Kestrel-2 docked with the station",
        MAY3, doc="b",
    )  # fmt: skip
    assert len(merge_events([launched, docked])) == 2


def test_same_day_same_kind_in_unrelated_documents_stays_apart() -> None:
    a = event("Norland launched a weather satellite on 3 May.", "Norland launched a satellite",
              MAY3, doc="a", actors=("Norland",))  # fmt: skip
    b = event("Vestia launched its new ferry on 3 May.", "Vestia launched its new ferry",
              MAY3, doc="b", actors=("Vestia",))  # fmt: skip
    assert len(merge_events([a, b])) == 2


def test_a_crowded_year_from_ten_documents_merges_fast() -> None:
    import random
    import time

    rng = random.Random(4)
    vocab = [f"w{i}" for i in range(500)]
    year = When("2024", Day(2024, 1, 1), Day(2024, 12, 31), Granularity.YEAR, text="2024")
    events = []
    for k in range(2000):
        quote = " ".join(rng.sample(vocab, 10)) + f" {k}."
        events.append(event(quote, " ".join(quote.split()[:4]), year, doc=f"d{k % 10}"))
    started = time.perf_counter()
    merged = merge_events(events)
    assert time.perf_counter() - started < 3.0  # was ~9 s comparing every pair
    assert [e.id for e in merge_events(merged)] == [e.id for e in merged]


def test_event_words_group_forms_of_one_happening() -> None:
    from timeline_app.core.eventwords import event_words

    assert event_words("The probe was launched from Brightwater") == {"launch"}
    assert event_words("Its voyage started with the launch") == {"launch"}
    assert event_words("Kestrel-2 touched down in the crater") == {"land"}
    assert event_words("The rover's landing") == {"land"}
    # general verbs and names ending in -ed name no happening
    assert event_words("The United States was expected to say") == set()


def test_reports_merged_earlier_still_take_an_english_near_copy_of_another_date() -> None:
    """Each of the two sentences has one French-looking "a"; counted over both at once,
    the merged event was taken for French, and an English report of the month (a date
    around its day) could no longer join it when its article was added later."""
    a = event("Corvin Motors opened a second plant in Elmsworth, 5 October.", "Plant", doc="a")
    b = event("Corvin Motors opened a second plant in Elmsworth at dawn.", "Plant", doc="b")
    merged = merge_events([a, b])
    assert [len(e.sources) for e in merged] == [2]
    month = event(
        "The carmaker Corvin Motors has opened a second plant in Elmsworth in October.",
        "Plant",
        OCT,
        doc="c",
    )
    assert [len(e.sources) for e in merge_new(merged, [month])] == [3]
