"""The Only in one, Quotes and Notes panels' filters as plain values, saved in a Session's
``view`` beside the Matches panel's (:mod:`reader.ui.view_state`): the pair's, like
those, so a session brings them back, a change to them is a change to it, and a file
without them (an older Crossread's) opens with every row listed.

The values: ``only_sides`` and ``quote_sides`` the articles whose rows the Only in one
and Quotes panels list ("a,b", "a", "b" or ""), ``quotes_unshared`` and ``quote_terms``
the Quotes panel's "Only those the other lacks" and "Terms" boxes, ``note_words`` the
words in the Notes panel's filter, ``match_order``, ``quote_order`` and ``note_order``
the order of the Matches, Quotes and Notes tables (:data:`ORDERS`): "" as the aligner,
the articles or the session have them (until the reader clicks a column's title), else
the column's title and the direction ("Speaker, descending").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from reader.model.session import JSONScalar
from reader.ui.matches_model import COLUMNS as MATCH_COLUMNS
from reader.ui.notes_model import COLUMNS as NOTE_COLUMNS
from reader.ui.quotes_model import QuotesModel

if TYPE_CHECKING:  # main_window imports this module (through view_state)
    from PySide6.QtWidgets import QCheckBox

    from reader.ui.main_window import MainWindow
    from reader.ui.notes_dock import NotesDock

SIDES = ("a", "b")
# every passage, quotation (terms too) and note listed: a pair just opened, or a session
# saved before these were
EVERY_ROW: dict[str, JSONScalar] = {
    "only_sides": "a,b",
    "quote_sides": "a,b",
    "quotes_unshared": False,
    "quote_terms": True,
    "note_words": "",
    "match_order": "",
    "quote_order": "",
    "note_order": "",
}
PANEL_FILTERS = tuple(EVERY_ROW)
QUOTE_COLUMNS = QuotesModel.columns
WAYS = {"ascending": Qt.SortOrder.AscendingOrder, "descending": Qt.SortOrder.DescendingOrder}


@dataclass(frozen=True)
class Order:
    """A panel's table whose order is saved: its key in the view, the panel's name, its
    columns' titles, and what its unsorted order ("") is in words."""

    key: str
    panel: str
    columns: tuple[str, ...]
    unsorted: str


# the tables whose order is the session's (the question names each after its panel's filters)
ORDERS = (
    Order("match_order", "Matches", MATCH_COLUMNS, "in reading order"),
    Order("quote_order", "Quotes", QUOTE_COLUMNS, "in reading order"),
    Order("note_order", "Notes", NOTE_COLUMNS, "in the order written"),
)


def sorted_tables(window: MainWindow, notes: NotesDock) -> dict[str, QTableView]:
    """The table of each of :data:`ORDERS`, by its key (``notes``: the Notes panel, which
    the window's session controller may not hold yet)."""
    return {
        "match_order": window.dock.table,
        "quote_order": window.quotes_dock.table,
        "note_order": notes.table,
    }


def _ticked(boxes: Mapping[str, QCheckBox]) -> str:
    return ",".join(side for side in SIDES if boxes[side].isChecked())


def _order(table: QTableView, columns: tuple[str, ...]) -> str:
    """The order of ``table``'s rows, as a view keeps it ("Speaker, descending"; "")."""
    head = table.horizontalHeader()
    column = head.sortIndicatorSection()
    if not 0 <= column < len(columns):
        return ""
    way = "descending" if head.sortIndicatorOrder() == WAYS["descending"] else "ascending"
    return f"{columns[column]}, {way}"


def _read_order(value: JSONScalar, columns: tuple[str, ...]) -> str | None:
    """``value`` as an order of a table of ``columns`` ("" included), or None when it is
    not one."""
    if not isinstance(value, str):
        return None
    title, _, way = (part.strip() for part in value.partition(","))
    if not title and not way:
        return ""
    return f"{title}, {way}" if title in columns and way in WAYS else None


def _sort(table: QTableView, columns: tuple[str, ...], order: str) -> None:
    """Sort ``table`` in ``order`` (as :func:`_order` gives it), unless it is so."""
    if _order(table, columns) == order:
        return
    if not order:
        table.sortByColumn(-1, WAYS["ascending"])
        return
    title, _, way = order.partition(", ")
    table.sortByColumn(columns.index(title), WAYS[way])


def capture(window: MainWindow) -> dict[str, JSONScalar]:
    """The panels' filters on screen (the notes filter's words as typed)."""
    quotes, notes = window.quotes_dock, window.session_controller.dock
    tables = sorted_tables(window, notes)
    return {
        "only_sides": _ticked(window.only_dock.side_boxes),
        "quote_sides": _ticked(quotes.side_boxes),
        "quotes_unshared": quotes.unshared_box.isChecked(),
        "quote_terms": quotes.terms_box.isChecked(),
        "note_words": notes.filter.text(),
        **{o.key: _order(tables[o.key], o.columns) for o in ORDERS},
    }


def _sides(value: JSONScalar) -> str | None:
    """``value`` as a list of sides ("a,b", "b", ""), or None when it is not one."""
    if not isinstance(value, str):
        return None
    named = {s.strip() for s in value.split(",")} - {""}
    if not named <= set(SIDES):
        return None
    return ",".join(s for s in SIDES if s in named)


def filters(view: Mapping[str, JSONScalar]) -> dict[str, JSONScalar]:
    """The panels' filters in ``view``, each missing or malformed one as with every row
    listed (:data:`EVERY_ROW`); the notes filter's words as they filter: blanks around
    and between them do not count."""
    out = dict(EVERY_ROW)
    for key in ("only_sides", "quote_sides"):
        sides = _sides(view.get(key))
        if sides is not None:
            out[key] = sides
    for key in ("quotes_unshared", "quote_terms"):
        ticked = view.get(key)
        if isinstance(ticked, bool):
            out[key] = ticked
    words = view.get("note_words")
    if isinstance(words, str):
        out["note_words"] = " ".join(words.split())
    for o in ORDERS:
        order = _read_order(view.get(o.key), o.columns)
        if order is not None:
            out[o.key] = order
    return out


def apply(window: MainWindow, view: Mapping[str, JSONScalar]) -> None:
    """Set the panels' filters of ``view``; a missing or malformed one as with every row
    listed."""
    wanted = filters(view)
    for boxes, key in (
        (window.only_dock.side_boxes, "only_sides"),
        (window.quotes_dock.side_boxes, "quote_sides"),
    ):
        ticked = str(wanted[key]).split(",")
        for side, box in boxes.items():
            box.setChecked(side in ticked)
    window.quotes_dock.unshared_box.setChecked(wanted["quotes_unshared"] is True)
    window.quotes_dock.terms_box.setChecked(wanted["quote_terms"] is True)
    notes = window.session_controller.dock
    if " ".join(notes.filter.text().split()) != wanted["note_words"]:
        notes.filter.setText(str(wanted["note_words"]))
    tables = sorted_tables(window, notes)
    for o in ORDERS:
        _sort(tables[o.key], o.columns, str(wanted[o.key]))


def swapped(view: Mapping[str, JSONScalar]) -> dict[str, JSONScalar]:
    """``view`` (from :func:`filters`) with its A and B exchanged, as a swap of sides takes
    the boxes along with their articles, and a table sorted by one article's text along
    with it ("A text, ascending" is "B text, ascending": the same rows in the same order)."""
    flip = {"a": "b", "b": "a"}
    out = dict(view)
    for key in ("only_sides", "quote_sides"):
        named = {flip[s] for s in str(view[key]).split(",") if s in flip}
        out[key] = ",".join(s for s in SIDES if s in named)
    for o in ORDERS:
        if o.key in view:
            out[o.key] = _swapped_order(str(view[o.key]))
    return out


# the columns of one article's text, exchanged as the articles change sides (the Quotes
# panel's "Article" is no article's: A's quotations first, whichever article is A, as
# in reading order)
_SIDE_COLUMNS = {"A text": "B text", "B text": "A text"}


def _swapped_order(order: str) -> str:
    """``order`` ("A text, descending") on the other article's column after a swap."""
    title, sep, way = order.partition(", ")
    return f"{_SIDE_COLUMNS.get(title, title)}{sep}{way}"


def swap_orders(window: MainWindow) -> None:
    """Each table sorted by one article's text sorted by the other column, as the
    articles change sides: the order follows its article, as the boxes do."""
    tables = sorted_tables(window, window.session_controller.dock)
    for o in ORDERS:
        table = tables[o.key]
        _sort(table, o.columns, _swapped_order(_order(table, o.columns)))


def _boxes_in_words(label: str, was: JSONScalar, now: JSONScalar) -> list[str]:
    """The side boxes (``label``: "Only in {side}") ticked or unticked from ``was`` to
    ``now``: ["Only in A unticked"]."""
    before, after = str(was).split(","), str(now).split(",")
    said = []
    for side in SIDES:
        if (side in before) != (side in after):
            state = "ticked" if side in after else "unticked"
            said.append(f"{label.format(side=side.upper())} {state}")
    return said


def _box_in_words(label: str, was: JSONScalar, now: JSONScalar) -> list[str]:
    return [] if was == now else [f"{label} {'ticked' if now else 'unticked'}"]


def in_words(was: Mapping[str, JSONScalar], now: Mapping[str, JSONScalar]) -> list[str]:
    """Each panel whose filters or order differ from ``was`` to ``now`` (both from
    :func:`filters`), with what changed as the panel shows it: ["the Matches panel's order
    changed (sorted by Score, descending)", "the Only in one panel's filters changed (Only
    in B unticked)", "the Notes panel's filter changed (filter words “date”)"]; empty when
    none differs."""
    said = _order_in_words("match_order", was, now)
    only = _boxes_in_words("Only in {side}", was["only_sides"], now["only_sides"])
    if only:
        said.append(f"the Only in one panel's filters changed ({', '.join(only)})")
    quotes = [
        *_boxes_in_words("In {side}", was["quote_sides"], now["quote_sides"]),
        *_box_in_words(
            "Only those the other lacks", was["quotes_unshared"], now["quotes_unshared"]
        ),
        *_box_in_words("Terms", was["quote_terms"], now["quote_terms"]),
    ]
    if quotes:
        said.append(f"the Quotes panel's filters changed ({', '.join(quotes)})")
    said.extend(_order_in_words("quote_order", was, now))
    words = now["note_words"]
    if words != was["note_words"]:
        filtered = f"filter words “{words}”" if words else "no filter words"
        said.append(f"the Notes panel's filter changed ({filtered})")
    said.extend(_order_in_words("note_order", was, now))
    return said


def _order_in_words(
    key: str, was: Mapping[str, JSONScalar], now: Mapping[str, JSONScalar]
) -> list[str]:
    """The order of ``key`` (one of :data:`ORDERS`) changed from ``was`` to ``now``: ["the
    Quotes panel's order changed (sorted by Speaker, descending)"]."""
    if was[key] == now[key]:
        return []
    order = next(o for o in ORDERS if o.key == key)
    said = f"sorted by {now[key]}" if now[key] else order.unsorted
    return [f"the {order.panel} panel's order changed ({said})"]


__all__ = [
    "EVERY_ROW",
    "ORDERS",
    "PANEL_FILTERS",
    "Order",
    "apply",
    "capture",
    "filters",
    "in_words",
    "sorted_tables",
    "swap_orders",
    "swapped",
]
