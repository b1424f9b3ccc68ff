"""File > Compare pasted text…: two pasted articles open as a pair."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow
from reader.ui.paste_dialog import WEB_PAGE, PasteDialog
from tests.ui import session_fixtures as fx
from tests.ui.session_fixtures import ALIGN_TIMEOUT

data_folder, win = fx.data_folder, fx.win

TEXT_A = (
    "Leaders sign a mutual defence treaty\n"
    "The two leaders signed a mutual defence treaty in the capital on Wednesday.\n"
)
TEXT_B = (
    "Treaty signed as leaders meet\n"
    "A mutual defence treaty was signed by the two leaders in the capital on Wednesday.\n"
)
PAGE = (
    "<html><body><nav>Home | World | Sport</nav><article><h1>Leaders sign a mutual "
    "defence treaty</h1><p>The two leaders signed a mutual defence treaty in the capital "
    "on Wednesday, officials said.</p></article></body></html>"
)


@pytest.fixture(autouse=True)
def _clipboard_emptied() -> Iterator[None]:
    """The clipboard owns the QMimeData a test puts there: empty it while Qt still runs,
    or the interpreter's exit frees it after the application (a crash at exit)."""
    yield
    QGuiApplication.clipboard().clear()


def open_dialog(win: MainWindow) -> PasteDialog:
    win.actions_.paste_pair.trigger()
    dialog = win.opener.paste_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def put_on_clipboard(text: str, html: str = "") -> None:
    data = QMimeData()
    data.setText(text)
    if html:
        data.setHtml(html)
    QGuiApplication.clipboard().setMimeData(data)


def compare_headless_paste(win: MainWindow, qtbot: QtBot) -> None:
    """Compare, as A, a pasted text without a headline with TEXT_B."""
    dialog = open_dialog(win)
    dialog.side_a.editor.setPlainText(
        "The two leaders signed a mutual defence treaty on Wednesday in the capital, "
        "officials said. It takes effect at once."
    )
    dialog.side_b.editor.setPlainText(TEXT_B)
    with qtbot.waitSignal(win.alignment_finished, timeout=ALIGN_TIMEOUT):
        dialog.compare_button.click()


def test_a_pasted_article_without_a_headline_is_labelled_by_its_opening_words(
    win: MainWindow, qtbot: QtBot
) -> None:
    compare_headless_paste(win, qtbot)
    al = win.alignment()
    assert al is not None
    assert al.a.title == "“The two leaders signed a mutual defence treaty…” (pasted)"


def test_a_pasted_article_says_once_in_its_pane_that_it_was_pasted(
    win: MainWindow, qtbot: QtBot, data_folder: Path
) -> None:
    """Its title said “...” (pasted) over a line saying Pasted text: the line says it, and
    its tooltip where the text is kept; the title is the opening words alone."""
    compare_headless_paste(win, qtbot)
    pane = win.pane_a
    assert pane.title.text() == "“The two leaders signed a mutual defence treaty…”"
    assert pane.source.text() == "Pasted text"
    paths = win.paths()
    assert paths is not None
    assert pane.source.toolTip() == f"Kept in {paths[0]}"
    assert Path(paths[0]).parent == data_folder / "pasted"


def test_compare_waits_for_both_articles(win: MainWindow) -> None:
    dialog = open_dialog(win)
    assert not dialog.compare_button.isEnabled()
    assert dialog.compare_button.toolTip() == "Paste or type both articles first"
    dialog.side_a.editor.setPlainText(TEXT_A)
    assert not dialog.compare_button.isEnabled()
    dialog.side_b.editor.setPlainText("   ")
    assert not dialog.compare_button.isEnabled()
    dialog.side_b.editor.setPlainText(TEXT_B)
    assert dialog.compare_button.isEnabled()


def test_compare_opens_the_pasted_pair(win: MainWindow, qtbot: QtBot, data_folder: Path) -> None:
    dialog = open_dialog(win)
    dialog.side_a.editor.setPlainText(TEXT_A)
    dialog.side_b.editor.setPlainText(TEXT_B)
    with qtbot.waitSignal(win.alignment_finished, timeout=ALIGN_TIMEOUT):
        dialog.compare_button.click()
    assert win.opener.paste_dialog is None  # closed (and deleted)
    al = win.alignment()
    assert al is not None
    assert (al.a.title, al.b.title) == (
        "Leaders sign a mutual defence treaty",
        "Treaty signed as leaders meet",
    )
    paths = win.paths()
    assert paths is not None
    assert all(Path(p).parent == data_folder / "pasted" for p in paths)
    assert win.pane_a.source.text() == "Pasted text"  # not the data folder's file


def test_paste_button_takes_the_clipboard_text(win: MainWindow) -> None:
    put_on_clipboard(TEXT_A)
    dialog = open_dialog(win)
    dialog.side_a.paste_button.click()
    assert dialog.side_a.editor.toPlainText() == TEXT_A
    assert dialog.side_a.html == "" and dialog.side_a.origin.text() == ""


def test_a_web_page_keeps_its_html_for_the_extractor(
    win: MainWindow, qtbot: QtBot, data_folder: Path
) -> None:
    put_on_clipboard("Leaders sign a mutual defence treaty", PAGE)
    dialog = open_dialog(win)
    dialog.side_a.paste_button.click()
    assert dialog.side_a.origin.text() == WEB_PAGE
    dialog.side_b.editor.setPlainText(TEXT_B)
    with qtbot.waitSignal(win.alignment_finished, timeout=ALIGN_TIMEOUT):
        dialog.compare_button.click()
    paths = win.paths()
    al = win.alignment()
    assert paths is not None and paths[0].endswith(".html")
    assert al is not None and "Home | World" not in al.a.text
    assert "signed a mutual defence treaty" in al.a.text


def test_ctrl_v_of_a_web_page_keeps_its_html_as_the_button_does(
    win: MainWindow, qtbot: QtBot, data_folder: Path
) -> None:
    """The dialog opens with the box focused for Ctrl+V: a page copied in a browser and
    pasted there is extracted as a page, not read with its menus as the article."""
    put_on_clipboard("Home | World | Sport\nLeaders sign a mutual defence treaty", PAGE)
    dialog = open_dialog(win)
    editor = dialog.side_a.editor
    qtbot.waitUntil(editor.hasFocus)
    QTest.keySequence(editor, QKeySequence.StandardKey.Paste)
    assert editor.toPlainText() == "Home | World | Sport\nLeaders sign a mutual defence treaty"
    assert dialog.side_a.html == PAGE and dialog.side_a.origin.text() == WEB_PAGE
    dialog.side_b.editor.setPlainText(TEXT_B)
    with qtbot.waitSignal(win.alignment_finished, timeout=ALIGN_TIMEOUT):
        dialog.compare_button.click()
    al = win.alignment()
    assert al is not None and "Home | World" not in al.a.text
    assert al.a.title == "Leaders sign a mutual defence treaty"


def test_ctrl_v_into_text_of_ones_own_pastes_plain_text(win: MainWindow, qtbot: QtBot) -> None:
    dialog = open_dialog(win)
    editor = dialog.side_a.editor
    editor.setPlainText("My headline\n")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    put_on_clipboard("Leaders sign a mutual defence treaty", PAGE)
    QTest.keySequence(editor, QKeySequence.StandardKey.Paste)
    assert editor.toPlainText() == "My headline\nLeaders sign a mutual defence treaty"
    assert dialog.side_a.html == "" and dialog.side_a.origin.text() == ""


def test_undo_takes_a_pasted_page_back(win: MainWindow, qtbot: QtBot) -> None:
    put_on_clipboard("Leaders sign a mutual defence treaty", PAGE)
    dialog = open_dialog(win)
    editor = dialog.side_a.editor
    QTest.keySequence(editor, QKeySequence.StandardKey.Paste)
    assert dialog.side_a.html == PAGE
    QTest.keySequence(editor, QKeySequence.StandardKey.Undo)
    assert editor.toPlainText() == ""
    assert dialog.side_a.html == "" and dialog.side_a.origin.text() == ""


def test_html_only_clipboard_shows_its_text(win: MainWindow) -> None:
    data = QMimeData()
    data.setHtml("<p>Only <b>rich</b> text</p>")
    QGuiApplication.clipboard().setMimeData(data)
    dialog = open_dialog(win)
    dialog.side_b.paste_button.click()
    assert dialog.side_b.editor.toPlainText() == "Only rich text"
    assert dialog.side_b.origin.text() == WEB_PAGE


def test_editing_pasted_html_keeps_what_the_reader_sees(win: MainWindow) -> None:
    put_on_clipboard("Leaders sign a mutual defence treaty", PAGE)
    dialog = open_dialog(win)
    dialog.side_a.paste_button.click()
    dialog.side_a.editor.appendPlainText("A line of my own.")
    assert dialog.side_a.html == "" and dialog.side_a.origin.text() == ""
    assert dialog.side_a.article().text.endswith("A line of my own.")


def test_a_pasted_text_that_cannot_be_kept_gives_a_message(
    win: MainWindow, qtbot: QtBot, data_folder: Path
) -> None:
    data_folder.mkdir(parents=True, exist_ok=True)
    (data_folder / "pasted").write_text("a file where the folder should be", encoding="utf-8")
    dialog = open_dialog(win)
    dialog.side_a.editor.setPlainText(TEXT_A)
    dialog.side_b.editor.setPlainText(TEXT_B)
    with qtbot.waitSignal(win.error_shown) as blocker:
        dialog.compare_button.click()
    assert blocker.args[0] == "Compare pasted text"
    assert "Could not keep the pasted text" in blocker.args[1]
    assert win.alignment() is None


def test_a_text_too_large_keeps_the_box_open_with_both_texts(
    win: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.session import pasted

    monkeypatch.setattr(pasted, "MAX_BYTES", 100)  # a 100-byte limit stands for 5 MB
    dialog = open_dialog(win)
    dialog.side_a.editor.setPlainText(TEXT_A * 10)
    dialog.side_b.editor.setPlainText(TEXT_B)
    dialog.compare_button.click()
    assert dialog.isVisible() and win.opener.paste_dialog is dialog
    assert dialog.problem.text().startswith("Article A is over")
    assert dialog.side_a.editor.toPlainText() == TEXT_A * 10
    assert win.alignment() is None


def test_the_action_sits_in_the_file_menu_with_its_shortcut(win: MainWindow) -> None:
    act = win.actions_.paste_pair
    assert act.shortcut().toString() == "Ctrl+Shift+V"
    file_menu = next(a for a in win.menuBar().actions() if a.text() == "&File").menu()
    assert isinstance(file_menu, QMenu)
    assert act in file_menu.actions()


def test_asking_again_replaces_the_open_dialog(win: MainWindow, qtbot: QtBot) -> None:
    first = open_dialog(win)
    first.side_a.editor.setPlainText(TEXT_A)
    second = open_dialog(win)
    assert second is not first and win.opener.paste_dialog is second
    assert second.side_a.editor.toPlainText() == ""
    qtbot.waitUntil(lambda: len(win.findChildren(PasteDialog)) == 1)


def test_the_dialog_opens_with_article_a_text_focused(win: MainWindow, qtbot: QtBot) -> None:
    dialog = open_dialog(win)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.side_a.editor)


def test_tab_leaves_a_text_box_instead_of_typing_a_tab(win: MainWindow, qtbot: QtBot) -> None:
    dialog = open_dialog(win)
    editor = dialog.side_a.editor
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    QTest.keyClick(editor, Qt.Key.Key_Tab)
    assert editor.toPlainText() == ""
    assert QApplication.focusWidget() is dialog.side_b.paste_button


def test_ctrl_enter_compares_from_a_text_box(win: MainWindow, qtbot: QtBot) -> None:
    dialog = open_dialog(win)
    dialog.side_a.set_text(TEXT_A)
    dialog.side_b.set_text(TEXT_B)
    editor = dialog.side_b.editor
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    with qtbot.waitSignal(win.alignment_finished, timeout=ALIGN_TIMEOUT):
        QTest.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert win.opener.paste_dialog is None  # closed (and deleted)
