"""Edit > Settings… for the :class:`~reader.ui.session_controller.SessionController`: the
settings dialog, opened without blocking; on OK its settings apply and, when the model or
the matching method changed, the pair is aligned again. When the sentence model could
not be loaded, the dialog says why, and OK tries it again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from reader.ui.settings_dialog import SettingsDialog, apply_settings, model_problem

if TYPE_CHECKING:
    from reader.ui.session_controller import SessionController


class SettingsOpener(QObject):
    """Opens the settings dialog (one at a time) and applies what it was told.

    Signals:
        applied(bool): the settings were accepted (True: model or method changed).
    """

    applied = Signal(bool)

    def __init__(self, controller: SessionController) -> None:
        super().__init__(controller)
        self.controller = controller
        self.dialog: SettingsDialog | None = None

    def open(self) -> SettingsDialog:
        """Open the settings dialog (non-blocking); on OK apply it and re-align."""
        if self.dialog is not None:
            self.dialog.close()
        dialog = SettingsDialog(
            self.controller.analysis, self.controller.window, load_problem=model_problem()
        )
        retry = dialog.load_problem is not None
        dialog.accepted.connect(lambda: self._accepted(retry))
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None

    def _accepted(self, retry: bool = False) -> None:
        changed = apply_settings(self.controller.analysis, retry=retry)
        if changed:
            self.controller.notices.clear()
            self.controller.realign()
        self.applied.emit(changed)
