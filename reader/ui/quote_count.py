"""The Quotes panel's count of quotations, saying how many of them are embedded posts.

An embedded social post (Document.posts: a tweet, a Bluesky post) is listed as its
poster's quotation, and counted as one: the strike pair's "3 quotations in A, 4 in B, 2
quoted in both" counted the union's post among B's four with no word of it, though a
post is no one's words to the reporter. The count says so after its article's figure,
"4 in B (1 a post)", inside the count (never after it: "; 1 a post" read as one more);
the flowing row of controls wraps it, so the panel is no wider for it."""

from __future__ import annotations

from reader.model.post import posts_told
from reader.ui.messages import plural


def quotes_count(in_a: int, in_b: int, shared: int, posts: tuple[int, int] = (0, 0)) -> str:
    """ "3 quotations in A, 4 in B (1 a post), 2 quoted in both"."""
    a = f"{plural(in_a, 'quotation')} in A{posts_told(posts[0])}"
    return f"{a}, {in_b} in B{posts_told(posts[1])}, {shared} quoted in both"
