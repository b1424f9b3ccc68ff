"""Generated pairs with thousands of highlights, the formats a document ends with, a
pane on screen, a click on a highlight far from its partner."""

from __future__ import annotations

import random

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPalette, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from reader.model import Alignment, Discrepancy, DiscrepancyKind, Document, Match, MatchKind, Span
from reader.ui.article_pane import ArticlePane
from reader.ui.geometry import Utf16Map
from reader.ui.highlights import Theme, apply_layers, layers_for
from reader.ui.main_window import MainWindow
from reader.ui.pane_filter import EVERY_MATCH, PaneFilter

WORDS = (
    *("the", "treaty", "leaders", "signed", "a", "mutual", "defence", "pact", "in"),
    *("Pyongyang", "on", "June", "18", "2024", "and", "about", "300", "delegates"),
    *("said", "Moscow", "would", "help"),
)
WIDE = "\U0001d518"  # outside the BMP: two UTF-16 units, so Qt and Python offsets differ


def generated_document(path: str, paragraphs: int, rng: random.Random) -> Document:
    parts, spans, pos = [], [], 0
    for i in range(paragraphs):
        words = [rng.choice(WORDS) for _ in range(rng.randint(15, 70))]
        if i % 40 == 3:
            words.insert(2, WIDE)
        text = " ".join(words) + "."
        parts.append(text)
        spans.append(Span(pos, pos + len(text)))
        pos += len(text) + 2
    text = "\n\n".join(parts)
    return Document(
        path=path,
        title=path,
        text=text,
        paragraphs=tuple(spans),
        sentences=tuple(spans),
        boilerplate=(spans[1],),
    )


def _span(doc: Document, rng: random.Random) -> Span:
    start = rng.randrange(0, len(doc.text) - 1)
    return Span(start, min(len(doc.text), start + rng.randint(1, 240)))


def generated_pair(paragraphs: int, matches: int, seed: int = 1) -> Alignment:
    """Two articles of ``paragraphs`` paragraphs (about 250 characters each) and
    ``matches`` random, overlapping matches of every kind, with discrepancies and
    only-here passages."""
    rng = random.Random(seed)
    a = generated_document(f"/tmp/gen-{seed}-a.txt", paragraphs, rng)
    b = generated_document(f"/tmp/gen-{seed}-b.txt", paragraphs, rng)
    kinds = list(MatchKind)
    found = tuple(
        Match(f"m{i}", kinds[i % len(kinds)], _span(a, rng), _span(b, rng), rng.random())
        for i in range(matches)
    )
    discrepancies = tuple(
        Discrepancy(DiscrepancyKind.DATE, _span(a, rng), _span(b, rng), m.id, "June 18 vs 19")
        for m in found[::25]
    )
    only_a = tuple(_span(a, rng) for _ in range(matches // 30 + 1))
    only_b = tuple(_span(b, rng) for _ in range(matches // 30 + 1))
    return Alignment(a, b, found, discrepancies, only_a, only_b, method="test")


Runs = list[tuple[int, int, QTextCharFormat]]


def formats_of(document: QTextDocument) -> Runs:
    """Every run of one character format as (start, length, format), equal neighbours
    joined: two documents with the same runs look the same."""
    runs: Runs = []
    block = document.begin()
    while block.isValid():
        for r in block.textFormats():
            start, fmt = block.position() + r.start, QTextCharFormat(r.format)
            if runs and runs[-1][2] == fmt and sum(runs[-1][:2]) == start:
                runs[-1] = (runs[-1][0], runs[-1][1] + r.length, fmt)
            else:
                runs.append((start, r.length, fmt))
        block = block.next()
    return runs


def reference_formats(
    alignment: Alignment, side: str, palette: QPalette, shown: PaneFilter = EVERY_MATCH
) -> Runs:
    """The runs the one-shot ``apply_layers`` gives one side's text (the matches
    ``shown`` shows)."""
    text = (alignment.a if side == "a" else alignment.b).text
    document = QTextDocument()
    document.setPlainText(text)
    formats = Theme.from_palette(palette).formats()
    apply_layers(document, layers_for(alignment, side, shown), formats, Utf16Map(text))
    return formats_of(document)


def shown_pane(qtbot: QtBot) -> ArticlePane:
    """Pane A on screen, 600 x 500 (call its stop_timers() at the end)."""
    widget = ArticlePane("a")
    qtbot.addWidget(widget)
    widget.resize(600, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def click_far_from_partner(window: MainWindow, alignment: Alignment, match_id: str) -> Match:
    """With scrolling not synced (B stays at its top, the match's passage there far
    below), put its passage in A halfway down its pane and click where its highlight is
    drawn; the match."""
    match = alignment.match_by_id(match_id)
    assert match is not None
    window.set_sync_scrolling(False)
    window.pane_a.put_offset_at_fraction(match.a.start, 0.5)
    cursor = QTextCursor(window.pane_a.browser.document())
    cursor.setPosition(match.a.start + 2)  # the text before it is all in the BMP
    at = window.pane_a.browser.cursorRect(cursor).center()
    viewport = window.pane_a.browser.viewport()
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=QPoint(at.x(), at.y()))
    return match
