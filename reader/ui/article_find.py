"""Find in the articles: the find bar searches the article the reader works in (the one
last focused or clicked, its text or its preview), says which hit of how many it landed
on, and marks the other hits there; "In B" (or "In A") searches the other article, which
becomes the one the reader works in if the text is there. The keys at the text cursor
act on that article too (``MainWindow.active_side``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from reader.ui.find_bar import around, find_in, hit_count, hits

if TYPE_CHECKING:
    from reader.ui.article_pane import ArticlePane
    from reader.ui.main_window import MainWindow


class ArticleFind(QObject):
    """Runs the window's find bar over its panes; ``side`` is the article searched."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.side = "a"  # the article last focused or clicked
        # the hit last selected: its view and (start, end), Qt positions
        self._hit: tuple[QTextEdit | QPlainTextEdit, int, int] | None = None
        bar = window.find_bar
        bar.find_requested.connect(self._find)
        bar.closed.connect(lambda: self._show_find_hit(None))
        bar.other_requested.connect(self._find_other)

    def watch(self, pane: ArticlePane) -> None:
        """Follow the keyboard's focus and clicks into ``pane``'s text and preview."""
        for view in (pane.browser, pane.preview):
            view.installEventFilter(self)
            view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.MouseButtonPress):
            w = self._window
            for pane in (w.pane_a, w.pane_b):
                views = (pane.browser, pane.preview)
                if watched in (*views, *(v.viewport() for v in views)):
                    self.side = pane.side
                    w.find_bar.set_side(pane.side)
        return super().eventFilter(watched, event)

    def _find(self, text: str, backward: bool) -> None:
        """Find ``text`` in the active article and say which hit of how many, where."""
        pane = self._window.pane(self.side)
        view = pane.text_view()
        if view.document().isEmpty():  # no pair, nor one being read (its preview)
            self._window.find_bar.say("No article open")
            return
        found = find_in(view, text, backward)
        if found:
            cursor = view.textCursor()
            self._hit = (view, cursor.selectionStart(), cursor.selectionEnd())
        else:
            self._drop_hit()
        marked = hits(view, text) if found and view is pane.browser else []  # not a preview
        marked = around(marked, view.textCursor().selectionStart())
        self._show_find_hit(self.side if found else None, marked)
        self._window.find_bar.show_result(found, self.side.upper(), *hit_count(view, text))

    def _drop_hit(self) -> None:
        """A search found nothing: the last hit is no longer selected (as in a browser,
        no old hit stays lit under "Not found"); a selection the reader made since stays."""
        if self._hit is None:
            return
        view, start, end = self._hit
        self._hit = None
        cursor = view.textCursor()
        if (cursor.selectionStart(), cursor.selectionEnd()) == (start, end):
            cursor.clearSelection()
            view.setTextCursor(cursor)

    def _show_find_hit(self, side: str | None, marked: list[tuple[int, int]] | None = None) -> None:
        """The find hit stands out in the article searched (``side``), and every other hit
        (``marked``, Qt positions) is marked there; nothing is in the other article."""
        for pane in (self._window.pane_a, self._window.pane_b):
            pane.browser.show_find_hit(pane.side == side)
            pane.selections.set_find_hits((marked or []) if pane.side == side else [])

    def _find_other(self, text: str) -> None:
        """Find ``text`` in the other article, which becomes the one searched; when it is
        not there, say so and keep searching this one (its hits still marked), so that
        the next Enter does not search an article without a hit."""
        other = "b" if self.side == "a" else "a"
        view = self._window.pane(other).text_view()
        if not view.document().isEmpty() and not hits(view, text):
            self._window.find_bar.show_missing(other.upper())
            return
        self.side = other
        self._find(text, False)
