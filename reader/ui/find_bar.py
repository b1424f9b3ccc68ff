"""Find bar: a small row under the panes to search the active pane (Ctrl+F)."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QToolButton,
    QWidget,
)

from reader.ui.screen_reader import announce, clear_button


class FindBar(QWidget):
    """Search field with next / previous / close.

    Signals:
        find_requested(str, bool): search for the text (bool: backward).
        other_requested(str): search for the text in the other article.
        closed(): the bar was hidden.
    """

    find_requested = Signal(str, bool)
    other_requested = Signal(str)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Find bar")
        self.field = QLineEdit(self)
        self.field.setPlaceholderText("Find in the active article…")
        self.field.setAccessibleName("Find text")
        clear_button(self.field)
        self.field.returnPressed.connect(lambda: self._find(False))
        self.field.installEventFilter(self)  # Shift+Enter, which the field takes as Enter
        self.status = QLabel(self)
        prev_btn = QToolButton(self)
        prev_btn.setText("▲")
        prev_btn.setToolTip("Previous (Shift+Enter)")
        prev_btn.setAccessibleName("Find previous")
        prev_btn.clicked.connect(lambda: self._find(True))
        next_btn = QToolButton(self)
        next_btn.setText("▼")
        next_btn.setToolTip("Next (Enter)")
        next_btn.setAccessibleName("Find next")
        next_btn.clicked.connect(lambda: self._find(False))
        self.other_btn = QToolButton(self)
        self.other_btn.setText("In B")
        self.other_btn.setToolTip("Find the same text in the other article (Alt+Enter)")
        self.other_btn.setAccessibleName("Find in the other article")
        self.other_btn.clicked.connect(self._find_other)
        close_btn = QToolButton(self)
        close_btn.setText("✕")
        close_btn.setToolTip("Close (Esc)")
        close_btn.setAccessibleName("Close find bar")
        close_btn.clicked.connect(self.close_bar)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 2, 4, 2)
        label = QLabel("Find:", self)
        label.setBuddy(self.field)
        row.addWidget(label)
        row.addWidget(self.field, 1)
        row.addWidget(prev_btn)
        row.addWidget(next_btn)
        row.addWidget(self.other_btn)
        row.addWidget(self.status)
        row.addWidget(close_btn)
        self.hide()

    def open_bar(self) -> None:
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def set_side(self, side: str) -> None:
        """The article searched ("A" or "B"): the other one's button names the other."""
        self.other_btn.setText("In B" if side.upper() == "A" else "In A")

    def clear_result(self) -> None:
        """Forget the last result (another pair was opened: its count is stale)."""
        self.status.setText("")

    def show_result(self, found: bool, where: str = "", hit: int = 0, hits: int = 0) -> None:
        """Say where the search landed: "3 of 20 in A", or "Not found in B"."""
        if where:
            self.set_side(where)
        if not found:
            self.show_missing(where)
        elif hits:
            self.say(f"{hit} of {hits}" + (f" in {where}" if where else ""))
        else:
            self.status.setText("")

    def show_missing(self, where: str = "") -> None:
        """Say the text is not in article ``where``: "Not found in B". Alone (the other
        article's button), the article searched stays the one it was."""
        self.say(f"Not found in {where}" if where else "Not found")

    def say(self, text: str) -> None:
        """Show ``text`` beside the field and have a screen reader say it: the keyboard
        stays in the field, where the result would not be read out."""
        self.status.setText(text)
        announce(self.status, text)

    def _find(self, backward: bool) -> None:
        if self.field.text():
            self.find_requested.emit(self.field.text(), backward)

    def _find_other(self) -> None:
        if self.field.text():
            self.other_requested.emit(self.field.text())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Shift+Enter in the field finds backward, Alt+Enter in the other article."""
        if (
            watched is self.field
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            if event.modifiers() & Qt.KeyboardModifier.AltModifier:
                self._find_other()
                return True
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self._find(True)
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self._find(True)
            return
        super().keyPressEvent(event)


# marks a reader types one way and an article prints another: curly quotes and
# apostrophes, primes, guillemets' single forms, dashes
_MARKS = str.maketrans(
    {
        **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u00b4\u0060\u02bc", "'"),
        **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
    }
)
_SOFT = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")  # invisible: not searched


def _fold_char(ch: str) -> str:
    """How one character is compared: no case, no accent, straight quotes."""
    if ch.isascii():
        return ch.lower()
    if ch in _SOFT:
        return ""
    out = []
    for part in unicodedata.normalize("NFKD", ch.translate(_MARKS)):
        if not unicodedata.combining(part):
            out.append(part)
    return "".join(out).casefold()


def fold(text: str) -> tuple[str, list[int]]:
    """``text`` as the find bar compares it (case, accents, quote and dash styles and
    runs of white space, line breaks included, all folded away), and for each of its
    characters the UTF-16 position (what Qt counts) of the character it comes from;
    one past the end last."""
    out: list[str] = []
    where: list[int] = []
    pos = 0
    space = False
    for ch in text:
        width = 2 if ord(ch) > 0xFFFF else 1
        if ch.isspace():
            if not space:
                out.append(" ")
                where.append(pos)
            space = True
        else:
            folded = _fold_char(ch)
            out.append(folded)
            where.extend([pos] * len(folded))
            space = False
        pos += width
    where.append(pos)
    return "".join(out), where


class _Folded:
    """The folded text of the last view searched, kept while its text is unchanged."""

    text: str | None = None
    folded: tuple[str, list[int]] = ("", [0])

    @classmethod
    def of(cls, text: str) -> tuple[str, list[int]]:
        if text != cls.text:
            cls.text, cls.folded = text, fold(text)
        return cls.folded


def hits(browser: QTextEdit | QPlainTextEdit, text: str) -> list[tuple[int, int]]:
    """(start, end) in Qt positions of every hit of ``text`` in ``browser``, whatever
    the case, the accents, the quotation marks' style or the white space between words
    (a phrase found across a line break)."""
    needle = fold(text)[0]
    if needle.strip():
        needle = needle.strip()  # "Kim " finds "Kim" before a line break or at the end
    if not needle:
        return []
    hay, where = _Folded.of(browser.toPlainText())
    out = []
    k = hay.find(needle)
    while k >= 0:
        out.append((where[k], where[k + len(needle)]))
        k = hay.find(needle, k + 1)
    return out


MARKED_HITS = 1000
"""At most this many hits are marked at once, those around the current one: laying a
mark costs about 17 µs, so a search for "e" in a 5 MB article (half a million hits) would
otherwise stop the window for seconds."""


def around(
    found: list[tuple[int, int]], here: int, limit: int | None = None
) -> list[tuple[int, int]]:
    """The ``limit`` (default MARKED_HITS) hits of ``found``, in order, nearest the one
    starting at ``here``."""
    limit = MARKED_HITS if limit is None else limit
    if len(found) <= limit:
        return found
    index = next((i for i, h in enumerate(found) if h[0] >= here), len(found) - 1)
    start = min(max(0, index - limit // 2), len(found) - limit)
    return found[start : start + limit]


def _reveal(browser: QTextEdit | QPlainTextEdit) -> None:
    """Scroll the selection about a third down the view, unless it already lies well
    inside it (not at the very edge)."""
    rect = browser.cursorRect()
    h = browser.viewport().height()
    margin = min(3 * rect.height(), h // 4)
    if margin <= rect.top() and rect.bottom() <= h - margin:
        return
    if isinstance(browser, QPlainTextEdit):  # scrolls by lines
        browser.centerCursor()
        return
    bar = browser.verticalScrollBar()
    bar.setValue(bar.value() + rect.top() - int(h * 0.3))


def find_in(browser: QTextEdit | QPlainTextEdit, text: str, backward: bool = False) -> bool:
    """Select the next (or previous) hit of ``text`` in ``browser`` (a pane's text, or
    its preview; see ``hits``), wrapping around the end, and bring it well into view;
    False when the text is nowhere."""
    found = hits(browser, text)
    if not found:
        return False
    cursor = browser.textCursor()
    start, end = cursor.selectionStart(), cursor.selectionEnd()
    if backward:
        before = [h for h in found if h[0] < start]
        pick = before[-1] if before else found[-1]
    else:
        # the next hit after the selection; with none selected, from the cursor on
        after = [h for h in found if (h[0] > start if end > start else h[0] >= start)]
        pick = after[0] if after else found[0]
    cursor.setPosition(pick[0])
    cursor.setPosition(pick[1], QTextCursor.MoveMode.KeepAnchor)
    browser.setTextCursor(cursor)
    _reveal(browser)
    return True


def hit_count(browser: QTextEdit | QPlainTextEdit, text: str) -> tuple[int, int]:
    """(which hit the selection is, counted from 1; how many hits there are) of ``text``
    in ``browser``, folded as the search folds it."""
    found = hits(browser, text)
    here = browser.textCursor().selectionStart()
    return sum(1 for h in found if h[0] <= here), len(found)
