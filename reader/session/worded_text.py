"""A passage's text as its wording is compared with its partner's (Qt-free): a
transcript's turn label ("Lindqvist: We will not ...", "A: ...") names who speaks and is
no word of what is said (reader.analysis.quotations.transcript), so it is no word "only
in A" either. The label and its colon are blanked with spaces, so offsets into the text
(:func:`reader.session.match_wording.differing_stretches`, which marks the panes) hold."""

from __future__ import annotations

from reader.analysis.quotations.transcript import label_spans
from reader.ingest.normalize import fold
from reader.model import Document, Span

__all__ = ["worded_text"]

# the labels of the last documents read (an alignment's two): each with its document,
# so that an id reused by another document is never taken for it
_LABELS: dict[int, tuple[Document, list[Span]]] = {}
_KEPT = 4


def _labels(doc: Document) -> list[Span]:
    cached = _LABELS.get(id(doc))
    if cached is not None and cached[0] is doc:
        return cached[1]
    spans = label_spans(doc, fold(doc.text))
    if len(_LABELS) >= _KEPT:
        _LABELS.pop(next(iter(_LABELS)))
    _LABELS[id(doc)] = (doc, spans)
    return spans


def worded_text(doc: Document, span: Span) -> str:
    """``doc``'s text at ``span``, a passage, with the turn label it opens with (and
    its colon) blanked when ``doc`` is an interview's transcript: "Lindqvist: We will
    not ..." is compared as "           We will not ..."."""
    text = doc.slice(span)
    for label in _labels(doc):
        if not span.start <= label.start < span.end:
            continue
        end = label.end
        while end < span.end and (doc.text[end] in ": \u00a0" or doc.text[end] == "\t"):
            end += 1
        start, stop = label.start - span.start, end - span.start
        text = text[:start] + " " * (stop - start) + text[stop:]
    return text
