"""The parameters of link selection (``select``), apart from it: without numpy, so that
``reader.analysis`` imports quickly (the model file starts being read meanwhile)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SelectParams:
    floor: float = 0.16  # below this, never a link
    sure: float = 0.42  # at or above this, always a link
    top_k: int = 2  # otherwise: among the k best of both its row and its column ...
    ratio: float = 0.7  # ... and within this fraction of the weaker side's best
    context: float = 0.25  # weight of the diagonal neighbours' similarity
    gate_base: float = 1.0  # similarity scale for a pair sharing no name or figure ...
    gate_step: float = 0.0  # ... raised by this much for each one they share
    idf_prior: float = 0.0  # pseudo-documents smoothing the lexical IDF (short articles)
    # a pair scoring under this share of the floor by itself is no link, whatever context
    # gives it (under ``sure``): its neighbours say the sentences around are in step, not
    # that these two tell one fact
    own_share: float = 0.0
