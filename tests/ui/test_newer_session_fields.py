"""A session file with fields this version does not know (written by a later Crossread
under the same schema number): the window says what it would leave out, and the first
save over the file keeps it as it was beside it (reader/ui/session_controller.py,
session_saving.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.model.note import Note
from reader.model.session import Session
from reader.session.store import save_session
from reader.ui.main_window import MainWindow
from reader.ui.session_controller import SessionController
from tests.ui import session_fixtures as fx
from tests.ui.session_fixtures import settle, written

ctl, data_folder, opened, pair, win = fx.ctl, fx.data_folder, fx.opened, fx.pair, fx.win


@pytest.fixture
def newer_file(opened: Session, tmp_path: Path) -> Path:
    """A session of the open pair with a note, saved by "Crossread 9.1.0", which added a
    colour to notes and a list of highlights."""
    claim = next(m.id for m in opened.alignment.matches if m.kind.value == "claim")
    path = tmp_path / "s.crossread"
    save_session(opened.add_note(Note.new("Check the date.", match_id=claim)), path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["app_version"] = "9.1.0"
    data["notes"][0]["colour"] = "red"
    data["highlights"] = [{"a": [1, 5], "colour": "yellow"}]
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_the_reader_is_told_what_this_version_leaves_out(
    ctl: SessionController, win: MainWindow, newer_file: Path, qtbot: QtBot
) -> None:
    shown: list[tuple[str, str]] = []
    win.error_shown.connect(lambda title, text: shown.append((title, text)))
    assert ctl.open_session(newer_file)
    assert [n.text for n in settle(qtbot, ctl).notes] == ["Check the date."]
    ((title, text),) = shown
    assert title == "This session holds information Crossread does not know"
    assert "(it was saved by Crossread 9.1.0)" in text
    assert "• note 1: colour" in text and "• the session: highlights" in text


def test_saving_over_it_keeps_the_file_as_it_was(
    ctl: SessionController, newer_file: Path, qtbot: QtBot
) -> None:
    before = newer_file.read_bytes()
    ctl.open_session(newer_file)
    settle(qtbot, ctl)
    assert ctl.saving.save()
    written(qtbot, ctl)
    kept = newer_file.with_name("s.crossread.bak")
    assert kept.read_bytes() == before
    assert json.loads(kept.read_text(encoding="utf-8"))["notes"][0]["colour"] == "red"


def test_a_session_this_version_wrote_opens_without_a_word(
    ctl: SessionController, win: MainWindow, opened: Session, tmp_path: Path, qtbot: QtBot
) -> None:
    shown: list[tuple[str, str]] = []
    win.error_shown.connect(lambda title, text: shown.append((title, text)))
    path = tmp_path / "plain.crossread"
    save_session(opened, path)
    ctl.open_session(path)
    settle(qtbot, ctl)
    assert ctl.saving.save()
    written(qtbot, ctl)
    assert shown == []
    assert not path.with_name("plain.crossread.bak").exists()
