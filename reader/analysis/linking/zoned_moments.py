"""Sentence pairs that each tell a moment in a time zone, the two within half an hour of
each other once converted to UTC, for a bonus to their similarity
(reader.analysis.pair_analysis), as told_lengths' lengths get one: a launch story's
"Wayfarer-3 separated from the second stage at 10:44 a.m. EDT and is due to dock with
Meridian at about 6:15 a.m. EDT Saturday, in an orbit about 420 km (260 miles) above
Earth" and an agency's "The capsule separated from the upper stage at 14:46 UTC" tell one
moment of the flight, two minutes apart, but share only "separated" and "stage" in a long
sentence, and scored under the link floor: the agency's sentence was listed as told only
there, and the minutes they disagree on were never compared.

Evidence, never a link on its own (the bonus is below the floor). A time told with its zone
("10:44 a.m. EDT", "1432 GMT", "4:32 p.m. CEST") is a moment of record, seldom told of
two things of one story within half an hour by chance; a time in local time, with no zone
or in an ambiguous one ("IST"), or "ET" in an undated article, is none
(reader.analysis.times.zoned_partners). The sentences share a content word besides those
of their times ("separated").
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.analysis.features import UnitFeatures
from reader.analysis.times.zoned_partners import CLOSE_MINUTES, Zoned, minutes_apart, zoned_times
from reader.analysis.words.clauses import content_words

# added to the contextual similarity of such a pair (already scoring above 0): below the
# link floor, so never a link on its own
MOMENT_BONUS = 0.06


def moment_pairs(
    feats_a: Sequence[UnitFeatures], feats_b: Sequence[UnitFeatures]
) -> set[tuple[int, int]]:
    """The unit pairs (i, j) whose sentences each tell a zoned moment, the two within
    CLOSE_MINUTES of each other, and share a content word besides."""
    told_a, told_b = _moments(feats_a), _moments(feats_b)
    return {
        (i, j)
        for i, (xs, words_a) in told_a.items()
        for j, (ys, words_b) in told_b.items()
        if words_a & words_b and any(minutes_apart(x, y) <= CLOSE_MINUTES for x in xs for y in ys)
    }


def _moments(feats: Sequence[UnitFeatures]) -> dict[int, tuple[list[Zoned], set[str]]]:
    """For each unit telling a moment in a zone of one offset, those moments and the
    content words of the rest of its sentence."""
    out: dict[int, tuple[list[Zoned], set[str]]] = {}
    for k, f in enumerate(feats):
        told = [z for z in zoned_times(f) if len(z.offsets) == 1]
        if not told:
            continue
        words = content_words(f.unit.text, f.language)
        for z in told:
            words -= content_words(z.shown, f.language)
        out[k] = (told, words)
    return out
