"""The status bar says the sentence model is loading while the first pair matched waits
for it (a second here, longer on a slow laptop), and only then: not for a pair whose
vectors are kept, nor once the model is there, nor when matching goes without it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from reader.analysis import align
from reader.analysis.sentence_model.embedding import model_loaded, reset_default_embedder
from reader.ingest import load_document
from reader.model import Alignment, Document
from reader.ui.main_window import MainWindow
from reader.ui.opening import LOADING_MODEL
from tests.ui.session_fixtures import check_closed

TIMEOUT = 60_000


@pytest.fixture
def no_model() -> Iterator[None]:
    """The sentence model not loaded yet, as at a first start."""
    reset_default_embedder()
    yield
    reset_default_embedder()


def write_pair(folder: Path, topic: str) -> tuple[str, str]:
    """Two short reports of one event, on ``topic``: a topic of its own to each test, so
    that no vector of them is kept (in memory) from another test."""
    a, b = folder / f"{topic}-a.txt", folder / f"{topic}-b.txt"
    a.write_text(
        f"Floods hit {topic}\n\nFloods in {topic} forced 2,000 people from their homes on "
        "Monday, officials said.\n\nThe river rose two metres overnight.\n",
        encoding="utf-8",
    )
    b.write_text(
        f"Thousands flee {topic} floods\n\nSome 2,000 residents of {topic} left their homes "
        "on Monday as floodwaters rose.\n\nThe river climbed two metres in one night.\n",
        encoding="utf-8",
    )
    return str(a), str(b)


def said_while_opening(qtbot: QtBot, window: MainWindow, pair: tuple[str, str]) -> list[str]:
    """What the status bar said while ``pair`` opened."""
    said: list[str] = []
    window.statusBar().messageChanged.connect(said.append)
    with qtbot.waitSignal(window.alignment_finished, timeout=TIMEOUT):
        window.open_pair(*pair)
    window.statusBar().messageChanged.disconnect(said.append)
    return said


def test_the_first_pair_says_the_model_is_loading_then_aligning_again(
    no_model: None, window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    said = said_while_opening(qtbot, window, write_pair(tmp_path, "Ostrava"))
    assert LOADING_MODEL in said
    after = said[said.index(LOADING_MODEL) + 1]
    assert after == window.opener.aligning  # the matching goes on once it is there
    assert window.statusBar().currentMessage() != LOADING_MODEL
    assert model_loaded()


def test_no_loading_is_said_once_the_model_is_there(
    no_model: None, window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    said_while_opening(qtbot, window, write_pair(tmp_path, "Jihlava"))
    assert LOADING_MODEL not in said_while_opening(qtbot, window, write_pair(tmp_path, "Brno"))


def test_no_loading_is_said_for_a_pair_whose_vectors_are_kept(
    no_model: None, window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    """The model forgotten (as after Settings), the vectors kept: it is not loaded."""
    pair = write_pair(tmp_path, "Olomouc")
    said_while_opening(qtbot, window, pair)
    reset_default_embedder()
    assert LOADING_MODEL not in said_while_opening(qtbot, window, pair)
    assert not model_loaded()


def lexical(a: Document, b: Document, **kw: object) -> Alignment:
    return align(a, b, method="lexical", **kw)  # type: ignore[arg-type]


def test_no_loading_is_said_when_matching_goes_without_the_model(
    no_model: None, qtbot: QtBot, settings: QSettings, tmp_path: Path
) -> None:
    window = MainWindow(settings=settings, loader=load_document, aligner=lexical)
    qtbot.addWidget(window)
    window.show()
    assert LOADING_MODEL not in said_while_opening(qtbot, window, write_pair(tmp_path, "Zlin"))
    assert not model_loaded()
    check_closed(window)
