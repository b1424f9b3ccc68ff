"""The outlet a page's <title> names beside its headline, confirmed by the page itself.

Sites often title a page with a short headline and their name, after it ("Blast at
Ludwigshafen chemical plant kills 12 - Rhine Courier") or before it ("Rhine Courier |
Blast at ...", "RHINE COURIER: Blast at ..."), over a longer <h1> ("Blast at Ludwigshafen
chemical plant kills 12, dozens injured"), so the title's last or first part cannot be
told from a headline's by the <h1> (reader.ingest.page_titles.site_beside_headline). It
is the page's outlet when the page names it again as one (a name in capitals, "RHINE
COURIER", however the page cases it, and then as the page writes it):

- in a byline's end ("By Clara Weiss, Rhine Courier", "By Clara Weiss | Rhine Courier");
- in a copyright line ("© 2026 Rhine Courier", "Copyright 2026 Continental Wire.");
- as the words of a link to the site's home page (its logo: ``<a href="/">...</a>``);
- in the page's address ("rhinecourier.example");
- by its initials in the dateline opening the story ("LUDWIGSHAFEN, Germany (CW) —"
  under "... | Continental Wire").

A newspaper's section ("By Jane Roe | Politics" under "... | Politics") is no outlet. A
page whose source is only its address ("continentalwire.example") takes the outlet its
dateline spells out when the address names it ("(Continental Wire) —": ``dateline_site``).

A headline's last or first words ("Putin meets Kim - Analysis", "Putin - Kim summit:
what we know") are confirmed by none of these and name no outlet.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import unescape

from reader.ingest.boilerplate import is_boilerplate_line
from reader.ingest.bylines import BY_WORDS
from reader.ingest.normalize import clean
from reader.ingest.page_titles import (
    HEAD_SCAN,
    TITLE_PARTS,
    TITLE_TAG,
    is_section,
    names_host,
    one_line,
)
from reader.lazy_regex import LazyPattern

__all__ = ["confirmed_title_site", "dateline_site", "initials"]

# a name as an outlet writes it: capitalised words (or figures), a few small words between
_SMALL = "of|the|and|for|de|du|des|der|die|la|le|el|di|del|y|&"
_OUTLET = LazyPattern(
    rf"[A-Z0-9À-ÖØ-Þ][\w'’.&!-]*(?:\s+(?:(?:{_SMALL})\s+)*[A-Z0-9À-ÖØ-Þ][\w'’.&!-]*){{0,5}}"
)
_MAX_OUTLET = 60
_TAGS = LazyPattern(r"<[^>]*>")
_SPACES = LazyPattern(r"\s+")
_COPYRIGHT = r"(?:©|\(c\)|\bcopyright\b)\s*(?:(?:\d{4}\s*[-–]\s*)?\d{4}\s*,?\s*)?(?:by\s+)?"
# a byline's outlet after its writers: "..., Rhine Courier", "... | Rhine Courier",
# "... for the Rhine Courier"
_BY_WORDS = "|".join(sorted({w.lower() for w in BY_WORDS.values()}))
_BYLINE_END = r"(?:\s*[,|/–—-]\s*|\s+(?:for|of)\s+)(?:the\s+)?"
_MAX_BYLINE = 100
# a link to the site's home page ("/", "https://www.rhinecourier.example/"): its logo
_HOME_LINK = r"""<a\b[^>]*\bhref\s*=\s*["'](?:/|(?:https?:)?//[^/"'\s]+/?)["'][^>]*>"""
_DATELINE_BLOCKS = 12


# the dateline opening a story, its outlet in brackets before the dash: its initials,
# "(CW)", or its name, "(Continental Wire)"
_DATELINE_NAME = LazyPattern(r"^[A-ZÀ-ÖØ-Þ][^()\n]{1,80}?\(([^()\n]{2,60})\)\s*[-—–]")

# a site's name before the headline: "Rhine Courier | ...", "RHINE COURIER: ..."
_LEADING = LazyPattern(r"^(.{1,60}?)(?:\s+[|\-–—·]\s+|:\s+)\S")


def _title_sites(html: str) -> list[str]:
    """The last part of the page's <title> after a separator, then its first part before
    one (or before a colon), those that read as a name."""
    tag = TITLE_TAG.search(html, 0, HEAD_SCAN)
    if tag is None:
        return []
    title = one_line(clean(unescape(tag.group(1))))
    parts = TITLE_PARTS.split(title)
    leading = _LEADING.match(title)
    names = [parts[-1].strip() if len(parts) >= 2 else ""]
    names.append(leading.group(1).strip() if leading is not None else "")
    return [n for n in dict.fromkeys(names) if _reads_as_outlet(n)]


def _reads_as_outlet(name: str) -> bool:
    if not name or len(name) > _MAX_OUTLET or is_boilerplate_line(name):
        return False
    return _OUTLET.fullmatch(name) is not None and not is_section(name)


def initials(name: str) -> str:
    """The capitals of ``name``'s capitalised words: "CW" for "Continental Wire"."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _spaced(name: str) -> str:
    """``name`` as a pattern of group ``name``, its words apart by any spaces; a name in
    capitals ("RHINE COURIER") however the page cases it."""
    words = r"\s+".join(re.escape(word) for word in name.split())
    return f"(?P<name>(?i:{words}))" if name.isupper() else f"(?P<name>{words})"


def _named(match: re.Match[str] | None) -> str | None:
    return " ".join(match.group("name").split()) if match is not None else None


def _in_copyright(page: str, name: str) -> str | None:
    return _named(re.search(rf"(?i:{_COPYRIGHT}(?:the\s+)?){_spaced(name)}(?!\w)", page))


def _in_home_link(html: str, name: str) -> str | None:
    return _named(re.search(rf"(?i:{_HOME_LINK})\s*{_spaced(name)}\s*</a\s*>", html))


def _in_byline(blocks: Sequence[str], name: str) -> str | None:
    line = re.compile(rf"^(?i:{_BY_WORDS})\s+\S.*?(?i:{_BYLINE_END}){_spaced(name)}\W*$")
    return next((_named(m) for b in blocks if len(b) <= _MAX_BYLINE and (m := line.match(b))), None)


def _by_dateline(blocks: Sequence[str], name: str) -> bool:
    own = initials(name)
    for block in blocks[:_DATELINE_BLOCKS]:
        dateline = _DATELINE_NAME.match(block)
        if dateline is not None and len(own) >= 2 and dateline.group(1) == own:
            return True
    return False


def confirmed_title_site(html: str, blocks: Sequence[str], address: str | None) -> str | None:
    """The outlet the <title> of ``html`` names after or before its headline, when the
    page names it again as its outlet (its rendered ``blocks``: a byline, a dateline's
    initials; its copyright line, home link or ``address``), as the page writes it; else
    None."""
    page: str | None = None
    for name in _title_sites(html):
        page = page or _SPACES.sub(" ", unescape(_TAGS.sub(" ", html)))
        spelled = _in_byline(blocks, name) or _in_copyright(page, name)
        spelled = spelled or _in_home_link(html, name)
        if spelled is not None:
            return spelled
        if names_host(address, name) or _by_dateline(blocks, name):
            return name
    return None


def dateline_site(blocks: Sequence[str], *addresses: str | None) -> str | None:
    """The outlet the dateline opening the story spells out in its brackets
    ("LUDWIGSHAFEN, Germany (Continental Wire) —") when the page's address names it
    ("continentalwire.example"), as the dateline writes it; else None."""
    for block in blocks[:_DATELINE_BLOCKS]:
        dateline = _DATELINE_NAME.match(block)
        if dateline is None:
            continue
        name = " ".join(dateline.group(1).split())
        if _reads_as_outlet(name) and any(names_host(a, name) for a in addresses):
            return name
    return None
