"""The window's layout as the last run left it (size and place, the panels, the panes'
splitter), put back only where what was saved makes sense: a settings file damaged, cut
short or written by another version must leave the window as on a first start, never a
window of one pixel or the articles one above the other.

Qt's own ``restoreGeometry`` and ``QSplitter.restoreState`` accept a blob cut short, or
the right header followed by garbage, and apply what they read: zeros past its end (a
1x1 window), an orientation or sizes of any value (the panes stacked, a pane of width 0).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QMainWindow, QSplitter

# a restored window smaller than this was not the reader's: no article can be read in it
SMALLEST_WINDOW = (320, 240)


def restore_geometry(window: QMainWindow, saved: QByteArray | None) -> bool:
    """Put ``window`` where ``saved`` says; False (the window as it was) when nothing is
    saved or what is cannot be a window the reader had."""
    if saved is None:
        return False
    size, place = window.size(), window.pos()
    if window.restoreGeometry(saved):
        normal = window.normalGeometry()
        if normal.width() >= SMALLEST_WINDOW[0] and normal.height() >= SMALLEST_WINDOW[1]:
            return True
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(size)
    window.move(place)
    return False


def restore_splitter(splitter: QSplitter, saved: QByteArray | None) -> bool:
    """Give ``splitter``'s widgets the sizes ``saved`` says; False (its own layout kept)
    when nothing is saved, or what is would change its orientation or handles, or leave
    one of its widgets with no room."""
    if saved is None:
        return False
    own = splitter.saveState()
    shape = (splitter.orientation(), splitter.childrenCollapsible(), splitter.handleWidth())
    restored = splitter.restoreState(saved)
    sizes = splitter.sizes()
    now = (splitter.orientation(), splitter.childrenCollapsible(), splitter.handleWidth())
    if restored and now == shape and len(sizes) == splitter.count() and min(sizes) > 0:
        return True
    splitter.setOrientation(shape[0])
    splitter.setChildrenCollapsible(shape[1])
    splitter.setHandleWidth(shape[2])
    splitter.restoreState(own)
    return False
