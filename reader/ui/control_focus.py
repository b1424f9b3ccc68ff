"""The focus ring round the window's small controls, seen in every palette.

Fusion marks a focused drop-down, slider, check box, button or line edit with a thin
line in the Highlight colour: in a dark palette (#3d7ad6 on #2b2b2b) that is under
WCAG's 3:1 for non-text, and the slider's is two pixels on its handle; an auto-raised
tool button (the notice's ✕, the find bar's arrows) shows no focus at all.
``ControlFocus`` follows the keyboard and draws reader.ui.focus_ring's ring just outside
the focused control, in the Highlight colour moved towards the text colour only as far
as 3:1 against the control's window and button colours takes: a control of a panel, of
the bars above the articles (the notice's buttons, the find bar), or of one of the
window's dialogs (Settings, a note, pasted text...). One overlay per host (the panel;
else the control's own window: the main window or the dialog), made the first time one
of its controls has the keyboard and kept (no code in the controls; the panels' lists
and the articles draw their own ring).

The overlay takes no focus and stays out of the Tab order. Showing it makes Qt lay out
the window at once (a widget shown activates its parents' layouts): a panel change not
yet laid out (one panel closed, the one behind coming to the front) is then laid out in
the middle of a Tab, as the event loop would have done before the next key."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDockWidget,
    QLineEdit,
    QWidget,
)
from shiboken6 import isValid

from reader.ui.focus_ring import FOCUS_RING
from reader.ui.highlights import readable

LINE_CONTRAST = 3.0  # WCAG 2 non-text contrast
CONTROLS = (QComboBox, QAbstractSlider, QAbstractButton, QLineEdit, QAbstractSpinBox)
R = QPalette.ColorRole


def ring_colour(palette: QPalette) -> QColor:
    """The Highlight colour, moved towards WindowText until it reaches 3:1 on both the
    panel (Window) and a control (Button)."""
    return readable(
        palette.color(R.Highlight),
        (palette.color(R.Window), palette.color(R.Button)),
        palette.color(R.WindowText),
        LINE_CONTRAST,
    )


def _up_to(widget: QWidget, top: QWidget) -> list[QWidget]:
    """``widget`` and its parents below ``top``."""
    out: list[QWidget] = []
    parent: QWidget | None = widget
    while parent is not None and parent is not top:
        out.append(parent)
        parent = parent.parentWidget()
    return out


class _Ring(QWidget):
    """A ring painted over its parent (a panel, a window), the mouse passing through it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.colour = QColor()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        pen = QPen(self.colour, FOCUS_RING)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        p.setPen(pen)
        half = FOCUS_RING / 2
        p.drawRect(self.rect().toRectF().adjusted(half, half, -half, -half))
        p.end()


class ControlFocus(QObject):
    """Draws the ring round the focused control of ``window``: in a panel, in the
    window itself or in one of its dialogs."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._control: QWidget | None = None
        self._watched: list[QWidget] = []  # the control and its parents up to its host
        self._rings: dict[QWidget, _Ring] = {}
        self._ring: _Ring | None = None  # the one in use
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._follow)

    def ring(self) -> _Ring | None:
        """The ring on screen, or None when no control of the window has the keyboard."""
        ring = self._ring
        return ring if ring is not None and ring.isVisible() else None

    def _follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        for widget in self._watched:
            if isValid(widget):  # a dialog of a panel (a note's) may be gone with its OK
                widget.removeEventFilter(self)
        self._watched = []
        self._control = None
        host = self._host_of(new)
        ring = self._ring_of(host)
        if self._ring is not None and self._ring is not ring:
            self._ring.hide()
        self._ring = ring
        if new is None or host is None or ring is None:
            return
        self._control = new
        self._watched = _up_to(new, host)  # a row reflowed moves the control too
        for widget in self._watched:
            widget.installEventFilter(self)
        self._place()

    def _ring_of(self, host: QWidget | None) -> _Ring | None:
        """The ring of ``host``, made the first time (a panel or dialog deleted takes its
        own)."""
        if host is None:
            return None
        ring = self._rings.get(host)
        if ring is None:
            ring = self._rings[host] = _Ring(host)
            host.destroyed.connect(lambda: self._forget(host))
        return ring

    def _forget(self, host: QWidget) -> None:
        ring = self._rings.pop(host, None)
        if ring is not None and ring is self._ring:
            self._ring, self._control, self._watched = None, None, []

    def _host_of(self, widget: QWidget | None) -> QWidget | None:
        """What draws the ring of ``widget``, if it is a control of this window to ring:
        the panel holding it, else the window it is in (this one, or a dialog of it; a
        dialog of a panel, a note's, is a window of its own)."""
        if not isinstance(widget, CONTROLS):
            return None
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            return None
        host: QWidget = widget
        while not host.isWindow() and not isinstance(host, QDockWidget):
            parent = host.parentWidget()
            if parent is None:
                return None
            host = parent
        return host if self._mine(host) else None

    def _mine(self, host: QWidget) -> bool:
        parent: QWidget | None = host
        while parent is not None and parent is not self._window:
            parent = parent.parentWidget()
        return parent is self._window

    def _place(self) -> None:
        control, ring = self._control, self._ring
        if control is None or ring is None:
            return
        host = ring.parentWidget()
        assert host is not None
        at = QRect(control.mapTo(host, control.rect().topLeft()), control.size())
        ring.setGeometry(at.adjusted(-FOCUS_RING, -FOCUS_RING, FOCUS_RING, FOCUS_RING))
        ring.colour = ring_colour(control.palette())
        ring.setVisible(control.isVisible())
        ring.raise_()
        ring.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched in self._watched and event.type() in (
            QEvent.Type.Move,
            QEvent.Type.Resize,
            QEvent.Type.Show,
            QEvent.Type.Hide,
            QEvent.Type.PaletteChange,
        ):
            self._place()
        return False
