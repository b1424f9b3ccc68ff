"""Tests of reader/ui/change_marks.py and reader/ui/change_steps.py: what an update from
the article files changed, marked in the pane (a bar in the margin, a tick on the
overview strip, the old wording in the tooltip) and stepped through (Go > Next change),
through a swap, Undo and a save (real files in tmp_path, the real ingest)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QColor, QHelpEvent, QPalette, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu, QToolTip
from pytestqt.qtbot import QtBot

import tests.ui.test_article_updating as updating
from reader.model.session import Session
from reader.model.span import Span
from reader.session.store import save_session
from reader.ui.change_marks import BAR_WIDTH, change_colour
from reader.ui.legend import CHANGE, CHANGE_LABEL
from reader.ui.main_window import MainWindow
from reader.ui.removed_wedges import BAR_X, WEDGE, place_y
from reader.ui.session_controller import SessionController
from tests.ui import session_fixtures as fx
from tests.ui.palette_fixtures import LINE_CONTRAST, PALETTES, contrast, palette
from tests.ui.session_fixtures import settle

ctl, data_folder, opened, pair, win = fx.ctl, fx.data_folder, fx.opened, fx.pair, fx.win

pytestmark = pytest.mark.gui


def reworded(opened: Session) -> tuple[str, str]:
    """A sentence of article A holding " the ", and the same with "a" for "the"."""
    a = opened.alignment.a
    old = next(a.slice(s) for s in a.sentences[3:] if " the " in a.slice(s))
    return old, old.replace(" the ", " a ", 1)


def updated_after(
    edit: Callable[[str], str],
    ctl: SessionController,
    opened: Session,
    win: MainWindow,
    tmp_path: Path,
    pair: tuple[str, str],
    qtbot: QtBot,
) -> Session:
    """The seed pair's session saved with notes, A's file changed by ``edit`` since, the
    session opened and updated."""
    path, _ = updating.saved_with_notes(opened, tmp_path)
    text = Path(pair[0]).read_text(encoding="utf-8")
    updating.edit_after_saving(path, pair[0], edit(text))
    updating.open_saved(qtbot, ctl, path)
    return updating.update(qtbot, ctl, win)


@pytest.fixture
def changed(
    ctl: SessionController,
    opened: Session,
    win: MainWindow,
    tmp_path: Path,
    pair: tuple[str, str],
    qtbot: QtBot,
) -> tuple[Session, str, str]:
    """The seed pair's session saved, one sentence of A's file reworded since, the
    session opened and updated: the session, the sentence's old and new words."""
    old, new = reworded(opened)

    def edit(text: str) -> str:
        return text.replace(old, new, 1)

    return updated_after(edit, ctl, opened, win, tmp_path, pair, qtbot), old, new


def bar_pixel(win: MainWindow, side: str, span: Span) -> QColor:
    """The colour in the middle of the margin beside ``span``'s first line."""
    pane = win.pane(side)
    pane.ensure_visible(span)
    browser = pane.browser
    cursor = QTextCursor(browser.document())
    cursor.setPosition(span.start)
    y = browser.cursorRect(cursor).center().y()
    image = browser.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    x = BAR_X + BAR_WIDTH / 2
    return QColor.fromRgb(image.pixel(round(x * ratio), round(y * ratio)))


def test_an_update_marks_the_reworded_sentence(
    changed: tuple[Session, str, str], win: MainWindow
) -> None:
    session, _old, new = changed
    (mark,) = session.update_marks
    assert mark.side == "a" and new in mark.span.slice(session.alignment.a.text)
    pane = win.pane("a")
    assert list(pane.change_marks) == [mark]
    assert len(pane.browser.change_bars) == 1
    assert len(pane.overview.changes()) == 1
    assert not win.pane("b").change_marks


def test_the_bar_is_drawn_in_the_margin_beside_it(
    changed: tuple[Session, str, str], win: MainWindow
) -> None:
    session = changed[0]
    pane = win.pane("a")
    assert bar_pixel(win, "a", session.update_marks[0].span) == pane.browser.change_colour


def tooltip_over(win: MainWindow, side: str, offset: int, x: float | None = None) -> str:
    """The tooltip the pane shows with the pointer on ``offset`` (at ``x``, if given)."""
    pane = win.pane(side)
    browser = pane.browser
    pane.ensure_visible(Span(offset, offset))
    cursor = QTextCursor(browser.document())
    cursor.setPosition(offset)
    pos = browser.cursorRect(cursor).center()
    if x is not None:
        pos.setX(round(x))
    event = QHelpEvent(QEvent.Type.ToolTip, pos, browser.viewport().mapToGlobal(pos))
    QApplication.sendEvent(browser.viewport(), event)
    text = QToolTip.text()
    QToolTip.hideText()
    return text


def test_the_tooltip_gives_the_words_before_the_update(
    changed: tuple[Session, str, str], win: MainWindow
) -> None:
    session, old, _new = changed
    span = session.update_marks[0].span
    browser = win.pane("a").browser
    win.pane("a").ensure_visible(span)
    cursor = QTextCursor(browser.document())
    cursor.setPosition(span.start + 2)
    pos = browser.cursorRect(cursor).center()
    event = QHelpEvent(QEvent.Type.ToolTip, pos, browser.viewport().mapToGlobal(pos))
    QApplication.sendEvent(browser.viewport(), event)
    text = QToolTip.text()
    QToolTip.hideText()
    assert "Changed in the update" in text and "Before:" in text and "Now:" in text
    words = old.split(" the ")[1].split()[:3]  # words after the one the outlet changed
    assert " ".join(words) in text


def test_the_tooltip_strikes_the_words_taken_out_and_puts_those_put_in_in_bold(
    changed: tuple[Session, str, str], win: MainWindow
) -> None:
    session = changed[0]
    text = tooltip_over(win, "a", session.update_marks[0].span.start + 2)
    assert "<s>the</s>" in text and "<b>a</b>" in text


def test_next_change_selects_the_changed_sentence(
    changed: tuple[Session, str, str], ctl: SessionController, win: MainWindow
) -> None:
    session = changed[0]
    steps = ctl.change_steps
    assert steps.next_change.isEnabled()
    steps.next_change.trigger()
    assert win.pane("a").selected_span() == session.update_marks[0].span
    assert win.statusBar().currentMessage().startswith("Change 1 of 1, in article A.")
    steps.prev_change.trigger()  # the only one: round to itself
    assert win.pane("a").selected_span() == session.update_marks[0].span


def test_next_change_is_in_the_go_menu(ctl: SessionController, win: MainWindow) -> None:
    go = next(e.menu() for e in win.menuBar().actions() if e.text().replace("&", "") == "Go")
    assert isinstance(go, QMenu)
    entries = go.actions()
    steps = ctl.change_steps
    at = entries.index(steps.next_change)
    assert entries[at + 1] is steps.prev_change
    assert (
        entries.index(win.actions_.prev_discrepancy) < at < entries.index(win.actions_.jump_partner)
    )


def test_undo_of_the_update_takes_the_marks_away(
    changed: tuple[Session, str, str], ctl: SessionController, win: MainWindow, qtbot: QtBot
) -> None:
    ctl.actions.undo_delete.trigger()
    back = settle(qtbot, ctl)
    assert back.update_marks == ()
    assert not win.pane("a").browser.change_bars and not win.pane("a").overview.changes()
    assert not ctl.change_steps.next_change.isEnabled()


def test_a_swap_keeps_the_marks_on_the_article_updated(
    changed: tuple[Session, str, str], ctl: SessionController, win: MainWindow, qtbot: QtBot
) -> None:
    _session, _old, new = changed
    win.swap_sides()
    swapped = settle(qtbot, ctl)
    (mark,) = swapped.update_marks
    assert mark.side == "b" and new in mark.span.slice(swapped.alignment.b.text)
    assert list(win.pane("b").change_marks) == [mark]
    assert not win.pane("a").change_marks
    assert bar_pixel(win, "b", mark.span) == win.pane("b").browser.change_colour


def test_the_marks_are_there_after_saving_and_opening_again(
    changed: tuple[Session, str, str],
    ctl: SessionController,
    win: MainWindow,
    tmp_path: Path,
    qtbot: QtBot,
) -> None:
    session = changed[0]
    again = tmp_path / "again.crossread"
    save_session(session, again)
    ctl.change(Session(session.alignment))  # another session shown meanwhile
    settle(qtbot, ctl)
    assert not win.pane("a").change_marks
    reopened = updating.open_saved(qtbot, ctl, again)
    assert reopened.update_marks == session.update_marks
    assert len(win.pane("a").browser.change_bars) == 1


@pytest.mark.parametrize("name", list(PALETTES))
def test_the_bar_stands_out_from_the_page(name: str, qtbot: QtBot) -> None:
    colours = PALETTES[name]
    pal = QApplication.palette() if colours is None else palette(colours)
    page = pal.color(QPalette.ColorRole.Base)
    assert contrast(change_colour(pal), page) >= LINE_CONTRAST


GONE = "In contrast with Kim, Putin didn’t use the expression"


@pytest.fixture
def removed(
    ctl: SessionController,
    opened: Session,
    win: MainWindow,
    tmp_path: Path,
    pair: tuple[str, str],
    qtbot: QtBot,
) -> Session:
    """The seed pair's session saved, a paragraph of A's file taken out since, the
    session opened and updated."""

    def edit(text: str) -> str:
        paragraphs = text.split("\n\n")
        kept = [p for p in paragraphs if not p.startswith(GONE)]
        assert len(kept) == len(paragraphs) - 1
        return "\n\n".join(kept)

    return updated_after(edit, ctl, opened, win, tmp_path, pair, qtbot)


def places(win: MainWindow, side: str = "a") -> list[int]:
    """The Qt positions of the passages taken out the pane of ``side`` marks."""
    return [p.pos for p in win.pane(side).browser.removed_places]


def wedge_pixel(win: MainWindow, side: str, at: int) -> QColor:
    """The colour in the middle of the wedge at the place ``at``."""
    pane = win.pane(side)
    pane.ensure_visible(Span(at, at))
    browser = pane.browser
    y = place_y(browser, at)
    assert y is not None
    image = browser.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    x = (WEDGE[0] + WEDGE[1]) / 2
    return QColor.fromRgb(image.pixel(round(x * ratio), round(y * ratio)))


def test_a_paragraph_taken_out_is_marked_at_its_place(removed: Session, win: MainWindow) -> None:
    (mark,) = removed.update_marks
    assert mark.removed and mark.before.startswith(GONE)
    text = removed.alignment.a.text
    assert text[mark.span.start :].startswith("During opening remarks")
    pane = win.pane("a")
    assert places(win) == [mark.span.start] and not pane.browser.change_bars
    assert len(pane.overview.removed()) == 1 and not pane.overview.changes()


def test_the_wedge_is_drawn_in_the_margin_between_the_paragraphs(
    removed: Session, win: MainWindow
) -> None:
    at = removed.update_marks[0].span.start
    assert wedge_pixel(win, "a", at) == win.pane("a").browser.change_colour


def test_the_wedge_tooltip_gives_the_words_taken_out(removed: Session, win: MainWindow) -> None:
    at = removed.update_marks[0].span.start
    pane = win.pane("a")
    pane.ensure_visible(Span(at, at))
    y = place_y(pane.browser, at)
    assert y is not None
    pos = QPoint(round(BAR_X + 2), round(y))
    viewport = pane.browser.viewport()
    QApplication.sendEvent(
        viewport, QHelpEvent(QEvent.Type.ToolTip, pos, viewport.mapToGlobal(pos))
    )
    text = QToolTip.text()
    QToolTip.hideText()
    assert "A paragraph taken out here in the update" in text and GONE in text


def test_next_change_goes_to_the_place_of_the_paragraph_taken_out(
    removed: Session, ctl: SessionController, win: MainWindow
) -> None:
    ctl.change_steps.next_change.trigger()
    message = win.statusBar().currentMessage()
    said = f"Change 1 of 1, in article A. A paragraph removed in the update: “{GONE}"
    assert message.startswith(said)
    at = removed.update_marks[0].span.start
    assert win.pane("a").browser.textCursor().position() == at


def test_undo_of_the_update_takes_the_wedge_away(
    removed: Session, ctl: SessionController, win: MainWindow, qtbot: QtBot
) -> None:
    ctl.actions.undo_delete.trigger()
    settle(qtbot, ctl)
    pane = win.pane("a")
    assert not pane.browser.removed_places and not pane.overview.removed()


def test_the_wedge_is_there_after_saving_and_opening_again(
    removed: Session, ctl: SessionController, win: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    again = tmp_path / "again.crossread"
    save_session(removed, again)
    ctl.change(Session(removed.alignment))
    settle(qtbot, ctl)
    assert not win.pane("a").browser.removed_places
    reopened = updating.open_saved(qtbot, ctl, again)
    assert reopened.update_marks == removed.update_marks
    assert places(win) == [removed.update_marks[0].span.start]


def test_the_legend_names_the_change_bar_only_with_change_marks(
    changed: tuple[Session, str, str], ctl: SessionController, win: MainWindow, qtbot: QtBot
) -> None:
    assert win.legend.entries()[-1] == CHANGE
    assert CHANGE_LABEL in win.legend.accessibleDescription()
    ctl.actions.undo_delete.trigger()
    settle(qtbot, ctl)
    assert CHANGE not in win.legend.entries()


def test_a_session_without_change_marks_has_no_legend_entry_for_them(
    opened: Session, win: MainWindow
) -> None:
    assert CHANGE not in win.legend.entries()


@pytest.fixture
def removed_before_change(
    ctl: SessionController,
    opened: Session,
    win: MainWindow,
    tmp_path: Path,
    pair: tuple[str, str],
    qtbot: QtBot,
) -> tuple[Session, str]:
    """The seed pair's session saved; since, a paragraph of A's file taken out and the
    first words of the one after it changed; the session opened and updated; the
    notice above the articles then."""
    path, _ = updating.saved_with_notes(opened, tmp_path)
    text = Path(pair[0]).read_text(encoding="utf-8")
    paragraphs = text.split("\n\n")
    at = next(i for i, p in enumerate(paragraphs) if p.startswith(GONE))
    after = paragraphs[at + 1]
    first = after.split()[0]
    paragraphs[at + 1] = "Later, " + first.lower() + after[len(first) :]
    del paragraphs[at]
    updating.edit_after_saving(path, pair[0], "\n\n".join(paragraphs))
    updating.open_saved(qtbot, ctl, path)
    return updating.update(qtbot, ctl, win), win.notice_bar.text()


def test_a_paragraph_taken_out_before_a_changed_sentence_has_its_own_wedge(
    removed_before_change: tuple[Session, str], win: MainWindow
) -> None:
    """The notice's "1 removed" and the marks agree: a wedge for the paragraph, a bar
    for the sentence after it, whose tooltip tells its own words only."""
    session, notice = removed_before_change
    assert "1 paragraph changed and 1 removed" in notice
    gone = [m for m in session.update_marks if m.removed]
    changed = [m for m in session.update_marks if not m.removed]
    assert len(gone) == 1 and gone[0].before.startswith(GONE)
    assert len(changed) == 1 and GONE not in changed[0].before
    pane = win.pane("a")
    assert places(win) == [gone[0].span.start]
    assert len(pane.browser.change_bars) == 1
    tip = tooltip_over(win, "a", changed[0].span.start + 2)
    assert "Before: “<s>During</s> opening remarks" in tip
    assert "Now: “<b>Later, during</b> opening remarks" in tip


LONG = "At the summit the two leaders said that 12 deals were signed " + " ".join(
    f"and item{i} was listed" for i in range(50)
)


@pytest.fixture
def long_changed(
    ctl: SessionController, win: MainWindow, tmp_path: Path, pair: tuple[str, str], qtbot: QtBot
) -> tuple[Session, str]:
    """Article A with a sentence of over 1,000 characters, its session saved; since, a
    word far into that sentence changed; the session opened and updated; the
    sentence's new text."""
    text = Path(pair[0]).read_text(encoding="utf-8").rstrip("\n") + f"\n\n{LONG} at last.\n"
    Path(pair[0]).write_text(text, encoding="utf-8")
    with qtbot.waitSignal(ctl.session_changed, timeout=fx.ALIGN_TIMEOUT):
        win.open_pair(*pair)
    path = tmp_path / "s.crossread"
    save_session(settle(qtbot, ctl), path)
    new = text.replace("item30 was listed", "item30 was dropped")
    updating.edit_after_saving(path, pair[0], new)
    updating.open_saved(qtbot, ctl, path)
    return updating.update(qtbot, ctl, win), new


def test_a_long_sentence_s_tooltip_shows_only_its_changed_word(
    long_changed: tuple[Session, str], win: MainWindow
) -> None:
    """Its earlier wording is kept cut (400 characters at most): the words past the cut
    were shown put in."""
    session, _new = long_changed
    (mark,) = session.update_marks
    assert len(mark.before) <= 400
    tip = tooltip_over(win, "a", mark.span.start + 2)
    assert "<s>listed</s>" in tip and "<b>dropped</b>" in tip
    assert tip.count("<b>") == 2  # the heading's and the word's
