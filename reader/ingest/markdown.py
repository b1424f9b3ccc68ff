"""Markdown -> plain text: syntax markers removed, one paragraph a line (a table row as
one line of its cells, the row of dashes under its header left out).

The output *is* the text the pane shows, so offsets computed on it are consistent by
construction. The first level-1 heading (``# Title`` or ``Title`` over ``===``) is the
title.
"""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlsplit

from reader.ingest.date_order import DateHints, DateOrder, date_order
from reader.ingest.metadata import parse_date, url_date
from reader.lazy_regex import LazyPattern

__all__ = ["front_matter", "strip_markdown"]

_FRONT_MATTER = LazyPattern(r"\A---\n.*?\n(?:---|\.\.\.)\n", re.DOTALL)
_ATX = LazyPattern(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT = LazyPattern(r"^ {0,3}(=+|-+)[ \t]*$")
_RULE = LazyPattern(r"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_FENCE = LazyPattern(r"^ {0,3}(```+|~~~+)")
_QUOTE = LazyPattern(r"^ {0,3}(?:>[ \t]?)+")
_LIST = LazyPattern(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+")
_REF_DEF = LazyPattern(r"^ {0,3}\[[^\]]+\]:\s*\S+.*$")
_HTML_TAG = LazyPattern(r"</?[A-Za-z][^<>\n]*>")
# a table: a header row, a delimiter row ("|---|:---:|", "--- | ---") under it, then its
# rows, up to a blank line or a line without a cell separator (an unescaped "|")
_CELL_SEP = LazyPattern(r"(?<!\\)\|")
_DELIMITER_ROW = LazyPattern(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")

_ESCAPABLE = "\\`*_{}[]()#+-.!>~|<\"'"
_PLACEHOLDER = 0xF0000  # supplementary private use area: placeholders for escapes
_ESCAPE = LazyPattern(r"\\([\\`*_{}\[\]()#+\-.!>~|<\"'])")
_INLINE: tuple[tuple[LazyPattern, str], ...] = (
    (LazyPattern(r"!\[([^\]\n]*)\]\([^)\n]*\)"), ""),
    (LazyPattern(r"\[([^\]\n]+)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+[\"'(][^\n]*?[\"')])?\)"), r"\1"),
    (LazyPattern(r"\[([^\]\n]+)\]\[[^\]\n]*\]"), r"\1"),
    (LazyPattern(r"<((?:https?|mailto):[^>\s]+)>"), r"\1"),
    (LazyPattern(r"(`+)(.+?)\1"), r"\2"),
    (LazyPattern(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (LazyPattern(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),
    (LazyPattern(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])"), r"\1"),
    (LazyPattern(r"~~(?=\S)(.+?)(?<=\S)~~"), r"\1"),
    (_HTML_TAG, ""),
)


def _protect(match: re.Match[str]) -> str:
    return chr(_PLACEHOLDER + _ESCAPABLE.index(match.group(1)))


def _restore(text: str) -> str:
    return "".join(
        _ESCAPABLE[ord(c) - _PLACEHOLDER]
        if _PLACEHOLDER <= ord(c) < _PLACEHOLDER + len(_ESCAPABLE)
        else c
        for c in text
    )


def _inline(text: str) -> str:
    text = _ESCAPE.sub(_protect, text)
    for pattern, repl in _INLINE:
        text = pattern.sub(repl, text)
    return _restore(text).strip()


def _is_delimiter_row(line: str) -> bool:
    return "|" in line and _DELIMITER_ROW.match(line) is not None


def _table_row(line: str) -> str:
    """A table row as one line of its cells ("| Ann | 33 |" -> "Ann | 33"), as a Word
    or OpenDocument table row reads."""
    cells = (_inline(cell) for cell in _CELL_SEP.split(line))
    return " | ".join(cell for cell in cells if cell)


_FIELD = LazyPattern(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$")
_ISO_DAY = LazyPattern(r"^(\d{4}-\d{2}-\d{2})(?:[T ]|$)")
# a web clipper's keys (Obsidian Web Clipper, MarkDownload, Jekyll and Hugo posts)
_DATE_KEYS = ("published", "date", "pubdate", "date_published", "datepublished", "publish_date")
_SITE_KEYS = ("site", "site_name", "sitename", "publisher")
_URL_KEYS = ("source", "url", "link", "canonical", "original_url")


def front_matter(text: str) -> tuple[str | None, str | None]:
    """The site and the date (``YYYY-MM-DD``) the front matter of Markdown ``text`` gives
    (a web clipper's ``source: https://...`` and ``published: 2024-05-02``), or None."""
    m = _FRONT_MATTER.match(text)
    if m is None:
        return None, None
    fields: dict[str, str] = {}
    for line in m.group(0).split("\n")[1:-2]:
        field = _FIELD.match(line)
        if field is not None:
            fields.setdefault(field.group(1).lower(), field.group(2).strip("\"'"))
    urls = [fields[k] for k in _URL_KEYS if fields.get(k, "").startswith(("http://", "https://"))]
    # "published: 12/03/2024" is read as the clipped page writes its dates, or as its
    # site's country does
    order = date_order(text, DateHints(address=urls[0] if urls else None))
    day = next((d for k in _DATE_KEYS if (d := _day(fields.get(k, ""), order))), None)
    site = next((fields[k] for k in _SITE_KEYS if fields.get(k)), None)
    host = urlsplit(urls[0]).hostname if urls else None
    if site is None and host:
        site = host.removeprefix("www.")
    return site, day or (url_date(urls[0]) if urls else None)


def _day(value: str, order: DateOrder) -> str | None:
    iso = _ISO_DAY.match(value)
    if iso is None:
        return parse_date(value, order) if value else None
    try:
        return date.fromisoformat(iso.group(1)).isoformat()
    except ValueError:
        return None


def strip_markdown(text: str) -> tuple[str, str | None, tuple[str, ...]]:
    """Plain text of Markdown ``text`` (paragraphs separated by blank lines), its title,
    and its headings (ATX and setext, the title's left out) in order."""
    text = _FRONT_MATTER.sub("", text, count=1)
    paragraphs: list[str] = []
    pending: list[str] = []
    title: str | None = None
    headings: list[str] = []
    fence: str | None = None
    table = False

    def flush() -> None:
        if pending:
            joined = _inline(" ".join(pending))
            if joined:
                paragraphs.append(joined)
            pending.clear()

    for raw in text.split("\n"):
        if fence is not None:
            if raw.strip().startswith(fence):
                fence = None
            elif raw.strip():
                paragraphs.append(raw.rstrip())
            continue
        line = _QUOTE.sub("", raw)
        if table:
            if raw.strip() and _CELL_SEP.search(line):
                if row := _table_row(line):
                    paragraphs.append(row)
                continue
            table = False
        if _is_delimiter_row(line) and pending and _CELL_SEP.search(pending[-1]):
            header = pending.pop()
            flush()
            if row := _table_row(header):
                paragraphs.append(row)
            table = True
            continue
        m = _FENCE.match(raw)
        if m:
            flush()
            fence = m.group(1)
            continue
        if not raw.strip() or (_RULE.match(raw) and not pending) or _REF_DEF.match(raw):
            flush()
            continue
        m = _SETEXT.match(raw)
        if m and pending:
            heading = _inline(" ".join(pending))
            pending.clear()
            if heading:
                paragraphs.append(heading)
                if title is None and m.group(1)[0] == "=":
                    title = heading
                else:
                    headings.append(heading)
            continue
        m = _ATX.match(raw)
        if m:
            flush()
            heading = _inline(m.group(2) or "")
            if heading:
                paragraphs.append(heading)
                if title is None and len(m.group(1)) == 1:
                    title = heading
                else:
                    headings.append(heading)
            continue
        if _LIST.match(line):
            flush()
            line = _LIST.sub("", line, count=1)
        pending.append(line.strip())
    flush()
    return "\n\n".join(paragraphs), title, tuple(headings)
