"""The panes' context menu with the session's entries: add a note on the selected text or
on the match under the pointer, reject that match, link the selections. From the
keyboard (the Menu key, Shift+F10) it opens at the text cursor, with the same entries.

It wraps the pane's own menu (the partners of the matches under the pointer, from the
public ``PanePointer.partner_menu`` of the pane's pointer, which also finds them with its
offset map) through an event filter on the viewport of the pane's text view, so the pane
itself needs no change.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QUrl
from PySide6.QtGui import QContextMenuEvent, QDesktopServices
from PySide6.QtWidgets import QMenu

from reader.ui.article_pane import ArticlePane
from reader.ui.pane_caret import reader_selection

_URL = re.compile(r"""(?:https?://|www\.)[^\s<>"\u201c\u201d]+""", re.IGNORECASE)


def url_at(text: str, offset: int) -> str | None:
    """The web address in ``text`` that covers ``offset`` (trailing punctuation dropped)."""
    line_start = text.rfind("\n", 0, max(0, offset)) + 1
    line_end = text.find("\n", offset)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    for m in _URL.finditer(line):
        url = m.group().rstrip(".,;:!?)]}'")
        if line_start + m.start() <= offset < line_start + m.start() + len(url):
            return url if url.lower().startswith("http") else f"https://{url}"
    return None


def open_in_browser(url: str) -> bool:
    """Hand ``url`` to the system browser: only ever on the reader's explicit request."""
    return QDesktopServices.openUrl(QUrl(url))


class PaneMenus(QObject):
    """Context menus of two panes with note and correction entries.

    ``add_note(match_id)`` opens the note dialog (None: on the current target),
    ``reject(match_id)`` hides a match, ``link()`` links the two selections, ``copy(match_id)``
    copies a match as text.
    """

    def __init__(
        self,
        panes: tuple[ArticlePane, ArticlePane],
        add_note: Callable[[str | None], object],
        reject: Callable[[str], object],
        link: Callable[[], object],
        parent: QObject | None = None,
        copy: Callable[[str], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.panes = panes
        self._copy = copy
        self._add_note = add_note
        self._reject = reject
        self._link = link
        self.last_menu: QMenu | None = None
        for pane in panes:
            pane.browser.viewport().installEventFilter(self)  # a right-click
            pane.browser.installEventFilter(self)  # the Menu key, Shift+F10: at the cursor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent):
            for pane in self.panes:
                viewport = pane.browser.viewport()
                if watched is viewport:
                    pos = event.pos()
                elif watched is pane.browser:  # from the keyboard, in the browser's frame
                    pos = viewport.mapFrom(pane.browser, event.pos())
                else:
                    continue
                if pane.document() is None:
                    break
                self.menu_for(pane, pos).popup(event.globalPos())
                return True
        return super().eventFilter(watched, event)

    def menu_for(self, pane: ArticlePane, pos: QPoint) -> QMenu:
        """The menu for a right-click at ``pos`` (viewport coordinates) in ``pane``."""
        doc = pane.document()
        offset = pane.pointer.offset_at(pos)  # as the hover and a click read it
        found = pane.pointer.matches_near(offset)  # none without a text
        menu = pane.pointer.partner_menu(found) if found else QMenu(pane)
        if not found:  # a partners menu is named "Partners"
            menu.setAccessibleName(f"Article {pane.side.upper()} menu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if found:
            menu.addSeparator()
        if reader_selection(pane) is not None:
            menu.addAction("Add note on the selected text…", lambda: self._add_note(None))
        if found:
            m = found[0]
            kind = "manual link" if m.manual else f"{m.kind.value} match"
            menu.addAction(f"Add note on this {kind}…", lambda: self._add_note(m.id))
            if self._copy is not None:
                copy = self._copy
                menu.addAction(f"Copy this {kind} with both passages", lambda: copy(m.id))
            drop = "Remove this link made by hand" if m.manual else f"Reject this {kind}"
            menu.addAction(drop, lambda: self._reject(m.id))
        if all(reader_selection(p) is not None for p in self.panes):
            menu.addAction("Link the selections in A and B", self._link)
        url = url_at(doc.text, offset) if doc is not None else None
        if url is not None:
            menu.addSeparator()
            shown = url if len(url) <= 60 else url[:57] + "…"
            menu.addAction(f"Open link in browser: {shown}", lambda: open_in_browser(url))
        self.last_menu = menu
        return menu
