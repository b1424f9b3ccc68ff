"""A transcript's labels are no names spoken of: "Lindqvist: We will not ..." and
"Ledger: Why now?" label who speaks each turn of an interview
(reader.analysis.quotations.transcript), so the eight "Ledger:" of a Q&A are no eight
mentions of the outlet that another article's "she told the Northbridge Ledger" links
to, nor the six "Lindqvist:" six mentions of the minister. The intro's and the answers'
own names stay."""

from __future__ import annotations

from collections.abc import Sequence

from reader.analysis.features import UnitFeatures
from reader.analysis.quotations.transcript import label_spans
from reader.ingest.normalize import fold
from reader.model import Document


def drop_turn_labels(feats: Sequence[UnitFeatures], doc: Document) -> None:
    """Drop, in place, the names of ``feats`` that are the labels of ``doc``'s turns
    when it is an interview's transcript."""
    labels = label_spans(doc, fold(doc.text))
    if not labels:
        return
    for f in feats:
        if any(label.overlaps(m.span) for m in f.names for label in labels):
            f.names = [m for m in f.names if not any(label.overlaps(m.span) for label in labels)]
