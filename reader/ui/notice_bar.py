"""Notice bar: one line above the panes telling something about the pair as a whole."""

from __future__ import annotations

from collections.abc import Hashable

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QIcon, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QToolButton,
    QWidget,
)

from reader.model import Alignment
from reader.ui.icons import LineIconEngine
from reader.ui.notice_colours import notice_colours
from reader.ui.ratio_watch import RatioWatch
from reader.ui.screen_reader import announce


def pair_key(alignment: Alignment) -> Hashable:
    """The key a notice about ``alignment``'s pair is kept by: its two texts, either way
    round (a swap or another matching of them is the same pair)."""
    return frozenset((alignment.a.content_hash, alignment.b.content_hash))


class NoticeBar(QFrame):
    """An information icon, a wrapped sentence and a close button; hidden when empty.

    A notice the reader closed stays closed for its pair: showing the same text for the
    same ``pair`` key again (a re-alignment, a swap) keeps the bar hidden; another text or
    another pair shows it.

    A standing notice (:meth:`add_standing`: a session's article files changed, what an
    update changed) is said after the pair's own, with its button, each time the pair's
    notice is set again (every redraw sets it: a correction, a swap, matching again),
    until the reader closes the bar or another pair is shown.

    Signals:
        dismissed(): the reader closed the bar.
    """

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = QLabel(self)  # drawn again whenever the bar's palette or font changes
        # an action the notice offers ("Update from the article files"), beside it (made
        # first: Tab reaches it before the close button)
        self.action_button = QPushButton(self)
        self.action_button.hide()
        self.close_button = QToolButton(self)
        self._darkened = False  # the tooltip colours set dark by the bar itself
        self.setObjectName("notice_bar")
        self.setAccessibleName("Notice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip("Hide this notice")
        self.close_button.setAccessibleName("Hide notice")
        self.close_button.clicked.connect(self.dismiss)
        self._dark_notice()
        self._follow_palette()
        RatioWatch(self, lambda: self.icon.pixmap().devicePixelRatio(), self._follow_palette)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 3, 3, 3)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.label, 1)
        row.addWidget(self.action_button, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self._key: tuple[str, Hashable] | None = None  # the notice shown, with its pair
        self._dismissed: tuple[str, Hashable] | None = None
        self._action: QAction | None = None
        self._own: tuple[str | None, Hashable] = (None, None)  # the pair's own notice
        self._standing: tuple[Hashable, str, QAction | None] | None = None
        self.action_button.clicked.connect(self._trigger)
        self.hide()

    def _trigger(self) -> None:
        if self._action is not None:
            self._action.trigger()

    def _dark_notice(self) -> None:
        """In a dark palette whose tooltips are light, the bar in a dark yellow
        (``notice_colours``); else in the tooltip colours it inherits."""
        parent = self.parentWidget()
        inherited = parent.palette() if parent is not None else QApplication.palette()
        colours = notice_colours(inherited)
        own = self.palette()
        if colours is None:
            if self._darkened:  # set before, in a dark palette: inherit them again
                self._darkened = False
                self.setPalette(QPalette())
            return
        ground, words = colours
        if (
            own.color(QPalette.ColorRole.ToolTipBase) == ground
            and own.color(QPalette.ColorRole.ToolTipText) == words
        ):
            return
        dark = QPalette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            dark.setColor(group, QPalette.ColorRole.ToolTipBase, ground)
            dark.setColor(group, QPalette.ColorRole.ToolTipText, words)
        self._darkened = True
        self.setPalette(dark)  # only these roles: the rest still follows the window

    def _follow_palette(self) -> None:
        """The sign and the close button in the colours of the bar's words: an "i" in a
        ring as tall as their line (the style's light blue disc was 2.7:1 on the bar's
        pale yellow), and the ✕ (in the button text colour, it vanished on that yellow
        in a dark palette that leaves the notice colours as they are)."""
        palette = self.palette()
        ink = palette.color(QPalette.ColorRole.ToolTipText)
        ground = palette.color(QPalette.ColorRole.ToolTipBase)
        small = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        side = max(small, self.fontMetrics().height())
        sign = QIcon(LineIconEngine("info", ink, ink, ground))
        # at the ratio of the bar's screen (the application's is its densest screen's)
        self.icon.setPixmap(sign.pixmap(QSize(side, side), self.devicePixelRatioF()))
        button = QPalette(palette)
        button.setColor(QPalette.ColorRole.ButtonText, ink)
        button.setColor(QPalette.ColorRole.Button, ground)
        self.close_button.setPalette(button)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._dark_notice()
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._follow_palette()

    def text(self) -> str:
        """The notice shown ("" when the bar is hidden)."""
        return self.label.text()

    def set_notice(self, text: str | None, pair: Hashable = None) -> None:
        """Show ``text`` about ``pair``, and the standing notice of that pair after it;
        hide the bar when there is neither, or for a notice the reader closed."""
        self._own = (text, pair)
        standing = self._standing
        if standing is not None and standing[0] != pair:  # another pair: it was not its
            self._standing = standing = None
        if standing is not None:
            text = f"{text} {standing[1]}" if text else standing[1]
        self._show(text, pair)
        if standing is not None and self._key is not None:
            self.set_action(standing[2])

    def add_standing(self, text: str, pair: Hashable, action: QAction | None = None) -> None:
        """Say ``text`` after the notice of ``pair`` (the pair on screen) whenever it is set,
        with ``action``'s button, until the bar is closed or another pair is shown; it
        replaces the standing notice said before."""
        self._standing = (pair, text, action)
        own, own_pair = self._own
        self.set_notice(own if own_pair == pair else None, pair)

    def drop_standing(self, action: QAction) -> None:
        """No longer say the standing notice offering ``action`` (what it offered is
        done: the session it opens is open); the pair's own notice stays."""
        if self._standing is not None and self._standing[2] is action:
            self._standing = None
            own, pair = self._own
            self.set_notice(own, pair)

    def _show(self, text: str | None, pair: Hashable) -> None:
        """Show ``text`` about ``pair``; hide the bar for None or a notice the reader closed."""
        key = (text, pair) if text else None
        if not text or key == self._dismissed:
            self.set_action(None)
            self._key = None
            self.label.clear()
            self.hide()
            return
        shown = key == self._key and not self.isHidden()
        if not shown:  # another notice: the last one's action is not its own
            self.set_action(None)
        self._key, self._dismissed = key, None
        self.label.setText(text)
        self.setAccessibleDescription(text)
        self.show()
        if not shown:  # it appears where the keyboard is not; said once
            announce(self.label, text)

    def set_action(self, action: QAction | None) -> None:
        """Offer ``action`` with the notice shown, as a button after its words (its
        text, tooltip and enabled state the action's); None: no button."""
        button = self.action_button
        if self._action is not None:
            self._action.changed.disconnect(self._follow_action)
        self._action = action
        if action is None:
            button.hide()
            return
        action.changed.connect(self._follow_action)
        self._follow_action()
        button.show()

    def _follow_action(self) -> None:
        action, button = self._action, self.action_button
        if action is None:
            return
        button.setText(action.text())
        button.setToolTip(action.toolTip())
        button.setEnabled(action.isEnabled())

    def dismiss(self) -> None:
        self._standing = None  # closed: not said again at the next redraw
        self.set_action(None)
        self._dismissed, self._key = self._key, None
        self.label.clear()
        self.hide()
        self.dismissed.emit()
