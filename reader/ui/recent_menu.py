"""File > Recent pairs: an entry a pair, newest first, read as the articles' titles (a
pair whose file is gone says so), then "Clear recent pairs". ``reader.ui.opening.PairOpener``
fills it anew when the list changes and when it opens."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from reader.session.pasted import PASTED_MARK
from reader.ui.recent_gone import GONE_MARK, gone_files

NO_RECENT = "No pairs opened yet"  # File > Recent pairs, empty
RECENT_TITLE = 48  # characters of a title in a Recent pairs entry, at most


def recent_label(a: str, b: str, titles: Mapping[str, str]) -> str:
    """A recent pair's menu entry: the articles' titles when known (shortened), else the
    file names; "&" doubled so Qt shows it instead of taking it for a shortcut."""

    def name(path: str) -> str:
        title = titles.get(path)
        if not title:
            return Path(path).name
        if len(title) <= RECENT_TITLE:
            return title
        # a pasted text's label keeps its closing quote and " (pasted)"
        tail = f"”{PASTED_MARK}" if title.endswith(f"”{PASTED_MARK}") else ""
        head = title[: len(title) - len(tail)].rstrip("…")
        return head[: RECENT_TITLE - 1 - len(tail)].rstrip() + "…" + tail

    return f"{name(a)}  ↔  {name(b)}".replace("&", "&&")


def fill_recent_menu(
    menu: QMenu,
    pairs: Sequence[tuple[str, str]],
    open_pair: Callable[[str, str], object],
    clear: QAction,
    titles: Mapping[str, str] | None = None,
    sessions: tuple[Mapping[tuple[str, str], str], Callable[[str], object]] | None = None,
) -> None:
    """One entry per recent pair (newest first), then "Clear recent pairs". A pair whose
    file is gone says so (choosing it offers to forget it: ``open_pair`` is told); two
    pairs of one label tell their folders.

    ``sessions``: the session file last saved or opened for a pair, and what opens one; a
    pair whose session file is there opens it (its notes with it), its name after the
    titles, even when the articles' files are gone (the session holds their text)."""
    menu.clear()
    menu.setToolTipsVisible(True)  # where each pair's files are, which one is gone
    saved, open_session = sessions or ({}, lambda _path: None)
    labels = [recent_label(a, b, titles or {}) for a, b in pairs]
    for (a, b), label in zip(pairs, labels, strict=True):
        if labels.count(label) > 1:  # the same articles opened from two folders
            label += f"  ({Path(a).parent.name or Path(a).parent})"
        session = saved.get((a, b))
        if session is not None and Path(session).is_file():
            action = menu.addAction(f"{label}  · {Path(session).name.replace('&', '&&')}")
            action.setToolTip(f"Open the session with its notes: {session}\n{a}\n{b}")
            action.triggered.connect(lambda _=False, s=session: open_session(s))
        else:
            gone = gone_files(a, b)
            action = menu.addAction(label + (GONE_MARK if gone else ""))
            action.setToolTip(f"{a}\n{b}" + "".join(f"\nNo longer there: {p}" for p in gone))
            action.triggered.connect(lambda _=False, a=a, b=b: open_pair(a, b))
        action.setData([a, b])
    if not pairs:  # a menu of one greyed entry, Clear, said nothing
        menu.addAction(NO_RECENT).setEnabled(False)
    menu.addSeparator()
    menu.addAction(clear)
    clear.setEnabled(bool(pairs))
