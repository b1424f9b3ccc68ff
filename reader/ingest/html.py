"""HTML -> plain text: main text, title, site name and date.

The main text comes from trafilatura (never fetching anything: it is handed the
string). When trafilatura finds nothing (tiny pages, very deep nesting), a plain
rendering of the body by ``html.parser`` is used instead (reader.ingest.page_render).
Script, style and other non-text elements never reach the text, and the words on each
side of a block's edge are never run together, however the page's markup is laid out
(see block_breaks). The title always opens the text, as its first paragraph.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from reader.errors import IngestError
from reader.ingest.block_breaks import break_blocks
from reader.ingest.cut_short import HIDDEN_XPATH, page_cut
from reader.ingest.date_order import DateHints, date_order, reread
from reader.ingest.dated_terms import with_dated_terms
from reader.ingest.headings import inner_heading, marked_heads
from reader.ingest.line_joins import SENTENCE_END, joined
from reader.ingest.linked_data import linked_data
from reader.ingest.linked_updates import lacks_stamps, page_zones, with_linked_updates
from reader.ingest.live_blog import live_updates, with_updates
from reader.ingest.live_summary import summary_first
from reader.ingest.metadata import byline_agency
from reader.ingest.normalize import clean
from reader.ingest.page_byline import (
    article_language,
    byline_stamp,
    marked_writers,
    page_author,
    page_writers,
    with_byline,
    with_closing_byline,
    with_opening_credit,
)
from reader.ingest.page_render import SKIP_TAGS, render_body, strip_raw_elements
from reader.ingest.page_titles import (
    HEAD_SCAN,
    headline,
    is_host,
    linked_headline,
    one_line,
    one_line_or_none,
    shown_headline,
    site_beside_headline,
    site_name,
    story_headline,
)
from reader.ingest.page_tree import page_standfirst, prepare_page
from reader.ingest.release_matter import is_release_line
from reader.ingest.run_together import apart
from reader.ingest.story_boxes import keep_prose_boxes
from reader.ingest.table_text import (
    captions_before,
    header_cells_in_thead,
    marked_header_rows,
    without_rule_lines,
)
from reader.ingest.title_sites import confirmed_title_site, dateline_site
from reader.ingest.update_stamps import may_hold_stamps, with_stamps
from reader.lazy_regex import LazyPattern

__all__ = ["Page", "extract_html", "render_body", "strip_raw_elements"]


@dataclass(frozen=True, slots=True)
class Page:
    """What an HTML page contributes to a Document."""

    text: str
    title: str | None = None
    source: str | None = None
    date: str | None = None
    # where the page was written (its language, its address), for the order of the
    # numeric dates in its text when the extractor found no date
    date_hints: DateHints = field(default_factory=DateHints)
    # its writers' names as its metadata gives them (reader.ingest.page_byline), a line of
    # them alone a byline
    writers: frozenset[str] = frozenset()
    # the words of its <h2> to <h6> in the story (reader.ingest.headings); none on a live
    # page, whose updates' headlines are claims
    headings: tuple[str, ...] = ()
    # the date stamp of its byline, which the extractor dropped with the byline's element
    # ("Published March 12, 2026"; reader.ingest.page_byline): the date, when none is given
    stamps: tuple[str, ...] = ()
    # the paragraphs of each blockquote of the story (``_blockquote_lines``):
    # a post embedded in several paragraphs is read whole
    quotes: tuple[tuple[str, ...], ...] = ()
    # how the page holds only part of its story (reader.ingest.cut_short)
    cut: str | None = None
    # the rows of its tables it marks as headers (<th>, <thead>; reader.ingest.table_text)
    table_heads: frozenset[tuple[str, ...]] = frozenset()


# Elements whose content is never article text (trafilatura keeps some of them).
_PRUNE = [f"//{tag}" for tag in sorted(SKIP_TAGS - {"head", "select", "button", "textarea"})]
# A pull quote repeats the article's words in large type: the quotation is read once. (A
# short element only: a wrapper whose class merely mentions pull quotes keeps its text.)
_PRUNE.append(
    "//*[(contains(@class, 'pullquote') or contains(@class, 'pull-quote')"
    " or contains(@class, 'pull_quote')) and string-length(normalize-space(.)) < 400]"
)
# What a browser does not show: hidden elements, text for screen readers only ("(opens in
# a new window)" inside a link, "Image caption,").
_PRUNE.append(
    "//*[@hidden or contains(@class, 'sr-only') or contains(@class, 'visually-hidden')"
    " or contains(@class, 'visuallyhidden') or contains(@class, 'screen-reader-text')]"
)
_PRUNE.append(HIDDEN_XPATH)  # style="display:none": a paywall's locked part (cut_short)
# The table elements of a page laid out in tables, read again as blocks (see
# _laid_out_in_tables); each keeps its name in an attribute.
_LAYOUT_TAG = LazyPattern(r"<(/?)(table|tbody|thead|tfoot|tr|td|th)\b", re.IGNORECASE)
_LAYOUT_ATTR = "data-layout"
# A menu laid out in a table, as older sites are ("Home | News | Sport | Contact" as a row
# of cells, a column of section links down the side): a row or a cell of three links or
# more, with no words outside them but separators. trafilatura reads each link as a
# paragraph of the story.
_MENU_SEPARATORS = "|·•-–—/:»«›‹[]()"
_ONLY_LINKS = (
    "[count(.//a) >= 3][not(.//text()[not(ancestor::a)]"
    f"[normalize-space(translate(., '{_MENU_SEPARATORS}', '')) != ''])]"
)
_PRUNE.append(
    f"//*[self::tr or self::td or @{_LAYOUT_ATTR}='tr' or @{_LAYOUT_ATTR}='td']{_ONLY_LINKS}"
)
# the blocks of a page (its menus first) read for its byline's agency when none is the
# story's
_BYLINE_SCAN = 60
MAX_TAGS = 40_000
"""Pages with more tags than this skip trafilatura's main-text extraction (speed)."""
_HEAD_END = LazyPattern(r"</head\s*>|<body\b", re.IGNORECASE)
# trafilatura drops <figure> with its caption; captions carry facts (who, where, when),
# so figures become plain blocks and captions paragraphs before it sees them.
_FIGURE_TAG = LazyPattern(r"<(/?)(figcaption|figure)\b", re.IGNORECASE)
# trafilatura deletes <time> elements with their words ("resumed on <time>Thursday</time>"),
# and a paragraph that loses words makes it fall back on a rendering of the whole page as
# one line (headline and paragraphs run together). Their words become plain text, each
# element kept empty (its datetime attribute still dates the page) before it.
_TIME_TAG = LazyPattern(r"<(/?)time\b([^<>]*)>", re.IGNORECASE)
# trafilatura reads a live blog's metadata (schema.org LiveBlogPosting) from its updates,
# not from the blog itself: the first update's headline became the title. Renamed, the
# list of updates is passed over and the blog's own headline read.
_LIVE_BLOG_UPDATES = LazyPattern(r'"liveBlogUpdate"(?=\s*:)')
# The address a browser saved the page from ("Web page, complete"), in the comment it
# writes at the top: it dates the page ("/2023/06/14/") and names its site.
_SAVED_FROM = LazyPattern(r"<!--\s*saved from url=\(\d+\)(https?://[^\s<>]+?)\s*-->", re.I)
_SAVED_FROM_SCAN = 4096
# The page's language: <html lang="en-GB"> (xml:lang in XHTML).
_HTML_LANG = LazyPattern(r"""<html\b[^>]*?\s(?:xml:)?lang\s*=\s*["']?([\w-]{2,20})""", re.I)
# Line breaks of the source, which only wrap its lines (a browser reads them as spaces),
# and the <pre> elements whose line breaks are the text's own. trafilatura keeps those of
# a <div> of text as they are, cutting its paragraph in pieces; its own fallback then joins
# the page's blocks with line breaks, which must stay.
_SOURCE_BREAK = LazyPattern(r"[^\S\n\u00a0\u202f]*\n[^\S\u00a0\u202f]*")
_PRE_OPEN = LazyPattern(r"<pre\b", re.IGNORECASE)
_PRE_CLOSE = LazyPattern(r"</pre\s*>", re.IGNORECASE)


def _trafilatura(html: str, url: str | None) -> Any:
    """trafilatura's Document (text, title, sitename, date) or None; ``url`` is the
    page's address, when known (never fetched).

    trafilatura takes seconds on pages with tens of thousands of elements; for those,
    only the metadata of the head is extracted and the body is left to ``render_body``.
    """
    import trafilatura

    _quiet_extractor_logs()
    if html.count("<") > MAX_TAGS:
        end = _HEAD_END.search(html, 0, HEAD_SCAN)
        head = _LIVE_BLOG_UPDATES.sub('"x-liveBlogUpdate"', html[: end.end() if end else HEAD_SCAN])
        return trafilatura.extract_metadata(head, default_url=url, extensive=False)
    page = _TIME_TAG.sub(_untime, _FIGURE_TAG.sub(_unfigure, _unwrapped(html)))
    page = _LIVE_BLOG_UPDATES.sub('"x-liveBlogUpdate"', page)
    doc = _extract(page, url, tables=True)
    if _laid_out_in_tables(doc):
        # Without its tables, trafilatura may still fall back on a rendering that keeps
        # the story's cell, its paragraphs run together in one "| ... |" row: the layout's
        # table elements become blocks.
        doc = _extract(_LAYOUT_TAG.sub(_untable, page), url, tables=False)
    return doc


def _extract(page: str, url: str | None, *, tables: bool) -> Any:
    import trafilatura
    from trafilatura.settings import set_date_params
    from trafilatura.utils import load_html

    # The words on each side of a block's edge are kept apart, as a browser shows them,
    # when a minified page has no line break between the tags (before the share bars
    # between them go). Teaser cards and share bars go before trafilatura reads the
    # page's text and date; captions stay.
    tree = load_html(page)
    if tree is not None:
        break_blocks(tree)
        prepare_page(tree)
        keep_prose_boxes(tree)
        captions_before(tree)
        header_cells_in_thead(tree)
    return trafilatura.bare_extraction(
        page if tree is None else tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=tables,
        include_images=False,
        include_links=False,
        deduplicate=False,
        # A story in several parts, some written as <div>s of text, is kept whole.
        favor_recall=True,
        prune_xpath=_PRUNE,
        # Dates the page states (meta tags, <time>, JSON-LD), never guesses: the
        # extensive search turns "© 2024" into 2024-01-01. A date after today's here (a
        # site in a time zone ahead, a clock behind, a release under embargo) is the
        # page's: told none may be later than today, htmldate dated a page of the 7th
        # read on the 6th the 1st of the month.
        date_extraction_params=set_date_params(extensive=False) | {"max_date": _latest_date()},
    )


def _latest_date() -> str:
    """The latest date a page may state, a year from today (ISO)."""
    return (date.today() + timedelta(days=366)).isoformat()


def _laid_out_in_tables(doc: Any) -> bool:
    """True when a table cell of trafilatura's ``doc`` holds a story (paragraphs, or a
    story's worth of text): the page is laid out in tables (an older site), and read as
    tables its paragraphs would run together in one row. A table of figures has short
    cells."""
    body = getattr(doc, "body", None)
    return body is not None and any(
        sum(1 for _ in cell.iter("p")) >= 2 or len("".join(cell.itertext())) > _LAYOUT_CELL
        for cell in body.iter("cell")
    )


_LAYOUT_CELL = 600


def _untable(m: re.Match[str]) -> str:
    return "</div" if m.group(1) else f'<div {_LAYOUT_ATTR}="{m.group(2).lower()}"'


def _unfigure(m: re.Match[str]) -> str:
    return f"<{m.group(1)}{'p' if m.group(2).lower() == 'figcaption' else 'div'}"


def _untime(m: re.Match[str]) -> str:
    if m.group(1):
        return "</span>"
    if m.group(2).rstrip().endswith("/"):
        return m.group(0)  # <time ... />: no words
    return f"<time{m.group(2)}></time><span>"


_EXTRACTOR_LOGGERS = ("trafilatura", "htmldate", "readability", "justext")


def _quiet_extractor_logs() -> None:
    """trafilatura logs ERROR for pages it cannot parse ("lxml parsing failed"), which
    Python prints to stderr when nothing else is configured. Those pages are handled here
    (fallback, or an ``IngestError``), so only its critical messages are let through."""
    for name in _EXTRACTOR_LOGGERS:
        logger = logging.getLogger(name)
        if logger.level < logging.CRITICAL:
            logger.setLevel(logging.CRITICAL)


def _unwrapped(html: str) -> str:
    """``html`` with the line breaks of its source read as spaces where they wrap text;
    those between two tags, and in <pre>, stay. Linear time."""
    out: list[str] = []
    pos, n = 0, len(html)
    while pos < n:
        pre = _PRE_OPEN.search(html, pos)
        stop = pre.start() if pre else n
        for m in _SOURCE_BREAK.finditer(html, pos, stop):
            between_tags = (
                html[m.start() - 1 : m.start()] == ">" and html[m.end() : m.end() + 1] == "<"
            )
            out.append(html[pos : m.start()])
            out.append(m.group(0) if between_tags else " ")
            pos = m.end()
        out.append(html[pos:stop])
        if pre is None:
            break
        close = _PRE_CLOSE.search(html, pre.end())
        pos = close.end() if close else n
        out.append(html[stop:pos])
    return "".join(out)


def _with_standfirst(lines: list[str], standfirst: list[str], title: str | None) -> list[str]:
    """The extractor's ``lines`` with the page's standfirst (the summary under its
    headline) after the headline, the lines of it the extractor left out."""
    missing = [line for line in standfirst if line not in lines]
    if not missing:
        return lines
    at = 1 if lines and title and lines[0] == one_line(title) else 0
    return [*lines[:at], *missing, *lines[at:]]


def _with_title(text: str, title: str | None) -> str:
    if not title:
        return text
    first = text.split("\n", 1)[0].strip()
    if first == title:
        return text
    return f"{title}\n\n{_without_headline(text, title)}" if text else title


def _without_headline(text: str, title: str) -> str:
    """``text`` less its headline where only a press release's own line stands above it
    ("FOR IMMEDIATE RELEASE" over the <h1>, reader.ingest.release_matter): the title that
    opens the text is that headline, not a second copy of it."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.strip() == title:
            after = i + 2 if i + 1 < len(lines) and not lines[i + 1].strip() else i + 1
            return "\n".join(lines[:i] + lines[after:]).strip("\n")
        if line.strip() and not is_release_line(line):
            break
    return text


def _sentences_rejoined(lines: list[str]) -> list[str]:
    """The extractor's lines, a sentence a <br> broke in two made one again: a line not
    ending a sentence (nor a heading's colon) followed by one opening with a small letter
    ("... signed in Pyongyang" / "holds, and that ...") is one paragraph. A headline, a
    list item or a paragraph of its own opens with a capital and stays a line."""
    out: list[str] = []
    for line in lines:
        if out and not SENTENCE_END.search(out[-1]) and line[:1].islower():
            out[-1] = joined([out[-1], line])
        else:
            out.append(line)
    return out


def _story_blocks(html: str, lines: list[str]) -> list[str]:
    """The page's blocks (``html`` rendered, a line each) up to the story's end and the
    line after it (a closing byline): the last of the extractor's ``lines`` among them;
    the first ``_BYLINE_SCAN`` when none is. The cards of other stories after it, with
    their bylines, are left out."""
    blocks = render_body(html)[0].split("\n\n")
    story = set(lines)
    last = max((i for i, block in enumerate(blocks) if block in story), default=None)
    return blocks[: last + 2] if last is not None else blocks[:_BYLINE_SCAN]


def _closing_line(blocks: list[str], lines: list[str]) -> str | None:
    """The block after the story's last line among ``blocks`` (``_story_blocks``), when
    the extractor's ``lines`` hold it not: a byline or credit it dropped, or other words."""
    story = set(lines)
    if len(blocks) >= 2 and blocks[-2] in story and blocks[-1] not in story:
        return blocks[-1]
    return None


def _blockquote_lines(body: Any) -> tuple[tuple[str, ...], ...]:
    """The paragraphs of each blockquote of trafilatura's ``body`` (an lxml element, or
    None), a tuple of their lines each, as the extractor writes them."""
    if body is None or not hasattr(body, "iter"):
        return ()
    out = []
    for quote in body.iter("quote"):
        lines = (one_line(clean("".join(p.itertext()))) for p in quote.iter("p"))
        found = tuple(line for line in lines if line)
        if len(found) > 1:
            out.append(found)
    return tuple(out)


def extract_html(html: str, name: str, path: str) -> Page:
    """Main text and metadata of ``html``; ``IngestError`` when it holds no readable text."""
    saved_from = _SAVED_FROM.search(html, 0, _SAVED_FROM_SCAN)
    html = strip_raw_elements(html)
    try:
        doc = _trafilatura(html, saved_from.group(1) if saved_from else None)
    except Exception:  # trafilatura/lxml errors of any kind: fall back to our renderer
        doc = None
    title = story_headline(doc, html) or headline(getattr(doc, "title", None))
    if inner_heading(getattr(doc, "body", None), title):
        title = None  # a crosshead, not the page's title: its first line is, below
    # a page's JSON-LD graph names its publisher and dates its article, where trafilatura
    # may take the WebPage's name (the page's title) and date (see linked_data)
    linked = linked_data(html)
    source = linked.publisher or site_name(one_line_or_none(getattr(doc, "sitename", None)), html)
    source = source or site_beside_headline(html, title)
    date = linked.published or one_line_or_none(getattr(doc, "date", None))
    body = getattr(doc, "text", None)
    lines = [one_line(clean(ln)) for ln in body.split("\n")] if isinstance(body, str) else []
    lines = _sentences_rejoined(without_rule_lines([ln for ln in lines if ln]))
    lines = apart(lines, lambda: [one_line(clean(b)) for b in render_body(html)[0].split("\n\n")])
    lines = with_dated_terms(lines, html)
    updates = live_updates(html)
    if updates:
        lines = with_updates(lines, updates)
    elif may_hold_stamps(html):
        lines = with_stamps(lines, render_body(html)[0].split("\n\n"))
    if not updates and linked.updates and lacks_stamps(lines):
        # times a script writes on the page: its JSON-LD's (see linked_updates)
        zones = page_zones(render_body(html)[0].split("\n\n"))
        lines = with_linked_updates(lines, linked.updates, zones)
    lines = summary_first(lines)
    lines = _with_standfirst(lines, page_standfirst(html), title)
    text = "\n\n".join(lines)
    if not text:
        text, fallback_title = render_body(html)
        title = title or headline(fallback_title)
    if not text:
        raise IngestError(f"Cannot open {name}: the page holds no readable text.", path or None)
    title = shown_headline(linked_headline(title, linked.headline), text)
    # else the agency of the page's byline ("Von Anna Müller (dpa)"), which the extractor
    # may drop with its element
    blocks = _story_blocks(html, lines)
    address = one_line_or_none(getattr(doc, "url", None)) or (
        saved_from.group(1) if saved_from else None
    )
    if source is None or is_host(source):
        # a <title>'s last part the page names again as its outlet (reader.ingest.title_sites)
        source = confirmed_title_site(html, blocks, address) or source
        # the dateline's outlet spelled out, which the address names
        source = dateline_site(blocks, address, source) or source
    source = source or byline_agency(blocks)
    lang = _HTML_LANG.search(html, 0, HEAD_SCAN)
    language = article_language(text, html, [lang.group(1) if lang else None, linked.language])
    extracted_author = one_line_or_none(getattr(doc, "author", None))
    author = page_author(extracted_author, blocks)
    # the writers the page's metadata names, to tell a second writer in its byline from a
    # place ("Von Anna Müller, Reggio Emilia"): not the extractor's author, read from the
    # byline's element whole when the metadata names nobody
    named = "; ".join(sorted(page_writers(html, linked.authors))) or None
    text = with_byline(_with_title(text, title), author, language, blocks, named)
    if author is None:  # a credit in the byline's place: "Le Monde avec AFP"
        text = with_opening_credit(text, extracted_author, blocks, lines)
    text = with_closing_byline(text, _closing_line(blocks, lines))
    hints = DateHints(language=lang.group(1) if lang else None, address=address)
    if date is not None:
        date = reread(date, html, date_order(text, hints))
    writers = page_writers(html, linked.authors, marked_writers(author, named, text))
    heads = () if updates else marked_heads(getattr(doc, "body", None))
    stamps = tuple(filter(None, [byline_stamp(text, author, blocks, named)]))
    quotes = _blockquote_lines(getattr(doc, "body", None))
    return Page(
        text,
        title,
        source,
        date,
        hints,
        writers=writers,
        headings=heads,
        stamps=stamps,
        quotes=quotes,
        cut=page_cut(html),
        table_heads=marked_header_rows(getattr(doc, "body", None)),
    )
