"""The Matches panel marks a name the two articles spell differently ("John Smith",
"John Smyth"): its Kind cell says so, its tooltip gives both spellings, and so does the
tooltip over the name in a pane."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from reader.model import Alignment, Match
from reader.ui.main_window import MainWindow
from reader.ui.matches_model import KIND
from reader.ui.tooltips import match_tooltip
from tests.spelt_pair import entity, spelt_alignment
from tests.ui.conftest import put_on_screen

pytestmark = pytest.mark.gui

TOOLTIP = 3  # Qt.ItemDataRole.ToolTipRole


@pytest.fixture(scope="module")
def spelt_pair(tmp_path_factory: pytest.TempPathFactory) -> Alignment:
    return spelt_alignment(tmp_path_factory.mktemp("spelt"))


@pytest.fixture
def spelt_shown(window: MainWindow, spelt_pair: Alignment, qtbot: QtBot) -> MainWindow:
    return put_on_screen(window, spelt_pair, qtbot)


def kind_cell(win: MainWindow, m: Match, role: int = 0) -> object:
    model = win.dock.model
    return model.index(model.row_of(m.id), KIND).data(role)


def test_the_kind_cell_says_the_name_is_spelt_differently(
    spelt_shown: MainWindow, spelt_pair: Alignment
) -> None:
    assert kind_cell(spelt_shown, entity(spelt_pair, "John Smith")) == "entity (spelt differently)"


def test_a_name_spelt_alike_is_a_plain_entity(
    spelt_shown: MainWindow, spelt_pair: Alignment
) -> None:
    assert kind_cell(spelt_shown, entity(spelt_pair, "Choe Son Hui")) == "entity"


def test_the_kind_tooltip_gives_both_spellings(
    spelt_shown: MainWindow, spelt_pair: Alignment
) -> None:
    tip = kind_cell(spelt_shown, entity(spelt_pair, "Mohammed al-Rashidi"), TOOLTIP)
    assert tip == (
        "Spelt differently: “Mohammed al-Rashidi” in A, “Muhammad Al Rashedi” in B: "
        "the vowels of two transliterations"
    )


def test_the_kind_column_shows_the_mark_whole(spelt_shown: MainWindow) -> None:
    table = spelt_shown.dock.table
    needed = table.fontMetrics().horizontalAdvance("entity (spelt differently)")
    assert table.columnWidth(KIND) > needed


def test_filtering_by_spelt_keeps_the_names_spelt_differently(
    spelt_shown: MainWindow, spelt_pair: Alignment
) -> None:
    spelt_shown.dock.words.edit.setText("spelt")
    spelt_shown.dock.words.flush()
    wanted = [entity(spelt_pair, w).id for w in ("John Smith", "Mohammed al-Rashidi")]
    assert sorted(spelt_shown.dock.visible_ids()) == sorted(wanted)


def test_the_pane_tooltip_over_the_name_gives_both_spellings(spelt_pair: Alignment) -> None:
    m = entity(spelt_pair, "John Smith")
    tip = match_tooltip([m], spelt_pair.b, "a", own=spelt_pair.a)
    assert "Spelt differently: “John Smith” in A, “John Smyth” in B" in tip
