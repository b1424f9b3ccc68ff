"""Tests of reader/ui/notes_model.py: the notes table adapter, checked by qtmodeltester."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from reader.model.note import Note
from reader.model.session import Session
from reader.model.span import Span
from reader.ui import notes_model
from reader.ui.notes_model import NOTE_ID_ROLE, PASSAGE, NotesTableModel, elide
from tests.session.samples import TEXT_A, TEXT_B, sample_session

TOOLTIP = Qt.ItemDataRole.ToolTipRole


@pytest.fixture
def session() -> Session:
    return sample_session()


@pytest.fixture
def model(session: Session) -> NotesTableModel:
    m = NotesTableModel()
    m.set_session(session)
    return m


def check(tester: ModelTester, model: NotesTableModel) -> None:
    """Qt's model tester on ``model``; it goes on checking later changes too."""
    tester.check(model)  # type: ignore[no-untyped-call]


def cell(model: NotesTableModel, row: int, col: int, role: int = 0) -> object:
    return model.data(model.index(row, col), role)


def test_model_passes_qtmodeltester(qtmodeltester: ModelTester, model: NotesTableModel) -> None:
    check(qtmodeltester, model)


def test_empty_model_passes_qtmodeltester(qtmodeltester: ModelTester) -> None:
    check(qtmodeltester, NotesTableModel())


def test_changes_pass_qtmodeltester(
    qtmodeltester: ModelTester, model: NotesTableModel, session: Session
) -> None:
    check(qtmodeltester, model)
    s = session.add_note(Note("n3", "x", a=Span(0, 5)))
    for step in (s, s.edit_note("n1", text="y"), s.delete_note("n1"), None, session):
        model.set_session(step)


def test_headers() -> None:
    m = NotesTableModel()
    heads = [m.headerData(i, Qt.Orientation.Horizontal) for i in range(m.columnCount())]
    assert heads == ["Passage", "Note", "Tags"]


def test_one_row_a_note(model: NotesTableModel) -> None:
    assert model.rowCount() == 2


def test_passage_of_a_match_note_shows_both_sides(model: NotesTableModel) -> None:
    assert cell(model, 0, 0, TOOLTIP) == (
        "A: Russia and North Korea agreed on Wednesday to help each other\n"
        "B: The two countries pledged on June 19 to provide military assistance"
    )


def test_passage_cell_is_one_line(model: NotesTableModel) -> None:
    assert "\n" not in str(cell(model, 0, 0))


def test_passage_of_a_b_note(model: NotesTableModel) -> None:
    assert cell(model, 1, 0) == "B: The summit lasted five hours."


def test_note_and_tags_columns(model: NotesTableModel) -> None:
    assert (cell(model, 1, 1), cell(model, 1, 2)) == (
        "Only AP gives the length as five hours.",
        "check this, only here",
    )


def test_long_note_is_elided(model: NotesTableModel, session: Session) -> None:
    model.set_session(session.edit_note("n1", text="word " * 100))
    assert str(cell(model, 0, 1)).endswith("…")


def flattened(text: str, limit: int) -> str:
    """What elide() promises: the words on one line, cut to ``limit`` with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


@pytest.mark.parametrize("limit", [1, 5, 40, 120, 160])
def test_elide_is_the_flattened_text_cut(limit: int) -> None:
    rng = random.Random(limit)
    pieces = ("word", "a", "longerword" * 9, " ", "\n\n", "\t", "\u3000", "é🔍", "  " * 200)
    texts = ["", " ", "x" * (2 * limit + 2), "x" * (2 * limit + 3), " " * 1000 + "late words"]
    texts += [" ".join(["w" * 3] * n) for n in range(0, 3 * limit // 4 + 3)]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randrange(60))) for _ in range(400)]
    for text in texts:
        assert elide(text, limit) == flattened(text, limit), repr(text)


def test_tooltip_holds_the_whole_note(model: NotesTableModel, session: Session) -> None:
    model.set_session(session.edit_note("n1", text="word " * 100))
    assert cell(model, 0, 1, TOOLTIP) == "word " * 100


def test_note_id_role(model: NotesTableModel) -> None:
    assert cell(model, 1, 2, NOTE_ID_ROLE) == "n2"


def test_added_note_inserts_a_row(qtbot: QtBot, model: NotesTableModel, session: Session) -> None:
    with qtbot.waitSignal(model.rowsInserted) as blocker:
        model.set_session(session.add_note(Note("n3", "x", a=Span(0, 5))))
    assert blocker.args[1:] == [2, 2]


def test_deleted_note_removes_its_row(
    qtbot: QtBot, model: NotesTableModel, session: Session
) -> None:
    with qtbot.waitSignal(model.rowsRemoved) as blocker:
        model.set_session(session.delete_note("n1"))
    assert blocker.args[1:] == [0, 0]


def test_edited_note_changes_data_without_reset(
    qtbot: QtBot, model: NotesTableModel, session: Session
) -> None:
    with (
        qtbot.assertNotEmitted(model.modelReset),
        qtbot.waitSignal(model.dataChanged) as blocker,
    ):
        model.set_session(session.edit_note("n2", text="changed"))
    assert (blocker.args[0].row(), blocker.args[1].row()) == (1, 1)


@pytest.mark.parametrize("structural", ["add", "delete", "insert"])
def test_a_note_edited_with_one_added_or_deleted_changes_its_row(
    qtbot: QtBot, model: NotesTableModel, session: Session, structural: str
) -> None:
    """One session may differ by a note edited and one added or removed (the dock's
    filter then looks at the edited note again)."""
    s = session.add_note(Note("n3", "x", a=Span(0, 5)))
    model.set_session(s)
    edited = s.edit_note("n2", text="changed")
    if structural == "add":
        new = edited.add_note(Note("n4", "y", a=Span(0, 5)))
    elif structural == "delete":
        new = edited.delete_note("n3")
    else:
        new = replace(edited, notes=(Note("n0", "z", a=Span(0, 5)), *edited.notes))
    with qtbot.waitSignal(model.dataChanged) as blocker:
        model.set_session(new)
    row = model.row_of("n2")
    assert blocker.args[0].row() <= row <= blocker.args[1].row()
    assert cell(model, row, 1) == "changed"


def test_other_articles_reset_the_model(qtbot: QtBot, model: NotesTableModel) -> None:
    with qtbot.waitSignal(model.modelReset):
        model.set_session(sample_session(TEXT_A + " More.", TEXT_B))


def test_a_note_edited_in_a_sorted_table_is_sorted_in_without_the_others_read_again(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sorted by passage, a note edited reads only its own passage for the sort, and the
    rows are in the order a sort from scratch gives."""
    s = session
    rng = random.Random(5)
    for i in range(300):
        start = rng.randrange(len(TEXT_A) - 10)
        s = s.add_note(Note(f"s{i:03d}", f"note {i}", a=Span(start, start + 8)))
    model = NotesTableModel()
    model.set_session(s)
    model.sort(PASSAGE, Qt.SortOrder.DescendingOrder)
    read: list[str] = []
    real = notes_model.passage_text

    def counting(session: Session, note: Note) -> str:
        read.append(note.id)
        return real(session, note)

    monkeypatch.setattr(notes_model, "passage_text", counting)
    edited = s.edit_note("s007", "edited")
    model.set_session(edited)
    model.set_session(edited)  # the window hands the dock's session back
    assert read == ["s007"]
    monkeypatch.undo()
    fresh = NotesTableModel()
    fresh.set_session(edited)
    fresh.sort(PASSAGE, Qt.SortOrder.DescendingOrder)
    rows = range(model.rowCount())
    assert [cell(model, r, 0, NOTE_ID_ROLE) for r in rows] == [
        cell(fresh, r, 0, NOTE_ID_ROLE) for r in rows
    ]
    assert cell(model, model.row_of("s007"), 1) == "edited"


def test_a_note_on_a_rejected_match_says_so(model: NotesTableModel, session: Session) -> None:
    model.set_session(session.reject("m1"))
    row = model.row_of("n1")
    assert str(cell(model, row, PASSAGE)).startswith(notes_model.REJECTED + "A: Russia")


def test_the_tooltip_says_how_to_bring_the_rejected_match_back(
    model: NotesTableModel, session: Session
) -> None:
    model.set_session(session.reject("m1"))
    tip = str(cell(model, model.row_of("n1"), PASSAGE, TOOLTIP))
    assert tip.startswith(notes_model.REJECTED_TIP + "\nA: Russia")


def test_a_note_on_a_shown_match_has_no_rejected_mark(model: NotesTableModel) -> None:
    assert str(cell(model, model.row_of("n1"), PASSAGE)).startswith("A: Russia")


def test_rejecting_a_noted_match_signals_its_row(
    qtbot: QtBot, model: NotesTableModel, session: Session
) -> None:
    row = model.row_of("n1")
    with qtbot.waitSignal(model.dataChanged) as changed:
        model.set_session(session.reject("m1"))
    first, last = changed.args[:2]
    assert first.row() <= row <= last.row()


def test_the_filter_finds_notes_on_rejected_matches(
    model: NotesTableModel, session: Session
) -> None:
    rejected = session.reject("m1")
    model.set_session(rejected)
    note = rejected.note_by_id("n1")
    assert note is not None and "match rejected" in model.search_text(note)
