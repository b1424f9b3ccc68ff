"""Units of matching: the non-boilerplate sentences of a document, with folded text."""

from __future__ import annotations

from dataclasses import dataclass

from reader.model import Document, Span

_FOLD = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
        "\u2033": '"', "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\u200a": " ",
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
        "\u2212": "-",
    }
)  # fmt: skip


def fold(text: str) -> str:
    """Typographic quotes, dashes and exotic spaces folded to ASCII; same length as ``text``."""
    return text.translate(_FOLD)


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
