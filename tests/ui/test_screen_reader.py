"""The window as a screen reader gets it (QAccessible, as Orca or NVDA read it): every
control named, the titles, messages and notices read out rather than a fixed name, labels
tied to their fields, the Min score in words, the tables' headers and whole cells, and
what appears away from the keyboard announced."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QComboBox,
    QDialog,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from reader.model import Alignment
from reader.ui.about import show_about
from reader.ui.guide_dialog import GuideDialog
from reader.ui.main_window import MainWindow
from reader.ui.matches_model import COLUMNS
from reader.ui.note_dialog import NoteDialog
from reader.ui.paste_dialog import PasteDialog
from reader.ui.recovery_dialog import RecoveryDialog
from reader.ui.screen_reader import STATUS_NAME, announcements
from reader.ui.settings_dialog import AnalysisSettings, SettingsDialog
from reader.ui.shortcuts_dialog import ShortcutsDialog
from tests.ui import session_fixtures as fx
from tests.ui.session_fixtures import ALIGN_TIMEOUT

data_folder, pair, win = fx.data_folder, fx.pair, fx.win  # autosaves go to tmp_path

NAME = QAccessible.Text.Name
DESCRIPTION = QAccessible.Text.Description
CONTROLS = (
    QAbstractButton,
    QAbstractSlider,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QAbstractItemView,
    QComboBox,
)


def said(widget: QWidget, text: QAccessible.Text = NAME) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None
    return iface.text(text)


def labelled_by(widget: QWidget) -> list[str]:
    """The names of the labels a screen reader reads before ``widget``."""
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None
    return [
        other.text(NAME)
        for other, relation in iface.relations()
        if relation & QAccessible.RelationFlag.Label
    ]


def unnamed_controls(top: QWidget) -> list[str]:
    """The controls on screen in ``top`` that a screen reader reads as nothing, as an
    object name or as a symbol ("✕", "▲"); a combo box (whose name Qt reads as its
    choice on Linux) needs a name or a label tied to it."""
    missing = []
    for w in [top, *top.findChildren(QWidget)]:
        if not isinstance(w, CONTROLS) or isinstance(w, QScrollBar | QHeaderView):
            continue  # a scroll bar is read by its role and value, as in every program; a
            # header, by its table (its column headers, test_a_table_gives_its_headers...)
        if not w.isVisible():
            continue
        name = said(w)
        ok = bool(name.strip()) and name != w.objectName() and any(c.isalnum() for c in name)
        if isinstance(w, QComboBox):
            ok = bool(w.accessibleName() or labelled_by(w))
        if not ok:
            missing.append(f"{type(w).__name__} {w.objectName()!r} read as {name!r}")
    return missing


@pytest.fixture
def seeds(win: MainWindow, pair: tuple[str, str], qtbot: QtBot) -> MainWindow:
    """The window showing the seed pair (matched on words)."""
    with qtbot.waitSignal(win.alignment_finished, timeout=ALIGN_TIMEOUT):
        win.open_pair(*pair)
    return win


def _note(w: MainWindow) -> QDialog:
    return NoteDialog("The two leaders signed a treaty.", parent=w)


def _settings(w: MainWindow) -> QDialog:
    return SettingsDialog(AnalysisSettings(QSettings()), w)


def _about(w: MainWindow) -> QMessageBox:
    box = show_about(w)
    box.hide()
    return box


DIALOGS: dict[str, Callable[[MainWindow], QWidget]] = {
    "window": lambda w: w,
    "settings": _settings,
    "paste": PasteDialog,
    "recovery": lambda w: RecoveryDialog(Path(w.settings.store.fileName()).parent, w),
    "shortcuts": lambda w: ShortcutsDialog(w.menuBar(), w),
    "guide": lambda w: GuideDialog({}, w),
    "about": _about,
    "note": _note,
}


@pytest.mark.parametrize("which", DIALOGS)
def test_every_control_on_screen_has_a_name(seeds: MainWindow, qtbot: QtBot, which: str) -> None:
    top = DIALOGS[which](seeds)
    if top is not seeds:
        qtbot.addWidget(top)
        top.show()
        qtbot.waitExposed(top)
    assert said(top).strip()
    assert not unnamed_controls(top)


def test_the_find_bar_and_its_buttons_have_names_while_it_holds_text(seeds: MainWindow) -> None:
    seeds.actions_.find.trigger()
    QTest.keyClicks(seeds.find_bar.field, "treaty")  # its clear button shows
    assert seeds.find_bar.isVisible()
    assert not unnamed_controls(seeds.find_bar)


def test_the_status_bar_reads_its_message(seeds: MainWindow) -> None:
    bar = seeds.statusBar()
    bar.showMessage("Session saved")
    assert said(bar) == "Session saved"
    bar.clearMessage()
    assert said(bar) == STATUS_NAME


def test_the_text_cursor_on_a_discrepancy_is_read_from_the_status_bar(
    shown: MainWindow, alignment: Alignment
) -> None:
    """What the cursor rests on, said in the status bar, reaches a screen reader."""
    match = next(m for m in alignment.matches if m.id == "m1")
    browser = shown.pane_a.browser
    browser.setFocus()
    cursor = browser.textCursor()
    cursor.setPosition(shown.pane_a.pointer.offsets.to_qt(match.a.start - 1))
    browser.setTextCursor(cursor)
    QTest.keyClick(browser, Qt.Key.Key_Right)
    QTest.keyClick(browser, Qt.Key.Key_Right)
    assert said(shown.statusBar()).startswith("Claim match, score 0.90 · differs: June 18")


def test_the_titles_and_sources_are_read_out(seeds: MainWindow) -> None:
    pane = seeds.pane_a
    assert said(pane.title) == pane.title.text()
    assert "Putin" in said(pane.title)
    assert said(pane.title, DESCRIPTION) == "Title of article A"
    assert said(pane.source) == pane.source.text()
    assert said(pane.source, DESCRIPTION) == "Source of article A"


def test_the_rows_shown_by_a_filter_are_read_out(seeds: MainWindow, qtbot: QtBot) -> None:
    words = seeds.dock.words
    QTest.keyClicks(words.edit, "treaty")
    words.flush()
    qtbot.waitUntil(words.shown.isVisible)
    assert said(words.shown) == words.shown.text()
    assert " of " in said(words.shown)
    assert not unnamed_controls(words)  # the clear button too


@pytest.mark.parametrize(
    ("control", "label"),
    [
        (lambda w: w.dock.show_box, "Show:"),
        (lambda w: w.dock.slider, "Min score:"),
        (lambda w: w.find_bar.field, "Find:"),
    ],
    ids=["show", "min score", "find"],
)
def test_labels_are_tied_to_their_controls(
    seeds: MainWindow, control: Callable[[MainWindow], QWidget], label: str
) -> None:
    assert labelled_by(control(seeds)) == [label]


def test_the_settings_folder_is_labelled(win: MainWindow, qtbot: QtBot) -> None:
    dialog = SettingsDialog(AnalysisSettings(QSettings()), win)
    qtbot.addWidget(dialog)
    assert labelled_by(dialog.folder) == ["Sentence-model folder:"]


def test_the_min_score_is_said_as_it_shows(seeds: MainWindow) -> None:
    slider = seeds.dock.slider
    assert said(slider, DESCRIPTION) == "0.00: every match shown, whatever its score"
    slider.setValue(37)
    assert said(slider, DESCRIPTION) == "0.37: matches scoring less are hidden"
    assert seeds.dock.score_label.text() == "0.37"


def test_every_menu_is_named_for_its_title(seeds: MainWindow) -> None:
    bar = seeds.menuBar()
    menus = [a.menu() for a in bar.actions() if a.menu() is not None]
    names = [said(m) for m in menus if isinstance(m, QWidget)]
    assert names == ["File", "Edit", "View", "Go", "Help"]


def cells(table: QWidget) -> Iterator[QAccessibleInterface]:
    iface = QAccessible.queryAccessibleInterface(table)
    assert iface is not None
    for i in range(iface.childCount()):
        child = iface.child(i)
        if child is not None:
            yield child


def test_a_table_gives_its_headers_and_cells(seeds: MainWindow) -> None:
    found = list(cells(seeds.dock.table))
    headers = [c.text(NAME) for c in found if c.role() == QAccessible.Role.ColumnHeader]
    assert headers == list(COLUMNS)
    kinds = {c.text(NAME) for c in found if c.role() == QAccessible.Role.Cell}
    assert "claim" in kinds


def test_a_shortened_cell_describes_its_whole_passage(seeds: MainWindow) -> None:
    """A passage cut at 160 characters in the table is whole in the cell's description."""
    long_cells = [
        c
        for c in cells(seeds.only_dock.table)
        if c.role() == QAccessible.Role.Cell and c.text(NAME).endswith("…")
    ]
    assert long_cells
    for cell in long_cells:
        assert cell.text(NAME)[:-1].rstrip() in cell.text(DESCRIPTION)
        assert len(cell.text(DESCRIPTION)) > len(cell.text(NAME))


def test_a_quotations_speaker_is_described(shown: MainWindow) -> None:
    quotes = [c for c in cells(shown.dock.table) if c.text(NAME) == "quote"]
    assert [c.text(DESCRIPTION) for c in quotes] == ["Quoted speaker: president"]


@pytest.fixture
def heard(qtbot: QtBot) -> Iterator[list[str]]:
    out: list[str] = []
    announcements().said.connect(out.append)
    yield out
    announcements().said.disconnect(out.append)


def test_a_notice_is_announced_once(window: MainWindow, heard: list[str]) -> None:
    bar = window.notice_bar
    bar.set_notice("The sentence model could not load.", "pair")
    bar.set_notice("The sentence model could not load.", "pair")  # a re-alignment
    assert heard == ["The sentence model could not load."]
    assert said(bar.label) == "The sentence model could not load."


def test_a_finds_result_is_announced(shown: MainWindow, heard: list[str]) -> None:
    shown.actions_.find.trigger()
    QTest.keyClicks(shown.find_bar.field, "parade")
    QTest.keyClick(shown.find_bar.field, Qt.Key.Key_Return)
    assert heard == ["Not found in A"]


def test_a_refused_model_folder_is_read_and_announced(
    win: MainWindow,
    qtbot: QtBot,
    heard: list[str],
    tmp_path: Path,
) -> None:
    dialog = SettingsDialog(AnalysisSettings(QSettings()), win)
    qtbot.addWidget(dialog)
    dialog.show()
    empty = tmp_path / "no model"
    empty.mkdir()
    dialog.folder.setText(str(empty))
    dialog.accept()
    assert dialog.problem.isVisible()
    assert heard == [dialog.problem.text()]
    assert said(dialog.problem) == dialog.problem.text()
    assert said(dialog.problem, DESCRIPTION) == "Settings problem"


def test_an_error_box_reads_its_title_and_message(
    seeds: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    shown = seeds.alignment()
    assert shown is not None
    with qtbot.waitSignal(seeds.error_shown, timeout=ALIGN_TIMEOUT) as sig:
        seeds.open_pair(shown.a.path, str(empty))
    title, text = sig.args
    box = next(w for w in seeds.findChildren(QMessageBox) if w.isVisible())
    assert said(box) == f"Error: {title}"
    assert said(box, QAccessible.Text.Value) == text
    assert not unnamed_controls(box)
    box.close()
