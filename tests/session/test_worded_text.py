"""A transcript's turn label is no word of a claim's wording (reader.session
.worded_text): "Lindqvist: We will not ..." against the story's "We will not ..." is word
for word the same, not "“Lindqvist” only in A", in the text report and the exports alike
(the window's tooltip: tests/ui/test_worded_tooltips.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.export.entries import match_entry
from reader.model import Alignment, MatchKind
from reader.model.session import Session
from reader.report import text_summary
from reader.session.match_wording import differing_stretches
from reader.session.worded_text import worded_text
from tests.interview_pages import interview_alignment, radio_alignment

_WORDED = (MatchKind.CLAIM, MatchKind.QUOTE)


@pytest.fixture(scope="module", params=["named", "lettered"])
def transcript(request: pytest.FixtureRequest, data_dir: Path) -> Alignment:
    if request.param == "named":  # "Ledger:" / "Lindqvist:"
        return interview_alignment(data_dir, "lexical")
    return radio_alignment(data_dir, "lexical")  # "Q:" / "A:"


# was "Words differ: “Lindqvist” only in A" (and "“A” only in A")
def test_a_turn_label_is_no_word_only_in_a(transcript: Alignment) -> None:
    session = Session(transcript)
    entries = [match_entry(session, m.id) for m in transcript.matches if m.kind in _WORDED]
    assert not [e.wording for e in entries if e is not None and "“Lindqvist”" in e.wording]
    assert "“Lindqvist” only in A" not in text_summary(transcript)


def test_the_label_is_blanked_and_the_offsets_hold(transcript: Alignment) -> None:
    for m in transcript.matches:
        if m.kind not in _WORDED:
            continue
        text = worded_text(transcript.a, m.a)
        assert len(text) == m.a.end - m.a.start
        stretches = differing_stretches(text, transcript.b.slice(m.b))
        for span in stretches.a if stretches is not None else ():
            assert text[span.start : span.end] == transcript.a.slice(m.a)[span.start : span.end]
