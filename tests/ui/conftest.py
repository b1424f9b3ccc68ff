"""Fixtures for the reader-window tests: isolated settings, hand-built alignments, a window
that must leave no thread or timer running."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from reader.analysis import align
from reader.ingest import load_document
from reader.model import (
    Alignment,
    Discrepancy,
    DiscrepancyKind,
    Document,
    Match,
    MatchKind,
    Quoted,
    Span,
)
from reader.ui.main_window import MainWindow
from tests.ui.session_fixtures import check_closed

# The offscreen platform plugin warns whenever a top-level window gets size constraints
# (main window, docks, menus) or is raised (tooltips); it says nothing about our code.
OFFSCREEN_NOISE = r"This plugin does not support (propagateSizeHints|raise)\(\)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "/tests/ui/" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path) -> None:
    """Default QSettings (INI, user scope) point into tmp_path, never at the real config."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "crossread.ini"), QSettings.Format.IniFormat)


FILLER = (
    "Officials met again in the capital to discuss the schedule of the talks, "
    "and delegates spent the afternoon reviewing earlier drafts of the agreement. "
)


class DocBuilder:
    """Builds a Document paragraph by paragraph and remembers where named passages lie."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: dict[str, Span] = {}
        self.paragraphs: list[Span] = []
        self.pos = 0

    def add(self, text: str, name: str | None = None) -> None:
        if self.parts:
            self.parts.append("\n\n")
            self.pos += 2
        span = Span(self.pos, self.pos + len(text))
        self.parts.append(text)
        self.paragraphs.append(span)
        if name:
            self.spans[name] = span
        self.pos = span.end

    def filler(self, n: int) -> None:
        for _ in range(n):
            self.add(FILLER * 2)

    def build(self, path: str, title: str, boilerplate: tuple[Span, ...] = ()) -> Document:
        text = "".join(self.parts)
        return Document(
            path=path,
            title=title,
            text=text,
            paragraphs=tuple(self.paragraphs),
            sentences=tuple(self.paragraphs),
            boilerplate=boilerplate,
            source="Test Wire",
            date="2024-06-20",
        )


@pytest.fixture
def alignment() -> Alignment:
    """Two long articles; A's treaty sentence has two partners in B, far apart."""
    a = DocBuilder()
    a.add("Leaders sign a treaty in the capital", "a_title")
    a.add("By Staff Reporter", "a_byline")
    a.add("The two leaders signed a mutual defence treaty on June 18.", "a_treaty")
    a.add("Only A mentions the weather, which was hot and humid.", "a_only")
    a.filler(12)
    a.add("\u201cThis is a breakthrough,\u201d the president said on Wednesday.", "a_quote")
    a.filler(12)
    a.add("About 300 delegates attended the ceremony in the square.", "a_number")
    b = DocBuilder()
    b.add("Treaty signed as leaders meet", "b_title")
    b.filler(3)
    b.add("A mutual defence treaty was signed by the two leaders on June 19.", "b_treaty")
    b.filler(10)
    b.add("The president called the deal \u201ca breakthrough\u201d on Wednesday.", "b_quote")
    b.filler(10)
    b.add("Some 300 delegates were present in the square.", "b_number")
    b.add("The treaty, signed by both leaders, pledges mutual defence.", "b_treaty2")
    b.add("Only B mentions the parade that followed.", "b_only")
    da = a.build("/tmp/a.txt", "Leaders sign a treaty", (a.spans["a_byline"],))
    db = b.build("/tmp/b.txt", "Treaty signed")
    sa, sb = a.spans, b.spans

    def inner(doc: Document, span: Span, word: str) -> Span:
        i = doc.text.index(word, span.start)
        return Span(i, i + len(word))

    matches = (
        Match("m1", MatchKind.CLAIM, sa["a_treaty"], sb["b_treaty"], 0.9, ("treaty", "mutual")),
        Match("m2", MatchKind.CLAIM, sa["a_treaty"], sb["b_treaty2"], 0.7, ("treaty",)),
        Match(
            "m3",
            MatchKind.QUOTE,
            inner(da, sa["a_quote"], "breakthrough"),
            inner(db, sb["b_quote"], "breakthrough"),
            0.95,
            ("breakthrough",),
            "president",
        ),
        Match("m4", MatchKind.CLAIM, sa["a_number"], sb["b_number"], 0.6, ("300", "delegates")),
        Match(
            "m5",
            MatchKind.NUMBER,
            inner(da, sa["a_number"], "300"),
            inner(db, sb["b_number"], "300"),
            1.0,
            ("300",),
        ),
        Match(
            "m6",
            MatchKind.ENTITY,
            inner(da, sa["a_quote"], "president"),
            inner(db, sb["b_quote"], "president"),
            0.5,
            ("president",),
        ),
    )
    disc = (
        Discrepancy(
            DiscrepancyKind.DATE,
            inner(da, sa["a_treaty"], "June 18"),
            inner(db, sb["b_treaty"], "June 19"),
            "m1",
            "June 18 vs June 19",
        ),
    )
    return Alignment(
        da,
        db,
        matches,
        disc,
        only_a=(sa["a_only"],),
        only_b=(sb["b_only"],),
        method="test",
        timing_ms={"align": 12.0},
        quotes_a=(Quoted(inner(da, sa["a_quote"], "\u201cThis is a breakthrough,\u201d")),),
        quotes_b=(Quoted(inner(db, sb["b_quote"], "\u201ca breakthrough\u201d")),),
    )


@pytest.fixture
def window(qtbot: QtBot, settings: QSettings) -> Iterator[MainWindow]:
    """A shown main window; fails the test if a worker thread or timer is left running."""
    win = MainWindow(settings=settings)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    check_closed(win)


@pytest.fixture
def shown(window: MainWindow, alignment: Alignment, qtbot: QtBot) -> MainWindow:
    """The window showing the hand-built alignment."""
    with qtbot.waitSignal(window.alignment_finished):
        window.show_alignment(alignment)
    return window


PAGES = Path(__file__).parents[1] / "data" / "pages"


@pytest.fixture(scope="module")
def feature_pair() -> Alignment:
    """The Ashbury pair: a wire brief (A) and a long feature (B) ending in an editor's
    correction note."""
    a = load_document(PAGES / "brief_ashbury_library_fire.html")
    b = load_document(PAGES / "feature_ashbury_library_fire.html")
    return align(a, b, method="lexical")


def put_on_screen(window: MainWindow, alignment: Alignment, qtbot: QtBot) -> MainWindow:
    """``window`` once it shows ``alignment``, all its stages done."""
    with qtbot.waitSignal(window.alignment_finished, timeout=20000):
        window.show_alignment(alignment)
    return window


@pytest.fixture
def feature_shown(window: MainWindow, feature_pair: Alignment, qtbot: QtBot) -> MainWindow:
    """The window showing the Ashbury pair."""
    return put_on_screen(window, feature_pair, qtbot)
