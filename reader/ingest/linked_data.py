"""What a page's schema.org JSON-LD says of its article: who published it, when, and in
what language.

WordPress sites with Yoast SEO (and many others) describe a page as a graph: an
``"@graph"`` holding a WebPage, the Article, the WebSite, the publisher's Organization,
the writer's Person, linked by ``"@id"``. trafilatura takes the longest name among the
WebPage, the WebSite and the Organization for the site's name, which is the WebPage's,
the page's title ("Council approves new bridge - Valley Courier"), and htmldate the first
``datePublished`` of the graph, the WebPage's when it comes before the Article. Here the
graph is read as linked: the site is the Article's publisher (its Organization, by its
``@id``), else the WebSite, else the one Organization named; the date is the Article's.
Parsed with ``json.loads`` (data only, never run); a script that is not JSON is skipped.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from html import unescape
from typing import Any

__all__ = ["LinkedData", "linked_data"]


@dataclass(frozen=True, slots=True)
class LinkedData:
    """What a page's JSON-LD says of its article; None where it says nothing sure."""

    publisher: str | None = None
    published: str | None = None  # ISO YYYY-MM-DD, the Article's datePublished
    language: str | None = None  # a language tag ("de-DE"), the Article's or the page's
    headline: str | None = None  # the Article's


_SCRIPT = re.compile(
    r"<script\b[^>]*?type\s*=\s*[\"']?application/ld\+json[\"']?[^>]*>(.*?)</script\s*>",
    re.IGNORECASE | re.DOTALL,
)
_MAX_SCRIPT = 500_000  # characters of one script read; a longer one is skipped
# an article's kinds, as schema.org names them (lowered)
_ARTICLES_TEXT = """
    article newsarticle reportagenewsarticle analysisnewsarticle opinionnewsarticle
    backgroundnewsarticle reviewnewsarticle askpublicnewsarticle blogposting
    liveblogposting socialmediaposting report
"""
_ARTICLES = frozenset(_ARTICLES_TEXT.split())
_ORGANIZATIONS = frozenset({"organization", "newsmediaorganization", "corporation"})
_MAX_NAME = 300


def linked_data(html: str) -> LinkedData:
    """The publisher, the publication date and the language the JSON-LD of ``html``
    gives its article (see the module's docstring)."""
    nodes = [node for script in _SCRIPT.finditer(html) for node in _nodes(script.group(1))]
    if not nodes:
        return LinkedData()
    by_id = {node["@id"]: node for node in nodes if isinstance(node.get("@id"), str)}
    articles = [node for node in nodes if _types(node) & _ARTICLES]
    article = articles[0] if len(articles) == 1 else None
    sites = [node for node in nodes if "website" in _types(node)]
    organizations = [node for node in nodes if _types(node) & _ORGANIZATIONS]
    publisher = _name(_linked(article.get("publisher"), by_id)) if article else None
    if publisher is None and len(sites) == 1:
        publisher = _name(sites[0])
    if publisher is None and len(organizations) == 1:
        publisher = _name(organizations[0])
    pages = [node for node in nodes if "webpage" in _types(node)]
    language = next(
        filter(None, (_text(node.get("inLanguage")) for node in (article, *pages, *sites) if node)),
        None,
    )
    return LinkedData(
        publisher=publisher,
        published=_iso_date(article.get("datePublished")) if article else None,
        language=language,
        headline=_text(article.get("headline")) if article else None,
    )


def _nodes(script: str) -> list[dict[str, Any]]:
    """The top-level nodes of one JSON-LD script: its object, its list's objects, the
    members of its ``@graph``."""
    if len(script) > _MAX_SCRIPT:
        return []
    try:
        data = json.loads(script.strip().removeprefix("<!--").removesuffix("-->"), strict=False)
    except ValueError:
        return []
    out: list[dict[str, Any]] = []
    for item in data if isinstance(data, list) else [data]:
        if not isinstance(item, dict):
            continue
        graph = item.get("@graph")
        if isinstance(graph, list):
            out += [node for node in graph if isinstance(node, dict)]
        elif isinstance(graph, dict):
            out.append(graph)
        else:
            out.append(item)
    return out


def _types(node: dict[str, Any]) -> set[str]:
    kinds = node.get("@type")
    listed = kinds if isinstance(kinds, list) else [kinds]
    return {k.casefold() for k in listed if isinstance(k, str)}


def _linked(value: Any, by_id: dict[str, dict[str, Any]]) -> dict[str, Any] | None:
    """The node ``value`` is or points to by its ``@id`` (the first of a list)."""
    if isinstance(value, list):
        value = value[0] if value else None
    if not isinstance(value, dict):
        return None
    ref = value.get("@id")
    if "name" not in value and isinstance(ref, str):
        return by_id.get(ref, value)
    return value


def _name(node: dict[str, Any] | None) -> str | None:
    if node is None:
        return None
    return _text(node.get("name")) or _text(node.get("alternateName"))


def _text(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):  # {"@value": "de-DE"}, {"name": "de-DE"}
        value = value.get("@value") or value.get("name")
    if not isinstance(value, str):
        return None
    value = " ".join(unescape(value).split())
    return value if 0 < len(value) <= _MAX_NAME else None


def _iso_date(value: Any) -> str | None:
    text = _text(value)
    if text is None:
        return None
    try:
        return date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        return None
