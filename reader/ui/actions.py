"""The window's actions, with their shortcuts, and the menus and toolbar that hold them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from reader.ui.fitting_toolbar import FittingToolBar
from reader.ui.icons import PaletteIcons
from reader.ui.screen_reader import name_menus
from reader.ui.session_actions import make_action


def _action(
    window: QMainWindow, text: str, shortcuts: list[str], tip: str, checkable: bool = False
) -> QAction:
    action = make_action(window, text, shortcuts, tip)
    action.setCheckable(checkable)
    return action


# the actions that act on the pair shown (its articles, its matches): greyed out until
# one is; the session's are in reader/ui/session_actions.py (SESSION_ACTIONS)
PAIR_ACTIONS = (
    "swap",
    "next_match",
    "prev_match",
    "next_discrepancy",
    "prev_discrepancy",
    "jump_partner",
    "partners_menu",
    "find",
)
# those of them that act on the articles' text alone: live too while the articles of a
# pair being opened show, before their matches do (reader/ui/staged_show.py)
TEXT_ACTIONS = ("find",)


class Actions:
    """Every action of the main window; the window connects them."""

    def __init__(self, window: QMainWindow) -> None:
        self.open_pair = _action(window, "&Open pair…", ["Ctrl+O"], "Open two articles")
        self.paste_pair = _action(
            window,
            "Compare &pasted text…",
            ["Ctrl+Shift+V"],
            "Compare two articles pasted from the clipboard",
        )
        self.swap = _action(window, "S&wap sides", ["Ctrl+Shift+X"], "Swap articles A and B")
        self.clear_recent = _action(window, "Clear recent pairs", [], "Forget the recent pairs")
        self.quit = _action(window, "&Quit", ["Ctrl+Q"], "Close Crossread")
        self.next_match = _action(window, "&Next match", ["F8", "Alt+Down"], "Go to next match")
        self.prev_match = _action(
            window, "&Previous match", ["Shift+F8", "Alt+Up"], "Go to previous match"
        )
        self.next_discrepancy = _action(
            window,
            "Next &discrepancy",
            ["Ctrl+F8"],
            "Go to the next match whose passages disagree (a date, a figure, a quotation's words, "
            "a name, a denial)",
        )
        self.prev_discrepancy = _action(
            window,
            "Previous d&iscrepancy",
            ["Ctrl+Shift+F8"],
            "Go to the previous match whose passages disagree",
        )
        # at the text cursor of the article that has the keyboard focus (the panes hold
        # them, so Enter keeps its meaning in the find bar, the tables and the dialogs)
        self.jump_partner = _action(
            window,
            "&Jump to partner",
            ["Return", "Enter"],
            "Go to the partner of the highlight at the text cursor (again: the next partner)",
        )
        self.partners_menu = _action(
            window,
            "Partners and n&otes menu",
            ["Shift+F10"],
            "List the partners of the highlight at the text cursor, with the note entries",
        )
        for a in (self.jump_partner, self.partners_menu):
            a.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.sync = _action(
            window, "S&ynced scrolling", ["Ctrl+L"], "Scroll the panes together", True
        )
        self.sync.setChecked(True)
        self.minor_links = _action(
            window,
            "Entity and number &links",
            ["Ctrl+Shift+L"],
            "Draw link-map lines for entity and number matches too",
            True,
        )
        self.word_marks = _action(
            window,
            "Mark the &words that differ",
            [],
            "In the chosen match, mark the words one article words differently, as a diff tool "
            "does",
            True,
        )
        self.word_marks.setChecked(True)
        self.zoom_in = _action(window, "Zoom &in", ["Ctrl+=", "Ctrl++"], "Larger text")
        self.zoom_out = _action(window, "Zoom &out", ["Ctrl+-"], "Smaller text")
        self.zoom_reset = _action(window, "&Reset zoom", ["Ctrl+0"], "Default text size")
        self.find = _action(window, "&Find…", ["Ctrl+F"], "Find text in the active article")
        self.shortcuts = _action(
            window, "&Keyboard shortcuts", ["F1"], "List every key and what it does, searchable"
        )
        self.guide = _action(
            window, "&Reading guide", [], "How to read a comparison: highlights, panels, notes"
        )
        self.sample_pair = _action(
            window,
            "Open the &sample pair",
            [],
            "Open the example Crossread comes with: two reports of the June 2024 Putin–Kim treaty",
        )
        self.about = _action(window, "&About Crossread", [], "About Crossread")
        # in the window's text colour, again when its palette changes (reader/ui/icons.py)
        self.icons = PaletteIcons(
            window,
            {
                self.open_pair: "open",
                self.swap: "swap",
                self.prev_match: "previous",
                self.next_match: "next",
                self.sync: "link",
                self.find: "find",
            },
        )
        self.recent_menu = QMenu("&Recent pairs", window)
        self.view_menu = QMenu("&View", window)
        self.recent_menu.setAccessibleName("Recent pairs")

    def enable_for_pair(self, shown: bool, text_shown: bool | None = None) -> None:
        """The actions of PAIR_ACTIONS act on a pair: without one they are greyed out,
        not buttons and keys that do nothing; those of TEXT_ACTIONS follow
        ``text_shown`` (by default ``shown``): the articles' text on screen."""
        text = shown if text_shown is None else text_shown
        for name in PAIR_ACTIONS:
            getattr(self, name).setEnabled(text if name in TEXT_ACTIONS else shown)

    def build_menus(self, window: QMainWindow, extra_view: list[QAction]) -> None:
        bar = window.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addAction(self.open_pair)
        file_menu.addAction(self.paste_pair)
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(self.swap)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        view = self.view_menu = bar.addMenu("&View")
        view.addAction(self.sync)
        view.addAction(self.minor_links)
        view.addAction(self.word_marks)
        view.addSeparator()
        for a in (self.zoom_in, self.zoom_out, self.zoom_reset):
            view.addAction(a)
        view.addSeparator()
        for a in extra_view:
            view.addAction(a)
        nav = bar.addMenu("&Go")
        nav.addAction(self.next_match)
        nav.addAction(self.prev_match)
        nav.addAction(self.next_discrepancy)
        nav.addAction(self.prev_discrepancy)
        nav.addSeparator()
        nav.addAction(self.jump_partner)
        nav.addAction(self.partners_menu)
        nav.addSeparator()
        nav.addAction(self.find)
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self.guide)
        help_menu.addAction(self.sample_pair)
        help_menu.addAction(self.shortcuts)
        help_menu.addAction(self.about)
        name_menus(bar)

    def build_toolbar(self, window: QMainWindow) -> FittingToolBar:
        # names beside the icons while they all fit, icons alone when not
        bar = FittingToolBar("Main toolbar", window)
        bar.setObjectName("main_toolbar")
        bar.setAccessibleName("Main toolbar")
        for a in (
            self.open_pair,
            self.swap,
            None,
            self.prev_match,
            self.next_match,
            None,
            self.sync,
            self.find,
        ):
            if a is None:
                bar.addSeparator()
            else:
                bar.addAction(a)
        # the plainest pictures lose their names first (Synced scrolling's chain link last)
        bar.shed_names_in(
            [[self.find], [self.open_pair], [self.prev_match, self.next_match], [self.swap]]
        )
        window.addToolBar(bar)
        return bar
