"""Help > Reading guide: how to read a comparison (reader.guide), with the window's own
keys in it, in a window of its own beside the articles (one at a time)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from reader.guide import GUIDE_KEYS, guide_html


def key_names(actions: Mapping[str, QAction]) -> dict[str, str]:
    """Each guide action's first shortcut as the platform writes it ("Ctrl+N", "F8")."""
    out: dict[str, str] = {}
    for name in GUIDE_KEYS:
        action = actions.get(name)
        if action is not None and not action.shortcut().isEmpty():
            out[name] = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    return out


class GuideDialog(QDialog):
    """The reading guide in a text view that scrolls, with a Close button."""

    def __init__(self, actions: Mapping[str, QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide_dialog")
        self.setWindowTitle("Reading guide")
        self.text = QTextBrowser(self)
        self.text.setAccessibleName("Reading guide")
        self.text.setOpenLinks(False)
        self.text.setHtml(guide_html(key_names(actions)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(620, 640)


def show_guide(parent: QWidget, actions: Mapping[str, QAction]) -> GuideDialog:
    """Open the guide over ``parent`` (again: bring the open one to the front)."""
    found = parent.findChild(GuideDialog, "guide_dialog")
    if isinstance(found, GuideDialog):
        found.raise_()
        found.activateWindow()
        return found
    dialog = GuideDialog(actions, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
