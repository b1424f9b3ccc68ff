"""Sentence pairs that each count people of one fate, for a bonus to their similarity
(reader.analysis.pair_analysis), as told_lengths' lengths get one: "Police said 37 people
had been arrested, most of them after clashes outside the parliament in the evening" and
"Police put the turnout at 12,000 and said 41 people had been detained after protesters
threw bottles and flares at officers guarding the parliament building" tell one count of
the arrested, but words alone read "arrested" and "detained" as two words: the pair
scored under the link floor (0.13 against 0.14), and the arrests they disagree on were
never compared.

Evidence, never a link on its own (the bonus is below the floor). Precision first: each
is a sentence (a headline, "Incendie à Marseille : 58 morts ...", is linked as one:
reader.analysis.linking.headline_pair) counting people of one fate only, once
(reader.analysis.figures.fated_counts: the dead, the injured, the arrested...), the two
counts within MAX_RATIO of each other (one count told twice: 37 and 41, not 3 and 300),
and the sentences share a content word besides the counts' (not "people", nor a fate's
word).
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.analysis.conflicts.repeated_facts import ends_as_a_sentence
from reader.analysis.features import UnitFeatures
from reader.analysis.figures.casualties import PEOPLE_UNITS
from reader.analysis.figures.fated_counts import fated_counts
from reader.analysis.words.clauses import content_words

# added to the contextual similarity of such a pair (already scoring above 0): below the
# link floor (0.14 without the sentence model, 0.16 with it), so never a link on its own
FATE_BONUS = 0.06
MAX_RATIO = 2.0

_Told = tuple[str, float, set[str]]  # the fate, the count, the sentence's other words


def fate_pairs(
    feats_a: Sequence[UnitFeatures], feats_b: Sequence[UnitFeatures]
) -> set[tuple[int, int]]:
    """The unit pairs (i, j) whose sentences each count people of one fate, the same,
    close in value, and share a content word besides."""
    told_a, told_b = _fates(feats_a), _fates(feats_b)
    return {
        (i, j)
        for i, (fate_a, x, words_a) in told_a.items()
        for j, (fate_b, y, words_b) in told_b.items()
        if fate_a == fate_b
        and min(x, y) > 0
        and max(x, y) <= MAX_RATIO * min(x, y)
        and words_a & words_b
    }


def _fates(feats: Sequence[UnitFeatures]) -> dict[int, _Told]:
    """For each unit counting people of one fate once, that fate, the count and the
    content words of the rest of its sentence."""
    out: dict[int, _Told] = {}
    for k, f in enumerate(feats):
        fated = fated_counts(f)
        if len(fated) != 1 or not ends_as_a_sentence(f.unit.text):
            continue
        ((span, fate),) = fated.items()
        m = next(m for m in f.numbers if m.span == span)
        try:
            value = float(m.key.partition(":")[2])
        except ValueError:
            continue
        words = content_words(f.unit.text, f.language) - content_words(m.surface, f.language)
        out[k] = (fate, value, words - PEOPLE_UNITS)
    return out
