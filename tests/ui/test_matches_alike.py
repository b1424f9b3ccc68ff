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
from tests.ui.conftest import DocBuilder

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


CAPTION = "The two leaders signed a mutual defence treaty on June 18. (AFP/Yonhap)"
BODY = (
    "The two leaders signed a mutual defence treaty on June 18, officials said, after "
    "talks that ran late into the night."
)


@pytest.fixture
def caption_repeated() -> Alignment:
    """A's photo caption, which its body repeats word for word at first, each "leaders"
    linked to the one of B's treaty sentence."""
    a, b = DocBuilder(), DocBuilder()
    a.add("Leaders sign a treaty in the capital")
    a.add(CAPTION, "caption")
    a.add(BODY, "body")
    b.add("Treaty signed as leaders meet")
    b.add("A mutual defence treaty was signed by the two leaders on June 19.", "treaty")
    da, db = a.build("/tmp/a.txt", "Leaders sign a treaty"), b.build("/tmp/b.txt", "Treaty")
    theirs = word_in(db.text, "leaders", "signed by the two")
    matches = tuple(
        Match(f"e{i}", MatchKind.ENTITY, word_in(da.text, "leaders", text), theirs, 0.9, ())
        for i, text in enumerate((CAPTION, BODY), 1)
    )
    return Alignment(a=da, b=db, matches=matches)


@pytest.fixture
def window_with_caption(
    window: MainWindow, caption_repeated: Alignment, qtbot: QtBot
) -> MainWindow:
    with qtbot.waitSignal(window.alignment_finished):
        window.show_alignment(caption_repeated)
    return window


def test_a_caption_the_body_repeats_says_where_each_is(window_with_caption: MainWindow) -> None:
    caption, body = cells(window_with_caption, "e1"), cells(window_with_caption, "e2")
    assert caption[0] == "leaders · caption · The two leaders signed a mutual…"
    assert body[0] == "leaders · par. 2 · The two leaders signed a mutual…"


def test_the_same_passage_in_both_rows_says_no_place(window_with_caption: MainWindow) -> None:
    """B's "leaders" is one passage, the same in both rows: the place would not tell the
    rows apart."""
    assert cells(window_with_caption, "e1")[1] == cells(window_with_caption, "e2")[1]
    assert (
        cells(window_with_caption, "e1")[1]
        == "leaders · …was signed by the two leaders on June 19."
    )
