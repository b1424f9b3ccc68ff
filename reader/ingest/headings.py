"""The paragraphs an article's source marks as headings: an HTML <h2> to <h6> (as
trafilatura keeps them, ``<head rend="h2">``), a Markdown "## heading" or setext heading,
a Word or OpenDocument heading style.

Each reader of a format gives the words of its headings; they are found again among the
paragraphs of the text it hands on (``heading_spans``), whatever it did to the text in
between (a byline added, a standfirst moved, lines joined), by their words. The first
paragraph is the headline, never a heading; nor is the headline of a live page's update,
under its time ("12.12.2023 • 14:32 Uhr" / "Selenskyj in Washington gelandet"), which
states what happened.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from typing import Any

from reader.ingest.normalize import clean
from reader.ingest.update_stamps import is_update_stamp
from reader.model import Span

__all__ = ["HTML_HEADINGS", "heading_spans", "inner_heading", "marked_heads"]

# the HTML headings under the headline's <h1> (trafilatura's ``rend`` of a <head>)
HTML_HEADINGS = frozenset(("h2", "h3", "h4", "h5", "h6"))


def heading_key(text: str) -> str:
    """``text`` as a heading is compared: cleaned, its runs of white space one space."""
    return " ".join(clean(text).split())


def heading_spans(text: str, paragraphs: Sequence[Span], marked: Iterable[str]) -> tuple[Span, ...]:
    """The ``paragraphs`` of ``text`` but the first (the headline) whose words are those of
    one of the ``marked`` headings, in order; not one under an update's time."""
    keys = {key for heading in marked if (key := heading_key(heading))}
    if not keys:
        return ()
    return tuple(
        p
        for before, p in itertools.pairwise(paragraphs)
        if heading_key(text[p.start : p.end]) in keys
        and not is_update_stamp(text[before.start : before.end])
    )


def marked_heads(body: Any) -> tuple[str, ...]:
    """The words of each <h2> to <h6> of trafilatura's ``body`` (an lxml element, or
    None), in order."""
    if body is None or not hasattr(body, "iter"):
        return ()
    heads = (
        heading_key("".join(head.itertext()))
        for head in body.iter("head")
        if str(head.get("rend", "")).lower() in HTML_HEADINGS
    )
    return tuple(head for head in heads if head)


def inner_heading(body: Any, title: str | None) -> bool:
    """Whether ``title`` is the words of an <h2> to <h6> inside trafilatura's ``body``,
    not its first element: a crosshead of the story, which trafilatura takes as the title
    of a page with no <title>, og:title or <h1> ("A neighbourhood under water")."""
    key = heading_key(title or "")
    if not key or body is None or not hasattr(body, "iter") or not len(body):
        return False
    return any(
        head is not body[0]
        and str(head.get("rend", "")).lower() in HTML_HEADINGS
        and heading_key("".join(head.itertext())) == key
        for head in body.iter("head")
    )
