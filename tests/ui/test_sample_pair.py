"""The sample pair in the window: Help > Open the sample pair, and the first-start tip
that says the pair on screen is a sample and how to open one's own (reader/ui/sample_pair.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from reader.analysis import align
from reader.ingest import load_document
from reader.model import Alignment, Document
from reader.ui.main_window import MainWindow
from reader.ui.notice_bar import NoticeBar
from reader.ui.pair_task import Aligner
from reader.ui.sample_pair import SamplePair, seed_paths
from tests.ui.session_fixtures import check_closed

ALIGN_TIMEOUT = 60_000


def lexical(a: Document, b: Document, **kw: object) -> Alignment:
    return align(a, b, method="lexical", **kw)  # type: ignore[arg-type]


def make_window(
    qtbot: QtBot, settings: QSettings, aligner: Aligner = lexical
) -> tuple[MainWindow, SamplePair]:
    window = MainWindow(settings=settings, loader=load_document, aligner=aligner)
    qtbot.addWidget(window)
    window.show()
    return window, SamplePair(window)


@pytest.fixture
def first_start(qtbot: QtBot, settings: QSettings) -> Iterator[tuple[MainWindow, SamplePair]]:
    """A window with nothing saved, as app.run_gui makes it (words alone match: quick)."""
    window, sample = make_window(qtbot, settings)
    yield window, sample
    check_closed(window)


def open_and_wait(qtbot: QtBot, window: MainWindow, a: str, b: str) -> None:
    with qtbot.waitSignal(window.alignment_finished, timeout=ALIGN_TIMEOUT):
        window.open_pair(a, b)


def help_menu(window: MainWindow) -> QMenu:
    for action in window.menuBar().actions():
        if action.text() == "&Help":
            menu = action.menu()
            assert isinstance(menu, QMenu)
            return menu
    raise AssertionError("no Help menu")


def test_help_offers_the_sample_pair_after_the_reading_guide(
    first_start: tuple[MainWindow, SamplePair],
) -> None:
    window, sample = first_start
    actions: list[QAction] = help_menu(window).actions()
    assert actions.index(sample.action) == actions.index(window.actions_.guide) + 1


def test_a_window_has_help_open_the_sample_pair_of_its_own(window: MainWindow) -> None:
    """The guide's "Help > Open the sample pair" is in any window, not only the app's."""
    actions: list[QAction] = help_menu(window).actions()
    assert actions.index(window.actions_.sample_pair) == actions.index(window.actions_.guide) + 1


def test_help_opens_the_sample_pair_in_a_window_without_the_tip(
    qtbot: QtBot, settings: QSettings
) -> None:
    """A bare window (as tests make) opens the sample pair, and shows no first-start tip."""
    window = MainWindow(settings=settings, loader=load_document, aligner=lexical)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.alignment_finished, timeout=ALIGN_TIMEOUT):
        window.actions_.sample_pair.trigger()
    assert window.paths() == seed_paths()
    assert window.findChild(NoticeBar, "sample_tip") is None
    check_closed(window)


def test_help_opens_the_sample_pair(
    first_start: tuple[MainWindow, SamplePair], qtbot: QtBot, pair_files: tuple[str, str]
) -> None:
    window, sample = first_start
    open_and_wait(qtbot, window, *pair_files)
    with qtbot.waitSignal(window.alignment_finished, timeout=ALIGN_TIMEOUT):
        sample.action.trigger()
    assert window.paths() == seed_paths()


def test_the_first_start_on_the_sample_says_it_is_one_and_how_to_open_your_own(
    first_start: tuple[MainWindow, SamplePair], qtbot: QtBot
) -> None:
    window, sample = first_start
    open_and_wait(qtbot, window, *seed_paths())
    said = sample.tip.text()
    assert sample.tip.isVisible() and "sample pair" in said
    assert "Open pair" in said and "Ctrl+O" in said and "Ctrl+Shift+V" in said
    assert "drop two files" in said and "Reading guide" in said


def test_the_tip_closed_stays_closed_at_the_next_start(
    first_start: tuple[MainWindow, SamplePair], qtbot: QtBot, settings: QSettings
) -> None:
    window, sample = first_start
    open_and_wait(qtbot, window, *seed_paths())
    sample.tip.close_button.click()
    assert not sample.tip.isVisible()
    window.close()
    again, again_sample = make_window(qtbot, QSettings(settings.fileName(), settings.format()))
    open_and_wait(qtbot, again, *seed_paths())
    assert not again_sample.tip.isVisible()
    check_closed(again)


def test_a_pair_of_your_own_retires_the_tip(
    first_start: tuple[MainWindow, SamplePair], qtbot: QtBot, pair_files: tuple[str, str]
) -> None:
    window, sample = first_start
    open_and_wait(qtbot, window, *seed_paths())
    open_and_wait(qtbot, window, *pair_files)
    assert not sample.tip.isVisible()
    open_and_wait(qtbot, window, *seed_paths())
    assert not sample.tip.isVisible()


def test_the_tip_stays_while_the_sample_sides_are_swapped(
    first_start: tuple[MainWindow, SamplePair], qtbot: QtBot
) -> None:
    window, sample = first_start
    open_and_wait(qtbot, window, *seed_paths())
    with qtbot.waitSignal(window.alignment_finished, timeout=ALIGN_TIMEOUT):
        window.swap_sides()
    assert sample.tip.isVisible()


def test_no_tip_over_a_pair_of_your_own_on_a_first_start(
    first_start: tuple[MainWindow, SamplePair], qtbot: QtBot, pair_files: tuple[str, str]
) -> None:
    window, sample = first_start
    open_and_wait(qtbot, window, *pair_files)
    assert not sample.tip.isVisible()


def tip_on_preview(window: MainWindow, sample: SamplePair) -> list[bool]:
    """Whether the tip shows at each moment the text of a pair being opened appears (it
    is matched after: the tip showed, and went, only then)."""
    seen: list[bool] = []
    window.opener.previewable.connect(lambda _d: seen.append(sample.tip.isVisibleTo(window)))
    return seen


def test_the_tip_shows_with_the_samples_text_before_it_is_matched(
    first_start: tuple[MainWindow, SamplePair], qtbot: QtBot
) -> None:
    window, sample = first_start
    seen = tip_on_preview(window, sample)
    open_and_wait(qtbot, window, *seed_paths())
    assert seen == [True]


def test_the_tip_goes_as_soon_as_another_pairs_text_shows(
    first_start: tuple[MainWindow, SamplePair], qtbot: QtBot, pair_files: tuple[str, str]
) -> None:
    window, sample = first_start
    open_and_wait(qtbot, window, *seed_paths())
    seen = tip_on_preview(window, sample)
    open_and_wait(qtbot, window, *pair_files)
    assert seen == [False]


def test_the_tip_comes_back_when_the_other_pair_fails_to_open(
    qtbot: QtBot, settings: QSettings, pair_files: tuple[str, str]
) -> None:
    """The pair's text showed (the tip went), then its matching failed: the sample stays
    on screen, its tip with it, and the tip is not done with."""

    def fails_on_others(a: Document, b: Document, **kw: object) -> Alignment:
        if {a.path, b.path} != set(seed_paths()):
            raise ValueError("no alignment")
        return lexical(a, b, **kw)

    window, sample = make_window(qtbot, settings, fails_on_others)
    open_and_wait(qtbot, window, *seed_paths())
    seen = tip_on_preview(window, sample)
    with qtbot.waitSignal(window.opener.failed, timeout=ALIGN_TIMEOUT):
        window.open_pair(*pair_files)
    assert seen == [False]
    assert sample.tip.isVisible() and not sample.done()
    window.opener.close_dialog()
    check_closed(window)


def test_pasted_text_retires_the_tip(
    first_start: tuple[MainWindow, SamplePair], qtbot: QtBot
) -> None:
    window, sample = first_start
    open_and_wait(qtbot, window, *seed_paths())
    dialog = window.opener.open_paste_dialog()
    dialog.side_a.set_text("A storm hit the coast on Monday, killing three people.")
    dialog.side_b.set_text("Three people died when a storm hit the coast on Monday.")
    with qtbot.waitSignal(window.alignment_finished, timeout=ALIGN_TIMEOUT):
        dialog.compare_button.click()
    assert not sample.tip.isVisible() and sample.done()


def test_the_empty_window_names_every_way_to_start(
    first_start: tuple[MainWindow, SamplePair],
) -> None:
    window, sample = first_start
    said = window.pane_a.browser.placeholderText() + window.pane_b.browser.placeholderText()
    assert "Ctrl+O" in said and "Ctrl+Shift+V" in said and "drop two files" in said
    assert sample.action.text().replace("&", "") in said


@pytest.fixture
def pair_files(tmp_path: Path) -> tuple[str, str]:
    """Two short articles of the reader's own."""
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text(
        "Storm hits the coast\n\nA storm hit the coast on Monday, killing three people.\n",
        encoding="utf-8",
    )
    b.write_text(
        "Coastal storm kills three\n\nThree people died when a storm hit the coast Monday.\n",
        encoding="utf-8",
    )
    return str(a), str(b)
