"""What the link map says to a screen reader: the link the keyboard is on, how many there
are, or that there are none, in the words the rest of the window already uses (the
status bar's "claim, score 0.82", "differs: ..." of a selected match; "No match: ..."
of Next match with none to go to).

Plain text (no markup: it is an accessible description), Qt-free."""

from __future__ import annotations

from reader.model import Alignment, Match
from reader.ui.tooltips import marked, score_words, shorten

# what the map is, while no pair is open
ABOUT = "Bands joining each match in article A to its partner in B"
FIRST_WORDS = 60  # characters of each passage read out
NO_LINK = "No link: the two articles share no claim, quote, name or figure."


def first_words(text: str, limit: int = FIRST_WORDS) -> str:
    """The first words of ``text`` up to ``limit`` characters, "…" after them if cut
    (at a space: a word cut in two is read out as another word)."""
    cut = shorten(text, limit)
    if not cut.endswith("…") or cut == text:
        return cut
    head = cut[:-1]
    space = head.rfind(" ")
    return (head[:space] if space > 0 else head).rstrip(" ,;:") + "…"


def link_said(m: Match, alignment: Alignment, differs: str = "") -> str:
    """One link, as "A “first words…” to B “first words…”, claim, score 0.82", and
    what its passages disagree on ("differs: June 18 vs June 19")."""
    a = first_words(alignment.a.slice(m.a))
    b = first_words(alignment.b.slice(m.b))
    said = f"A {marked(a)} to B {marked(b)}, {m.kind.value}, {score_words(m)}"
    return f"{said}, differs: {differs}" if differs else said


def place_said(index: int, total: int, link: str) -> str:
    """ "Link 4 of 23: " before ``link`` (``index`` counts from 0)."""
    return f"Link {index + 1} of {total}: {link}"


def count_said(total: int) -> str:
    """How many links the map draws, while the keyboard is on none of them."""
    links = "1 link" if total == 1 else f"{total} links"
    return f"{links} joining matches in article A to their partners in B"


def none_said(matches: int, minor: int = 0) -> str:
    """Why the map draws no link, of a pair with ``matches`` matches, ``minor`` of them
    names and figures whose links the View menu leaves out: the articles share nothing
    (unrelated), a name or a figure only, or the Matches panel's filters hide it all."""
    if not matches:
        return NO_LINK
    if minor == matches:
        shared = "1 name or figure" if minor == 1 else f"{minor} names and figures"
        return (
            "No link: the two articles share no claim or quote. View > Entity and number "
            f"links draws the {shared} they share."
        )
    them = "the one match" if matches == 1 else f"all {matches} matches"
    return f"No link shown: the Matches panel's filters hide {them}."
