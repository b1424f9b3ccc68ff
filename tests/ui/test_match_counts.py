"""The status bar's counts agree with the matches the Matches panel lists
(reader.ui.match_counts, reader.ui.messages.status_summary)."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.model import Alignment, MatchKind
from reader.model.note import Note
from reader.model.session import Session
from reader.ui.main_window import MainWindow
from reader.ui.match_counts import HIDDEN_TIP
from reader.ui.matches_model import SHOW_NOTED
from reader.ui.messages import status_summary
from reader.ui.session_controller import SessionController
from tests.ui import session_fixtures as fx
from tests.ui.session_fixtures import ALIGN_TIMEOUT, settle
from tests.wire_copies import COURIER, RELEASE

pytestmark = pytest.mark.gui

ctl, data_folder, opened, pair, win = fx.ctl, fx.data_folder, fx.opened, fx.pair, fx.win

EVERY = "3 claims · 1 shared quote · 1 entity · 1 number · 1 discrepancy"


def counts(window: MainWindow, qtbot: QtBot) -> str:
    """The counts once they have followed the panel's last change."""
    qtbot.waitUntil(lambda: not window.pane_filtering.counts._again.isActive())
    return window.counts.full_text().split(" · aligned in")[0]


def test_the_counts_count_every_match_while_the_panel_hides_none(
    shown: MainWindow, qtbot: QtBot
) -> None:
    assert counts(shown, qtbot) == EVERY


def test_a_kind_unticked_is_counted_as_shown_of_all(shown: MainWindow, qtbot: QtBot) -> None:
    shown.dock.kind_boxes["entity"].setChecked(False)
    assert counts(shown, qtbot) == (
        "5 of 6 matches shown · 3 claims · 1 shared quote · 0 of 1 entity · 1 number · "
        "1 discrepancy"
    )


def test_min_score_counts_the_claims_it_keeps(shown: MainWindow, qtbot: QtBot) -> None:
    shown.dock.slider.setValue(85)  # keeps m1 (0.9), m3 (0.95), m5 (1.0)
    assert counts(shown, qtbot) == (
        "3 of 6 matches shown · 1 of 3 claims · 1 shared quote · 0 of 1 entity · 1 number · "
        "1 discrepancy"
    )
    assert shown.dock.proxy.rowCount() == 3  # the table lists as many


def test_a_hidden_discrepancy_is_counted_as_hidden(shown: MainWindow, qtbot: QtBot) -> None:
    shown.dock.words.edit.setText("delegates")  # m4 alone, not m1 with its discrepancy
    shown.dock.words.flush()
    assert counts(shown, qtbot).endswith("0 of 1 discrepancy")


def test_the_counts_follow_a_note_while_show_keeps_the_noted(
    shown: MainWindow, qtbot: QtBot
) -> None:
    shown.dock.set_show(SHOW_NOTED)
    assert counts(shown, qtbot).startswith("0 of 6 matches shown")
    shown.dock.set_notes((Note.new("check the date", match_id="m1"),))
    assert counts(shown, qtbot).startswith("1 of 6 matches shown · 1 of 3 claims")


def test_every_match_counted_again_once_show_all_is_pressed(
    shown: MainWindow, qtbot: QtBot
) -> None:
    shown.dock.kind_boxes["claim"].setChecked(False)
    shown.dock.slider.setValue(50)
    shown.filter_note.button.click()  # Show all
    assert counts(shown, qtbot) == EVERY


def test_the_tooltip_says_what_brings_hidden_matches_back(shown: MainWindow, qtbot: QtBot) -> None:
    shown.dock.kind_boxes["quote"].setChecked(False)
    counts(shown, qtbot)
    assert HIDDEN_TIP in shown.counts.toolTip()


def test_another_alignment_is_counted_as_the_panel_lists_it(
    shown: MainWindow, alignment: Alignment, qtbot: QtBot
) -> None:
    """The counts are of the alignment now shown, through the panel's filter: with the
    numbers unticked and no number match left, nothing is hidden."""
    shown.dock.kind_boxes["number"].setChecked(False)
    assert counts(shown, qtbot).startswith("5 of 6 matches shown")
    with qtbot.waitSignal(shown.alignment_finished):
        shown.show_alignment(replace(alignment, matches=alignment.matches[:4]))
    assert counts(shown, qtbot) == (
        "3 claims · 1 shared quote · 0 entities · 0 numbers · 1 discrepancy"
    )


def test_status_summary_without_a_filter_is_unchanged(alignment: Alignment) -> None:
    assert status_summary(alignment, lambda _m: True) == status_summary(alignment)


def test_a_rejected_match_is_counted_as_rejected(
    ctl: SessionController, opened: Session, win: MainWindow, qtbot: QtBot
) -> None:
    """The counts of the pair shown left a rejected match out and never said so."""
    claim = next(m for m in opened.alignment.matches if m.kind is MatchKind.CLAIM)
    claims = opened.alignment.counts()["claim"]
    ctl.corrections.reject(claim.id)
    settle(qtbot, ctl)
    text = counts(win, qtbot)
    assert f"{claims - 1} claims" in text.split(" · ")
    assert text.endswith(" · 1 rejected")
    ctl.corrections.restore(claim.id)
    settle(qtbot, ctl)
    assert "rejected" not in counts(win, qtbot)


STORY_SHARE = (
    "B's words: 37% word for word in A, 7% closely reworded, 26% told in other words, 30% only in B"
)


@pytest.fixture
def release_story(ctl: SessionController, win: MainWindow, qtbot: QtBot, tmp_path: Path) -> Session:
    """The hospital's press release (A) and the Courier's story built on it a day later
    (B), copied into tmp_path, open and aligned in the window."""
    files = []
    for page in (RELEASE, COURIER):
        files.append(tmp_path / page.name)
        shutil.copyfile(page, files[-1])
    with qtbot.waitSignal(ctl.session_changed, timeout=ALIGN_TIMEOUT):
        win.open_pair(str(files[0]), str(files[1]))
    return settle(qtbot, ctl)


def test_the_counts_say_how_much_of_the_story_is_the_release_s_words(
    release_story: Session, win: MainWindow, qtbot: QtBot
) -> None:
    """After the counts, before the time aligning took: the story (B, the later) is told;
    the tooltip tells the release's too."""
    parts = win.counts.full_text().split(" · ")
    assert parts[-2:-1] == [STORY_SHARE]
    assert parts[-1].startswith("aligned in ")
    assert (
        "A's words: 40% word for word in B, 15% closely reworded, 32% told in other words, "
        "12% only in A"
    ) in win.counts.toolTip()


def test_the_tooltip_says_how_much_of_the_share_is_quotations(
    release_story: Session, win: MainWindow
) -> None:
    assert "Of B's 37% word for word in A, 12% are quotations" in win.counts.toolTip()


def test_the_share_follows_a_match_rejected(
    ctl: SessionController, release_story: Session, win: MainWindow, qtbot: QtBot
) -> None:
    """Rejecting the link of the 38 minutes (word for word in both) moves its 26 words of
    B's to "only in B"."""
    minutes = next(
        m
        for m in release_story.alignment.matches
        if m.kind is MatchKind.CLAIM
        and release_story.alignment.b.slice(m.b).startswith("On average, patients")
        and release_story.alignment.a.slice(m.a).startswith("On average, patients")
    )
    ctl.corrections.reject(minutes.id)
    settle(qtbot, ctl)
    assert "B's words: 32% word for word in A, " in counts(win, qtbot)


def test_the_filter_leaves_the_share_as_it_is(
    release_story: Session, win: MainWindow, qtbot: QtBot
) -> None:
    win.dock.kind_boxes["claim"].setChecked(False)
    assert counts(win, qtbot).endswith(STORY_SHARE)


def test_a_pair_sharing_few_words_gets_no_share(shown: MainWindow, qtbot: QtBot) -> None:
    assert "'s words:" not in shown.counts.full_text()


def test_a_narrow_window_keeps_its_width_and_leaves_the_share_out_whole(
    release_story: Session, win: MainWindow, qtbot: QtBot
) -> None:
    win.resize(700, 600)
    qtbot.waitUntil(lambda: win.width() <= 700 + 1)
    qtbot.wait(50)
    assert win.width() <= 701
    shown = win.counts.text()
    assert shown.endswith(" …")
    assert STORY_SHARE not in shown and "B's words" not in shown  # the part goes whole
