"""The panels' tab bars and their tabs carry what a screen reader reads out, as Qt's own
accessible interface gives it (reader/ui/panel_tabs.py)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleActionInterface
from PySide6.QtWidgets import QApplication, QTabBar, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow
from reader.ui.panel_tabs import NAME, tab_tip

Text = QAccessible.Text


def panel_bars(window: MainWindow) -> list[QTabBar]:
    return [b for b in window.findChildren(QTabBar) if b.isVisible() and b.count() > 1]


def test_the_panels_tab_bar_has_a_name(window: MainWindow) -> None:
    bars = panel_bars(window)
    assert bars and all(b.accessibleName() == NAME for b in bars)


def test_a_tab_bar_made_when_panels_are_docked_together_again_has_a_name(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.quotes_dock.setFloating(True)
    window.only_dock.setFloating(True)
    window.only_dock.setFloating(False)
    window.quotes_dock.setFloating(False)
    window.tabifyDockWidget(window.dock, window.only_dock)
    window.tabifyDockWidget(window.only_dock, window.quotes_dock)
    qtbot.waitUntil(lambda: bool(panel_bars(window)))
    assert all(b.accessibleName() == NAME for b in window.findChildren(QTabBar))


def the_bar(window: MainWindow) -> QTabBar:
    """The panels' one bar, once the window's first layout (at its show) is over."""
    QApplication.processEvents()
    [bar] = panel_bars(window)
    return bar


@dataclass(frozen=True)
class ReadTab:
    """A tab as a screen reader gets it."""

    name: str
    description: str
    help: str
    actions: list[str]


def read_out(bar: QTabBar) -> tuple[str, list[ReadTab]]:
    """What Qt's accessible interface gives a screen reader: the bar's name, and each
    tab's (the bar's other children, its two scroll buttons, left out)."""
    iface = QAccessible.queryAccessibleInterface(bar)
    assert iface is not None and iface.role() == QAccessible.Role.PageTabList
    assert iface.childCount() == bar.count() + 2  # then Qt's scroll buttons, hidden
    buttons = [iface.child(bar.count() + i) for i in range(2)]
    assert all(b.role() == QAccessible.Role.Button and b.state().invisible for b in buttons)
    tabs = []
    for i in range(bar.count()):
        tab = iface.child(i)
        assert tab.role() == QAccessible.Role.PageTab and tab.parent() == iface
        actions = tab.actionInterface()
        tabs.append(
            ReadTab(
                tab.text(Text.Name),
                tab.text(Text.Description),
                tab.text(Text.Help),
                actions.actionNames() if actions is not None else [],
            )
        )
    return iface.text(Text.Name), tabs


def test_a_screen_reader_reads_the_bar_as_the_panels(window: MainWindow) -> None:
    """Qt read the bar by its current tab alone ("Matches page tab list"): the tabs are
    named as panels, say what each holds and its place, and keep their press action."""
    bar = the_bar(window)
    bar.setCurrentIndex(0)
    name, tabs = read_out(bar)
    titles = [bar.tabText(i) for i in range(bar.count())]
    assert titles == ["Matches", "Only in one", "Quotes", "Notes"]
    assert name == "Matches panel"
    assert [t.name for t in tabs] == [f"{title} panel" for title in titles]
    assert (
        tabs[0].description == "Matches: the matches of the two articles, in a table (panel 1 of 4)"
    )
    assert tabs[2].description == "Quotes: the quotations of both articles (panel 3 of 4)"
    assert all(t.help.startswith("The panels docked together: Matches, Only in one,") for t in tabs)
    assert all(QAccessibleActionInterface.pressAction() in t.actions for t in tabs)


def test_the_bar_is_named_for_the_tab_in_front(window: MainWindow) -> None:
    bar = the_bar(window)
    bar.setCurrentIndex(3)
    assert read_out(bar)[0] == "Notes panel"


def test_a_tabs_press_action_brings_its_panel_to_the_front(window: MainWindow) -> None:
    bar = the_bar(window)
    bar.setCurrentIndex(0)
    quotes = QAccessible.queryAccessibleInterface(bar).child(2)
    quotes.actionInterface().doAction(QAccessibleActionInterface.pressAction())
    QApplication.processEvents()
    assert bar.currentIndex() == 2
    assert not window.quotes_dock.visibleRegion().isEmpty()
    assert window.dock.visibleRegion().isEmpty()


def test_the_tabs_are_named_again_when_a_panel_floats_and_comes_back(
    window: MainWindow, qtbot: QtBot
) -> None:
    """Qt inserts and removes the tabs as a panel floats and is docked again (its new
    tab's tooltip reset to its title): the places are told anew."""
    bar = the_bar(window)
    window.only_dock.setFloating(True)
    qtbot.waitUntil(lambda: bar.count() == 3)
    qtbot.waitUntil(lambda: bar.tabToolTip(2).endswith("(panel 3 of 3)"))
    quotes = read_out(bar)[1][1]
    assert quotes.name == "Quotes panel"
    assert quotes.description == "Quotes: the quotations of both articles (panel 2 of 3)"
    assert bar.accessibleDescription() == "Choose a panel: Matches, Quotes or Notes"
    window.only_dock.setFloating(False)
    qtbot.waitUntil(lambda: bar.count() == 4)
    qtbot.waitUntil(lambda: all(bar.tabToolTip(i).endswith("of 4)") for i in range(4)))
    _, tabs = read_out(bar)
    titles = [bar.tabText(i) for i in range(bar.count())]
    assert [t.name for t in tabs] == [f"{title} panel" for title in titles]
    assert [t.description for t in tabs] == [tab_tip(title, i, 4) for i, title in enumerate(titles)]


def test_a_closed_panels_tab_leaves_the_count(window: MainWindow, qtbot: QtBot) -> None:
    bar = the_bar(window)
    window.session_controller.dock.close()
    qtbot.waitUntil(lambda: bar.count() == 3)
    qtbot.waitUntil(lambda: bar.tabToolTip(0).endswith("(panel 1 of 3)"))
    assert "Notes" not in bar.tabWhatsThis(0)


def heard_tabs(bar: QTabBar) -> list[str]:
    """The tabs a screen reader counts ("Quotes panel, tab 3 of 4"): as Orca does, the
    bar's children of a tab's role that are showing."""
    iface = QAccessible.queryAccessibleInterface(bar)
    children = [iface.child(i) for i in range(iface.childCount())]
    tabs = [c for c in children if c.role() == QAccessible.Role.PageTab]
    return [t.text(Text.Name) for t in tabs if not (t.state().invisible or t.state().offscreen)]


def scroll_buttons(bar: QTabBar) -> list[tuple[str, str, bool]]:
    """Qt's scroll buttons as a screen reader gets them: name, description, hidden."""
    iface = QAccessible.queryAccessibleInterface(bar)
    buttons = [iface.child(bar.count() + i) for i in range(2)]
    assert all(b.role() == QAccessible.Role.Button for b in buttons)
    return [
        (b.text(Text.Name), b.text(Text.Description), bool(b.state().invisible)) for b in buttons
    ]


def test_a_screen_reader_hears_four_tabs_the_scroll_buttons_hidden(window: MainWindow) -> None:
    """Qt gives the bar six children for four tabs, its scroll buttons last: buttons,
    hidden while the tabs fit, named for what they scroll (Qt: "Scroll Left")."""
    bar = the_bar(window)
    assert QAccessible.queryAccessibleInterface(bar).childCount() == 6
    assert heard_tabs(bar) == ["Matches panel", "Only in one panel", "Quotes panel", "Notes panel"]
    assert scroll_buttons(bar) == [
        ("Scroll tabs left", "Show the panel tabs hidden on the left", True),
        ("Scroll tabs right", "Show the panel tabs hidden on the right", True),
    ]


def test_a_bar_too_narrow_for_its_tabs_shows_its_scroll_buttons_named(
    window: MainWindow,
) -> None:
    """Shown, the scroll buttons are read as what they are; the tabs are still four."""
    bar = the_bar(window)
    bar.resize(150, bar.height())  # Qt lays the tabs out again at once: two scroll
    assert [b.isVisible() for b in bar.findChildren(QToolButton)] == [True, True]
    assert [(name, hidden) for name, _, hidden in scroll_buttons(bar)] == [
        ("Scroll tabs left", False),
        ("Scroll tabs right", False),
    ]
    assert len(heard_tabs(bar)) == 4


def tab_stops_after(bar: QTabBar) -> list[QWidget]:
    """The widgets Tab goes to after ``bar``, as far as the next tab bar or the window's
    start (hidden and unfocusable ones skipped, as Qt's focus chain does)."""
    stops: list[QWidget] = []
    widget = bar.nextInFocusChain()
    while widget is not bar and widget is not None and len(stops) < 200:
        tabbable = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if tabbable and widget.isVisible() and widget.isEnabled():
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def test_tab_does_not_stop_on_a_narrow_bars_scroll_buttons(window: MainWindow) -> None:
    """Qt gives its scroll buttons Tab focus: on a bar too narrow for its tabs, Tab went
    from the bar to "Scroll tabs left", then "Scroll tabs right"."""
    bar = the_bar(window)
    bar.resize(150, bar.height())
    buttons = bar.findChildren(QToolButton)
    assert all(b.isVisible() for b in buttons)
    assert not set(buttons) & set(tab_stops_after(bar))


def test_tab_still_goes_on_from_the_bar_to_the_panels_controls(window: MainWindow) -> None:
    """Nothing else left the chain: the tabs' bar itself and the Matches table are Tab
    stops."""
    bar = the_bar(window)
    bar.resize(150, bar.height())
    stops = tab_stops_after(bar)
    assert window.dock.table in stops and bool(bar.focusPolicy() & Qt.FocusPolicy.TabFocus)
