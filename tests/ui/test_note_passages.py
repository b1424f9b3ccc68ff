"""The note dialog quotes the passages a note is on whole, as far as a sentence goes: at 200
characters it cut the sample pair's dated claim before "June 18, 2024", the date a note
on it is about, while B's shorter sentence showed "June 19, 2024"."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from reader.model import MatchKind
from reader.model.session import Session
from reader.model.span import Span
from reader.ui.main_window import MainWindow
from reader.ui.note_dialog import QUOTED_CHARS, NoteDialog
from reader.ui.session_controller import SessionController
from tests.ui import session_fixtures as fx

ctl, data_folder, opened, pair, win = fx.ctl, fx.data_folder, fx.opened, fx.pair, fx.win


def dialog_on(ctl: SessionController, session: Session, words: str) -> NoteDialog:
    """The note dialog opened on the claim whose passage in A holds ``words``."""
    al = session.alignment
    match = next(m for m in al.matches if m.kind is MatchKind.CLAIM and words in al.a.slice(m.a))
    ctl.dock.add_note(match_id=match.id)
    dialog = ctl.dock.dialog
    assert dialog is not None
    return dialog


@pytest.mark.parametrize(
    ("words", "ending"),
    [
        # 211 characters, the date last: the claim whose dates differ
        ("walk side-by-side at a welcome ceremony", "North Korea, on June 18, 2024."),
        # 372 characters, the sample pair's longest claim, two years in its last line
        ("It’s unclear whether Putin’s reference", "the Soviet Union in February 2000."),
    ],
)
def test_the_dialog_quotes_a_sentence_whole(
    win: MainWindow,
    ctl: SessionController,
    opened: Session,
    qtbot: QtBot,
    words: str,
    ending: str,
) -> None:
    dialog = dialog_on(ctl, opened, words)
    qtbot.waitExposed(dialog)
    quoted = dialog.findChildren(QLabel)[0]
    line_a = quoted.text().splitlines()[0]
    assert line_a.startswith("A: ") and line_a.endswith(ending)
    assert "…" not in quoted.text()
    # laid out whole: the dialog gives the wrapped lines the height they need
    assert quoted.height() >= quoted.heightForWidth(quoted.width())
    dialog.reject()


@pytest.mark.parametrize("side", ["a", "b"])
def test_a_whole_article_is_quoted_cut_on_one_line(
    win: MainWindow, ctl: SessionController, opened: Session, qtbot: QtBot, side: str
) -> None:
    """A line a paragraph, each cut at 200 characters: a note on the whole of the sample's
    A quoted 36 lines and held the dialog 683 pixels high, its last lines cut off."""
    doc = opened.alignment.a if side == "a" else opened.alignment.b
    whole = Span(0, len(doc.text))
    ctl.dock.add_note(a=whole if side == "a" else None, b=whole if side == "b" else None)
    dialog = ctl.dock.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    quoted = dialog.findChildren(QLabel)[0]
    assert quoted.text().startswith(f"{side.upper()}: {doc.text.split()[0]} ")
    assert "\n" not in quoted.text() and quoted.text().endswith("…")
    assert len(quoted.text()) <= len("A: ") + QUOTED_CHARS
    assert quoted.height() >= quoted.heightForWidth(quoted.width())
    assert dialog.height() <= 400
    dialog.reject()
