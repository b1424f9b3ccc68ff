"""A photo gallery's controls written as links within the page: "Expand", "Share this
image", "Previous", "Next", "View gallery" (``<a href="#expand">Expand</a>``, a link to
no other page, or ``href="javascript:..."``). trafilatura read such a link, alone in its
block after a slide's caption, as the end of the story: the slides after it were lost,
their captions' facts with them. A link whose whole words are a site's control words
(reader.ingest.boilerplate.is_control_words) and that goes to no other page is taken out
before the page is read (reader.ingest.page_tree); a link to another page ("Next
gallery" to /photos/...) stays, and its line is dimmed as the site's."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

_IN_PAGE = ("#", "javascript:")


def control_links(tree: Any, is_control: Callable[[str], bool]) -> list[Any]:
    """The links of the lxml ``tree`` to no other page whose words ``is_control`` (a
    line's test) finds a control's."""
    out = []
    for a in tree.iter("a"):
        href = (a.get("href") or "").strip().lower()
        if href and not href.startswith(_IN_PAGE):
            continue
        words = " ".join("".join(a.itertext()).split())
        if words and is_control(words):
            out.append(a)
    return out
