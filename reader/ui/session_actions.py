"""The session's actions (notes, corrections, session files, export, settings), with their
shortcuts, and where they go in the window's menus.

Shortcuts avoid the window's own (reader/ui/actions.py): Ctrl+O opens a pair, so Open
session is Ctrl+Shift+O; Ctrl+L toggles synced scrolling, so Link selections is Ctrl+K.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from reader.model import Document, Match
from reader.model.session import Session
from reader.ui.notes_model import elide
from reader.ui.screen_reader import name_menus

SESSION_FILE_FILTER = "Crossread sessions (*.crossread);;All files (*)"
# the actions that act on the session of the pair shown: greyed out while there is none
# (the window's own are reader/ui/actions.py's PAIR_ACTIONS)
SESSION_ACTIONS = ("add_note", "reject", "link", "copy_match", "save", "save_as", "export")


def make_action(parent: QWidget, text: str, shortcuts: Sequence[str], tip: str) -> QAction:
    action = QAction(text, parent)
    if shortcuts:
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
    keys = ", ".join(
        QKeySequence(s).toString(QKeySequence.SequenceFormat.NativeText) for s in shortcuts
    )
    action.setStatusTip(tip)
    action.setToolTip(f"{tip} ({keys})" if keys else tip)
    return action


def insert_after(menu: QMenu | None, after: QAction, action: QAction) -> None:
    """Put ``action`` in ``menu`` just after ``after`` (nothing without a menu)."""
    if menu is None:
        return
    actions = menu.actions()
    at = actions.index(after) + 1
    if at < len(actions):
        menu.insertAction(actions[at], action)
    else:
        menu.addAction(action)


class SessionActions:
    """Every action of the session controller; the controller connects them."""

    def __init__(self, window: QWidget) -> None:
        w = window
        self.add_note = make_action(
            w, "Add &note…", ["Ctrl+N"], "Add a note on the selected match or text"
        )
        self.reject = make_action(
            w,
            "&Reject match",
            ["Delete"],
            "Hide the selected match (it can be restored); a link made by hand is removed",
        )
        self.link = make_action(
            w, "&Link selections", ["Ctrl+K"], "Make the text selected in A and B a manual match"
        )
        self.copy_match = make_action(
            w,
            "&Copy match",
            ["Ctrl+Shift+C"],
            "Copy the current match as text: both passages, their articles, differences, notes",
        )
        self.restore_menu = QMenu("Re&store rejected match", w)
        self.restore_menu.setAccessibleName("Restore rejected match")
        self.restore_all = make_action(w, "Restore &all", [], "Show every rejected match again")
        self.save = make_action(w, "&Save session", ["Ctrl+S"], "Save notes and corrections")
        self.save_as = make_action(
            w, "Save session &as…", ["Ctrl+Shift+S"], "Save the session to a new file"
        )
        self.open_session = make_action(
            w, "Open sess&ion…", ["Ctrl+Shift+O"], "Open a saved .crossread session"
        )
        self.recover = make_action(
            w,
            "Re&cover unsaved notes…",
            [],
            "Open a copy of unsaved notes kept when another pair replaced them",
        )
        self.undo_delete = make_action(
            w,
            "&Undo",
            ["Ctrl+Z"],
            "Undo the last change: a note added, deleted or edited, a match rejected or "
            "restored, a link made by hand",
        )
        self.redo = make_action(
            w,
            "Re&do",
            ["Ctrl+Shift+Z", "Ctrl+Y"],
            "Make again the last change Undo took back",
        )
        self.export = make_action(
            w, "&Export notes…", ["Ctrl+E"], "Export notes and matches (Markdown, HTML, PDF…)"
        )
        self.settings = make_action(
            w, "Se&ttings…", ["Ctrl+,"], "Sentence-model folder and matching method"
        )
        self.restore_menu.setEnabled(False)
        self.recover.setEnabled(False)
        self.undo_delete.setEnabled(False)
        self.redo.setEnabled(False)
        self.file_menu: QMenu | None = None

    def enable_for(self, session: Session | None) -> None:
        """Enable what makes sense for ``session`` (None: no pair open)."""
        for name in SESSION_ACTIONS:
            getattr(self, name).setEnabled(session is not None)
        rejected = bool(session and session.rejected)
        self.restore_menu.setEnabled(rejected)
        self.restore_all.setEnabled(rejected)

    def install(self, bar: QMenuBar) -> QMenu:
        """Put the file actions in the File menu (before Quit) and add an Edit menu after it.

        Returns the Edit menu (the File menu is kept in ``file_menu``). Works on any menu
        bar; a bar without a File menu gets one.
        """
        file_menu = _menu_titled(bar, "File")
        if file_menu is None:
            file_menu = bar.addMenu("&File")
        self.file_menu = file_menu
        quit_at = _last_separator(file_menu)
        for a in (
            None,
            self.open_session,
            self.recover,
            self.save,
            self.save_as,
            None,
            self.export,
        ):
            if a is None:
                sep = QAction(file_menu)
                sep.setSeparator(True)
                a = sep
            if quit_at is not None:
                file_menu.insertAction(quit_at, a)
            else:
                file_menu.addAction(a)
        edit = QMenu("&Edit", bar)
        menus = [a for a in bar.actions() if a.menu() is not None]
        after_file = menus[menus.index(file_menu.menuAction()) + 1] if len(menus) > 1 else None
        if after_file is not None:
            bar.insertMenu(after_file, edit)
        else:
            bar.addMenu(edit)
        edit.addAction(self.add_note)
        edit.addAction(self.undo_delete)
        edit.addAction(self.redo)
        edit.addAction(self.copy_match)
        edit.addSeparator()
        edit.addAction(self.reject)
        edit.addMenu(self.restore_menu)
        edit.addAction(self.link)
        edit.addSeparator()
        edit.addAction(self.settings)
        name_menus(bar)
        return edit

    def fill_restore_menu(
        self,
        rejected: Sequence[Match],
        docs: tuple[Document, Document],
        restore: Callable[[str], None],
    ) -> None:
        """One entry per rejected match (kind, both passages), then "Restore all"."""
        menu = self.restore_menu
        menu.clear()
        a, b = docs
        for m in rejected:
            tag = "manual link" if m.manual else m.kind.value
            label = f"{tag}: {elide(a.slice(m.a), 40)}  ↔  {elide(b.slice(m.b), 40)}"
            action = menu.addAction(label.replace("&", "&&"))
            action.setData(m.id)
            action.triggered.connect(lambda _=False, mid=m.id: restore(mid))
        menu.addSeparator()
        menu.addAction(self.restore_all)
        menu.setEnabled(bool(rejected))
        self.restore_all.setEnabled(bool(rejected))


def _menu_titled(bar: QMenuBar, title: str) -> QMenu | None:
    for action in bar.actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and menu.title().replace("&", "") == title:
            return menu
    return None


def _last_separator(menu: QMenu) -> QAction | None:
    """The separator before the menu's last entry (Quit), or None."""
    actions = menu.actions()
    for action in reversed(actions[:-1]):
        if action.isSeparator():
            return action
    return None
