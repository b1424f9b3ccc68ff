"""Ingestion: article files (.txt, .md, .html/.htm, .mhtml/.mht, .pdf; others sniffed) ->
``Document``.

Pure Python, no Qt. The public interface:

- ``load_document(path, *, max_bytes=MAX_BYTES)`` reads a file;
- ``document_from_text(text, *, path="", fmt="txt")`` builds a Document from decoded
  text (``fmt`` is ``"txt"``, ``"md"`` or ``"html"``);
- ``ARTICLE_SUFFIXES``: the names ending the files read as articles (for a file dialog);
- ``MAX_BYTES``: the documented size limit (5 MB; a PDF or an MHTML file may be 50 MB,
  its text 5 MB).

Both functions raise ``IngestError`` and nothing else; its message is one sentence that
names the file and the reason (missing, a folder, permission denied, empty, binary,
larger than the limit, no readable text; a PDF scanned, behind a password, damaged or too
long), and ``.path`` is the file's path.

The Document's ``text`` is what the pane shows: the article as written (typographic
quotes, dashes and no-break spaces kept; newlines normalised; control characters
removed), headline included as a paragraph. ``paragraphs`` (one per non-blank line) and
``sentences`` cover all its non-whitespace characters in reading order, trimmed;
``boilerplate`` marks navigation, credits, bylines, contact and date lines, duplicate
paragraphs, "Related stories" lists. Matching code compares ``normalize.fold(text)``,
which has the same length, so its offsets hold in ``text``.
"""

from __future__ import annotations

from reader.ingest.load import ARTICLE_SUFFIXES, MAX_BYTES, document_from_text, load_document

__all__ = ["ARTICLE_SUFFIXES", "MAX_BYTES", "document_from_text", "load_document"]
