"""The pair notice (:func:`reader.session.view.view_notice`) of an alignment being shown,
worked out off the GUI thread.

The notice reads which script and language each article is written in letter by letter:
30 ms or more for a long pair, which the GUI thread spent in the turn that finished
showing it. The window starts it with the show and finishes the show once it is there
(the panes take longer to build); a session changed meanwhile has it worked out again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from reader.model import Alignment
from reader.model.session import Session
from reader.session.view import view_notice
from reader.ui.worker import TaskRunner

# the notice worked out for an alignment, with the session it was worked out for
Worked = tuple[Alignment, Session | None, str | None]


class NoticeWork(QObject):
    """Works out the notice of one alignment at a time; ``session()`` is the window's.

    Signals:
        worked_out(): the notice of the alignment last started is there.
    """

    worked_out = Signal()

    def __init__(self, session: Callable[[], Session | None], parent: QObject) -> None:
        super().__init__(parent)
        self._session = session
        self._worked: Worked | None = None
        self._runner = TaskRunner(self)
        self._runner.finished.connect(self._arrived)
        self._runner.errored.connect(lambda _exc: self._arrived(None))
        self._pending: Alignment | None = None

    def start(self, alignment: Alignment) -> None:
        """Work out ``alignment``'s notice, for the session shown now (in the worker)."""
        session = self._session()
        self._worked, self._pending = None, alignment
        self._runner.start(lambda _p, _c: (alignment, session, view_notice(session, alignment)))

    def ready(self, alignment: Alignment) -> bool:
        return self._worked is not None and self._worked[0] is alignment

    def finish(self, alignment: Alignment) -> None:
        """Have ``alignment``'s notice now (on this thread, if it is not there yet)."""
        if not self.ready(alignment):
            self._runner.cancel()
            session = self._session()
            self._worked = (alignment, session, view_notice(session, alignment))
            self._pending = None

    def text(self, alignment: Alignment) -> str | None:
        """``alignment``'s notice (None: none), for the session shown now."""
        self.finish(alignment)
        assert self._worked is not None
        _shown, worked_for, text = self._worked
        session = self._session()
        return text if session is worked_for else view_notice(session, alignment)

    def stop(self) -> None:
        """Drop the notice under way and wait for its thread (closing the window)."""
        self._runner.cancel()
        self._runner.wait()
        self._pending = None

    def _arrived(self, worked: object) -> None:
        """A notice arrived (None: working it out raised; then the GUI thread works it
        out, and the error shows there)."""
        pending = self._pending
        if pending is None:
            return
        if worked is None:
            self.finish(pending)
        elif isinstance(worked, tuple) and worked[0] is pending:
            self._worked, self._pending = worked, None
        else:
            return
        self.worked_out.emit()
