"""Arabic (right-to-left) text in the window's lists, status bar, menus and copied text:
each cell reads in the direction of its own first strong letter (an Arabic passage right
to left and right-aligned, "20 يونيو 2024" in order), English ones as before; copied text
keeps logical order, with Unicode isolates round right-to-left pieces inside English
labels."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QGuiApplication, QTextLayout, QTextOption
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from reader.model import Alignment
from reader.model.session import Session
from reader.ui.main_window import MainWindow
from reader.ui.matches_model import A_TEXT, B_TEXT, DIFFERS, KIND, SCORE, MatchesTableModel
from reader.ui.only_dock import PASSAGE
from reader.ui.only_dock import SIDE as ONLY_SIDE
from reader.ui.quotes_dock import QUOTATION
from reader.ui.row_table import RowTable, row_table
from reader.ui.session_controller import SessionController
from reader.ui.tooltips import caret_summary, partner_label
from tests.ui import session_fixtures as fx

ctl, data_folder, win = fx.ctl, fx.data_folder, fx.win

# two hand-written reports of one event; they disagree on the date and the crowd
ARABIC_A = """بوتين وكيم يوقعان معاهدة دفاع مشترك في بيونغ يانغ

بيونغ يانغ (وكالات) - وقع الرئيس الروسي فلاديمير بوتين والزعيم الكوري الشمالي كيم جونغ أون \
معاهدة شراكة استراتيجية شاملة في 19 يونيو 2024، خلال أول زيارة لبوتين إلى كوريا الشمالية منذ \
24 عاما.

وتنص المعاهدة على تقديم المساعدة العسكرية الفورية إذا تعرض أحد البلدين لعدوان مسلح.

وقال بوتين للصحفيين: «هذه الوثيقة اختراق حقيقي في علاقاتنا».

واستقبل نحو 10 آلاف شخص الرئيس الروسي في ساحة كيم إيل سونغ وسط العاصمة.

وأعربت كوريا الجنوبية عن قلقها العميق إزاء الاتفاق، ودعت موسكو إلى احترام قرارات مجلس الأمن \
الدولي.
"""
ARABIC_B = """كيم وبوتين يتعهدان بالدفاع المتبادل في معاهدة جديدة

سيول (أ ب) - وقع الرئيس الروسي فلاديمير بوتين والزعيم الكوري الشمالي كيم جونغ أون معاهدة شراكة \
استراتيجية شاملة في 20 يونيو 2024، في أول زيارة لبوتين إلى بيونغ يانغ منذ 24 عاما.

وتنص المعاهدة على تقديم المساعدة العسكرية الفورية إذا تعرض أحد الطرفين لعدوان.

وقال بوتين إن «هذه الوثيقة اختراق حقيقي في علاقاتنا».

وتجمع نحو 20 ألف شخص في ساحة كيم إيل سونغ لاستقبال الرئيس الروسي.

وقال مسؤولون أمريكيون إن واشنطن تتابع الزيارة عن كثب.
"""
DATES = "19 يونيو 2024 vs 20 يونيو 2024"
FSI, PDI = "\u2068", "\u2069"  # first strong isolate, pop directional isolate
ISOLATED = f"{FSI}19 يونيو 2024{PDI} vs {FSI}20 يونيو 2024{PDI}"
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@pytest.fixture(autouse=True)
def _clipboard() -> Iterator[None]:
    QGuiApplication.clipboard().setText("before")
    yield
    QGuiApplication.clipboard().clear()


@pytest.fixture
def arabic(ctl: SessionController, win: MainWindow, qtbot: QtBot, tmp_path: Path) -> Session:
    """The Arabic pair, written to tmp_path, open and aligned in the window."""
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(ARABIC_A, encoding="utf-8")
    b.write_text(ARABIC_B, encoding="utf-8")
    with qtbot.waitSignal(ctl.session_changed, timeout=fx.ALIGN_TIMEOUT):
        win.open_pair(str(a), str(b))
    return fx.settle(qtbot, ctl)


def dated(s: Session) -> str:
    """The match whose passages disagree on the date."""
    return next(d.match for d in s.alignment.discrepancies if "يونيو" in d.detail)


def direction(table: RowTable, index: QModelIndex) -> Qt.LayoutDirection:
    """The direction the table's delegate lays the cell's text out in."""
    option = QStyleOptionViewItem()
    option.initFrom(table)
    delegate = table.itemDelegateForIndex(index)
    assert isinstance(delegate, QStyledItemDelegate)
    delegate.initStyleOption(option, index)
    return option.direction


def visual_order(text: str, parts: list[str], way: Qt.LayoutDirection) -> list[str]:
    """``parts`` of ``text`` from left to right as Qt lays ``text`` out in ``way``."""
    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(way)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(5000)
    layout.endLayout()
    # the x of a character inside each part (BMP text: Python and Qt offsets agree)
    x = {p: cast(tuple[float, int], line.cursorToX(text.index(p) + 1))[0] for p in parts}
    return sorted(parts, key=lambda p: x[p])


def test_arabic_passages_in_the_matches_table_read_right_to_left_at_the_right(
    arabic: Session, win: MainWindow
) -> None:
    table, proxy = win.dock.table, win.dock.proxy
    assert proxy.rowCount() > 0
    for row in range(proxy.rowCount()):
        for col in (A_TEXT, B_TEXT):
            index = proxy.index(row, col)
            if not any("\u0600" <= ch <= "\u06ff" for ch in str(index.data())):
                continue  # a figure alone ("2024") stays as it was
            assert index.data(Qt.ItemDataRole.TextAlignmentRole) == RIGHT
            assert direction(table, index) == Qt.LayoutDirection.RightToLeft
        kind = proxy.index(row, KIND)
        assert kind.data(Qt.ItemDataRole.TextAlignmentRole) is None
        assert direction(table, kind) == Qt.LayoutDirection.LeftToRight
        score = proxy.index(row, SCORE)
        assert direction(table, score) == Qt.LayoutDirection.LeftToRight
    # a sentence with a date: the day before the month, read from the right
    row = win.dock.model.row_of(dated(arabic))
    index = proxy.mapFromSource(win.dock.model.index(row, A_TEXT))
    text = str(index.data())
    way = direction(table, index)
    assert visual_order(text, ["19", "يونيو", "2024"], way) == ["2024", "يونيو", "19"]


def test_the_differs_cell_keeps_a_first_and_each_date_in_order(
    arabic: Session, win: MainWindow
) -> None:
    table, model, proxy = win.dock.table, win.dock.model, win.dock.proxy
    mid = dated(arabic)
    assert model.differs(mid) == DATES  # what the filter and the sort read
    index = proxy.mapFromSource(model.index(model.row_of(mid), DIFFERS))
    text = str(index.data())
    assert text.replace(FSI, "").replace(PDI, "") == DATES
    way = direction(table, index)
    assert way == Qt.LayoutDirection.LeftToRight  # "vs" is the first letter outside them
    # A's date left of "vs" (its day right of its year), B's day right of "vs"
    assert visual_order(text, ["2024", "19", "vs", "20 "], way) == ["2024", "19", "vs", "20 "]


def test_english_cells_stay_left_aligned_left_to_right(alignment: Alignment, qtbot: QtBot) -> None:
    model = MatchesTableModel()
    model.set_alignment(alignment)
    table = row_table(model)
    qtbot.addWidget(table)
    for row in range(model.rowCount()):
        for col in (A_TEXT, B_TEXT, DIFFERS):
            index = model.index(row, col)
            assert index.data(Qt.ItemDataRole.TextAlignmentRole) is None
            assert direction(table, index) == Qt.LayoutDirection.LeftToRight
            assert FSI not in str(index.data())


def test_quotes_and_only_in_one_read_right_to_left(arabic: Session, win: MainWindow) -> None:
    quotes = win.quotes_dock.table
    assert quotes.model().rowCount() > 0
    for row in range(quotes.model().rowCount()):
        index = quotes.model().index(row, QUOTATION)
        assert index.data(Qt.ItemDataRole.TextAlignmentRole) == RIGHT
        assert direction(quotes, index) == Qt.LayoutDirection.RightToLeft
    only = win.only_dock.table
    assert only.model().rowCount() > 0
    for row in range(only.model().rowCount()):
        index = only.model().index(row, PASSAGE)
        assert index.data(Qt.ItemDataRole.TextAlignmentRole) == RIGHT
        assert direction(only, index) == Qt.LayoutDirection.RightToLeft
        side = only.model().index(row, ONLY_SIDE)
        assert direction(only, side) == Qt.LayoutDirection.LeftToRight


def test_copied_match_keeps_logical_order_with_isolates_in_the_labels(
    arabic: Session, win: MainWindow
) -> None:
    mid = dated(arabic)
    win.dock.select_match(mid)
    win.dock.copy_action.trigger()
    lines = QGuiApplication.clipboard().text().splitlines()
    al = arabic.alignment
    m = arabic.match_by_id(mid)
    assert m is not None
    assert lines[1].startswith(f"A: {FSI}{al.a.display_name}{PDI}")
    # the passage on its own line, in logical order, takes its direction from its letters
    assert lines[2] == "  " + " ".join(al.a.slice(m.a).split())
    assert f"Differs: {ISOLATED}" in lines  # then the words that differ, isolated too
    assert lines[-1].startswith(f"{FSI}Words differ: “") and lines[-1].endswith(f"”{PDI}")


def test_status_bar_and_partner_menu_isolate_the_arabic_partner(arabic: Session) -> None:
    al = arabic.alignment
    m = next(x for x in al.matches if x.id == dated(arabic))
    details = {m.id: [DATES]}
    said = caret_summary([m], al.b, "a", details)
    assert f"differs: {ISOLATED}" in said
    assert f"in B: “{FSI}" in said and f"{PDI}” (Enter" in said
    label = partner_label(m, al.b, "a")
    assert label.startswith(f"{m.kind.value.capitalize()} {m.score:.2f}: {FSI}")
    assert label.endswith(PDI)
