"""Does the pair report one event? A verdict the reader sees before reading the links.

Measured on ECB+ dev (``benchmarks/quality.py --pairs 300``: 300 same-event pairs and a
different-event control for each): the semantic aligner finds no claim or quote in
common for 59% of the different-event pairs and for 2% of the same-event pairs (lexical:
64% and 8%). Among pairs with at least one link, neither the density of links nor the
number of shared names and figures told the two apart, so the verdict speaks only when
nothing is shared.
"""

from __future__ import annotations

from reader.model import Alignment, MatchKind

NOTHING_SHARED = (
    "No claim or quote in common was found: these two articles seem to report different "
    "events. Check that this is the pair you meant to compare."
)


def shared_statements(alignment: Alignment) -> int:
    """How many claim and quote links the pair has (hand-made links included)."""
    return sum(1 for m in alignment.matches if m.kind in (MatchKind.CLAIM, MatchKind.QUOTE))


def pair_notice(alignment: Alignment) -> str | None:
    """A sentence for the reader when the pair looks unrelated, else None."""
    if shared_statements(alignment) == 0:
        return NOTHING_SHARED
    return None
