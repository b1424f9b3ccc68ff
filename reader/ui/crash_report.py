"""Unexpected errors in the window: written to a log, told to the reader once, notes kept.

Without this, a bug raised in a slot or an event handler is printed on a standard error
nobody sees (PySide6 then goes on), so the reader finds a command that silently did
nothing. :func:`install` hooks ``sys.excepthook`` and ``threading.excepthook``: each
unexpected error is appended to ``errors.log`` in the data folder (with its traceback;
the file is cut to its newer half past ``LOG_LIMIT`` bytes), still printed on standard
error, the session is autosaved at once, and the window says what happened in a dialog
whose details hold the traceback. The same error again (same type, same place) goes to
the status bar only, so a bug in a paint handler cannot pile up dialogs.
"""

from __future__ import annotations

import contextlib
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from reader.model.note import now_iso
from reader.session.autosave import data_dir

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

LOG_NAME = "errors.log"
LOG_LIMIT = 256 * 1024
STATUS_MS = 15000

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def log_path() -> Path:
    return data_dir() / LOG_NAME


def write_log(path: Path, text: str, limit: int = LOG_LIMIT) -> bool:
    """Append ``text`` to the log at ``path``, keeping it under about ``limit`` bytes
    (the older half goes); False when it cannot be written. Never raises: it runs while
    something else has already gone wrong."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8", "replace")
        if path.exists() and path.stat().st_size + len(data) > limit:
            kept = path.read_bytes()[-limit // 2 :]
            cut = kept.find(b"\n== ")  # start at an entry
            path.write_bytes(kept[cut + 1 :] if cut >= 0 else b"")
        with path.open("ab") as fh:
            fh.write(data)
        return True
    except OSError:
        return False


def describe(exc_type: type[BaseException], exc: BaseException) -> str:
    """One line for the reader: the error's type and message."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{exc_type.__name__}: {text}" if text else exc_type.__name__


def origin(tb: TracebackType | None) -> str:
    """Where an error was raised (file and line of its innermost frame): the same bug
    raised again has the same origin."""
    frames = traceback.extract_tb(tb)
    return f"{frames[-1].filename}:{frames[-1].lineno}" if frames else ""


class CrashReporter(QObject):
    """Receives unexpected errors from any thread and tells the reader on the GUI thread.

    ``parent_widget`` is the window the dialog belongs to; ``secure`` saves the reader's
    unsaved work (the autosave) and says whether there was any; ``status`` shows a
    status-bar message.

    Signals:
        occurred(str, str, str, bool): summary, origin and traceback of an unexpected
            error, and whether it was written to the log (emitted from the thread it was
            raised in, handled on the GUI thread).
    """

    occurred = Signal(str, str, str, bool)

    def __init__(
        self,
        parent_widget: QWidget,
        secure: Callable[[], bool],
        status: Callable[[str], None],
        log: Path | None = None,
    ) -> None:
        super().__init__(parent_widget)
        self._widget = parent_widget
        self._secure = secure
        self._status = status
        self.log = log if log is not None else log_path()
        self.seen: set[str] = set()
        self.dialog: QMessageBox | None = None
        self._previous: tuple[object, object] | None = None
        self.occurred.connect(self._tell, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        """Take over ``sys.excepthook`` and ``threading.excepthook`` (until
        :meth:`uninstall`)."""
        if self._previous is None:
            self._previous = (sys.excepthook, threading.excepthook)
            sys.excepthook = self.handle
            threading.excepthook = self._handle_thread

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous  # type: ignore[assignment]
            self._previous = None

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def handle(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        """Log, print and report one unexpected error (any thread)."""
        if issubclass(exc_type, (KeyboardInterrupt, SystemExit)):
            sys.__excepthook__(exc_type, exc, tb)
            return
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        logged = write_log(self.log, f"== {now_iso()}\n{text}\n")
        with contextlib.suppress(Exception):  # a closed stderr must not stop the report
            sys.__excepthook__(exc_type, exc, tb)  # standard error, as before
        self.occurred.emit(describe(exc_type, exc), origin(tb), text, logged)

    def _tell(self, summary: str, where: str, details: str, logged: bool = True) -> None:
        saved = self._secure()
        if where in self.seen or (self.dialog is not None and self.dialog.isVisible()):
            kept = f"details in {self.log}" if logged else "its details could not be logged"
            self._status(f"Unexpected error again: {summary} ({kept})")
            return
        self.seen.add(where)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "Unexpected error",
            "Crossread ran into an error it did not expect, so what you just did may "
            f"not have finished.\n\n{summary}\n\n"
            + (self._logged(saved) if logged else self._not_logged(saved)),
            QMessageBox.StandardButton.Close,
            self._widget,
        )
        box.setObjectName("unexpected_error_box")
        box.setDetailedText(details)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog = box
        box.open()

    def _logged(self, saved: bool) -> str:
        return (
            "Your unsaved notes were autosaved just now; saving the session is safest."
            if saved
            else "Your notes are not affected."
        ) + f" If it happens again, please report it with the details, also written to:\n{self.log}"

    def _not_logged(self, saved: bool) -> str:
        """The log could not be written (the data folder read-only, full, not a folder):
        the autosave, in the same folder, is no safer; the details are in the dialog."""
        return (
            f"Crossread cannot write in its data folder, {self.log.parent}, so the details "
            "could not be kept there"
            + (
                " and your unsaved notes may not be autosaved either: save the session now "
                "(File > Save session)."
                if saved
                else ". Your notes are not affected."
            )
            + " If it happens again, please report it with the details below."
        )


def for_window(window: MainWindow) -> CrashReporter:
    """A reporter for ``window``, installed: it autosaves the window's session when that
    has unsaved changes and tells the reader in its status bar and a dialog."""
    session = window.session_controller

    def secure() -> bool:
        if not session.is_modified():
            return False
        session.autosaver.write_now()
        return True

    reporter = CrashReporter(
        window, secure, lambda text: window.statusBar().showMessage(text, STATUS_MS)
    )
    reporter.install()
    return reporter
