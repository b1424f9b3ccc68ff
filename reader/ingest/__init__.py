"""Ingestion: article files (.txt, .md, .html) -> ``Document``.

Pure Python, no Qt. ``load_document`` reads a file, ``document_from_text`` builds a
Document from decoded text; both raise ``IngestError`` and nothing else.
"""

from __future__ import annotations

from reader.ingest.load import MAX_BYTES, document_from_text, load_document

__all__ = ["MAX_BYTES", "document_from_text", "load_document"]
