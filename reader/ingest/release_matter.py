"""A press release's own matter, which tells nothing of the news it announces: the line
that says what it is ("FOR IMMEDIATE RELEASE", "NEWS RELEASE", "EMBARGOED UNTIL 9 A.M.
ET, NOV. 17"), its end mark ("-30-"; "###" has no letter and is dimmed as such), the
organisation's "About ..." paragraphs (its boilerplate: "About Lakeshore Regional Medical
Center" and "Lakeshore Regional Medical Center is a 420-bed nonprofit hospital ..."), its
disclaimer of forward-looking statements (a listed company's: "Forward-Looking
Statements" and "This press release contains forward-looking statements within the
meaning of ...", with or without the heading) and its media contact block ("Media
contact:" and the short lines after it: a name, a title, an e-mail address, a phone
number).

A news story built on the release reports none of it, so none of it is "only in" the
release; reader.ingest.boilerplate dims it, as it does a byline.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["is_release_line", "release_blocks"]

_RELEASE_LINE = re.compile(
    r"^(?=.{0,90}$)\W*(?:for (?:immediate )?release(?:\W*$|\s*[:,–—-].*|\s+(?:on|at|after|"
    r"until)\b.*)|(?:press|news|media) release\W*|embargoed (?:until|till|for)\b.*|"
    r"-\s*30\s*-)$",
    re.IGNORECASE,
)
# "Media contact:", "Press contacts", "Media inquiries: ...", "Contact:", "CONTACT"
_CONTACT_HEAD = re.compile(
    r"^(?=.{0,200}$)(?:(?:media|press|news|investor|public relations)\s+"
    r"(?:contacts?|inquiries|enquiries|relations)\b|contacts?\s*(?::|$))",
    re.IGNORECASE,
)
# "About Lakeshore Regional Medical Center", "About the Lakeshore Foundation"
_ABOUT_HEAD = re.compile(r"^(?i:about\s+(?:the\s+)?)([A-Z][^.!?]{1,80})$")
# "Forward-Looking Statements", "Safe Harbor Statement", "Cautionary Statement Regarding
# Forward-Looking Statements", "Cautionary Note on Forward-Looking Information"
_DISCLAIMER_HEAD = re.compile(
    r"^(?=.{0,90}$)(?:(?:cautionary|special)\s+(?:statements?|note|notice)\b.*|"
    r"safe\s+harbou?r\b.*|(?:note\s+(?:on|regarding)\s+)?forward[\s-]looking\s+"
    r"(?:statements?|information)\W*)$",
    re.IGNORECASE,
)
# the disclaimer's opening without a heading: "This press release contains forward-looking
# statements ...", "Certain statements in this news release ... are forward-looking"
_DISCLAIMER_OPENING = re.compile(
    r"^(?:(?:this|the)\s+(?:press\s+|news\s+|earnings\s+)?release\s+(?:contains|includes|"
    r"may\s+contain)\s+(?:certain\s+)?forward[\s-]looking\s+statements|"
    r"(?:certain\s+)?statements\s+(?:made\s+)?in\s+this\s+(?:press\s+|news\s+)?release"
    r"\b.{0,200}?\bforward[\s-]looking\s+statements)",
    re.IGNORECASE,
)
_DISCLAIMER_PARAGRAPHS = 3
_FORWARD = re.compile(r"forward[\s-]looking", re.IGNORECASE)
_CONTACT_LINE = 80  # a name, a title, an address or a number: short, no sentence
_CONTACT_WORDS = 6
_ABOUT_PARAGRAPHS = 3  # an "About" section longer than this is the article's own
_NAME_WORD = re.compile(r"[A-Z][\w&'’.-]*")


def is_release_line(line: str) -> bool:
    """``line`` says the text is a press release ("FOR IMMEDIATE RELEASE", "EMBARGOED
    UNTIL ...") or ends one ("-30-")."""
    return _RELEASE_LINE.match(line.strip()) is not None


def release_blocks(lines: list[str], dimmed: Callable[[int], bool]) -> list[int]:
    """The indexes of ``lines`` (a text's paragraphs) that are a release's media contact
    block or "About ..." section; ``dimmed(i)``: line ``i`` is boilerplate already (the
    "###" or the copyright line that ends such a section)."""
    out: list[int] = []
    i = 0
    while i < len(lines):
        block = (
            _contact_block(lines, i)
            or _about_block(lines, i, dimmed)
            or _disclaimer_block(lines, i, dimmed)
        )
        out += block
        i = block[-1] + 1 if block else i + 1
    return out


def _contact_block(lines: list[str], i: int) -> list[int]:
    if _CONTACT_HEAD.match(lines[i].strip()) is None:
        return []
    end = i + 1
    while end < len(lines) and _contact_line(lines[end]):
        end += 1
    return list(range(i, end))


def _contact_line(line: str) -> bool:
    """A line of a contact block: short, of a few words, no sentence ("Jenna Morales",
    "Director of Communications", "jmorales@lakeshoreregional.org", "(419) 555-0142");
    not a headline below a contact block at the top ("Mobile Stroke Unit Cuts Treatment
    Times by 40 Percent"), nor the release's own line."""
    line = line.strip()
    return (
        len(line) <= _CONTACT_LINE
        and len(line.split()) <= _CONTACT_WORDS
        and not line.endswith((".", "!", "?", '"', "”"))
        and not is_release_line(line)
    )


def _about_block(lines: list[str], i: int, dimmed: Callable[[int], bool]) -> list[int]:
    """The "About <name>" heading at ``i`` and the paragraphs after it, up to a dimmed
    line, a contact block, another such heading or the text's end, when the first of them
    names the heading's name ("About Lakeshore Regional Medical Center" / "Lakeshore
    Regional Medical Center is ...") and they are few; else none ("About the victims"
    over the article's own paragraphs)."""
    head = _ABOUT_HEAD.match(lines[i].strip())
    if head is None:
        return []
    end = i + 1
    while end < len(lines) and not _section_end(lines, end, dimmed):
        end += 1
    body = lines[i + 1 : end]
    if not body or len(body) > _ABOUT_PARAGRAPHS or not _names(body[0], head.group(1)):
        return []
    return list(range(i, end))


def _disclaimer_block(lines: list[str], i: int, dimmed: Callable[[int], bool]) -> list[int]:
    """A disclaimer of forward-looking statements at ``i``: its heading and the few
    paragraphs after it up to a section's end, the first of them speaking of
    forward-looking statements; or, without a heading, the paragraph opening as one
    ("This press release contains forward-looking statements ...")."""
    line = lines[i].strip()
    if _DISCLAIMER_OPENING.match(line):
        return [i]
    if _DISCLAIMER_HEAD.match(line) is None:
        return []
    end = i + 1
    while end < len(lines) and not _section_end(lines, end, dimmed):
        end += 1
    body = lines[i + 1 : end]
    if not body or len(body) > _DISCLAIMER_PARAGRAPHS or not _FORWARD.search(body[0]):
        return []
    return list(range(i, end))


def _section_end(lines: list[str], i: int, dimmed: Callable[[int], bool]) -> bool:
    line = lines[i].strip()
    return (
        dimmed(i)
        or is_release_line(line)
        or _CONTACT_HEAD.match(line) is not None
        or _ABOUT_HEAD.match(line) is not None
        or _DISCLAIMER_HEAD.match(line) is not None
    )


def _names(paragraph: str, name: str) -> bool:
    """The paragraph's opening names ``name`` by one of its capitalised words
    ("Lakeshore Regional Medical Center is ...", "Founded in 1921, Lakeshore ...")."""
    words = set(_NAME_WORD.findall(name)) - {"The"}
    return bool(words & set(_NAME_WORD.findall(paragraph[:120])))
