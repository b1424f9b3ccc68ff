"""Go > Next match / Previous match when there is nothing to step to, and what a step
says when it wraps around or finds only one (reader.ui.navigation)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pytestqt.qtbot import QtBot

from reader.model import Alignment
from reader.model.note import Note
from reader.ui.main_window import MainWindow
from reader.ui.matches_model import SHOW_NOTED
from reader.ui.navigation import pass_word


def test_next_match_says_why_when_the_filters_hide_every_match(shown: MainWindow) -> None:
    shown.dock.set_show(SHOW_NOTED)  # no note yet
    shown.actions_.next_match.trigger()
    assert shown.linker.current is None
    al = shown.alignment()
    assert al is not None
    count = len(al.matches)
    assert shown.statusBar().currentMessage() == (
        f"All {count} matches are hidden by the Matches panel's Show choice: set Show to "
        "All matches to bring them back."
    )


def test_next_match_names_every_filter_that_hides_the_matches(shown: MainWindow) -> None:
    shown.dock.set_show(SHOW_NOTED)
    shown.dock.slider.setValue(100)
    shown.actions_.prev_match.trigger()
    assert "Show choice and Min score: set Show to All matches and click Show all" in (
        shown.statusBar().currentMessage()
    )


def test_next_match_says_so_when_the_articles_share_nothing(
    window: MainWindow, alignment: Alignment, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(window.alignment_finished):
        window.show_alignment(replace(alignment, matches=(), discrepancies=()))
    window.actions_.prev_match.trigger()
    assert "No match" in window.statusBar().currentMessage()


def test_next_discrepancy_says_what_the_articles_disagree_on(shown: MainWindow) -> None:
    shown.actions_.next_discrepancy.trigger()
    assert shown.linker.current == "m1"
    assert "June 18 vs June 19" in shown.statusBar().currentMessage()


def test_next_match_names_the_words_no_match_holds(shown: MainWindow) -> None:
    """The filter box, not a kind, Show or Min score, left nothing to step to: the status
    bar names the words typed (the box may be behind another panel)."""
    shown.only_dock.show()
    shown.only_dock.raise_()
    shown.dock.words.edit.setText("parade  ")
    shown.dock.words.flush()
    shown.actions_.next_match.trigger()
    assert shown.linker.current is None
    assert "hidden by the Matches panel's filter words “parade”: press Esc in the filter " in (
        shown.statusBar().currentMessage()
    )


# --- a pass through the matches: where it wraps, the only one ----------------------------


def lead(window: MainWindow) -> str:
    """What the status bar says first, before the match's kind and score."""
    return window.statusBar().currentMessage().split(" · ")[0]


def test_next_match_from_the_last_says_it_is_back_at_the_first(shown: MainWindow) -> None:
    """A checker pressing F8 through the matches knows the pass is complete."""
    order = [m.id for m in shown.navigator.stops()]
    shown.select_match(order[-1])
    shown.actions_.next_match.trigger()
    assert (shown.linker.current, lead(shown)) == (
        order[0],
        f"Past the last of the {len(order)} claims and quotes: back to the first",
    )


def test_previous_match_from_the_first_says_it_is_back_at_the_last(shown: MainWindow) -> None:
    order = [m.id for m in shown.navigator.stops()]
    shown.select_match(order[0])
    shown.actions_.prev_match.trigger()
    assert (shown.linker.current, lead(shown)) == (
        order[-1],
        f"Past the first of the {len(order)} claims and quotes: back to the last",
    )


def test_a_step_mid_way_names_only_the_match(shown: MainWindow) -> None:
    order = [m.id for m in shown.navigator.matches()]
    shown.select_match(order[0])
    shown.actions_.next_match.trigger()
    assert shown.statusBar().currentMessage() == "Claim match, score 0.70"


def test_the_wrap_counts_the_matches_the_filters_let_through(shown: MainWindow) -> None:
    shown.dock.slider.setValue(85)  # hides m2 (0.7), m4 (0.6) and m6 (0.5)
    shown.select_match("m3")  # the last claim or quote shown in A's order
    shown.actions_.next_match.trigger()
    assert lead(shown) == "Past the last of the 2 claims and quotes shown: back to the first"


def test_the_wrap_counts_every_kind_when_names_and_figures_are_stops(shown: MainWindow) -> None:
    shown.actions_.minor_links.setChecked(True)
    shown.dock.slider.setValue(85)  # hides m2 (0.7), m4 (0.6) and m6 (0.5)
    shown.select_match("m5")  # the last shown in A's order
    shown.actions_.next_match.trigger()
    assert lead(shown) == "Past the last of the 3 matches shown: back to the first"


# --- what Next match stops at: claims and quotes, names and figures when they matter ----


def steps(window: MainWindow, count: int) -> list[str | None]:
    """The matches ``count`` presses of F8 go to, from the top of A."""
    went = []
    for _ in range(count):
        window.actions_.next_match.trigger()
        went.append(window.linker.current)
    return went


def test_next_match_passes_names_and_figures_by(shown: MainWindow) -> None:
    """A checker steps from claim to claim: the name (m6) and the figure (m5) beside the
    quote and the delegates' claim are not stops of their own."""
    assert steps(shown, 5) == ["m1", "m2", "m3", "m4", "m1"]


def test_next_match_stops_at_names_and_figures_with_entity_and_number_links(
    shown: MainWindow,
) -> None:
    shown.actions_.minor_links.setChecked(True)  # View > Entity and number links
    assert steps(shown, 6) == ["m1", "m2", "m3", "m6", "m4", "m5"]


def test_next_match_stops_at_a_figure_the_reader_noted(shown: MainWindow) -> None:
    shown.dock.set_notes((Note.new("Check the 300: B says some 300", match_id="m5"),))
    assert [m.id for m in shown.navigator.stops()] == ["m1", "m2", "m3", "m4", "m5"]


def test_next_match_steps_through_names_when_the_panel_lists_only_them(
    shown: MainWindow,
) -> None:
    for kind in ("claim", "quote", "number"):
        shown.dock.kind_boxes[kind].setChecked(False)
    assert steps(shown, 2) == ["m6", "m6"]
    assert lead(shown) == "The only match shown"


def test_next_match_goes_on_from_a_name_chosen_in_the_table(shown: MainWindow) -> None:
    """A name's match chosen (in the table, the text) is no stop, yet F8 goes on from it
    to the claim after it in A, and Shift+F8 back to the one before."""
    shown.select_match("m6")  # in the quote's sentence, before the delegates' claim
    shown.actions_.next_match.trigger()
    assert shown.linker.current == "m4"
    shown.select_match("m6")
    shown.actions_.prev_match.trigger()
    assert shown.linker.current == "m3"


def test_the_only_match_says_so(window: MainWindow, alignment: Alignment, qtbot: QtBot) -> None:
    with qtbot.waitSignal(window.alignment_finished):
        window.show_alignment(replace(alignment, matches=alignment.matches[:1]))
    window.actions_.next_match.trigger()
    window.actions_.next_match.trigger()
    assert (window.linker.current, lead(window)) == ("m1", "The only match")


def test_the_only_discrepancy_says_so_when_pressed_again(shown: MainWindow) -> None:
    shown.actions_.next_discrepancy.trigger()
    shown.actions_.next_discrepancy.trigger()
    assert shown.statusBar().currentMessage() == (
        "The only discrepancy · Claim match, score 0.90 · differs: June 18 vs June 19"
    )


@pytest.mark.parametrize(
    ("args", "said"),
    [
        ((1, 133, True), "Past the last of the 133 matches: back to the first"),
        ((-1, 133, True), "Past the first of the 133 matches: back to the last"),
        ((1, 133, False), ""),
        ((1, 1, True), "The only match"),
        ((1, 1, False), "The only match"),
        ((1, 3, True, 4), "Past the last of the 4 discrepancies: back to the first"),
        ((1, 1, True, 1), "The only discrepancy"),
        ((1, 1, True, 2), "The only match with discrepancies"),
        ((-1, 105, True, 0, True), "Past the first of the 105 matches shown: back to the last"),
        ((1, 1, False, 0, True), "The only match shown"),
        (
            (1, 24, True, 0, False, True),
            "Past the last of the 24 claims and quotes: back to the first",
        ),
        ((1, 1, False, 0, True, True), "The only claim or quote shown"),
    ],
)
def test_pass_word(args: tuple[int, int, bool], said: str) -> None:
    assert pass_word(*args) == said
