"""Plain data of Crossread: spans, documents, matches, alignments, notes, sessions."""

from reader.model.alignment import (
    SCHEMA,
    Alignment,
    Discrepancy,
    DiscrepancyKind,
    Match,
    MatchKind,
)
from reader.model.document import Document, merge_spans
from reader.model.span import Span

__all__ = [
    "SCHEMA",
    "Alignment",
    "Discrepancy",
    "DiscrepancyKind",
    "Document",
    "Match",
    "MatchKind",
    "Span",
    "merge_spans",
]
