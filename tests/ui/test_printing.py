"""File > Print… (Ctrl+P): the notes and matches printed as the PDF export lays them out,
on a printer through the print queue or to a file, off the GUI thread, and any failure
said. The queue is the system's (CUPS): a small ``lp`` program on PATH stands in for it."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QKeySequence, QPageRanges
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from pytestqt.qtbot import QtBot

from reader.export import render_export
from reader.export.printing import NO_LP, PrintRequest
from reader.model.session import Session
from reader.ui.exporter import PRINT
from reader.ui.main_window import MainWindow
from reader.ui.print_job import PrintJob
from reader.ui.printing import print_job, print_request
from reader.ui.session_controller import SessionController
from tests.export.test_printing import queue
from tests.ui import session_fixtures as fx

ctl, data_folder, opened, pair, win = fx.ctl, fx.data_folder, fx.opened, fx.pair, fx.win
queue = queue  # a stand-in lp first on PATH

pytestmark = pytest.mark.gui


def to_file(path: Path) -> QPrinter:
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def file_menu_texts(ctl: SessionController) -> list[str]:
    """The File menu's entries, as written (the key after "&")."""
    menu = ctl.actions.file_menu
    assert menu is not None
    return [a.text() for a in menu.actions()]


def test_print_follows_export_in_the_file_menu(ctl: SessionController) -> None:
    texts = file_menu_texts(ctl)
    assert texts[texts.index("&Export notes…") + 1] == "Prin&t…"


def test_ctrl_p_prints(ctl: SessionController) -> None:
    assert ctl.printing.action.shortcut() == QKeySequence("Ctrl+P")


def test_print_needs_a_pair(ctl: SessionController) -> None:
    assert not ctl.printing.action.isEnabled()
    assert ctl.printing.dialog() is None


def test_print_is_enabled_once_a_pair_is_open(ctl: SessionController, opened: Session) -> None:
    assert ctl.printing.action.isEnabled()


def test_the_print_dialog_offers_pages_and_a_file(
    ctl: SessionController, opened: Session, qtbot: QtBot
) -> None:
    dialog = ctl.printing.dialog()
    assert isinstance(dialog, QPrintDialog) and dialog.isVisible()
    assert dialog.testOption(QPrintDialog.PrintDialogOption.PrintPageRange)
    assert dialog.testOption(QPrintDialog.PrintDialogOption.PrintToFile)
    dialog.reject()


def test_printing_to_a_file_writes_the_pdf_export(
    ctl: SessionController, opened: Session, win: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    out = tmp_path / "printed.pdf"
    with qtbot.waitSignal(ctl.exports.exporter.printed):
        assert ctl.printing.print_on(to_file(out))
    assert out.read_bytes().startswith(b"%PDF")
    assert win.statusBar().currentMessage() == f"Printed to {out}."


def export_pages(session: Session) -> list[str]:
    """The text of each page of the PDF export of ``session`` (the first says the minute
    it was made)."""
    return [
        page.extract_text() for page in PdfReader(io.BytesIO(render_export(session, "pdf"))).pages
    ]


def printed_pages(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def print_to_file(
    ctl: SessionController, qtbot: QtBot, path: Path, pages: tuple[int, int] | None, copies: int
) -> None:
    """File > Print… to ``path`` with the range and copies chosen, until printed."""
    printer = to_file(path)
    if pages is not None:
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(*pages)
    printer.setCopyCount(copies)
    with qtbot.waitSignal(ctl.exports.exporter.printed):
        assert ctl.printing.print_on(printer)


def test_printing_to_a_file_writes_only_the_pages_chosen(
    ctl: SessionController, opened: Session, qtbot: QtBot, tmp_path: Path
) -> None:
    out = tmp_path / "printed.pdf"
    print_to_file(ctl, qtbot, out, (2, 3), 1)
    assert printed_pages(out) == export_pages(opened)[1:3]


def test_printing_to_a_file_repeats_the_pages_for_each_copy(
    ctl: SessionController, opened: Session, qtbot: QtBot, tmp_path: Path
) -> None:
    out = tmp_path / "printed.pdf"
    print_to_file(ctl, qtbot, out, (2, 3), 2)
    second, third = export_pages(opened)[1:3]  # not the first, which says the time
    assert printed_pages(out) == [second, third, second, third]


def test_printing_to_a_file_pages_past_the_end_is_refused_and_nothing_written(
    ctl: SessionController, opened: Session, win: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    count = len(export_pages(opened))
    printer = to_file(tmp_path / "printed.pdf")
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(count + 1, count + 5)
    with qtbot.waitSignal(win.error_shown) as shown:
        assert ctl.printing.print_on(printer)
    assert shown.args == [
        "Cannot print",
        f"Nothing was printed: the notes and matches fill {count} pages, and the pages "
        f"chosen ({count + 1}-{count + 5}) come after the last one.",
    ]
    assert not (tmp_path / "printed.pdf").exists()


def test_printing_on_a_printer_hands_the_pdf_to_the_queue(
    ctl: SessionController, opened: Session, win: MainWindow, qtbot: QtBot, queue: Path
) -> None:
    job = PrintJob(opened, "Office", PRINT, request=PrintRequest("Office"))
    with qtbot.waitSignal(ctl.exports.exporter.printed):
        ctl.exports.exporter.start(job)
    assert (queue / "printed.pdf").read_bytes().startswith(b"%PDF")
    assert win.statusBar().currentMessage() == "Sent to Office."


def test_without_a_print_queue_the_reader_is_told(
    ctl: SessionController,
    opened: Session,
    win: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no lp there
    job = PrintJob(opened, "Office", PRINT, request=PrintRequest("Office"))
    with qtbot.waitSignal(win.error_shown) as shown:
        ctl.exports.exporter.start(job)
    assert shown.args == ["Cannot print", NO_LP]


def test_the_page_range_and_copies_chosen_are_asked_of_the_queue(opened: Session) -> None:
    printer = QPrinter()
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    printer.setCopyCount(2)
    request = print_request(printer, opened)
    assert (request.pages, request.copies) == (((2, 3),), 2)


def test_the_page_ranges_typed_are_asked_for_each(opened: Session) -> None:
    printer = QPrinter()
    ranges = QPageRanges()
    ranges.addRange(1, 3)
    ranges.addPage(5)
    printer.setPageRanges(ranges)  # "1-3,5" in a CUPS printer's Pages box
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    assert print_request(printer, opened).pages == ((1, 3), (5, 5))


def test_all_pages_asks_for_no_range(opened: Session) -> None:
    assert print_request(QPrinter(), opened).pages == ()


def test_a_printer_set_to_a_file_makes_a_file_job(opened: Session, tmp_path: Path) -> None:
    job = print_job(opened, to_file(tmp_path / "x.pdf"))
    assert (job.to_file, job.path) == (True, str(tmp_path / "x.pdf"))


def test_the_collation_and_order_chosen_are_asked_for(opened: Session) -> None:
    printer = QPrinter()
    printer.setCollateCopies(False)
    printer.setPageOrder(QPrinter.PageOrder.LastPageFirst)
    request = print_request(printer, opened)
    assert (request.collate, request.reverse) == (False, True)


def test_print_to_file_proposes_a_pdf_beside_the_saved_session(
    ctl: SessionController, opened: Session, qtbot: QtBot, tmp_path: Path
) -> None:
    saved = tmp_path / "treaty.crossread"
    ctl.saving.save_to(str(saved))
    qtbot.waitUntil(lambda: ctl.path() == str(saved))
    assert ctl.printing.file_proposed() == str(tmp_path / "treaty.pdf")


def test_print_to_file_proposes_the_file_chosen_last(
    ctl: SessionController, opened: Session, tmp_path: Path
) -> None:
    ctl.printing.printer.setOutputFileName(str(tmp_path / "mine.pdf"))
    assert ctl.printing.file_proposed() == str(tmp_path / "mine.pdf")
