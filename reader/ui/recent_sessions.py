"""Recent pairs remember the session file their notes were saved in: File > Recent pairs
opens that session, notes and corrections with it, rather than the bare articles."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from reader.model.alignment import Alignment
from reader.session.view import same_texts, swapped_texts

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow
    from reader.ui.session_controller import SessionController


def shows_session(ctl: SessionController, saved: str, alignment: Alignment) -> bool:
    """Whether the session saved in ``saved`` is the one on screen and stays there once
    ``alignment`` is shown: the same two texts aligned again, either way round, keep it
    and its notes (:func:`~reader.session.view.following_session`); other texts (a file
    changed since) replace it, and its notes are then offered."""
    path, session = ctl.path(), ctl.session()
    if path is None or session is None:
        return False
    try:
        same_file = Path(path).resolve() == Path(saved).resolve()
    except (OSError, RuntimeError):  # a loop of links
        same_file = path == saved
    return same_file and (same_texts(session, alignment) or swapped_texts(session, alignment))


def follow_sessions(window: MainWindow) -> None:
    """Record each session saved or opened (a kept copy of unsaved work is no session
    file: it is left out) against its pair, and let Recent pairs open it, after the
    question about unsaved changes as File > Open session asks it."""
    ctl = window.session_controller
    opener = window.opener

    def remember(_path: str) -> None:
        path, session = ctl.path(), ctl.session()
        if path is None or session is None:
            return
        a, b = session.alignment.a, session.alignment.b
        if a.path and b.path:
            window.settings.remember_session(a.path, b.path, path, (a.title, b.title))
            opener.rebuild_recent_menu()

    def open_session(path: str) -> None:
        if ctl.may_replace(then=lambda: ctl.open_session(path)):
            ctl.open_session(path)

    ctl.session_saved.connect(remember)
    ctl.session_opened.connect(remember)
    # the session with the notes is open: the notice offering it has done its work
    ctl.session_opened.connect(lambda _path: window.notice_bar.drop_standing(opener.open_notes))
    opener.open_session = open_session
    opener.shows_session = lambda saved, alignment: shows_session(ctl, saved, alignment)
    opener.rebuild_recent_menu()
