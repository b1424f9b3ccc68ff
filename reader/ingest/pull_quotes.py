"""Pull quotes told by their words: a short <blockquote> repeating, word for word, a
quotation a paragraph of the story gives ("Hundreds of families are choosing between
heating their homes and feeding their children" set large in a box beside the paragraph
that quotes it, with "Clara Vennick, Prime Minister" under it). A site names such a box
as it likes (``<figure class="quote-box">``, ``<div class="inline-quote">``); one whose
class says "pullquote" is pruned by its name (reader.ingest.html). Read as it stands,
the quotation was read twice: twice in the Quotes tab, twice linked with the other
article's. The box goes, with the figure or aside around it when that holds nothing
else but a credit; a blockquote whose words the story does not repeat (a post, a letter,
a passage of a statement) stays.
"""

from __future__ import annotations

import re
from typing import Any

PULL_QUOTE_CHARS = 400  # the longest pull quote told by its words
PULL_QUOTE_WORDS = 4  # words of one, at least
_CREDIT_CHARS = 120  # what the box around it may hold besides it: a credit
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_BOXES = frozenset({"figure", "aside", "div"})


def repeated_quotes(elements: list[Any]) -> list[Any]:
    """The pull quotes among ``elements`` (a page's, lxml): each short <blockquote> whose
    words a paragraph outside any blockquote holds in order, or its box (see the
    module's docstring)."""
    paragraphs = [
        _words(e)
        for e in elements
        if e.tag == "p" and not any(a.tag == "blockquote" for a in e.iterancestors())
    ]
    out = []
    for quote in (e for e in elements if e.tag == "blockquote"):
        text = " ".join("".join(quote.itertext()).split())
        words = _words(quote)
        if len(text) > PULL_QUOTE_CHARS or len(words) < PULL_QUOTE_WORDS or quote.xpath(".//a"):
            continue  # long, or a post with its links
        if any(_holds(p, words) for p in paragraphs):
            out.append(_box(quote, len(text)))
    return out


def _box(quote: Any, own: int) -> Any:
    """The figure or aside around ``quote`` holding nothing else but a credit, or it."""
    parent = quote.getparent()
    if parent is None or parent.tag not in _BOXES:
        return quote
    text = " ".join("".join(parent.itertext()).split())
    return parent if len(text) - own <= _CREDIT_CHARS else quote


def _words(element: Any) -> tuple[str, ...]:
    return tuple(w.lower() for w in _WORD.findall("".join(element.itertext())))


def _holds(longer: tuple[str, ...], words: tuple[str, ...]) -> bool:
    n = len(words)
    return any(longer[k : k + n] == words for k in range(len(longer) - n + 1))
