"""The link map in the window, on the seed pair: out of the Tab order, focused by a click,
its arrow keys bringing each link into view, Enter jumping to it as a click does, the
current band following the match chosen elsewhere, and what a screen reader hears (the
link in the status bar's words, or that a pair shares nothing)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from reader.model import Match
from reader.model.session import Session
from reader.ui.control_focus import ring_colour
from reader.ui.link_words import NO_LINK
from reader.ui.linker import MINOR_KINDS
from reader.ui.main_window import MainWindow
from tests.ui import session_fixtures as fx
from tests.ui.palette_fixtures import DARK, palette

ctl, data_folder, opened, pair, win = fx.ctl, fx.data_folder, fx.opened, fx.pair, fx.win
pytestmark = pytest.mark.gui

Key = Qt.Key


def said(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None
    return iface.text(QAccessible.Text.Description)


def drawn(window: MainWindow) -> list[Match]:
    """The links the map draws (claims and quotes the filters let through), in reading
    order of A, as Next match steps through them."""
    return [m for m in window.navigator.matches() if m.kind not in MINOR_KINDS]


@pytest.fixture
def focused_map(opened: Session, win: MainWindow, qtbot: QtBot) -> MainWindow:
    """The seed pair shown, the window active, the map clicked where no band is."""
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    link_map = win.link_map
    empty = next(
        y
        for y in range(link_map.height() - 1, 0, -1)
        if not any(b.a_top - 4 <= y <= b.a_bottom + 4 for b in link_map.bands())
    )
    QTest.mouseClick(link_map, Qt.MouseButton.LeftButton, pos=QPoint(2, empty))
    assert link_map.hasFocus()
    return win


def test_the_map_is_not_a_tab_stop(opened: Session, win: MainWindow, qtbot: QtBot) -> None:
    """The Matches panel is the keyboard's way to the same links: Tab from article A
    goes round the window and back without stopping on the map between the articles."""
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    win.pane_a.browser.setFocus(Qt.FocusReason.TabFocusReason)
    reached: list[QWidget | None] = []
    for _ in range(40):
        focused = QApplication.focusWidget()
        assert focused is not None
        QTest.keyClick(focused, Key.Key_Tab)
        if QApplication.focusWidget() is win.pane_a.browser:
            break
        reached.append(QApplication.focusWidget())
    assert win.pane_b.browser in reached
    assert win.link_map not in reached


def test_the_seed_pair_says_how_many_links_it_draws(opened: Session, win: MainWindow) -> None:
    count = len(drawn(win))
    assert count > 10
    assert win.link_map.links() == [m.id for m in drawn(win)]
    assert said(win.link_map).startswith(f"{count} links joining matches")


def test_down_says_the_first_link_in_view_in_the_status_bars_words(
    focused_map: MainWindow,
) -> None:
    w = focused_map
    QTest.keyClick(w.link_map, Key.Key_Down)
    links = drawn(w)
    m = next(m for m in links if m.id == w.link_map.current())
    first = w.alignment().a.slice(m.a).split()[0]  # type: ignore[union-attr]
    text = said(w.link_map)
    assert text.startswith(f"Link {links.index(m) + 1} of {len(links)}: A “{first}")
    assert f"”, {m.kind.value}, score {m.score:.2f}" in text
    assert "” to B “" in text


def test_the_end_key_brings_the_last_link_into_view_in_both_articles(
    focused_map: MainWindow,
) -> None:
    w = focused_map
    last = drawn(w)[-1]
    assert not w.pane_b.visible_range().overlaps(last.b)  # B's ending is far below
    QTest.keyClick(w.link_map, Key.Key_End)
    assert w.link_map.current() == last.id
    assert w.pane_a.visible_range().overlaps(last.a)
    assert w.pane_b.visible_range().overlaps(last.b)
    assert last.id in {b.match_id for b in w.link_map.bands()}
    assert w.current_match() is None  # in view, not chosen


def test_enter_selects_the_current_link_as_a_click_does(focused_map: MainWindow) -> None:
    w = focused_map
    QTest.keyClick(w.link_map, Key.Key_Down)
    QTest.keyClick(w.link_map, Key.Key_Down)
    mid = w.link_map.current()
    QTest.keyClick(w.link_map, Key.Key_Return)
    m = w.current_match()
    assert m is not None and m.id == mid
    assert w.dock.selected_ids() == [mid]
    assert w.link_map.hasFocus()  # the keyboard stays on the map
    QTest.keyClick(w.link_map, Key.Key_Down)  # and goes on from there
    ids = [x.id for x in drawn(w)]
    assert w.link_map.current() == ids[ids.index(m.id) + 1]


def test_the_current_band_follows_next_match(focused_map: MainWindow) -> None:
    w = focused_map
    w.actions_.next_match.trigger()
    m = w.current_match()
    assert m is not None
    assert w.link_map.current() == m.id
    assert said(w.link_map).startswith(f"Link {[x.id for x in drawn(w)].index(m.id) + 1} of")


def test_the_links_are_those_the_matches_panels_filters_let_through(
    opened: Session, win: MainWindow
) -> None:
    claims = len(drawn(win))
    win.dock.kind_boxes["claim"].setChecked(False)
    assert [m.kind.value for m in drawn(win)] == ["quote"] * len(drawn(win))
    assert win.link_map.links() == [m.id for m in drawn(win)]
    win.dock.kind_boxes["claim"].setChecked(True)
    assert len(win.link_map.links()) == claims


def test_choosing_one_match_after_another_keeps_every_link(
    opened: Session, win: MainWindow
) -> None:
    before = win.link_map.links()
    win.select_match(before[0])
    box = win.dock.kind_boxes["quote"]
    box.setChecked(False)  # the links worked out again, the first chosen
    box.setChecked(True)
    for mid in before[1:3]:
        win.select_match(mid)
    assert win.link_map.links() == before


def test_a_name_chosen_is_a_link_while_it_is_chosen(opened: Session, win: MainWindow) -> None:
    """A name's link is drawn only while its match is chosen (View > Entity and number
    links off): it is listed in its place in reading order, then no more."""
    claims = win.link_map.links()
    order = win.navigator.matches()
    name = next(m for m in order if m.kind in MINOR_KINDS)
    win.select_match(name.id)
    listed = win.link_map.links()
    assert listed == [m.id for m in order if m.id in claims or m is name]
    assert win.link_map.current() == name.id
    win.select_match(claims[0])
    assert win.link_map.links() == claims


def test_all_hidden_says_the_filters_hide_them(opened: Session, win: MainWindow) -> None:
    for box in win.dock.kind_boxes.values():
        box.setChecked(False)
    assert win.link_map.links() == []
    assert said(win.link_map).startswith("No link shown: the Matches panel's filters hide all")


def test_unrelated_articles_say_they_share_no_link(
    win: MainWindow, qtbot: QtBot, seed_a_path: Path, data_dir: Path
) -> None:
    with qtbot.waitSignal(win.alignment_finished, timeout=fx.ALIGN_TIMEOUT):
        win.open_pair(str(seed_a_path), str(data_dir / "ecb" / "1_10ecb.txt"))
    al = win.alignment()
    assert al is not None
    minor = [m for m in al.matches if m.kind in MINOR_KINDS]
    assert len(minor) == len(al.matches)  # a name or a figure at most
    assert win.link_map.links() == []
    text = said(win.link_map)
    assert text == NO_LINK or text.startswith("No link: the two articles share no claim or quote")


@pytest.mark.parametrize("name", ["light", "dark"])
def test_the_focused_map_rendered(focused_map: MainWindow, name: str, tmp_path: Path) -> None:
    """A PNG of the focused map and the articles beside it (looked at while writing
    this: ring, haloed band, the others stepped back), its ring in the 3:1 colour."""
    w = focused_map
    if name == "dark":
        w.setPalette(palette(DARK))
        for pane in (w.pane_a, w.pane_b):
            pane.loading.flush()  # the articles' new theme, applied a slice at a time
    QTest.keyClick(w.link_map, Key.Key_Down)
    QTest.keyClick(w.link_map, Key.Key_Down)
    shot = w.splitter.grab()
    assert shot.save(str(tmp_path / f"focused_{name}.png"))
    image = QImage(str(tmp_path / f"focused_{name}.png"))
    left = w.link_map.mapTo(w.splitter, QPoint(0, w.link_map.height() // 2))
    ratio = shot.devicePixelRatio()
    at = image.pixelColor(round(left.x() * ratio), round(left.y() * ratio))
    assert at == ring_colour(w.link_map.palette())
