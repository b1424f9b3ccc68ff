"""Tests of reader/export/entry.py: a passage's lines, and which of them the source marks
as a heading (``Document.headings``), as every export that renders passages sets them."""

from __future__ import annotations

from reader.export.entry import PassageLine, line_blocks, passage_lines
from reader.model import Span

TEXT = "Intro ends here.\n\nAllies again\n\nPutin said the agreement was a breakthrough."
START = 100  # where the passage starts in its article
HEADING = Span(START + TEXT.index("Allies"), START + TEXT.index("Allies") + len("Allies again"))


def test_a_heading_within_a_passage_is_its_own_line_marked_whole() -> None:
    lines = passage_lines(TEXT, START, [HEADING])
    assert [(x.text, x.heading, x.in_heading) for x in lines] == [
        ("Intro ends here.", False, False),
        ("", False, False),
        ("Allies again", True, False),
        ("", False, False),
        ("Putin said the agreement was a breakthrough.", False, False),
    ]


def test_the_lines_give_the_passage_back_unchanged() -> None:
    lines = passage_lines(TEXT, START, [HEADING])
    assert "\n".join(x.text for x in lines) == TEXT


def test_a_word_of_a_heading_is_marked_a_part_of_one() -> None:
    """A name matched in a crosshead is in it, not a heading of its own."""
    start = HEADING.start + len("Allies ")
    [line] = passage_lines("again", start, [HEADING])
    assert line.in_heading and not line.heading


def test_a_passage_starting_half_way_through_a_heading_marks_that_line_a_part() -> None:
    cut = TEXT.index("again")
    lines = passage_lines(TEXT[cut:], START + cut, [HEADING])
    assert lines[0] == PassageLine("again", heading=False, in_heading=True)
    assert not any(x.heading or x.in_heading for x in lines[1:])


def test_the_blocks_leave_out_the_blank_lines_beside_a_heading() -> None:
    blocks = line_blocks(passage_lines(TEXT, START, [HEADING]))
    assert [[x.text for x in block] for block in blocks] == [
        ["Intro ends here."],
        ["Allies again"],
        ["Putin said the agreement was a breakthrough."],
    ]
