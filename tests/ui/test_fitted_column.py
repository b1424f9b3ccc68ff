"""Tests of reader/ui/fitted_column.py: the notes table's Tags column is as wide as Qt's
ResizeToContents makes it, as notes come, change and go, under a filter and a larger
font; and with more notes than Qt measures (1,000) the widest tag still fits."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, QSize
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView
from pytestqt.qtbot import QtBot

from reader.model.note import Note
from reader.model.session import Session
from reader.model.span import Span
from reader.ui.notes_dock import NotesDock
from reader.ui.notes_model import TAGS
from reader.ui.row_table import RowTable, row_table
from tests.session.samples import sample_session

TAGS_OF = (("agrees",), ("check this", "only here"), ("מקור: רויטרס",), ())


def tagged(count: int) -> Session:
    s = sample_session()
    for i in range(count):
        s = s.add_note(Note(f"t{i:04d}", f"note {i}", TAGS_OF[i % len(TAGS_OF)], a=Span(0, 5)))
    return s


@pytest.fixture
def dock(qtbot: QtBot) -> Iterator[NotesDock]:
    d = NotesDock()
    qtbot.addWidget(d)
    d.set_session(tagged(12))
    d.resize(900, 400)
    d.show()
    qtbot.waitExposed(d)
    yield d


def reference(qtbot: QtBot, dock: NotesDock) -> RowTable:
    """A table of the same rows whose Tags column Qt sizes itself."""
    table = row_table(dock.proxy)
    qtbot.addWidget(table)
    table.setFont(dock.table.font())
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(TAGS, QHeaderView.ResizeMode.ResizeToContents)
    header.setSortIndicatorShown(True)  # as the dock's, which sorts
    table.resize(dock.table.size())
    table.show()
    qtbot.waitExposed(table)
    return table


def tags_width(qtbot: QtBot, dock: NotesDock) -> int:
    """The dock's Tags column once the window has laid it out."""
    qtbot.wait(20)
    return dock.table.columnWidth(TAGS)


def qt_width(qtbot: QtBot, dock: NotesDock) -> int:
    table = reference(qtbot, dock)
    width = table.columnWidth(TAGS)
    table.close()
    return width


def test_tags_column_is_as_wide_as_qt_makes_it(qtbot: QtBot, dock: NotesDock) -> None:
    assert tags_width(qtbot, dock) == qt_width(qtbot, dock)


def test_it_follows_the_notes(qtbot: QtBot, dock: NotesDock) -> None:
    s = dock.session()
    assert s is not None
    long_tag = "a tag of a good many words, longer than the others"
    before = tags_width(qtbot, dock)
    dock.set_session(s.add_note(Note("long", "x", (long_tag,), a=Span(0, 5))))
    assert tags_width(qtbot, dock) == qt_width(qtbot, dock) > before
    dock.set_session(s)
    assert tags_width(qtbot, dock) == qt_width(qtbot, dock) == before
    dock.set_session(s.edit_note("t0001", tags=(long_tag,)))
    assert tags_width(qtbot, dock) == qt_width(qtbot, dock) > before


def test_it_follows_the_filter_and_the_font(qtbot: QtBot, dock: NotesDock) -> None:
    whole = tags_width(qtbot, dock)
    dock.filter.setText("agrees")
    assert 0 < dock.proxy.rowCount() < dock.model.rowCount()
    assert tags_width(qtbot, dock) == qt_width(qtbot, dock) < whole
    dock.filter.clear()
    font = QFont(dock.table.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    dock.table.setFont(font)
    assert tags_width(qtbot, dock) == qt_width(qtbot, dock)


def test_a_tag_past_the_thousandth_note_fits(qtbot: QtBot, dock: NotesDock) -> None:
    s = tagged(1200)
    long_tag = "the longest tag of them all, on the very last note"
    s = s.add_note(Note("last", "x", (long_tag,), a=Span(0, 5)))
    dock.set_session(s)
    last = dock.proxy.index(dock.proxy.rowCount() - 1, TAGS)
    assert last.data() == long_tag
    assert tags_width(qtbot, dock) >= dock.table.sizeHintForIndex(last).width()


def test_a_hidden_table_is_fitted_once_shown(qtbot: QtBot, dock: NotesDock) -> None:
    dock.hide()
    s = dock.session()
    assert s is not None
    dock.set_session(
        s.add_note(Note("long", "x", ("a rather longer tag than before",), a=Span(0, 5)))
    )
    dock.show()
    qtbot.waitExposed(dock)
    assert tags_width(qtbot, dock) == qt_width(qtbot, dock)


def test_a_note_changed_measures_its_row_only(
    qtbot: QtBot, dock: NotesDock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A note edited or deleted among many measures at most its own cell (each text is
    measured once), and the column stays as wide as Qt makes it."""
    s = tagged(300)
    dock.set_session(s)
    tags_width(qtbot, dock)
    measured: list[object] = []
    real = dock.table.sizeHintForIndex

    def counting(index: QModelIndex) -> QSize:
        measured.append(index.data())
        return real(index)

    monkeypatch.setattr(dock.table, "sizeHintForIndex", counting)
    long_tag = "a tag of a good many words, longer than the others"
    edited = s.edit_note("t0100", tags=(long_tag,))
    dock.set_session(edited)
    assert measured == [long_tag]
    assert tags_width(qtbot, dock) == qt_width(qtbot, dock)
    measured.clear()
    dock.set_session(edited.delete_note("t0101"))  # a text other rows hold: nothing measured
    dock.set_session(edited.delete_note("t0101").delete_note("t0100"))
    assert measured == []
    assert tags_width(qtbot, dock) == qt_width(qtbot, dock)


def test_it_follows_notes_changed_under_a_filter(qtbot: QtBot, dock: NotesDock) -> None:
    s = tagged(40)
    dock.set_session(s)
    dock.filter.setText("note 1")
    long_tag = "a tag of a good many words, longer than the others"
    steps = [
        s.edit_note("t0010", tags=(long_tag,)),
        s.edit_note("t0010", "filtered out now", (long_tag,)),
        s.edit_note("t0011", tags=(long_tag,)).delete_note("t0012"),
        s.add_note(Note("long", "note 1 again", (long_tag + " and more",), a=Span(0, 5))),
        s,
    ]
    for step in steps:
        dock.set_session(step)
        assert tags_width(qtbot, dock) == qt_width(qtbot, dock)
    dock.filter.clear()
    assert tags_width(qtbot, dock) == qt_width(qtbot, dock)
