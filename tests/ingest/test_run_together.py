"""Tests of reader/ingest/run_together.py: a story the extractor ran into one line gets
the page's blocks back as its lines; any other text is left as it is."""

from __future__ import annotations

from reader.ingest.run_together import apart

BLOCKS = [
    "Home News Sport",
    "Rail strike halts trains",
    "By Jane Smith (Washington)",
    "A strike by train drivers halted most services on Tuesday.",
    "More news",
]


def test_one_line_the_page_s_blocks_make_is_those_blocks() -> None:
    line = " ".join(BLOCKS[1:4])
    assert apart([line], lambda: BLOCKS) == BLOCKS[1:4]


def test_one_paragraph_that_is_one_block_stays() -> None:
    assert apart([BLOCKS[3]], lambda: BLOCKS) == [BLOCKS[3]]


def test_one_line_the_blocks_do_not_make_stays() -> None:
    line = "Rail strike halts trains By Jane Smith (Washington) A strike by train drivers."
    assert apart([line], lambda: BLOCKS) == [line]


def test_lines_of_their_own_are_never_compared() -> None:
    def blocks() -> list[str]:
        raise AssertionError("the page is not rendered for lines of their own")

    assert apart(BLOCKS[1:3], blocks) == BLOCKS[1:3]
