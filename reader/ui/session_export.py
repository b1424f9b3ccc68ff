"""File > Export notes… for the :class:`~reader.ui.session_controller.SessionController`:
the session exported off the GUI thread (:mod:`~reader.ui.exporter`), refused as
``crossread export`` refuses it (nothing annotated when only annotated matches were asked
for, or a file the pair itself is in); each failure is shown through
``window.report_error``."""

from __future__ import annotations

import contextlib
import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from reader.export import FORMATS, NOTHING_ANNOTATED, has_annotated
from reader.model.session import Session
from reader.ui import export_dialog
from reader.ui.exporter import Exporter, ExportJob
from reader.ui.shown_matches import kept_ids

if TYPE_CHECKING:
    from reader.ui.session_controller import SessionController


def taken_by(session: Session, session_path: str | None, path: str) -> str | None:
    """What the file ``path`` holds that an export must not replace (by any path to it,
    a link included): "article A of this pair", "article B of this pair" or "the
    session file of this pair"; None for any other file."""
    al = session.alignment
    for what, held in (
        ("article A of this pair", al.a.path),
        ("article B of this pair", al.b.path),
        ("the session file of this pair", session_path or ""),
    ):
        with contextlib.suppress(OSError, ValueError):  # either missing: not the same file
            if held and os.path.samefile(path, held):
                return what
    return None


class SessionExport(QObject):
    """Export the controller's session; its :class:`~reader.ui.exporter.Exporter` writes
    the exports (and prints) in turn.

    Signals:
        exported(str, str): an export was written (path, format).
    """

    exported = Signal(str, str)

    def __init__(self, controller: SessionController) -> None:
        super().__init__(controller)
        self.controller = controller
        self.exporter = Exporter(self)
        self.exporter.exported.connect(self._exported)
        self.exporter.export_failed.connect(self._export_failed)

    def export_dialog(self) -> bool:
        """Ask for a file, a format, "only annotated" and "only the matches shown", then
        export (Ctrl+E)."""
        if self.controller.session() is None:
            return False
        choice = self.controller.dialogs.ask_export()
        return choice is not None and self.export_to(*choice)

    def export_to(
        self, path: str, fmt: str, only_annotated: bool = False, only_shown: bool = False
    ) -> bool:
        """Export the session to ``path`` in ``fmt``; ``only_shown``: only the matches the
        Matches panel shows now (and those with a note), when it hides some."""
        session = self.controller.session()
        if session is None:
            return False
        if only_annotated and not has_annotated(session):  # as crossread export refuses it
            self._export_failed(f"{NOTHING_ANNOTATED} {export_dialog.ANNOTATED_HINT}")
            return False
        taken = taken_by(session, self.controller.path(), path)
        if taken is not None:  # as crossread export refuses it
            self._export_failed(f"{path} is {taken}; choose another file for the export.")
            return False
        accepts = self.controller.window.dock.proxy.accepts
        keep = kept_ids(session, accepts) if only_shown else None
        # written off the GUI thread (a long pair's PDF takes seconds); exported follows
        self.exporter.start(ExportJob(session, str(path), fmt, only_annotated, keep))
        self.controller.status(f"Exporting {FORMATS.get(fmt, fmt)} to {path}…", 0)
        return True

    def _exported(self, path: str, fmt: str) -> None:
        self.controller.status(f"Exported {FORMATS.get(fmt, fmt)} to {path}.")
        self.exported.emit(path, fmt)

    def _export_failed(self, text: str) -> None:
        self.controller.window.statusBar().clearMessage()  # not "Exporting…" any more
        self.controller.window.report_error("Cannot export notes", text)
