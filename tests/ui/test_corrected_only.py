"""'Only in one' after the reader's corrections, in the panel and in an export: a passage
linked by hand is no longer only in its article, and a sentence whose only match was
rejected is."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from reader.model import MatchKind, Span
from reader.model.session import Session
from reader.ui.main_window import MainWindow
from reader.ui.only_dock import CLOSEST
from reader.ui.session_controller import SessionController
from tests.ui import session_fixtures as fx
from tests.ui.session_fixtures import settle
from tests.ui.test_session_controller import select_text

ctl, data_folder, opened, pair, win = fx.ctl, fx.data_folder, fx.opened, fx.pair, fx.win

CTRL = Qt.KeyboardModifier.ControlModifier


def panel_passages(win: MainWindow, side: str) -> list[Span]:
    """The passages the Only in one panel lists for article ``side``."""
    model = win.only_dock.model
    rows = (model.passage_at(r) for r in range(model.row_total()))
    return [span for found in rows if found is not None for s, span in [found] if s == side]


def lone_claim(session: Session) -> tuple[str, Span]:
    """A claim match whose sentence in B no other claim or quote match covers: its id
    and that sentence."""
    major = [m for m in session.alignment.matches if m.kind in (MatchKind.CLAIM, MatchKind.QUOTE)]
    for m in major:
        if m.kind is MatchKind.CLAIM and not any(o is not m and o.b.overlaps(m.b) for o in major):
            return m.id, m.b
    raise AssertionError("no claim alone on its sentence in B")


def test_a_passage_linked_by_hand_leaves_the_only_in_one_panel(
    ctl: SessionController, opened: Session, win: MainWindow, qtbot: QtBot
) -> None:
    only = sorted(opened.alignment.only_a)[0]
    first = next(s for s in opened.alignment.a.sentences if only.contains(s))
    partner = opened.alignment.matches[0].b
    select_text(win.pane_a, Span(first.start, first.start + 20))
    select_text(win.pane_b, partner)
    QTest.keyClick(win.pane_a.browser, Qt.Key.Key_K, CTRL)
    settle(qtbot, ctl)
    listed = panel_passages(win, "a")
    assert listed and not any(p.overlaps(first) for p in listed)


def test_a_sentence_whose_only_match_is_rejected_is_only_in_its_article(
    ctl: SessionController, opened: Session, win: MainWindow, qtbot: QtBot
) -> None:
    mid, sentence = lone_claim(opened)
    assert not any(p.overlaps(sentence) for p in panel_passages(win, "b"))
    ctl.corrections.reject(mid)
    settle(qtbot, ctl)
    assert any(p.contains(sentence) for p in panel_passages(win, "b"))


def test_a_sentence_only_after_a_rejection_gives_its_rejected_partner_as_closest(
    ctl: SessionController, opened: Session, win: MainWindow, qtbot: QtBot
) -> None:
    mid, sentence = lone_claim(opened)
    ctl.corrections.reject(mid)
    settle(qtbot, ctl)
    model = win.only_dock.model
    row = next(
        r
        for r in range(model.row_total())
        if (found := model.passage_at(r)) and found[1].contains(sentence)
    )
    match = opened.match_by_id(mid)
    assert match is not None
    partner = opened.alignment.a.slice(match.a)
    assert str(model.index(row, CLOSEST).data())[:60] == partner[:60]


def test_an_export_lists_as_only_in_one_what_the_panel_lists(
    ctl: SessionController, opened: Session, win: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    mid, sentence = lone_claim(opened)
    ctl.corrections.reject(mid)
    settle(qtbot, ctl)
    out = tmp_path / "out.json"
    assert ctl.exports.export_to(str(out), "json")
    qtbot.waitUntil(out.exists)
    data = json.loads(out.read_text(encoding="utf-8"))
    only_b = [Span(e["b"]["start"], e["b"]["end"]) for e in data["only"] if e["kind"] == "only_b"]
    assert any(p.contains(sentence) for p in only_b)
    assert only_b == panel_passages(win, "b")
