"""What a Matches row shows of a name or a figure other rows show alike: its words, then
the words of its line around it, and where the words around it repeat elsewhere in the
article (a caption the body repeats, a lead the body says again), its place too.

The sample pair's Hankyoreh piece opens its body with its photo caption's words ("North
Korean leader Kim Jong-un and…" twice), and AP says its lead's words again in its eighth
paragraph, so six rows read alike even in their words around the name: "North Korean ·
North Korean leader Kim Jong-un and…" twice. Those now say where: "North Korean ·
caption · North Korean leader…" and "North Korean · par. 3 · North Korean leader…".
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable

from reader.ingest.photo_credits import trailing_credit
from reader.model import Document, Span
from reader.ui.tooltips import in_context

# a name or a figure that more rows show alike: this many characters of its line each side
ROW_CONTEXT = 24
CAPTION = "caption"
HEADLINE = "headline"


def in_row(doc: Document, span: Span, place: bool = False) -> str:
    """A name or a figure other rows show alike: its words, then (with ``place``) where it
    is, then the words around it ("Kim · Putin, Kim pledge ‘mutual…"), so that the row
    says which of the names in its context is linked."""
    where = f"{paragraph_place(doc, span)} · " if place else ""
    return f"{doc.slice(span)} · {where}{in_context(doc, span, ROW_CONTEXT)}"


def paragraph_place(doc: Document, span: Span) -> str:
    """Where ``span`` is, as a reader counts the paragraphs of the pane: "headline" for
    the first paragraph read (the greyed lines, bylines and credits, not counted),
    "caption" for a paragraph that ends in a photo credit ("…on June 18, 2024.
    (AFP/Yonhap)"), else "par. N", N counted from the first after the headline."""
    read = [p for p in doc.paragraphs if not doc.within_boilerplate(p)]
    index = bisect.bisect_right([p.start for p in read], span.start) - 1
    if index <= 0:
        return HEADLINE
    if trailing_credit(doc.slice(read[index]).rstrip()) is not None:
        return CAPTION
    return f"par. {index}"


def placed(doc: Document, spans: Iterable[Span]) -> set[Span]:
    """Of ``spans`` (one side's names and figures shown in their words around them),
    those whose words around them another of the spans shows alike: each row of them
    says its place."""
    by_words: dict[str, set[Span]] = defaultdict(set)
    for span in spans:
        by_words[in_row(doc, span)].add(span)
    return {span for alike in by_words.values() if len(alike) > 1 for span in alike}
