"""The tab bars Qt makes for the panels docked on one another (Matches, Only in one,
Quotes, Notes), made readable by a screen reader.

Qt's accessible interface for a QTabBar (a page tab list) reads the bar by its current
tab's accessible name and nothing else: a name or description set on the bar is never
read ("Matches page tab list"), and a Python interface of our own lost the tabs' press
action (docs/robustness.md). What Qt does read is each tab's: its accessible name
(``setAccessibleTabName``, which is also the bar's name while it is in front), its
tooltip as its description and its What's This as its help. So each tab is named
"Matches panel" (the bar, read as "Matches panel page tab list", says what it is), its
tooltip says what the panel holds and its place ("Matches: the matches of the two
articles, in a table (panel 1 of 4)"; shown by Qt only on a bar too narrow for its
titles, as the whole title was before), its What's This names
every panel and the keys; the tabs keep Qt's press action. The bar's own name and
description are set too, for tools that read the widget.

The bar's other two children, for a screen reader, are Qt's scroll buttons (its count
is always the tabs and two: ``QAccessibleTabBar::childCount``). They are buttons, not
tabs, and hidden (invisible: neither showing nor visible over AT-SPI) while the tabs
fit, so a reader counting the tabs (Orca counts the showing children of the tab's role)
hears 4 of them. Shown, on a bar too narrow for its tabs, they are named for what they
scroll ("Scroll tabs left"; Qt's "Scroll Left" said not what), their tooltip saying it,
and not reached by Tab (the bar's Left and Right show a hidden tab). Qt's count stays
six: without the scroll buttons (``setUsesScrollButtons(False)``) a narrow bar elides
its titles to a letter or two, and only an interface of our own could leave them out.

Qt makes a bar whenever panels are docked together again (after one was floated) and
inserts, removes and retitles tabs as panels float, close and come back, resetting a
new tab's tooltip to its title: the tabs are named again after every layout of the
window, once Qt has updated its bars."""

from __future__ import annotations

from PySide6.QtCore import QChildEvent, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QMainWindow, QTabBar, QToolButton

NAME = "Panels"
# what each panel holds, by its title (the tab's text)
HOLDS = {
    "Matches": "the matches of the two articles, in a table",
    "Only in one": "the passages only one article reports",
    "Quotes": "the quotations of both articles",
    "Notes": "your notes on the pair",
}
# Qt's scroll buttons, by the object names Qt gives them: name, and what a press does
SCROLL_BUTTONS = {
    "ScrollLeftButton": ("Scroll tabs left", "Show the panel tabs hidden on the left"),
    "ScrollRightButton": ("Scroll tabs right", "Show the panel tabs hidden on the right"),
}
KEYS = "Left and Right bring another to the front; View ▸ Panels (Ctrl+J) closes or opens them all."


def listed(titles: list[str]) -> str:
    """ "Matches, Only in one, Quotes or Notes"."""
    return " or ".join(filter(None, (", ".join(titles[:-1]), titles[-1]))) if titles else ""


def tab_name(title: str) -> str:
    """A tab's accessible name, the bar's too while that tab is in front."""
    return f"{title} panel"


def tab_tip(title: str, index: int, count: int) -> str:
    """A tab's tooltip, read as its description: its title (Qt shows the tooltip only
    for a bar too narrow for its titles, where it used the title alone), what the panel
    holds, and its place."""
    holds = HOLDS.get(title)
    return f"{title}{': ' + holds if holds else ''} (panel {index + 1} of {count})"


def tabs_help(titles: list[str]) -> str:
    """Every tab's What's This, read as its help: the panels there are, and the keys."""
    return f"The panels docked together: {', '.join(titles)}. {KEYS}"


def name_scroll_buttons(bar: QTabBar) -> None:
    """Name Qt's scroll buttons on ``bar`` for what they scroll, their tooltip (read as
    their description) saying what a press does; and keep them out of the Tab key's
    chain (Qt gives them Tab focus): on a bar too narrow for its tabs, Tab stopped on
    each of them after the bar, where Left and Right on the bar already bring a hidden
    tab into view."""
    for button in bar.findChildren(QToolButton, options=Qt.FindChildOption.FindDirectChildrenOnly):
        said = SCROLL_BUTTONS.get(button.objectName())
        if said is None:
            continue
        if (button.accessibleName(), button.toolTip()) != said:
            button.setAccessibleName(said[0])
            button.setToolTip(said[1])
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)


def describe(bar: QTabBar) -> None:
    """Name ``bar``, its tabs and its scroll buttons for what they are now (its tabs'
    titles and order)."""
    name_scroll_buttons(bar)
    titles = [bar.tabText(i) for i in range(bar.count())]
    said = f"Choose a panel: {listed(titles)}" if titles else ""
    if (bar.accessibleName(), bar.accessibleDescription()) != (NAME, said):
        bar.setAccessibleName(NAME)
        bar.setAccessibleDescription(said)
    helps = tabs_help(titles)
    for i, title in enumerate(titles):
        told = (tab_name(title), tab_tip(title, i, len(titles)), helps)
        if (bar.accessibleTabName(i), bar.tabToolTip(i), bar.tabWhatsThis(i)) != told:
            bar.setAccessibleTabName(i, told[0])
            bar.setTabToolTip(i, told[1])
            bar.setTabWhatsThis(i, told[2])


class PanelTabs(QObject):
    """Names every tab bar ``window`` makes for its docked panels, and their tabs, again
    whenever the window's layout may have changed them."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._due = False  # a pass is due after the layout under way (once Qt updated)
        self.describe_all()
        window.installEventFilter(self)

    def describe_all(self) -> None:
        self._due = False
        for bar in self._window.findChildren(QTabBar):
            if bar.parentWidget() is self._window:
                describe(bar)

    def _again(self) -> None:
        """Describe the bars once the window's layout under way is done (one pass for
        the many layout requests of a change)."""
        if not self._due:
            self._due = True
            QTimer.singleShot(0, self, self.describe_all)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ChildPolished and isinstance(event, QChildEvent):
            child = event.child()
            if isinstance(child, QTabBar):
                describe(child)  # named from the start
                self._again()
        elif kind in (QEvent.Type.LayoutRequest, QEvent.Type.Show):
            self._again()  # the first layout, at the window's show, posts no request
        return super().eventFilter(watched, event)
