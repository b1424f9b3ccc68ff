"""A web page's text without the extractor: its raw elements (scripts, styles, comments)
stripped by their literal delimiters, and its body rendered a block a line by
``html.parser`` (reader.ingest.html falls back on it when trafilatura finds nothing, and
reads the page's blocks with it)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from reader.ingest.block_breaks import BLOCK_TAGS
from reader.ingest.page_titles import one_line
from reader.lazy_regex import LazyPattern

__all__ = ["SKIP_TAGS", "render_body", "strip_raw_elements"]

_SKIP_TAGS = """
    script style noscript template svg math iframe object embed canvas head select button
    textarea nav menu footer
"""
SKIP_TAGS = frozenset(_SKIP_TAGS.split())
"""Elements whose words are never the page's text: scripts, styles, menus, a footer."""
_VOID_TAGS = """
    area base br col embed hr img input link meta param source track wbr
"""
_VOID = frozenset(_VOID_TAGS.split())
_BLOCK = BLOCK_TAGS | {"title"}
_RAW_OPEN = LazyPattern(
    r"<(script|style|noscript|template|iframe|object|svg|math|textarea)\b|<!--|<!\[CDATA\[",
    re.IGNORECASE,
)
_COMMENT_END = LazyPattern(r"--!?>")
_CDATA_END = LazyPattern(r"\]\]>")
_JSON_LD = LazyPattern(r"""[^<>]{0,200}?type\s*=\s*["']?application/ld\+json""", re.I)


class _TextRenderer(HTMLParser):
    """Text of an HTML document: blocks become lines; skipped elements vanish."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title_parts: list[str] = []
        self.h1_parts: list[str] = []
        self._skip_depth = 0
        self._in_title = False
        self._in_h1 = False
        self._pre_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
            return
        if tag == "body":  # an unclosed <head> ends here
            self._skip_depth = 0
        if tag in SKIP_TAGS and tag not in _VOID:
            self._skip_depth += 1
            return
        if tag == "h1":
            self._in_h1 = True
        elif tag == "pre":
            self._pre_depth += 1
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
            return
        if tag in SKIP_TAGS and tag not in _VOID:
            self._skip_depth = max(0, self._skip_depth - 1)
            return
        if tag == "h1":
            self._in_h1 = False
        elif tag == "pre":
            self._pre_depth = max(0, self._pre_depth - 1)
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_parts.append(data)
        elif self._skip_depth == 0:
            if self._pre_depth == 0:
                data = data.replace("\n", " ")
            self.parts.append(data)
            if self._in_h1:
                self.h1_parts.append(data)


def strip_raw_elements(html: str) -> str:
    """``html`` without comments, CDATA, script, style and similar elements.

    A defence in depth before any parser, by literal delimiters: text between
    ``<script>`` and ``</script>`` never reaches the reader, even where a parser would
    read the markup around it differently (``</<script>x</script>`` is a bogus comment,
    then text, to html.parser). An element or comment left open swallows the rest of the
    page, as in a browser. Linear time.
    """
    out: list[str] = []
    pos = 0
    while True:
        m = _RAW_OPEN.search(html, pos)
        if m is None:
            out.append(html[pos:])
            return "".join(out)
        close = _closer(m).search(html, m.end())
        if m.group(1) and _JSON_LD.match(html, m.end()):
            # Structured metadata (dates, site name) for trafilatura: kept, never rendered.
            end = close.end() if close else len(html)
            out.append(html[pos:end])
            pos = end
            continue
        out.append(html[pos : m.start()])
        if close is None:
            return "".join(out)
        pos = close.end()


def _closer(opening: re.Match[str]) -> LazyPattern:
    tag = opening.group(1)
    if tag:
        return LazyPattern(rf"</{tag}\s*>", re.IGNORECASE)
    return _COMMENT_END if opening.group(0) == "<!--" else _CDATA_END


def render_body(html: str) -> tuple[str, str | None]:
    """Plain text of ``html`` (one block a line) and its <title> or first <h1>."""
    renderer = _TextRenderer()
    try:
        renderer.feed(html)
        renderer.close()
    except Exception:  # html.parser is lenient; anything it still raises means "no text"
        return "", None
    lines = (one_line(line) for line in "".join(renderer.parts).split("\n"))
    text = "\n\n".join(line for line in lines if line)
    title = one_line("".join(renderer.title_parts)) or one_line("".join(renderer.h1_parts))
    return text, title or None
