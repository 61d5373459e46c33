"""The keys that find a report's near-copies over another date span: a prefix filter.

A report of a date inside another's ("29 September 2021" in "September 2021") is the same
happening only when their sentences share :data:`~.likeness.NESTED_QUOTE` of their words
(Jaccard): most of them. The date index lists each report under a few *keys* made of its
rarest words, and a report looks up its own: two sentences that close always share a key
(proved below), and two that share only common words rarely do.

Words that occur together in every sentence of a merge (the two halves of a name, the
words of a sentence found nowhere else) are one *token*, weighing their number of words.
Tokens are ordered rarest first. A sentence ``B`` with ``J(A, B) >= NESTED_QUOTE`` shares
at least ``t = ceil(NESTED_QUOTE * |A|)`` words with ``A``; let ``c1``, ``c2`` be the first
two tokens they share:

* ``P1(A)``, the shortest run of ``A``'s first tokens that leaves at most ``t - 1`` words
  out, holds ``c1``: the words left out cannot hold all ``t`` shared ones.
* ``P2(A)``, the shortest run that leaves at most ``t - 1 - W`` out (``W``: the heaviest
  token of ``P1(A)``), holds ``c2``: ``c2`` and the shared tokens after it weigh at least
  ``t - w(c1) >= t - W``.

The same holds for ``B`` with its own ``t``, so the pair ``(c1, c2)`` is a key of both;
when they share one token only, it weighs at least ``t`` for both, and such a token is a
key on its own. A pair is far rarer than a word: a report shares its who-word with every
report of that person, its who-and-what pair with few.

A long sentence has too many pairs, so sentences of more than :data:`PAIRED` words are
listed under their single ``P1`` tokens instead (the one-word prefix filter, exact for the
same reason), and so are shorter ones that could be one of those sentences' near-copies.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from timeline_app.core.likeness import NESTED_QUOTE, Profile

#: Sentences of at most this many words are listed under pairs of tokens (at most 15).
PAIRED = 12
#: Shortest sentence that can be a near-copy of a longer one than :data:`PAIRED`.
_NEAR_UNPAIRED = math.ceil(NESTED_QUOTE * (PAIRED + 1) - 1e-9)
#: Keys are ints: ``i * _WIDE + j`` for the pair of tokens ranked ``i < j`` (``j == i``:
#: one heavy token), ``-1 - i`` for token ``i`` of a long sentence, ``-1 - i - _WIDE``
#: for token ``i`` of a short one that long ones look up.
_WIDE = 1 << 32

Keys = tuple[int, ...]


class Rarity:
    """Tokens of the sentence words of one merge, rarest first, and each report's keys.

    Every sentence indexed or looked up must be one of ``profiles`` or a union of them
    (a merged event's): then words that occur together in one occur together in all. A
    word it never saw is a token of its own, ranked after the others.
    """

    def __init__(self, profiles: Iterable[Profile] = ()) -> None:
        seen_in: dict[str, list[int]] = {}
        for k, profile in enumerate(profiles):
            for word in profile.quote_words:
                seen_in.setdefault(word, []).append(k)
        together: dict[tuple[int, ...], list[str]] = {}
        for word, where in seen_in.items():
            together.setdefault(tuple(where), []).append(word)
        ranked = sorted(together.items(), key=lambda item: (len(item[0]), min(item[1])))
        self._token: dict[str, int] = {}
        self._weight: list[int] = []
        for rank, (_, words) in enumerate(ranked):
            for word in words:
                self._token[word] = rank
            self._weight.append(len(words))
        self._keys: dict[int, tuple[Profile, Keys, Keys]] = {}

    def keys(self, profile: Profile) -> Keys:
        """The keys ``profile`` is listed under."""
        return self._of(profile)[1]

    def probes(self, profile: Profile) -> Keys:
        """The keys ``profile`` looks up: every near-copy is listed under one of them."""
        return self._of(profile)[2]

    def _of(self, profile: Profile) -> tuple[Profile, Keys, Keys]:
        found = self._keys.get(id(profile))
        if found is None or found[0] is not profile:
            found = self._keys[id(profile)] = (profile, *self._compute(profile.quote_words))
        return found

    def _compute(self, words: frozenset[str]) -> tuple[Keys, Keys]:
        size = len(words)
        if not size:
            return (), ()
        weight = self._weight
        ranks = sorted({self._rank(w) for w in words})
        least = math.ceil(NESTED_QUOTE * size - 1e-9)  # words shared with any near-copy
        first = _run(ranks, weight, size, least - 1)
        if size > PAIRED:
            singles = tuple(-1 - i for i in first)
            return singles, (*singles, *(-1 - i - _WIDE for i in first))
        second = _run(ranks, weight, size, least - 1 - max(weight[i] for i in first))
        paired = [i * _WIDE + i for i in first if weight[i] >= least]
        paired += [i * _WIDE + j for n, i in enumerate(second) for j in second[n + 1 :]]
        if size < _NEAR_UNPAIRED:
            keys = tuple(paired)
            return keys, keys
        listed = (*paired, *(-1 - i - _WIDE for i in first))
        return listed, (*paired, *(-1 - i for i in first))

    def _rank(self, word: str) -> int:
        rank = self._token.get(word)
        if rank is None:
            rank = self._token[word] = len(self._weight)
            self._weight.append(1)
        return rank


def _run(ranks: list[int], weight: list[int], size: int, leave: int) -> list[int]:
    """The shortest run of ``ranks`` from the start that leaves at most ``leave`` words."""
    rest = size
    for n, rank in enumerate(ranks):
        if rest <= leave:
            return ranks[:n]
        rest -= weight[rank]
    return ranks
