"""The notice bar above the panes: shown for a pair that shares nothing, and closable."""

from __future__ import annotations

import threading
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAction, QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from reader.analysis.linking.relatedness import ENGLISH_ONLY_MODEL, NOTHING_SHARED, pair_notice
from reader.model import Alignment
from reader.ui.main_window import MainWindow
from reader.ui.notice_bar import NoticeBar
from tests.ui.palette_fixtures import (
    DARK,
    HIGH_CONTRAST,
    LINE_CONTRAST,
    PALETTES,
    TEXT_CONTRAST,
    contrast,
    palette,
)

ALIGN_TIMEOUT = 60_000


def show(window: MainWindow, qtbot: QtBot, alignment: Alignment) -> None:
    with qtbot.waitSignal(window.alignment_finished, timeout=ALIGN_TIMEOUT):
        window.show_alignment(alignment)


@pytest.fixture
def nothing_shared(alignment: Alignment) -> Alignment:
    """The hand-built pair with every match taken away."""
    return replace(alignment, matches=(), discrepancies=())


def test_unrelated_files_show_the_notice(
    window: MainWindow, qtbot: QtBot, seed_a_path: Path, data_dir: Path
) -> None:
    with qtbot.waitSignal(window.alignment_finished, timeout=ALIGN_TIMEOUT):
        window.open_pair(str(seed_a_path), str(data_dir / "ecb" / "1_10ecb.txt"))
    assert window.notice_bar.isVisible()
    assert window.notice_bar.text() == NOTHING_SHARED


def test_a_pair_with_links_hides_the_notice(
    window: MainWindow, qtbot: QtBot, alignment: Alignment, nothing_shared: Alignment
) -> None:
    show(window, qtbot, nothing_shared)
    assert window.notice_bar.isVisible()
    show(window, qtbot, alignment)
    assert not window.notice_bar.isVisible()
    assert window.notice_bar.text() == ""


def test_closing_hides_the_notice(
    window: MainWindow, qtbot: QtBot, nothing_shared: Alignment
) -> None:
    show(window, qtbot, nothing_shared)
    with qtbot.waitSignal(window.notice_bar.dismissed):
        QTest.mouseClick(window.notice_bar.close_button, Qt.MouseButton.LeftButton)
    assert not window.notice_bar.isVisible()


@pytest.fixture
def dismissed(window: MainWindow, qtbot: QtBot, nothing_shared: Alignment) -> MainWindow:
    """The window showing the pair that shares nothing, its notice closed."""
    show(window, qtbot, nothing_shared)
    window.notice_bar.dismiss()
    return window


def test_a_closed_notice_stays_closed_for_its_pair(
    dismissed: MainWindow, qtbot: QtBot, nothing_shared: Alignment
) -> None:
    window = dismissed
    window.opener.paths = ("/tmp/a.txt", "/tmp/b.txt")
    with qtbot.waitSignal(window.alignment_finished, timeout=ALIGN_TIMEOUT):
        window.actions_.swap.trigger()
    assert window.pane_a.browser.toPlainText() == nothing_shared.b.text
    assert not window.notice_bar.isVisible()


def test_a_closed_notice_comes_back_for_another_pair(
    dismissed: MainWindow, qtbot: QtBot, nothing_shared: Alignment
) -> None:
    other_a = replace(nothing_shared.a, text=nothing_shared.a.text + " More.", content_hash="")
    show(dismissed, qtbot, replace(nothing_shared, a=other_a))
    assert dismissed.notice_bar.isVisible()


def test_notice_bar_alone(qtbot: QtBot) -> None:
    bar = NoticeBar()
    qtbot.addWidget(bar)
    bar.show()
    bar.set_notice("Something about the pair.", "pair 1")
    assert bar.isVisible()
    assert bar.accessibleDescription() == "Something about the pair."
    bar.set_notice(None)
    assert not bar.isVisible()


def test_articles_weeks_apart_show_their_dates(
    window: MainWindow, qtbot: QtBot, alignment: Alignment
) -> None:
    dated = replace(
        alignment,
        a=replace(alignment.a, date="2009-03-04"),
        b=replace(alignment.b, date="2009-04-28"),
    )
    show(window, qtbot, dated)
    assert window.notice_bar.isVisible()
    assert "55 days apart (2009-03-04 and 2009-04-28)" in window.notice_bar.text()


def test_tab_reaches_the_notice_before_the_articles(
    window: MainWindow, qtbot: QtBot, nothing_shared: Alignment
) -> None:
    show(window, qtbot, nothing_shared)
    chain: list[QWidget] = [window]  # the window's focus chain, from its start
    while len(chain) < 1000:
        following = chain[-1].nextInFocusChain()
        if following is None or following is window:
            break
        chain.append(following)
    close, article = window.notice_bar.close_button, window.pane_a.browser
    assert chain.index(close) < chain.index(article)


def with_tooltips_like_the_window(colours: dict[QPalette.ColorRole, str]) -> QPalette:
    """``colours`` with the tooltip roles a dark or high-contrast desktop sets as well."""
    out = palette(colours)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        out.setColor(group, QPalette.ColorRole.ToolTipBase, out.color(QPalette.ColorRole.Window))
        out.setColor(
            group, QPalette.ColorRole.ToolTipText, out.color(QPalette.ColorRole.WindowText)
        )
    return out


THEMES: dict[str, QPalette] = {
    **{name: palette(c) if c is not None else QPalette() for name, c in PALETTES.items()},
    "dark, dark notices": with_tooltips_like_the_window(DARK),
    "high contrast, black notices": with_tooltips_like_the_window(HIGH_CONTRAST),
}


def seen_pixels(bar: NoticeBar, part: QRect) -> int:
    """How many pixels of ``part`` of the bar stand out 3:1 from the bar's background."""
    ground = bar.palette().color(QPalette.ColorRole.ToolTipBase)
    image = bar.grab(part).toImage()
    return sum(
        contrast(image.pixelColor(x, y), ground) >= LINE_CONTRAST
        for x in range(image.width())
        for y in range(image.height())
    )


@pytest.mark.parametrize("theme", list(THEMES))
def test_the_information_sign_and_the_close_button_are_seen(
    window: MainWindow, qtbot: QtBot, nothing_shared: Alignment, theme: str
) -> None:
    """The style's sign was a light blue disc, 2.7:1 on the bar's pale yellow (no pixel
    at 3:1), and the ✕ was in the button text colour: light grey or white on that yellow
    in a dark palette. Both are now in the colour of the bar's words."""
    window.setPalette(THEMES[theme])
    show(window, qtbot, nothing_shared)
    bar = window.notice_bar
    words = bar.palette().color(QPalette.ColorRole.ToolTipText)
    assert contrast(bar.palette().color(QPalette.ColorRole.ToolTipBase), words) >= 4.5
    sign = next(x for x in bar.findChildren(QLabel) if not x.pixmap().isNull())
    # a ring and a stem in lines of 1.3 pixels or more, 16 pixels high or more
    assert seen_pixels(bar, sign.geometry()) >= 40
    # a cross of two strokes about 8 pixels long
    assert seen_pixels(bar, bar.close_button.geometry()) >= 10


def test_the_notice_is_worked_out_off_the_gui_thread(
    window: MainWindow, qtbot: QtBot, nothing_shared: Alignment, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Which script and language each article is in is read letter by letter: 30 ms
    and more of a long pair's show, in the turn that finished it."""
    on_gui_thread: list[bool] = []

    def spied(shown: Alignment) -> str | None:
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        return pair_notice(shown)

    monkeypatch.setattr("reader.session.view.pair_notice", spied)
    show(window, qtbot, nothing_shared)
    assert window.notice_bar.text() == NOTHING_SHARED
    assert on_gui_thread == [False]


def bar_ground(bar: NoticeBar) -> QColor:
    """The colour the bar is drawn in: the commonest pixel of its picture."""
    image = bar.grab().toImage()
    pixels = Counter(
        image.pixelColor(x, y).rgb()
        for x in range(0, image.width(), 3)
        for y in range(image.height())
    )
    return QColor.fromRgb(pixels.most_common(1)[0][0])


@pytest.fixture
def dark_window(window: MainWindow, qtbot: QtBot, nothing_shared: Alignment) -> MainWindow:
    """The window in a dark palette that leaves the tooltip colours light, its notice
    shown."""
    window.setPalette(palette(DARK))
    show(window, qtbot, nothing_shared)
    return window


def test_a_dark_palette_with_light_tooltips_draws_the_notice_dark(
    dark_window: MainWindow,
) -> None:
    """The bar stayed the tooltips' pale yellow (#ffffdc) over the dark window."""
    bar = dark_window.notice_bar
    ground = bar_ground(bar)
    assert ground.lightness() < 100, ground.name()
    words = bar.label.palette().color(bar.label.foregroundRole())
    assert contrast(ground, words) >= TEXT_CONTRAST


def test_the_notice_is_light_again_in_a_light_palette(
    dark_window: MainWindow, qtbot: QtBot
) -> None:
    dark_window.setPalette(QPalette())
    qtbot.waitUntil(lambda: bar_ground(dark_window.notice_bar).lightness() > 200)
    expected = QApplication.palette().color(QPalette.ColorRole.ToolTipBase)
    assert bar_ground(dark_window.notice_bar) == expected


def test_a_dark_desktops_own_notice_colours_are_kept(
    window: MainWindow, qtbot: QtBot, nothing_shared: Alignment
) -> None:
    window.setPalette(THEMES["dark, dark notices"])
    show(window, qtbot, nothing_shared)
    expected = window.palette().color(QPalette.ColorRole.Window)  # its ToolTipBase
    assert bar_ground(window.notice_bar) == expected


def test_an_action_offered_with_a_notice_is_a_button_that_triggers_it(qtbot: QtBot) -> None:
    bar = NoticeBar()
    qtbot.addWidget(bar)
    bar.show()
    action = QAction("Update from the article files", bar)
    triggered: list[bool] = []
    action.triggered.connect(lambda: triggered.append(True))
    bar.set_notice("Article A's file changed.", "pair")
    bar.set_action(action)
    assert bar.action_button.isVisible()
    assert bar.action_button.text() == "Update from the article files"
    action.setEnabled(False)
    assert not bar.action_button.isEnabled()  # it follows the action
    action.setEnabled(True)
    QTest.mouseClick(bar.action_button, Qt.MouseButton.LeftButton)
    assert triggered == [True]


def test_another_notice_takes_the_last_ones_action_away(qtbot: QtBot) -> None:
    bar = NoticeBar()
    qtbot.addWidget(bar)
    bar.show()
    bar.set_notice("Article A's file changed.", "pair")
    bar.set_action(QAction("Update", bar))
    bar.set_notice("Article A was updated.", "pair")
    assert not bar.action_button.isVisible()


@pytest.fixture
def bar(qtbot: QtBot) -> NoticeBar:
    """A notice bar on its own, shown."""
    widget = NoticeBar()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_a_standing_notice_follows_the_pairs_own(bar: NoticeBar) -> None:
    bar.set_notice("The articles are dated 3 weeks apart.", "pair")
    bar.add_standing("Article A's file changed.", "pair")
    assert bar.text() == "The articles are dated 3 weeks apart. Article A's file changed."


def test_a_standing_notice_is_said_again_when_its_pair_is_redrawn(bar: NoticeBar) -> None:
    action = QAction("Update from the article files", bar)
    bar.add_standing("Article A's file changed.", "pair", action)
    bar.set_notice(None, "pair")  # a correction redraws the pair, with no notice of its own
    assert bar.isVisible() and bar.text() == "Article A's file changed."
    assert bar.action_button.isVisible()


def test_a_standing_notice_goes_with_its_pair(bar: NoticeBar) -> None:
    bar.add_standing("Article A's file changed.", "pair", QAction("Update", bar))
    bar.set_notice(None, "another pair")
    assert not bar.isVisible() and not bar.action_button.isVisible()
    bar.set_notice(None, "pair")  # that pair opened again: a new session would say it again
    assert not bar.isVisible()


def test_a_closed_standing_notice_is_not_said_again(bar: NoticeBar) -> None:
    bar.add_standing("Article A's file changed.", "pair")
    QTest.mouseClick(bar.close_button, Qt.MouseButton.LeftButton)
    bar.set_notice(None, "pair")
    assert not bar.isVisible()


def test_a_standing_notice_dropped_leaves_the_pairs_own(bar: NoticeBar) -> None:
    action = QAction("Open the session with your notes", bar)
    bar.set_notice("The articles are dated 3 weeks apart.", "pair")
    bar.add_standing("Your notes on this pair are saved in t.crossread.", "pair", action)
    bar.drop_standing(action)
    assert bar.text() == "The articles are dated 3 weeks apart."
    assert not bar.action_button.isVisible()
    bar.set_notice(None, "pair")  # redrawn: not said again
    assert not bar.isVisible()


def test_dropping_another_actions_notice_keeps_the_standing_one(bar: NoticeBar) -> None:
    update = QAction("Update from the article files", bar)
    bar.add_standing("Article A's file changed.", "pair", update)
    bar.drop_standing(QAction("Open the session with your notes", bar))
    assert bar.text() == "Article A's file changed." and bar.action_button.isVisible()


def test_the_english_only_model_notice_offers_the_settings(
    window: MainWindow, qtbot: QtBot, data_dir: Path
) -> None:
    """A German and an English page matched by the installed model: the notice says the
    model reads English only, with a button opening Settings, where a model folder of the
    reader's own is chosen."""
    pages = data_dir / "pages"
    with qtbot.waitSignal(window.alignment_finished, timeout=ALIGN_TIMEOUT):
        window.open_pair(
            str(pages / "derailment_allgaeuer_rundschau.html"),
            str(pages / "derailment_alpine_herald.html"),
        )
    bar = window.notice_bar
    assert ENGLISH_ONLY_MODEL in bar.text()
    assert bar.action_button.isVisible()
    settings = window.session_controller.actions.settings
    with qtbot.waitSignal(settings.triggered):
        QTest.mouseClick(bar.action_button, Qt.MouseButton.LeftButton)
    dialog = window.session_controller.settings_opener.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_a_pair_of_one_language_offers_no_settings(
    window: MainWindow, qtbot: QtBot, alignment: Alignment, nothing_shared: Alignment
) -> None:
    show(window, qtbot, nothing_shared)
    assert window.notice_bar.isVisible()
    assert not window.notice_bar.action_button.isVisible()
