"""View menu entries for the docks that also bring a dock to the front of its tabs.

Qt's own entry (``QDockWidget.toggleViewAction``) is checked while a dock is open, even
behind another tab, so choosing it for a dock one cannot see closed it, and choosing it
again opened it still behind. Here the check means "on screen": choosing an entry whose
dock is closed or behind another tab shows it in front and gives it the keyboard focus
(the tabs of docked panels take no focus, so this is how the keyboard reaches them);
choosing it while the dock is in front closes it. Each panel's entry has a key (Ctrl+1 to
Ctrl+4, in the menu's order, as the panels' tabs are): the key always shows its panel in
front with the keyboard in its list, never closes it (a panel in front with the keyboard
elsewhere was closed by it; View > Panels, Ctrl+J, closes them).

``PanelsToggle`` is the entry above them (View > Panels, Ctrl+J) that closes every panel
at once, giving the articles the window's height, and opens them again as they were.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDockWidget, QMainWindow, QWidget
from shiboken6 import isValid

from reader.ui.session_actions import make_action

# the View menu's letter for each panel (the menu's other entries take y, l, i, o, r)
MENU_TEXTS = {
    "Matches": "&Matches",
    "Only in one": "O&nly in one",
    "Quotes": "&Quotes",
    "Notes": "No&tes",
}

# each panel's key: Ctrl and its place in the View menu (no menu or Qt standard key has
# Ctrl and a digit but Ctrl+0, Reset zoom)
PANEL_KEYS = {
    "Matches": "Ctrl+1",
    "Only in one": "Ctrl+2",
    "Quotes": "Ctrl+3",
    "Notes": "Ctrl+4",
}


def menu_text(title: str) -> str:
    """A panel's View menu entry: its title with its letter ("&Matches")."""
    return MENU_TEXTS.get(title, title.replace("&", "&&"))


def dock_toggle(dock: QDockWidget, parent: QWidget) -> QAction:
    """The View menu entry of ``dock``, with its key (PANEL_KEYS)."""
    action = QAction(menu_text(dock.windowTitle()), parent)
    action.setCheckable(True)
    action.setChecked(dock.isVisible())
    tip = f"Show the {dock.windowTitle()} panel in front, or close it"
    action.setStatusTip(tip)
    key = PANEL_KEYS.get(dock.windowTitle())
    if key is not None:
        action.setShortcut(QKeySequence(key))
        native = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({native})")
    by_key = KeyWatch(action)
    dock.visibilityChanged.connect(action.setChecked)
    dock.windowTitleChanged.connect(lambda title: action.setText(menu_text(title)))

    def chosen(checked: bool) -> None:
        if by_key.pressed() or checked:  # the key: in front and focused, never closed
            action.setChecked(True)
            bring_forward(dock)
        else:
            dock.close()

    action.triggered.connect(chosen)
    return action


class KeyWatch(QObject):
    """Tells whether an action's last trigger came from its key (not the menu)."""

    def __init__(self, action: QAction) -> None:
        super().__init__(action)
        self._pressed = False
        action.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Shortcut:
            self._pressed = True
        return False

    def pressed(self) -> bool:
        """True once after the key triggered the action."""
        pressed, self._pressed = self._pressed, False
        return pressed


def bring_forward(dock: QDockWidget) -> None:
    """Show ``dock`` in front of its tabs, its list (or its first field) focused."""
    dock.show()
    dock.raise_()
    inner = dock.widget()
    if inner is None:
        return
    # not a combo box's list, a hidden pop-up that takes no focus (the Matches panel's
    # Show box comes before its table)
    views = [v for v in inner.findChildren(QAbstractItemView) if v.isVisibleTo(inner)]
    target = views[0] if views else inner
    target.setFocus(Qt.FocusReason.OtherFocusReason)


class PanelsToggle:
    """View ▸ Panels (Ctrl+J): one step that closes every docked panel, so the articles
    get the window's height (a small window, a large font), and one that opens them
    again as they were, the same tab in front of each group.

    The entry is checked while any docked panel is open; panels floating in windows of
    their own take no room from the articles and are left as they are.
    """

    def __init__(
        self, window: QMainWindow, home: Callable[[], QWidget], keys: Sequence[str] = ("Ctrl+J",)
    ) -> None:
        self._window = window
        self._home = home  # where the keyboard goes when the panel it was in closes
        self._docks: list[QDockWidget] = []
        self._closed: list[QDockWidget] = []  # what the last close closed, in order
        self._front: list[QDockWidget] = []  # of those, the ones in front of their tabs
        self.action = make_action(
            window, "&Panels", keys, "Close the panels below the articles, or open them again"
        )
        self.action.setCheckable(True)
        self.action.triggered.connect(self.set_open)

    def watch(self, dock: QDockWidget) -> None:
        """Count ``dock`` among the panels (the window's docks, as they are added)."""
        self._docks.append(dock)
        dock.visibilityChanged.connect(lambda _shown: self.refresh())
        dock.topLevelChanged.connect(lambda _floating: self.refresh())
        self.refresh()

    def docked(self) -> list[QDockWidget]:
        """The panels docked in the window (not floating)."""
        area = Qt.DockWidgetArea.NoDockWidgetArea
        return [
            d for d in self._docks if not d.isFloating() and self._window.dockWidgetArea(d) != area
        ]

    def is_open(self) -> bool:
        """True while any docked panel is open (shown, or behind another tab)."""
        return any(not d.isHidden() for d in self.docked())

    def refresh(self) -> None:
        if not all(map(isValid, (self._window, self.action, *self._docks))):
            return  # the window is being destroyed: its docks hide one by one
        self.action.setChecked(self.is_open())

    def set_open(self, wanted: bool) -> None:
        """Open the panels (those the last close closed; else every docked one, the first
        in front) or close every docked panel."""
        if wanted == self.is_open():
            self.refresh()
            return
        if wanted:
            self._open()
        else:
            self._close()
        self.refresh()

    def _close(self) -> None:
        shown = [d for d in self.docked() if not d.isHidden()]
        self._front = [d for d in shown if not d.visibleRegion().isEmpty()]
        self._closed = shown
        focus = QApplication.focusWidget()
        lost = focus is not None and any(d.isAncestorOf(focus) for d in shown)
        for dock in shown:
            dock.close()
        if lost:  # the keyboard stays in the window, on the article last read
            self._home().setFocus(Qt.FocusReason.OtherFocusReason)

    def _open(self) -> None:
        again = self._closed or self.docked()
        front = self._front or again[:1]
        for dock in again:
            dock.show()
        for dock in front:
            dock.raise_()
        self._closed, self._front = [], []
