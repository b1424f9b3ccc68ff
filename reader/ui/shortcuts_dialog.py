"""Help > Keyboard shortcuts (F1): every key of the window and what it does, searchable.

The rows of the menus' actions are read from the menu bar itself, so the list never drifts
from the keys the window has; the keys that belong to a place rather than an action
(arrows in an article, Enter in the find bar, Ctrl+Enter in a note's box) come from
``PLACE_KEYS``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMenuBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reader.ui.screen_reader import clear_button


@dataclass(frozen=True)
class KeyRow:
    where: str  # the menu (File, Edit...) or the place (In an article...)
    what: str  # the action, without its mnemonic
    keys: str  # the shortcuts, as the platform writes them


PLACE_KEYS: tuple[KeyRow, ...] = (
    KeyRow("Anywhere", "Move between the articles, the notice, the find bar, the panel in front and the status bar's correction note button", "Tab, Shift+Tab"),  # noqa: E501
    KeyRow("In an article", "Move the text cursor (with Shift: select text to note or link)", "Arrows, Page Up/Down, Home/End"),  # noqa: E501
    KeyRow("In an article", "Open the context menu at the text cursor", "Menu key"),
    KeyRow("In the find bar", "Next, previous occurrence; the same text in the other article; close the bar", "Enter, Shift+Enter, Alt+Enter, Esc"),  # noqa: E501
    KeyRow("In a note's box", "Move on to the tags; keep the note", "Tab, Ctrl+Enter"),
    KeyRow("In the paste boxes", "Move on; compare the two texts", "Tab, Ctrl+Enter"),
    KeyRow("In a panel's list", "Copy the chosen rows as text", "Ctrl+C"),
    KeyRow("In the Matches or Notes list", "Choose several rows: matches to copy, notes to delete or copy together", "Shift+Up/Down, Ctrl+A, Shift+click, Ctrl+click"),  # noqa: E501
    KeyRow("In the link map (click it)", "Move to another link, brought into view", "Arrows, Page Up/Down, Home/End"),  # noqa: E501
    KeyRow("In the link map", "Select the link, as a click on it does", "Enter, Space"),
    KeyRow("In a panel's filter box", "Clear the filter: every match or note again", "Esc"),
    KeyRow("On a notice", "Close it (Tab to its ✕ first)", "Space"),
    KeyRow("In the status bar", "Go to the correction note its button names (Tab to it first)", "Space"),  # noqa: E501
)  # fmt: skip


def plain(text: str) -> str:
    """A menu text without its mnemonic marks and trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def menu_rows(bar: QMenuBar) -> list[KeyRow]:
    """One row per action with a shortcut, in the menus' order (submenus included)."""
    rows: list[KeyRow] = []

    def walk(menu: QMenu, where: str) -> None:
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, where)
            elif action.shortcuts() and not action.isSeparator():
                keys = ", ".join(
                    k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
                )
                rows.append(KeyRow(where, plain(action.text()), keys))

    for top in bar.actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu, plain(top.text()))
    return rows


class ShortcutsDialog(QDialog):
    """The list of keys, with a search box that filters it as one types."""

    def __init__(self, bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        self.setObjectName("shortcuts_dialog")
        self.rows = [*menu_rows(bar), *PLACE_KEYS]
        self.model = QStandardItemModel(len(self.rows), 3, self)
        self.model.setHorizontalHeaderLabels(["What they do", "Keys", "Where"])
        for r, row in enumerate(self.rows):
            for c, text in enumerate((row.what, row.keys, row.where)):
                item = QStandardItem(text)
                item.setEditable(False)
                self.model.setItem(r, c, item)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)  # any column
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText("Search keys or actions")
        self.search.setAccessibleName("Search keys or actions")
        clear_button(self.search)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName("Keyboard shortcuts")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # wrapped: whole
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.count = QLabel(self)
        self.proxy.rowsInserted.connect(self._count)
        self.proxy.rowsRemoved.connect(self._count)
        self.proxy.modelReset.connect(self._count)
        self.proxy.layoutChanged.connect(self._count)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (self.search, self.table, self.count, buttons):
            layout.addWidget(w)
        self._count()
        self.search.setFocus()
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(72 * em, 36 * self.fontMetrics().height())

    def _count(self) -> None:
        shown = self.proxy.rowCount()
        self.count.setText(
            f"{shown} of {len(self.rows)} keys" if shown != len(self.rows) else f"{shown} keys"
        )

    def visible_rows(self) -> list[KeyRow]:
        """The rows the filter leaves, in their order (tests; screen-reader checks)."""
        return [
            self.rows[self.proxy.mapToSource(self.proxy.index(r, 0)).row()]
            for r in range(self.proxy.rowCount())
        ]


def show_shortcuts(window: QMainWindow) -> ShortcutsDialog:
    """Open the list for ``window`` (one at a time: again brings it to the front)."""
    found = window.findChild(ShortcutsDialog, "shortcuts_dialog")
    if isinstance(found, ShortcutsDialog):
        found.raise_()
        found.activateWindow()
        return found
    dialog = ShortcutsDialog(window.menuBar(), window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
