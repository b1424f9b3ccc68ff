"""A match as plain text to paste into a write-up: what links the two passages, each
passage under the article it comes from, what they disagree on, and the reader's notes.

    Claim, score 0.98
    A: Putin, Kim pledge 'mutual assistance' in event of outside aggression (2024-06-20)
      North Korean leader Kim Jong-un and President Vladimir Putin ... on June 18, 2024.
    B: North Korea says deal between Putin and Kim requires ... (AP)
      Russian President Vladimir Putin, left, ... on Wednesday, June 19, 2024.
    Differs: June 18, 2024 vs June 19, 2024

The text stays in logical order. A right-to-left title, byline, note, tag or value of a
discrepancy inside one of these English labels ("A: …", "Differs: … vs …") is wrapped in
Unicode isolates (U+2068 … U+2069, :mod:`reader.bidi`), so that "20 يونيو 2024" does not
read "يونيو 2024 20" where it is pasted; a passage on a line of its own is not (a line
starting with an isolate would take no direction from its first letter, so a text editor
would lay an Arabic passage out left to right). English text is copied as before.
"""

from __future__ import annotations

from reader.bidi import isolate, isolate_detail
from reader.export.entries import DocumentInfo, document_info, match_entries, note_entry
from reader.export.entry import Entry
from reader.export.passage_entries import only_entry
from reader.model.alignment import Alignment, Quoted
from reader.model.session import Session
from reader.model.span import Span


def _source(letter: str, info: DocumentInfo) -> str:
    return f"{letter}: {isolate(info.title)}" + (
        f" ({isolate(info.byline)})" if info.byline else ""
    )


def _indented(text: str, first: str = "  ") -> list[str]:
    lines = [" ".join(line.split()) for line in text.splitlines()] or [""]
    return [first + lines[0], *("  " + line for line in lines[1:])]


def cite_entry(e: Entry, a: DocumentInfo, b: DocumentInfo) -> str:
    """The plain text of one entry (see the module docstring)."""
    out = ["Noted passage" if e.kind == "note" else ", ".join(e.summary())]
    for letter, info, present, text in (("A", a, e.a, e.a_text), ("B", b, e.b, e.b_text)):
        if present is not None:
            out += [_source(letter, info), *_indented(text)]
    out += [f"Differs: {isolate_detail(d)}" for d in e.discrepancies]
    out += [isolate(e.wording)] if e.wording else []
    for n in e.notes:
        if n.text:
            first, *rest = _indented(n.text, first="")
            out += [f"Note: {isolate(first)}", *rest]
        if n.tags:
            out.append("Tags: " + ", ".join(isolate(t) for t in n.tags))
    return "\n".join(out)


def _infos(alignment: Alignment) -> tuple[DocumentInfo, DocumentInfo]:
    return document_info(alignment.a), document_info(alignment.b)


def cite_matches(session: Session, match_ids: list[str]) -> str:
    """The plain text of these matches, a blank line between two; "" for none known."""
    a, b = _infos(session.alignment)
    return "\n\n".join(cite_entry(e, a, b) for e in match_entries(session, match_ids))


def cite_note(session: Session, note_id: str) -> str:
    """The plain text of a note with what it is on: its match (see :func:`cite_matches`)
    or the passages it marks; "" for no such note."""
    entry = note_entry(session, note_id)
    return "" if entry is None else cite_entry(entry, *_infos(session.alignment))


def cite_notes(session: Session, note_ids: list[str]) -> str:
    """The plain text of these notes (see :func:`cite_note`), in the order given, a blank
    line between two; "" for none known."""
    return "\n\n".join(t for t in (cite_note(session, i) for i in note_ids) if t)


def cite_passage(alignment: Alignment, side: str, span: Span) -> str:
    """The plain text of a passage only article ``side`` ("a" or "b") reports."""
    return cite_entry(only_entry(alignment, side, span), *_infos(alignment))


def cite_quotation(alignment: Alignment, side: str, quoted: Quoted) -> str:
    """The plain text of a quotation in article ``side`` ("a" or "b"): who says it, the
    article, the words."""
    a, b = _infos(alignment)
    letter, info, doc = ("A", a, alignment.a) if side == "a" else ("B", b, alignment.b)
    head = "Quotation" + (f", speaker: {isolate(quoted.speaker)}" if quoted.speaker else "")
    return "\n".join([head, _source(letter, info), *_indented(doc.slice(quoted.span))])
