"""Say once when the settings file cannot be written (its folder read-only, a file or a
folder in its place): the window works with what it could read, or the defaults, but the
reader would otherwise find the layout, zoom, recent pairs and last folder forgotten at
the next start with no word why."""

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


def say_if_settings_unsaved(window: MainWindow) -> bool:
    """When ``window``'s settings cannot be written, say so in the status bar once, after
    the first pair is shown and once the bar is free (a notice about the pair, shown
    then, keeps its time). True if it will be said."""
    store = window.settings.store
    if store.isWritable():
        return False
    bar = window.statusBar()
    text = unsaved_text(store.fileName())
    state = {"shown": False, "said": False}

    def free(message: str) -> None:
        if state["shown"] and not state["said"] and not message:
            state["said"] = True
            bar.showMessage(text, SAY_MS)

    def shown(_alignment: object) -> None:
        state["shown"] = True
        free(bar.currentMessage())

    window.alignment_finished.connect(shown)
    bar.messageChanged.connect(free)
    return True
