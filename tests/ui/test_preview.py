"""The articles of a pair show while they are being matched (when no pair is on screen),
and give way to the matched text, at the reader's place, when the matches arrive."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRectF, QSettings, Qt
from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPlainTextDocumentLayout
from pytestqt.qtbot import QtBot

from reader.analysis import align
from reader.ingest import load_document
from reader.model import Alignment, Document, Span
from reader.ui import pane_loading, sliced_job
from reader.ui.article_pane import ArticlePane
from reader.ui.geometry import Utf16Map
from reader.ui.highlights import Layer, Theme
from reader.ui.main_window import MainWindow
from reader.ui.pair_task import PairDocuments
from tests.ui.session_fixtures import check_closed

TIMEOUT = 60_000


class GatedAligner:
    """The lexical aligner, started only once ``release`` is set (or failing then)."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.error: Exception | None = None

    def __call__(self, a: Document, b: Document, **kw: Any) -> Alignment:
        while not self.release.wait(0.005):
            if kw["is_cancelled"]():
                break
        if self.error is not None:
            raise self.error
        return align(a, b, method="lexical", **kw)


def write(path: Path, paragraphs: list[str]) -> str:
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return str(path)


@pytest.fixture
def pair(tmp_path: Path) -> tuple[str, str]:
    a = [f"Paragraph {i}: Putin and Kim met in Pyongyang and signed treaty {i}." for i in range(80)]
    b = [f"Part {i}: Kim and Putin signed treaty {i} at a summit in Pyongyang." for i in range(80)]
    return write(tmp_path / "a.txt", a), write(tmp_path / "b.txt", b)


@pytest.fixture
def gate() -> Iterator[GatedAligner]:
    aligner = GatedAligner()
    yield aligner
    aligner.release.set()


@pytest.fixture
def window(qtbot: QtBot, settings: QSettings, gate: GatedAligner) -> Iterator[MainWindow]:
    win = MainWindow(settings=settings, loader=load_document, aligner=gate)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    gate.release.set()
    check_closed(win)


def previewing(window: MainWindow) -> bool:
    return window.pane_a.loading.is_previewing() and window.pane_b.loading.is_previewing()


def open_in_preview(window: MainWindow, pair: tuple[str, str], qtbot: QtBot) -> None:
    """Open ``pair`` and wait until both articles show while they are matched."""
    window.open_pair(*pair)
    qtbot.waitUntil(lambda: previewing(window), timeout=TIMEOUT)


def test_articles_show_while_they_are_matched(
    window: MainWindow, gate: GatedAligner, pair: tuple[str, str], qtbot: QtBot
) -> None:
    open_in_preview(window, pair, qtbot)
    doc_a = load_document(pair[0])
    assert window.pane_a.preview.toPlainText() == doc_a.text
    assert window.pane_a.title.text() == doc_a.title
    assert window.alignment() is None
    assert window.dock.model.rowCount() == 0
    assert window.progress.isVisible()
    with qtbot.waitSignal(window.alignment_finished, timeout=TIMEOUT) as done:
        gate.release.set()
    window.flush()
    assert not window.pane_a.loading.is_previewing() and not window.pane_b.loading.is_previewing()
    assert window.pane_a.browser.toPlainText() == done.args[0].a.text
    assert window.dock.model.rowCount() == len(done.args[0].matches)


def test_boilerplate_is_grey_and_italic_in_the_preview_as_after(
    window: MainWindow, qtbot: QtBot, seed_a_path: Path, seed_b_path: Path
) -> None:
    window.open_pair(str(seed_a_path), str(seed_b_path))
    qtbot.waitUntil(lambda: previewing(window), timeout=TIMEOUT)
    doc_b = load_document(str(seed_b_path))
    assert doc_b.boilerplate
    grey = Theme.from_palette(window.pane_b.palette()).formats()[Layer.BOILERPLATE].foreground()
    offsets = Utf16Map(doc_b.text)
    document = window.pane_b.preview.document()
    for span in doc_b.boilerplate:
        cursor = QTextCursor(document)
        cursor.setPosition(offsets.to_qt(span.start) + 1)  # the format of the span's first char
        assert cursor.charFormat().fontItalic()
        assert cursor.charFormat().foreground() == grey
    first_claim = QTextCursor(document)
    first_claim.setPosition(offsets.to_qt(doc_b.text.index("North Korea says deal")) + 1)
    assert not first_claim.charFormat().fontItalic()


def test_find_searches_the_text_being_matched(
    window: MainWindow, pair: tuple[str, str], qtbot: QtBot
) -> None:
    open_in_preview(window, pair, qtbot)
    window.find_bar.open_bar()
    window.find_bar.find_requested.emit("treaty 41.", False)
    assert window.pane_a.preview.textCursor().selectedText() == "treaty 41."
    assert window.find_bar.status.text() == "1 of 1 in A"
    window.find_bar.find_requested.emit("not in either article", False)
    assert window.find_bar.status.text() == "Not found in A"


def test_find_searches_the_side_last_clicked(
    window: MainWindow, pair: tuple[str, str], qtbot: QtBot
) -> None:
    open_in_preview(window, pair, qtbot)
    QTest.mouseClick(window.pane_b.preview.viewport(), Qt.MouseButton.LeftButton)
    window.find_bar.find_requested.emit("Part 7:", False)
    assert window.pane_b.preview.textCursor().selectedText() == "Part 7:"


def test_zoom_applies_to_the_text_being_matched(
    window: MainWindow, pair: tuple[str, str], qtbot: QtBot
) -> None:
    open_in_preview(window, pair, qtbot)
    before = window.pane_a.preview.font().pointSizeF()
    window.zoom(2)
    assert window.pane_a.preview.font().pointSizeF() > before
    assert window.pane_a.preview.font() == window.pane_a.browser.font()


def read_half_way_then_match(
    window: MainWindow, gate: GatedAligner, pair: tuple[str, str], qtbot: QtBot
) -> int:
    """Scroll A's preview half-way (B's stays at its top), let the matching finish and
    the pair come on screen; the Qt position the reader had got to in A."""
    open_in_preview(window, pair, qtbot)
    preview = window.pane_a.preview
    bar = preview.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    read_to = preview.cursorForPosition(preview.viewport().rect().topLeft()).position()
    assert read_to > 0
    with qtbot.waitSignal(window.alignment_finished, timeout=TIMEOUT):
        gate.release.set()
    window.flush()
    return read_to


def at_place(window: MainWindow, pair: tuple[str, str], read_to: int) -> bool:
    """A's text shows from ``read_to`` on (within a paragraph)."""
    line = len(load_document(pair[0]).text.splitlines()[0]) + 2
    return abs(window.pane_a.visible_range().start - read_to) <= line


def test_the_matched_text_opens_where_the_reader_had_got_to(
    window: MainWindow, gate: GatedAligner, pair: tuple[str, str], qtbot: QtBot
) -> None:
    read_to = read_half_way_then_match(window, gate, pair, qtbot)
    assert at_place(window, pair, read_to)


def test_a_pane_laid_out_anew_after_the_show_leaves_the_place_in_the_other(
    window: MainWindow, gate: GatedAligner, pair: tuple[str, str], qtbot: QtBot
) -> None:
    """B's text laid out anew once the pair is on screen (its relayout timer, due in the
    same turn as the end of the show on a busy machine) said "B scrolled" to the synced
    scrolling, which levelled A with B's top: the place read in A's preview was lost."""
    read_to = read_half_way_then_match(window, gate, pair, qtbot)
    window.pane_b.scrolled.emit()  # what a new layout of B's text sends
    assert at_place(window, pair, read_to)


def test_the_readers_first_scroll_after_the_show_levels_the_panes(
    window: MainWindow, gate: GatedAligner, pair: tuple[str, str], qtbot: QtBot
) -> None:
    read_half_way_then_match(window, gate, pair, qtbot)
    bar_b = window.pane_b.browser.verticalScrollBar()
    bar_b.setValue(bar_b.value() + bar_b.singleStep())
    assert window.pane_a.visible_range().start < load_document(pair[0]).text.index("Paragraph 9:")


def test_a_pair_on_screen_stays_while_another_is_matched(
    window: MainWindow, gate: GatedAligner, pair: tuple[str, str], qtbot: QtBot, tmp_path: Path
) -> None:
    gate.release.set()
    with qtbot.waitSignal(window.alignment_finished, timeout=TIMEOUT) as first:
        window.open_pair(*pair)
    gate.release.clear()
    other = write(tmp_path / "c.txt", ["Kim hosted Putin at a banquet in Pyongyang."])
    with qtbot.waitSignal(window.opener.previewable, timeout=TIMEOUT):
        window.open_pair(pair[0], other)
    assert not window.pane_a.loading.is_previewing() and not window.pane_b.loading.is_previewing()
    assert window.pane_b.browser.toPlainText() == first.args[0].b.text
    assert window.alignment() is first.args[0]
    with qtbot.waitSignal(window.alignment_finished, timeout=TIMEOUT):
        gate.release.set()
    assert window.paths() == (pair[0], other)


def test_the_preview_goes_when_matching_fails(
    window: MainWindow, gate: GatedAligner, pair: tuple[str, str], qtbot: QtBot
) -> None:
    open_in_preview(window, pair, qtbot)
    gate.error = MemoryError("no room to match these")
    with qtbot.waitSignal(window.error_shown, timeout=TIMEOUT):
        gate.release.set()
    assert not window.pane_a.loading.is_previewing() and not window.pane_b.loading.is_previewing()
    assert window.pane_a.title.text() == "" and window.pane_a.browser.toPlainText() == ""
    assert window.alignment() is None
    window.opener.close_dialog()


def test_an_article_too_long_to_preview_waits_for_its_matches(
    window: MainWindow,
    gate: GatedAligner,
    pair: tuple[str, str],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pane_loading, "PREVIEW_MAX_CHARS", len(load_document(pair[0]).text) - 1)
    with qtbot.waitSignal(window.opener.previewable, timeout=TIMEOUT):
        window.open_pair(*pair)
    assert not window.pane_a.loading.is_previewing() and not window.pane_b.loading.is_previewing()
    with qtbot.waitSignal(window.alignment_finished, timeout=TIMEOUT):
        gate.release.set()


class RecordingLayout(QPlainTextDocumentLayout):
    """The plain text layout, recording the blocks whose size it was asked for (Qt lays a
    block out to answer)."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.asked: set[int] = set()

    def blockBoundingRect(self, block: QTextBlock) -> QRectF:
        self.asked.add(block.blockNumber())
        return super().blockBoundingRect(block)


def test_the_preview_lays_out_no_paragraph_far_off_screen(qtbot: QtBot) -> None:
    """Greying the boilerplate of a long article must not lay out the paragraphs it lies
    in (far below the view): Qt lays out what is shown, as the reader scrolls."""
    paragraphs = [
        f"Paragraph {i}: Putin and Kim met in Pyongyang and signed a treaty." for i in range(3000)
    ]
    paragraphs[1500] = "Photo: a caption in the middle of a long article"
    text = "\n".join(paragraphs)
    start = text.index("Photo:")
    doc = Document("long.txt", "Long", text, boilerplate=(Span(start, start + 48),))
    pane = ArticlePane("a")
    qtbot.addWidget(pane)
    pane.resize(600, 500)
    document = QTextDocument(pane.preview)
    layout = RecordingLayout(document)
    document.setDocumentLayout(layout)
    pane.preview.setDocument(document)
    pane.show()
    qtbot.waitExposed(pane)
    assert pane.loading.show_preview(doc)
    qtbot.wait(50)  # painted
    assert 0 in layout.asked  # what is on screen is laid out
    assert 1500 not in layout.asked  # the caption far below is not
    cursor = QTextCursor(document)
    cursor.setPosition(start + 1)
    assert cursor.charFormat().fontItalic()  # yet greyed


def documents(paths: tuple[str, str]) -> PairDocuments:
    return PairDocuments(paths, load_document(paths[0]), load_document(paths[1]))


@pytest.fixture
def other_pair(tmp_path: Path) -> tuple[str, str]:
    a = [f"Section {i}: the treaty was signed in Pyongyang by Kim and Putin." for i in range(60)]
    b = [f"Item {i}: Putin visited Kim, and the two signed a treaty." for i in range(60)]
    return write(tmp_path / "c.txt", a), write(tmp_path / "d.txt", b)


@pytest.fixture
def step_slices(monkeypatch: pytest.MonkeyPatch) -> None:
    """Sliced jobs made from now on run a step a slice, however short the articles."""
    monkeypatch.setattr(sliced_job, "SLICE_MS", 0.0)


def test_article_b_shows_a_turn_after_article_a(
    step_slices: None, window: MainWindow, pair: tuple[str, str], qtbot: QtBot
) -> None:
    """Each article's text is set and painted in a turn of its own (a long one takes a
    while), B right after A."""
    seen: list[tuple[bool, bool]] = []
    window.opener.previewable.connect(
        lambda _d: seen.append(
            (window.pane_a.loading.is_previewing(), window.pane_b.loading.is_previewing())
        )
    )
    open_in_preview(window, pair, qtbot)
    assert seen == [(True, False)]
    assert window.pane_b.preview.toPlainText() == load_document(pair[1]).text


def test_a_pair_opened_while_the_last_is_shown_replaces_it(
    step_slices: None,
    window: MainWindow,
    pair: tuple[str, str],
    other_pair: tuple[str, str],
    qtbot: QtBot,
) -> None:
    first, second = documents(pair), documents(other_pair)
    window.opener.previewable.emit(first)  # A shown, B to come
    window.opener.previewable.emit(second)
    assert window.pane_a.preview.toPlainText() == second.a.text
    assert not window.pane_b.loading.is_previewing()  # the first pair's B never shows
    qtbot.waitUntil(lambda: previewing(window), timeout=TIMEOUT)
    qtbot.wait(20)
    assert window.pane_b.preview.toPlainText() == second.b.text
    assert window.pane_a.preview.toPlainText() == second.a.text
    assert window.pane_a.title.text() == second.a.title
    assert window.pane_b.title.text() == second.b.title


def test_article_b_is_not_shown_once_the_preview_ended(
    step_slices: None, window: MainWindow, pair: tuple[str, str], qtbot: QtBot
) -> None:
    window.opener.previewable.emit(documents(pair))
    window.opener.preview_ended.emit()  # the matching failed, or was cancelled
    qtbot.wait(50)
    assert not window.pane_a.loading.is_previewing() and not window.pane_b.loading.is_previewing()
    assert window.pane_b.title.text() == ""


def test_find_is_live_in_the_articles_shown_while_they_are_matched(
    window: MainWindow, gate: GatedAligner, pair: tuple[str, str], qtbot: QtBot
) -> None:
    """Find searches their text; the steps through the matches wait for the matches."""
    act = window.actions_
    assert not act.find.isEnabled()
    open_in_preview(window, pair, qtbot)
    assert act.find.isEnabled()
    assert not act.next_match.isEnabled() and not act.jump_partner.isEnabled()
    with qtbot.waitSignal(window.alignment_finished, timeout=TIMEOUT):
        gate.release.set()
    assert act.find.isEnabled() and act.next_match.isEnabled()


def test_find_is_greyed_out_again_when_the_pair_shown_fails(
    window: MainWindow, gate: GatedAligner, pair: tuple[str, str], qtbot: QtBot
) -> None:
    open_in_preview(window, pair, qtbot)
    gate.error = RuntimeError("the matching failed")
    with qtbot.waitSignal(window.alignment_failed, timeout=TIMEOUT):
        gate.release.set()
    assert not window.actions_.find.isEnabled()
    window.opener.close_dialog()
