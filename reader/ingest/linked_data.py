"""What a page's schema.org JSON-LD says of its article: who published it, when, in
what language, and who wrote it.

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
from dataclasses import dataclass, field
from datetime import date, datetime
from html import unescape
from typing import Any

from reader.ingest.zoned_times import moment, zoned_clock

__all__ = ["LinkedData", "LinkedUpdate", "linked_data"]


@dataclass(frozen=True, slots=True)
class LinkedData:
    """What a page's JSON-LD says of its article; None where it says nothing sure."""

    publisher: str | None = None
    published: str | None = None  # ISO YYYY-MM-DD, the Article's datePublished
    language: str | None = None  # a language tag ("de-DE"), the Article's or the page's
    headline: str | None = None  # the Article's
    authors: tuple[str, ...] = ()  # the names of the Article's writers
    # a LiveBlogPosting's updates (its "liveBlogUpdate"), in the order it lists them
    updates: tuple[LinkedUpdate, ...] = ()


@dataclass(frozen=True, slots=True)
class LinkedUpdate:
    """One update of a live blog as its JSON-LD gives it: the clock time of its
    ``datePublished`` in the zone it is written in, the zone after it as a live page writes
    it ("14:32 UTC" of "...T14:32:00Z", "16:32 UTC+2" of "...T16:32:00+02:00", the site's
    own time; "16:32" of "...T16:32:00", which names no zone), its headline, the paragraphs
    of its ``articleBody``, and its day in the same zone (ISO YYYY-MM-DD)."""

    time: str
    headline: str | None
    body: tuple[str, ...]
    day: str | None = None
    # its datePublished, read: for the time in the zone the page writes its own in
    # (reader.ingest.linked_updates)
    when: datetime | None = field(default=None, compare=False)


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
        authors=_authors(article.get("author"), by_id) if article else (),
        updates=_updates(article.get("liveBlogUpdate")) if article else (),
    )


def _updates(value: Any) -> tuple[LinkedUpdate, ...]:
    """The updates of a LiveBlogPosting's ``liveBlogUpdate``: each with a time, and a
    headline or a body."""
    listed = value if isinstance(value, list) else [value]
    out = []
    for item in listed:
        if not isinstance(item, dict):
            continue
        published = _text(item.get("datePublished"))
        when = moment(published) if published else None
        headline = _text(item.get("headline"))
        body = _paragraphs(item.get("articleBody"))
        if when and (headline or body):
            out.append(
                LinkedUpdate(
                    time=zoned_clock(when),
                    headline=headline,
                    body=body,
                    day=when.date().isoformat(),
                    when=when,
                )
            )
    return tuple(out)


_TAG = re.compile(r"<[^<>]{0,500}>")
_MAX_BODY = 20_000


def _paragraphs(value: Any) -> tuple[str, ...]:
    """The paragraphs of an update's ``articleBody`` (a line each; markup, which some sites
    leave in it, read as a break)."""
    if isinstance(value, list):
        value = value[0] if value else None
    if not isinstance(value, str):
        return ()
    text = _TAG.sub("\n", unescape(value[:_MAX_BODY]))
    return tuple(" ".join(line.split()) for line in text.split("\n") if line.strip())


def _authors(value: Any, by_id: dict[str, dict[str, Any]]) -> tuple[str, ...]:
    """The names of an Article's ``author``: a Person, a list of them, a name, or a
    Person's ``@id`` in the graph."""
    listed = value if isinstance(value, list) else [value]
    names = (
        _text(item) if isinstance(item, str) else _name(_linked(item, by_id)) for item in listed
    )
    return tuple(name for name in names if name and not name.startswith(("http:", "https:")))


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
