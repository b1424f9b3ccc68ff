"""The questions about unsaved work: Save, Discard or Cancel before it goes (with what
Discard would lose), and what to do with a crashed run's autosave."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from reader.model.session import Session
from reader.session.changes import and_list


def unsaved_summary(changes: Sequence[str], session: Session, path: str | None) -> str:
    """What Discard would lose, for the unsaved-changes question: ``changes`` (what changed
    since the session was last saved or opened, or since the pair was opened: "1 note
    added"), the pair, and what stays: the session's file ``path`` as last saved, or
    nothing."""
    a, b = session.alignment.a.display_name, session.alignment.b.display_name
    stays = f"{Path(path).name} keeps what was last saved" if path else "no copy is kept"
    return f"Not saved yet: {and_list(changes)}, on {a} ↔ {b}.\n\nDiscard drops them; {stays}."


def ask_unsaved(parent: QWidget, question: str, detail: str = "") -> str:
    """Unsaved changes about to go (on close, before another pair or session):
    ``question`` with ``detail`` below it; "save", "discard" or "cancel"."""
    buttons = QMessageBox.StandardButton
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Unsaved notes",
        question,
        buttons.Save | buttons.Discard | buttons.Cancel,
        parent,
    )
    box.setInformativeText(detail)
    box.setDefaultButton(buttons.Save)
    box.exec()
    answer = box.standardButton(box.clickedButton())
    box.deleteLater()
    return {buttons.Save: "save", buttons.Discard: "discard"}.get(answer, "cancel")


def ask_restore(parent: QWidget, path: Path) -> str:
    """What to do with a crashed run's autosave: "restore" it now, "keep" it for later
    (File > Recover unsaved notes lists it; also what closing the question does) or
    "discard" it."""
    buttons = QMessageBox.StandardButton
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Restore unsaved work?",
        "Crossread did not quit normally last time. Restore the notes and corrections "
        "it had not saved?",
        buttons.NoButton,
        parent,
    )
    box.setInformativeText(
        "Later keeps them: File > Recover unsaved notes… opens them when you want. "
        f"Discard deletes them.\n\n{path}"
    )
    restore = box.addButton("Restore", QMessageBox.ButtonRole.AcceptRole)
    later = box.addButton("Later", QMessageBox.ButtonRole.RejectRole)
    discard = box.addButton("Discard", QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(restore)
    box.setEscapeButton(later)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    if clicked == restore:
        return "restore"
    return "discard" if clicked == discard else "keep"
