"""Tests of reader/ui/pane_menu.py: the panes' context menu with note and correction entries."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QContextMenuEvent, QDesktopServices, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from reader.model import Alignment, Document, Match, Span
from reader.model.session import Session
from reader.ui.article_pane import ArticlePane
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


def test_a_menu_off_the_matches_is_named_for_its_article(
    ctl: SessionController, opened: Session, win: MainWindow
) -> None:
    """A screen reader reads the menu's name as it opens (Qt leaves one made bare
    nameless); a menu on a match is named "Partners"."""
    text, taken = opened.alignment.a.text, [m.a for m in opened.alignment.matches]
    offset = next(
        i
        for i, c in enumerate(text)
        if not c.isspace() and not any(s.start <= i <= s.end for s in taken)
    )
    win.pane_a.ensure_visible(Span(offset, offset + 1))
    menu = ctl.pane_menus.menu_for(win.pane_a, point_at(win, "a", offset))
    assert menu.accessibleName() == "Article A menu"
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
    line = "The dam broke on Friday, see https://example.org/dam for maps."
    _pane, doc = dam_pair(ctl, win, qtbot, tmp_path, line)
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


def partner_ids(menu: QMenu) -> list[str]:
    """The matches whose partners the menu lists, in its order."""
    return [a.data() for a in menu.actions() if a.data()]


def match(alignment: Alignment, match_id: str) -> Match:
    m = alignment.match_by_id(match_id)
    assert m is not None
    return m


def select(pane: ArticlePane, start: int, end: int) -> None:
    """Select Qt positions ``start``..``end`` of the pane's text, as the reader does."""
    cursor = pane.browser.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    pane.browser.setTextCursor(cursor)


def test_a_place_with_two_matches_lists_both_partners_best_first(
    shown: MainWindow, alignment: Alignment
) -> None:
    m1 = match(alignment, "m1")  # A's treaty sentence: m1 (0.9) and m2 (0.7)
    menus = shown.session_controller.pane_menus
    menu = menus.menu_for(shown.pane_a, point_at(shown, "a", m1.a.start + 3))
    assert partner_ids(menu) == ["m1", "m2"]
    menu.close()


def test_just_after_a_match_the_menu_offers_that_match(
    shown: MainWindow, alignment: Alignment
) -> None:
    m3 = match(alignment, "m3")  # "breakthrough", then a comma no match covers
    pane = shown.pane_a
    pane.ensure_visible(m3.a)
    assert pane.matches_at(m3.a.end) == []
    menu = shown.session_controller.pane_menus.menu_for(pane, point_at(shown, "a", m3.a.end))
    assert partner_ids(menu) == ["m3"]
    menu.close()


def test_the_entries_on_a_match_come_in_order(shown: MainWindow, alignment: Alignment) -> None:
    for pane in (shown.pane_a, shown.pane_b):
        select(pane, 0, 12)
    m1 = match(alignment, "m1")
    menus = shown.session_controller.pane_menus
    menu = menus.menu_for(shown.pane_a, point_at(shown, "a", m1.a.start + 3))
    entries = ["—" if a.isSeparator() else a.data() or a.text() for a in menu.actions()]
    menu.close()
    assert entries == [
        "m1",
        "m2",
        "—",
        "Add note on the selected text…",
        "Add note on this claim match…",
        "Copy this claim match with both passages",
        "Reject this claim match",
        "Link the selections in A and B",
    ]


NEWS = "\U0001f4f0"  # a character outside the BMP: two UTF-16 units, one Python character


def test_the_menu_names_the_match_under_the_pointer_after_wide_characters(
    ctl: SessionController, win: MainWindow, qtbot: QtBot, tmp_path: Path, seed_a_path: Path
) -> None:
    a = tmp_path / "a.txt"  # a wide character at the start of each line of A
    a.write_text("".join(f"{NEWS} {line}" for line in seed_a_path.read_text().splitlines(True)))
    b = tmp_path / "b.txt"
    b.write_text(seed_a_path.read_text())
    with qtbot.waitSignal(ctl.session_changed, timeout=30_000):
        win.open_pair(str(a), str(b))
    al = settle(qtbot, ctl).alignment
    pane = win.pane_a
    doc = pane.document()
    assert doc is not None
    m = next(x for x in al.matches if doc.text.count(NEWS, 0, x.a.start) > 5)
    offset = m.a.end - 1  # its last character: the same offset read as a Qt one lies past it
    wide = doc.text.count(NEWS, 0, offset)
    covering = [x.id for x in al.matches if x.a.contains_offset(offset)]
    assert covering != [x.id for x in al.matches if x.a.contains_offset(offset + wide)]
    pane.ensure_visible(m.a)
    menu = ctl.pane_menus.menu_for(pane, point_at(win, "a", pane.pointer.offsets.to_qt(offset)))
    assert sorted(partner_ids(menu)) == sorted(covering)
    menu.close()


def dam_pair(
    ctl: SessionController, win: MainWindow, qtbot: QtBot, folder: Path, line: str
) -> tuple[ArticlePane, Document]:
    """A short pair on a broken dam whose article A says ``line`` under its headline,
    shown: pane A and its document."""
    a, b = folder / "a.txt", folder / "b.txt"
    a.write_text(f"Dam breaks\n{line}\n")
    b.write_text("Flood\nThe old dam broke late on Friday night.\n")
    with qtbot.waitSignal(ctl.session_changed, timeout=30_000):
        win.open_pair(str(a), str(b))
    settle(qtbot, ctl)
    doc = win.pane_a.document()
    assert doc is not None
    return win.pane_a, doc


def wide_dam_pair(
    ctl: SessionController, win: MainWindow, qtbot: QtBot, folder: Path, tail: str
) -> tuple[ArticlePane, Document]:
    """A short pair on a broken dam whose article A has three wide characters before
    "The dam broke" and ``tail`` after it, shown: pane A and its document."""
    return dam_pair(ctl, win, qtbot, folder, f"{NEWS * 3} The dam broke{tail}")


def test_the_link_entry_after_wide_characters(
    ctl: SessionController, win: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    pane, doc = wide_dam_pair(ctl, win, qtbot, tmp_path, ", see https://example.org/dam for maps.")
    last = doc.text.index("/dam ") + 3  # the link's last letter, just before a blank
    menu = ctl.pane_menus.menu_for(pane, point_at(win, "a", pane.pointer.offsets.to_qt(last)))
    texts = [x.text() for x in menu.actions()]
    menu.close()
    assert "Open link in browser: https://example.org/dam" in texts


def test_the_top_row_of_a_paragraph_offers_the_matches_the_pointer_shows(
    shown: MainWindow, alignment: Alignment
) -> None:
    m1 = match(alignment, "m1")  # A's treaty sentence opens its paragraph; none above
    pane = shown.pane_a
    pane.ensure_visible(m1.a)
    browser = pane.browser
    block = browser.document().findBlock(pane.pointer.offsets.to_qt(m1.a.start))
    top = browser.document().documentLayout().blockBoundingRect(block).top()
    pos = QPoint(
        point_at(shown, "a", m1.a.start + 3).x(), int(top) - browser.verticalScrollBar().value()
    )
    hovered = [m.id for m in pane.pointer.matches_under(pos)]
    assert hovered == ["m1", "m2"]
    menu = shown.session_controller.pane_menus.menu_for(pane, pos)
    assert partner_ids(menu) == hovered
    menu.close()
