"""File > Compare pasted text…: two articles pasted from the clipboard (or typed), kept as
files in the data folder and opened as a pair like any other."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut, QTextDocumentFragment
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from reader.session.pasted import Pasted, pasted_problem
from reader.ui.screen_reader import announce, describe_label

WEB_PAGE = "Pasted from a web page: Crossread keeps the article's main text."


def pasted_parts(data: QMimeData | None) -> tuple[str, str]:
    """The text and the HTML (else "") of what was copied; a page copied as HTML only is
    shown as its text."""
    html = data.html() if data is not None and data.hasHtml() else ""
    text = data.text() if data is not None and data.hasText() else ""
    if html and not text.strip():
        text = QTextDocumentFragment.fromHtml(html).toPlainText()
    return text, html


class _PasteBox(QPlainTextEdit):
    """An article's text box: a web page pasted (Ctrl+V, the context menu, a drop) into
    the empty box, or over all of its text, is taken as the Paste button takes it, its HTML
    kept for the extractor (Ctrl+Z takes it back); anything pasted into text of the
    reader's own is plain text."""

    def __init__(self, parent: QWidget, keep: Callable[[Callable[[], None], str], None]) -> None:
        super().__init__(parent)
        self._keep = keep

    def insertFromMimeData(self, source: QMimeData) -> None:
        cursor = self.textCursor()
        whole = cursor.selectionStart() == 0 and cursor.selectionEnd() == len(self.toPlainText())
        text, html = pasted_parts(source)
        if not (html.strip() and whole):
            super().insertFromMimeData(source)
            return
        plain = QMimeData()
        plain.setText(text)
        self._keep(lambda: super(_PasteBox, self).insertFromMimeData(plain), html)


class _Side:
    """One article's box: its text, and the HTML it was pasted as (until edited)."""

    def __init__(self, letter: str, parent: QDialog, grid: QGridLayout, column: int) -> None:
        self.html = ""
        self._setting = False
        grid.addWidget(QLabel(f"<b>Article {letter}</b>", parent), 0, column)
        self.paste_button = QPushButton("Paste from clipboard", parent)
        self.paste_button.setAccessibleName(f"Paste article {letter} from the clipboard")
        grid.addWidget(self.paste_button, 1, column)
        self.editor = _PasteBox(parent, self._keep)
        self.editor.setPlaceholderText(
            f"Paste or type the text of article {letter}: the headline first, then one "
            "paragraph a line."
        )
        self.editor.setAccessibleName(f"Text of article {letter}")
        self.editor.setTabChangesFocus(True)  # Tab leaves the box: no keyboard trap
        grid.addWidget(self.editor, 2, column)
        self.origin = QLabel("", parent)
        self.origin.setWordWrap(True)
        grid.addWidget(self.origin, 3, column)
        self.paste_button.clicked.connect(self.paste)
        self.editor.textChanged.connect(self._edited)

    def paste(self) -> None:
        """Fill the box from the clipboard; a web page's HTML is kept for the extractor."""
        self.set_text(*pasted_parts(QGuiApplication.clipboard().mimeData()))

    def set_text(self, text: str, html: str = "") -> None:
        self._keep(lambda: self.editor.setPlainText(text), html)

    def _keep(self, put_text: Callable[[], None], html: str) -> None:
        """Put the text in the box with ``put_text``, keeping ``html`` as its source."""
        self._setting = True
        try:
            put_text()
        finally:
            self._setting = False
        self.html = html
        self.origin.setText(WEB_PAGE if html.strip() else "")

    def _edited(self) -> None:
        if not self._setting and self.html:  # the reader changed the text: keep what they see
            self.html = ""
            self.origin.setText("")

    def article(self) -> Pasted:
        return Pasted(self.editor.toPlainText(), self.html)


class PasteDialog(QDialog):
    """Two boxes, A and B; Compare is enabled once both have text.

    Signals:
        compare_requested(object, object): Compare was pressed (Pasted A, Pasted B).
    """

    compare_requested = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Compare pasted text")
        self.setObjectName("paste_dialog")
        grid = QGridLayout(self)
        self.side_a = _Side("A", self, grid, 0)
        self.side_b = _Side("B", self, grid, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.compare_button = self.buttons.addButton(
            "Compare", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self._compare)
        # Enter starts a new line in the boxes: Ctrl+Enter compares from anywhere
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._compare_if_ready)
        self.buttons.rejected.connect(self.reject)
        self.problem = QLabel(self)  # why Compare did not close the box
        self.problem.setWordWrap(True)
        describe_label(self.problem, "Why the texts cannot be compared")
        grid.addWidget(self.problem, 4, 0, 1, 2)
        grid.addWidget(self.buttons, 5, 0, 1, 2)
        for side in (self.side_a, self.side_b):
            side.editor.textChanged.connect(self._update_compare)
        self._update_compare()
        self.side_a.editor.setFocus(Qt.FocusReason.OtherFocusReason)  # ready for Ctrl+V
        self.resize(900, 520)

    def _update_compare(self) -> None:
        ready = not self.side_a.article().is_empty and not self.side_b.article().is_empty
        self.compare_button.setEnabled(ready)
        self.compare_button.setToolTip(
            "Match the two articles (Ctrl+Enter)" if ready else "Paste or type both articles first"
        )

    def _compare_if_ready(self) -> None:
        if self.compare_button.isEnabled():
            self._compare()

    def _compare(self) -> None:
        a, b = self.side_a.article(), self.side_b.article()
        problem = pasted_problem(a, b)
        self.problem.setText(problem or "")
        if problem is not None:  # the box stays open with both texts
            announce(self.problem, problem)  # the keyboard stays on Compare
            return
        self.compare_requested.emit(a, b)
        self.accept()
