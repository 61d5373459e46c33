"""How many examples each fuzz target runs: a short run in CI, a long one on request.

``TIMELINE_FUZZ_EXAMPLES=10000 python -m pytest tests/fuzz -q`` runs every target with
10,000 examples (random seeds); without it the CI run uses the small per-target counts
given here, derandomised so CI fails only when the code changes, never by chance.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

LONG = int(os.environ.get("TIMELINE_FUZZ_EXAMPLES", "0") or 0)


def fuzz_settings(ci_examples: int) -> settings:
    """Hypothesis settings for one target: ``ci_examples`` in CI, ``LONG`` when set."""
    return settings(
        max_examples=LONG or ci_examples,
        deadline=None,  # parsers on a shared 2-core machine: time is checked elsewhere
        derandomize=not LONG,
        database=None if not LONG else settings.default.database,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                               HealthCheck.filter_too_much, HealthCheck.large_base_example],
        print_blob=True,
    )
