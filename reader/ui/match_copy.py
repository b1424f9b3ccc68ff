"""Copy matches to the clipboard as text for a write-up: both passages under the articles
they come from, what they disagree on, and the reader's notes (reader.export.citation)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QGuiApplication

from reader.export.citation import cite_matches, cite_notes, cite_passage, cite_quotation
from reader.model.alignment import Alignment, Quoted
from reader.model.session import Session
from reader.model.span import Span


def _put(text: str, message: str, status: Callable[[str], object]) -> bool:
    """Put ``text`` on the clipboard and say ``message``; False for no text."""
    if not text:
        return False
    QGuiApplication.clipboard().setText(text)
    status(message)
    return True


def copy_matches(
    session: Session | None, match_ids: Sequence[str], status: Callable[[str], object]
) -> bool:
    """Put the text of these matches on the clipboard and say so through ``status``;
    False (and a hint) when there is nothing to copy."""
    text = cite_matches(session, list(match_ids)) if session is not None else ""
    what = "the match" if len(match_ids) == 1 else f"{len(match_ids)} matches"
    if _put(text, f"Copied {what}: both passages, their articles, differences and notes.", status):
        return True
    status("Select a match first (click a highlight or a row of the table), then copy it.")
    return False


def copy_notes(
    session: Session | None, note_ids: Sequence[str], status: Callable[[str], object]
) -> bool:
    """Put notes with their passages (and their matches) on the clipboard, in the order
    given; say so."""
    text = cite_notes(session, list(note_ids)) if session is not None else ""
    said = (
        "Copied the note with its passages and their articles."
        if len(note_ids) == 1
        else f"Copied {len(note_ids)} notes with their passages and their articles."
    )
    return _put(text, said, status)


def copy_passage(
    alignment: Alignment | None, side: str, span: Span, status: Callable[[str], object]
) -> bool:
    """Put a passage only one article reports on the clipboard, under its article; say so."""
    text = cite_passage(alignment, side, span) if alignment is not None else ""
    return _put(text, f"Copied the passage only {side.upper()} reports, with its article.", status)


def copy_quotation(
    alignment: Alignment | None, side: str, quoted: Quoted, status: Callable[[str], object]
) -> bool:
    """Put a quotation, its speaker and its article on the clipboard; say so."""
    text = cite_quotation(alignment, side, quoted) if alignment is not None else ""
    return _put(text, "Copied the quotation with its speaker and article.", status)
