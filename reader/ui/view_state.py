"""The window's view settings as plain values, saved in and restored from a Session's
``view`` (synced scrolling, zoom, link-map detail, the matches dock's filters, its
words included, and the Only in one, Quotes and Notes panels' filters:
:mod:`reader.ui.panel_filters`).

Synced scrolling, zoom and link-map detail are the reader's for every pair (the settings
keep them between runs too); the filters belong to the pair they were set on: another
pair starts with every match shown (:func:`reset_filters`), as the next run does, a
session brings back its own, and a swap of sides takes the panels' A and B boxes, and
a table sorted by one article's text, along with their articles (:func:`swap_side_filters`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from reader.model import Alignment, MatchKind
from reader.model.session import JSONScalar
from reader.session.changes import and_list
from reader.ui import panel_filters
from reader.ui.matches_dock import SHOW_CHOICES
from reader.ui.matches_model import SHOW_ALL
from reader.ui.pane_filter import KIND_NAMES

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
        "words": dock.words.text(),
        **panel_filters.capture(window),
    }


# the settings of capture that are the Matches panel's filters: the pair's, saved with its
# session (a change to them is a change to the session), unlike sync, zoom and link detail
# (the other panels' filters are the pair's too: panel_filters.PANEL_FILTERS)
FILTERS = ("kinds", "min_score", "show", "words")
# the filters of a pair just opened: every match shown
EVERY_MATCH: dict[str, JSONScalar] = {
    "kinds": ",".join(k.value for k in MatchKind),
    "min_score": 0.0,
    "show": SHOW_ALL,
    "words": "",
}
# the filters of every panel of a pair just opened: every match, passage, quotation, note
EVERY_ROW: dict[str, JSONScalar] = {**EVERY_MATCH, **panel_filters.EVERY_ROW}


def filters(view: Mapping[str, JSONScalar]) -> dict[str, JSONScalar]:
    """Every panel's filters in ``view`` (as :func:`capture` gives them), the words as
    they filter: blanks around and between them do not count."""
    out = {key: view.get(key, EVERY_MATCH[key]) for key in FILTERS}
    words = out["words"]
    out["words"] = " ".join(words.split()) if isinstance(words, str) else ""
    return {**out, **panel_filters.filters(view)}


def filters_in_words(was: Mapping[str, JSONScalar], now: Mapping[str, JSONScalar]) -> str:
    """The Matches panel's filters of ``now`` that differ from ``was`` (both from
    :func:`filters`), as the panel shows them: "Min score 0.80, Show: With a
    discrepancy"; "" when none differs."""
    said: list[str] = []
    if now["kinds"] != was["kinds"]:
        ticked = set(str(now["kinds"]).split(","))
        names = [name for kind, name in KIND_NAMES.items() if kind.value in ticked]
        shown = and_list(names) if len(names) < len(KIND_NAMES) else "every kind"
        said.append(f"kinds shown: {shown or 'none'}")
    score = now["min_score"]
    if score != was["min_score"] and isinstance(score, int | float):
        said.append(f"Min score {score:.2f}")
    if now["show"] != was["show"]:
        label = next((text for text, value in SHOW_CHOICES if value == now["show"]), "")
        said.append(f"Show: {label or now['show']}")
    if now["words"] != was["words"]:
        said.append(f"filter words “{now['words']}”" if now["words"] else "no filter words")
    return ", ".join(said)


def apply(window: MainWindow, view: Mapping[str, JSONScalar]) -> None:
    """Restore what ``capture`` recorded; unknown or missing settings are left alone,
    but for the other panels' filters, which a session without them (an older
    Crossread's) opens with every row listed (:func:`panel_filters.apply`)."""
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
    words = view.get("words")
    if isinstance(words, str):
        dock.words.edit.setText(words)
        dock.words.flush()
    panel_filters.apply(window, view)


def same_articles(shown: Alignment | None, coming: Alignment) -> bool:
    """True when ``coming`` matches the articles ``shown`` does, either way round (the
    pair matched again, its sides swapped, a correction redrawn)."""
    if shown is None:
        return False
    hashes = {shown.a.content_hash, shown.b.content_hash}
    return hashes == {coming.a.content_hash, coming.b.content_hash}


def swap_side_filters(window: MainWindow) -> None:
    """The Only in one and Quotes panels' "A" and "B" boxes exchanged as the articles
    change sides, so each box stays with its article: what the reader hid stays hidden;
    and a table sorted by "A text" sorted by "B text", the same article's."""
    for boxes in (window.only_dock.side_boxes, window.quotes_dock.side_boxes):
        a, b = boxes["a"].isChecked(), boxes["b"].isChecked()
        if a != b:
            boxes["a"].setChecked(b)
            boxes["b"].setChecked(a)
    panel_filters.swap_orders(window)


def reset_filters(window: MainWindow) -> None:
    """Every match shown again in the Matches panel, the articles, the link map and Next
    match: every kind ticked, Show all matches, Min score 0, no words; and every row of the other
    panels: both articles' passages and quotations (terms too), no notes filter."""
    dock = window.dock
    dock.show_every_match()
    dock.set_show(SHOW_ALL)
    dock.words.edit.clear()
    quotes = window.quotes_dock
    for box in (*window.only_dock.side_boxes.values(), *quotes.side_boxes.values()):
        box.setChecked(True)
    quotes.unshared_box.setChecked(False)
    quotes.terms_box.setChecked(True)
    window.session_controller.dock.filter.clear()
