"""File > Export notes…, Print… and Print Preview… kept to the matches the Matches panel
shows ("Only the matches the Matches panel shows (N of M)", reader/ui/shown_matches.py):
off by default, greyed out while the panel hides nothing, and with it ticked the matches
the panel hides (Min score raised) are not exported or printed."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication, QCheckBox, QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot

from reader.export import render_export
from reader.export.entries import listed_matches
from reader.model.session import Session
from reader.ui.main_window import MainWindow
from reader.ui.session_controller import SessionController
from reader.ui.shown_matches import NOTHING_HIDDEN_TIP, ShownMatches, only_shown_box, shown_matches
from tests.ui import session_fixtures as fx
from tests.ui.test_exporter import long_at, pdf_text, writers
from tests.ui.test_print_preview import long_notes, preview_pages, viewer
from tests.ui.test_printing import to_file

ctl, data_folder, opened, pair, win = fx.ctl, fx.data_folder, fx.opened, fx.pair, fx.win
long_at, writers = long_at, writers  # every PDF laid out in a process of its own; threads
long_notes, viewer = long_notes, viewer  # too long to preview in the window; the PDF viewer

pytestmark = pytest.mark.gui

MIN_SCORE = 60  # of the seed pair's 20 claims and quotes, those scored 0.60 or more: 10


def shown(win: MainWindow, session: Session) -> ShownMatches:
    return shown_matches(session, win.dock.proxy.accepts)


@pytest.fixture
def raised(opened: Session, win: MainWindow) -> ShownMatches:
    """The seed pair open with Min score at 0.60: what the panel shows of its matches."""
    win.dock.slider.setValue(MIN_SCORE)
    found = shown(win, opened)
    assert 0 < len(found.ids) < found.total
    return found


def said(found: ShownMatches) -> str:
    """What the export's header says of the matches kept to."""
    return (
        f"Filter: only the {len(found.ids)} of {found.total} claim and quote matches "
        "the Matches panel showed"
    )


# -- the box ---------------------------------------------------------------------------


def test_the_box_is_greyed_out_while_the_panel_hides_nothing(
    opened: Session, win: MainWindow
) -> None:
    box = only_shown_box(shown(win, opened), win)
    assert not box.isEnabled() and box.toolTip() == NOTHING_HIDDEN_TIP


def test_the_box_counts_the_matches_the_panel_shows(
    raised: ShownMatches, opened: Session, win: MainWindow
) -> None:
    box = only_shown_box(raised, win)
    assert box.isEnabled() and not box.isChecked()
    total = len(listed_matches(opened))
    assert box.text() == f"Only the matches the Matches panel shows (10 of {total})"


def test_a_filter_on_names_alone_hides_no_exported_match(opened: Session, win: MainWindow) -> None:
    """Name matches go out only with a note: unticking them hides nothing exported."""
    win.dock.kind_boxes["entity"].setChecked(False)
    assert not shown(win, opened).hides_some


# -- export --------------------------------------------------------------------------------


def exported_ids(out: Path) -> set[str]:
    entries = json.loads(out.read_text(encoding="utf-8"))["entries"]
    return {e["match"] for e in entries if e["match"]}


@pytest.mark.qt_log_ignore("This plugin does not support")  # a modal dialog, offscreen
def test_the_export_dialog_exports_only_the_matches_shown_when_ticked(
    ctl: SessionController, raised: ShownMatches, qtbot: QtBot, tmp_path: Path
) -> None:
    out = tmp_path / "notes.json"

    def answer() -> None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog)]
        dialog = next((w for w in found if w.isVisible()), None)
        if dialog is None:
            return
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        box = dialog.findChild(QCheckBox, "only_shown")
        assert name is not None and box is not None and box.isEnabled()
        name.setText(str(out))
        box.setChecked(True)
        dialog.accept()

    QTimer.singleShot(200, answer)
    with qtbot.waitSignal(ctl.exports.exported, timeout=20_000):
        assert ctl.exports.export_dialog()
    assert exported_ids(out) == raised.ids


def test_without_the_box_the_export_lists_every_match(
    ctl: SessionController, raised: ShownMatches, qtbot: QtBot, tmp_path: Path
) -> None:
    out = tmp_path / "notes.json"
    with qtbot.waitSignal(ctl.exports.exported):
        assert ctl.exports.export_to(str(out), "json")
    assert len(exported_ids(out)) == raised.total


def test_asked_for_while_the_panel_hides_nothing_every_match_is_exported(
    ctl: SessionController, opened: Session, qtbot: QtBot, tmp_path: Path
) -> None:
    out = tmp_path / "notes.json"
    with qtbot.waitSignal(ctl.exports.exported):
        assert ctl.exports.export_to(str(out), "json", only_shown=True)
    assert json.loads(out.read_text(encoding="utf-8"))["only_shown"] is None


@pytest.mark.usefixtures("long_at")
def test_a_pdf_made_in_a_process_of_its_own_keeps_to_the_matches_shown(
    ctl: SessionController,
    raised: ShownMatches,
    qtbot: QtBot,
    tmp_path: Path,
    writers: list[object],
) -> None:
    out = tmp_path / "notes.pdf"
    with qtbot.waitSignal(ctl.exports.exported, timeout=120_000):
        assert ctl.exports.export_to(str(out), "pdf", only_shown=True)
    assert writers == []  # not rendered in this process
    assert said(raised) in pdf_text(out)


# -- print and print preview -----------------------------------------------------------------


def print_box(dialog: QPrintDialog) -> QCheckBox:
    box = dialog.findChild(QCheckBox, "only_shown")
    assert box is not None
    return box


def test_the_print_dialog_offers_the_box_off(
    ctl: SessionController, raised: ShownMatches, qtbot: QtBot
) -> None:
    dialog = ctl.printing.dialog()
    assert dialog is not None
    box = print_box(dialog)
    assert (box.isVisible(), box.isEnabled(), box.isChecked()) == (True, True, False)
    dialog.reject()


def test_the_print_dialog_greys_the_box_out_while_the_panel_hides_nothing(
    ctl: SessionController, opened: Session, qtbot: QtBot
) -> None:
    dialog = ctl.printing.dialog()
    assert dialog is not None
    assert not print_box(dialog).isEnabled()
    dialog.reject()


def test_printing_with_the_box_ticked_prints_only_the_matches_shown(
    ctl: SessionController, raised: ShownMatches, qtbot: QtBot, tmp_path: Path
) -> None:
    ctl.printing.only_shown = True
    out = tmp_path / "printed.pdf"
    with qtbot.waitSignal(ctl.exports.exporter.printed, timeout=60_000):
        assert ctl.printing.print_on(to_file(out))
    assert said(raised) in pdf_text(out)


def test_the_choice_made_in_the_print_dialog_is_kept_for_the_next_print(
    ctl: SessionController, raised: ShownMatches, qtbot: QtBot, tmp_path: Path
) -> None:
    ctl.printing.printer = to_file(tmp_path / "printed.pdf")
    dialog = ctl.printing.dialog()
    assert dialog is not None
    print_box(dialog).setChecked(True)
    with qtbot.waitSignal(ctl.exports.exporter.printed, timeout=60_000):
        dialog.accept()
    assert ctl.printing.only_shown
    again = ctl.printing.dialog()
    assert again is not None and print_box(again).isChecked()
    again.reject()


def test_ticking_the_previews_box_lays_out_only_the_matches_shown(
    ctl: SessionController, raised: ShownMatches, opened: Session, qtbot: QtBot
) -> None:
    dialog = ctl.printing.preview.dialog()
    assert dialog is not None
    box = dialog.findChild(QCheckBox, "only_shown")
    assert box is not None and not box.isChecked()
    box.setChecked(True)
    kept = pypdf.PdfReader(io.BytesIO(render_export(opened, "pdf", keep=raised.ids)))
    assert len(kept.pages) < len(pypdf.PdfReader(io.BytesIO(render_export(opened, "pdf"))).pages)
    assert preview_pages(dialog) == len(kept.pages)
    assert ctl.printing.only_shown  # File > Print…'s choice too
    dialog.reject()


def test_a_long_sessions_preview_follows_the_choice_made_last(
    ctl: SessionController,
    raised: ShownMatches,
    long_notes: Session,
    viewer: list[str],
    qtbot: QtBot,
) -> None:
    ctl.printing.only_shown = True
    assert ctl.printing.preview.dialog() is None  # its pages go to the PDF viewer
    assert "of the matches the Matches panel shows" in ctl.window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: bool(viewer), timeout=60_000)
    assert said(raised) in pdf_text(Path(viewer[0]))
