"""The rare-word keys never miss a near-copy, and spare reports that only share a name."""

from __future__ import annotations

import random
from types import SimpleNamespace

import pytest

from timeline_app.core.likeness import NESTED_QUOTE
from timeline_app.core.rarewords import PAIRED, Rarity


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b)


def _sentences(rng: random.Random, n: int) -> list[frozenset[str]]:
    """Word sets like de-duplication's: two-word names, shared verbs, words of their own,
    and near-copies (a few words dropped or added), short and long (past PAIRED)."""
    names = [(f"first{k}", f"last{k}") for k in range(8)]
    verbs = [tuple(f"verb{k}{p}" for p in range(rng.randint(1, 3))) for k in range(6)]
    common = [f"common{k}" for k in range(40)]
    out: list[frozenset[str]] = []
    for k in range(n):
        if out and rng.random() < 0.4:  # a near-copy of an earlier sentence
            words = set(rng.choice(out))
            for word in rng.sample(sorted(words), min(len(words) - 1, rng.randint(0, 2))):
                words.discard(word)
            words.update(rng.sample(common, rng.randint(0, 2)))
        else:
            words = {*rng.choice(names), *rng.choice(verbs)}
            words.update(rng.sample(common, rng.randint(0, 2 * PAIRED)))
            words.update(f"own{k}_{m}" for m in range(rng.randint(0, 4)))
        out.append(frozenset(words))
    return out


@pytest.mark.parametrize("seed", range(6))
def test_every_near_copy_shares_a_key(seed: int) -> None:
    rng = random.Random(seed)
    sentences = _sentences(rng, 160)
    profiles = [SimpleNamespace(quote_words=words) for words in sentences]
    rarity = Rarity(profiles)  # type: ignore[arg-type]
    # a merged event's sentence is the union of its sources' (also looked up)
    merged = [
        SimpleNamespace(quote_words=a.quote_words | b.quote_words)
        for a, b in zip(profiles[::7], profiles[3::7], strict=False)
    ]
    everyone = [*profiles, *merged]
    near = 0
    for a in everyone:
        looked_up = set(rarity.probes(a))  # type: ignore[arg-type]
        for b in everyone:
            if a is not b and _jaccard(a.quote_words, b.quote_words) >= NESTED_QUOTE:
                near += 1
                listed = set(rarity.keys(b))  # type: ignore[arg-type]
                assert looked_up & listed, (sorted(a.quote_words), sorted(b.quote_words))
    assert near > 100  # the check really ran on many near-copies, long and short


def test_reports_sharing_only_a_name_share_no_key() -> None:
    """A person's every report used to be read for each report of them in the month."""
    said = [
        "mara quill opened plant port alder",
        "mara quill won contract millbrook",
        "mara quill cut forecast saltmere",
    ]
    profiles = [SimpleNamespace(quote_words=frozenset(s.split())) for s in said * 3]
    rarity = Rarity(profiles)  # type: ignore[arg-type]
    first, second, third = profiles[:3]
    assert not set(rarity.probes(first)) & set(rarity.keys(second))  # type: ignore[arg-type]
    assert not set(rarity.probes(first)) & set(rarity.keys(third))  # type: ignore[arg-type]
    assert set(rarity.probes(first)) & set(rarity.keys(profiles[3]))  # type: ignore[arg-type]


def test_a_short_sentence_inside_a_longer_one_shares_a_key() -> None:
    """Two sentences sharing one token only (here a name, always said whole) that weighs
    enough for both: "Mara Quill." and "Mara Quill resigned."."""
    said = ["mara quill", "mara quill resigned", "tobias renn resigned", "mara quill"]
    profiles = [SimpleNamespace(quote_words=frozenset(s.split())) for s in said]
    rarity = Rarity(profiles)  # type: ignore[arg-type]
    assert set(rarity.probes(profiles[0])) & set(rarity.keys(profiles[1]))  # type: ignore[arg-type]
    assert set(rarity.probes(profiles[1])) & set(rarity.keys(profiles[0]))  # type: ignore[arg-type]
