"""What the window counts as not saved yet (reader/ui/saved_state.py): the question before
unsaved work goes names what changed since the last save, the Matches panel's filters
are part of a saved session, and the autosave keeps them for a restore after a crash."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from reader.model.note import Note
from reader.model.session import Session
from reader.session import autosave
from reader.session.kept_copies import kept_copy_files
from reader.session.store import load_session
from reader.ui.main_window import MainWindow
from reader.ui.matches_model import SHOW_DIFFERS
from reader.ui.session_controller import SessionController
from tests.ui import session_fixtures as fx
from tests.ui.session_fixtures import ALIGN_TIMEOUT, check_closed, settle, written
from tests.ui.test_session_controller import crashed_run, first_claim, restarted

ctl, data_folder, opened, pair, win = fx.ctl, fx.data_folder, fx.opened, fx.pair, fx.win

IN_FILE = "The pledge, as both report it."


@dataclass
class Asked:
    """Answers the unsaved-changes question with ``answer``, keeping each one asked."""

    answer: str = "cancel"
    questions: list[tuple[str, str]] = field(default_factory=list)

    def __call__(self, question: str, detail: str = "") -> str:
        self.questions.append((question, detail))
        return self.answer

    def detail(self) -> str:
        assert len(self.questions) == 1, self.questions
        return self.questions[0][1]


@pytest.fixture
def asked(ctl: SessionController, monkeypatch: pytest.MonkeyPatch) -> Iterator[Asked]:
    answers = Asked()
    monkeypatch.setattr(ctl.dialogs, "ask_unsaved", answers)
    yield answers
    answers.answer = "discard"  # the window closes at the end of the test


@pytest.fixture
def saved(ctl: SessionController, opened: Session, tmp_path: Path, qtbot: QtBot) -> Path:
    """The seed pair with one note, saved in tmp_path/work.crossread."""
    ctl.change(opened.add_note(Note.new(IN_FILE, match_id=first_claim(opened))))
    path = tmp_path / "work.crossread"
    assert ctl.saving.save_to(str(path))
    written(qtbot, ctl)
    assert not ctl.is_modified()
    return path


@pytest.fixture
def other_pair(tmp_path: Path) -> tuple[str, str]:
    x, y = tmp_path / "x.txt", tmp_path / "y.txt"
    x.write_text("Putin visited Pyongyang.\n\nThe treaty was signed.\n", encoding="utf-8")
    y.write_text("Kim met Putin in Pyongyang.\n\nA treaty was signed there.\n", encoding="utf-8")
    return str(x), str(y)


def current(c: SessionController) -> Session:
    s = c.session()
    assert s is not None
    return s


def add_note(c: SessionController, text: str = "One more") -> None:
    s = current(c)
    c.change(s.add_note(Note.new(text, match_id=s.alignment.matches[1].id)))


def move_min_score(c: SessionController, qtbot: QtBot, value: int = 80) -> None:
    """Min score moved as the reader drags it; the change is read once it settles."""
    c.window.dock.slider.setValue(value)
    qtbot.waitUntil(lambda: not c.saved.timer.isActive())


def other_pair_shown(c: SessionController, qtbot: QtBot, paths: tuple[str, str]) -> Session:
    before = current(c)
    c.window.open_pair(*paths)
    qtbot.waitUntil(lambda: current(c).alignment is not before.alignment, timeout=ALIGN_TIMEOUT)
    return settle(qtbot, c)


# -- F1: the question counts what changed since the last save ------------------------------------


def test_a_note_added_after_saving_is_counted_alone(
    ctl: SessionController, win: MainWindow, saved: Path, asked: Asked
) -> None:
    """The audit's steps: one note saved, a second added; "2 notes" was said."""
    add_note(ctl)
    win.close()
    assert asked.detail().startswith("Not saved yet: 1 note added, on ")
    assert asked.detail().endswith("Discard drops them; work.crossread keeps what was last saved.")


def test_a_note_edited_after_saving_is_named_so(
    ctl: SessionController, win: MainWindow, saved: Path, asked: Asked
) -> None:
    s = current(ctl)
    ctl.change(s.edit_note(s.notes[0].id, text="The pledge, as both report it, in June."))
    win.close()
    assert asked.detail().startswith("Not saved yet: 1 note edited, on ")


def test_a_note_deleted_in_the_notes_panel_after_saving_is_named_so(
    ctl: SessionController, win: MainWindow, saved: Path, asked: Asked
) -> None:
    ctl.dock.select_note(current(ctl).notes[0].id)
    ctl.dock.delete_selected()
    win.close()
    assert asked.detail().startswith("Not saved yet: 1 note deleted, on ")


def test_a_match_rejected_after_saving_is_named_with_the_note_added(
    ctl: SessionController, win: MainWindow, saved: Path, asked: Asked, qtbot: QtBot
) -> None:
    add_note(ctl)
    ctl.corrections.reject(current(ctl).alignment.matches[-1].id)
    settle(qtbot, ctl)
    win.close()
    assert asked.detail().startswith("Not saved yet: 1 note added and 1 match rejected, on ")


def test_a_note_added_then_deleted_after_saving_leaves_the_session_as_saved(
    ctl: SessionController, win: MainWindow, saved: Path, asked: Asked
) -> None:
    add_note(ctl, "passing thought")
    added = current(ctl).notes[-1].id
    ctl.dock.select_note(added)
    ctl.dock.delete_selected()
    assert not ctl.is_modified() and not win.isWindowModified()
    win.close()
    assert asked.questions == [] and not win.isVisible()


def test_a_pair_never_saved_is_asked_about_every_note(
    ctl: SessionController, win: MainWindow, opened: Session, asked: Asked
) -> None:
    add_note(ctl)
    add_note(ctl, "And another")
    win.close()
    assert asked.detail().startswith("Not saved yet: 2 notes added, on ")
    assert asked.detail().endswith("Discard drops them; no copy is kept.")


def test_a_session_opened_counts_from_its_file(
    ctl: SessionController,
    win: MainWindow,
    saved: Path,
    asked: Asked,
    qtbot: QtBot,
    other_pair: tuple[str, str],
) -> None:
    other_pair_shown(ctl, qtbot, other_pair)
    assert ctl.open_session(saved)
    settle(qtbot, ctl)
    add_note(ctl)
    win.close()
    assert asked.detail().startswith("Not saved yet: 1 note added, on ")


# -- F2: the Matches panel's filters are part of a saved session ---------------------------------


def test_a_filter_moved_on_a_saved_session_marks_it_modified(
    ctl: SessionController, win: MainWindow, saved: Path, qtbot: QtBot
) -> None:
    move_min_score(ctl, qtbot)
    assert ctl.is_modified() and win.isWindowModified()


def test_closing_after_a_filter_change_asks_and_names_it(
    ctl: SessionController, win: MainWindow, saved: Path, asked: Asked, qtbot: QtBot
) -> None:
    move_min_score(ctl, qtbot)
    win.close()
    assert win.isVisible(), "Cancel keeps the window"
    assert asked.detail().startswith(
        "Not saved yet: the Matches panel's filters changed (Min score 0.80), on "
    )


def test_a_filter_put_back_leaves_the_session_as_saved(
    ctl: SessionController, win: MainWindow, saved: Path, qtbot: QtBot
) -> None:
    move_min_score(ctl, qtbot)
    move_min_score(ctl, qtbot, 0)
    assert not ctl.is_modified() and not win.isWindowModified()


def test_filters_on_a_pair_never_saved_ask_nothing(
    ctl: SessionController, win: MainWindow, opened: Session, asked: Asked, qtbot: QtBot
) -> None:
    """A new pair's filters are shown every match again at the next start: nothing of the
    reader's is lost, so nothing is marked or asked."""
    move_min_score(ctl, qtbot)
    assert not ctl.is_modified()
    win.close()
    assert asked.questions == [] and not win.isVisible()


def test_save_on_the_question_keeps_the_filters_in_the_file(
    ctl: SessionController, win: MainWindow, saved: Path, asked: Asked, qtbot: QtBot
) -> None:
    move_min_score(ctl, qtbot)
    asked.answer = "save"
    win.close()
    assert not win.isVisible()
    assert load_session(saved).view["min_score"] == 0.8


@pytest.mark.parametrize(
    ("change", "said"),
    [
        (
            lambda w: w.dock.kind_boxes["entity"].setChecked(False),
            "kinds shown: Claims, Quotes and Numbers",
        ),
        (lambda w: w.dock.set_show(SHOW_DIFFERS), "Show: With a discrepancy"),
        # typed just before closing: the words not yet passed to the table count too
        (lambda w: w.dock.words.edit.setText(" treaty  signed"), "filter words “treaty signed”"),
    ],
    ids=["kinds", "show", "words"],
)
def test_each_filter_changed_is_named(
    ctl: SessionController, win: MainWindow, saved: Path, asked: Asked, change: object, said: str
) -> None:
    assert callable(change)
    change(win)
    win.close()
    assert f"the Matches panel's filters changed ({said}" in asked.detail()


def test_another_pair_resets_the_filters_without_changing_the_saved_session(
    ctl: SessionController,
    win: MainWindow,
    saved: Path,
    qtbot: QtBot,
    other_pair: tuple[str, str],
    data_folder: Path,
) -> None:
    """The filters reset as the other pair is shown, while the saved session is still the
    window's: that is not the reader's change of it (no copy of it is kept)."""
    move_min_score(ctl, qtbot)
    assert ctl.saving.save_to(str(saved))
    written(qtbot, ctl)
    other_pair_shown(ctl, qtbot, other_pair)
    written(qtbot, ctl)
    assert kept_copy_files(data_folder) == [] and not ctl.is_modified()
    assert win.dock.slider.value() == 0


def test_a_saved_session_opens_with_its_filters_unmodified(
    ctl: SessionController,
    win: MainWindow,
    saved: Path,
    qtbot: QtBot,
    other_pair: tuple[str, str],
) -> None:
    move_min_score(ctl, qtbot)
    assert ctl.saving.save_to(str(saved))
    written(qtbot, ctl)
    other_pair_shown(ctl, qtbot, other_pair)
    assert ctl.open_session(saved)
    settle(qtbot, ctl)
    qtbot.waitUntil(lambda: not ctl.saved.timer.isActive())
    assert win.dock.slider.value() == 80
    assert not ctl.is_modified() and not win.isWindowModified()


# -- F3: the autosave keeps the filters, and a restore brings them back --------------------------


def test_the_autosave_records_the_filters(
    ctl: SessionController, opened: Session, qtbot: QtBot
) -> None:
    """The audit's steps: a note added, Min score 0.80, the autosave written."""
    ctl.autosaver.timer.setInterval(50)
    add_note(ctl, "crash note — Überprüfen")
    with qtbot.waitSignal(ctl.autosaved, timeout=5000) as sig:
        move_min_score(ctl, qtbot)
    assert load_session(sig.args[0]).view["min_score"] == 0.8


def test_a_filter_change_alone_on_a_saved_session_is_autosaved(
    ctl: SessionController, saved: Path, qtbot: QtBot
) -> None:
    ctl.autosaver.timer.setInterval(50)
    with qtbot.waitSignal(ctl.autosaved, timeout=5000) as sig:
        move_min_score(ctl, qtbot)
    assert sig.args[0] == autosave.autosave_path()
    assert load_session(sig.args[0]).view["min_score"] == 0.8


def test_a_restore_after_a_crash_brings_back_the_filters(
    opened: Session,
    settings: QSettings,
    qtbot: QtBot,
    data_folder: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lost = opened.add_note(Note.new("unsaved work", match_id=first_claim(opened)))
    crashed_run(data_folder, lost.with_view(min_score=0.8, show=SHOW_DIFFERS))
    w, c = restarted(settings, qtbot, monkeypatch)
    assert c.start()
    settle(qtbot, c)
    assert w.dock.slider.value() == 80 and w.dock.proxy.show_choice() == SHOW_DIFFERS
    assert c.is_modified()
    check_closed(w)
