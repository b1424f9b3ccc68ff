"""Document pair -> Alignment: segmentation, features, aligners and their combination.

``align`` is the one entry point: ``method`` is ``lexical`` (word, name and number
evidence only), ``semantic`` (the local sentence-embedding model mixed in; raises
ModelLoadError when the model cannot load) or ``auto`` (semantic when the model loads,
else lexical with a notice on the Alignment).
"""

from __future__ import annotations

import time

from reader.analysis.pipeline import (
    AlignmentCancelled,
    Cancelled,
    Progress,
    analyse,
)
from reader.analysis.pipeline import align as _align
from reader.analysis.select import SelectParams
from reader.analysis.sources import SimilaritySource
from reader.errors import ModelLoadError
from reader.model import Alignment, Document

METHODS = ("auto", "lexical", "semantic")

# Chosen by measurement (benchmarks/quality.py): lexical evidence alone needs a lower
# floor; with the model mixed in, its similarity carries paraphrases.
LEXICAL_PARAMS = SelectParams(
    floor=0.14, sure=0.2, top_k=3, ratio=0.5, context=0.25, gate_base=0.4, gate_step=0.1
)
SEMANTIC_PARAMS = SelectParams(
    floor=0.17,
    sure=0.4,
    top_k=2,
    ratio=0.5,
    context=0.25,
    gate_base=0.3,
    gate_step=0.1,
    idf_prior=100.0,
)
SEMANTIC_WEIGHT = 1.0

__all__ = [
    "METHODS",
    "AlignmentCancelled",
    "SelectParams",
    "SimilaritySource",
    "align",
    "analyse",
]


def align(
    a: Document,
    b: Document,
    *,
    method: str = "auto",
    min_score: float = 0.0,
    progress: Progress | None = None,
    is_cancelled: Cancelled | None = None,
) -> Alignment:
    """Align ``a`` with ``b``; raises AlignmentCancelled, ModelLoadError (method semantic)."""
    if method not in METHODS:
        raise ValueError(f"unknown alignment method {method!r}; choose one of {METHODS}")
    notices: tuple[str, ...] = ()
    t0 = time.perf_counter()
    if method in ("auto", "semantic"):
        from reader.analysis.embedding import default_embedder, last_load_error
        from reader.analysis.semantic import SemanticSimilarity

        embedder = default_embedder()
        if embedder is not None:
            load_ms = (time.perf_counter() - t0) * 1000
            result = _align(
                a,
                b,
                extra=[(SemanticSimilarity(embedder), SEMANTIC_WEIGHT)],
                method="semantic",
                min_score=min_score,
                params=SEMANTIC_PARAMS,
                progress=progress,
                is_cancelled=is_cancelled,
            )
            result.timing_ms["model"] = load_ms
            return result
        reason = last_load_error() or "the sentence-embedding model is not available"
        if method == "semantic":
            raise ModelLoadError(reason)
        notices = (f"{reason} Matching uses words, names and numbers only.",)
    result = _align(
        a,
        b,
        method="lexical",
        min_score=min_score,
        params=LEXICAL_PARAMS,
        progress=progress,
        is_cancelled=is_cancelled,
    )
    if notices:
        return Alignment(
            result.a,
            result.b,
            result.matches,
            result.discrepancies,
            result.only_a,
            result.only_b,
            result.method,
            result.timing_ms,
            notices,
        )
    return result
