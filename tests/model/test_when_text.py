"""Dates as cards, the table and tooltips show them: words, not TimeML codes."""

from timeline_app.model import Day, Granularity, When
from timeline_app.model.when_text import short_label, time_text


def _at(time: str) -> When:
    day = Day(2016, 6, 24)
    return When(f"2016-06-24{time}", day, day, Granularity.TIME, text="next morning", time=time)


def test_a_part_of_the_day_is_a_word_and_a_clock_time_stays_a_time():
    assert short_label(_at("TMO")) == "24 Jun 2016, morning"
    assert short_label(_at("TNI")) == "24 Jun 2016, night"
    assert short_label(_at("T14:30")) == "24 Jun 2016 14:30"
    assert short_label(_at("T09:30Z")) == "24 Jun 2016 09:30"
    assert [time_text(t) for t in ("TAF", "TEV", "TDT", "T23:05")] == [
        "afternoon", "evening", "daytime", "23:05",
    ]  # fmt: skip
