"""Tests of reader/ui/pane_menu.py: the panes' context menu with note and correction entries."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QContextMenuEvent, QDesktopServices, QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.model.session import Session
from reader.ui.main_window import MainWindow
from reader.ui.pane_menu import url_at
from reader.ui.session_controller import SessionController
from tests.ui import session_fixtures as fx
from tests.ui.session_fixtures import settle

ctl, data_folder, opened, pair, win = fx.ctl, fx.data_folder, fx.opened, fx.pair, fx.win


def point_at(win: MainWindow, side: str, offset: int) -> QPoint:
    pane = win.pane(side)
    cursor = QTextCursor(pane.browser.document())
    cursor.setPosition(offset)
    return pane.browser.cursorRect(cursor).center()


def labels(ctl: SessionController) -> list[str]:
    menu = ctl.pane_menus.last_menu
    assert menu is not None
    return [a.text() for a in menu.actions() if not a.isSeparator()]


@pytest.mark.qt_log_ignore("This plugin does not support")  # a popup, offscreen
def test_right_click_on_a_match_offers_note_and_reject(
    ctl: SessionController, opened: Session, win: MainWindow, qtbot: QtBot
) -> None:
    m = next(x for x in opened.alignment.matches if x.kind.value == "claim")
    win.pane_a.ensure_visible(m.a)
    pos = point_at(win, "a", m.a.start + 2)
    viewport = win.pane_a.browser.viewport()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, viewport.mapToGlobal(pos))
    QApplication.sendEvent(viewport, event)
    items = labels(ctl)
    assert "Add note on this claim match…" in items and "Reject this claim match" in items
    assert len(items) > 2, "the partners are listed too"
    menu = ctl.pane_menus.last_menu
    assert menu is not None
    next(a for a in menu.actions() if a.text() == "Reject this claim match").trigger()
    menu.close()
    assert settle(qtbot, ctl).rejected == {m.id}


def test_note_on_the_match_under_the_pointer(
    ctl: SessionController, opened: Session, win: MainWindow
) -> None:
    m = opened.alignment.matches[0]
    win.pane_b.ensure_visible(m.b)
    menu = ctl.pane_menus.menu_for(win.pane_b, point_at(win, "b", m.b.start + 1))
    add = next(a for a in menu.actions() if a.text().startswith("Add note on this"))
    add.trigger()
    menu.close()
    assert ctl.dock.dialog is not None
    ctl.dock.dialog.text_edit.setPlainText("on the match")
    ctl.dock.dialog.accept()
    s = ctl.session()
    assert s is not None and s.notes[0].match_id in {
        x.id for x in s.alignment.matches if x.b.contains_offset(m.b.start + 1)
    }


def test_selected_text_and_link_entries(
    ctl: SessionController, opened: Session, win: MainWindow
) -> None:
    for pane in (win.pane_a, win.pane_b):
        cursor = pane.browser.textCursor()
        cursor.setPosition(0)
        cursor.setPosition(12, QTextCursor.MoveMode.KeepAnchor)
        pane.browser.setTextCursor(cursor)
    menu = ctl.pane_menus.menu_for(win.pane_a, QPoint(5, 5))
    items = labels(ctl)
    assert "Add note on the selected text…" in items
    assert "Link the selections in A and B" in items
    menu.close()


@pytest.mark.parametrize(
    ("text", "offset", "expected"),
    [
        ("See https://example.org/a?b=1. Next", 10, "https://example.org/a?b=1"),
        ("See https://example.org/a?b=1. Next", 29, None),  # the full stop after it
        ("Visit www.hani.co.kr today", 8, "https://www.hani.co.kr"),
        ("No link here", 3, None),
        ("two\nhttp://x.test/y\nlines", 6, "http://x.test/y"),
    ],
)
def test_url_at(text: str, offset: int, expected: str | None) -> None:
    assert url_at(text, offset) == expected


@pytest.mark.qt_log_ignore("This plugin does not support")  # a popup, offscreen
def test_link_opens_in_browser_only_from_the_menu(
    ctl: SessionController,
    win: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened_urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened_urls.append(url.toString()))
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Dam breaks\nThe dam broke on Friday, see https://example.org/dam for maps.\n")
    b.write_text("Flood\nThe old dam broke late on Friday night.\n")
    with qtbot.waitSignal(ctl.session_changed, timeout=30_000):
        win.open_pair(str(a), str(b))
    settle(qtbot, ctl)
    doc = win.pane_a.document()
    assert doc is not None
    pos = point_at(win, "a", doc.text.index("example.org") + 3)
    viewport = win.pane_a.browser.viewport()
    QApplication.sendEvent(
        viewport, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, viewport.mapToGlobal(pos))
    )
    assert opened_urls == []  # a right-click alone opens nothing
    menu = ctl.pane_menus.last_menu
    assert menu is not None
    action = next(x for x in menu.actions() if x.text().startswith("Open link in browser"))
    action.trigger()
    menu.close()
    assert opened_urls == ["https://example.org/dam"]
