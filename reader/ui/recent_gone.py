"""A recent pair whose article is no longer where it was (moved, renamed, deleted):
choosing it in File > Recent pairs says which file is gone and offers to forget the pair,
rather than an error about a file the reader did not name."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

GONE_MARK = "  (file missing)"


def gone_files(a: str, b: str) -> list[str]:
    """The files of the pair (``a``, ``b``) that are no longer there."""
    return [p for p in (a, b) if not Path(p).is_file()]


def gone_text(gone: Sequence[str]) -> str:
    """What the question says: which files are gone, where they were."""
    lines = "\n".join(f"{Path(p).name}, in {Path(p).parent}" for p in gone)
    what = (
        "this article is no longer where it was"
        if len(gone) == 1
        else "these articles are no longer where they were"
    )
    return f"The pair cannot open: {what} (moved, renamed or deleted).\n\n{lines}"


def ask_forget(parent: QWidget, gone: Sequence[str], forget: Callable[[], object]) -> QMessageBox:
    """Say the pair cannot open and why; Remove (the default) calls ``forget``, Keep
    leaves the pair among the recent ones. Not blocking: the box is returned."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        "Recent pair not found",
        gone_text(gone),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setInformativeText("Remove it from Recent pairs?")
    remove = box.addButton("&Remove", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("&Keep", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(remove)
    box.setAccessibleName("Recent pair not found")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.buttonClicked.connect(lambda button: forget() if button is remove else None)
    box.open()
    return box
