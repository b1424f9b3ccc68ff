"""The matches table model and its filter, checked with qtmodeltester."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from reader.model import Alignment, MatchKind, Note
from reader.ui.matches_filter import MatchesFilterModel
from reader.ui.matches_model import (
    A_TEXT,
    B_TEXT,
    DIFFERS,
    MATCH_ID_ROLE,
    NOTE,
    SCORE,
    SHOW_NOTED,
    MatchesTableModel,
)
from tests.storm_pages import storm_alignment
from tests.wire_copies import wire_copies


def test_model_passes_modeltester(qtmodeltester: Any, alignment: Alignment) -> None:
    model = MatchesTableModel()
    model.set_alignment(alignment)
    qtmodeltester.check(model, force_py=True)
    model.set_alignment(None)
    qtmodeltester.check(model, force_py=True)


def test_proxy_passes_modeltester(qtmodeltester: Any, alignment: Alignment) -> None:
    model = MatchesTableModel()
    proxy = MatchesFilterModel()
    proxy.setSourceModel(model)
    model.set_alignment(alignment)
    proxy.set_kinds(["claim"])
    proxy.set_min_score(0.65)
    qtmodeltester.check(proxy, force_py=True)


def test_cells(alignment: Alignment) -> None:
    model = MatchesTableModel()
    model.set_alignment(alignment)
    assert model.rowCount() == 6 and model.columnCount() == 6
    assert model.headerData(SCORE, Qt.Orientation.Horizontal) == "Score"
    row = model.row_of("m3")
    assert model.index(row, 0).data() == "quote"
    assert model.index(row, SCORE).data() == "0.95"
    assert model.index(row, A_TEXT).data() == "breakthrough"
    assert model.index(row, 0).data(MATCH_ID_ROLE) == "m3"


def test_filter_and_sort(alignment: Alignment) -> None:
    model = MatchesTableModel()
    proxy = MatchesFilterModel()
    proxy.setSourceModel(model)
    model.set_alignment(alignment)
    proxy.sort(SCORE, Qt.SortOrder.DescendingOrder)
    ids = [proxy.index(r, 0).data(MATCH_ID_ROLE) for r in range(proxy.rowCount())]
    assert ids[:2] == ["m5", "m3"]  # 1.0, 0.95: numeric order, not text
    proxy.set_kinds(["claim", "quote"])
    proxy.set_min_score(0.7)
    ids = [proxy.index(r, 0).data(MATCH_ID_ROLE) for r in range(proxy.rowCount())]
    assert ids == ["m3", "m1", "m2"]


def test_negative_column_restores_aligner_order(alignment: Alignment) -> None:
    model = MatchesTableModel()
    model.set_alignment(alignment)
    model.sort(SCORE, Qt.SortOrder.DescendingOrder)
    assert model.match_at(0) is not None and model.match_at(0).id == "m5"  # type: ignore[union-attr]
    model.sort(-1)
    assert [model.index(r, 0).data(MATCH_ID_ROLE) for r in range(6)] == [
        m.id for m in alignment.matches
    ]


def test_dock_starts_in_aligner_order(shown: Any, alignment: Alignment) -> None:
    assert shown.dock.visible_ids() == [m.id for m in alignment.matches]


def quotes_only(alignment: Alignment) -> tuple[MatchesTableModel, MatchesFilterModel]:
    model = MatchesTableModel()
    proxy = MatchesFilterModel()
    proxy.setSourceModel(model)
    model.set_alignment(alignment)
    proxy.set_kinds(["quote"])
    return model, proxy


def shown_ids(proxy: MatchesFilterModel) -> list[str]:
    return [proxy.index(r, 0).data(MATCH_ID_ROLE) for r in range(proxy.rowCount())]


def test_filter_applies_to_the_rows_of_a_new_alignment(alignment: Alignment) -> None:
    model, proxy = quotes_only(alignment)
    model.set_alignment(replace(alignment, matches=alignment.matches[::-1]))
    assert shown_ids(proxy) == ["m3"]


def test_filter_applies_to_sorted_rows(alignment: Alignment) -> None:
    _, proxy = quotes_only(alignment)
    proxy.sort(SCORE, Qt.SortOrder.AscendingOrder)
    assert shown_ids(proxy) == ["m3"]


def click_header(shown: Any, column: int) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    head = shown.dock.table.horizontalHeader()
    x = head.sectionViewportPosition(column) + head.sectionSize(column) // 2
    QTest.mouseClick(head.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, head.height() // 2))


def test_first_click_on_score_puts_the_best_matches_first(shown: Any) -> None:
    click_header(shown, SCORE)
    table = shown.dock.table.model()
    scores = [float(table.index(r, SCORE).data()) for r in range(table.rowCount())]
    assert scores == sorted(scores, reverse=True)


def test_every_column_header_says_what_its_column_holds(alignment: Alignment) -> None:
    model = MatchesTableModel()
    model.set_alignment(alignment)
    tips = [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        for c in range(model.columnCount())
    ]
    assert all(isinstance(tip, str) and tip for tip in tips)
    assert "disagree" in str(tips[DIFFERS])


def test_a_note_changed_changes_its_matchs_row_only(qtbot: Any, alignment: Alignment) -> None:
    """A note added, edited or deleted on a match signals that match's Note cell only;
    the cells and the "with a note" filter are those of a model given the notes afresh."""
    model = MatchesTableModel()
    proxy = MatchesFilterModel()
    proxy.setSourceModel(model)
    model.set_alignment(alignment)
    proxy.set_show(SHOW_NOTED)
    first = Note.new("on m3", ("agrees",), match_id="m3")
    steps: list[tuple[Note, ...]] = [
        (first,),
        (first, Note.new("on m1", match_id="m1")),
        (replace(first, text="edited"), Note.new("on m1", match_id="m1")),
        (Note.new("on m1", match_id="m1"),),
        (),
    ]
    before: tuple[Note, ...] = ()
    for notes in steps:
        on = {n.match_id for n in (*before, *notes) if n not in before or n not in notes}
        with qtbot.waitSignal(model.dataChanged) as blocker:
            model.set_notes(notes)
        top, bottom = blocker.args[0].row(), blocker.args[1].row()
        signalled = {model.index(r, 0).data(MATCH_ID_ROLE) for r in range(top, bottom + 1)}
        assert on <= signalled and (len(on) > 1 or top == bottom)
        fresh = MatchesTableModel()
        fresh_proxy = MatchesFilterModel()
        fresh_proxy.setSourceModel(fresh)
        fresh.set_alignment(alignment)
        fresh.set_notes(notes)
        fresh_proxy.set_show(SHOW_NOTED)
        rows = range(model.rowCount())
        assert [model.index(r, NOTE).data() for r in rows] == [
            fresh.index(r, NOTE).data() for r in rows
        ]
        shown = [proxy.index(r, 0).data(MATCH_ID_ROLE) for r in range(proxy.rowCount())]
        assert shown == [
            fresh_proxy.index(r, 0).data(MATCH_ID_ROLE) for r in range(fresh_proxy.rowCount())
        ]
        assert shown == sorted({str(n.match_id) for n in notes}, key=model.row_of)
        before = notes


def test_a_passage_s_tooltip_names_the_words_its_partner_words_differently() -> None:
    al = wire_copies()
    a, b = al.a, al.b
    mid = next(
        m.id
        for m in al.matches
        if m.kind is MatchKind.CLAIM
        and a.slice(m.a).startswith("Ruiz said")
        and b.slice(m.b).startswith("Mayor Ruiz said")
    )
    model = MatchesTableModel()
    model.set_alignment(al)
    tip = model.index(model.row_of(mid), A_TEXT).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.endswith("\n\nWords differ: “Mayor” only in B")


def test_a_figure_told_in_two_units_shows_its_units_in_its_row(data_dir: Path) -> None:
    al = storm_alignment(data_dir)
    model = MatchesTableModel()
    model.set_alignment(al)
    [m] = [
        m
        for m in al.matches
        if m.evidence[0] == "500mm ≈ 20 inches (converted: 500 mm is 19.7 inches)"
    ]
    row = model.row_of(m.id)
    assert (model.index(row, A_TEXT).data(), model.index(row, B_TEXT).data()) == (
        "500mm",
        "20 inches",
    )
