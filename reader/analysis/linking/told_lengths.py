"""Sentence pairs that each tell how long one thing lasted, for a bonus to their
similarity (reader.analysis.pair_analysis), as added_counts' sums get one: "Os bombeiros
levaram seis horas para controlar as chamas" and "Os bombeiros trabalharam durante oito
horas" tell the length of one fire fight, but share only "bombeiros" and "horas" and
score under the link floor, so the lengths they disagree on were never compared.

Evidence, never a link on its own (the bonus is below the floor). Precision first: each
sentence tells one duration (reader.analysis.times.durations), a length (no deadline, rate or
distance from another moment) told in days or smaller units (a sentence in years links
on its own words: "sentenced to two years"), the two within MAX_RATIO of each other (one length told
two ways: "six hours" and "eight hours", "48 hours" and "three days"; not "30 seconds"
and "two days"), and the sentences share a content word besides those of the lengths
("bombeiros").
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.analysis.features import UnitFeatures
from reader.analysis.times.durations import durations
from reader.analysis.times.length_frames import LENGTH
from reader.analysis.words.clauses import content_words

# added to the contextual similarity of such a pair (already scoring above 0): below the
# link floor (0.14 without the sentence model, 0.16 with it), so never a link on its own
LENGTH_BONUS = 0.06
MAX_RATIO = 2.0


def length_pairs(
    feats_a: Sequence[UnitFeatures], feats_b: Sequence[UnitFeatures]
) -> set[tuple[int, int]]:
    """The unit pairs (i, j) whose sentences each tell one length of time, close in
    value, and share a content word besides."""
    told_a, told_b = _lengths(feats_a), _lengths(feats_b)
    return {
        (i, j)
        for i, (x, words_a) in told_a.items()
        for j, (y, words_b) in told_b.items()
        if min(x, y) > 0 and max(x, y) <= MAX_RATIO * min(x, y) and words_a & words_b
    }


def _lengths(feats: Sequence[UnitFeatures]) -> dict[int, tuple[float, set[str]]]:
    """For each unit telling one duration, a length: its minutes and the content words
    of the rest of its sentence."""
    out: dict[int, tuple[float, set[str]]] = {}
    for k, f in enumerate(feats):
        told = durations(f)
        if len(told) != 1 or told[0].frame != LENGTH or told[0].months:
            continue
        m = told[0].mention
        words = content_words(f.unit.text, f.language) - content_words(m.surface, f.language)
        out[k] = (float(m.key[4:]), words)
    return out
