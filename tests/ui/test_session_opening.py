"""Tests of reader/ui/session_opening.py: a session file opened in the window whose
articles moved with it (real files in tmp_path, the real ingest)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.model.session import Session
from reader.session.store import load_session, save_session
from reader.ui.main_window import MainWindow
from reader.ui.session_controller import SessionController
from tests.ui import session_fixtures as fx
from tests.ui.session_fixtures import settle

ctl, data_folder, opened, pair, win = fx.ctl, fx.data_folder, fx.opened, fx.pair, fx.win

pytestmark = pytest.mark.gui


@pytest.fixture
def moved(opened: Session, tmp_path: Path, pair: tuple[str, str]) -> Path:
    """The seed pair's session saved beside its articles (naming them by absolute
    paths, with their fingerprints), then the folder moved: the session file now."""
    folder = Path(pair[0]).parent
    save_session(opened, folder / "s.crossread")
    moved = tmp_path / "moved"
    moved.mkdir()
    for name in ("s.crossread", "a.txt", "b.txt"):
        (folder / name).rename(moved / name)
    return moved / "s.crossread"


def test_a_moved_session_opens_on_its_articles_beside_it_and_says_so(
    ctl: SessionController, win: MainWindow, moved: Path, qtbot: QtBot
) -> None:
    assert ctl.open_session(moved)
    session = settle(qtbot, ctl)
    al = session.alignment
    assert (al.a.path, al.b.path) == (str(moved.parent / "a.txt"), str(moved.parent / "b.txt"))
    assert win.statusBar().currentMessage() == (
        "Articles A and B were found beside the session: a.txt and b.txt hold the bytes "
        "they were read from."
    )
    assert "is gone; the session keeps its text" not in win.notice_bar.text()
    assert not ctl.is_modified()


def test_a_moved_session_saved_names_its_articles_where_they_are_now(
    ctl: SessionController, moved: Path, qtbot: QtBot
) -> None:
    assert ctl.open_session(moved)
    settle(qtbot, ctl)
    assert ctl.saving.save()
    fx.written(qtbot, ctl)
    assert load_session(moved).alignment.a.path == str(moved.parent / "a.txt")
