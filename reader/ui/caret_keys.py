"""The window's keys for readers without a mouse, at the text cursor of the article that
has the keyboard focus: Enter jumps to the partner of the highlight there (Go > Jump to
partner), Shift+F10 or the Menu key opens the menu a right-click opens (Go > Partners
and notes menu), and what the cursor rests on is said in the status bar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

if TYPE_CHECKING:
    from reader.ui.article_pane import ArticlePane
    from reader.ui.main_window import MainWindow

NO_HIGHLIGHT = "No highlight at the text cursor: move it onto one with the arrow keys."
# how long the status bar says what is at the cursor: then the match counts come back,
# as they do at once when the keyboard leaves the article (the text view's accessible
# description keeps the words)
CARET_MS = 10000


class CaretKeys(QObject):
    """Connects the panes' text cursors to the window's actions and status bar."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.said = ""  # the description of the highlight at the cursor last shown
        act = window.actions_
        for pane in (window.pane_a, window.pane_b):
            for action in (act.jump_partner, act.partners_menu):
                pane.browser.addAction(action)  # their shortcuts act in the panes only
            pane.caret.described.connect(self._say)
            pane.caret.focus_changed.connect(lambda pane=pane: self._focus_moved(pane))
        act.jump_partner.triggered.connect(self.jump)
        act.partners_menu.triggered.connect(self.open_menu)
        window.find_bar.closed.connect(self._back_to_text)

    def jump(self) -> bool:
        """Go to the partner of the highlight at the active article's text cursor."""
        pane = self._window.pane(self._window.active_side())
        if pane.caret.jump():
            return True
        self._window.statusBar().showMessage(NO_HIGHLIGHT, 4000)
        return False

    def open_menu(self) -> None:
        """The context menu at the active article's text cursor, as the Menu key opens it."""
        view = self._window.pane(self._window.active_side()).browser
        pos = view.viewport().mapTo(view, view.cursorRect().center())
        event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, pos, view.mapToGlobal(pos))
        QApplication.sendEvent(view, event)

    def _say(self, text: str) -> None:
        """Say what the cursor is on for a while; off any highlight, clear what it said
        (not what another action said since)."""
        if not text:
            self.hush()
            return
        if self._window.is_showing():
            # a pair being put on screen moves the cursor onto its first highlight: said,
            # it took the place of "Aligning…" for the few hundred milliseconds until the
            # show ended and cleared it (the counts came then): a flicker, not the reader's
            return
        self.said = text
        self._window.statusBar().showMessage(text, CARET_MS)

    def _focus_moved(self, pane: ArticlePane) -> None:
        """The keyboard left an article (for a panel, the find bar, a dialog): what its
        cursor is on goes from the status bar, and the match counts come back."""
        if not all(map(isValid, (self._window, pane.browser, pane.preview))):
            return  # the window is being destroyed: its focused text goes with it
        if not (pane.browser.hasFocus() or pane.preview.hasFocus()):
            self.hush()

    def hush(self) -> None:
        """Clear the status bar if it shows what is at the text cursor: a pair just shown
        put the cursor there, the reader did not, and the bar's counts come first."""
        bar = self._window.statusBar()
        if self.said and bar.currentMessage() == self.said:
            bar.clearMessage()
        self.said = ""

    def _back_to_text(self) -> None:
        """Closing the find bar gives the keyboard back to the article searched, its text
        cursor on the last hit."""
        view = self._window.pane(self._window.active_side()).text_view()
        view.setFocus(Qt.FocusReason.OtherFocusReason)
