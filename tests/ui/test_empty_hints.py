"""Empty tables say why they are empty and what would fill them (reader/ui/row_table.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QStringListModel
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from reader.model import Alignment
from reader.model.session import Session
from reader.ui.matches_dock import MatchesDock
from reader.ui.notes_dock import NotesDock
from reader.ui.only_dock import OnlyInOneDock
from reader.ui.row_table import row_table


@pytest.fixture
def table(qtbot: QtBot) -> Iterator[Callable[[list[str], str], QImage]]:
    """Render a table of ``rows`` with ``hint`` and return its viewport's picture."""

    def render(rows: list[str], hint: str) -> QImage:
        t = row_table(QStringListModel(rows))
        qtbot.addWidget(t)
        t.set_empty_hint(hint)
        t.resize(400, 200)
        t.show()
        qtbot.waitExposed(t)
        return t.viewport().grab().toImage()

    yield render


def test_empty_table_paints_its_hint(table: Callable[[list[str], str], QImage]) -> None:
    assert table([], "Nothing here yet.") != table([], "")


def test_table_with_rows_paints_no_hint(table: Callable[[list[str], str], QImage]) -> None:
    assert table(["a row"], "Nothing here yet.") == table(["a row"], "")


@pytest.fixture
def matches(qtbot: QtBot) -> MatchesDock:
    dock = MatchesDock()
    qtbot.addWidget(dock)
    return dock


def test_matches_hint_before_any_pair(matches: MatchesDock) -> None:
    assert "once a pair is open" in matches.table.empty_hint


def test_matches_hint_when_the_articles_share_nothing(
    matches: MatchesDock, alignment: Alignment
) -> None:
    matches.set_alignment(replace(alignment, matches=()))
    assert "share no claim" in matches.table.empty_hint


def test_matches_hint_when_filters_hide_every_match(
    matches: MatchesDock, alignment: Alignment
) -> None:
    matches.set_alignment(alignment)
    for box in matches.kind_boxes.values():
        box.setChecked(False)
    assert matches.proxy.rowCount() == 0
    assert "filters" in matches.table.empty_hint


@pytest.fixture
def only(qtbot: QtBot) -> OnlyInOneDock:
    dock = OnlyInOneDock()
    qtbot.addWidget(dock)
    return dock


def test_only_in_one_hint_when_every_passage_has_a_partner(
    only: OnlyInOneDock, alignment: Alignment
) -> None:
    only.set_alignment(replace(alignment, only_a=(), only_b=()))
    assert "has a partner" in only.table.empty_hint


def test_only_in_one_hint_when_both_articles_are_unticked(
    only: OnlyInOneDock, alignment: Alignment
) -> None:
    only.set_alignment(alignment)
    for box in only.side_boxes.values():
        box.setChecked(False)
    assert only.model.rowCount() == 0
    assert "Tick Only in A" in only.table.empty_hint


def test_notes_hint_tells_how_to_add_a_note(qtbot: QtBot, alignment: Alignment) -> None:
    dock = NotesDock()
    qtbot.addWidget(dock)
    dock.set_session(Session(alignment))
    assert dock.model.rowCount() == 0
    assert "Ctrl+N" in dock.table.empty_hint
