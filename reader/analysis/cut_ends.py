"""Where an article cut short ends, in the other one: a page that stops at a paywall or is
the first page of several (``Document.cut``, reader.ingest.cut_short) leaves out what
the other article says after that point, not because its outlet did.

:func:`beyond_cut` is the offset of the other article past which its passages come after
the cut one's text ends: the end of the last sentence of it linked (a claim or a
quotation match) to the cut article's last linked sentence. Only-in passages past it
are listed as after the text's end (reader.analysis.correction_notes.only_passages); the
window says once that the article seems cut short (:func:`cut_told`). The panes shade
those passages apart from an omission (:func:`after_end`) and mark where the cut article's
own text stops (:func:`text_end`, :func:`ends_said`).
"""

from __future__ import annotations

from typing import Protocol

from reader.model.alignment import Alignment, MatchKind
from reader.model.document import PAGES, PAYWALL, Document

__all__ = [
    "after_end",
    "beyond_cut",
    "cut_said",
    "cut_told",
    "ends_said",
    "past_end",
    "text_end",
]

_LINKING = (MatchKind.CLAIM, MatchKind.QUOTE)


class _Listed(Protocol):
    """An only-in passage as listed (reader.analysis.correction_notes.OnlyPassage)."""

    @property
    def side(self) -> str: ...

    @property
    def after_cut(self) -> bool: ...


def cut_said(side: str, cut: str | None) -> str:
    """The words on side ``side``'s page cut ``cut`` short ("" when it is whole)."""
    if cut == PAYWALL:
        return f"{side.upper()} seems cut short: its page ends at a subscription offer"
    if cut == PAGES:
        return f"{side.upper()} seems cut short: its page is the first of several"
    return ""


def ends_said(side: str, cut: str | None) -> str:
    """The words of the mark where side ``side``'s text cut ``cut`` short stops ("B's text
    ends here — the page continues behind a subscription offer"; "" when it is whole)."""
    if cut == PAYWALL:
        return f"{side.upper()}'s text ends here — the page continues behind a subscription offer"
    if cut == PAGES:
        return f"{side.upper()}'s text ends here — the story continues on a next page"
    return ""


def text_end(doc: Document) -> int:
    """Where the story's own text of ``doc`` stops: the start of the first paragraph after
    its last sentence that is not boilerplate (the subscription offer, the "Next page »"),
    or the text's end when none follows."""
    kept = [s.end for s in doc.sentences if not doc.is_boilerplate(s)]
    last = max(kept, default=0)
    later = [
        p.start for p in doc.paragraphs if p.start >= last and doc.text[p.start : p.end].strip()
    ]
    return min(later, default=len(doc.text))


def past_end(passage: _Listed) -> str:
    """The words that open an only-in ``passage`` listed after the other article's text
    ends ("(after B's text ends) "; "" for any other)."""
    other = "B" if passage.side == "a" else "A"
    return f"(after {other}'s text ends) " if passage.after_cut else ""


def cut_told(al: Alignment) -> str:
    """The window's words on the pair's articles cut short, A's first ("" for none)."""
    return "; ".join(filter(None, (cut_said("a", al.a.cut), cut_said("b", al.b.cut))))


def beyond_cut(al: Alignment, side: str) -> int | None:
    """The offset of article ``side`` past which its passages come after the other
    article's text ends, that article being cut short; None when it is whole (or links
    nothing: all of ``side``'s story may then lie beyond it, which is not told)."""
    other = al.b if side == "a" else al.a
    if not other.cut:
        return None
    ends = [
        ((m.b.start, m.a.end) if side == "a" else (m.a.start, m.b.end))
        for m in al.matches
        if m.kind in _LINKING
    ]
    if not ends:
        return None
    last = max(start for start, _ in ends)
    return max(end for start, end in ends if start == last)


def after_end(al: Alignment, side: str, offset: int) -> bool:
    """Whether ``offset`` of article ``side`` lies in a passage only it reports that starts
    after the other article's text ends (as the Only in one panel lists it)."""
    end = beyond_cut(al, side)
    if end is None:
        return False
    only = al.only_a if side == "a" else al.only_b
    return any(end <= s.start and s.start <= offset < s.end for s in only)
