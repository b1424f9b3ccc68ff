"""Alt+Down and Alt+Up open a drop-down list in the panels, as everywhere else.

They are also Go > Next match and Previous match, shortcuts of the whole window, and Qt
gives a window's shortcut the key before the focused widget unless the widget claims it:
on the Matches panel's Show list, Alt+Down stepped to the next match instead of opening
the list. Here each drop-down list of the window claims those two keys."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QWidget

OPENING_KEYS = (Qt.Key.Key_Down, Qt.Key.Key_Up)


class ComboKeys(QObject):
    """Lets every QComboBox under ``root`` (now) keep Alt+Down and Alt+Up."""

    def __init__(self, root: QWidget) -> None:
        super().__init__(root)
        for combo in root.findChildren(QComboBox):
            combo.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in OPENING_KEYS
            and event.modifiers() == Qt.KeyboardModifier.AltModifier
        ):
            event.accept()  # the key goes to the list, which opens
            return True
        return super().eventFilter(watched, event)
