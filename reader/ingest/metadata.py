"""Title, date and source of plain-text articles, guessed from their first lines."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from itertools import pairwise

from reader.ingest.agencies import AGENCIES as _AGENCIES
from reader.ingest.boilerplate import starts_like_url
from reader.ingest.byline_dates import set_off_date
from reader.ingest.bylines import is_byline
from reader.ingest.calendar_words import (
    ENGLISH_MONTHS,
    OTHER_MONTHS,
    OTHER_SHORT_MONTHS,
    alternation,
)
from reader.ingest.date_lines import is_date_line
from reader.ingest.date_order import DateOrder
from reader.ingest.stamp_words import PUBLISHED, UPDATED
from reader.lazy_regex import LazyPattern
from reader.model.span import Span

__all__ = [
    "byline_agency",
    "guess_date",
    "guess_source",
    "guess_title",
    "parse_date",
    "reads_as_prose",
    "url_date",
]

_HEAD_LINES = 12  # lines searched for a headline
_META_LINES = 30  # lines searched for a date or a source

_MONTHS = ENGLISH_MONTHS | OTHER_MONTHS | OTHER_SHORT_MONTHS
_MONTH = r"(?P<mon>" + alternation(ENGLISH_MONTHS) + r")\.?"
_OTHER_MONTH = r"(?P<mon>" + alternation(OTHER_MONTHS | OTHER_SHORT_MONTHS) + r")\b"
_DATE_FORMS = (
    LazyPattern(r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b"),
    # "2024.06.19", "2024. 6. 19.": year first with dots, as Korean sites stamp a date
    LazyPattern(r"\b(?P<y>(?:19|20)\d\d)\.\s?(?P<m>\d{1,2})\.\s?(?P<d>\d{1,2})\b(?!\.\d)"),
    LazyPattern(rf"\b{_MONTH}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b", re.I),
    LazyPattern(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<y>\d{{4}})\b", re.I),
    # day first in other languages: "19. Juni 2024", "1er juin 2024", "19 de junio de 2024",
    # "19. Jun. 2024"
    LazyPattern(
        rf"\b(?P<d>\d{{1,2}})(?:\.|er|º|°)?\s*(?:de\s+)?{_OTHER_MONTH}\.?\s+(?:de\s+|del\s+)?"
        rf"(?P<y>\d{{4}})\b",
        re.I,
    ),
    LazyPattern(r"\b(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4})\b"),
    # "19.06.2024": with dots, day first wherever it is written so
    LazyPattern(r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})\b"),
    # "12/16/08 1:30 AM EST": a two-digit year, in the lines a site stamps its date with.
    LazyPattern(r"\b(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<yy>\d{2})\b(?![/.]\d)"),
)
_POSTED = LazyPattern(rf"^(?:{PUBLISHED}|date|dated)\b", re.I)

_HEADLINE_END = (".", ",", ";", ":", "…", "。", "、", "；", "：")
_CLOSING_QUOTES = "\"'”’» "
_OPENING_QUOTES = "\"'“‘«"
_LETTER = LazyPattern(r"[^\W\d_]")

_URL_HOST = LazyPattern(r"^(?:https?://)?(?P<host>[\w.\s-]+?)(?:[/?#]|$)", re.I)
_HOST_PREFIX = LazyPattern(r"^(?:(?:www\d?|m|mobile|amp|articles|edition)\.)+")
_CREDIT = LazyPattern(
    r"^(?:(?P<label>[\w ]{4,20}?)\s*:\s*(?P<name>[\w .&-]{2,30})|\((?P<paren>[\w .&-]{2,30})\))$"
)
# "Credit: AP" may credit the article (on syndicated copies, the only trace of the agency
# that wrote it); "Photo: Reuters" credits a picture, whoever wrote the article.
_SOURCE_LABELS = frozenset({"credit", "credits", "source"})
# A credit names the source only when it is one news agency (a photographer's name, a
# picture library or "AFP/Yonhap" say nothing sure about who published the article).
# A wire story's dateline: "WASHINGTON (AP) —", "SEOUL, South Korea (AP) —",
# "WASHINGTON, Sept 30 (Reuters) -"; as EFE writes it, "Madrid, 19 jun (EFE).-",
# "Marrakech (Marruecos), 9 sep (EFE).-"
_WIRE_DATELINE = LazyPattern(
    r"(?:[A-Z][A-Z .'’-]{1,40}|(?!(?:Police|Officials|Sources|Witnesses|Authorities|Officers|"
    r"Prosecutors|Troops|Residents|Rescuers)\b)"  # "Police (AP) — said": people, no place
    r"[A-ZÀ-ÖØ-Þ][\w'’-]+\.?(?:[ /][A-ZÀ-ÖØ-Þ][\w'’-]+){0,2})"  # "St. Louis", "Winston-Salem"
    r"(?:\s\([A-ZÀ-ÖØ-Þ][\w .'’-]{1,30}\))?"  # the country after the place
    # the state and the day: "WASHINGTON, D.C., June 5 (Reuters) -"
    r"(?:,[\w .'’-]{1,40}){0,2}\s+\((?P<name>[\w .&-]{2,30})\)\s*\.?[-–—:]\s"
)
# the agency after a date line: "Hamburg, 19. Juni 2024 (dpa)", "Paris, 19 juin 2024 – AFP"
_DATE_LINE_AGENCY = LazyPattern(
    r"(?:\((?P<paren>[\w .&-]{2,30})\)|[–—-]\s*(?P<name>[\w .&-]{2,30}))\s*$"
)
# "By The Associated Press", "By Kim Tong-hyung, AP", "By Jane Doe | Reuters"
_BYLINE_AGENCY = LazyPattern(
    r"(?:^by\s+|[,|/–—-]\s*)(?:the\s+)?(?P<name>[\w .&-]{2,30}?)\s*$", re.IGNORECASE
)


def parse_date(text: str, order: DateOrder = DateOrder.MONTH_FIRST) -> str | None:
    """The first date in ``text`` as ISO ``YYYY-MM-DD``, or None. A numeric date
    ("12/03/2024") is read in the document's ``order`` (see reader.ingest.date_order),
    unless its parts cannot be: "24/02/2013" is day first, "02/24/2013" month first."""
    for form in _DATE_FORMS:
        m = form.search(text)
        if m is None:
            continue
        groups = m.groupdict()
        day = int(groups["d"])
        if groups.get("mon"):
            month = _MONTHS[groups["mon"].lower()]
        else:
            month = int(groups["m"])
            numeric = "/" in m.group(0)
            if numeric and (month > 12 >= day or (order is DateOrder.DAY_FIRST and day <= 12)):
                month, day = day, month
        year = int(groups["y"]) if groups.get("y") else _century(int(groups["yy"]))
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            continue
    return None


def _century(yy: int) -> int:
    """The year of a two-digit year: news dates lie between 1970 and 2069."""
    return 1900 + yy if yy >= 70 else 2000 + yy


# Chinese and Japanese write no spaces between words: a run of their characters counts
# as one word each this many characters (a two-character word is the commonest)
_UNSPACED = LazyPattern(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_UNSPACED_WORD_CHARS = 2


def word_count(line: str) -> int:
    """The words of ``line``: its spaced words, a run of Chinese or Japanese characters
    counting one word each two characters."""
    return sum(
        max(1, len(_UNSPACED.findall(word)) // _UNSPACED_WORD_CHARS) for word in line.split()
    )


def _looks_like_headline(line: str) -> bool:
    words = word_count(line)
    bare = line.rstrip(_CLOSING_QUOTES)
    return (
        2 <= words <= 25
        and len(line) <= 200
        and bool(_LETTER.search(line))
        and not bare.endswith(_HEADLINE_END)
        and not line[0].islower()
        and not (line[0] in _OPENING_QUOTES and bare != line)
    )


# A title a page gives (its <title>, or the first heading trafilatura falls back on) is a
# paragraph of prose when it is this long, or a full sentence of this many words.
_TITLE_MAX_WORDS = 25
_TITLE_MAX_CHARS = 200
_SENTENCE_MIN_WORDS = 10
_SENTENCE_END = LazyPattern(r"(?<![A-Z])(?<!\b[A-Z][a-z])\.[\"'”’»)]*$")


def reads_as_prose(line: str) -> bool:
    """True when a title a page gives is a paragraph rather than a headline: over 25
    words or 200 characters, or a sentence of ten words or more ending in a full stop
    ("The city council voted on Tuesday night to approve a new budget ... debate.")."""
    words = line.split()
    if len(words) > _TITLE_MAX_WORDS or len(line) > _TITLE_MAX_CHARS:
        return True
    return len(words) >= _SENTENCE_MIN_WORDS and _SENTENCE_END.search(line) is not None


def guess_title(
    text: str, paragraphs: list[Span], boilerplate: set[Span], first_only: bool = False
) -> str | None:
    """The headline: the first non-boilerplate line of three words or more, if it looks
    like one (short, no sentence-final period); None when the text starts with prose.

    Shorter lines before it are section labels ("World", "North Korea"); one of them is
    the title only when no longer line qualifies ("RIP Bettie!").

    ``first_only``: only the first non-boilerplate line may be the headline (a web page
    with no <title>, og:title or <h1>, whose markup told no heading: a later line, a
    bold run an unclosed <b> made a paragraph of, is no headline of its).
    """
    short: str | None = None
    for p in paragraphs[:_HEAD_LINES]:
        if p in boilerplate:
            continue
        line = text[p.start : p.end]
        if first_only:
            return line if _looks_like_headline(line) else None
        if word_count(line) < 3:
            if short is None and _looks_like_headline(line):
                short = line
            continue
        return line if _looks_like_headline(line) else short
    return short


def guess_date(
    text: str,
    paragraphs: list[Span],
    order: DateOrder = DateOrder.MONTH_FIRST,
    stamps: Sequence[str] = (),
) -> str | None:
    """A date from a "Posted on : ..." line, a date-only line (or one set off in a byline:
    "By Anna Berg | 12 March 2024") or a dateline near the top (alone, or opening the
    story's first paragraph: "Port Ellis, March 14, 2024 (Wire) —"), else from the
    article's address ("http://ktla.com/2013/05/03/lohan-..."). Numeric dates are read in
    ``order`` ("12/03/2024": 12 March day first, 3 December month first). ``stamps``: the
    date stamps of a byline the text holds without them ("Published March 12, 2026" of a
    page's byline element, reader.ingest.page_byline), read as its first lines."""
    lines = [*stamps, *(text[p.start : p.end] for p in paragraphs[:_META_LINES])]
    # first the date the article appeared, not one it was updated on: a story of June 20
    # updated on the 21st says "yesterday" of the 19th
    found = _date_line(lines, order, lambda part: _without_updates(part, order))
    if found:
        return found
    for line in lines:
        opening = _OPENING_DATELINE.match(line)
        if opening is not None and is_date_line(opening.group("dateline")):
            found = parse_date(opening.group("dateline"), order)
            if found:
                return found
    for line in lines:
        if starts_like_url(line):
            found = url_date(line)
            if found:
                return found
    return _date_line(lines, order, lambda part: part)  # an update's date, if no other


def _date_line(lines: list[str], order: DateOrder, keep: Callable[[str], str]) -> str | None:
    """The date of the first date line (or part of a byline) among ``lines``, each read
    as ``keep`` leaves it."""
    for line in lines:
        for part in _set_off_parts(line):
            kept = keep(part)
            if _is_stamp(kept):
                found = parse_date(_FETCHED.sub(" ", kept), order)
                if found:
                    return found
    return None


# the writer a stamp may name after its date: "Posted on March 12, 2009 by admin"
_STAMP_WRITER = LazyPattern(r"\s+(?:by|von|par|por|di|door)\s+\D{2,60}$", re.IGNORECASE)


def _is_stamp(part: str) -> bool:
    """``part`` is a stamp: a date and time, its label before them ("First published on
    May 3, 2013", "Veröffentlicht am 19.06.2024 um 14:30 Uhr"), the writer after them
    ("Posted on March 12, 2009 by admin"); not a sentence a label's words open ("First
    published in 1998, the magazine moved to Berlin on 3 March 2005.", "Publicada pela
    primeira vez em 1998, a revista ...")."""
    if is_date_line(part):
        return True
    return _POSTED.match(part) is not None and is_date_line(_STAMP_WRITER.sub("", part))


# "Updated: 6/21/2024", "Last modified June 21, 2024, 9:00 a.m.", "mis à jour le 21 juin
# 2024": up to a publication date that may follow it ("... Published: 6/20/2024")
_UPDATE = LazyPattern(rf"\b(?:{UPDATED})\b.*?(?=\b(?:{PUBLISHED})\b|$)", re.IGNORECASE)


def _without_updates(part: str, order: DateOrder) -> str:
    """``part`` less the dates it gives as updates; a relative update ("Updated 2 hours
    ago") is kept, since it gives no date."""
    return _UPDATE.sub(lambda m: " " if parse_date(m.group(), order) else m.group(), part).strip()


# a bar or a dot setting off the parts of a byline: "By Anna Berg | 12 March 2024",
# "March 12, 2024 · 5 min read"
_SET_OFF = LazyPattern(r"\s+[|·•]\s+")
_SET_OFF_LINE = 160


def _set_off_parts(line: str) -> list[str]:
    """``line``, then its parts set off by bars or dots when it is short enough to be a
    byline."""
    dated = set_off_date(line) if len(line) <= _SET_OFF_LINE else None
    stamp = [dated.date] if dated is not None and is_byline(dated.before) else []
    if len(line) > _SET_OFF_LINE or _SET_OFF.search(line) is None:
        return [line, *stamp]
    return [line, *_SET_OFF.split(line), *stamp]


# a dateline opening a paragraph of the story, up to the dash or colon after it:
# "Port Ellis, March 14, 2024 (Wire) — The council voted ...", "MUMBAI, March 14, 2024: ..."
_OPENING_DATELINE = LazyPattern(r"(?P<dateline>[^\n]{6,80}?)\s*(?:\s[—–-]{1,2}|:)\s+\S")


# "[downloaded on 2 October 2013]": when a copy was made, not when the article appeared
_FETCHED = LazyPattern(
    r"[\[(]?\b(?:downloaded|retrieved|accessed|archived|saved)\b[^\])]*[\])]?", re.IGNORECASE
)
_URL_DATE = LazyPattern(
    rf"/(?P<y>(?:19|20)\d\d)[/-](?:(?P<m>\d{{1,2}})|{_MONTH})[/-](?P<d>\d{{1,2}})(?=[/_.-]|$)",
    re.IGNORECASE,
)


def url_date(url: str) -> str | None:
    """The date in an address's path ("/2013/05/03/", "/2009-04-28-091.asp",
    "/2013/aug/02/"), as ``YYYY-MM-DD``, or None. Spaces a corpus put in are ignored."""
    m = _URL_DATE.search(re.sub(r"\s+", "", url))
    if m is None:
        return None
    month = _MONTHS[m.group("mon").lower()] if m.group("mon") else int(m.group("m"))
    try:
        return date(int(m.group("y")), month, int(m.group("d"))).isoformat()
    except ValueError:
        return None


def guess_source(text: str, paragraphs: list[Span], boilerplate: set[Span]) -> str | None:
    """Who published the article: the site of a URL-only line, else the agency a byline
    names ("By The Associated Press") or a wire story's dateline opens with ("WASHINGTON
    (AP) — ..."), else a clean single-agency credit ("Credit: AP", "(Yonhap)") when no
    byline names a writer.

    A photo credit ("Photo: Reuters") is never the source: it credits the picture's
    agency, and a newspaper's own article carries agency pictures. A credit with a
    writer's byline in the article is read the same way.
    """
    lines = [text[p.start : p.end] for p in paragraphs if p in boilerplate]
    head = [text[p.start : p.end] for p in paragraphs[:_META_LINES] if p in boilerplate]
    for line in head:
        if starts_like_url(line):
            m = _URL_HOST.match(line)
            if m:
                host = _HOST_PREFIX.sub("", re.sub(r"\s+", "", m.group("host")).lower())
                if "." in host:
                    return host
    bylines = [line for line in lines if is_byline(line)]
    agency = byline_agency([text[p.start : p.end] for p in paragraphs[:_META_LINES]], bylines)
    if agency:
        return agency
    for p in paragraphs[:_META_LINES]:
        m = _WIRE_DATELINE.match(text, p.start, p.end)
        agency = _AGENCIES.get(m.group("name").strip().casefold()) if m else None
        if agency:
            return agency
    for line in head:
        m = _DATE_LINE_AGENCY.search(line) if is_date_line(line) else None
        agency = (
            _AGENCIES.get((m.group("paren") or m.group("name")).strip().casefold()) if m else None
        )
        if agency:
            return agency
    if bylines:
        return None
    for line in head:
        m = _CREDIT.match(line)
        if m is None:
            continue
        if m.group("label") is not None and m.group("label").strip().casefold() not in (
            _SOURCE_LABELS
        ):
            continue
        agency = _AGENCIES.get((m.group("name") or m.group("paren") or "").strip().casefold())
        if agency:
            return agency
    return None


def byline_agency(head: list[str], bylines: list[str] | None = None) -> str | None:
    """The news agency a byline names ("By The Associated Press", "Von Anna Müller (dpa)",
    "Par Jean Dupont avec AFP"), or a line of its own right under a byline ("Par Jean
    Dupont" then "(AFP)"), among the lines ``head`` (or those of ``bylines``); None when
    none does."""
    for line in bylines if bylines is not None else filter(is_byline, head):
        agency = _byline_agency(line)
        if agency:
            return agency
    for before, line in pairwise(line.strip() for line in head):
        m = _CREDIT.match(line)
        if m is not None and m.group("paren") and is_byline(before):
            agency = _AGENCIES.get(m.group("paren").strip().casefold())
            if agency:
                return agency
    return None


# AP's own byline: "By JOHN DOE Associated Press" (the agency as it spells itself)
_BYLINE_AGENCY_END = LazyPattern(
    r"\s(?:the\s+)?(?P<name>" + "|".join(re.escape(a) for a in _AGENCIES.values()) + r")$"
)
# the agency a story was written with, after the writer's name: "Von Anna Müller (dpa)",
# "Par Jean Dupont (AFP)", "Por María López (EFE)", "Par Jean Dupont avec AFP", "Von Anna
# Müller mit dpa", "Door Jan de Vries met ANP"
_BYLINE_AGENCY_WITH = LazyPattern(
    # the agency in brackets, a place after it ("(dpa, Berlin)", "(AFP/Paris)")
    r"(?:\((?P<paren>[\w .&-]{2,30}?)(?:\s*[,/]\s*[\w .'’-]{2,30})?\)"
    r"|\s(?:avec|mit|con|com|met|with)\s+(?:l['’])?"
    r"(?P<name>[\w .&-]{2,30}?))\s*$",
    re.IGNORECASE,
)


def _byline_agency(line: str) -> str | None:
    """The news agency a byline names ("By The Associated Press", "By Jane Doe, Reuters",
    "By JOHN DOE Associated Press", "Von Anna Müller (dpa)", "Par Jean Dupont avec AFP"),
    or None; a date stamp set off after it is left out ("By Jane Doe, AP | March 12,
    2024")."""
    dated = set_off_date(line)
    line = (line if dated is None else dated.before).strip()
    for form in (_BYLINE_AGENCY, _BYLINE_AGENCY_END, _BYLINE_AGENCY_WITH):
        m = form.search(line)
        name = next(filter(None, m.groupdict().values()), "") if m else ""
        agency = _AGENCIES.get(name.strip().casefold())
        if agency:
            return agency
    return None
