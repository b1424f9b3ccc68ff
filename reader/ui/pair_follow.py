"""What an alignment the window finished does to the
:class:`~reader.ui.session_controller.SessionController`'s session, when it is not a view
of that session the controller asked for (:mod:`reader.ui.session_show`): the sides
swapped, the same two texts matched again (either way round), or another pair
(:func:`reader.session.view.following_session`). Notes, rejections and links made by hand
survive the first two; another pair starts a session of its own, a copy of unsaved work
kept (unless the reader chose Discard for it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.model import Alignment
from reader.session.view import (
    ANOTHER_PAIR,
    REALIGNED,
    SWAPPED,
    following_session,
    visible_alignment,
)
from reader.ui.session_closing import thaw

if TYPE_CHECKING:
    from reader.ui.session_controller import SessionController


def follow_alignment(ctl: SessionController, alignment: Alignment) -> None:
    """Make the session that follows ``alignment`` the controller's, and show its view
    when that is not ``alignment`` itself (rejected matches, links made by hand)."""
    old = ctl.session()
    how, following = following_session(old, alignment)
    if how == SWAPPED:  # the window swapped the sides
        assert old is not None  # a swap or a re-alignment follows a session
        ctl.saved.follow(how, alignment)
        if ctl.from_paths is not None:
            ctl.from_paths = (ctl.from_paths[1], ctl.from_paths[0])
        ctl.set_session(following)
        ctl.notes.follow(old, following)
        return
    if how == ANOTHER_PAIR:
        thaw()
        ctl.note_undo.clear()  # another pair: its notes are not these
        if ctl.is_modified():
            ctl.recovery.keep_copy(old)  # unless the reader chose Discard for it
        ctl.set_path(None)
        ctl.saved.begin_unsaved(following)  # shown with every match
    else:
        ctl.saved.follow(how, alignment)
    ctl.from_paths = ctl.window.paths()
    ctl.set_session(following)
    if how == REALIGNED:
        assert old is not None
        ctl.notes.follow(old, following)
    if visible_alignment(following) is not alignment:
        ctl.shown.show(keep_scroll=False)
