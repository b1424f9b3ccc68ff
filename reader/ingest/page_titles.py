"""A web page's title and site name, from trafilatura's metadata and the page's own
<title> and <h1> (reader.ingest.html): the story's headline rather than a site's name or a
live blog's latest update, and the site as the page names it."""

from __future__ import annotations

import re
from html import unescape
from typing import Any

from reader.ingest.boilerplate import is_boilerplate_line
from reader.ingest.metadata import reads_as_prose
from reader.ingest.normalize import clean

__all__ = [
    "HEAD_SCAN",
    "TITLE_PARTS",
    "TITLE_TAG",
    "headline",
    "is_host",
    "is_section",
    "linked_headline",
    "names_host",
    "one_line",
    "one_line_or_none",
    "shown_headline",
    "site_beside_headline",
    "site_name",
    "story_headline",
]

# the head of a page, where its <title> is looked for
HEAD_SCAN = 200_000
_LINE_SPACES = re.compile(r"[^\S\n\u00a0\u202f]+")


def one_line(text: str) -> str:
    """``text`` with its runs of spaces and tabs as one space (line breaks and no-break
    spaces kept), trimmed."""
    return _LINE_SPACES.sub(" ", text).strip()


def one_line_or_none(value: Any) -> str | None:
    if isinstance(value, str):
        value = one_line(clean(value))
        return value or None
    return None


def headline(value: Any) -> str | None:
    """A page title, unless it is debris ("Breaking News", "Menu") or a paragraph (a page
    with no <title> or <h1>, whose first <h2> trafilatura takes): then None, and the
    text's own headline is guessed later (else the file name is the title)."""
    title = one_line_or_none(value)
    if title is None or is_boilerplate_line(title) or reads_as_prose(title):
        return None
    return title


TITLE_TAG = re.compile(r"<title\b[^>]*>([^<]{1,400})</title", re.IGNORECASE)
TITLE_PARTS = re.compile(r"\s+[|\-–—·]\s+")
_HOST_LIKE = re.compile(r"^(?:www\d?\.)?(?P<label>[\w-]+)\.[\w.]+$")
_HOST = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?(?://)?(?:www\d?\.)?([\w-]+)\.[\w.-]+", re.I)
_NOT_LETTERS = re.compile(r"[^a-z0-9]+")


def is_host(source: str | None) -> bool:
    """``source`` is a site's address ("dailyledger.example"), not its name."""
    return _HOST_LIKE.match(source or "") is not None


def names_host(address: str | None, name: str) -> bool:
    """The host of ``address`` ("https://www.dailyledger.example/world/...",
    "dailyledger.example") is ``name`` in small letters, without its spaces or its "The"
    ("The Daily Ledger")."""
    host = _HOST.match(address or "")
    if host is None:
        return False
    key = _NOT_LETTERS.sub("", name.lower())
    label = host.group(1).lower().replace("-", "")
    return label in (key, key.removeprefix("the"))


def site_name(source: str | None, html: str) -> str | None:
    """The site as the page names it ("The Daily Ledger") when trafilatura only knows its
    address ("dailyledger.example") and the <title> ends with that name ("... | The Daily
    Ledger"); else ``source`` unchanged."""
    title = TITLE_TAG.search(html, 0, HEAD_SCAN)
    if not is_host(source) or title is None:
        return source
    name = one_line(clean(unescape(title.group(1))))
    parts = TITLE_PARTS.split(name)
    return parts[-1] if len(parts) >= 2 and names_host(source, parts[-1]) else source


def story_headline(doc: Any, html: str) -> str | None:
    """The <h1> opening the story trafilatura found, when its title is the page's whole
    <title> and differs from it: a page with its logo in an <h1> of its own and a <title>
    naming the site alone ("The Northern Echo") is titled by its story's headline."""
    body = getattr(doc, "body", None)
    if body is None or not len(body) or body[0].tag != "head" or body[0].get("rend") != "h1":
        return None
    lead = one_line_or_none("".join(body[0].itertext()))
    title = one_line_or_none(getattr(doc, "title", None))
    tag = TITLE_TAG.search(html, 0, HEAD_SCAN)
    if not lead or not title or lead == title or tag is None:
        return None
    return headline(lead) if one_line(clean(unescape(tag.group(1)))) == title else None


_SITE_IN_TITLE = 60


def linked_headline(title: str | None, article_headline: str | None) -> str | None:
    """The article's own headline (its JSON-LD's, reader.ingest.linked_data) when
    ``title`` is that headline with the site's name after a separator, as Yoast SEO titles
    a page ("G7-Gipfel: Einigung in Elmau - Werdenfelser Bote"); else ``title``."""
    if not title or not article_headline or not title.startswith(article_headline):
        return title
    separator = TITLE_PARTS.match(title, len(article_headline))
    if separator is None:
        return title
    rest = title[separator.end() :]
    return article_headline if len(rest) <= _SITE_IN_TITLE else title


# a newspaper's sections, which a <title> or a byline may end with ("... | Politics", "By
# Jane Roe | Politics") where others name the outlet: no outlet's name alone
_SECTIONS = frozenset(
    """
    politics world business sport sports opinion opinions culture tech technology science
    health europe news economy markets money finance entertainment lifestyle travel local
    national international environment climate education arts books film music media
    """.split()  # noqa: SIM905
)


def is_section(name: str) -> bool:
    """``name`` is a newspaper's section, however cased: "Politics", "WORLD"."""
    return name.strip().lower() in _SECTIONS


def site_beside_headline(html: str, heading: str | None) -> str | None:
    """The site a page without site metadata names beside its headline in its <title>
    ("Bridge collapse: five dead | The Northern Echo", "BBC News - Bridge collapse"), or
    None."""
    title = TITLE_TAG.search(html, 0, HEAD_SCAN)
    if not heading or title is None:
        return None
    name = one_line(clean(unescape(title.group(1))))
    rest = None
    if name.startswith(heading):
        after = TITLE_PARTS.match(name, len(heading))
        rest = name[after.end() :] if after else None
    elif name.endswith(heading):
        before = TITLE_PARTS.search(name, 0, len(name) - len(heading))
        end = len(name) - len(heading)
        rest = name[: before.start()] if before and before.end() == end else None
    if not rest or len(rest) > _SITE_IN_TITLE or TITLE_PARTS.search(rest) or is_section(rest):
        return None
    return rest


_MORE_IN_TITLE = 40


_WORD = re.compile(r"\w+")
_HEADLINE_WORDS = 25  # a first line of more is no headline


def _kicker_and(title: str, first: str) -> bool:
    """The page's first line is ``title``'s words with a label or kicker among them, as a
    headline shows them ("Liveblog Krieg gegen die Ukraine ++ Selenskyj in Washington
    eingetroffen ++" for the title "Liveblog: ++ Selenskyj in Washington eingetroffen
    ++"): every word of the title, in order, in a headline-like line a little longer."""
    words = [w.casefold() for w in _WORD.findall(title)]
    theirs = iter(w.casefold() for w in _WORD.findall(first))
    if len(words) < 3 or len(_WORD.findall(first)) > _HEADLINE_WORDS:
        return False
    return all(w in theirs for w in words) and headline(first) == first


def shown_headline(title: str | None, text: str) -> str | None:
    """The headline the page shows (the first line of its ``text``) when ``title`` is that
    headline with a few words more after a separator ("Wales floods: Roads shut - live
    updates" over "Wales floods: Roads shut"): the page is titled as it reads, and does
    not open with its headline twice. Else ``title``."""
    first = text.split("\n", 1)[0].strip()
    if title and first and title != first and _kicker_and(title, first):
        return first
    if not title or not first or title == first or not title.startswith(first):
        return title
    separator = TITLE_PARTS.match(title, len(first))
    if separator is None:
        return title
    more = title[separator.end() :]
    short = len(more) <= _MORE_IN_TITLE and len(more.split()) < len(first.split())
    return first if short and headline(first) == first else title
