"""A whole and its parts that count one group though their nouns differ.

"The navy captured 23 pirates" and "12 Somalis and 11 Yemenis were detained" count the
same people: the whole by what they are, the parts by nationality. Their counts' words
differ ("pirat", "somali"), so the rule that compares counts of one thing
(``count_conflicts``) never put them side by side in English; in the other languages it
did only because it reads what befell any count's people there ("a capturé 23 pirates",
"12 Somaliens et 11 Yéménites ont été arrêtés"). :func:`one_group` reads it the same way
in every language: a whole of people and a list of people by kind (nationality, sex,
age) are one group when the same fate is told of both, the list's fate told once for all
its parts (the verb before the first, "captured 12 Somalis and 11 Yemenis", or the one
after the last, "12 Somalis and 11 Yemenis were detained"). Some of a group listed by
nationality ("Among the dead were 5 Germans and 4 Italians") tells no fate of its own
there, so it is not read against the whole ("The crash killed 40 people").

German says the noun of kinds listed once, as the head of the last compound ("1.247
Tier- und 747 Pflanzenarten"): the whole counting that head ("1.400 Arten") counts
what the parts count.
"""

from __future__ import annotations

from reader.analysis.features import UnitFeatures
from reader.analysis.figures.added_counts import counts_people
from reader.analysis.figures.casualties import casualty
from reader.analysis.figures.counted_parts import compound_of, elided_compound, parts
from reader.analysis.mention import Mention


def one_group(fa: UnitFeatures, na: Mention, fb: UnitFeatures, nb: Mention) -> bool:
    """One side counts a whole (``na`` or ``nb``), the other lists its parts with the
    other count among them: people by kind, the same befalling both, or kinds of a
    German compound's head that the whole counts ("1.400 Arten", "1.247 Tier- und 747
    Pflanzenarten")."""
    for whole_f, whole, split_f, split in ((fa, na, fb, nb), (fb, nb, fa, na)):
        listed = parts(split_f, split)
        if len(listed) < 2 or len(parts(whole_f, whole)) > 1:
            continue
        if elided_compound(split_f, listed) and compound_of(listed[-1].unit_word, whole.unit_word):
            return True  # "1.400 Arten" and "1.247 Tier- und 747 Pflanzenarten"
        if not (counts_people(whole_f, whole) and all(counts_people(split_f, x) for x in listed)):
            continue
        fate = _fate(whole_f, whole, whole)
        if fate and fate == _fate(split_f, listed[0], listed[-1]):
            return True
    return False


def _fate(f: UnitFeatures, first: Mention, last: Mention) -> str:
    """What befell the people counted from ``first`` to ``last`` (one count, or a list
    of them), as its clause tells it before the first or after the last; '' when not
    told."""
    base = f.unit.span.start
    start, end = first.span.start - base, last.span.end - base
    return casualty(f.unit.text, start, end, last.unit_word, f.language)
