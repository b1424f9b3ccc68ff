"""Reading a session file's notes one by one, so one damaged note costs only itself.

A hand-edited or half-damaged session file may hold a note that cannot be read (a
passage ``[9, 2]``, an offset ``true``, no text) or that no longer fits the session (its
match is gone, its passage runs past the article's end, its id repeats another's). Such
a note is left out and described in the reader's words (:class:`UnreadNote`); every
other note opens. Damage to the session as a whole still makes the whole file refuse to
open (reader.session.store).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import PurePath
from typing import Any

from reader.errors import SchemaError
from reader.model.note import Note
from reader.model.session import Session
from reader.model.span import Span

_TEXT_SHOWN = 40  # characters of a left-out note's text quoted in the message


@dataclass(frozen=True, slots=True)
class UnreadNote:
    """A note of the file that was left out: its place among the file's notes (from 1),
    why, and its text when that much could be read."""

    number: int
    reason: str
    text: str = ""

    def label(self) -> str:
        """“Check the date…” (note 3), or just note 3."""
        words = " ".join(self.text.split())
        if not words:
            return f"note {self.number}"
        if len(words) > _TEXT_SHOWN:
            words = words[: _TEXT_SHOWN - 1].rstrip() + "…"
        return f"“{words}” (note {self.number})"


def _why_unreadable(data: Any) -> str:
    """Why ``data`` is no note (Note.from_json refused it), in the reader's words."""
    if not isinstance(data, dict):
        return "it is not a note"
    if not isinstance(data.get("id"), str) or not data["id"]:
        return "it has no id"
    if not isinstance(data.get("text"), str):
        return "its text is missing or damaged"
    tags = data.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        return "its tags are damaged"
    if not isinstance(data.get("match"), str | None):
        return "its link to a match is damaged"
    for key, letter in (("a", "A"), ("b", "B")):
        if data.get(key) is not None:
            try:
                Span.from_json(data[key])
            except SchemaError:
                return f"its place in article {letter} is damaged"
    if all(data.get(key) is None for key in ("match", "a", "b")):
        return "it is attached to no match and no passage"
    return "its dates are damaged"  # what Note.from_json checks last


def _misfit(note: Note, session: Session, ids: set[str]) -> str | None:
    """Why ``note`` cannot join ``session`` (whose notes so far have ``ids``); None if it can."""
    if note.id in ids:
        return "it has the same id as another note"
    if note.match_id is not None and session.match_by_id(note.match_id) is None:
        return "the match it is on is not in the session"
    for span, doc, letter in (
        (note.a, session.alignment.a, "A"),
        (note.b, session.alignment.b, "B"),
    ):
        if span is not None and not span.fits(len(doc.text)):
            return f"its passage runs past the end of article {letter}"
    return None


def with_readable_notes(
    session: Session, raw_notes: list[Any]
) -> tuple[Session, tuple[UnreadNote, ...]]:
    """``session`` (read without notes) with each note of ``raw_notes`` that can be read
    and fits it, in file order; and the notes left out."""
    notes: list[Note] = []
    ids: set[str] = set()
    unread: list[UnreadNote] = []
    for number, data in enumerate(raw_notes, 1):
        text = data.get("text") if isinstance(data, dict) else None
        shown = text if isinstance(text, str) else ""
        try:
            note = Note.from_json(data)
        except (SchemaError, ValueError, TypeError):
            unread.append(UnreadNote(number, _why_unreadable(data), shown))
            continue
        problem = _misfit(note, session, ids)
        if problem is not None:
            unread.append(UnreadNote(number, problem, shown))
            continue
        notes.append(note)
        ids.add(note.id)
    return replace(session, notes=tuple(notes)), tuple(unread)


def unread_notice(unread: tuple[UnreadNote, ...], session_file: str, kept: int) -> str:
    """What the reader is told once on opening ``session_file`` (``kept`` notes opened);
    "" when every note was read."""
    if not unread:
        return ""
    name = PurePath(session_file).name
    count = f"{len(unread)} note{'s' if len(unread) != 1 else ''}"
    lines = [f"{count} in {name} could not be read and {'is' if len(unread) == 1 else 'are'} "
             "left out:"]  # fmt: skip
    lines += [f"• {u.label()}: {u.reason}." for u in unread]
    rest = f"with the {kept} other note{'s' if kept != 1 else ''}" if kept else "without notes"
    lines += [
        "",
        f"The session opened {rest}. The file itself is unchanged; when you save over it, "
        f"a copy of it as it is now is kept beside it ({name}.bak).",
    ]
    return "\n".join(lines)
