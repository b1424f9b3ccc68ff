"""The chosen match kept through a new alignment of the same articles
(reader/ui/chosen_kept.py): the pair matched again after a Settings change left the
Matches table with no current row, the keyboard still in it, nothing chosen in the panes,
and both panes back at their tops."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.model import Alignment, Document, Match, MatchKind
from reader.ui.chosen_kept import carried_matches
from reader.ui.main_window import MainWindow
from reader.ui.session_controller import SessionController
from tests.ui.session_fixtures import *  # noqa: F403
from tests.ui.session_fixtures import (
    ALIGN_TIMEOUT,
    check_closed,
    lexical,
    make_controller,
    settle,
    shown_window,
)

pytestmark = pytest.mark.gui

Change = Callable[[Alignment], Alignment]


class ChangingAligner:
    """Aligns lexically, then applies ``change`` (set by the test) to what it found: the
    next re-alignment of the pair finds other matches, or numbers them otherwise."""

    def __init__(self) -> None:
        self.change: Change = lambda al: al

    def __call__(self, a: Document, b: Document, **kw: Any) -> Alignment:
        return self.change(lexical(a, b, **kw))


@pytest.fixture
def aligner() -> ChangingAligner:
    return ChangingAligner()


@pytest.fixture
def window(
    qtbot: QtBot,
    settings: QSettings,
    aligner: ChangingAligner,
    monkeypatch: pytest.MonkeyPatch,
    pair: tuple[str, str],
) -> Iterator[tuple[MainWindow, SessionController]]:
    """The seed pair open in a window whose aligner the test can change."""
    w = shown_window(qtbot, settings, aligner)
    c = make_controller(w, monkeypatch)
    c.start()
    with qtbot.waitSignal(c.session_changed, timeout=ALIGN_TIMEOUT):
        w.open_pair(*pair)
    settle(qtbot, c)
    yield w, c
    check_closed(w)


def far_claim(w: MainWindow) -> Match:
    """A claim far down article A: choosing it scrolls the panes."""
    al = w.alignment()
    assert al is not None
    return max((m for m in al.matches if m.kind is MatchKind.CLAIM), key=lambda m: m.a.start)


def choose_in_table(w: MainWindow, m: Match, qtbot: QtBot) -> None:
    """Choose ``m``'s row in the Matches table with the keyboard in it, as a reader does."""
    dock = w.dock
    dock.raise_()
    dock.table.setFocus(Qt.FocusReason.TabFocusReason)
    row = dock.proxy.mapFromSource(dock.model.index(dock.model.row_of(m.id), 0))
    dock.table.setCurrentIndex(row)
    qtbot.waitUntil(lambda: w.linker.current == m.id)


@pytest.fixture
def chosen(
    window: tuple[MainWindow, SessionController], qtbot: QtBot
) -> tuple[MainWindow, SessionController, Match]:
    """That window with a claim far down A chosen in the Matches table, the keyboard there."""
    w, c = window
    m = far_claim(w)
    choose_in_table(w, m, qtbot)
    return w, c, m


def realign(w: MainWindow, c: SessionController, qtbot: QtBot) -> None:
    """What OK in Settings does after a change of model folder or method."""
    with qtbot.waitSignal(w.alignment_finished, timeout=ALIGN_TIMEOUT):
        assert c.realign()
    settle(qtbot, c)


def table_row_id(w: MainWindow) -> str | None:
    """The match of the Matches table's current row, if it has one."""
    index = w.dock.table.currentIndex()
    if not index.isValid():
        return None
    return w.dock.visible_ids()[index.row()]


def renumbered(al: Alignment) -> Alignment:
    """The same matches under other ids (as a new method may number them)."""
    new = {m.id: f"x{i}" for i, m in enumerate(reversed(al.matches), 1)}
    return replace(
        al,
        matches=tuple(replace(m, id=new[m.id]) for m in al.matches),
        discrepancies=tuple(replace(d, match=new[d.match]) for d in al.discrepancies),
    )


def without(gone: Match) -> Change:
    """A change that leaves out the match on ``gone``'s passages."""

    def change(al: Alignment) -> Alignment:
        ids = {m.id for m in al.matches if (m.a, m.b) == (gone.a, gone.b)}
        return replace(
            al,
            matches=tuple(m for m in al.matches if m.id not in ids),
            discrepancies=tuple(d for d in al.discrepancies if d.match not in ids),
        )

    return change


def test_realigning_keeps_the_chosen_match_chosen_in_the_table(
    chosen: tuple[MainWindow, SessionController, Match], qtbot: QtBot
) -> None:
    w, c, m = chosen
    realign(w, c, qtbot)
    assert QApplication.focusWidget() is w.dock.table
    assert table_row_id(w) == m.id
    assert w.dock.selected_ids() == [m.id]


def test_realigning_keeps_the_chosen_match_selected_in_both_panes(
    chosen: tuple[MainWindow, SessionController, Match], qtbot: QtBot
) -> None:
    w, c, m = chosen
    realign(w, c, qtbot)
    assert w.linker.current == m.id
    assert (w.pane_a.selected_span(), w.pane_b.selected_span()) == (m.a, m.b)


def test_realigning_keeps_each_article_where_it_was_read(
    window: tuple[MainWindow, SessionController], qtbot: QtBot
) -> None:
    w, c = window
    choose_in_table(w, far_claim(w), qtbot)
    top = w.pane_a.offset_at_fraction(0.0)
    assert top > 0
    realign(w, c, qtbot)
    assert abs(w.pane_a.offset_at_fraction(0.0) - top) < 80


def test_the_same_passages_under_another_id_are_the_same_match(
    chosen: tuple[MainWindow, SessionController, Match], aligner: ChangingAligner, qtbot: QtBot
) -> None:
    w, c, m = chosen
    aligner.change = renumbered
    realign(w, c, qtbot)
    kept = w.current_match()
    assert kept is not None and kept.id != m.id
    assert (kept.a, kept.b) == (m.a, m.b)
    assert table_row_id(w) == kept.id


def test_a_realignment_without_the_match_chooses_nothing(
    chosen: tuple[MainWindow, SessionController, Match], aligner: ChangingAligner, qtbot: QtBot
) -> None:
    """Its id may name another match now: that one is not chosen in its place."""
    w, c, m = chosen
    aligner.change = without(m)
    realign(w, c, qtbot)
    assert w.linker.current is None
    assert w.dock.selected_ids() == []
    assert w.pane_a.selected_span() is None


def test_a_min_score_that_keeps_the_match_keeps_it_chosen(
    chosen: tuple[MainWindow, SessionController, Match],
) -> None:
    w, _c, m = chosen
    w.dock.slider.setValue(int(m.score * 100) - 1)
    assert table_row_id(w) == m.id
    assert QApplication.focusWidget() is w.dock.table


def test_a_swap_keeps_the_chosen_match_the_tables_current_row(
    chosen: tuple[MainWindow, SessionController, Match], qtbot: QtBot
) -> None:
    w, c, m = chosen
    with qtbot.waitSignal(w.alignment_finished, timeout=ALIGN_TIMEOUT):
        w.actions_.swap.trigger()
    settle(qtbot, c)
    assert table_row_id(w) == m.id
    assert QApplication.focusWidget() is w.dock.table


# -- the Matches table's chosen rows: carried_matches -----------------------------------------


def test_rows_are_carried_to_the_same_passages_under_their_new_ids(alignment: Alignment) -> None:
    carried = carried_matches(alignment, renumbered(alignment))
    assert carried is not None
    m = alignment.matches[0]
    new = renumbered(alignment).match_by_id(str(carried(m.id)))
    assert new is not None and (new.a, new.b) == (m.a, m.b)


def test_rows_are_carried_through_a_swap(alignment: Alignment) -> None:
    carried = carried_matches(alignment, alignment.swapped())
    assert carried is not None
    assert [carried(m.id) for m in alignment.matches] == [m.id for m in alignment.matches]


def test_a_match_gone_is_carried_nowhere(alignment: Alignment) -> None:
    m = alignment.matches[0]
    carried = carried_matches(alignment, without(m)(alignment))
    assert carried is not None and carried(m.id) is None


def test_rows_of_other_articles_are_not_carried(alignment: Alignment) -> None:
    other = replace(alignment.a, text=alignment.a.text + " More.", content_hash="")
    assert carried_matches(alignment, replace(alignment, a=other)) is None
