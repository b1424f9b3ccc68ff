"""The About box: non-blocking, shows version and sources, carries the app icon."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from reader import __version__
from reader.ui.about import ICON_SIZES, app_icon, icon_file, show_about
from reader.ui.main_window import MainWindow


def test_every_icon_size_is_shipped() -> None:
    assert all(icon_file(size).is_file() for size in ICON_SIZES)


def test_app_icon_has_every_size(qtbot: QtBot) -> None:
    sizes = {(s.width(), s.height()) for s in app_icon().availableSizes()}
    assert sizes == {(n, n) for n in ICON_SIZES}


def test_show_about_returns_open_box(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    box = show_about(parent)
    qtbot.waitUntil(box.isVisible)
    assert box.windowTitle() == "About Crossread"
    box.done(0)


def test_about_box_shows_version_and_sources(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    box = show_about(parent)
    text = box.text()
    assert f"Crossread {__version__}" in text
    assert "Hankyoreh" in text and "Associated Press" in text
    assert "all-MiniLM-L6-v2" in text
    box.done(0)


def test_about_box_has_icon_pixmap(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    box = show_about(parent)
    assert not box.iconPixmap().isNull()
    box.done(0)


def test_ok_closes_about_box(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    box = show_about(parent)
    qtbot.waitUntil(box.isVisible)
    with qtbot.waitSignal(box.finished):
        box.button(QMessageBox.StandardButton.Ok).click()


def test_help_about_opens_the_about_box(window: MainWindow, qtbot: QtBot) -> None:
    window.actions_.about.trigger()
    box = next(w for w in window.findChildren(QMessageBox) if w.isVisible())
    assert "all-MiniLM-L6-v2" in box.text()
    box.done(0)
