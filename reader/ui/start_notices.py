"""What Crossread says once at start about where it keeps things, after the first pair
is shown (said before, "Aligning…" would take the status bar at once): settings it
cannot write, a data folder where the autosave cannot go. The window works on either
way, but the reader would otherwise find the layout and recent pairs forgotten at the
next start, or no autosave after a crash, with no word why."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

SAY_MS = 20000


def unsaved_text(path: str) -> str:
    return (
        f"Crossread cannot save its settings in {path}: the layout, zoom and recent "
        "pairs will be forgotten when it closes."
    )


def say_when_free(window: MainWindow, text: str) -> None:
    """Say ``text`` in ``window``'s status bar once a pair is on screen (now, if one is)
    and the bar is free: a notice about the pair, shown then, keeps its time."""
    bar = window.statusBar()
    state = {"shown": window.alignment() is not None and not window.is_showing(), "said": False}

    def free(message: str) -> None:
        if state["shown"] and not state["said"] and not message:
            state["said"] = True
            bar.showMessage(text, SAY_MS)

    def shown(_alignment: object) -> None:
        state["shown"] = True
        free(bar.currentMessage())

    window.alignment_finished.connect(shown)
    bar.messageChanged.connect(free)
    free(bar.currentMessage())


def say_if_settings_unsaved(window: MainWindow) -> bool:
    """When ``window``'s settings cannot be written, say so once (:func:`say_when_free`).
    True if it will be said."""
    store = window.settings.store
    if store.isWritable():
        return False
    say_when_free(window, unsaved_text(store.fileName()))
    return True
