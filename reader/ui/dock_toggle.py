"""View menu entries for the docks that also bring a dock to the front of its tabs.

Qt's own entry (``QDockWidget.toggleViewAction``) is checked while a dock is open, even
behind another tab, so choosing it for a dock one cannot see closed it, and choosing it
again opened it still behind. Here the check means "on screen": choosing an entry whose
dock is closed or behind another tab shows it in front and gives it the keyboard focus
(the tabs of docked panels take no focus, so this is how the keyboard reaches them);
choosing it while the dock is in front closes it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QWidget

# the View menu's letter for each panel (the menu's other entries take y, l, i, o, r)
MENU_TEXTS = {
    "Matches": "&Matches",
    "Only in one": "O&nly in one",
    "Quotes": "&Quotes",
    "Notes": "No&tes",
}


def menu_text(title: str) -> str:
    """A panel's View menu entry: its title with its letter ("&Matches")."""
    return MENU_TEXTS.get(title, title.replace("&", "&&"))


def dock_toggle(dock: QDockWidget, parent: QWidget) -> QAction:
    """The View menu entry of ``dock``."""
    action = QAction(menu_text(dock.windowTitle()), parent)
    action.setCheckable(True)
    action.setChecked(dock.isVisible())
    action.setStatusTip(f"Show the {dock.windowTitle()} panel in front, or close it")
    dock.visibilityChanged.connect(action.setChecked)
    dock.windowTitleChanged.connect(lambda title: action.setText(menu_text(title)))

    def chosen(checked: bool) -> None:
        if checked:
            bring_forward(dock)
        else:
            dock.close()

    action.triggered.connect(chosen)
    return action


def bring_forward(dock: QDockWidget) -> None:
    """Show ``dock`` in front of its tabs, its list (or its first field) focused."""
    dock.show()
    dock.raise_()
    inner = dock.widget()
    if inner is None:
        return
    views = inner.findChildren(QAbstractItemView)
    target = views[0] if views else inner
    target.setFocus(Qt.FocusReason.OtherFocusReason)
