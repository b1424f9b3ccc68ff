"""A question answered Yes or No, No the default: replacing a file, deleting a kept copy."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def yes_no(parent: QWidget, title: str, text: str) -> bool:
    """Whether the reader answered Yes to ``text`` (No is the default button, so Enter
    leaves things as they are)."""
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(parent, title, text, buttons.Yes | buttons.No, buttons.No)
    return answer == buttons.Yes
