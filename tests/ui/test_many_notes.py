"""The notes dock with a fact-checker's session: two thousand notes, one of a megabyte
(reader/ui/notes_model.py, notes_dock.py). A sort is one Python sort in the table
model, and the sorted order holds as notes are added, edited, deleted and restored."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.model.note import Note
from reader.model.session import Session
from reader.model.span import Span
from reader.ui import note_marks, pane_selections
from reader.ui.main_window import MainWindow
from reader.ui.note_marks import is_mark
from reader.ui.note_undo import insert_note
from reader.ui.notes_dock import NotesDock
from reader.ui.notes_model import NOTE
from reader.ui.session_controller import SessionController
from tests.session.samples import sample_session
from tests.ui import session_fixtures as fx
from tests.ui.session_fixtures import settle

T = TypeVar("T")

COUNT = 2000
BIG = ("A very long note, paragraph after paragraph.\n\n" * 23000)[:1_000_000]
TEXTS = ("Check the date. 📅", "الاتفاقية وُقّعت", "desk: ask AP", "Zebra crossing", "  ")


def many_notes() -> Session:
    s = sample_session()
    notes = [
        Note(f"k{i:04d}", TEXTS[i % len(TEXTS)] + f" {i % 97}", a=Span(0, 5)) for i in range(COUNT)
    ]
    notes.append(Note("big", BIG, ("check this",), match_id="m1"))
    for n in notes:
        s = s.add_note(n)
    return s


@pytest.fixture
def dock(qtbot: QtBot) -> Iterator[NotesDock]:
    d = NotesDock()
    qtbot.addWidget(d)
    d.set_session(many_notes())
    d.resize(800, 400)
    d.show()
    qtbot.waitExposed(d)
    yield d
    if d.dialog is not None:
        d.dialog.reject()


def shown_texts(dock: NotesDock) -> list[str]:
    """The notes' texts in the order the table shows them."""
    session = dock.session()
    assert session is not None
    rows = range(dock.proxy.rowCount())
    ids = [dock.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 1) for r in rows]
    return [n.text for n in (session.note_by_id(str(i)) for i in ids) if n is not None]


def expected(session: Session, descending: bool = False) -> list[str]:
    def key(text: str) -> tuple[bool, str]:
        words = " ".join(text.split()).casefold()
        return (not words, words)

    return sorted((n.text for n in session.notes), key=key, reverse=descending)


def test_sorting_two_thousand_notes_by_text_takes_one_sort(dock: NotesDock) -> None:
    """The proxy compared rows, each comparison a call into Python: over a second for
    2,000 notes. The model sorts them in one Python sort (about 50 ms); counted, not
    timed: the proxy is left unsorted."""
    dock.table.sortByColumn(NOTE, Qt.SortOrder.DescendingOrder)
    session = dock.session()
    assert session is not None
    assert shown_texts(dock) == expected(session, descending=True)
    assert dock.proxy.sortColumn() == -1  # the proxy never compared two rows


def test_a_note_added_while_sorted_takes_its_place(dock: NotesDock) -> None:
    dock.table.sortByColumn(NOTE, Qt.SortOrder.AscendingOrder)
    session = dock.session()
    assert session is not None
    dock.set_session(session.add_note(Note("new", "Middle of the alphabet", a=Span(0, 5))))
    after = dock.session()
    assert after is not None
    assert shown_texts(dock) == expected(after)


def test_an_edit_that_moves_the_note_keeps_it_selected(dock: NotesDock) -> None:
    dock.table.sortByColumn(NOTE, Qt.SortOrder.AscendingOrder)
    dock.select_note("k0003")
    session = dock.session()
    assert session is not None
    dock.set_session(session.edit_note("k0003", "Aardvark first"))
    after = dock.session()
    assert after is not None
    assert shown_texts(dock) == expected(after)
    note = dock.selected_note()
    assert note is not None and note.id == "k0003"


def test_a_deleted_note_restored_while_sorted_takes_its_place(dock: NotesDock) -> None:
    dock.table.sortByColumn(NOTE, Qt.SortOrder.AscendingOrder)
    session = dock.session()
    assert session is not None
    gone = session.note_by_id("k0010")
    assert gone is not None
    dock.set_session(session.delete_note("k0010"))
    dock.set_session(insert_note(session.delete_note("k0010"), gone, 10))
    assert shown_texts(dock) == expected(session)


def test_unsorting_brings_back_the_session_order(dock: NotesDock) -> None:
    dock.table.sortByColumn(NOTE, Qt.SortOrder.AscendingOrder)
    dock.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    session = dock.session()
    assert session is not None
    assert shown_texts(dock) == [n.text for n in session.notes]


# -- the window: marks of two thousand notes follow each selection --------------------

ctl, data_folder, opened, pair, win = fx.ctl, fx.data_folder, fx.opened, fx.pair, fx.win


def test_selecting_matches_among_two_thousand_marks_lays_no_mark_again(
    ctl: SessionController,
    win: MainWindow,
    opened: Session,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each selection laid every note's mark again, eliding each note's whole text:
    about 120 ms a click with these notes (a note of a megabyte among them), 5 ms once
    the marks were laid once a session (c41df1b). Counted, not timed: the marks' work
    (note_marks._note_marks, note_marks.mark_selections) is not done again."""
    al = opened.alignment
    na, nb = len(al.a.text) - 10, len(al.b.text) - 10
    s = opened
    notes = [
        Note(f"k{i:04d}", TEXTS[i % len(TEXTS)], a=Span(i * 7 % na, i * 7 % na + 7))
        if i % 2
        else Note(f"k{i:04d}", TEXTS[i % len(TEXTS)], b=Span(i * 5 % nb, i * 5 % nb + 9))
        for i in range(COUNT)
    ]
    notes.append(Note("big", BIG, ("check this",), match_id=al.matches[0].id))
    for n in notes:
        s = s.add_note(n)
    ctl.change(s)
    settle(qtbot, ctl)
    ids = [m.id for m in al.matches][:12]
    win.select_match(ids[0])  # once, uncounted: the marks are laid once for this session
    done: list[str] = []

    def counted(name: str, real: Callable[..., T]) -> Callable[..., T]:
        def call(*args: object, **kw: object) -> T:
            done.append(name)
            return real(*args, **kw)

        return call

    monkeypatch.setattr(note_marks, "_note_marks", counted("marks", note_marks._note_marks))
    monkeypatch.setattr(
        pane_selections, "mark_selections", counted("laid", note_marks.mark_selections)
    )
    for mid in ids[1:]:
        win.select_match(mid)
    assert done == []
    marked = [sel for sel in win.pane("a").browser.extraSelections() if is_mark(sel)]
    shown = ctl.session()
    assert shown is not None
    assert len(marked) == len(note_marks.mark_runs(note_marks.note_marks(shown, "a")))
    assert len(marked) > 100  # overlapping passages are laid as one run


def test_a_filter_over_two_thousand_chosen_notes_counts_them_once(
    dock: NotesDock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each range of rows the filter took out had the buttons count every chosen note:
    half a minute for every other note hidden. Counted, not timed."""
    dock.table.selectAll()
    counted = 0
    chosen_rows = NotesDock._chosen_rows

    def counting(self: NotesDock) -> list[int]:
        nonlocal counted
        counted += 1
        return chosen_rows(self)

    monkeypatch.setattr(NotesDock, "_chosen_rows", counting)
    dock.filter.setText("zebra")  # every fifth note
    assert counted == 1
    assert len(dock.selected_notes()) == COUNT // 5
