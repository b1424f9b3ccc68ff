"""The "Quotes" dock: every quotation of both articles, its speaker, whether both quote it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTableView
from pytestqt.qtbot import QtBot

from reader.model import Alignment, Quoted, Session, Span
from reader.ui.main_window import MainWindow
from reader.ui.quotes_dock import QUOTATION, SHARED, SIDE, SPEAKER, UNNAMED, QuotesModel
from tests.embed_pages import POST
from tests.strike_pages import strike_alignment
from tests.ui import font_fixtures as ff
from tests.ui import session_fixtures as fx
from tests.ui.font_fixtures import sized
from tests.ui.palette_fixtures import PALETTES, TEXT_CONTRAST, contrast, palette

ctl, data_folder, opened, pair, win = fx.ctl, fx.data_folder, fx.opened, fx.pair, fx.win
app_font, window_at = ff.app_font, ff.window_at


def rows(model: QuotesModel) -> list[tuple[object, ...]]:
    columns = (SIDE, SPEAKER, QUOTATION, SHARED)
    return [tuple(model.index(r, c).data() for c in columns) for r in range(model.rowCount())]


def with_unshared(alignment: Alignment) -> tuple[Alignment, Span]:
    """The alignment with a quotation only B has, said by Kim."""
    text = alignment.b.text
    start = text.index("parade")
    extra = Span(start, start + len("parade"))
    quotes = (*alignment.quotes_b, Quoted(extra, "Kim"))
    return replace(alignment, quotes_b=quotes), extra


def test_rows_list_quotations_a_then_b_then_terms_with_speaker_and_whether_both_quote_it(
    alignment: Alignment,
) -> None:
    model = QuotesModel()
    model.set_alignment(with_unshared(alignment)[0])
    assert rows(model) == [
        ("A", UNNAMED, "\u201cThis is a breakthrough,\u201d", "B"),
        ("B", "Kim", "parade", ""),
        ("B", UNNAMED, "\u201ca breakthrough\u201d", "A"),  # a term: 'called the deal "..."'
    ]


def test_filter_keeps_the_quotations_the_other_article_lacks(alignment: Alignment) -> None:
    al, extra = with_unshared(alignment)
    model = QuotesModel()
    model.set_alignment(al)
    model.set_filter(("a", "b"), unshared_only=True)
    assert [model.quotation_at(r) for r in range(model.rowCount())] == [("b", Quoted(extra, "Kim"))]
    model.set_filter(("a",), unshared_only=False)
    assert [r[0] for r in rows(model)] == ["A"]


@pytest.mark.parametrize(("sides", "unshared"), [(("a", "b"), False), (("b",), True), ((), False)])
def test_model_passes_modeltester(
    qtmodeltester: Any, alignment: Alignment, sides: tuple[str, ...], unshared: bool
) -> None:
    model = QuotesModel()
    model.set_filter(sides, unshared)
    model.set_alignment(with_unshared(alignment)[0])
    qtmodeltester.check(model, force_py=True)


def test_empty_model_passes_modeltester(qtmodeltester: Any) -> None:
    qtmodeltester.check(QuotesModel(), force_py=True)


def test_dock_counts_the_quotations(shown: MainWindow) -> None:
    assert shown.quotes_dock.count_label.text() == "1 quotation in A, 1 in B, 1 quoted in both"


def test_choosing_a_quotation_both_have_selects_their_match(
    shown: MainWindow, qtbot: QtBot
) -> None:
    dock = shown.quotes_dock
    with qtbot.waitSignal(dock.match_selected) as blocker:
        dock.table.selectRow(1)  # B's, a term
    assert blocker.args == ["m3"]
    current = shown.current_match()
    assert current is not None and current.id == "m3"


def test_choosing_a_quotation_one_article_has_selects_it_in_its_pane(
    window: MainWindow, alignment: Alignment, qtbot: QtBot
) -> None:
    al, extra = with_unshared(alignment)
    with qtbot.waitSignal(window.alignment_finished):
        window.show_alignment(al)
    with qtbot.waitSignal(window.quotes_dock.passage_selected) as blocker:
        window.quotes_dock.table.selectRow(1)
    assert blocker.args == ["b", extra]
    assert window.pane("b").selected_span() == extra


def test_copy_puts_the_quotation_under_its_article(shown: MainWindow) -> None:
    dock = shown.quotes_dock
    dock.table.selectRow(0)
    dock.copy_action.trigger()
    text = QGuiApplication.clipboard().text()
    assert text.splitlines()[:3] == [
        "Quotation",
        "A: Leaders sign a treaty (Test Wire, 2024-06-20)",
        "  \u201cThis is a breakthrough,\u201d",
    ]


def test_dock_sits_in_a_tab_beside_the_others(win: MainWindow) -> None:
    assert win.quotes_dock in win.tabifiedDockWidgets(win.dock)
    assert win.dock_action(win.quotes_dock) in win.actions_.view_menu.actions()


def test_seed_pair_lists_every_quotation_with_speakers(opened: Session, win: MainWindow) -> None:
    al = win.alignment()
    assert al is not None and al.quotes_a and al.quotes_b
    model = win.quotes_dock.model
    assert model.rowCount() == len(al.quotes_a) + len(al.quotes_b)
    speakers = {model.index(r, SPEAKER).data() for r in range(model.rowCount())}
    # named in full once (full_names.py): Putin surname last, Kim surname first
    assert {"Vladimir Putin", "Kim Jong-un", "Kim Jong Un"} <= speakers


def test_swapping_sides_swaps_the_quotations(
    shown: MainWindow, alignment: Alignment, qtbot: QtBot
) -> None:
    shown.opener.paths = ("/tmp/a.txt", "/tmp/b.txt")
    with qtbot.waitSignal(shown.alignment_finished):
        shown.actions_.swap.trigger()
    assert shown.quotes_dock.model.quotation_at(1) == ("a", alignment.quotes_b[0])
    assert shown.quotes_dock.count_label.text() == "1 quotation in A, 1 in B, 1 quoted in both"


# -- a filter selects no quotation the reader did not choose


@pytest.fixture
def unshared(window: MainWindow, alignment: Alignment, qtbot: QtBot) -> MainWindow:
    """The window with B's quotation only B has (row 1) chosen in the quotes table."""
    al, _ = with_unshared(alignment)
    with qtbot.waitSignal(window.alignment_finished):
        window.show_alignment(al)
    window.quotes_dock.table.selectRow(1)
    return window


def selected_quotations(win: MainWindow) -> list[tuple[str, Quoted] | None]:
    dock = win.quotes_dock
    return [dock.model.quotation_at(i.row()) for i in dock.table.selectionModel().selectedRows()]


def test_a_filter_keeping_the_chosen_quotation_keeps_it_selected(
    unshared: MainWindow, alignment: Alignment, qtbot: QtBot
) -> None:
    _, extra = with_unshared(alignment)
    with qtbot.assertNotEmitted(unshared.quotes_dock.passage_selected):
        unshared.quotes_dock.unshared_box.setChecked(True)
    assert selected_quotations(unshared) == [("b", Quoted(extra, "Kim"))]


def test_a_filter_hiding_the_chosen_quotation_selects_no_other(
    unshared: MainWindow, qtbot: QtBot
) -> None:
    dock = unshared.quotes_dock
    with qtbot.assertNotEmitted(dock.match_selected), qtbot.assertNotEmitted(dock.passage_selected):
        dock.side_boxes["b"].setChecked(False)
    assert selected_quotations(unshared) == []


# -- quoted terms come after the quotations, in italics, and can be hidden


def with_speakers(alignment: Alignment) -> Alignment:
    """The alignment with more of B's words quoted: 'Treaty' by Putin, 'delegates' and
    'parade' by Kim (not quoted as such: only the rows' order is looked at)."""
    text = alignment.b.text

    def said(word: str, speaker: str) -> Quoted:
        start = text.index(word)
        return Quoted(Span(start, start + len(word)), speaker)

    quotes = (
        *alignment.quotes_b,
        said("Treaty", "Putin"),
        said("delegates", "Kim"),
        said("parade", "Kim"),
    )
    return replace(alignment, quotes_b=quotes)


def test_a_terms_tooltip_says_what_it_is(alignment: Alignment) -> None:
    model = QuotesModel()
    model.set_alignment(alignment)
    term, said = model.index(1, QUOTATION), model.index(0, QUOTATION)
    assert term.data() == "\u201ca breakthrough\u201d"
    assert "quoted term" in term.data(Qt.ItemDataRole.ToolTipRole)
    assert "quoted term" not in said.data(Qt.ItemDataRole.ToolTipRole)


def test_unticking_terms_lists_the_quotations_alone(shown: MainWindow) -> None:
    dock = shown.quotes_dock
    dock.terms_box.setChecked(False)
    assert rows(dock.model) == [("A", UNNAMED, "\u201cThis is a breakthrough,\u201d", "B")]
    dock.terms_box.setChecked(True)
    assert dock.model.rowCount() == 2


def test_the_seed_pairs_terms_are_listed_after_its_quotations(
    opened: Session, win: MainWindow
) -> None:
    model = win.quotes_dock.model
    texts = [str(model.index(r, QUOTATION).data()) for r in range(model.rowCount())]
    terms = [model.is_term_at(r) for r in range(model.rowCount())]
    assert "\u201cmutual assistance\u201d" in texts  # listed with the defaults
    assert terms[texts.index("\u201cmutual assistance\u201d")]
    assert terms == sorted(terms)  # no quotation after a term
    assert 0 < terms.count(True) < len(terms)


# -- sorting by a column


def speakers(model: QuotesModel) -> list[object]:
    return [model.index(r, SPEAKER).data() for r in range(model.rowCount())]


def test_clicking_speaker_groups_each_speakers_quotations(
    shown: MainWindow, alignment: Alignment, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(shown.alignment_finished):
        shown.show_alignment(with_speakers(alignment))
    table = shown.quotes_dock.table
    head = table.horizontalHeader()
    x = head.sectionViewportPosition(SPEAKER) + head.sectionSize(SPEAKER) // 2
    QTest.mouseClick(head.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    # named speakers A to Z, each one's in reading order; the unnamed last
    assert speakers(shown.quotes_dock.model) == ["Kim", "Kim", "Putin", UNNAMED, UNNAMED]
    assert table.model().index(0, QUOTATION).data() == "delegates"


def test_a_sort_cleared_comes_back_to_quotations_then_terms(alignment: Alignment) -> None:
    model = QuotesModel()
    model.set_alignment(with_speakers(alignment))
    first = rows(model)
    model.sort(SHARED, Qt.SortOrder.AscendingOrder)
    assert [r[3] for r in rows(model)] == ["B", "A", "", "", ""]
    model.sort(-1)
    assert rows(model) == first
    assert [r[2] for r in first][-1] == "\u201ca breakthrough\u201d"


def test_a_sort_keeps_the_chosen_quotation_selected(
    shown: MainWindow, alignment: Alignment, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(shown.alignment_finished):
        shown.show_alignment(with_speakers(alignment))
    dock = shown.quotes_dock
    dock.table.selectRow(0)  # A's
    with qtbot.assertNotEmitted(dock.match_selected):
        dock.table.sortByColumn(SIDE, Qt.SortOrder.DescendingOrder)
    chosen = [dock.model.quotation_at(i.row()) for i in dock.table.selectionModel().selectedRows()]
    assert chosen == [("a", alignment.quotes_a[0])]


@pytest.mark.parametrize("column", [SIDE, SPEAKER, QUOTATION, SHARED])
def test_sorted_model_passes_modeltester(
    qtmodeltester: Any, alignment: Alignment, column: int
) -> None:
    model = QuotesModel()
    model.set_alignment(with_speakers(alignment))
    model.sort(column, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model, force_py=True)


# -- choosing the chosen quotation again, a larger font


def test_enter_on_the_chosen_quotation_shows_it_again(shown: MainWindow, qtbot: QtBot) -> None:
    dock = shown.quotes_dock
    dock.table.setFocus()
    dock.table.selectRow(0)
    shown.pane("a").browser.verticalScrollBar().setValue(0)
    with qtbot.waitSignal(dock.match_selected) as blocker:
        QTest.keyClick(dock.table, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert blocker.args == ["m3"]
    assert shown.pane("a").browser.verticalScrollBar().value() > 0


@pytest.mark.parametrize("column", [SIDE, SHARED])
def test_a_larger_font_widens_the_short_columns_to_their_titles(
    window_at: Callable[[int, int], MainWindow], column: int
) -> None:
    head = window_at(20, 1200).quotes_dock.table.horizontalHeader()
    title = str(head.model().headerData(column, Qt.Orientation.Horizontal))
    assert head.sectionSize(column) > head.fontMetrics().horizontalAdvance(title)


def cell_look(table: QTableView, row: int) -> tuple[QFont, QPalette]:
    """The font and colours the table's delegate draws the quotation cell of ``row`` in."""
    option = QStyleOptionViewItem()
    option.initFrom(table)
    option.font = table.font()  # as the view gives it
    delegate = table.itemDelegate()
    assert isinstance(delegate, QStyledItemDelegate)
    delegate.initStyleOption(option, table.model().index(row, QUOTATION))
    return QFont(option.font), QPalette(option.palette)


def test_a_terms_row_is_in_italics_of_the_tables_font(shown: MainWindow) -> None:
    table = shown.quotes_dock.table
    font = table.font()
    font.setPointSize(17)
    table.setFont(font)
    said, term = cell_look(table, 0)[0], cell_look(table, 1)[0]  # A's quotation, B's term
    assert term.italic() and not said.italic()
    assert term.pointSize() == said.pointSize() == 17


@pytest.mark.parametrize("name", list(PALETTES))
def test_a_terms_row_is_dimmed_yet_legible_in_each_palette(shown: MainWindow, name: str) -> None:
    colours = PALETTES[name]
    table = shown.quotes_dock.table
    if colours is not None:
        table.setPalette(palette(colours))
    text = QPalette.ColorRole.Text
    said, term = (cell_look(table, row)[1].color(text) for row in (0, 1))
    base = table.palette().color(QPalette.ColorRole.Base)
    assert said == table.palette().color(text)
    assert contrast(term, base) < contrast(said, base)
    assert contrast(term, base) >= TEXT_CONTRAST


@pytest.fixture
def large_font_quotes(
    window_at: Callable[[int, int], MainWindow], alignment: Alignment, qtbot: QtBot
) -> MainWindow:
    """A window 900 pixels wide at 20 points, showing the Quotes tab of the alignment."""
    win = window_at(20, 900)
    with qtbot.waitSignal(win.alignment_finished):
        win.show_alignment(alignment)
    win.panels.set_open(True)  # closed at first, at 20 points 640 high
    win.quotes_dock.raise_()
    qtbot.waitUntil(win.quotes_dock.table.isVisible)
    sized(win, 900)
    return win


def test_at_a_large_font_the_quotation_keeps_more_room_than_the_speaker(
    large_font_quotes: MainWindow,
) -> None:
    head = large_font_quotes.quotes_dock.table.horizontalHeader()
    assert head.sectionSize(QUOTATION) > head.sectionSize(SPEAKER)


def test_a_speaker_column_the_reader_widened_keeps_its_width(
    large_font_quotes: MainWindow,
) -> None:
    head = large_font_quotes.quotes_dock.table.horizontalHeader()
    head.resizeSection(SPEAKER, 300)
    sized(large_font_quotes, 1000)
    assert head.sectionSize(SPEAKER) == 300


# -- who the other article names as saying it


def named_in_b(alignment: Alignment) -> Alignment:
    """The alignment with B naming the speaker of the quotation both quote; A does not."""
    return replace(alignment, quotes_b=(replace(alignment.quotes_b[0], speaker="Lee"),))


def test_a_quotation_this_article_names_nobody_for_shows_whom_the_other_names(
    alignment: Alignment,
) -> None:
    model = QuotesModel()
    model.set_alignment(named_in_b(alignment))
    assert speakers(model) == [f"{UNNAMED} (B: Lee)", "Lee"]
    tip = model.index(0, SPEAKER).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Article A names nobody as saying it; article B gives Lee."


def test_also_in_says_whom_the_other_article_names(alignment: Alignment) -> None:
    model = QuotesModel()
    model.set_alignment(named_in_b(alignment))
    tip = model.index(0, SHARED).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Article B quotes it too, said by Lee there: see the Matches tab."


def test_a_quotation_the_other_article_gives_another_speaker_shows_both_names(
    alignment: Alignment,
) -> None:
    """One quotation given to two people is a discrepancy a checker looks for in this
    tab: each row shows the other article's speaker beside its own, as the exports'
    "also in B, said by Lee" does, not only in the Also in cell's tooltip."""
    model = QuotesModel()
    al = named_in_b(alignment)
    model.set_alignment(replace(al, quotes_a=(replace(al.quotes_a[0], speaker="Kim"),)))
    assert speakers(model) == ["Kim (B: Lee)", "Lee (A: Kim)"]
    tip = model.index(0, SPEAKER).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Kim; article B gives Lee."


def test_the_same_speaker_in_both_articles_is_named_once(alignment: Alignment) -> None:
    model = QuotesModel()
    al = named_in_b(alignment)
    model.set_alignment(replace(al, quotes_a=(replace(al.quotes_a[0], speaker="Lee"),)))
    assert speakers(model) == ["Lee", "Lee"]
    assert model.index(0, SPEAKER).data(Qt.ItemDataRole.ToolTipRole) == "Lee"


def test_sorting_by_speaker_counts_the_name_the_other_article_gives(
    alignment: Alignment,
) -> None:
    model = QuotesModel()
    model.set_alignment(with_speakers(named_in_b(alignment)))
    model.sort(SPEAKER, Qt.SortOrder.AscendingOrder)
    assert speakers(model) == ["Kim", "Kim", f"{UNNAMED} (B: Lee)", "Lee", "Putin"]


def test_words_the_other_article_gives_a_speaker_are_no_term(alignment: Alignment) -> None:
    model = QuotesModel()
    model.set_alignment(
        replace(alignment, quotes_a=(replace(alignment.quotes_a[0], speaker="Lee"),))
    )
    # B's 'called the deal "a breakthrough"' alone is a term; A says Lee said it
    assert [model.is_term_at(r) for r in range(model.rowCount())] == [False, False]
    assert speakers(model) == ["Lee", f"{UNNAMED} (A: Lee)"]


def test_the_count_says_the_terms_are_among_the_quotations_counted(
    shown: MainWindow, alignment: Alignment
) -> None:
    """B's one row is the term "a breakthrough": one in B, and the Terms box says one of
    the rows is a term, not one in B and one more."""
    assert shown.quotes_dock.count_label.text().endswith("1 in B, 1 quoted in both")
    assert shown.quotes_dock.terms_box.text() == "Terms (1)"
    assert shown.quotes_dock.model.rowCount() == 2


def test_a_count_without_terms_names_none(shown: MainWindow, alignment: Alignment) -> None:
    shown.quotes_dock.set_alignment(replace(alignment, quotes_b=()))
    assert "term" not in shown.quotes_dock.count_label.text()


def test_a_speaker_the_other_article_spells_otherwise_is_named_once(
    alignment: Alignment,
) -> None:
    """ "Kim Jong-un" and "Kim Jong Un" are one person (misattributed.may_be_one_person):
    no "(B: …)" as if the two articles disagreed on who said it; the tooltip still gives
    both spellings."""
    model = QuotesModel()
    al = named_in_b(alignment)
    b = replace(al, quotes_b=(replace(al.quotes_b[0], speaker="Kim Jong Un"),))
    model.set_alignment(replace(b, quotes_a=(replace(al.quotes_a[0], speaker="Kim Jong-un"),)))
    assert speakers(model) == ["Kim Jong-un", "Kim Jong Un"]
    tip = model.index(0, SPEAKER).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Kim Jong-un; article B gives Kim Jong Un."


def test_an_embedded_post_is_a_row_of_its_poster(data_dir: Path) -> None:
    model = QuotesModel()
    model.set_alignment(strike_alignment(data_dir, "lexical"))
    post = ("B", "DHWU Carrowick (post)", POST, "")
    assert post in rows(model)
