"""A short story the extractor runs together: on a page whose story is short (a brief of
a paragraph or two), trafilatura may fall back on a rendering of the page's article that
joins its headline, byline and paragraphs into one line ("Rail strike halts trains
across the north By Jane Smith (Washington) A strike by ..."): the headline is read as
a claim, the byline is not dimmed, and the paragraphs are one. The page's own blocks
(reader.ingest.html.render_body, a line each) that make that line are its lines again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

__all__ = ["apart"]


def apart(lines: list[str], blocks: Callable[[], Sequence[str]]) -> list[str]:
    """``lines`` (the extractor's), or, when they are one line that the page's
    ``blocks`` (called only then) make in a row, joined by spaces, those blocks."""
    if len(lines) != 1:
        return lines
    line = lines[0]
    shown = [" ".join(block.split()) for block in blocks()]
    for i, first in enumerate(shown):
        if not first or not line.startswith(first):
            continue
        run = _run(shown[i:], line)
        if run is not None:
            return run
    return lines


def _run(blocks: Sequence[str], line: str) -> list[str] | None:
    """The first blocks of ``blocks`` (two or more) that, joined by spaces, are ``line``."""
    joined = ""
    for j, block in enumerate(blocks):
        joined = f"{joined} {block}" if joined else block
        if not line.startswith(joined):
            return None
        if len(joined) == len(line):
            return list(blocks[: j + 1]) if j else None
    return None
