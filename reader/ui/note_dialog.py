"""The note dialog: a note's text and tags (the presets as check boxes, free tags in a
line edit), under the passages it is on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from reader.model.note import PRESET_TAGS, Note, clean_tags
from reader.model.session import Session
from reader.ui.notes_model import elide, passage_parts

# how much of each side's passage the note dialog quotes, on one line: a news sentence
# whole (the sample pair's longest claim is 372 characters; at 200 its dated claim lost
# "June 18, 2024", the very words a note on it is about), a long selection cut (quoted a
# line a paragraph, a note on a whole article held the dialog taller than the screen)
QUOTED_CHARS = 400


def quoted_passages(session: Session, note: Note) -> str:
    """What the note dialog quotes: "A: …" and/or "B: …", a line each, cut to
    QUOTED_CHARS."""
    return "\n".join(elide(part, QUOTED_CHARS) for part in passage_parts(session, note))


class NoteDialog(QDialog):
    """Edits a note's text and tags; OK needs some text or a tag."""

    def __init__(
        self,
        passage: str,
        text: str = "",
        tags: tuple[str, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Edit note" if text or tags else "Add note")
        self.setObjectName("note_dialog")
        # the panel's font (its zoom: reader.ui.text_zoom), though the dialog is a window
        self.setAttribute(Qt.WidgetAttribute.WA_WindowPropagation)
        layout = QVBoxLayout(self)
        quoted = QLabel(passage)
        quoted.setWordWrap(True)
        quoted.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(quoted)
        self.text_edit = QPlainTextEdit(text)
        self.text_edit.setPlaceholderText("Your note")
        self.text_edit.setAccessibleName("Note text")
        self.text_edit.setTabChangesFocus(True)  # Tab goes on to the tags: no keyboard trap
        layout.addWidget(self.text_edit)
        row = QHBoxLayout()
        row.addWidget(QLabel("Tags:"))
        self.presets: dict[str, QCheckBox] = {}
        for tag in PRESET_TAGS:
            box = QCheckBox(tag)
            box.setChecked(tag in tags)
            box.toggled.connect(self._update_ok)
            self.presets[tag] = box
            row.addWidget(box)
        row.addStretch(1)
        layout.addLayout(row)
        self.free_tags = QLineEdit(", ".join(t for t in tags if t not in PRESET_TAGS))
        self.free_tags.setPlaceholderText("Other tags, separated by commas")
        self.free_tags.setAccessibleName("Other tags")
        layout.addWidget(self.free_tags)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # Enter starts a new line in the note: Ctrl+Enter gives OK from anywhere
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._accept_if_ready)
        layout.addWidget(self.buttons)
        self.text_edit.textChanged.connect(self._update_ok)
        self.free_tags.textChanged.connect(self._update_ok)
        self._update_ok()
        self.resize(520, 300)

    def note_text(self) -> str:
        return self.text_edit.toPlainText().strip()

    def tags(self) -> tuple[str, ...]:
        chosen = [t for t, box in self.presets.items() if box.isChecked()]
        return clean_tags([*chosen, *self.free_tags.text().split(",")])

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.note_text() or self.tags()))
        ok.setToolTip("Keep the note (Ctrl+Enter)")

    def _accept_if_ready(self) -> None:
        if self.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled():
            self.accept()
