"""A transcript's labels are no names (reader/analysis/names/turn_labels.py): "Roos:"
labelling an answer is no mention of the governor, the intro's name is."""

from __future__ import annotations

from collections.abc import Callable

from reader.analysis.features import extract
from reader.analysis.names.turn_labels import drop_turn_labels
from reader.analysis.units import document_units
from reader.model import Document

PAGE = (
    "Roos on rates\nCentral bank governor Maja Roos spoke to us on Tuesday.\n"
    "Will rates fall?\nRoos: Not this year.\nWhy not?\nRoos: Inflation is too high.\n"
    "And next year?\nRoos: Perhaps, if Parliament agrees."
)


def test_the_labels_are_dropped_the_names_said_kept(doc: Callable[[str], Document]) -> None:
    page = doc(PAGE)
    feats = [extract(u) for u in document_units(page)]
    drop_turn_labels(feats, page)
    found = {(m.surface, m.span.start) for f in feats for m in f.names}
    labels = {("Roos", at) for at in range(len(PAGE)) if PAGE.startswith("\nRoos:", at - 1)}
    assert len(labels) == 3
    assert not found & labels
    assert {s for s, _ in found} >= {"Maja Roos", "Parliament"}


def test_no_transcript_keeps_its_names(doc: Callable[[str], Document]) -> None:
    page = doc("Rates held\nRoos: a name before a colon in a single line.\nMaja Roos spoke.")
    feats = [extract(u) for u in document_units(page)]
    before = [m.surface for f in feats for m in f.names]
    drop_turn_labels(feats, page)
    assert [m.surface for f in feats for m in f.names] == before
