"""Embedded social posts: a tweet, a Bluesky, Mastodon, Threads or Instagram post a page
embeds, as its text reads once extracted: the post's words in a paragraph, then its
attribution line, "— DHWU Carrowick (@DHWUCarrowick) December 5, 2026" (Twitter/X, and
Bluesky's "(@name.bsky.social)", Mastodon's "(@name@instance.social)"), or Instagram's
"A post shared by Carrowick Port (@carrowickport)".

The attribution line is boilerplate (reader.ingest.boilerplate); the paragraph before it
is a post (:class:`reader.model.Post`): its poster's words, which analysis reads as a
quotation of the poster, never as the article's own claim. A line that merely names a
handle ("The union posted on X (@DHWUCarrowick) that ...") is no attribution: one opens
with its dash (or "A post shared by") and holds nothing but the name, the handle and a
date.
"""

from __future__ import annotations

import re

from reader.ingest.date_lines import DAY_OR_MONTH
from reader.model.post import Post
from reader.model.span import Span

__all__ = ["embedded_posts", "is_picture_link", "poster_of"]

# "@DHWUCarrowick", "@dhwu.bsky.social", "@dhwu@mastodon.social"
_HANDLE = r"@[\w.]{1,60}(?:@[\w-]+(?:\.[\w-]+)+)?"
# "December 5, 2026", "on Dec 5, 2026 at 10:04 AM"
_DATE = rf"(?:\s+(?:on\s+)?(?:{DAY_OR_MONTH})\b[\w ,.:]{{0,30}})?"
_ATTRIBUTIONS = (
    re.compile(
        rf"^[—–-]{{1,2}}\s*(?P<name>[^\n]{{0,80}}?)\s*\((?P<handle>{_HANDLE})\){_DATE}$",
        re.IGNORECASE,
    ),
    re.compile(
        rf"^a (?:post|video|photo|reel) shared by\s+(?:(?P<name>[^\n@]{{0,80}}?)\s*)?"
        rf"\(?(?P<handle>{_HANDLE})\)?{_DATE}$",
        re.IGNORECASE,
    ),
)
# a post's picture link on a line of its own, between its words and its attribution
_PICTURE = re.compile(r"^(?:https?://)?pic\.twitter\.com/\w+$", re.IGNORECASE)
# the longest post read as one (Instagram's captions run to 2,200 characters)
MAX_POST = 2200


def poster_of(line: str) -> str | None:
    """The poster an attribution line names ("DHWU Carrowick" of "— DHWU Carrowick
    (@DHWUCarrowick) December 5, 2026", the handle when it names nobody), or None when
    ``line`` is no attribution."""
    line = line.strip()
    for pattern in _ATTRIBUTIONS:
        m = pattern.match(line)
        if m is not None:
            name = (m.group("name") or "").strip(" ,·|")
            return name if any(ch.isalpha() for ch in name) else m.group("handle")
    return None


def is_picture_link(line: str) -> bool:
    """``line`` is a post's picture link alone: "pic.twitter.com/AbC123"."""
    return _PICTURE.match(line.strip()) is not None


def embedded_posts(text: str, paragraphs: list[Span], boilerplate: set[Span]) -> list[Post]:
    """The posts among ``paragraphs`` of ``text``: each paragraph right before an
    attribution line (but for a picture link), when it is no ``boilerplate`` paragraph
    (Instagram's "View this post on Instagram": a post embedded without its words), nor
    the headline, nor longer than a post."""
    out: list[Post] = []
    for i, p in enumerate(paragraphs):
        poster = poster_of(text[p.start : p.end])
        if poster is None:
            continue
        k = i - 1
        while k > 0 and is_picture_link(text[paragraphs[k].start : paragraphs[k].end]):
            k -= 1
        if k < 1:
            continue
        body = paragraphs[k]
        if body in boilerplate or len(body) > MAX_POST or poster_of(text[body.start : body.end]):
            continue
        out.append(Post(body, poster))
    return out
