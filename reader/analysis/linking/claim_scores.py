"""A claim's score and the contextual similarity it comes from, both ways.

A claim link is decided on the contextual similarity of its two sentences (``Link.strength``,
the scale of the matrix the aligner reads: 0.04-0.5 for the closest sentence offered beside
a passage only one article reports, ``nearest``); the match shows it mapped onto [0, 1]
(:func:`claim_score`: 0.16 -> 0.5, 0.42 -> 0.8). :func:`contextual_strength` maps a claim's
score back, so a claim's pair can be weighed against the closest sentences on one scale
(``reader.session.only_in_one.rejected_closest``).
"""

from __future__ import annotations

FLOOR_STRENGTH = 0.16  # the contextual similarity a claim scored 0.5 has
STEP = 0.3 / 0.26  # score per unit of contextual similarity


def claim_score(strength: float) -> float:
    """Map a link's contextual similarity to a score in [0, 1] (0.16 -> 0.5, 0.42 -> 0.8)."""
    return float(min(1.0, max(0.0, 0.5 + (strength - FLOOR_STRENGTH) * STEP)))


def contextual_strength(score: float) -> float:
    """The contextual similarity a claim scored ``score`` was linked on: the inverse of
    :func:`claim_score` inside (0, 1); a score of 1 (or 0) gives the least (or most)
    similarity it stands for. A link of figures adding up or of one length of time told
    (``pair_analysis._with_sums``) had a bonus on top of its similarity, so this is the
    similarity with the bonus."""
    return FLOOR_STRENGTH + (score - 0.5) / STEP
