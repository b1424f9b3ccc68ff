"""File > Recent pairs with a pair whose article was moved or deleted since: the entry
says so, and choosing it offers to forget the pair."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow
from reader.ui.recent_gone import GONE_MARK
from reader.ui.settings import MAX_RECENT, Settings
from tests.ui.session_fixtures import check_closed


def recent_entries(w: MainWindow) -> list[QAction]:
    return [a for a in w.actions_.recent_menu.actions() if a.data()]


def started(qtbot: QtBot, settings: QSettings) -> MainWindow:
    win = MainWindow(settings=settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def recent_pair(tmp_path: Path, settings: QSettings) -> tuple[str, str]:
    """Two article files, recent from an earlier run."""
    paths = []
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(f"Article {name}.\n", encoding="utf-8")
        paths.append(str(tmp_path / name))
    Settings(settings).add_recent_pair(paths[0], paths[1])
    return paths[0], paths[1]


def the_question(qtbot: QtBot, win: MainWindow) -> QMessageBox:
    boxes: list[QMessageBox] = []

    def shown() -> bool:
        boxes[:] = [b for b in win.findChildren(QMessageBox) if b.isVisible()]
        return len(boxes) == 1

    qtbot.waitUntil(shown)
    return boxes[0]


def answer(box: QMessageBox, text: str) -> None:
    (button,) = [b for b in box.buttons() if b.text().replace("&", "") == text]
    button.click()


def test_a_deleted_article_is_offered_for_removal_and_forgotten(
    qtbot: QtBot, settings: QSettings, tmp_path: Path
) -> None:
    _a, b = recent_pair(tmp_path, settings)
    win = started(qtbot, settings)
    Path(b).unlink()  # after the menu was filled
    (entry,) = recent_entries(win)
    entry.trigger()
    box = the_question(qtbot, win)
    assert "b.txt" in box.text() and str(tmp_path) in box.text()
    assert "Remove it from Recent pairs?" in box.informativeText()
    answer(box, "Remove")
    assert recent_entries(win) == []
    assert win.alignment() is None and win.opener.pending is None
    check_closed(win)
    again = started(qtbot, settings)
    assert recent_entries(again) == []
    check_closed(again)


def test_keep_leaves_a_pair_whose_article_is_gone_among_the_recent(
    qtbot: QtBot, settings: QSettings, tmp_path: Path
) -> None:
    a, b = recent_pair(tmp_path, settings)
    Path(a).unlink()
    win = started(qtbot, settings)
    (entry,) = recent_entries(win)
    assert entry.isEnabled() and entry.text().endswith(GONE_MARK)
    entry.trigger()
    answer(the_question(qtbot, win), "Keep")
    assert [tuple(e.data()) for e in recent_entries(win)] == [(a, b)]
    check_closed(win)


def test_the_recent_menu_says_a_file_gone_since_the_start(
    qtbot: QtBot, settings: QSettings, tmp_path: Path
) -> None:
    _a, b = recent_pair(tmp_path, settings)
    win = started(qtbot, settings)
    Path(b).unlink()
    win.actions_.recent_menu.aboutToShow.emit()  # as File > Recent pairs opens
    (entry,) = recent_entries(win)
    assert entry.text().endswith(GONE_MARK) and f"No longer there: {b}" in entry.toolTip()
    check_closed(win)


def test_a_longer_recent_list_written_elsewhere_shows_its_newest_pairs_once(
    qtbot: QtBot, settings: QSettings
) -> None:
    """Another version (or a hand edit) kept 20 pairs, one of them twice: the menu lists
    the newest MAX_RECENT, each once."""
    pairs = [f"/news/a{i}.txt\n/news/b{i}.txt" for i in range(20)]
    settings.setValue("recent/pairs", [pairs[0], *pairs])
    win = started(qtbot, settings)
    entries = [tuple(e.data()) for e in recent_entries(win)]
    assert entries == [(f"/news/a{i}.txt", f"/news/b{i}.txt") for i in range(MAX_RECENT)]
    check_closed(win)
