"""Opening pairs: seed pair, dialog, drag and drop, recent pairs, errors, stale runs."""

from __future__ import annotations

import gc
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from reader.analysis import align
from reader.ingest import MAX_BYTES, load_document
from reader.model import Alignment, Document, MatchKind
from reader.ui.main_window import MainWindow
from reader.ui.settings import MAX_RECENT, Settings

ALIGN_TIMEOUT = 60_000


def write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.fixture
def pair(tmp_path: Path) -> tuple[str, str]:
    a = write(
        tmp_path,
        "a.txt",
        "Putin and Kim signed a treaty in Pyongyang on Wednesday.\n\n"
        "The treaty pledges mutual assistance if either is attacked.\n",
    )
    b = write(
        tmp_path,
        "b.txt",
        "Kim and Putin signed a treaty in Pyongyang on Wednesday.\n\n"
        "Under the treaty, each side pledges assistance in the event of an attack.\n",
    )
    return a, b


def test_startup_on_seed_pair(
    window: MainWindow, qtbot: QtBot, seed_a_path: Path, seed_b_path: Path
) -> None:
    with qtbot.waitSignal(window.alignment_finished, timeout=ALIGN_TIMEOUT) as sig:
        window.open_pair(str(seed_a_path), str(seed_b_path))
    alignment = sig.args[0]
    assert isinstance(alignment, Alignment)
    assert window.pane_a.browser.toPlainText() == alignment.a.text
    assert "Putin" in window.pane_a.title.text()
    assert alignment.counts()["claim"] > 0
    assert "claims" in window.counts.text()
    assert window.link_map.bands(), "the link map shows bands for the visible matches"
    assert window.dock.model.rowCount() == len(alignment.matches)
    assert window.settings.recent_pairs()[0] == (str(seed_a_path), str(seed_b_path))
    assert not window.progress.isVisible()


def test_seed_pair_click_claim_partner(
    window: MainWindow, qtbot: QtBot, seed_a_path: Path, seed_b_path: Path
) -> None:
    from tests.ui.test_main_window import click_span, in_viewport

    with qtbot.waitSignal(window.alignment_finished, timeout=ALIGN_TIMEOUT) as sig:
        window.open_pair(str(seed_a_path), str(seed_b_path))
    alignment: Alignment = sig.args[0]
    window.set_sync_scrolling(False)
    claims = sorted(
        (m for m in alignment.matches if m.kind == MatchKind.CLAIM), key=lambda m: -m.b.start
    )
    target = claims[0]  # the claim whose partner lies furthest down B
    window.pane_b.browser.verticalScrollBar().setValue(0)
    first = window.pane_a.matches_at(target.a.start + 1)
    with qtbot.waitSignal(window.match_selected) as chosen:
        click_span(qtbot, window.pane_a, target.a.__class__(target.a.start + 1, target.a.start + 3))
    picked = alignment.match_by_id(chosen.args[0])
    assert picked is not None and picked.id == first[0].id
    assert in_viewport(window.pane_b, picked.b)
    cur = window.pane_b.browser.textCursor()
    assert (cur.selectionStart(), cur.selectionEnd()) == (picked.b.start, picked.b.end)


def test_open_pair_through_dialog(
    window: MainWindow, qtbot: QtBot, pair: tuple[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def fake_dialog(caption: str) -> list[str]:
        asked.append(caption)
        return list(pair)

    monkeypatch.setattr(window, "ask_open_file_names", fake_dialog)
    with qtbot.waitSignal(window.alignment_finished, timeout=ALIGN_TIMEOUT):
        window.actions_.open_pair.trigger()
    assert len(asked) == 1
    assert window.paths() == pair
    assert "Putin and Kim" in window.pane_a.browser.toPlainText()


def test_open_pair_one_file_then_the_other(
    window: MainWindow, qtbot: QtBot, pair: tuple[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = [[pair[0]], [pair[1]]]
    monkeypatch.setattr(window, "ask_open_file_names", lambda caption: answers.pop(0))
    with qtbot.waitSignal(window.alignment_finished, timeout=ALIGN_TIMEOUT):
        window.open_pair_dialog()
    assert window.paths() == pair


def test_dialog_cancelled_keeps_everything(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(window, "ask_open_file_names", lambda caption: [])
    window.open_pair_dialog()
    assert not window.runner.is_running()


def drop(window: MainWindow, paths: list[str], pos: QPoint) -> QDropEvent:
    """Drag enter then drop, as the platform delivers them (Qt ignores a lone drop)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(p) for p in paths])
    enter = QDragEnterEvent(
        pos,  # QPoint: PySide6 6.11 takes no QPointF here
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    event = QDropEvent(
        QPointF(pos),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, event)
    return event


def test_drop_two_files_opens_pair(window: MainWindow, qtbot: QtBot, pair: tuple[str, str]) -> None:
    with qtbot.waitSignal(window.alignment_finished, timeout=ALIGN_TIMEOUT):
        event = drop(window, list(pair), QPoint(100, 300))
    assert event.isAccepted()
    assert window.paths() == pair


def test_drop_one_file_on_pane_b_replaces_b(
    window: MainWindow, qtbot: QtBot, pair: tuple[str, str], tmp_path: Path
) -> None:
    with qtbot.waitSignal(window.alignment_finished, timeout=ALIGN_TIMEOUT):
        window.open_pair(*pair)
    c = write(tmp_path, "c.txt", "Kim hosted Putin at a banquet in Pyongyang on Wednesday.\n")
    pos = window.pane_b.mapTo(window, QPoint(50, 200))
    with qtbot.waitSignal(window.alignment_finished, timeout=ALIGN_TIMEOUT):
        drop(window, [c], pos)
    assert window.paths() == (pair[0], c)


def test_drop_one_file_on_a_pair_opened_from_a_session_replaces_that_side(
    window: MainWindow,
    qtbot: QtBot,
    pair: tuple[str, str],
    tmp_path: Path,
) -> None:
    """A session shows its pair from no files opened here; its articles' files are still
    the pair whose side a dropped file replaces."""
    ctl = window.session_controller
    with qtbot.waitSignal(window.alignment_finished, timeout=ALIGN_TIMEOUT):
        window.open_pair(*pair)
    saved = tmp_path / "work.crossread"
    with qtbot.waitSignal(ctl.session_saved, timeout=ALIGN_TIMEOUT):
        assert ctl.saving.save_to(str(saved))
    with qtbot.waitSignal(window.alignment_finished, timeout=ALIGN_TIMEOUT):
        ctl.open_session(saved)
    assert window.paths() is None and window.alignment() is not None
    c = write(tmp_path, "c.txt", "Kim hosted Putin at a banquet in Pyongyang on Wednesday.\n")
    pos = window.pane_b.mapTo(window, QPoint(50, 200))
    with qtbot.waitSignal(window.alignment_finished, timeout=ALIGN_TIMEOUT):
        drop(window, [c], pos)
    assert window.paths() == (pair[0], c)


def test_recent_pairs_persist_and_reopen(
    window: MainWindow,
    qtbot: QtBot,
    pair: tuple[str, str],
    settings: QSettings,
    tmp_path: Path,
) -> None:
    with qtbot.waitSignal(window.alignment_finished, timeout=ALIGN_TIMEOUT):
        window.open_pair(*pair)
    c = write(tmp_path, "c.txt", "Kim hosted Putin at a banquet in Pyongyang on Wednesday.\n")
    with qtbot.waitSignal(window.alignment_finished, timeout=ALIGN_TIMEOUT):
        window.open_pair(pair[0], c)
    assert window.settings.recent_pairs() == [(pair[0], c), pair]
    window.close()

    again = MainWindow(settings=settings)
    qtbot.addWidget(again)
    entries = [a for a in again.actions_.recent_menu.actions() if a.data()]
    assert [tuple(a.data()) for a in entries] == [(pair[0], c), pair]
    with qtbot.waitSignal(again.alignment_finished, timeout=ALIGN_TIMEOUT):
        entries[1].trigger()
    assert again.paths() == pair
    again.actions_.clear_recent.trigger()
    assert again.settings.recent_pairs() == []
    again.close()


@pytest.fixture
def opened_by_relative_paths(
    window: MainWindow,
    qtbot: QtBot,
    pair: tuple[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> MainWindow:
    """``crossread a.txt b.txt`` run in the pair's folder, which is left afterwards."""
    monkeypatch.chdir(tmp_path)
    with qtbot.waitSignal(window.alignment_finished, timeout=ALIGN_TIMEOUT):
        window.open_pair("a.txt", "b.txt")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    return window


def test_a_pair_opened_by_relative_paths_is_remembered_by_absolute_ones(
    opened_by_relative_paths: MainWindow, pair: tuple[str, str]
) -> None:
    assert opened_by_relative_paths.settings.recent_pairs()[0] == pair


def test_a_recent_pair_opened_by_relative_paths_reopens_from_elsewhere(
    opened_by_relative_paths: MainWindow, qtbot: QtBot, pair: tuple[str, str]
) -> None:
    window = opened_by_relative_paths
    window.opener.rebuild_recent_menu()
    entry = next(a for a in window.actions_.recent_menu.actions() if a.data())
    assert entry.isEnabled()
    with qtbot.waitSignal(window.alignment_finished, timeout=ALIGN_TIMEOUT) as sig:
        entry.trigger()
    assert (sig.args[0].a.path, sig.args[0].b.path) == pair


def test_recent_pairs_read_as_the_articles_titles(
    window: MainWindow, qtbot: QtBot, pair: tuple[str, str]
) -> None:
    with qtbot.waitSignal(window.alignment_finished, timeout=ALIGN_TIMEOUT):
        window.open_pair(*pair)
    (entry,) = [a for a in window.actions_.recent_menu.actions() if a.data()]
    al = window.alignment()
    assert al is not None
    assert entry.text().startswith(al.a.title[:40])
    assert "  ↔  " in entry.text() and entry.toolTip() == f"{pair[0]}\n{pair[1]}"


def test_titles_of_pairs_no_longer_recent_are_forgotten(settings: QSettings) -> None:
    s = Settings(settings)
    s.add_recent_pair("/a", "/b", titles=("Title A", "Title B"))
    for i in range(MAX_RECENT):
        s.add_recent_pair(f"/c{i}", f"/d{i}")
    assert s.recent_titles() == {}
    s.add_recent_pair("/e", "/f", titles=("E", "F"))
    s.clear_recent_pairs()
    assert s.recent_titles() == {}


def _binary(tmp_path: Path) -> str:
    path = tmp_path / "photo.txt"
    path.write_bytes(bytes(range(256)) * 64)
    return str(path)


def _too_large(tmp_path: Path) -> str:
    path = tmp_path / "huge.txt"
    path.write_bytes(b"word " * (MAX_BYTES // 5 + 10))
    return str(path)


@pytest.mark.parametrize(
    ("make", "name", "reason"),
    [
        (lambda tmp: str(tmp / "missing.txt"), "missing.txt", ("does not exist", "not found")),
        (lambda tmp: write(tmp, "empty.txt", ""), "empty.txt", ("empty",)),
        (_binary, "photo.txt", ("binary",)),
        (_too_large, "huge.txt", ("large", "limit")),
    ],
    ids=["missing", "empty", "binary", "too-large"],
)
def test_error_dialog_keeps_previous_pair(
    shown: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    pair: tuple[str, str],
    make: Any,
    name: str,
    reason: tuple[str, ...],
) -> None:
    before = shown.alignment()
    bad = make(tmp_path)
    with qtbot.waitSignal(shown.error_shown, timeout=ALIGN_TIMEOUT) as sig:
        shown.open_pair(pair[0], bad)
    _title, text = sig.args
    assert name in text and any(r in text.lower() for r in reason)
    boxes = [w for w in shown.findChildren(QMessageBox) if w.isVisible()]
    assert len(boxes) == 1 and name in boxes[0].text()
    assert shown.alignment() is before
    assert before is not None and shown.pane_a.browser.toPlainText() == before.a.text
    boxes[0].close()


def test_pair_opened_while_alignment_runs(
    qtbot: QtBot, settings: QSettings, pair: tuple[str, str], tmp_path: Path
) -> None:
    release = threading.Event()
    cancelled: list[str] = []

    def aligner(a: Document, b: Document, **kw: Any) -> Alignment:
        if "slow" in b.path:
            while not release.wait(0.005):
                if kw["is_cancelled"]():
                    cancelled.append(b.path)
                    break
            return Alignment(a, b, method="slow")
        return align(a, b, method="lexical", **kw)

    window = MainWindow(settings=settings, loader=load_document, aligner=aligner)
    qtbot.addWidget(window)
    window.show()
    slow = write(tmp_path, "slow.txt", "A different article about weather in Seoul.\n")
    results: list[Alignment] = []
    window.alignment_finished.connect(results.append)
    window.open_pair(pair[0], slow)
    assert window.runner.is_running()
    with qtbot.waitSignal(window.alignment_finished, timeout=ALIGN_TIMEOUT):
        window.open_pair(*pair)
    release.set()
    window.runner.wait()
    QApplication.processEvents()
    assert [r.method for r in results] == ["lexical"]
    assert window.paths() == pair
    assert cancelled == [slow]
    window.close()
    assert window.runner.active_threads() == 0


def test_drop_one_file_on_pane_a_replaces_a(
    window: MainWindow, qtbot: QtBot, pair: tuple[str, str], tmp_path: Path
) -> None:
    with qtbot.waitSignal(window.alignment_finished, timeout=ALIGN_TIMEOUT):
        window.open_pair(*pair)
    c = write(tmp_path, "c.txt", "Kim hosted Putin at a banquet in Pyongyang on Wednesday.\n")
    pos = window.pane_a.browser.viewport().mapTo(window, QPoint(50, 50))
    with qtbot.waitSignal(window.alignment_finished, timeout=ALIGN_TIMEOUT):
        drop(window, [c], pos)
    assert window.paths() == (c, pair[1])


def test_drop_of_three_files_is_refused(window: MainWindow, pair: tuple[str, str]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(p) for p in (*pair, pair[0])])
    enter = QDragEnterEvent(
        QPoint(100, 100),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()
    assert not window.runner.is_running()


def test_the_collector_is_paused_while_a_pair_is_matched(
    qtbot: QtBot, settings: QSettings, pair: tuple[str, str]
) -> None:
    """A full collection set off by the objects an alignment makes held Python's lock
    30-70 ms, stopping the window; the collector runs again once the pair is matched."""
    collecting: list[bool] = []

    def aligner(a: Document, b: Document, **kw: Any) -> Alignment:
        collecting.append(gc.isenabled())
        return align(a, b, method="lexical", **kw)

    window = MainWindow(settings=settings, loader=load_document, aligner=aligner)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.alignment_finished, timeout=ALIGN_TIMEOUT):
        window.open_pair(*pair)
    assert collecting == [False]
    assert gc.isenabled()
    window.close()


def test_what_matching_made_stays_out_of_collections_until_the_pair_is_shown(
    window: MainWindow, qtbot: QtBot, pair: tuple[str, str]
) -> None:
    """Else the first collection after the collector's pause went through all that the
    worker had made (the modules imported and the model loaded by a first pair too),
    110-120 ms on whichever thread allocated next: the GUI thread, showing the pair."""
    frozen: list[int] = []
    window.opener.loaded.connect(lambda _loaded: frozen.append(gc.get_freeze_count()))
    try:
        with qtbot.waitSignal(window.alignment_finished, timeout=ALIGN_TIMEOUT):
            window.open_pair(*pair)
        assert frozen and frozen[0] > 0, "frozen as the worker hands the pair over"
        assert gc.get_freeze_count() == 0, "given back as the pair replaces the session"
    finally:
        gc.unfreeze()
