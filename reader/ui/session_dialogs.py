"""The OS dialogs of the session's files, one small ``ask_*`` method each, so tests
replace only those: where to save or open a session, the export file dialog
(:mod:`~reader.ui.export_dialog`) and the questions about unsaved work
(:mod:`~reader.ui.unsaved_questions`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog

from reader.ui import export_dialog, unsaved_questions
from reader.ui.session_actions import SESSION_FILE_FILTER

if TYPE_CHECKING:
    from reader.ui.session_controller import SessionController


class SessionDialogs:
    """The controller's OS dialogs; each starts in the session's folder, else where the
    reader last chose files."""

    def __init__(self, controller: SessionController) -> None:
        self.controller = controller

    def _folder(self) -> str:
        """Where the dialogs start: the session's folder, else where the reader last
        chose files (this run or an earlier one)."""
        path = self.controller.path()
        return str(Path(path).parent) if path else self.controller.window.settings.open_folder()

    def _chosen(self, path: str) -> str | None:
        if path:
            self.controller.window.settings.set_open_folder(path)
        return path or None

    def ask_save_path(self) -> str | None:
        path, _ = QFileDialog.getSaveFileName(
            self.controller.window, "Save session", self._folder(), SESSION_FILE_FILTER
        )
        return self._chosen(path)

    def ask_open_path(self) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            self.controller.window, "Open session", self._folder(), SESSION_FILE_FILTER
        )
        return self._chosen(path)

    def ask_export(self) -> tuple[str, str, bool, bool] | None:
        """The export file dialog (:func:`~reader.ui.export_dialog.ask_export`): the file,
        the format, "only annotated" and "only the matches the Matches panel shows"."""
        window = self.controller.window
        session = self.controller.session()
        return export_dialog.ask_export(window, self._folder(), session, window.dock.proxy.accepts)

    def ask_restore(self, path: Path) -> str:
        """What to do with a crashed run's autosave in ``path``: "restore", "keep" or
        "discard" (:func:`~reader.ui.unsaved_questions.ask_restore`)."""
        return unsaved_questions.ask_restore(self.controller.window, path)

    def ask_unsaved(self, question: str, detail: str = "") -> str:
        """Unsaved changes about to go: "save", "discard" or "cancel"
        (:func:`~reader.ui.unsaved_questions.ask_unsaved`)."""
        return unsaved_questions.ask_unsaved(self.controller.window, question, detail)
