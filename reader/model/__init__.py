"""Plain data of Crossread: spans, documents, matches, alignments, notes, sessions."""

from reader.model.alignment import (
    LOOSE_SCORE,
    LOOSE_WORDS,
    SCHEMA,
    SPEAKERS_APART,
    Alignment,
    Closest,
    Discrepancy,
    DiscrepancyKind,
    Match,
    MatchKind,
    Quoted,
    is_loose,
)
from reader.model.document import Document, merge_spans
from reader.model.note import PRESET_TAGS, Note
from reader.model.post import Post
from reader.model.session import SESSION_SCHEMA, Session, match_key
from reader.model.span import Span
from reader.model.spelling import Spelling

__all__ = [
    "LOOSE_SCORE",
    "LOOSE_WORDS",
    "PRESET_TAGS",
    "SCHEMA",
    "SESSION_SCHEMA",
    "SPEAKERS_APART",
    "Alignment",
    "Closest",
    "Discrepancy",
    "DiscrepancyKind",
    "Document",
    "Match",
    "MatchKind",
    "Note",
    "Post",
    "Quoted",
    "Session",
    "Span",
    "Spelling",
    "is_loose",
    "match_key",
    "merge_spans",
]
