"""A page's readers' comments, told by their heading or by their shape, and taken out before
the story is read (reader.ingest.page_tree).

Under many stories a site prints what its readers wrote: "37 Comments", user names, "2
hours ago", "Reply", "Like (12)", "Report", "Load more comments"; beside it a "Top
comments" box; a "Your views" or "Readers' letters" box of letters. Commenters write
figures and quotations of their own ("It was 20 people, not 12!", "the mayor said 'we
were fully prepared' — what a joke"), which a fact-checker must never see compared with
the other article's, nor linked with it. trafilatura leaves out a section whose class
names comments ("comments", "comment-list"), not one a site names otherwise
(class="discussion", plain <div>s): it read such a section's first comment as the
story's first line.

- A section headed so: a heading (<h2> to <h6>) whose words are only a comment section's
  name ("37 Comments", "Comments (112)", "Top comments", "Your views", "Readers'
  letters", "Have your say", "Kommentare", "Commentaires"): the element it opens (the
  heading its first words), else the heading and what follows it up to the next heading
  of its rank or higher.
- A comment told by its shape, headed or not: the nearest element around a comment's
  button ("Reply", "Report", "Like (12)") that also holds a time told as an age ("2 hours
  ago", "3h", "yesterday"), when the page holds two such at least. The story's own
  header ("Updated 2 hours ago") holds no such button.

Neither holds the page's <h1>: the story is never taken with them.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["comment_sections"]

_COUNT = r"(?:\d[\d,.]*\s*)?"
_NAMES = r"""
    (?:top\s+|reader(?:s['’]?)?\s+|your\s+|latest\s+|show\s+|view\s+|see\s+all\s+|
       all\s+|most\s+liked\s+)?comments?
  | leave\s+a\s+(?:comment|reply)
  | your\s+(?:views|say|letters)
  | (?:readers['’]?\s+)?letters(?:\s+to\s+the\s+editor)?
  | have\s+your\s+say | join\s+the\s+(?:conversation|discussion) | readers?['’]?\s+reactions
  | (?:leser)?kommentare | leserbriefe | commentaires | courrier\s+des\s+lecteurs
  | r[ée]actions\s+des\s+lecteurs | commenti | comentarios | coment[áa]rios | reacties | kommentarer
"""
_SECTION_NAME = re.compile(
    rf"{_COUNT}(?:{_NAMES}){_COUNT}(?:\s*\(\s*\d[\d,.]*\s*\))?\s*:?", re.IGNORECASE | re.VERBOSE
)
_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
# a comment's buttons, as sites label them ("Reply", "Like (12)", "Report abuse")
_ACTION = re.compile(
    r"(?:reply|report(?:\s+abuse)?|flag|respond|like|recommend|antworten|melden|répondre"
    r"|signaler|rispondi|segnala|responder|denunciar|reageer|svara|anmäl)"
    r"(?:\s*\(?\s*\d[\d,.]*\s*\)?)?",
    re.IGNORECASE,
)
# a comment's time told as its age: "2 hours ago", "3h", "just now", "yesterday"
_AGE = re.compile(
    r"(?:\d+\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)"
    r"\s+ago|\d+\s*[smhdw]|just\s+now|yesterday)",
    re.IGNORECASE,
)
_CONTROLS = ("a", "button", "span")
_MIN_COMMENTS = 2


def comment_sections(tree: Any) -> list[Any]:
    """The elements of the lxml ``tree`` of a page that hold its readers' comments: each
    comment section (by its heading) and each comment (by its shape) outside them."""
    found: list[Any] = []
    for heading in tree.iter(*_HEADINGS):
        if _SECTION_NAME.fullmatch(_words(heading)):
            found += _headed_section(heading)
    comments = _comments(tree)
    if len(comments) >= _MIN_COMMENTS:
        found += comments
    return _outermost(found)


def _headed_section(heading: Any) -> list[Any]:
    """The element ``heading`` opens (it is its first words), else ``heading`` and its
    following siblings up to the next heading of its rank or higher."""
    parent = heading.getparent()
    if (
        parent is not None
        and parent.tag not in _PAGE_TAGS
        and not (parent.text or "").strip()
        and _first_child(parent) is heading
        and not _holds_headline(parent)
    ):
        return [parent]
    rank = int(heading.tag[1])
    section = [heading]
    for sibling in heading.itersiblings():
        if not isinstance(sibling.tag, str):
            continue
        if _outranks(sibling, rank) or _holds_headline(sibling):
            break
        section.append(sibling)
    return section


_PAGE_TAGS = frozenset({"html", "body", "main", "article"})


def _first_child(element: Any) -> Any:
    return next((c for c in element if isinstance(c.tag, str)), None)


def _outranks(element: Any, rank: int) -> bool:
    """``element`` is, or holds, a heading of ``rank`` or higher (a lower number)."""
    tags = [f"h{n}" for n in range(1, rank + 1)]
    return element.tag in tags or any(True for _ in element.iter(*tags))


def _holds_headline(element: Any) -> bool:
    return element.tag == "h1" or any(True for _ in element.iter("h1"))


def _comments(tree: Any) -> list[Any]:
    """Each comment of ``tree`` told by its shape: the nearest element around a button
    of a comment that also holds a time told as an age."""
    aged = _aged(tree)
    story = {a for h1 in tree.iter("h1") for a in (h1, *h1.iterancestors())}
    found: list[Any] = []
    for control in tree.iter(*_CONTROLS):
        if len(control) > _CONTROL_PARTS or not _ACTION.fullmatch(_words(control)):
            continue
        for element in control.iterancestors():
            if element.tag in _PAGE_TAGS or element in story:
                break
            if element in aged:
                if element not in found:
                    found.append(element)
                break
    return found


_CONTROL_PARTS = 3  # elements in a button at most (an icon, a label, a count)


def _aged(tree: Any) -> set[Any]:
    """The elements of ``tree`` that hold a time told as an age (an element of no
    children whose words are only that), and their ancestors."""
    out: set[Any] = set()
    for element in tree.iter():
        if not isinstance(element.tag, str) or len(element) or element.tag in _HEADINGS:
            continue
        if _AGE.fullmatch(" ".join((element.text or "").split())):
            out.add(element)
            out.update(element.iterancestors())
    return out


def _words(element: Any) -> str:
    return " ".join("".join(element.itertext()).split())


def _outermost(elements: list[Any]) -> list[Any]:
    """``elements`` less those another of them holds."""
    held = set(elements)
    return [e for e in elements if not any(a in held for a in e.iterancestors())]
