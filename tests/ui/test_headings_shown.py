"""A heading the source marks (``Document.headings``) shows as one in the pane: bold and a
step larger than the text (reader.ui.highlights.heading_format, laid by
reader.ui.highlight_pass), while the build, a re-theme or a new filter lay the highlights,
and in the preview while the pair is matched; the text and its offsets stay the
article's."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QPalette, QTextCharFormat, QTextCursor, QTextDocument, QTextFormat
from pytestqt.qtbot import QtBot

from reader.analysis import align
from reader.ingest import load_document
from reader.model import Alignment, MatchKind
from reader.ui.highlights import HEADING_SIZE
from reader.ui.main_window import MainWindow
from reader.ui.pane_filter import PaneFilter
from tests.ui.highlight_fixtures import shown_pane

pytestmark = pytest.mark.gui

LEAD = (
    "The Georgia state senate passed a prison reform bill on Tuesday by a vote of 41 to 12,"
    " after a debate that ran late into the night."
)
INSPECTION = (
    "An inspection last year found that protections for inmates were lacking in three of"
    " the state's largest prisons."
)
PAGE_A = f"""<html lang="en"><body><article><h1>Georgia prison reform bill passes senate</h1>
<p>{LEAD}</p><h2>Protections found lacking</h2><p>{INSPECTION}</p></article></body></html>"""
TEXT_B = (
    "Senate approves overhaul of Georgia prisons\n\n"
    "Georgia senators approved a prison reform bill on Tuesday by a vote of 41 to 12.\n\n"
    "An inspection last year found that protections for inmates were lacking in three"
    " large prisons.\n"
)
HEADING = "Protections found lacking"


@pytest.fixture
def pair(tmp_path: Path) -> Alignment:
    (tmp_path / "a.html").write_text(PAGE_A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(TEXT_B, encoding="utf-8")
    a, b = load_document(tmp_path / "a.html"), load_document(tmp_path / "b.txt")
    return align(a, b, method="lexical")


@pytest.fixture
def on_screen(window: MainWindow, pair: Alignment, qtbot: QtBot) -> MainWindow:
    with qtbot.waitSignal(window.alignment_finished, timeout=60_000):
        window.show_alignment(pair)
    return window


def format_at(document: QTextDocument, position: int) -> QTextCharFormat:
    cursor = QTextCursor(document)
    cursor.setPosition(position + 1)
    return cursor.charFormat()


def shows_a_heading(fmt: QTextCharFormat) -> bool:
    size = fmt.intProperty(QTextFormat.Property.FontSizeAdjustment)
    return fmt.fontWeight() >= QFont.Weight.Bold.value and size == HEADING_SIZE


def heading_at(pair: Alignment) -> int:
    (span,) = pair.a.headings
    assert pair.a.slice(span) == HEADING
    return span.start


def test_a_marked_heading_shows_bold_and_larger_in_the_pane(
    on_screen: MainWindow, pair: Alignment
) -> None:
    document = on_screen.pane_a.browser.document()
    assert shows_a_heading(format_at(document, heading_at(pair)))
    assert shows_a_heading(format_at(document, heading_at(pair) + len(HEADING) - 2))


def test_the_text_around_a_heading_is_not_shown_as_one(
    on_screen: MainWindow, pair: Alignment
) -> None:
    document = on_screen.pane_a.browser.document()
    for needle in ("Georgia prison", "The Georgia state", "An inspection"):
        fmt = format_at(document, pair.a.text.index(needle))
        assert not shows_a_heading(fmt), needle


def test_a_heading_leaves_the_text_and_its_matches_where_they_are(
    on_screen: MainWindow, pair: Alignment
) -> None:
    """The pane's text is the article's, so offsets, highlights and click-to-jump hold:
    the claim under the heading is found where the alignment has it."""
    pane = on_screen.pane_a
    assert pane.browser.document().toPlainText() == pair.a.text
    at = pair.a.text.index("An inspection")
    assert [m.kind for m in pane.matches_at(at)][:1] == [MatchKind.CLAIM]
    assert pane.matches_at(heading_at(pair)) == []
    assert format_at(pane.browser.document(), at).hasProperty(QTextFormat.Property.BackgroundBrush)


def test_a_heading_stays_one_after_a_new_palette_and_a_new_filter(
    on_screen: MainWindow, pair: Alignment
) -> None:
    pane = on_screen.pane_a
    dark = QPalette(pane.palette())
    dark.setColor(QPalette.ColorRole.Base, dark.color(QPalette.ColorRole.Text))
    dark.setColor(QPalette.ColorRole.Text, pane.palette().color(QPalette.ColorRole.Base))
    pane.setPalette(dark)
    pane.loading.flush()
    assert shows_a_heading(format_at(pane.browser.document(), heading_at(pair)))
    pane.set_filter(PaneFilter(frozenset({"quote", "entity", "number"})))
    pane.loading.flush()
    assert shows_a_heading(format_at(pane.browser.document(), heading_at(pair)))


def test_a_marked_heading_shows_bold_in_the_preview(qtbot: QtBot, pair: Alignment) -> None:
    pane = shown_pane(qtbot)
    assert pane.loading.show_preview(pair.a)
    assert shows_a_heading(format_at(pane.preview.document(), heading_at(pair)))
    pane.stop_timers()
