"""The writer a page names only in its metadata, put back as a byline under the headline
(reader.ingest.html): trafilatura drops a byline element with its words, and the reader
would not see who wrote the article. The byline is written in the article's language
("Par Jean Dupont et Marie Martin" in a French article, "Von Anna Müller" in a German
one; reader.ingest.bylines), with the agency the page's byline named after the writer
("Von Anna Müller (dpa)"), and dimmed like any byline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import unescape

from reader.ingest.agencies import AGENCIES, is_agency
from reader.ingest.agency_credits import is_agency_credit
from reader.ingest.bylines import (
    Byline,
    byline_parts,
    byline_word,
    is_byline,
    is_later_writer,
    is_writing_credit,
    language_of_tag,
    writer_names,
)
from reader.ingest.languages import main_language
from reader.ingest.metadata import byline_agency
from reader.ingest.page_titles import HEAD_SCAN
from reader.ingest.photo_credits import trailing_credit
from reader.lazy_regex import LazyPattern

__all__ = [
    "article_language",
    "byline_stamp",
    "marked_writers",
    "page_author",
    "page_writers",
    "with_byline",
    "with_closing_byline",
    "with_opening_credit",
]

# What trafilatura takes for a second writer in a byline element that also dates the
# article ("By Ana Lee | Dec 13, 2008" gives "Ana Lee; Dec"): a date's words.
_DATE_WORDS_TEXT = """
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur
    thurs fri sat sun january february march april may june july august september october
    november december jan feb mar apr jun jul aug sep sept oct nov dec updated published
    posted today yesterday
"""
_DATE_WORDS = frozenset(_DATE_WORDS_TEXT.split())


# where a byline element's date stamp begins, read with the name before it ("Park Ji-won
# Published June", of "By Park Ji-won Published : June 11, 2024 - 15:27")
_STAMP = LazyPattern(r"\b(?:first |last )?(?:published|updated|posted)\b", re.IGNORECASE)


def _writers(author: str) -> str:
    """The names in trafilatura's ``author`` ("A; B"), without the date pieces it takes
    for names ("Dec"; "Published June", of a "Published : June 11, 2024" stamp after
    the writer's name), joined as a byline writes them."""
    names = (_unled(_STAMP.split(name, 1)[0].strip()) for name in author.split(";"))
    return ", ".join(
        name
        for name in names
        if name
        and not any(c.isdigit() for c in name)
        and name.strip(" .,").casefold() not in _DATE_WORDS
    )


# a byline's first word, kept by trafilatura in the name of a byline element that has it
# ("Par Philippe Mesmer"); taken off when two words or more are left ("Di Maio" stays)
_LEAD = LazyPattern(r"^(?:by|par|von|por|di|door)\s+(?=\S+\s+\S)", re.IGNORECASE)


def _unled(name: str) -> str:
    return _LEAD.sub("", name, count=1)


def with_byline(
    text: str,
    author: str | None,
    language: str | None,
    blocks: Sequence[str] = (),
    named: str | None = None,
) -> str:
    """``text`` with the page's byline after its headline, when the extractor kept the
    writer only in the metadata: it drops a byline element with its words, and the reader
    would not see who wrote the article. Written in the article's ``language`` ("Par Jean
    Dupont" in French, reader.ingest.bylines), with the agency the page's own byline among
    its ``blocks`` (rendered, a line each) names after the writers ("Von Anna Müller
    (dpa)", see ``_page_agency``), and dimmed like any byline; left out when the text
    names the writer already (see ``_names``), or the name does not read as a byline. A
    part after a comma in the page's byline is a second writer only when the page's
    metadata names it (``named``: its writers, "; " between them), or else when it reads
    as one (reader.ingest.byline_places): the extractor reads the byline's element
    whole ("Anna Müller; Reggio Emilia"), place and all."""
    writers = _writers(author) if author and not _is_agencies_credit(author) else ""
    if not writers:
        return text
    page = _page_byline(blocks, author or "", named, _story(text), _credits(text))
    agency = _page_agency(blocks, writers) or _agency_after(page)
    names = _without_agency(writers, agency)
    if page is not None:
        names = ", ".join(page.writers)  # not the place the extractor took for a writer
    line = f"{byline_word(language)} {_joined_writers(names, language)}"
    head, sep, rest = text.partition("\n\n")
    # the agency's line of its own, when the extractor kept it ("(AFP)"), names it already
    after = [line, rest.split("\n\n", 1)[0]]
    kept = bool(agency) and byline_agency(after) is not None
    # a place after the writers, the agency on a line of its own under them ("Par Jean
    # Dupont (Paris)" then "(AFP)"): both, as the page wrote them
    apart = _agency_apart(page, agency)
    tail = apart.tail if apart is not None else "" if kept else _tail(page, agency)
    if tail and is_byline(_with_tail(line, tail)):
        line = _with_tail(line, tail)
    if not is_byline(line) or _names(text, names):
        return text
    if apart is not None and not kept:
        line = f"{line}\n\n({agency})"
    return f"{head}\n\n{line}\n\n{rest}" if sep else f"{head}\n\n{line}"


_AUTHOR_WORD = LazyPattern(r"[^\W_]+")


def page_author(author: str | None, blocks: Sequence[str]) -> str | None:
    """trafilatura's ``author``, unless it is an agencies' credit or it read it from a
    credit among the page's ``blocks`` in an element marked as the author's
    ("Mitarbeit Anna Müller" of "Mitarbeit: Anna Müller", "Mit Material von Reuters;
    Eigenen Recherchen", "Le Monde avec AFP"): who helped, or the agencies, are no
    byline under the headline. Spelt as the page's byline spells it: the extractor drops
    an initial's dot ("Dana K Whitcomb" of "By Dana K. Whitcomb")."""
    if not author or _is_agencies_credit(author) or _credit_block(author, blocks) is not None:
        return None
    return _as_the_page_spells(author, blocks)


def _as_the_page_spells(author: str, blocks: Sequence[str]) -> str:
    """``author`` as the first of ``blocks`` naming its words in turn spells it, with
    the dots of its initials ("Dana K. Whitcomb"); ``author`` when none does or it has
    no initial."""
    words = author.split()
    if not any(_is_initial(w) for w in words):
        return author
    dotted = re.compile(
        r"(?<!\w)"
        + r"\s+".join(re.escape(w) + (r"\.?" if _is_initial(w) else "") for w in words)
        + r"(?!\w)"
    )
    for block in blocks:
        found = dotted.search(block)
        if found is not None:
            return " ".join(found.group().split())
    return author


def _is_initial(word: str) -> bool:
    """``word`` is an initial as the extractor leaves it, its dot dropped ("K" of "Dana
    K", "Ł")."""
    return len(word) == 1 and word.isupper()


def _credit_block(author: str, blocks: Sequence[str]) -> int | None:
    """The index among ``blocks`` of the credit the extractor read its ``author`` from
    (its words, the credit's first word first); None when no credit holds them."""
    words = _AUTHOR_WORD.findall(author.casefold())
    for i, block in enumerate(blocks):
        line = " ".join(block.split())
        if is_byline(line) or not is_writing_credit(line):
            continue
        credit = _AUTHOR_WORD.findall(line.casefold())
        if credit[:1] == words[:1] and set(words) <= set(credit):
            return i
    return None


def with_opening_credit(
    text: str, author: str | None, blocks: Sequence[str], story: Sequence[str]
) -> str:
    """``text`` with the credit the page prints in its byline's place, under the headline
    ("Le Monde avec AFP", "Avec AFP"), back after the headline as written, when the
    extractor dropped it with its element and took it for the ``author``: it tells who
    wrote the story. A credit after the ``story``'s lines is left to
    ``with_closing_byline``."""
    index = _credit_block(author, blocks) if author else None
    if index is None:
        return text
    credit = " ".join(blocks[index].split())
    lines = set(story)
    last = max((i for i, block in enumerate(blocks) if block in lines), default=-1)
    if index > last or credit in text:
        return text
    head, sep, rest = text.partition("\n\n")
    return f"{head}\n\n{credit}\n\n{rest}" if sep else f"{head}\n\n{credit}"


def _is_agencies_credit(author: str) -> bool:
    """trafilatura's ``author`` is an agencies' credit it read from an element marked as
    the author's ("Avec AFP", "Mit Material von dpa"; "Dpa; AFP" of "(dpa/AFP)"), no
    writer; one agency alone ("Reuters") is the writer as the page names it."""
    names = [name.strip() for name in author.split(";")]
    if len(names) == 1 and is_agency(names[0]):
        return False
    return is_agency_credit(author) or (len(names) > 1 and all(map(is_agency, names)))


def _page_agency(blocks: Sequence[str], writers: str) -> str | None:
    """The news agency the page's byline names after ``writers`` ("A, B"; those of two
    words or more): the extractor drops "(dpa)" of "Von Anna Müller (dpa)" with the
    byline's element, and a writer with it ("Anna Müller; Reuters" of "Von Anna Müller,
    Reuters"); the agency's line under the byline too ("Par Jean Dupont" then "(AFP)").
    Only a byline naming the writers is read: another story's, or the agency of a
    picture's credit, names none."""
    names = [name.casefold() for name in writers.split(", ") if " " in name.strip()]
    if not names:
        return None
    lines = [" ".join(block.split()) for block in blocks]
    for i, line in enumerate(lines):
        if all(name in line.casefold() for name in names):
            agency = byline_agency(lines[i : i + 2])
            if agency:
                return agency
    return None


def with_closing_byline(text: str, closing: str | None) -> str:
    """``text`` with the byline or credit the page printed after the story's last line
    (``closing``: "Reporting by Jane Smith in Hamburg; Editing by John Doe", "Von Anna
    Müller (Hamburg)") back at its end, where the extractor dropped it with its element
    ("author-footer"): who wrote the story, from where, is lost else when the page's
    metadata names nobody. Left out when the text names its writers already."""
    if closing is None:
        return text
    line = " ".join(closing.split())
    byline = byline_parts(line, story=_story(text), credits=_credits(text))
    if byline is not None:
        if all(_names(text, writer) for writer in byline.writers):
            return text
    elif not is_writing_credit(line) or line in text:
        return text
    return f"{text}\n\n{line}"


def byline_stamp(
    text: str, author: str | None, blocks: Sequence[str], named: str | None = None
) -> str:
    """The date stamp the page's own byline among ``blocks`` prints after the writers the
    extractor's ``author`` names ("Published March 12, 2026" of "By Maria Delgado, Staff
    Writer — Published March 12, 2026"): the extractor drops it with the byline's element,
    and ``with_byline`` puts the writers back without it; "" when there is none. It may
    date a page whose metadata does not (reader.ingest.metadata.guess_date)."""
    if not author:
        return ""
    page = _page_byline(blocks, author, named, _story(text), _credits(text))
    return page.stamp if page is not None else ""


def _page_byline(
    blocks: Sequence[str], author: str, named: str | None, story: str, credits: str = ""
) -> Byline | None:
    """The page's own byline among ``blocks``, naming writers the extractor's ``author``
    names ("Anna Müller; Berlin" of "Von Anna Müller, Berlin"; "Anna Müller" of "Von Anna
    Müller (Berlin)"), whose place, role or desk after them the extractor dropped with
    its element; None when no block is one. A part after a comma is a writer as
    ``named`` (the metadata's writers) or, without them, its words, the ``story`` and
    its ``credits`` tell (reader.ingest.bylines.byline_parts)."""
    key = author.casefold()
    for block in blocks:
        line = " ".join(block.split())
        # the writers' names without "By", as a page's closing byline element prints them
        # ("Jane Smith, Hamburg"), read as a byline when the metadata names them
        for byline in (
            byline_parts(line, spaced=True, named=named, story=story, credits=credits),
            byline_parts(f"By {line}", named=named, story=story, credits=credits),
        ):
            if byline is not None and all(" " in w and w.casefold() in key for w in byline.writers):
                return byline
    return None


def marked_writers(author: str | None, named: str | None, text: str) -> str | None:
    """The names of the extractor's ``author`` ("A; B") that are writers: the first, and
    each after it that ``named`` (the metadata's writers) names or, when it names none,
    that reads as a writer's and not as a place of the story ``text``
    (reader.ingest.byline_places): "Reggio Emilia" of "Anna Müller; Reggio Emilia", read
    from the byline's element whole, is no writer whose name alone a line is dimmed by."""
    if not author:
        return author
    first, *more = (name.strip() for name in author.split(";"))
    story, credits = _story(text), _credits(text)
    writers = (name for name in more if is_later_writer(name, named, story, credits))
    return "; ".join([first, *writers])


def _story(text: str) -> str:
    """The lines of ``text`` but its bylines and credits: the story, whose places a
    byline's part after a comma may name ("REGGIO EMILIA –", "in Baton Rouge")."""
    return "\n".join(
        line for line in text.split("\n") if not is_byline(line) and not is_writing_credit(line)
    )


# a picture's credit on a line of its own: "Photo: Jane Doe/Reuters", "Credit: Jane Doe"
_PHOTO_LABEL = LazyPattern(
    r"^(?:photo|photograph|picture|image|credit|photo credit)s?\s*:\s*\S", re.IGNORECASE
)


def _credits(text: str) -> str:
    """The credit lines of ``text``: its credits of the writing ("Reporting by Jane Smith;
    Editing by John Doe", "Additional reporting by Tom Lee") and of its pictures ("Photo:
    Jane Doe/Reuters", a caption's "... in Athens. Photo: Jane Doe"), whose names are
    people's (reader.ingest.byline_places.credited)."""
    credits = []
    for line in text.split("\n"):
        if is_writing_credit(line) or _PHOTO_LABEL.match(line):
            credits.append(line)
        elif (at := trailing_credit(line)) is not None:
            credits.append(line[at:])
    return "\n".join(credits)


def _tail(page: Byline | None, agency: str | None) -> str:
    """What the put-back byline names after the writers: the page's byline's place, role
    or desk ("(Berlin)", ", envoyé spécial à Kiev"), or the ``agency`` as it named it
    ("(dpa, Berlin)", "mit dpa"); else the ``agency`` in brackets ("(Reuters)" of "Von
    Anna Müller, Reuters", or of an agency's line of its own); "" for none."""
    own = page.tail if page is not None else ""
    if agency is None:
        return own
    # "(dpa, Berlin)", "mit dpa" as the page wrote them; "Von Anna Müller, Reuters" in brackets
    kept = own[:1] not in ",;|/–—-" and _agency_after(page) == agency
    return own if kept else f"({agency})"


def _agency_apart(page: Byline | None, agency: str | None) -> Byline | None:
    """The page's byline, when it names a place or role after the writers and the
    ``agency`` stands on a line of its own under it ("Par Jean Dupont (Paris)" then
    "(AFP)"); None else."""
    if page is None or not page.tail or agency is None or _agency_after(page) is not None:
        return None
    return page


def _agency_after(page: Byline | None) -> str | None:
    """The agency the page's byline names after its writers ("dpa" of "(dpa, Berlin)")."""
    return byline_agency([page.line]) if page is not None else None


def _with_tail(line: str, tail: str) -> str:
    """The byline ``line`` with ``tail`` after the writers, as the page wrote it: "Von Anna
    Müller (Berlin)", "Von Anna Müller, Berlin", "By Jane Smith in Kyiv"."""
    return f"{line}{tail}" if tail[:1] in ",;" else f"{line} {tail}"


def _without_agency(writers: str, agency: str | None) -> str:
    """``writers`` ("A, B") without ``agency``, which the extractor took for a writer
    ("Anna Müller, Reuters"); all of them when the agency is the only one."""
    names = [name for name in writers.split(", ") if AGENCIES.get(name.casefold()) != agency]
    return ", ".join(names) if agency and names else writers


# the word that joins a byline's last two writers, by language
_AND_WORDS = {
    "French": "et",
    "German": "und",
    "Spanish": "y",
    "Portuguese": "e",
    "Italian": "e",
    "Dutch": "en",
}


def _joined_writers(writers: str, language: str | None) -> str:
    """``writers`` ("A, B") as a byline in ``language`` names them: "Anna Müller und Tom
    Schmidt"; English keeps the commas, as before."""
    word = _AND_WORDS.get(language or "")
    first, sep, last = writers.rpartition(", ")
    return f"{first} {word} {last}" if word and sep else writers


# An article's language told from its words needs fewer of them than the aligner asks
# for: the byline's one word depends on it, and a short article is still one language.
_BYLINE_LANGUAGE_WORDS = 10


# the page's locale as OpenGraph gives it: <meta property="og:locale" content="fr_FR">
_OG_LOCALE = LazyPattern(
    r"<meta\b(?=[^>]*\bproperty\s*=\s*[\"']og:locale[\"'])[^>]*?"
    r"\bcontent\s*=\s*[\"']([\w-]{2,20})",
    re.IGNORECASE,
)


def article_language(text: str, html: str, declared: list[str | None]) -> str | None:
    """The language of the article ``text`` (of the page ``html``), as
    reader.ingest.languages names it: the one its words are in, else the first the page
    declares (``declared``: its ``<html lang>``, its JSON-LD's ``inLanguage``; then its
    ``og:locale``). A site's template may declare its own language over an article in
    another."""
    told = main_language(text, minimum=_BYLINE_LANGUAGE_WORDS)
    if told is not None:
        return told
    locale = _OG_LOCALE.search(html, 0, HEAD_SCAN)
    tags = [*declared, locale.group(1) if locale else None]
    return next(filter(None, map(language_of_tag, tags)), None)


def _names(text: str, writers: str) -> bool:
    """``text`` names ``writers`` already (a byline of its own, a line "Reporting by
    ..."); a picture's credit ("(Photo by Dana Whitfield)") names a photographer, even
    the writer, and is no byline."""
    key = writers.casefold()
    for line in text.split("\n"):
        credit = trailing_credit(line)
        if key in (line if credit is None else line[:credit]).casefold():
            return True
    return False


# the page's writers as its head names them: <meta name="author" content="Jane Smith">,
# <meta property="article:author" content="Jane Smith"> (not a profile's address)
_META_AUTHOR = LazyPattern(
    r"<meta\b(?=[^>]*\b(?:name|property)\s*=\s*[\"'](?:author|article:author)[\"'])[^>]*?"
    r"\bcontent\s*=\s*(?:\"([^\"<>]{1,200})\"|'([^'<>]{1,200})')",
    re.IGNORECASE,
)


def page_writers(
    html: str, linked_authors: tuple[str, ...], marked: str | None = None
) -> frozenset[str]:
    """The names of the page's writers as its metadata gives them: its ``<meta
    name="author">`` and ``article:author`` and its JSON-LD's authors (``linked_authors``,
    reader.ingest.linked_data), and those the extractor read in an element the page marks
    as its author's (``marked``: "Jane Smith; Hamburg" of a ``class="byline"``, an
    ``itemprop="author"``, a ``rel="author"``), in small letters
    (reader.ingest.bylines.writer_names)."""
    meta = (unescape(m.group(1) or m.group(2)) for m in _META_AUTHOR.finditer(html, 0, HEAD_SCAN))
    extracted = [marked] if marked and not _is_agencies_credit(marked) else []
    return writer_names(
        name
        for name in (*meta, *linked_authors, *extracted)
        if not name.startswith(("http:", "https:"))
    )
