"""Passages only one article reports: its sentences that no match covers, joined into
passages as a reader reads them.

Consecutive such sentences make one passage while they follow each other inside one
paragraph (only white space between), and a paragraph break ends it: a paragraph is a
writer's unit (one fact, one quotation, one step of the story), so the "Only in one" tab
lists one passage per paragraph stretch, each with the other article's sentence closest
to it, and ``crossread align --format text`` prints them apart. Joined across paragraphs,
AP's six paragraphs on what KCNA said the treaty holds were one row, shown by its
first 200 characters with one closest sentence for them all, and a line the
crosshead rule did not read as one ("What it pays for") ran on from the sentence before
it ("The measure passed after three hours of debate. What it pays for Most of the ...").
The headline, a paragraph of its own, is always a passage of its own.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

from reader.model import Document, Span


def passages(doc: Document, sentences: Iterable[Span]) -> list[Span]:
    """``sentences`` of ``doc`` (in reading order, not overlapping) joined into passages:
    one with the next when only white space lies between them and no paragraph break
    (see the module's docstring)."""
    starts = [p.start for p in doc.paragraphs]
    out: list[Span] = []
    for s in sentences:
        if out and _runs_on(doc, starts, out[-1], s):
            out[-1] = Span(out[-1].start, s.end)
        else:
            out.append(s)
    return out


def _runs_on(doc: Document, starts: list[int], passage: Span, sentence: Span) -> bool:
    """``sentence`` goes on ``passage``: only white space between them, in one paragraph."""
    if doc.text[passage.end : sentence.start].strip():
        return False
    return _paragraph(starts, max(passage.start, passage.end - 1)) == _paragraph(
        starts, sentence.start
    )


def _paragraph(starts: list[int], offset: int) -> int:
    """The index of the paragraph holding ``offset`` (``starts``: where they start); -1
    before the first."""
    return bisect_right(starts, offset) - 1
