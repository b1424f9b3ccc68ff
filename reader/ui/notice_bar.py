"""Notice bar: one line above the panes telling something about the pair as a whole."""

from __future__ import annotations

from collections.abc import Hashable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStyle,
    QToolButton,
    QWidget,
)


class NoticeBar(QFrame):
    """An information icon, a wrapped sentence and a close button; hidden when empty.

    A notice the reader closed stays closed for its pair: showing the same text for the
    same ``pair`` key again (a re-alignment, a swap) keeps the bar hidden; another text or
    another pair shows it.

    Signals:
        dismissed(): the reader closed the bar.
    """

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice_bar")
        self.setAccessibleName("Notice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        pixmap = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        icon.setPixmap(pixmap.pixmap(size, size))
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip("Hide this notice")
        self.close_button.setAccessibleName("Hide notice")
        self.close_button.clicked.connect(self.dismiss)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 3, 3, 3)
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.label, 1)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self._key: tuple[str, Hashable] | None = None  # the notice shown, with its pair
        self._dismissed: tuple[str, Hashable] | None = None
        self.hide()

    def text(self) -> str:
        """The notice shown ("" when the bar is hidden)."""
        return self.label.text()

    def set_notice(self, text: str | None, pair: Hashable = None) -> None:
        """Show ``text`` about ``pair``; hide the bar for None or a notice the reader closed."""
        key = (text, pair) if text else None
        if not text or key == self._dismissed:
            self._key = None
            self.label.clear()
            self.hide()
            return
        self._key, self._dismissed = key, None
        self.label.setText(text)
        self.setAccessibleDescription(text)
        self.show()

    def dismiss(self) -> None:
        self._dismissed, self._key = self._key, None
        self.label.clear()
        self.hide()
        self.dismissed.emit()
