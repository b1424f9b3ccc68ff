"""A transcript's turn label is no word of a claim's wording in the window's tooltip
(reader.ui.tooltips.wording, reading reader.session.worded_text): "Lindqvist: We will not
..." against the story's "We will not ..." is word for word the same, not "“Lindqvist”
only in A" (the report and exports: tests/session/test_worded_text.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.model import Alignment
from reader.ui.tooltips import wording
from tests.interview_pages import interview_alignment, radio_alignment


@pytest.fixture(scope="module", params=["named", "lettered"])
def transcript(request: pytest.FixtureRequest, data_dir: Path) -> Alignment:
    if request.param == "named":  # "Ledger:" / "Lindqvist:"
        return interview_alignment(data_dir, "lexical")
    return radio_alignment(data_dir, "lexical")  # "Q:" / "A:"


# was "Words differ: “Lindqvist” only in A" (and "“A” only in A")
def test_a_turn_label_is_no_word_only_in_a_in_the_tooltip(transcript: Alignment) -> None:
    lines = [wording(m, transcript.a, transcript.b) for m in transcript.matches]
    assert any(line == "Word for word the same" for line in lines)
    assert not [line for line in lines if "“Lindqvist” only" in line or "“A” only" in line]
