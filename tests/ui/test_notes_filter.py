"""The notes dock's filter: only the notes holding every word typed, in their text,
tags or passages, whatever the case."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from reader.model.note import Note
from reader.ui.notes_dock import NO_NOTES, NotesDock
from reader.ui.notes_model import NOTE
from tests.session.samples import sample_session


@pytest.fixture
def dock(qtbot: QtBot) -> Iterator[NotesDock]:
    session = sample_session()
    for text, tags in (
        ("Check the date with the embassy", ("to verify",)),
        ("AP says Wednesday; Hankyoreh says June 18", ("discrepancy",)),
        ("A fine quote", ()),
    ):
        m = session.alignment.matches[0]
        session = session.add_note(Note.new(text, tags, match_id=m.id))
    d = NotesDock()
    qtbot.addWidget(d)
    d.set_session(session)
    d.resize(700, 300)
    d.show()
    qtbot.waitExposed(d)
    yield d


def shown_notes(dock: NotesDock) -> list[str]:
    model = dock.table.model()
    return [
        str(model.index(r, NOTE).data(Qt.ItemDataRole.ToolTipRole)) for r in range(model.rowCount())
    ]


def type_filter(dock: NotesDock, text: str) -> None:
    dock.filter.clear()
    QTest.keyClicks(dock.filter, text)


def test_typing_keeps_the_notes_holding_the_words(dock: NotesDock) -> None:
    type_filter(dock, "hankyoreh june")
    assert shown_notes(dock) == ["AP says Wednesday; Hankyoreh says June 18"]


def test_the_filter_looks_in_tags(dock: NotesDock) -> None:
    type_filter(dock, "VERIFY")
    assert shown_notes(dock) == ["Check the date with the embassy"]


def test_the_filter_looks_in_the_passages(dock: NotesDock) -> None:
    session = dock.session()
    assert session is not None
    m = session.alignment.matches[0]
    word = session.alignment.a.slice(m.a).split()[0]
    type_filter(dock, word)
    assert len(shown_notes(dock)) >= 3  # the three notes on that match


def test_the_count_says_how_many_are_shown(dock: NotesDock) -> None:
    total = dock.model.rowCount()
    type_filter(dock, "quote")
    assert dock.shown_count.isVisible()
    assert dock.shown_count.text() == f"{len(shown_notes(dock))} of {total}"


def test_no_note_found_says_so(dock: NotesDock) -> None:
    type_filter(dock, "zebra")
    assert shown_notes(dock) == []
    assert dock.table.empty_hint == "No note holds “zebra”."


def test_escape_clears_the_filter(dock: NotesDock, qtbot: QtBot) -> None:
    total = dock.model.rowCount()
    type_filter(dock, "zebra")
    dock.filter.setFocus()
    QTest.keyClick(dock.filter, Qt.Key.Key_Escape)
    assert dock.filter.text() == ""
    assert len(shown_notes(dock)) == total
    assert not dock.shown_count.isVisible() and dock.table.empty_hint == NO_NOTES


def test_a_note_edited_to_hold_the_words_appears(dock: NotesDock) -> None:
    type_filter(dock, "embassy")
    session = dock.session()
    assert session is not None
    note = next(n for n in session.notes if n.text == "A fine quote")
    dock.set_session(session.edit_note(note.id, text="A fine quote, ask the embassy"))
    assert sorted(shown_notes(dock)) == [
        "A fine quote, ask the embassy",
        "Check the date with the embassy",
    ]
