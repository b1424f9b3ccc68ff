"""Opening a session file in the window, for the :class:`SessionController`.

A .crossread file (File > Open session…, a recent one, one dropped on the window, the
command line, a kept copy of unsaved work) is read off the GUI thread
(:func:`read_for_window`, on the controller's ``session_writer``, in turn with the saves),
then shown in place of the session on screen; at start, a crashed run's autosave is
offered and opened the same way.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from reader.errors import SessionError
from reader.session import autosave
from reader.session.kept_copies import keep_autosave
from reader.session.source_files import (
    FoundBeside,
    absolute_path,
    found_beside,
    found_words,
    with_absolute_paths,
)
from reader.session.store import SUFFIX, OpenedSession, read_session
from reader.ui import view_state
from reader.ui.note_marks import note_marks
from reader.ui.notice_bar import pair_key
from reader.ui.session_writer import FileJob

FOUND_MS = 15000  # how long the status bar says an article was found beside the session

if TYPE_CHECKING:  # the controller creates this helper
    from reader.model.session import Session
    from reader.ui.main_window import MainWindow
    from reader.ui.session_controller import SessionController


class SessionOpening:
    """Open a session file and show it; at start, restore a crashed run's autosave."""

    def __init__(self, controller: SessionController) -> None:
        self._ctl = controller

    def start(self, recover: bool = True, then: Callable[[bool], object] | None = None) -> bool:
        """See :meth:`SessionController.start`."""
        ctl = self._ctl
        restoring = False
        found = ctl.autosaver.recoverable() if recover else None
        answer = ctl.dialogs.ask_restore(found) if found is not None else ""
        if found is not None:
            if answer == "restore":
                restoring = True

                def restored() -> None:
                    ctl.autosaver.discard(found)
                    if then is not None:
                        then(True)

                def failed(_text: str) -> None:
                    if then is not None:
                        then(False)

                self.open(found, recovered=True, then=restored, failed=failed, restore=True)
            elif answer == "discard":
                ctl.autosaver.discard(found)
            else:
                self._keep(found)
        ctl.autosaver.start()
        ctl.recovery.update_action()
        if not restoring and then is not None:
            then(False)
        return restoring

    def _keep(self, found: Path) -> None:
        """Keep a crashed run's autosave for later, as a kept copy; say where, or why not
        (then it stays where it is, offered again at the next start)."""
        try:
            where = keep_autosave(found)
        except SessionError as exc:
            self._ctl.status(f"The unsaved notes stay in {found}: {exc.message}")
            return
        self._ctl.status(
            f"The unsaved notes were kept in {where}: File > Recover unsaved notes… opens them."
        )

    def open(
        self,
        path: str | Path,
        recovered: bool = False,
        then: Callable[[], object] | None = None,
        failed: Callable[[str], object] | None = None,
        restore: bool = False,
    ) -> bool:
        """See :meth:`SessionController.open_session`; ``restore``: ``path`` is a crashed
        run's autosave or a kept copy, unsaved work on the session file it names, if any
        (:func:`read_origin`)."""
        ctl = self._ctl
        what = "the unsaved work in" if recovered else "session"
        opening = f"Opening {what} {path}…"

        def read() -> tuple[OpenedSession, OpenedSession | None, tuple[FoundBeside, ...]]:
            opened, found = read_for_window(path, recovered)
            return opened, read_origin(path, opened.session) if restore else None, found

        def done(result: object) -> None:
            assert isinstance(result, tuple)
            opened, origin, found = result
            clear_status(ctl.window, opening)
            self._show(opened, path, recovered, origin)
            if found:  # once: the session names the new place from its next save on
                ctl.status(found_words(found), FOUND_MS)
            if then is not None:
                then()

        def not_opened(text: str) -> None:
            clear_status(ctl.window, opening)
            ctl.recovery.discarded = None  # the session stays: a later copy is kept again
            ctl.window.report_error("Cannot open session", text)
            if failed is not None:
                failed(text)

        ctl.writer.start(FileJob(read, done, not_opened))
        ctl.status(opening, 0)
        return True

    def open_dialog(self) -> bool:
        """File > Open session: the file first, then the question about unsaved changes
        (after a Save, the file opens once the session is saved). True when it opens now."""
        ctl = self._ctl
        path = ctl.dialogs.ask_open_path()
        if path is None:
            return False
        return ctl.may_replace(then=lambda: ctl.open_session(path)) and ctl.open_session(path)

    def open_dropped(self, paths: list[str]) -> bool:
        """Open a dropped .crossread file (after the question about unsaved changes);
        False when the drop is not one session file."""
        if len(paths) == 1 and paths[0].lower().endswith(SUFFIX):
            ctl = self._ctl
            path = paths[0]
            if ctl.may_replace(then=lambda: ctl.open_session(path)):
                ctl.open_session(path)
            return True
        return False

    def show_read(
        self, session: Session, path: str | None, baseline: Session | None = None
    ) -> None:
        """Make ``session``, read from a session file, the controller's and show it with
        its view settings: ``path`` is where it is saved (None: it is not, a kept copy of
        unsaved work or a crashed run's autosave, whose notes and filters are all
        unsaved); ``baseline``: what ``path`` holds, when ``session`` is unsaved work on
        it (a crashed run's autosave restored), so that what differs is unsaved; the pair
        comes from no article files."""
        ctl = self._ctl
        ctl.set_path(path)
        ctl.from_paths = None
        ctl.saved.timer.stop()
        if baseline is not None:
            ctl.saved.begin(baseline, baseline.view)
        elif path is None:
            ctl.saved.begin_unsaved(session)
        else:
            ctl.saved.begin(session, session.view)
        ctl.set_session(session, shown_next=True)
        ctl.shown.show(keep_scroll=False)
        view_state.apply(ctl.window, session.view)
        if path is not None and baseline is None:
            ctl.saved.take_filters_on_screen()
        else:
            ctl.saved.check_filters()

    def _show(
        self,
        opened: OpenedSession,
        path: str | Path,
        recovered: bool,
        origin: OpenedSession | None = None,
    ) -> None:
        """Show the session read from ``path`` (by :func:`read_for_window`); ``origin``:
        the session file a restored autosave is unsaved work on, as its baseline."""
        ctl = self._ctl
        session = opened.session
        if ctl.is_modified():
            ctl.recovery.keep_copy(ctl.session())
        ctl.note_undo.clear()
        saved_in = opened if origin is None else origin
        ctl.saving.damaged_original = (
            absolute_path(saved_in.path) if saved_in.incomplete() else None
        )
        ctl.saving.kept_originals.clear()
        ctl.window.opener.paths = None  # the pair on screen comes from no article files
        if origin is not None:
            self.show_read(session, absolute_path(origin.path), origin.session)
            ctl.status(
                f"Your unsaved work on {Path(origin.path).name} is back: Save writes it there."
            )
        else:
            self.show_read(session, None if recovered else absolute_path(path))
        if session.notes:
            ctl.dock.raise_()
        if recovered:
            ctl.autosaver.changed()
        else:
            # above the articles, whole, until closed: not a passing status; with the
            # button that updates the session from a file changed since
            ctl.updating.say_files_changed(str(path))
        if opened.incomplete():
            ctl.window.report_error(opened.title(), opened.notice())
        ctl.session_opened.emit(str(path))


def read_origin(autosave_file: str | Path, restored: Session) -> OpenedSession | None:
    """The session file a crashed run's autosave or a kept copy (``autosave_file``,
    holding ``restored``) was unsaved work on, read off the GUI thread, with its session
    made the baseline of that work (``autosave.origin_baseline``); None when the autosave
    names none, or the file is gone, cannot be read or now holds another pair: the work
    is then restored as work with no file, as before."""
    origin = autosave.origin_of(autosave_file)
    if origin is None:
        return None
    try:
        opened = read_session(origin)
    except SessionError:
        return None
    baseline = autosave.origin_baseline(opened.session, restored)
    return None if baseline is None else replace(opened, session=baseline)


def read_for_window(
    path: str | Path, recovered: bool
) -> tuple[OpenedSession, tuple[FoundBeside, ...]]:
    """The session in ``path``, read off the GUI thread with what the window would work
    out on it there: its articles' paths made absolute (an older file may name them
    relatively), an article whose file is gone found beside the session by its
    fingerprint (a folder moved with its session and articles: what was found so comes
    second; neither for a kept copy of unsaved work, ``recovered``, opened as it was
    kept) and its note marks (kept by :func:`~reader.ui.note_marks.note_marks` for the
    panes)."""
    opened = read_session(path)
    found: tuple[FoundBeside, ...] = ()
    if not recovered:
        session, found = found_beside(with_absolute_paths(opened.session, path), path)
        opened = replace(opened, session=session)
    for side in ("a", "b"):
        note_marks(opened.session, side)
    gc.freeze()  # see SessionController.thaw
    return opened, found


def say_above_articles(window: MainWindow, text: str, action: QAction | None = None) -> None:
    """Add ``text`` to the notice above the articles once the pair on screen is shown
    (showing it sets the pair's own notice first: different events, languages...), with
    ``action``'s button at its end, if any; said again after each redraw of the pair (a
    correction, a swap), until the reader closes it (``NoticeBar.add_standing``)."""

    def say(*_shown: object) -> None:
        shown = window.alignment()
        pair = None if shown is None else pair_key(shown)
        window.notice_bar.add_standing(text, pair, action)

    if window.is_showing():
        window.alignment_finished.connect(say, Qt.ConnectionType.SingleShotConnection)
    else:
        say()


def clear_status(window: MainWindow, text: str) -> None:
    """Clear the window's status bar if it still shows ``text`` (what was under way)."""
    bar = window.statusBar()
    if bar.currentMessage() == text:
        bar.clearMessage()
