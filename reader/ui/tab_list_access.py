"""The panels' tab bar as a screen reader gets it: a page tab list named "Panels" whose
tabs are the panels, so Orca or NVDA say "Panels, page tab list, Matches, page tab".

Qt's own interface for a QTabBar (QAccessibleTabBar) reads the bar by its current tab's
name and nothing else: the name and description set on the bar were never read. Qt takes
an accessibility factory installed by the program before its own, so ``install`` gives
the tab bars of main windows (the ones Qt makes for docked panels, children of the
window) an interface of ours: the bar's name and description as set on it (its current
tab's name while it has none, as Qt did), and one child per tab as Qt gives them.

The interfaces are kept by the accessibility cache (which deletes the bar's when the bar
goes); each bar's tab interfaces are held here and dropped from the cache with the bar.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, QPoint, QRect
from PySide6.QtGui import QAccessible, QAccessibleInterface, QWindow
from PySide6.QtWidgets import QAccessibleWidget, QMainWindow, QTabBar

_INSTALLED: list[bool] = []
_TABS: dict[int, dict[int, PanelTab]] = {}  # id(bar) -> its tabs' interfaces by index
_BARS: dict[int, PanelTabList] = {}  # id(bar) -> its interface, held while the bar lives


def tab_name(bar: QTabBar, index: int) -> str:
    """A tab's name as Qt reads it: its accessible name, else its text without "&"."""
    text = bar.tabText(index).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return bar.accessibleTabName(index) or text


class PanelTab(QAccessibleInterface):
    """One tab of a panels' tab bar (a page tab: no object of its own, as in Qt)."""

    def __init__(self, bar: QTabBar, index: int) -> None:
        super().__init__()
        self.bar = bar
        self.index = index

    def isValid(self) -> bool:
        return shiboken6.isValid(self.bar) and self.index < self.bar.count()

    def object(self) -> QObject | None:  # type: ignore[override]
        return None

    def window(self) -> QWindow | None:  # type: ignore[override]
        return self.bar.window().windowHandle() if self.isValid() else None

    def parent(self) -> QAccessibleInterface | None:  # type: ignore[override]
        return QAccessible.queryAccessibleInterface(self.bar) if self.isValid() else None

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def text(self, t: QAccessible.Text) -> str:
        if not self.isValid():
            return ""
        if t == QAccessible.Text.Name:
            return tab_name(self.bar, self.index)
        if t == QAccessible.Text.Description:
            return self.bar.tabToolTip(self.index)
        return ""

    def setText(self, t: QAccessible.Text, text: str) -> None:
        pass

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.PageTab

    def state(self) -> QAccessible.State:
        s = QAccessible.State()
        if not self.isValid():
            s.invalid = True
            return s
        bar = self.bar
        s.selectable = True
        s.focusable = True
        s.selected = self.index == bar.currentIndex()
        s.focused = s.selected and bar.hasFocus()
        s.disabled = not bar.isTabEnabled(self.index)
        s.invisible = not bar.isVisible() or not bar.isTabVisible(self.index)
        s.offscreen = not bar.rect().intersects(bar.tabRect(self.index))
        return s

    def rect(self) -> QRect:
        if not self.isValid():
            return QRect()
        r = self.bar.tabRect(self.index)
        return QRect(self.bar.mapToGlobal(r.topLeft()), r.size())


class PanelTabList(QAccessibleWidget):
    """A panels' tab bar: its own name and description, one child per tab."""

    def __init__(self, bar: QTabBar) -> None:
        super().__init__(bar, QAccessible.Role.PageTabList)
        self.bar = bar

    def text(self, t: QAccessible.Text) -> str:
        if t == QAccessible.Text.Name:
            return self.bar.accessibleName() or tab_name(self.bar, self.bar.currentIndex())
        if t == QAccessible.Text.Description:
            return self.bar.accessibleDescription()
        return super().text(t)

    def childCount(self) -> int:
        return self.bar.count()

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        if not 0 <= index < self.bar.count():
            return None
        tabs = _TABS.setdefault(id(self.bar), {})
        if index not in tabs:
            tabs[index] = PanelTab(self.bar, index)
            QAccessible.registerAccessibleInterface(tabs[index])
        return tabs[index]

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        tabs = _TABS.get(id(self.bar), {})
        return next((i for i, tab in tabs.items() if tab is child), -1)

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        at = self.bar.tabAt(self.bar.mapFromGlobal(QPoint(x, y)))
        return self.child(at) if at >= 0 else None

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        return self.child(self.bar.currentIndex()) if self.bar.hasFocus() else None


def _forget(key: int) -> None:
    """A bar went: its tabs' interfaces leave the cache (Qt deleted the bar's own)."""
    _BARS.pop(key, None)
    for tab in _TABS.pop(key, {}).values():
        if shiboken6.isValid(tab):
            QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(tab))


def _factory(key: str, obj: QObject | None) -> QAccessibleInterface | None:
    if not isinstance(obj, QTabBar) or not isinstance(obj.parent(), QMainWindow):
        return None  # a tab widget's bar, or any other object: Qt's own interface
    iface = PanelTabList(obj)
    bar_key = id(obj)
    _BARS[bar_key] = iface
    obj.destroyed.connect(lambda *_: _forget(bar_key))
    return iface


def install() -> None:
    """Our interface for the panels' tab bars, from now on (once per program: Qt keeps an
    installed factory until it ends)."""
    if not _INSTALLED:
        QAccessible.installFactory(_factory)
        _INSTALLED.append(True)
