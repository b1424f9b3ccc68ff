"""A box of the story's own prose set beside it in an <aside>: a poll's "Methodology" ("The
poll was conducted Nov. 1-4 among a sample of 1,012 likely voters ... The margin of error
is plus or minus 3.1 percentage points"), a "How we reported this story".

trafilatura drops every <aside> with its words, as the sidebars of a page are (related
links, "Most read", a newsletter's sign-up, a box of key figures set out as a list). A
box inside the story's <article> whose words are paragraphs of sentences, linking to no
other page, is part of the story: it is made a <section> before trafilatura reads the
page (``keep_prose_boxes``). A newsletter's box (one paragraph), a list of links or a
list of key figures stays an aside.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["keep_prose_boxes"]


def keep_prose_boxes(tree: Any) -> None:
    """Each <aside> of the lxml ``tree`` inside an <article> that holds at least two
    paragraphs of sentences and no link to another page, made a <section>."""
    for box in list(tree.iter("aside")):
        if not any(a.tag == "article" for a in box.iterancestors()):
            continue
        if box.xpath(".//a[@href][not(starts-with(normalize-space(@href), 'mailto:'))]"):
            continue
        if box.xpath(".//ul | .//ol | .//dl | .//form | .//input"):
            continue
        paragraphs = [" ".join("".join(p.itertext()).split()) for p in box.iter("p")]
        if sum(1 for p in paragraphs if _is_sentence(p)) >= _PARAGRAPHS:
            box.tag = "section"


_PARAGRAPHS = 2
_WORDS = 6  # words of a paragraph of prose, at least


def _is_sentence(paragraph: str) -> bool:
    return len(paragraph.split()) >= _WORDS and _SENTENCE_END.search(paragraph) is not None


_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*$")
