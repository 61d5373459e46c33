"""Row packing and semantic-zoom clustering: no overlaps, every event placed exactly once."""

from __future__ import annotations

import random
from itertools import pairwise

import numpy as np
import pytest

from timeline_app.geometry.layout import (
    LaneInput,
    LayoutParams,
    Unit,
    first_bin_days,
    layout_lane,
    pack_rows,
)


def _lane(starts: list[float], days_per_px: float, width: float = 120.0) -> LaneInput:
    days = np.array(sorted(starts), dtype=np.float64)
    x = (days - days[0]) / days_per_px
    return LaneInput(
        start_day=days,
        x0=x,
        x1=x,
        point=np.ones(len(days), dtype=bool),
        card_width=lambda _i: width,
    )


def _assert_no_overlap(units: list[Unit], gap: float) -> None:
    by_row: dict[int, list[Unit]] = {}
    for u in units:
        assert u.row >= 0
        by_row.setdefault(u.row, []).append(u)
    for row in by_row.values():
        row.sort(key=lambda u: u.left)
        for a, b in pairwise(row):
            assert a.right + gap <= b.left + 1e-9


def _covered(units: list[Unit]) -> list[int]:
    return sorted(i for u in units for i in range(u.lo, u.hi))


def test_pack_rows_uses_as_few_rows_as_the_deepest_overlap() -> None:
    units = [Unit(0, 1, 0, 100), Unit(1, 2, 50, 150), Unit(2, 3, 120, 200), Unit(3, 4, 210, 300)]
    failed = pack_rows(units, max_rows=None, gap=5)
    assert not failed
    assert [u.row for u in sorted(units, key=lambda u: u.lo)] == [0, 1, 0, 0]


def test_pack_rows_reports_what_does_not_fit() -> None:
    units = [Unit(i, i + 1, 0, 100) for i in range(5)]
    failed = pack_rows(units, max_rows=3, gap=5)
    assert len(failed) == 2
    assert all(u.row == -1 for u in failed)


@pytest.mark.parametrize("seed", range(6))
def test_random_layouts_never_overlap_and_place_every_event_once(seed: int) -> None:
    rng = random.Random(seed)
    starts = [rng.uniform(0, 3000) for _ in range(rng.randrange(1, 400))]
    for dpp in (0.5, 3.0, 20.0):
        lane = _lane(starts, dpp, width=rng.uniform(60, 200))
        result = layout_lane(lane, LayoutParams(dpp, max_rows=4))
        _assert_no_overlap(result.units, 10.0)
        assert _covered(result.units) == list(range(len(starts)))
        assert result.rows <= 4


def test_unlimited_rows_never_cluster() -> None:
    lane = _lane([float(d) for d in range(50)], 1.0)
    result = layout_lane(lane, LayoutParams(1.0, max_rows=None))
    assert not any(u.badge for u in result.units)
    assert result.rows > 1


def test_dense_events_cluster_and_split_when_zoomed_in() -> None:
    starts = [float(d) for d in range(0, 400, 2)]
    zoomed_out = layout_lane(_lane(starts, 4.0), LayoutParams(4.0, max_rows=3))
    zoomed_in = layout_lane(_lane(starts, 0.25), LayoutParams(0.25, max_rows=3))
    assert any(u.badge for u in zoomed_out.units)
    assert len(zoomed_in.units) > len(zoomed_out.units)
    biggest_out = max(u.count for u in zoomed_out.units)
    biggest_in = max(u.count for u in zoomed_in.units)
    assert biggest_in < biggest_out


def test_sparse_events_stay_labelled_next_to_a_dense_cluster() -> None:
    starts = [float(d) / 10 for d in range(100)] + [1000.0, 2000.0]
    result = layout_lane(_lane(starts, 1.0), LayoutParams(1.0, max_rows=2))
    singles = [u.lo for u in result.units if not u.badge]
    assert {100, 101} <= set(singles)
    assert any(u.badge for u in result.units)


def test_many_events_take_the_fast_path_and_still_fit() -> None:
    rng = np.random.default_rng(3)
    starts = sorted(rng.uniform(0, 40000, 50000).tolist())
    result = layout_lane(_lane(starts, 30.0), LayoutParams(30.0, max_rows=10))
    _assert_no_overlap(result.units, 10.0)
    assert sum(u.count for u in result.units) == 50000
    assert len(result.units) < 200


def test_cards_near_the_right_limit_flip_left() -> None:
    lane = _lane([0.0, 100.0], 1.0, width=80.0)
    result = layout_lane(lane, LayoutParams(1.0, max_rows=None, right_limit=120.0))
    assert max(u.right for u in result.units) <= 120.0


def test_bins_are_powers_of_two_days() -> None:
    for dpp in (0.01, 1.0, 37.0, 5000.0):
        days = first_bin_days(dpp, 48)
        assert days >= 48 * dpp
        assert days / 2 < 48 * dpp
        assert float(np.log2(days)).is_integer()


def test_crowded_bin_keeps_cards_and_a_plus_badge_for_the_rest() -> None:
    starts = [float(d) / 10 for d in range(12)]
    result = layout_lane(_lane(starts, 1.0), LayoutParams(1.0, max_rows=4))
    badges = [u for u in result.units if u.badge]
    cards = [u for u in result.units if not u.badge]
    assert len(badges) == 1
    assert badges[0].partial
    assert cards
    assert badges[0].lo == max(u.lo for u in cards) + 1  # the badge holds the latest events
    assert _covered(result.units) == list(range(12))
    _assert_no_overlap(result.units, 10.0)
