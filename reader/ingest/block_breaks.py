"""Line breaks at the edges of a page's blocks, as a browser shows them.

A browser never runs text together across the edge of a block (<div>, <p>, <li>, a
heading, a table cell...): it starts a new line. A page whose markup is laid out on
lines has a line break between such tags, which the extractor keeps; a minified page
has none, and the extractor ran the words on each side together ("Jean
MackenzieSeoul correspondent", of ``<span>Jean Mackenzie</span><div><span>Seoul
correspondent</span></div>``). The edges of inline elements (<span>, <a>, <b>) are
no break: "<b>T</b>he" is one word.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["BLOCK_TAGS", "break_blocks"]

_BLOCK_TAG_NAMES = """
    address article aside blockquote body br caption dd details dialog div dl dt fieldset
    figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main
    menu nav ol p pre section summary table tbody td tfoot th thead tr ul
"""
BLOCK_TAGS = frozenset(_BLOCK_TAG_NAMES.split())
"""The elements a browser shows as blocks (a line, or lines, of their own)."""


@dataclass(slots=True)
class _Slot:
    """A place for text in an lxml tree: an element's ``text`` (before its first child)
    or its ``tail`` (after its end tag)."""

    element: Any
    attribute: str

    def get(self) -> str:
        return getattr(self.element, self.attribute) or ""

    def end_line(self) -> None:
        setattr(self.element, self.attribute, self.get() + "\n")


@dataclass(slots=True)
class _Walk:
    """What the walk has seen since the last words: whether a line break lies between them
    and here (or no words came yet), and the place just before the first block edge
    crossed since (where a break goes)."""

    broken: bool = True
    edge: _Slot | None = None

    def cross_edge(self, before: _Slot) -> None:
        if self.edge is None and not self.broken:
            self.edge = before

    def read(self, slot: _Slot) -> None:
        text = slot.get()
        if not text:
            return
        words = text.strip()
        if not words:
            if "\n" in text:  # a line break already between the words and the next
                self.broken, self.edge = True, None
            return
        lead = text[: len(text) - len(text.lstrip())]
        if self.edge is not None and "\n" not in lead:
            self.edge.end_line()
        self.broken = "\n" in text[len(text.rstrip()) :]
        self.edge = None


def break_blocks(tree: Any) -> None:
    """Put a line break in the lxml ``tree`` at each edge of a block element that has
    words on both sides and no line break between them: where a browser starts a new
    line. One walk over the tree (linear in its size); the breaks go between tags, as in
    markup laid out on lines."""
    from lxml import etree

    root = tree.find(".//body")
    if root is None:
        root = tree
    walk = _Walk()
    last = _Slot(root, "text")  # the slot read last: the one just before the next tag
    for event, element in etree.iterwalk(root, events=("start", "end", "comment", "pi")):
        if event in ("start", "end") and element.tag in BLOCK_TAGS:
            walk.cross_edge(last)
        if event == "end" and element is root:
            return
        # an element's text after its start tag, any node's tail after its end (a
        # comment's own text is no words of the page)
        last = _Slot(element, "text" if event == "start" else "tail")
        walk.read(last)
