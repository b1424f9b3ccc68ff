"""Tests of reader/ui/note_marks.py with one note changed at a time: only the marks of
the passages that note is on are worked out and laid again, and every mark is what it
would be worked out and laid from scratch."""

from __future__ import annotations

import random

import pytest
from PySide6.QtGui import QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QTextEdit

import reader.ui.note_marks as note_marks_module
from reader.model import Alignment, Span
from reader.model.note import Note
from reader.model.session import Session
from reader.ui import notes_model, text_geometry
from reader.ui.note_marks import mark_runs, mark_selections, note_marks
from reader.ui.note_undo import insert_note

TAGS = ("agrees", "contradicts", "check this")


def noted(alignment: Alignment, count: int, seed: int = 3) -> Session:
    """``count`` notes, several on each of a few passages of either side, some on m1."""
    rng = random.Random(seed)
    na, nb = len(alignment.a.text), len(alignment.b.text)
    spans_a = [Span(s, s + rng.randrange(3, 40)) for s in rng.sample(range(na - 50), 12)]
    spans_b = [Span(s, s + rng.randrange(3, 40)) for s in rng.sample(range(nb - 50), 12)]
    s = Session(alignment)
    for i in range(count):
        tags = tuple(rng.sample(TAGS, rng.randrange(0, 3)))
        kind = i % 4
        if kind == 0:
            note = Note.new(f"on m1 #{i}", tags, match_id="m1")
        elif kind == 1:
            note = Note.new(f"in A #{i}", tags, a=rng.choice(spans_a))
        elif kind == 2:
            note = Note.new(f"in B #{i}", tags, b=rng.choice(spans_b))
        else:
            note = Note.new("", tags or ("agrees",), a=rng.choice(spans_a), b=rng.choice(spans_b))
        s = s.add_note(note)
    return s


def afresh(session: Session, side: str) -> list[object]:
    """The marks worked out from scratch (nothing kept from an earlier session)."""
    note_marks_module._last.clear()
    return list(note_marks(session, side))


def changes(alignment: Alignment) -> list[Session]:
    """A session, then one note change after another (and a rejection, a link)."""
    s = noted(alignment, 60)
    rng = random.Random(11)
    out = [s]
    for step in range(40):
        notes = s.notes
        pick = notes[rng.randrange(len(notes))]
        what = step % 5
        if what == 0:
            s = s.edit_note(pick.id, f"edited {step}", pick.tags)
        elif what == 1:
            s = s.edit_note(pick.id, pick.text, tuple(rng.sample(TAGS, 2)))
        elif what == 2:
            index = notes.index(pick)
            gone = s.delete_note(pick.id)
            out.append(gone)
            s = insert_note(gone, pick, index)  # undone
        elif what == 3:
            s = s.delete_note(pick.id)
        else:
            a = pick.a or Span(0, 5)
            s = s.add_note(Note.new(f"added {step}", match_id="m1" if step % 2 else None, a=a))
        out.append(s)
    s = s.reject("m1")
    out.append(s)
    out.append(s.edit_note(s.notes[0].id, "after the rejection"))
    return out


@pytest.mark.parametrize("side", ["a", "b"])
def test_marks_after_each_note_change_are_those_worked_out_afresh(
    alignment: Alignment, side: str
) -> None:
    sessions = changes(alignment)
    kept = []
    note_marks_module._last.clear()
    for s in sessions:
        kept.append(note_marks(s, side))  # each from the one before
    for s, marks in zip(sessions, kept, strict=True):
        assert marks == afresh(s, side)


def test_one_note_edited_works_out_only_its_passages_marks(
    alignment: Alignment, monkeypatch: pytest.MonkeyPatch
) -> None:
    s = noted(alignment, 400)
    note_marks_module._last.clear()
    note_marks(s, "a")
    note_marks(s, "b")
    edited = next(n for n in s.notes if n.a is not None and n.b is None)
    together = [n for n in s.notes if n.a == edited.a]
    labelled: list[str] = []
    real = notes_model.elide

    def counting(text: str, limit: int = 120) -> str:
        labelled.append(text)
        return real(text, limit)

    monkeypatch.setattr(note_marks_module, "elide", counting)
    changed = s.edit_note(edited.id, "a new text")
    marks_a, marks_b = note_marks(changed, "a"), note_marks(changed, "b")
    # the lines of the notes on the edited note's passage (theirs are joined), no other
    assert len(labelled) == len(together) and "a new text" in labelled
    assert 1 < len(together) < len(s.notes) // 10
    monkeypatch.undo()
    assert (marks_a, marks_b) == (afresh(changed, "a"), afresh(changed, "b"))
    assert any("a new text" in m.text for m in marks_a)


def laid(selections: list[QTextEdit.ExtraSelection]) -> list[tuple[int, int, int, int]]:
    return [
        (
            sel.cursor.selectionStart(),
            sel.cursor.selectionEnd(),
            sel.format.foreground().color().rgb(),
            sel.format.background().color().rgb(),
        )
        for sel in selections
    ]


def test_a_note_changed_lays_only_its_passages_marks_again(
    qapp: QApplication, alignment: Alignment, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = alignment.a.text
    document = QTextDocument()
    document.setPlainText(text)
    palette = QPalette(qapp.palette())
    s = noted(alignment, 200)
    first = mark_selections(document, text, note_marks(s, "a"), palette)
    calls: list[tuple[int, int]] = []
    real = text_geometry.span_selection

    def counting(doc: QTextDocument, start: int, end: int, fmt: object) -> object:
        calls.append((start, end))
        return real(doc, start, end, fmt)  # type: ignore[arg-type]

    monkeypatch.setattr(note_marks_module, "span_selection", counting)
    moved = next(n for n in s.notes if n.a is not None and n.match_id is None)
    assert moved.a is not None
    old = (moved.a.start, moved.a.end)
    elsewhere = Span(moved.a.start + 1, moved.a.end + 1)
    changed = s.delete_note(moved.id).add_note(Note.new("moved", a=elsewhere))
    again = mark_selections(document, text, note_marks(changed, "a"), palette)
    others = {(m.span.start, m.span.end) for m in note_marks(s, "a")} - {old}
    assert calls and not set(calls) & others  # no other passage's mark laid again
    assert len(calls) <= 2  # the new passage's mark, the old passage's if notes stay there
    assert any(sel in first for sel in again)  # the others' selections are kept
    fresh_document = QTextDocument()
    fresh_document.setPlainText(text)
    fresh = mark_selections(fresh_document, text, note_marks(changed, "a"), palette)
    assert laid(again) == laid(fresh)


def test_another_palette_or_text_lays_every_mark_again(
    qapp: QApplication, alignment: Alignment, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = alignment.a.text
    document = QTextDocument()
    document.setPlainText(text)
    s = noted(alignment, 80)
    marks = note_marks(s, "a")
    light = QPalette(qapp.palette())
    mark_selections(document, text, marks, light)
    dark = QPalette(light)
    dark.setColor(QPalette.ColorRole.Base, light.color(QPalette.ColorRole.Text))
    dark.setColor(QPalette.ColorRole.Text, light.color(QPalette.ColorRole.Base))
    calls: list[int] = []
    real = text_geometry.span_selection

    def counting(doc: QTextDocument, start: int, end: int, fmt: object) -> object:
        calls.append(start)
        return real(doc, start, end, fmt)  # type: ignore[arg-type]

    monkeypatch.setattr(note_marks_module, "span_selection", counting)
    in_dark = mark_selections(document, text, marks, dark)
    assert len(calls) == len(mark_runs(marks))
    fresh_document = QTextDocument()
    fresh_document.setPlainText(text)
    assert laid(in_dark) == laid(mark_selections(fresh_document, text, marks, dark))
    calls.clear()
    document.setPlainText(text)  # the same text again: the document changed under the marks
    again = mark_selections(document, text, marks, dark)
    assert len(calls) == len(mark_runs(marks))
    assert laid(again) == laid(mark_selections(fresh_document, text, marks, dark))
