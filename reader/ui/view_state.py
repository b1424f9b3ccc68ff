"""The window's view settings as plain values, saved in and restored from a Session's
``view`` (synced scrolling, zoom, link-map detail, the matches dock's filters)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from reader.model.session import JSONScalar

if TYPE_CHECKING:  # main_window imports this module (through the session controller)
    from reader.ui.main_window import MainWindow


def capture(window: MainWindow) -> dict[str, JSONScalar]:
    act, dock = window.actions_, window.dock
    kinds = ",".join(k for k, box in dock.kind_boxes.items() if box.isChecked())
    return {
        "sync": act.sync.isChecked(),
        "zoom": window.zoom_level(),
        "minor_links": act.minor_links.isChecked(),
        "kinds": kinds,
        "min_score": dock.slider.value() / 100,
        "show": dock.proxy.show_choice(),
    }


def apply(window: MainWindow, view: Mapping[str, JSONScalar]) -> None:
    """Restore what ``capture`` recorded; unknown or missing settings are left alone."""
    act, dock = window.actions_, window.dock
    if isinstance(view.get("sync"), bool):
        act.sync.setChecked(bool(view["sync"]))
    if isinstance(view.get("minor_links"), bool):
        act.minor_links.setChecked(bool(view["minor_links"]))
    zoom = view.get("zoom")
    if isinstance(zoom, int) and not isinstance(zoom, bool):  # the window keeps its range
        window.zoom(zoom - window.zoom_level())
    kinds = view.get("kinds")
    if isinstance(kinds, str):
        wanted = set(kinds.split(",")) if kinds else set()
        for kind, box in dock.kind_boxes.items():
            box.setChecked(kind in wanted)
    show = view.get("show")
    if isinstance(show, str):
        dock.set_show(show)
    score = view.get("min_score")
    if isinstance(score, int | float) and not isinstance(score, bool) and 0 <= score <= 1:
        dock.slider.setValue(round(score * 100))
