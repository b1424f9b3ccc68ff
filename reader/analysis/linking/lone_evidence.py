"""Links resting on one thing two sentences share: a name (with the office both tell it
with, or not) or a word running through both articles. Such a pair tells who or what the
two are about, not that they say the same of it ("Teixeira will be 29 in April." /
"Teixeira is a Maryland native."; "The town's insurance policy covers up to $3.2
million" / "The wiring had last been inspected in 2022, town records show.")."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from reader.analysis.conflicts.conflict import Conflict
from reader.analysis.features import UnitFeatures
from reader.analysis.names.name_offices import told_with_office
from reader.model import DiscrepancyKind

# A word is one the story runs on when at least this many sentences of each article hold
# it, and at least this share of each article's sentences ("town" in 4 of a brief's 7 and
# 10 of a long read's 71 on a fire in a small town; "vessel" in two piracy reports). On the
# seed pair, the two held-out pairs and the careful reader's 60 ECB+ pairs, the links under
# NAME_ALONE_SCORE resting on such a word were all wrong (5 over both methods: "vessel",
# "team", "Bank", "coaching", "project"). Three sentences alone would take a right one
# too ("consultation", in 3 of 48 and 3 of 40); links on a rarer word were right 9 times
# in 22 ("treated", in 2 of 7 sentences each; "receiver", "actress"), so a gate on any
# lone word would lose 6 core links.
TOPIC_SENTENCES = 3
TOPIC_SHARE = 0.1


def only_a_name(fa: UnitFeatures, fb: UnitFeatures, evidence: tuple[str, ...]) -> bool:
    """All the two sentences share is one name (no other word, figure or name), or one
    name and the office both tell it with ("Town Manager Rick Alvarez said" / "said Rick
    Alvarez, the town manager": reader.analysis.names.name_offices)."""
    named = [m for m in fa.names if m.surface in evidence]
    if len({m.surface for m in named}) != 1:
        return False
    rest = tuple(w for w in evidence if w != named[0].surface)
    return not rest or told_with_office(fa, fb, named[0], rest)


def sentence_counts(feats: Sequence[UnitFeatures]) -> Counter[str]:
    """How many of the sentences ``feats`` hold each stem, and how many there are (under
    the key '', which is no stem)."""
    counts = Counter(st for f in feats for st in f.stems)
    counts[""] = len(feats)
    return counts


def only_a_topic_word(
    fa: UnitFeatures, evidence: tuple[str, ...], counts: tuple[Counter[str], Counter[str]]
) -> bool:
    """All the two sentences share is one word (no name, no figure) that the story runs
    on: TOPIC_SENTENCES sentences of each article and TOPIC_SHARE of them at least hold
    it (``counts``: each article's :func:`sentence_counts`, its number of sentences
    under the key '')."""
    if len(evidence) != 1 or any(m.surface == evidence[0] for m in (*fa.names, *fa.numbers)):
        return False
    stems = [st for st, shown in fa.surfaces.items() if shown == evidence[0]]
    return any(all(_runs_on(side, st) for side in counts) for st in stems)


def _runs_on(counts: Counter[str], st: str) -> bool:
    return counts[st] >= max(TOPIC_SENTENCES, TOPIC_SHARE * counts[""])


def only_the_counted_noun(fa: UnitFeatures, evidence: tuple[str, ...], c: Conflict) -> bool:
    """All the two sentences share is the noun both counts of conflict ``c`` count (A's
    sentence ``fa``), and the counts lie an order of magnitude apart (APART times or
    more): "Drie mensen werden met onderkoelingsverschijnselen naar het ziekenhuis
    gebracht" and "Zo'n 1200 mensen moesten hun huis uit" share "mensen" and nothing else,
    two counts of people, not one count told two ways. Counts closer together stay
    compared, though their sentences share no more ("Rund 150 Einsatzkräfte waren vor
    Ort." / "Rund 200 Einsatzkräfte waren im Einsatz.": a short sentence has nothing else
    to share)."""
    if c.kind is not DiscrepancyKind.NUMBER or len(evidence) != 1:
        return False
    a, b = _value(c.a.key), _value(c.b.key)
    if a is None or b is None or min(abs(a), abs(b)) * APART > max(abs(a), abs(b)):
        return False
    stems = {st for st, shown in fa.surfaces.items() if shown == evidence[0]}
    return c.a.unit_word in stems and c.b.unit_word in stems


# how many times one count is the other, at the least, for two counts of one noun to be
# of two things when their sentences share nothing else (tests/data/pages/dijk_*: 3 and
# 1,200; tests/data/names/de_*: 150 and 200 Einsatzkräfte, one count told two ways)
APART = 10


def _value(key: str) -> float | None:
    """The value of a count's key ("num:1200"), None for another key."""
    kind, _, value = key.partition(":")
    try:
        return float(value) if kind == "num" else None
    except ValueError:
        return None
