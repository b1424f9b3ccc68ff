"""What a drag over the window will do, shown while it is dragged (reader/ui/drop_mark.py),
one file dropped on an empty window kept until the other comes, and drags that cannot be
dropped said why (reader/ui/pair_drop.py).

The drags are delivered to the window's QWindow, which hands them to the widget under the
point, as a platform drag does; a move is sent accepted when the enter was, as Qt's own
drag handling sends it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QRect, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from reader.model.session import Session
from reader.ui.main_window import MainWindow
from reader.ui.pair_drop import NOT_FILES, NOT_TEXT, TOO_MANY
from tests.ui import session_fixtures as fx
from tests.ui.session_fixtures import ALIGN_TIMEOUT, check_closed
from tests.ui.test_preview import GatedAligner

ctl, data_folder, opened, pair, win = fx.ctl, fx.data_folder, fx.opened, fx.pair, fx.win

pytestmark = pytest.mark.gui

NONE = Qt.KeyboardModifier.NoModifier
LEFT = Qt.MouseButton.LeftButton
COPY = Qt.DropAction.CopyAction


def files(*paths: str | Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def drag(window: MainWindow, mime: QMimeData, pos: QPoint) -> bool:
    """Drag ``mime`` into the window and over ``pos``; True if the window would take it."""
    handle = window.windowHandle()
    enter = QDragEnterEvent(pos, COPY, mime, LEFT, NONE)
    QApplication.sendEvent(handle, enter)
    move = QDragMoveEvent(pos, COPY, mime, LEFT, NONE)
    move.setAccepted(enter.isAccepted())
    QApplication.sendEvent(handle, move)
    return enter.isAccepted() and move.isAccepted()


def let_go(window: MainWindow, mime: QMimeData, pos: QPoint) -> None:
    """Drag ``mime`` over ``pos`` and drop it there."""
    assert drag(window, mime, pos)
    QApplication.sendEvent(window.windowHandle(), QDropEvent(QPointF(pos), COPY, mime, LEFT, NONE))


def at(window: MainWindow, widget: QWidget, x: int = 40, y: int = 40) -> QPoint:
    return widget.mapTo(window, QPoint(x, y))


def area(window: MainWindow, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def article(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def other(tmp_path: Path) -> Path:
    return article(tmp_path, "banquet.txt", "Kim hosted Putin at a banquet in Pyongyang.\n")


def test_one_file_over_article_b_frames_b_and_names_what_it_replaces(
    win: MainWindow, opened: Session, other: Path
) -> None:
    assert drag(win, files(other), at(win, win.pane_b.browser.viewport()))
    mark = win.drop.mark
    assert mark.isVisible()
    assert mark.geometry() == area(win, win.pane_b)
    said = f"Drop to open banquet.txt as article B, in place of “{opened.alignment.b.title}”"
    assert mark.text == said
    assert win.statusBar().currentMessage() == said


def test_one_file_over_the_matches_panels_left_half_frames_article_a(
    win: MainWindow, opened: Session, other: Path
) -> None:
    assert drag(win, files(other), at(win, win.dock, 40, 60))
    assert win.drop.mark.geometry() == area(win, win.pane_a)
    assert "as article A" in win.drop.mark.text


def test_the_frame_follows_the_drag_to_the_other_side(
    win: MainWindow, opened: Session, other: Path
) -> None:
    mime = files(other)  # kept: an event holds its mime data by pointer
    drag(win, mime, at(win, win.pane_a.browser.viewport()))
    move = QDragMoveEvent(at(win, win.pane_b.browser.viewport()), COPY, mime, LEFT, NONE)
    move.setAccepted(True)
    QApplication.sendEvent(win.windowHandle(), move)
    assert win.drop.mark.geometry() == area(win, win.pane_b)


def test_two_files_frame_both_articles(
    win: MainWindow, opened: Session, other: Path, tmp_path: Path
) -> None:
    second = article(tmp_path, "parade.txt", "A parade followed the talks.\n")
    assert drag(win, files(other, second), at(win, win.pane_a.browser.viewport()))
    assert win.drop.mark.geometry() == area(win, win.splitter)
    assert win.drop.mark.text == (
        "Drop to open banquet.txt as article A and parade.txt as article B"
    )


def test_the_frame_goes_when_the_drag_leaves(win: MainWindow, opened: Session, other: Path) -> None:
    drag(win, files(other), at(win, win.pane_b.browser.viewport()))
    QApplication.sendEvent(win.windowHandle(), QDragLeaveEvent())
    assert not win.drop.mark.isVisible()
    assert win.statusBar().currentMessage() == ""


def test_the_frame_goes_when_the_file_is_dropped(
    win: MainWindow, opened: Session, other: Path, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(win.alignment_finished, timeout=ALIGN_TIMEOUT):
        let_go(win, files(other), at(win, win.pane_b.browser.viewport()))
    assert not win.drop.mark.isVisible()
    paths = win.paths()
    assert paths is not None and paths[1] == str(other)


# -- one file dropped on a window with no pair ----------------------------------------------


def test_one_file_dropped_on_an_empty_window_waits_for_the_other(
    win: MainWindow, pair: tuple[str, str]
) -> None:
    let_go(win, files(pair[0]), at(win, win.pane_a.browser.viewport()))
    assert win.drop.waiting == ("a", pair[0])
    assert "a.txt is article A" in win.pane_a.browser.placeholderText()
    assert "Drop article B here" in win.pane_b.browser.placeholderText()
    assert not win.runner.is_running()


def test_the_next_file_dropped_is_the_other_article_wherever_it_falls(
    win: MainWindow, pair: tuple[str, str], qtbot: QtBot
) -> None:
    let_go(win, files(pair[1]), at(win, win.pane_b.browser.viewport()))
    assert drag(win, files(pair[0]), at(win, win.pane_b.browser.viewport()))
    assert win.drop.mark.geometry() == area(win, win.pane_a), "the side still missing"
    assert "beside b.txt (article B)" in win.drop.mark.text
    with qtbot.waitSignal(win.alignment_finished, timeout=ALIGN_TIMEOUT):
        let_go(win, files(pair[0]), at(win, win.pane_b.browser.viewport()))
    assert win.paths() == pair
    assert win.drop.waiting is None


def test_the_empty_panes_say_what_they_said_once_the_pair_opens(
    win: MainWindow, pair: tuple[str, str], qtbot: QtBot
) -> None:
    from reader.ui.article_pane import EMPTY_HINTS

    let_go(win, files(pair[0]), at(win, win.pane_a.browser.viewport()))
    with qtbot.waitSignal(win.alignment_finished, timeout=ALIGN_TIMEOUT):
        win.open_pair(*pair)
    assert win.drop.waiting is None
    assert win.pane_a.browser.placeholderText() == EMPTY_HINTS["a"]
    assert win.pane_b.browser.placeholderText() == EMPTY_HINTS["b"]


def test_a_binary_file_dropped_on_an_empty_window_is_refused_not_kept(
    win: MainWindow, tmp_path: Path
) -> None:
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    shown: list[str] = []
    win.opener.error_shown.connect(lambda _title, text: shown.append(text))
    let_go(win, files(binary), at(win, win.pane_a.browser.viewport()))
    assert win.drop.waiting is None
    assert shown and "binary" in shown[0]
    win.opener.close_dialog()


# -- drags that cannot be dropped ------------------------------------------------------------


def test_a_web_address_is_refused_saying_what_to_do(win: MainWindow) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl("https://example.com/2024/06/20/putin-kim-treaty.html")])
    assert not drag(win, mime, QPoint(300, 300))
    assert win.statusBar().currentMessage() == NOT_FILES


def test_text_from_another_program_is_refused_naming_compare_pasted_text(
    win: MainWindow,
) -> None:
    mime = QMimeData()
    mime.setText("Putin and Kim signed a mutual defence treaty in Pyongyang on Wednesday.")
    assert not drag(win, mime, QPoint(300, 300))
    assert win.statusBar().currentMessage() == NOT_TEXT


def test_three_files_are_refused_saying_how_many_to_drop(
    win: MainWindow, pair: tuple[str, str], other: Path
) -> None:
    assert not drag(win, files(*pair, other), QPoint(300, 300))
    assert win.statusBar().currentMessage() == TOO_MANY


# -- widgets that take drops of their own -----------------------------------------------------


def find_field(window: MainWindow) -> QLineEdit:
    window.find_bar.show()
    field = window.find_bar.findChild(QLineEdit)
    assert field is not None and field.isVisible()
    return field


def test_a_file_let_go_over_the_find_field_opens_and_is_not_typed_into_it(
    win: MainWindow, opened: Session, other: Path, qtbot: QtBot
) -> None:
    field = find_field(win)
    mime = files(other)
    mime.setText(str(other))  # as file managers add it
    assert drag(win, mime, at(win, field, 5, 5))
    assert win.drop.mark.isVisible()
    with qtbot.waitSignal(win.alignment_finished, timeout=ALIGN_TIMEOUT):
        let_go(win, mime, at(win, field, 5, 5))
    assert field.text() == ""
    assert str(other) in (win.paths() or ())


def test_text_dragged_onto_the_find_field_still_goes_into_it(win: MainWindow) -> None:
    field = find_field(win)
    mime = QMimeData()
    mime.setText("Pyongyang")
    let_go(win, mime, at(win, field, 5, 5))
    assert field.text() == "Pyongyang"
    assert not win.drop.mark.isVisible()


@pytest.fixture
def matching(
    qtbot: QtBot, settings: QSettings, tmp_path: Path
) -> Iterator[tuple[MainWindow, GatedAligner]]:
    """A window whose pair is being matched (its text shown meanwhile) until released."""
    gate = GatedAligner()
    w = MainWindow(settings=settings, aligner=gate)
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    a = article(tmp_path, "a.txt", "Putin and Kim met in Pyongyang.\n\nThey signed a treaty.\n")
    b = article(tmp_path, "b.txt", "Kim and Putin signed a treaty in Pyongyang.\n")
    w.open_pair(str(a), str(b))
    qtbot.waitUntil(w.pane_b.loading.is_previewing, timeout=ALIGN_TIMEOUT)
    yield w, gate
    gate.release.set()
    check_closed(w)


def test_a_file_dragged_over_an_article_being_matched_is_taken(
    matching: tuple[MainWindow, GatedAligner], other: Path
) -> None:
    w, _gate = matching
    assert drag(w, files(other), at(w, w.pane_b.preview.viewport()))
    assert w.drop.mark.geometry() == area(w, w.pane_b)
