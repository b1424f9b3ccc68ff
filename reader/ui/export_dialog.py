"""The export file dialog: the file, a format filter, an "only annotated" box and an
"only the matches the Matches panel shows" box; the question before replacing a file the
dialog did not ask about."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QDialog, QFileDialog, QGridLayout, QWidget

from reader.export import FORMATS, has_annotated
from reader.export.command import SUFFIXES
from reader.model.session import Session
from reader.ui.shown_matches import Accepts, ShownMatches, only_shown_box, shown_matches
from reader.ui.yes_no import yes_no

ONLY_ANNOTATED = "Only annotated passages (matches with notes and notes on text)"
ANNOTATED_HINT = "Add a note (Ctrl+N), or export without “Only annotated passages”."


def only_annotated_box(session: Session | None, parent: QWidget) -> QCheckBox:
    """The export dialog's "only annotated" box: greyed out, saying why, while no match
    or passage of ``session`` has a note (such an export would list nothing)."""
    box = QCheckBox(ONLY_ANNOTATED, parent)
    box.setObjectName("only_annotated")
    if session is None or not has_annotated(session):
        box.setEnabled(False)
        box.setToolTip(
            "No match or passage has a note yet, so an export of only those would be empty.\n"
            "Add a note (Ctrl+N) first."
        )
    return box


def export_filters() -> list[str]:
    """One file-dialog filter per export format, in FORMATS order."""
    return [f"{label} (*.{fmt})" for fmt, label in FORMATS.items()]


def ask_export(
    parent: QWidget, folder: str, session: Session | None, accepts: Accepts
) -> tuple[str, str, bool, bool] | None:
    """The export file dialog with a format filter, an "only annotated" box and an
    "only the matches the Matches panel shows" box: the file, the format and the two
    choices. It opens in ``folder``; the matches shown are those of ``session`` that the
    panel's filter ``accepts``."""
    dialog = QFileDialog(parent, "Export notes", folder)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    filters = export_filters()
    dialog.setNameFilters(filters)
    found = ShownMatches(frozenset(), 0) if session is None else shown_matches(session, accepts)
    only = only_annotated_box(session, dialog)
    shown = only_shown_box(found, dialog)
    layout = dialog.layout()
    if isinstance(layout, QGridLayout):
        for box in (only, shown):
            layout.addWidget(box, layout.rowCount(), 0, 1, -1)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    chosen = dialog.selectedNameFilter()
    fmt = list(FORMATS)[filters.index(chosen)] if chosen in filters else "md"
    path = dialog.selectedFiles()[0]
    suffix = Path(path).suffix.lower()
    if suffix in SUFFIXES:  # a name typed with a known suffix (.htm too) wins
        fmt = SUFFIXES[suffix]
    else:  # no suffix, or one of no format written ("notes.odt", "report.v2")
        path += f".{fmt}"
        # the dialog asked before replacing "notes", not the notes.md it stands for
        if Path(path).exists() and not replace_ok(parent, path):
            return None
    return (
        path,
        fmt,
        only.isChecked() and only.isEnabled(),
        shown.isChecked() and shown.isEnabled(),
    )


def replace_ok(parent: QWidget, path: str) -> bool:
    """Whether to replace the existing file ``path``, asked as the file dialog asks."""
    return yes_no(
        parent, "Export notes", f"{Path(path).name} already exists.\nDo you want to replace it?"
    )
