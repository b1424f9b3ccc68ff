"""Rows of the Matches panel that would read alike ("entity 0.90 Kim Kim" five times on
the sample pair) show their names, then their words around them, so that they tell their
places apart and say which name of those words is linked."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pytestqt.qtbot import QtBot

from reader.model import Alignment, Match, MatchKind, Span
from reader.ui.main_window import MainWindow
from reader.ui.matches_model import A_TEXT, B_TEXT, MATCH_ID_ROLE

pytestmark = pytest.mark.gui


def word_in(text: str, word: str, after: str) -> Span:
    """``word`` where it first follows ``after`` in ``text``."""
    start = text.index(word, text.index(after))
    return Span(start, start + len(word))


@pytest.fixture
def leaders_twice(alignment: Alignment) -> Alignment:
    """The hand-built pair and "leaders" of A's treaty sentence linked to two of B's:
    "signed by the two leaders on June 19" and "signed by both leaders"."""
    a, b = alignment.a.text, alignment.b.text
    ours = word_in(a, "leaders", "The two leaders signed")
    first = word_in(b, "leaders", "signed by the two leaders")
    second = word_in(b, "leaders", "signed by both leaders")
    extra = (
        Match("m7", MatchKind.ENTITY, ours, first, 0.9, ("leaders",)),
        Match("m8", MatchKind.ENTITY, ours, second, 0.9, ("leaders",)),
    )
    return replace(alignment, matches=(*alignment.matches, *extra))


def cells(window: MainWindow, match_id: str) -> tuple[str, str]:
    """The A text and B text cells of ``match_id``'s row, as the table shows them."""
    model = window.dock.table.model()
    for row in range(model.rowCount()):
        if model.index(row, 0).data(MATCH_ID_ROLE) == match_id:
            return model.index(row, A_TEXT).data(), model.index(row, B_TEXT).data()
    raise AssertionError(f"no row for {match_id}")


@pytest.fixture
def window_with_leaders(window: MainWindow, leaders_twice: Alignment, qtbot: QtBot) -> MainWindow:
    with qtbot.waitSignal(window.alignment_finished):
        window.show_alignment(leaders_twice)
    return window


def test_rows_alike_show_their_words_around_the_name(window_with_leaders: MainWindow) -> None:
    first, second = cells(window_with_leaders, "m7"), cells(window_with_leaders, "m8")
    assert first != second
    assert first[1] == "leaders · …was signed by the two leaders on June 19."
    assert second[1] == "leaders · …treaty, signed by both leaders, pledges mutual…"
    assert "The two leaders signed" in first[0]


def test_a_name_in_one_row_only_is_shown_alone(window_with_leaders: MainWindow) -> None:
    """m6 links "president" once: its cells are the word, as before."""
    assert cells(window_with_leaders, "m6") == ("president", "president")
