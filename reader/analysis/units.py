"""Units of matching: the non-boilerplate sentences of a document, with folded text."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from reader.ingest.normalize import fold
from reader.model import Document, Span


@dataclass(frozen=True, slots=True)
class Unit:
    """One sentence of a document that alignment may match."""

    index: int
    span: Span
    text: str
    folded: str


def document_units(doc: Document, max_chars: int = 1200) -> list[Unit]:
    """Content sentences of ``doc`` in reading order; very long ones cut at clause breaks."""
    units: list[Unit] = []
    for s in doc.content_sentences():
        for part in _cut_long(doc.text, s, max_chars):
            raw = doc.slice(part)
            if any(ch.isalnum() for ch in raw):
                units.append(Unit(len(units), part, raw, fold(raw)))
    return units


def posted_units(units: list[Unit], doc: Document) -> frozenset[int]:
    """The indices of ``units`` inside a social post ``doc`` embeds (``doc.posts``)."""
    spans = [p.span for p in doc.posts]
    return frozenset(u.index for u in units if any(s.overlaps(u.span) for s in spans))


def _cut_long(text: str, span: Span, max_chars: int) -> list[Span]:
    """Split a run-on sentence (tables, lists pasted as one line) into pieces under max_chars."""
    if len(span) <= max_chars:
        return [span]
    out: list[Span] = []
    start = span.start
    while span.end - start > max_chars:
        window = text[start : start + max_chars]
        cut = max(window.rfind("; "), window.rfind(", "), window.rfind(" "))
        end = start + (cut + 1 if cut > max_chars // 4 else max_chars)
        out.append(Span(start, end))
        start = end
    out.append(Span(start, span.end))
    return [s for s in out if len(s) > 0]


_WORD = re.compile(r"\w+")


def own_paragraph(unit: Unit, doc: Document, starts: list[int]) -> bool:
    """``unit`` is all the words of its paragraph of ``doc`` (``starts``: where the
    paragraphs start): not the end of a sentence cut at an ellipsis ("And the next host
    is … Ellen DeGeneres."), nor a clause of a longer paragraph."""
    at = bisect_right(starts, unit.span.start) - 1
    if at < 0:
        return False
    paragraph = doc.paragraphs[at]
    before = doc.text[paragraph.start : unit.span.start]
    after = doc.text[unit.span.end : paragraph.end]
    return not _WORD.search(before) and not _WORD.search(after)
