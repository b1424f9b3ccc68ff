"""Tests of reader/ui/article_updating.py: a saved session updated from its article files,
edited since, with its notes carried (real files in tmp_path, the real ingest)."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from reader.model import MatchKind
from reader.model.fingerprint import FileFingerprint
from reader.model.note import Note
from reader.model.session import Session
from reader.session.article_update import PASSAGE_GONE
from reader.session.store import load_session, save_session
from reader.ui.article_updating import CHECK_AFTER_MS
from reader.ui.main_window import MainWindow
from reader.ui.session_controller import SessionController
from tests.session.samples import sample_session
from tests.ui import session_fixtures as fx
from tests.ui.session_fixtures import ALIGN_TIMEOUT, settle, written

ctl, data_folder, opened, pair, win = fx.ctl, fx.data_folder, fx.opened, fx.pair, fx.win

pytestmark = pytest.mark.gui

ADDED = "An update: the Kremlin said the talks would go on in Moscow next year."


def edit_after_saving(path: Path, article: str, edit: str) -> str:
    """Write ``edit`` (the article's new text) to ``article``, dated after the session
    file ``path``; its new text."""
    Path(article).write_text(edit, encoding="utf-8")
    later = path.stat().st_mtime + 60
    os.utime(article, (later, later))
    return edit


@pytest.fixture
def saved(opened: Session, tmp_path: Path) -> tuple[Path, Session]:
    """See :func:`saved_with_notes`."""
    return saved_with_notes(opened, tmp_path)


def saved_with_notes(opened: Session, tmp_path: Path) -> tuple[Path, Session]:
    """The seed pair's session with a note on its first claim and a note on A's third
    sentence, saved in tmp_path."""
    claim = next(m for m in opened.alignment.matches if m.kind is MatchKind.CLAIM)
    session = opened.add_note(Note("n1", "on the claim", match_id=claim.id))
    session = session.add_note(Note("n2", "check this line", a=opened.alignment.a.sentences[3]))
    path = tmp_path / "s.crossread"
    save_session(session, path)
    return path, session


def kim_renamed(path: Path, article: str) -> str:
    """Article ``article``'s first "Kim" written "Kim Jong Un", dated after the session
    file ``path`` (:func:`edit_after_saving`); its new text."""
    text = Path(article).read_text(encoding="utf-8")
    return edit_after_saving(path, article, text.replace("Kim", "Kim Jong Un", 1))


def open_saved(qtbot: QtBot, ctl: SessionController, path: Path) -> Session:
    assert ctl.open_session(path)
    return settle(qtbot, ctl)


def update(qtbot: QtBot, ctl: SessionController, win: MainWindow) -> Session:
    """Press Update in the notice above the articles; the session once it is shown."""
    button = win.notice_bar.action_button
    assert button.isVisible() and button.isEnabled()
    before = ctl.session()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctl.session() is not before, timeout=ALIGN_TIMEOUT)
    return settle(qtbot, ctl)


def open_elsewhere(qtbot: QtBot, ctl: SessionController, path: Path) -> None:
    """Open another pair's session (saved beside ``path``), so that the notice of the
    pair of ``path``, opened next, is said anew."""
    other = path.with_name("other.crossread")
    save_session(sample_session(), other)
    open_saved(qtbot, ctl, other)


def with_paragraph_added(text: str, after: str) -> str:
    at = text.index(after) + len(after)
    return f"{text[:at]}\n\n{ADDED}{text[at:]}"


def test_the_changed_file_notice_offers_the_update(
    ctl: SessionController,
    saved: tuple[Path, Session],
    win: MainWindow,
    pair: tuple[str, str],
    qtbot: QtBot,
) -> None:
    path, _ = saved
    kim_renamed(path, pair[0])
    open_saved(qtbot, ctl, path)
    assert f"Article A's file {pair[0]} changed since this session read its text" in (
        win.notice_bar.text()
    )
    assert win.notice_bar.action_button.text() == ctl.updating.action.text()
    assert ctl.updating.action in ctl.actions.file_menu.actions()  # type: ignore[union-attr]


def test_a_file_touched_but_unchanged_raises_no_notice(
    ctl: SessionController,
    saved: tuple[Path, Session],
    win: MainWindow,
    pair: tuple[str, str],
    qtbot: QtBot,
) -> None:
    """Touched, copied with new times, checked out again: the same bytes, no notice
    (it offered an update that then said nothing changed)."""
    path, _ = saved
    os.utime(pair[0], (path.stat().st_mtime + 60, path.stat().st_mtime + 60))
    open_saved(qtbot, ctl, path)
    assert "changed since" not in win.notice_bar.text()
    assert not win.notice_bar.action_button.isVisible()


def test_a_session_saved_again_still_says_its_file_changed(
    ctl: SessionController,
    saved: tuple[Path, Session],
    win: MainWindow,
    pair: tuple[str, str],
    qtbot: QtBot,
) -> None:
    """Saved again after the file changed, the session still shows the old text: the
    notice and its Update button come back when it is opened again."""
    path, _ = saved
    kim_renamed(path, pair[0])
    shown = open_saved(qtbot, ctl, path)
    ctl.change(shown.add_note(Note("n3", "another", a=shown.alignment.a.sentences[2])))
    assert ctl.saving.save()
    written(qtbot, ctl)
    earlier = path.stat().st_mtime - 60  # the file changed before this save
    os.utime(pair[0], (earlier, earlier))
    open_elsewhere(qtbot, ctl, path)
    open_saved(qtbot, ctl, path)
    assert "Article A's file" in win.notice_bar.text()
    assert win.notice_bar.action_button.isVisible()


def test_a_session_updated_and_saved_no_longer_says_its_file_changed(
    ctl: SessionController,
    saved: tuple[Path, Session],
    win: MainWindow,
    pair: tuple[str, str],
    qtbot: QtBot,
) -> None:
    path, _ = saved
    kim_renamed(path, pair[0])
    open_saved(qtbot, ctl, path)
    update(qtbot, ctl, win)
    assert ctl.saving.save()
    written(qtbot, ctl)
    os.utime(pair[0], (path.stat().st_mtime + 60, path.stat().st_mtime + 60))
    open_elsewhere(qtbot, ctl, path)
    open_saved(qtbot, ctl, path)
    assert "Article A's file" not in win.notice_bar.text()
    assert not win.notice_bar.action_button.isVisible()


def test_update_carries_the_notes_onto_the_new_text(
    ctl: SessionController,
    saved: tuple[Path, Session],
    win: MainWindow,
    pair: tuple[str, str],
    qtbot: QtBot,
) -> None:
    path, session = saved
    old = session.alignment.a
    first_paragraph = old.slice(old.paragraphs[1])
    new_text = edit_after_saving(
        path,
        pair[0],
        with_paragraph_added(Path(pair[0]).read_text(encoding="utf-8"), first_paragraph),
    )
    open_saved(qtbot, ctl, path)
    updated = update(qtbot, ctl, win)
    assert ADDED in updated.alignment.a.text
    assert win.pane("a").browser.toPlainText().count(ADDED) == 1
    n2 = updated.note_by_id("n2")
    assert n2 is not None and n2.a is not None
    assert n2.a.slice(updated.alignment.a.text) == old.slice(old.sentences[3])
    n1 = updated.note_by_id("n1")
    assert n1 is not None and n1.match_id is not None
    assert updated.match_by_id(n1.match_id) is not None
    assert ctl.is_modified()
    assert "Article A was updated: 1 paragraph added" in win.notice_bar.text()
    assert new_text  # the file as written


def test_a_note_whose_passage_the_outlet_took_out_is_kept_and_tagged(
    ctl: SessionController,
    saved: tuple[Path, Session],
    win: MainWindow,
    pair: tuple[str, str],
    qtbot: QtBot,
) -> None:
    path, session = saved
    old = session.alignment.a
    gone = old.slice(old.sentences[3])
    edit_after_saving(path, pair[0], Path(pair[0]).read_text(encoding="utf-8").replace(gone, ""))
    open_saved(qtbot, ctl, path)
    updated = update(qtbot, ctl, win)
    n2 = updated.note_by_id("n2")
    assert n2 is not None and PASSAGE_GONE in n2.tags
    assert gone[:40] in n2.text
    assert "1 note's passage is gone" in win.notice_bar.text()


def test_undo_takes_the_update_back(
    ctl: SessionController,
    saved: tuple[Path, Session],
    win: MainWindow,
    pair: tuple[str, str],
    qtbot: QtBot,
) -> None:
    path, session = saved
    old = session.alignment.a
    edit_after_saving(
        path,
        pair[0],
        with_paragraph_added(
            Path(pair[0]).read_text(encoding="utf-8"), old.slice(old.paragraphs[1])
        ),
    )
    before = open_saved(qtbot, ctl, path)
    update(qtbot, ctl, win)
    assert ctl.actions.undo_delete.text() == "&Undo article update"
    ctl.actions.undo_delete.trigger()
    back = settle(qtbot, ctl)
    assert back.alignment.a.text == before.alignment.a.text
    assert not ctl.is_modified()
    assert win.notice_bar.action_button.isVisible()  # the file still differs: offered again


def test_a_file_holding_another_article_leaves_the_session_as_it_was(
    ctl: SessionController,
    saved: tuple[Path, Session],
    win: MainWindow,
    pair: tuple[str, str],
    qtbot: QtBot,
) -> None:
    path, _ = saved
    edit_after_saving(
        path,
        pair[0],
        "Floods in the valley\n\nHeavy rain flooded the valley on Sunday. Farmers said the "
        "harvest of apples and pears was lost this year, and the roads stayed closed.\n",
    )
    before = open_saved(qtbot, ctl, path)
    with qtbot.waitSignal(win.error_shown, timeout=ALIGN_TIMEOUT) as shown:
        QTest.mouseClick(win.notice_bar.action_button, Qt.MouseButton.LeftButton)
    title, text = shown.args
    assert title == "Cannot update from the article files"
    assert "now holds another article" in text and "The session stays as it was." in text
    assert ctl.session() is before and not ctl.is_modified()


def test_an_empty_file_leaves_the_session_as_it_was(
    ctl: SessionController,
    saved: tuple[Path, Session],
    win: MainWindow,
    pair: tuple[str, str],
    qtbot: QtBot,
) -> None:
    path, _ = saved
    edit_after_saving(path, pair[1], "")
    before = open_saved(qtbot, ctl, path)
    with qtbot.waitSignal(win.error_shown, timeout=ALIGN_TIMEOUT) as shown:
        ctl.updating.action.trigger()
    assert "The session stays as it was." in shown.args[1]
    assert ctl.session() is before and not ctl.is_modified()


def test_a_file_touched_but_unchanged_updates_nothing(
    ctl: SessionController,
    saved: tuple[Path, Session],
    win: MainWindow,
    pair: tuple[str, str],
    qtbot: QtBot,
) -> None:
    path, _ = saved
    os.utime(pair[0], (path.stat().st_mtime + 60, path.stat().st_mtime + 60))
    before = open_saved(qtbot, ctl, path)
    ctl.updating.action.trigger()
    qtbot.waitUntil(
        lambda: "nothing changed" in win.statusBar().currentMessage(), timeout=ALIGN_TIMEOUT
    )
    assert ctl.session() is before and not ctl.is_modified()


@pytest.fixture
def older(ctl: SessionController, opened: Session, tmp_path: Path, qtbot: QtBot) -> Path:
    """The seed pair's session saved as before fingerprints were kept (its files giving
    its text), opened and checked; its path."""
    al = opened.alignment
    older = replace(
        opened,
        alignment=replace(al, a=replace(al.a, fingerprint=None), b=replace(al.b, fingerprint=None)),
    )
    path = tmp_path / "s.crossread"
    save_session(older, path)
    assert load_session(path).alignment.a.fingerprint is None
    open_saved(qtbot, ctl, path)
    return path


def has_the_files_fingerprints(written_to: Path, pair: tuple[str, str]) -> bool:
    al = load_session(written_to).alignment
    return (al.a.fingerprint, al.b.fingerprint) == tuple(
        FileFingerprint.of_bytes(Path(p).read_bytes()) for p in pair
    )


def test_an_older_session_takes_its_files_fingerprints_for_its_next_save(
    ctl: SessionController, older: Path, win: MainWindow, pair: tuple[str, str], qtbot: QtBot
) -> None:
    """Saved before fingerprints were kept, its files giving its text: opened, nothing
    is unsaved (no question on closing); saved, the file keeps the fingerprints."""
    assert not ctl.is_modified()
    assert not win.notice_bar.action_button.isVisible()
    assert ctl.saving.save()
    written(qtbot, ctl)
    assert has_the_files_fingerprints(older, pair)


def test_an_older_session_s_autosave_writes_its_files_fingerprints(
    ctl: SessionController, older: Path, pair: tuple[str, str], qtbot: QtBot
) -> None:
    """As a save does: restored after a crash, it tells a changed file by its bytes."""
    shown = settle(qtbot, ctl)
    ctl.change(shown.add_note(Note("n3", "another", a=shown.alignment.a.sentences[2])))
    with qtbot.waitSignal(ctl.autosaved) as autosaved:
        ctl.autosaver.write_now()
    assert has_the_files_fingerprints(Path(autosaved.args[0]), pair)


def test_a_kept_copy_of_an_older_session_writes_its_files_fingerprints(
    ctl: SessionController, older: Path, pair: tuple[str, str], qtbot: QtBot
) -> None:
    shown = settle(qtbot, ctl)
    work = shown.add_note(Note("n3", "another", a=shown.alignment.a.sentences[2]))
    ctl.recovery.keep_copy(work)
    written(qtbot, ctl)
    assert ctl.recovery.last_kept is not None
    assert has_the_files_fingerprints(ctl.recovery.last_kept[1], pair)


def test_the_files_are_read_once_the_pair_is_shown(
    ctl: SessionController,
    saved: tuple[Path, Session],
    win: MainWindow,
    pair: tuple[str, str],
    qtbot: QtBot,
) -> None:
    """An article read through the ingest on a thread of its own while the window shows
    the pair slowed the showing to the hand-overs of Python's lock (100-220 ms on a long
    pair): the check waits, and is counted as under way meanwhile."""
    path, _ = saved
    kim_renamed(path, pair[0])
    seen: list[tuple[bool, bool, bool]] = []
    updating = ctl.updating
    ctl.session_opened.connect(
        lambda _p: seen.append(
            (win.is_showing(), updating.checker.is_running(), updating.is_checking())
        )
    )
    assert ctl.open_session(path)
    qtbot.waitUntil(lambda: bool(seen), timeout=ALIGN_TIMEOUT)
    assert seen == [(True, False, True)]
    settle(qtbot, ctl)
    assert f"Article A's file {pair[0]} changed since" in win.notice_bar.text()
    assert win.notice_bar.action_button.isVisible()


def test_undoing_an_update_reads_the_files_once_the_pair_is_shown(
    ctl: SessionController,
    saved: tuple[Path, Session],
    win: MainWindow,
    pair: tuple[str, str],
    qtbot: QtBot,
) -> None:
    path, _ = saved
    kim_renamed(path, pair[0])
    open_saved(qtbot, ctl, path)
    update(qtbot, ctl, win)
    ctl.actions.undo_delete.trigger()
    assert win.is_showing()
    assert not ctl.updating.checker.is_running() and ctl.updating.is_checking()
    settle(qtbot, ctl)
    assert win.notice_bar.action_button.isVisible()  # said again, once checked


def test_a_check_waiting_for_the_show_is_dropped_as_the_window_closes(
    ctl: SessionController,
    saved: tuple[Path, Session],
    win: MainWindow,
    pair: tuple[str, str],
    qtbot: QtBot,
) -> None:
    path, _ = saved
    kim_renamed(path, pair[0])
    ctl.session_opened.connect(lambda _p: ctl.updating.shutdown())
    assert ctl.open_session(path)
    qtbot.waitUntil(
        lambda: ctl.session() is not None and not win.is_showing(), timeout=ALIGN_TIMEOUT
    )
    qtbot.wait(2 * CHECK_AFTER_MS)
    assert not ctl.updating.is_checking() and not ctl.updating.checker.is_running()
    assert "changed since" not in win.notice_bar.text()
