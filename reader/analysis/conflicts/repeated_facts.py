"""One discrepancy for each statement of a fact, not one for each link it rides on.

A headline and a lede often state the same figure, and a sentence of the other article
links to both: "58 morts" in A's headline and lede against "61 morts" in B's lede gave
"58 vs 61" twice, and a headline linked to three sentences three or four times. Each
span takes part in at most one discrepancy of a kind and detail, taken while both its
spans are still free: those outside headlines and subheadings first, then by the link's score,
then in document order. Two articles
that each state the fact twice (headline and body) keep two rows, one for each pair of
statements, as they are two places a reader may check.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reader.model import Discrepancy, Document, Span

__all__ = ["ends_as_a_sentence", "headings", "one_for_each_statement"]

_SENTENCE_ENDS = (".", "!", "?", '"', "”", "»", "'", "’", ":")


def ends_as_a_sentence(text: str) -> bool:
    """``text`` ends as a sentence does, not as a headline ("... 58 morts dans
    l'effondrement d'un immeuble")."""
    return text.rstrip().endswith(_SENTENCE_ENDS)


def headings(doc: Document) -> list[Span]:
    """The paragraphs of ``doc`` that do not end as a sentence does: its headline and
    subheadings ("Report: Red Sox offer Teixeira $200 million")."""
    return [p for p in doc.paragraphs if not ends_as_a_sentence(doc.slice(p))]


def one_for_each_statement(
    found: Sequence[Discrepancy],
    scores: Mapping[str, float],
    headings: tuple[Sequence[Span], Sequence[Span]] = ((), ()),
) -> list[Discrepancy]:
    """``found`` less the discrepancies that repeat a kept one's kind and detail on one
    of its spans; ``scores`` gives each match id's score (a kept discrepancy rides on the
    best-scored link). A statement in a sentence comes before one in a headline or a
    subheading (``headings``: A's and B's): the sentence states the fact in full, with
    its source, and it is what a reader checks. The order of ``found`` is kept."""

    def in_headline(d: Discrepancy) -> bool:
        ha, hb = headings
        return any(h.contains(d.a) for h in ha) or any(h.contains(d.b) for h in hb)

    best_first = sorted(
        range(len(found)),
        key=lambda k: (in_headline(found[k]), -scores.get(found[k].match, 0.0), k),
    )
    taken: dict[tuple[str, str], tuple[set[Span], set[Span]]] = {}
    kept: set[int] = set()
    for k in best_first:
        d = found[k]
        used_a, used_b = taken.setdefault((d.kind.value, d.detail), (set(), set()))
        if d.a in used_a or d.b in used_b:
            continue
        used_a.add(d.a)
        used_b.add(d.b)
        kept.add(k)
    return [d for k, d in enumerate(found) if k in kept]
