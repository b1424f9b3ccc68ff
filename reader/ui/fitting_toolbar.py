"""A toolbar that drops buttons' names rather than hide a button behind its » menu."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QActionEvent, QResizeEvent
from PySide6.QtWidgets import QMainWindow, QToolBar, QToolButton

TEXT = Qt.ToolButtonStyle.ToolButtonTextBesideIcon
ICON = Qt.ToolButtonStyle.ToolButtonIconOnly


class FittingToolBar(QToolBar):
    """Buttons show their names beside their icons while every button fits on the bar.
    When not (a large font, a narrow window), buttons show their icons alone, group by
    group in the order given to ``shed_names_in`` (the plainest icons first), then all:
    the names stay in the tooltips and for screen readers, and no button goes into the
    extension menu."""

    def __init__(self, title: str, window: QMainWindow) -> None:
        super().__init__(title, window)
        self.setToolButtonStyle(TEXT)
        self._order: list[list[QAction]] = []
        # measures a button with its name and without, whatever it shows now
        self._probe = QToolButton(self)
        self._probe.setAutoRaise(True)
        self._probe.hide()

    def shed_names_in(self, order: Sequence[Sequence[QAction]]) -> None:
        """Which buttons lose their names first; the others follow together, last."""
        self._order = [list(group) for group in order]
        self._fit()

    def _buttons(self) -> list[tuple[QAction, QToolButton]]:
        return [
            (action, button)
            for action in self.actions()
            if action.isVisible()
            and isinstance(button := self.widgetForAction(action), QToolButton)
        ]

    def _widths(self, action: QAction) -> tuple[int, int]:
        """The width of ``action``'s button with its name, and with its icon alone."""
        probe = self._probe
        probe.setIconSize(self.iconSize())
        probe.setText(action.iconText())
        probe.setIcon(action.icon())
        widths = []
        for style in (TEXT, ICON):
            probe.setToolButtonStyle(style)
            widths.append(probe.sizeHint().width())
        return widths[0], widths[1]

    def _fit(self) -> None:
        layout = self.layout()
        assert layout is not None  # a toolbar always has its own
        # a button in the extension menu is hidden: a change of its size is not reported
        layout.invalidate()
        buttons = self._buttons()
        # separators, the handle and the margins: what is not a button
        rest = self.sizeHint().width() - sum(b.sizeHint().width() for _, b in buttons)
        widths = {action: self._widths(action) for action, _ in buttons}
        iconic: set[QAction] = set()
        if self.orientation() == Qt.Orientation.Horizontal:
            for group in [*self._order, [action for action, _ in buttons]]:
                taken = sum(w[1] if a in iconic else w[0] for a, w in widths.items())
                if rest + taken <= self.width():
                    break
                iconic.update(group)
        for action, button in buttons:
            style = ICON if action in iconic else TEXT
            if button.toolButtonStyle() != style:
                button.setToolButtonStyle(style)
                layout.invalidate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()

    def actionEvent(self, event: QActionEvent) -> None:
        super().actionEvent(event)  # a button added, changed or taken away
        self._fit()
