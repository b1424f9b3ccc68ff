"""What befell the people each count of a sentence counts ("37 people had been arrested":
arrested; "killing 12 workers": dead), where its clause says
(reader.analysis.figures.casualties); read by count conflicts and by the links of two
sentences each counting people of one fate (reader.analysis.linking.told_fates)."""

from __future__ import annotations

from reader.analysis.features import UnitFeatures
from reader.analysis.figures.casualties import PEOPLE_UNITS, casualty
from reader.analysis.figures.person_kinds import counts_a_kind
from reader.analysis.figures.table_cells import column_of
from reader.model import Span

__all__ = ["fated_counts"]


def fated_counts(f: UnitFeatures) -> dict[Span, str]:
    """What befell the people each count of ``f`` counts, where its clause says."""
    text, base = f.unit.text, f.unit.span.start
    out: dict[Span, str] = {}
    for m in f.numbers:
        if head := column_of(f, m):  # a table's "12" under "Dead": read as "12 dead"
            told = f"{m.surface} {head.lower()}"
            role = casualty(told, 0, len(m.surface), "", f.language)
            if role:
                out[m.span] = role
            continue
        # a count in another language is read by that language's words, whatever it
        # counts; in English, a count of people, of any kind ("killing 12 workers")
        if m.kind == "number" and (
            m.unit_word in PEOPLE_UNITS or counts_a_kind(m.unit_word) or f.language is not None
        ):
            role = casualty(text, m.span.start - base, m.span.end - base, m.unit_word, f.language)
            if role:
                out[m.span] = role
    return out
