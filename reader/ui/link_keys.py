"""The link map's keys, and its ties to the window.

Up/Down step the current band to the next or previous link in reading order, PgUp/PgDn
by the links in view, Home/End to the first or last, as in a list: no wrapping (the
Next match key, F8, wraps and says so). With no current band, Down starts from the
first link in view and Up from the last, where the reader is. A band the keyboard moves
to is brought into view in both articles, as a list scrolls to its current row, but not
selected: Enter or Space selects it and jumps to it as a click does.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from reader.ui.link_words import link_said
from reader.ui.tooltips import describe_match

if TYPE_CHECKING:  # main_window imports this module's user, link_map
    from reader.ui.main_window import MainWindow

FIRST, LAST = "first", "last"
PAGE_DOWN, PAGE_UP = "page down", "page up"
Step = int | str
STEPS: dict[Qt.Key, Step] = {
    Qt.Key.Key_Down: 1,
    Qt.Key.Key_Up: -1,
    Qt.Key.Key_PageDown: PAGE_DOWN,
    Qt.Key.Key_PageUp: PAGE_UP,
    Qt.Key.Key_Home: FIRST,
    Qt.Key.Key_End: LAST,
}
CHOOSE_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space})


def key_step(key: int) -> Step | None:
    """The step a key (``QKeyEvent.key()``) makes through the links, or None."""
    return STEPS.get(Qt.Key(key)) if key in STEPS else None


def step_to(
    links: Sequence[str], current: str | None, step: Step, page: int, in_view: Sequence[str]
) -> str:
    """The link ``step`` goes to among ``links`` (not empty, reading order) from
    ``current`` (None, or one no longer listed: from the links ``in_view``); ``page``:
    how far PgUp and PgDn go."""
    last = len(links) - 1
    if step == FIRST:
        return links[0]
    if step == LAST:
        return links[last]
    forward = step in (1, PAGE_DOWN)
    by = page if step in (PAGE_DOWN, PAGE_UP) else 1
    if current not in links:  # start where the reader is
        seen = [links.index(m) for m in in_view if m in links]
        if not seen:
            return links[0 if forward else last]
        return links[min(seen) if forward else max(seen)]
    at = links.index(current)
    return links[min(at + by, last) if forward else max(at - by, 0)]


def wire_link_map(window: MainWindow) -> None:
    """A band clicked (or chosen with Enter) selects its match; one the keyboard moves
    to comes into view; tooltips and screen readers get the match in words."""
    link_map = window.link_map
    link_map.band_clicked.connect(lambda mid: window.select_match(mid))
    link_map.current_moved.connect(lambda mid: bring_into_view(window, mid))
    link_map.set_describer(lambda mid: describe_match(window.alignment(), mid))

    def speak(mid: str) -> str:
        al = window.alignment()
        m = al.match_by_id(mid) if al is not None else None
        if al is None or m is None:
            return mid
        return link_said(m, al, window.dock.model.differs(mid))

    link_map.set_speaker(speak)
    proxy = window.dock.proxy  # its rows are the matches the filters let through
    for changed in (proxy.modelReset, proxy.rowsInserted, proxy.rowsRemoved):
        changed.connect(window.linker.forget_links)


def bring_into_view(window: MainWindow, match_id: str) -> None:
    """Scroll each article to show its passage of ``match_id`` (if not in view), neither
    selected nor flashed, the panes left where they are put until the reader scrolls."""
    al = window.alignment()
    m = al.match_by_id(match_id) if al is not None else None
    if m is None or window.linker.frozen:
        return
    with window.linker.hold():
        window.pane_a.ensure_visible(m.a)
        window.pane_b.ensure_visible(m.b)
    window.linker.update_bands()
