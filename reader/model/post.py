"""Post: a social post a page embeds (a tweet, an Instagram or Bluesky post), its text
and its poster as the embed's attribution line names them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reader.errors import SchemaError
from reader.model.span import Span


@dataclass(frozen=True, order=True, slots=True)
class Post:
    """The text of an embedded post (``span``) and who posted it (``poster``: the name the
    attribution gives, "DHWU Carrowick" of "— DHWU Carrowick (@DHWUCarrowick) December 5,
    2026"; the handle when it gives none). The post is its poster's words, quoted, never
    the article's own claim."""

    span: Span
    poster: str

    def to_json(self) -> dict[str, Any]:
        return {**self.span.to_dict(), "poster": self.poster}

    @classmethod
    def from_json(cls, data: Any) -> Post:
        if not isinstance(data, dict) or not isinstance(data.get("poster"), str):
            raise SchemaError("a post must be a JSON object with its poster")
        return cls(Span.from_json(data), data["poster"])


def posted(who: str) -> str:
    """How a list of quotations names the poster of a post: "DHWU Carrowick (post)";
    "(post)" when ``who`` is ""."""
    return f"{who} (post)".strip()


def posts_told(posts: int, before: str = " (") -> str:
    """How a count of quotations says how many of them are posts: " (1 a post)",
    " (2 posts)" after ``before``; "" for none. (A post is counted among its article's
    quotations, as its poster's words: the count says so, not one more.)"""
    if not posts:
        return ""
    return f"{before}1 a post)" if posts == 1 else f"{before}{posts} posts)"
