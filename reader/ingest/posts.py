"""Embedded social posts: a tweet, a Bluesky, Mastodon, Threads or Instagram post a page
embeds, as its text reads once extracted: the post's words in a paragraph, then its
attribution line, "— DHWU Carrowick (@DHWUCarrowick) December 5, 2026" (Twitter/X, and
Bluesky's "(@name.bsky.social)", Mastodon's "(@name@instance.social)"), or Instagram's
"A post shared by Carrowick Port (@carrowickport)".

The attribution line is boilerplate (reader.ingest.boilerplate); the paragraph before it
is a post (:class:`reader.model.Post`): its poster's words, which analysis reads as a
quotation of the poster, never as the article's own claim. A line that merely names a
handle ("The union posted on X (@DHWUCarrowick) that ...") is no attribution: one opens
with its dash (or "A post shared by") and holds nothing but the name, the handle and a
date; without a date, its name reads as one (a few words, none a lower-case word but a
name's particle: "— so the branch put it on Saturday (@DHWUCarrowick)" is prose).

A post of several paragraphs (a tweet's <blockquote> holding two <p>) is read whole: the
page's blockquotes are read from the extractor's tree (reader.ingest.html), and the
paragraphs of the blockquote before the attribution are the post. A post and its
attribution on one line ("... #PortStrike — DHWU Carrowick (@DHWUCarrowick) December 5,
2026") are split where the attribution begins (``joined_attribution``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from reader.ingest.date_lines import DAY_OR_MONTH
from reader.model.post import Post
from reader.model.span import Span

__all__ = [
    "embedded_posts",
    "is_picture_link",
    "joined_attribution",
    "poster_of",
]

# "@DHWUCarrowick", "@dhwu.bsky.social", "@dhwu@mastodon.social"
_HANDLE = r"@[\w.]{1,60}(?:@[\w-]+(?:\.[\w-]+)+)?"
# "December 5, 2026", "on Dec 5, 2026 at 10:04 AM"
_WHEN = rf"\s+(?:on\s+)?(?:{DAY_OR_MONTH})\b[\w ,.:]{{0,30}}"
_DATE = rf"(?P<date>{_WHEN})?"
_DASHED = rf"[—–-]{{1,2}}\s*(?P<name>[^\n]{{0,80}}?)\s*\((?P<handle>{_HANDLE})\){_DATE}$"
_ATTRIBUTIONS = (
    re.compile(rf"^{_DASHED}", re.IGNORECASE),
    re.compile(
        rf"^a (?:post|video|photo|reel) shared by\s+(?:(?P<name>[^\n@]{{0,80}}?)\s*)?"
        rf"\(?(?P<handle>{_HANDLE})\)?{_DATE}$",
        re.IGNORECASE,
    ),
)
# an attribution ending a post's line: after a space, a dash and a name with no dash
_JOINED = re.compile(
    rf"(?<=\S)\s+(?=[—–-]{{1,2}}\s*[^\n—–]{{0,80}}\((?:{_HANDLE})\)(?:{_WHEN})?$)",
    re.IGNORECASE,
)
# the words of a name without a date after it: at most this many, none in lower case but
# a particle ("Port of Carrowick", "Ludwig van Beethoven")
_NAME_WORDS = 6
_PARTICLE_WORDS = "of the and de del der di da van von la le du y & at for"
_PARTICLES = frozenset(_PARTICLE_WORDS.split())
# a post's picture link on a line of its own, between its words and its attribution
_PICTURE = re.compile(r"^(?:https?://)?pic\.twitter\.com/\w+$", re.IGNORECASE)
# the longest post read as one (Instagram's captions run to 2,200 characters)
MAX_POST = 2200


def poster_of(line: str) -> str | None:
    """The poster an attribution line names ("DHWU Carrowick" of "— DHWU Carrowick
    (@DHWUCarrowick) December 5, 2026", the handle when it names nobody), or None when
    ``line`` is no attribution."""
    line = line.strip()
    for pattern in _ATTRIBUTIONS:
        m = pattern.match(line)
        if m is not None:
            name = (m.group("name") or "").strip(" ,·|")
            if pattern is _ATTRIBUTIONS[0] and not m.group("date") and not _reads_as_name(name):
                return None
            return name if any(ch.isalpha() for ch in name) else m.group("handle")
    return None


def _reads_as_name(name: str) -> bool:
    """``name`` (an attribution's, with no date after it) reads as a name: a few words,
    none a lower-case word but a particle; or no name at all (the handle alone)."""
    words = name.split()
    return len(words) <= _NAME_WORDS and not any(
        w[:1].islower() and w.casefold() not in _PARTICLES for w in words
    )


def joined_attribution(line: str) -> int | None:
    """Where an attribution that ends ``line`` after a post's words begins ("Day five ...
    #PortStrike — DHWU Carrowick (@DHWUCarrowick) December 5, 2026": at its dash), or
    None when ``line`` ends with none (its name reading as a name, a date or not) or
    holds no words before it."""
    for m in _JOINED.finditer(line):
        tail = _ATTRIBUTIONS[0].match(line[m.end() :])
        if tail is not None and _reads_as_name(tail.group("name").strip(" ,·|")):
            return m.end() if any(ch.isalpha() for ch in line[: m.start()]) else None
    return None


def is_picture_link(line: str) -> bool:
    """``line`` is a post's picture link alone: "pic.twitter.com/AbC123"."""
    return _PICTURE.match(line.strip()) is not None


def embedded_posts(
    text: str,
    paragraphs: list[Span],
    boilerplate: set[Span],
    quotes: Sequence[Sequence[str]] = (),
) -> list[Post]:
    """The posts among ``paragraphs`` of ``text``: each paragraph right before an
    attribution line (but for a picture link), when it is no ``boilerplate`` paragraph
    (Instagram's "View this post on Instagram": a post embedded without its words), nor
    the headline, nor longer than a post; with the paragraphs before it of the same
    blockquote (``quotes``: the lines of each, as the extractor wrote them). And the words of a
    paragraph before the attribution that ends it (``joined_attribution``)."""
    out: list[Post] = []
    lines = [text[p.start : p.end] for p in paragraphs]
    for i, p in enumerate(paragraphs):
        poster = poster_of(lines[i])
        if poster is None:
            joined = _joined_post(lines[i], p) if i > 0 else None
            out += [joined] if joined is not None else []
            continue
        k = i - 1
        while k > 0 and is_picture_link(text[paragraphs[k].start : paragraphs[k].end]):
            k -= 1
        if k < 1:
            continue
        body = paragraphs[k]
        if body in boilerplate or len(body) > MAX_POST or poster_of(lines[k]):
            continue
        first = _first_of_quote(lines, k, i, quotes, lambda m: paragraphs[m] in boilerplate)
        if body.end - paragraphs[first].start <= MAX_POST:
            body = Span(paragraphs[first].start, body.end)
        out.append(Post(body, poster))
    return out


def _joined_post(line: str, paragraph: Span) -> Post | None:
    """The post whose words open ``paragraph`` (its ``line``), when an attribution ends it."""
    at = joined_attribution(line)
    if at is None or at > MAX_POST:
        return None
    words = Span(paragraph.start, paragraph.start + len(line[:at].rstrip()))
    return Post(words, poster_of(line[at:]) or "")


def _first_of_quote(
    lines: list[str],
    k: int,
    attribution: int,
    quotes: Sequence[Sequence[str]],
    dimmed: Callable[[int], bool],
) -> int:
    """The index of the first paragraph of the post ending at paragraph ``k``: the first
    of those before it that a blockquote of ``quotes`` holds with it and its attribution
    line, in their order (none ``dimmed``, nor the headline); ``k`` when none does."""
    for quote in quotes:
        if lines[attribution] not in quote or lines[k] not in quote:
            continue
        j, first = quote.index(lines[k]), k
        while j > 0 and first > 1 and lines[first - 1] == quote[j - 1] and not dimmed(first - 1):
            first, j = first - 1, j - 1
        return first
    return k
