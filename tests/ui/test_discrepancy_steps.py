"""Go > Next / Previous discrepancy visit only the discrepancies whose match the Matches
panel's filters let through (its kinds, words, Show and Min score), as Next match does;
when the filters hide some or all of them, the status bar says so. Real windows over
conftest's hand-built pair, with a discrepancy in m1 (a claim, 0.9), m3 (a quote, 0.95)
and m4 (a claim, 0.6), in that order in article A; m5 (a number, 1.0) has none."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pytestqt.qtbot import QtBot

from reader.model import Alignment, Discrepancy, DiscrepancyKind
from reader.ui.main_window import MainWindow
from reader.ui.matches_model import SHOW_NOTED
from reader.ui.navigation import NO_DISCREPANCY, all_hidden, more_hidden
from reader.ui.pane_filter import PaneFilter

pytestmark = pytest.mark.gui


@pytest.fixture
def three(window: MainWindow, alignment: Alignment, qtbot: QtBot) -> MainWindow:
    """The window showing the pair with discrepancies in m1, m3 and m4."""
    by_id = {m.id: m for m in alignment.matches}
    more = (
        ("m3", DiscrepancyKind.QUOTE, "This is a breakthrough vs a breakthrough"),
        ("m4", DiscrepancyKind.NUMBER, "About 300 vs Some 300"),
    )
    found = tuple(Discrepancy(k, by_id[mid].a, by_id[mid].b, mid, said) for mid, k, said in more)
    with qtbot.waitSignal(window.alignment_finished):
        window.show_alignment(replace(alignment, discrepancies=alignment.discrepancies + found))
    return window


def current(window: MainWindow) -> str | None:
    return window.linker.current


def said(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


def words(window: MainWindow, text: str) -> None:
    window.dock.words.edit.setText(text)
    window.dock.words.flush()


def test_next_discrepancy_skips_one_whose_kind_is_unticked(three: MainWindow) -> None:
    three.select_match("m1")
    three.dock.kind_boxes["quote"].setChecked(False)  # hides m3
    three.actions_.next_discrepancy.trigger()
    assert current(three) == "m4"


def test_previous_discrepancy_skips_one_whose_kind_is_unticked(three: MainWindow) -> None:
    three.select_match("m4")
    three.dock.kind_boxes["quote"].setChecked(False)
    three.actions_.prev_discrepancy.trigger()
    assert current(three) == "m1"


def test_next_discrepancy_wraps_over_the_shown_ones(three: MainWindow) -> None:
    three.select_match("m4")
    three.dock.kind_boxes["quote"].setChecked(False)
    three.actions_.next_discrepancy.trigger()
    assert current(three) == "m1"


def test_next_discrepancy_from_the_last_says_it_is_back_at_the_first(three: MainWindow) -> None:
    three.select_match("m4")
    three.actions_.next_discrepancy.trigger()
    assert said(three) == (
        "Past the last of the 3 discrepancies: back to the first · Claim match, score 0.90 · "
        "differs: June 18 vs June 19"
    )


def test_previous_discrepancy_from_the_first_says_it_is_back_at_the_last(
    three: MainWindow,
) -> None:
    three.select_match("m1")
    three.actions_.prev_discrepancy.trigger()
    assert said(three).startswith("Past the first of the 3 discrepancies: back to the last · ")


def test_the_wrap_over_the_shown_ones_counts_them(three: MainWindow) -> None:
    three.select_match("m4")
    three.dock.kind_boxes["quote"].setChecked(False)  # hides m3
    three.actions_.next_discrepancy.trigger()
    assert said(three) == (
        "Past the last of the 2 discrepancies shown: back to the first · Claim match, score "
        "0.90 · differs: June 18 vs June 19 · 1 other discrepancy is hidden by the filters"
    )


def test_the_only_one_shown_is_said_once(three: MainWindow) -> None:
    """With the others hidden, the word after the match says it is the only one shown."""
    words(three, "delegates")
    three.actions_.next_discrepancy.trigger()
    three.actions_.next_discrepancy.trigger()
    assert said(three).count("only") == 1


def test_one_match_with_two_discrepancies_is_the_only_match_with_them(
    window: MainWindow, alignment: Alignment, qtbot: QtBot
) -> None:
    m1 = alignment.matches[0]
    number = Discrepancy(DiscrepancyKind.NUMBER, m1.a, m1.b, "m1", "two vs three")
    with qtbot.waitSignal(window.alignment_finished):
        window.show_alignment(replace(alignment, discrepancies=(*alignment.discrepancies, number)))
    window.actions_.next_discrepancy.trigger()
    assert said(window).startswith("The only match with discrepancies · Claim match")


def test_next_discrepancy_skips_those_min_score_hides(three: MainWindow) -> None:
    three.dock.slider.setValue(70)  # hides m4 (0.6)
    three.select_match("m3")
    three.actions_.next_discrepancy.trigger()
    assert current(three) == "m1"


def test_next_discrepancy_goes_only_where_the_words_are(three: MainWindow) -> None:
    words(three, "delegates")  # m4 and m5 hold it; m1 and m3 do not
    three.actions_.next_discrepancy.trigger()
    assert current(three) == "m4"


def test_a_step_says_how_many_discrepancies_the_filters_hide(three: MainWindow) -> None:
    words(three, "delegates")
    three.actions_.next_discrepancy.trigger()
    assert said(three).endswith(
        "differs: About 300 vs Some 300 · the only discrepancy shown: 2 others are hidden by "
        "the filters"
    )


def test_a_step_among_several_shown_says_how_many_others_are_hidden(three: MainWindow) -> None:
    three.dock.kind_boxes["quote"].setChecked(False)  # hides m3 alone
    three.actions_.next_discrepancy.trigger()
    assert said(three).endswith(" · 1 other discrepancy is hidden by the filters")


def test_a_step_says_nothing_of_hidden_ones_when_none_is(three: MainWindow) -> None:
    three.actions_.next_discrepancy.trigger()
    assert said(three) == "Claim match, score 0.90 · differs: June 18 vs June 19"


def test_all_hidden_leaves_the_selection_as_it_is(three: MainWindow) -> None:
    three.select_match("m5")  # 1.0: Min score keeps it
    three.dock.slider.setValue(96)  # hides m1 (0.9), m3 (0.95) and m4 (0.6)
    three.actions_.next_discrepancy.trigger()
    assert current(three) == "m5"


def test_all_hidden_by_min_score_says_show_all_brings_them_back(three: MainWindow) -> None:
    three.dock.slider.setValue(96)
    three.actions_.prev_discrepancy.trigger()
    assert said(three) == (
        "The 3 discrepancies are in matches hidden by the Matches panel's Min score: "
        "click Show all above the articles to bring them back."
    )


def test_all_hidden_by_the_words_names_them_and_esc(shown: MainWindow) -> None:
    words(shown, "  parade ")  # m1, the one discrepancy, does not hold it
    shown.actions_.next_discrepancy.trigger()
    assert current(shown) is None
    assert said(shown) == (
        "The discrepancy is in a match hidden by the Matches panel's filter words “parade”: "
        "press Esc in the filter box to bring it back."
    )


def test_all_hidden_by_the_show_choice_says_set_show_to_all_matches(three: MainWindow) -> None:
    three.dock.set_show(SHOW_NOTED)  # no note: every match hidden
    three.actions_.next_discrepancy.trigger()
    assert said(three) == (
        "The 3 discrepancies are in matches hidden by the Matches panel's Show choice: "
        "set Show to All matches to bring them back."
    )


def test_all_hidden_names_every_filter_that_hides_them(three: MainWindow) -> None:
    three.dock.set_show(SHOW_NOTED)  # no note: every match hidden
    for kind in ("claim", "quote"):
        three.dock.kind_boxes[kind].setChecked(False)
    three.actions_.next_discrepancy.trigger()
    assert said(three) == (
        "The 3 discrepancies are in matches hidden by the Matches panel's unticked kinds "
        "and Show choice: click Show all above the articles and set Show to All matches "
        "to bring them back."
    )


def test_three_filters_are_named_in_one_list_and_their_undoings_in_another() -> None:
    assert all_hidden(2, ["kinds", "words", "Min score"], "Kim") == (
        "The 2 discrepancies are in matches hidden by the Matches panel's unticked kinds, "
        "filter words “Kim” and Min score: click Show all above the articles and press Esc "
        "in the filter box to bring them back."
    )


def test_one_other_hidden_beside_the_only_one_shown_is_singular() -> None:
    assert more_hidden(1, 1) == "the only discrepancy shown: 1 other is hidden by the filters"


def test_no_discrepancy_at_all_says_so_whatever_the_filters(
    window: MainWindow, alignment: Alignment, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(window.alignment_finished):
        window.show_alignment(replace(alignment, discrepancies=()))
    window.dock.slider.setValue(96)
    window.actions_.next_discrepancy.trigger()
    assert said(window) == NO_DISCREPANCY


def test_the_filter_model_names_every_filter_hiding_a_match(
    three: MainWindow, alignment: Alignment
) -> None:
    three.dock.kind_boxes["claim"].setChecked(False)
    three.dock.slider.setValue(96)
    words(three, "parade")
    m1 = alignment.matches[0]
    assert three.dock.proxy.hiding(m1) == ("kinds", "words", "Min score")


def test_the_filter_model_names_none_for_a_match_it_lists(
    three: MainWindow, alignment: Alignment
) -> None:
    assert three.dock.proxy.hiding(alignment.matches[0]) == ()


def test_the_pane_filter_names_kinds_and_min_score_apart(alignment: Alignment) -> None:
    m4 = alignment.matches[3]  # a claim scored 0.6
    assert PaneFilter(frozenset({"quote"}), 0.5).hiding(m4) == ("kinds",)
    assert PaneFilter(min_score=0.7).hiding(m4) == ("Min score",)
