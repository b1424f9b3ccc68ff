"""Counts of linked sentences that tell one fate of one value: "مقتل ٧٢ شخصاً" ("the
killing of 72 people") and "72 قتيلاً" ("72 dead"), the fate told by a word before the
figure on one side and after it on the other, their nouns ("شخص", person, and "قتيل",
dead) no one thing to reader.analysis.figures.counted_parts. English pairs "killed 72
people" and "72 dead" by their nouns (both count people); a language whose nouns of
people are not listed pairs them by what befell the people each counts
(reader.analysis.figures.fated_counts), a Numbers match of one value, not a rough one."""

from __future__ import annotations

from collections.abc import Iterator

from reader.analysis.features import UnitFeatures
from reader.analysis.figures.fated_counts import fated_counts
from reader.analysis.figures.linked_figures import LinkedSentences, linked_figures
from reader.analysis.mention import Mention
from reader.model import Span

__all__ = ["fated_partners"]


def fated_partners(linked: LinkedSentences) -> Iterator[tuple[Mention, Mention]]:
    """Each figure of A and one of B in a sentence linked to it, neither matched yet, of
    one value and each counting people of one fate."""
    fates: dict[int, dict[Span, str]] = {}

    def fate(f: UnitFeatures, m: Mention) -> str:
        if id(f) not in fates:
            fates[id(f)] = fated_counts(f)
        return fates[id(f)].get(m.span, "")

    for f, ma, g, mb in linked_figures(linked):
        if ma.kind == mb.kind == "number" and ma.key == mb.key:
            told = fate(f, ma)
            if told and told == fate(g, mb):
                yield ma, mb
