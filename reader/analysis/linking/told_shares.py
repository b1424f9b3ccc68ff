"""Sentence pairs that each tell one share, close in value, for a bonus to their
similarity (reader.analysis.pair_analysis), as told_lengths' lengths of time get one: a
results story's lead "Elena Marsh's Progressive Alliance won Sunday's general election
in Veloria with 52.3% of the vote, ..." and the other report's "With all districts
counted, the alliance had 53.2 percent of the vote, ..." tell the winner's share, but
the other's lead ("won just over half the vote") takes the first's words, and the second
scores under half of its sentence's best, so the shares they disagree on were never
compared.

Evidence, never a link on its own (the bonus is below the floor). Precision first: each
sentence tells one percentage, of one kind (a share, the turnout, a poll's:
reader.analysis.figures.percent_subjects), told before the same words ("of the vote"),
the two within MAX_GAP of each other (one share told two ways: "52.3%" and "53.2
percent"; not the loser's "47.7 percent"), and the sentences share a content word
besides ("alliance").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis.features import UnitFeatures
from reader.analysis.figures.percent_subjects import percent_subject
from reader.analysis.words.clauses import content_words

# added to the contextual similarity of such a pair (already scoring above 0), as a
# length of time's: below the link floor, so never a link on its own
SHARE_BONUS = 0.06
MAX_GAP = 0.05  # of the larger share: "52.3%" and "53.2 percent", not "52.3%" and "47.7%"


def share_pairs(
    feats_a: Sequence[UnitFeatures], feats_b: Sequence[UnitFeatures]
) -> set[tuple[int, int]]:
    """The unit pairs (i, j) whose sentences each tell one percentage of one kind, of
    the same words, close in value, and share a content word besides."""
    told_a, told_b = _shares(feats_a), _shares(feats_b)
    return {
        (i, j)
        for i, (x, of_a, words_a) in told_a.items()
        for j, (y, of_b, words_b) in told_b.items()
        if of_a == of_b and abs(x - y) <= MAX_GAP * max(x, y) and words_a & words_b
    }


def _shares(
    feats: Sequence[UnitFeatures],
) -> dict[int, tuple[float, tuple[str, str], set[str]]]:
    """For each unit telling one percentage of what the words after it say ("52.3% of
    the vote"): its value, what it is of (its kind and those words) and the content words
    and names of the rest of its sentence."""
    out: dict[int, tuple[float, tuple[str, str], set[str]]] = {}
    for k, f in enumerate(feats):
        told = [m for m in f.numbers if m.key.startswith("pct:")]
        if len(told) != 1:
            continue
        m = told[0]
        of = _OF.match(f.unit.text, m.span.end - f.unit.span.start)
        if of is None:
            continue
        said = content_words(m.surface + of.group(), f.language)
        words = content_words(f.unit.text, f.language) - said
        names = {n.key for n in f.names}
        out[k] = (float(m.key[4:]), (percent_subject(f, m), of.group(1).lower()), words | names)
    return out


_OF = re.compile(r"\s+(of\s+(?:the\s+|an?\s+)?[^\W\d_]+)")
