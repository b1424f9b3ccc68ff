"""run_gui: the entry point the CLI calls, with --screenshot."""

from __future__ import annotations

import errno
import os
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.session.store import save_session, session_bytes
from reader.ui.app import (
    SCREENSHOT_SIZE,
    SWITCH_INTERVAL_S,
    application,
    ask_for_partner,
    run_gui,
)
from reader.ui.main_window import MainWindow
from reader.ui.sample_pair import seed_paths
from tests.session.samples import seed_session


@pytest.fixture(autouse=True)
def no_window_left() -> Iterator[None]:
    """The windows a run leaves (an ended run's error box is modal, and would hold every
    later test's mouse) are hidden and deleted after each test."""
    before = set(QApplication.topLevelWidgets())
    yield
    for w in QApplication.topLevelWidgets():
        if w not in before:
            w.hide()
            w.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def guarded_run(paths: list[str]) -> tuple[int, bool]:
    """run_gui on ``paths``, and whether it got stuck (waiting on a dialog no one can close
    offscreen: ended after a minute, which a busy machine's run never needs)."""
    stuck: list[bool] = []

    def unstick() -> None:
        stuck.append(True)
        QApplication.closeAllWindows()

    guard = QTimer()  # stopped after: it must not close a later test's windows
    guard.setSingleShot(True)
    guard.timeout.connect(unstick)
    guard.start(60_000)
    try:
        code = run_gui(paths)
    finally:
        guard.stop()
    return code, bool(stuck)


def test_seed_paths_come_from_the_package() -> None:
    a, b = seed_paths()
    assert Path(a).is_file() and Path(b).is_file()
    assert "hankyoreh" in a and "ap-" in Path(b).name


def test_the_app_hands_the_interpreter_to_the_window_often(qtbot: QtBot) -> None:
    before = sys.getswitchinterval()
    try:
        sys.setswitchinterval(0.005)
        application()
        assert sys.getswitchinterval() == pytest.approx(SWITCH_INTERVAL_S)
    finally:
        sys.setswitchinterval(before)


def test_screenshot_of_a_pair(
    qtbot: QtBot, tmp_path: Path, seed_a_path: Path, seed_b_path: Path
) -> None:
    out = tmp_path / "shot.png"
    assert run_gui([str(seed_a_path), str(seed_b_path)], screenshot=str(out)) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == SCREENSHOT_SIZE
    # the reader's own settings (redirected into tmp_path by conftest) stay untouched
    assert not list(tmp_path.rglob("*.ini"))


def test_a_screenshot_of_the_sample_pair_has_no_first_start_tip(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """A screenshot shows the window as it reads; the tip of a first start (its settings
    are always new) would be in every one."""
    from reader.ui.notice_bar import NoticeBar

    before = set(QApplication.topLevelWidgets())
    assert run_gui([], screenshot=str(tmp_path / "shot.png")) == 0
    made = [w for w in QApplication.topLevelWidgets() if w not in before]
    windows = [w for w in made if isinstance(w, MainWindow)]
    assert windows and all(w.findChild(NoticeBar, "sample_tip") is None for w in windows)
    for w in windows:
        w.deleteLater()


def test_screenshot_of_a_missing_file_is_bad_input(qtbot: QtBot, tmp_path: Path) -> None:
    out = tmp_path / "shot.png"
    code = run_gui([str(tmp_path / "nope.txt"), str(tmp_path / "nope2.txt")], str(out))
    assert code == 2 and not out.exists()


def test_a_missing_file_ends_an_offscreen_run(
    qtbot: QtBot, tmp_path: Path, seed_b_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, stuck = guarded_run([str(tmp_path / "gone.txt"), str(seed_b_path)])
    assert code == 2 and not stuck
    assert "gone.txt" in capsys.readouterr().err


def test_wrong_number_of_paths() -> None:
    assert run_gui(["a.txt", "b.txt", "c.txt"]) == 2
    assert run_gui(["only-one.txt"], screenshot="x.png") == 2


def test_one_article_asks_for_its_partner(
    window: MainWindow,
    qtbot: QtBot,
    seed_a_path: Path,
    seed_b_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []

    def answer(caption: str) -> list[str]:
        asked.append(caption)
        return [str(seed_b_path)]

    monkeypatch.setattr(window, "ask_open_file_names", answer)
    with qtbot.waitSignal(window.alignment_finished, timeout=60_000):
        assert ask_for_partner(window, str(seed_a_path))
    assert window.paths() == (str(seed_a_path), str(seed_b_path))
    assert seed_a_path.name in asked[0]


def test_one_article_without_a_partner_leaves_a_hint(
    window: MainWindow, seed_a_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(window, "ask_open_file_names", lambda caption: [])
    assert not ask_for_partner(window, str(seed_a_path))
    assert "Open pair" in window.statusBar().currentMessage()


def test_one_article_without_a_partner_says_both_are_asked_for_again(
    window: MainWindow, seed_a_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Open pair… asks for A and B again: the advice names the article left alone and
    does not speak of "the first" as if it stayed."""
    monkeypatch.setattr(window, "ask_open_file_names", lambda caption: [])
    ask_for_partner(window, str(seed_a_path))
    said = window.statusBar().currentMessage()
    assert seed_a_path.name in said and "Ctrl+O" in said and "both articles" in said
    assert "the first" not in said


@pytest.mark.parametrize("kind", ["missing", "folder", "empty"])
def test_one_article_that_cannot_open_is_said_without_asking_for_a_partner(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    path = tmp_path / "article.txt"
    if kind == "folder":
        path.mkdir()
    elif kind == "empty":
        path.write_text("", encoding="utf-8")
    asked: list[str] = []

    def answer(caption: str) -> list[str]:
        asked.append(caption)
        return []

    monkeypatch.setattr(window, "ask_open_file_names", answer)
    assert not ask_for_partner(window, str(path))
    assert not asked
    assert str(path) in window.statusBar().currentMessage()


def test_one_missing_article_ends_an_offscreen_run_as_bad_input(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``crossread gone.txt``: one line on stderr and status 2, as with two paths; no
    dialog asking for the partner of a file that does not exist (offscreen, nobody could
    close it: the run waited for ever)."""
    monkeypatch.setenv("CROSSREAD_DATA_DIR", str(tmp_path / "data"))
    code, stuck = guarded_run([str(tmp_path / "gone.txt")])
    err = capsys.readouterr().err
    assert code == 2 and not stuck
    assert "gone.txt" in err and "does not exist" in err


def test_screenshot_of_a_session_file(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    seed_a_path: Path,
    seed_b_path: Path,
) -> None:
    monkeypatch.setenv("CROSSREAD_DATA_DIR", str(tmp_path / "data"))
    session = seed_session(seed_a_path, seed_b_path)
    path = tmp_path / "pair.crossread"
    save_session(session, path)
    out = tmp_path / "shot.png"
    assert run_gui([str(path)], screenshot=str(out)) == 0
    assert QImage(str(out)).width() == SCREENSHOT_SIZE[0]
    assert not (tmp_path / "data").exists(), "a screenshot leaves no autosave or marker"


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_screenshot_of_a_damaged_session_is_bad_input(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "bad.crossread"
    path.write_text("{", encoding="utf-8")
    out = tmp_path / "shot.png"
    assert run_gui([str(path)], screenshot=str(out)) == 2
    assert not out.exists()


def test_a_screenshot_that_cannot_be_written_says_so_in_one_line(
    qtbot: QtBot,
    tmp_path: Path,
    seed_a_path: Path,
    seed_b_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A PNG that cannot be written (its folder is missing) is bad output, reported as
    align -o reports it: one line on stderr and status 2, not a silent status 1."""
    out = tmp_path / "no-such-folder" / "shot.png"
    assert run_gui([str(seed_a_path), str(seed_b_path)], screenshot=str(out)) == 2
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if line.startswith("crossread")]
    assert lines == [f"crossread: error: cannot write {out}: the folder does not exist"]
    assert not out.exists()


def feed_when(ready: threading.Event, fifo: Path, data: bytes, out: list[bool]) -> None:
    """A slow disk: the bytes of ``fifo`` come once ``ready`` is set (or after ten seconds;
    ``out`` says which), to whoever opens it for reading within thirty seconds."""
    out.append(ready.wait(10))
    deadline = time.monotonic() + 30
    while True:
        try:
            fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
            break
        except OSError as exc:  # ENXIO: nobody reads yet
            if exc.errno != errno.ENXIO or time.monotonic() > deadline:
                return
            time.sleep(0.01)
    os.set_blocking(fd, True)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="a named pipe stands for a slow disk")
def test_a_session_named_on_the_command_line_is_read_while_the_window_answers(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    seed_a_path: Path,
    seed_b_path: Path,
) -> None:
    monkeypatch.setenv("CROSSREAD_DATA_DIR", str(tmp_path / "data"))
    path = tmp_path / "slow.crossread"
    os.mkfifo(path)
    answered = threading.Event()
    in_time: list[bool] = []
    data = session_bytes(seed_session(seed_a_path, seed_b_path))
    disk = threading.Thread(target=feed_when, args=(answered, path, data, in_time))
    disk.start()
    QTimer.singleShot(0, answered.set)  # once the window's event loop runs
    out = tmp_path / "shot.png"
    try:
        assert run_gui([str(path)], screenshot=str(out)) == 0
    finally:
        answered.set()
        disk.join()
    assert in_time == [True], "the window's event loop ran while the file was read"
    assert QImage(str(out)).width() == SCREENSHOT_SIZE[0]
