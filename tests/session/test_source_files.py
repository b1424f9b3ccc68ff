"""Tests of reader/session/source_files.py: the article files of a saved session."""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis import align
from reader.ingest import document_from_text, load_document
from reader.model.fingerprint import FileFingerprint
from reader.model.session import Session
from reader.session.source_files import (
    FoundBeside,
    SourceChange,
    absolute_path,
    check_sources,
    found_beside,
    found_words,
    holds,
    source_changes,
    with_absolute_paths,
    with_fingerprints,
)
from reader.session.store import load_session, save_session


@pytest.fixture
def saved(tmp_path: Path) -> tuple[Session, Path, Path, Path]:
    """A session of two article files in tmp_path, saved after them."""
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Putin and Kim signed a pact on June 18.\n", encoding="utf-8")
    b.write_text("Kim and Putin signed a treaty on June 19.\n", encoding="utf-8")
    session = Session(align(load_document(a), load_document(b), method="lexical"))
    path = tmp_path / "s.crossread"
    save_session(session, path)
    old = path.stat().st_mtime - 60
    for article in (a, b):
        os.utime(article, (old, old))
    return session, path, a, b


def test_untouched_files_say_nothing(saved: tuple[Session, Path, Path, Path]) -> None:
    session, path, _, _ = saved
    assert source_changes(session, path) == []


def test_a_file_edited_after_saving_is_named(saved: tuple[Session, Path, Path, Path]) -> None:
    session, path, a, _ = saved
    a.write_text("Putin and Kim signed a pact on June 17.\n", encoding="utf-8")
    later = path.stat().st_mtime + 60
    os.utime(a, (later, later))
    (change,) = source_changes(session, path)
    assert change == SourceChange("A", str(a))
    assert change.in_words() == (
        f"Article A's file {a} changed since this session read its text; the session "
        "shows the text it read then."
    )


def test_a_removed_file_is_named(saved: tuple[Session, Path, Path, Path]) -> None:
    session, path, _, b = saved
    b.unlink()
    (change,) = source_changes(session, path)
    assert change == SourceChange("B", str(b), gone=True)
    assert change.in_words() == f"Article B's file {b} is gone; the session keeps its text."


# -- by content: the fingerprint of the bytes each text was read from ----------------------


def edited(article: Path, text: str, when: float) -> None:
    """``article`` holding ``text`` now, its time ``when``."""
    article.write_text(text, encoding="utf-8")
    os.utime(article, (when, when))


def test_the_session_keeps_the_fingerprint_of_each_file_read(
    saved: tuple[Session, Path, Path, Path],
) -> None:
    _, path, a, b = saved
    opened = load_session(path)
    for doc, article in zip(opened.alignment.documents, (a, b), strict=True):
        assert doc.fingerprint == FileFingerprint.of_bytes(article.read_bytes())


def test_a_touched_file_is_no_change(saved: tuple[Session, Path, Path, Path]) -> None:
    """Touched, copied with new times or checked out again: the same bytes."""
    _, path, a, _ = saved
    later = path.stat().st_mtime + 60
    os.utime(a, (later, later))
    assert source_changes(load_session(path), path) == []


def test_a_session_saved_again_still_tells_the_change(
    saved: tuple[Session, Path, Path, Path],
) -> None:
    """The file edited, then the session saved again (after the file): the session still
    shows the old text, so the change is still told."""
    _, path, a, _ = saved
    edited(a, "Putin and Kim signed a pact on June 17.\n", path.stat().st_mtime + 60)
    save_session(load_session(path), path)
    os.utime(path, (a.stat().st_mtime + 60, a.stat().st_mtime + 60))
    assert source_changes(load_session(path), path) == [SourceChange("A", str(a))]


def test_a_file_edited_back_to_what_was_read_is_no_change(
    saved: tuple[Session, Path, Path, Path],
) -> None:
    _, path, a, _ = saved
    text = a.read_text(encoding="utf-8")
    edited(a, text.replace("pact", "deal"), path.stat().st_mtime + 60)
    edited(a, text, path.stat().st_mtime + 120)
    assert source_changes(load_session(path), path) == []


def test_a_file_of_the_same_size_is_told_by_its_bytes(
    saved: tuple[Session, Path, Path, Path],
) -> None:
    _, path, a, _ = saved
    text = a.read_text(encoding="utf-8")
    edited(a, text.replace("18", "17"), path.stat().st_mtime - 120)  # older than the file
    assert a.stat().st_size == load_session(path).alignment.a.fingerprint.size  # type: ignore[union-attr]
    assert source_changes(load_session(path), path) == [SourceChange("A", str(a))]


def without_fingerprints(session: Session) -> Session:
    """``session`` as a Crossread from before fingerprints were kept read it."""
    al = session.alignment
    a, b = (replace(d, fingerprint=None) for d in (al.a, al.b))
    return replace(session, alignment=replace(al, a=a, b=b))


def test_an_older_session_is_told_by_the_files_times(
    saved: tuple[Session, Path, Path, Path],
) -> None:
    """Saved before fingerprints were kept: a file modified after the session file is
    told as changed, as before (its bytes the same or not)."""
    session, path, a, _ = saved
    older = path.with_name("older.crossread")
    save_session(without_fingerprints(session), older)
    opened = load_session(older)
    assert opened.alignment.a.fingerprint is None
    assert source_changes(opened, older) == []
    later = older.stat().st_mtime + 60
    os.utime(a, (later, later))
    assert source_changes(opened, older) == [SourceChange("A", str(a))]


def test_with_a_loader_a_file_whose_text_is_the_same_is_no_change(
    saved: tuple[Session, Path, Path, Path],
) -> None:
    """Its bytes changed, not its text (the line ends converted): Update would find
    nothing to do, so nothing is said."""
    _, path, a, _ = saved
    a.write_bytes(a.read_bytes().replace(b"\n", b"\r\n"))
    opened = load_session(path)
    assert source_changes(opened, path) == [SourceChange("A", str(a))]
    assert source_changes(opened, path, load_document) == []


def test_with_a_loader_an_older_session_s_touched_file_is_no_change(
    saved: tuple[Session, Path, Path, Path],
) -> None:
    _, path, a, _ = saved
    opened = without_fingerprints(load_session(path))
    later = path.stat().st_mtime + 60
    os.utime(a, (later, later))
    assert source_changes(opened, path, load_document) == []


def test_with_a_loader_a_file_that_cannot_be_read_is_a_change(
    saved: tuple[Session, Path, Path, Path],
) -> None:
    """Update reads it again and says why it cannot."""
    _, path, a, _ = saved
    a.write_bytes(b"\x00\x01\x02 binary " * 50)
    assert source_changes(load_session(path), path, load_document) == [SourceChange("A", str(a))]


def test_with_a_loader_an_edited_text_is_a_change(
    saved: tuple[Session, Path, Path, Path],
) -> None:
    _, path, a, _ = saved
    edited(a, "Putin and Kim signed a pact on June 17.\n", path.stat().st_mtime - 60)
    assert source_changes(load_session(path), path, load_document) == [SourceChange("A", str(a))]


def test_pasted_text_has_no_fingerprint_and_no_file_to_tell(
    saved: tuple[Session, Path, Path, Path],
) -> None:
    session, path, _, _ = saved
    pasted = document_from_text("Putin and Kim signed a pact on June 18.\n", path="<pasted>")
    assert pasted.fingerprint is None
    al = session.alignment
    assert source_changes(replace(session, alignment=replace(al, a=pasted)), path) == []


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=300), st.binary(max_size=300))
def test_a_file_holds_its_fingerprint_and_no_other_bytes(first: bytes, then: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        article = Path(folder) / "a.txt"
        article.write_bytes(first)
        taken = FileFingerprint.of_bytes(first)
        assert holds(article, taken)
        article.write_bytes(then)
        assert holds(article, taken) == (then == first)


# -- relative paths, as an older Crossread saved them ------------------------------------


def with_paths(session: Session, a: str, b: str) -> Session:
    al = session.alignment
    return replace(session, alignment=replace(al, a=replace(al.a, path=a), b=replace(al.b, path=b)))


@pytest.fixture
def older(saved: tuple[Session, Path, Path, Path], tmp_path: Path) -> Path:
    """The session of ``saved``, as an older Crossread run in its folder saved it (its
    articles named "a.txt" and "b.txt"), in tmp_path/moved/ with its articles."""
    session, _, a, b = saved
    folder = tmp_path / "moved"
    folder.mkdir()
    for article in (a, b):
        article.rename(folder / article.name)
    path = folder / "s.crossread"
    save_session(with_paths(session, "a.txt", "b.txt"), path)
    return path


def paths_of(session: Session) -> tuple[str, str]:
    return session.alignment.a.path, session.alignment.b.path


@pytest.mark.usefixtures("elsewhere")
def test_relative_paths_resolve_beside_the_session_file(older: Path) -> None:
    opened = with_absolute_paths(load_session(older), older)
    assert paths_of(opened) == (str(older.parent / "a.txt"), str(older.parent / "b.txt"))


@pytest.mark.usefixtures("elsewhere")
def test_resolved_paths_find_the_articles_again(older: Path) -> None:
    assert source_changes(with_absolute_paths(load_session(older), older), older) == []


@pytest.mark.usefixtures("elsewhere")
def test_a_folder_copied_with_new_times_finds_its_articles_unchanged(
    older: Path, tmp_path: Path
) -> None:
    """The session and its articles copied as one (every file's time now): the articles
    resolve beside the session and hold the bytes it read; one edited in the copy is
    told."""
    copy = tmp_path / "copied"
    shutil.copytree(older.parent, copy)  # copy2 keeps the times: make them new
    now = (copy / "s.crossread").stat().st_mtime + 60
    for article in ("a.txt", "b.txt"):
        os.utime(copy / article, (now, now))
    path = copy / "s.crossread"
    opened = with_absolute_paths(load_session(path), path)
    assert source_changes(opened, path) == []
    edited(copy / "b.txt", "Kim and Putin signed a treaty on June 20.\n", now)
    assert source_changes(opened, path) == [SourceChange("B", str(copy / "b.txt"))]


def test_a_relative_path_not_beside_the_session_resolves_in_the_working_directory(
    older: Path, elsewhere: Path
) -> None:
    (older.parent / "b.txt").rename(elsewhere / "b.txt")
    opened = with_absolute_paths(load_session(older), older)
    assert opened.alignment.b.path == str(elsewhere / "b.txt")


def test_a_relative_session_file_name_resolves_in_the_working_directory(
    older: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(older.parent.parent)
    name = f"{older.parent.name}/{older.name}"
    opened = with_absolute_paths(load_session(name), name)
    assert opened.alignment.a.path == str(older.parent / "a.txt")


def test_absolute_paths_are_left_as_they_are(saved: tuple[Session, Path, Path, Path]) -> None:
    session, path, _, _ = saved
    assert with_absolute_paths(session, path) is session


def test_pasted_text_keeps_its_name(saved: tuple[Session, Path, Path, Path]) -> None:
    session, path, _, b = saved
    pasted = with_paths(session, "<pasted>", str(b))
    assert with_absolute_paths(pasted, path) is pasted


def test_absolute_path_is_taken_in_the_working_directory(elsewhere: Path) -> None:
    assert absolute_path("a.txt") == str(elsewhere / "a.txt")


@pytest.mark.skipif(os.sep != "/", reason="Windows paths are native there")
@pytest.mark.usefixtures("elsewhere")
def test_a_session_saved_on_windows_finds_its_articles_beside_it(
    saved: tuple[Session, Path, Path, Path], tmp_path: Path
) -> None:
    """A folder copied from Windows: the session names one article relatively with a
    backslash, the other by a drive path; both are beside it now."""
    session, _, a, b = saved
    folder = tmp_path / "from-windows"
    (folder / "articles").mkdir(parents=True)
    a.rename(folder / "articles" / "a.txt")
    b.rename(folder / "b.txt")
    path = folder / "s.crossread"
    save_session(with_paths(session, "articles\\a.txt", "C:\\Users\\me\\Desktop\\b.txt"), path)
    opened = found_beside(with_absolute_paths(load_session(path), path), path)[0]  # as opened
    assert paths_of(opened) == (str(folder / "articles" / "a.txt"), str(folder / "b.txt"))
    assert source_changes(opened, path) == []


@pytest.mark.skipif(os.sep != "/", reason="Windows paths are native there")
def test_a_windows_drive_path_not_found_is_named_as_written(
    saved: tuple[Session, Path, Path, Path], tmp_path: Path, elsewhere: Path
) -> None:
    session, _, _, _ = saved
    (tmp_path / "other").mkdir()
    path = tmp_path / "other" / "w.crossread"  # not beside the articles
    save_session(with_paths(session, "C:\\Users\\me\\a.txt", "D:/news/b.txt"), path)
    opened = with_absolute_paths(load_session(path), path)
    assert paths_of(opened) == ("C:\\Users\\me\\a.txt", "D:/news/b.txt")
    assert source_changes(opened, path) == [
        SourceChange("A", "C:\\Users\\me\\a.txt", gone=True),
        SourceChange("B", "D:/news/b.txt", gone=True),
    ]
    assert str(elsewhere) not in " ".join(paths_of(opened))


# -- absolute paths, a folder moved with its session and articles ------------------------


@pytest.fixture
def moved(saved: tuple[Session, Path, Path, Path], tmp_path: Path) -> Path:
    """The session of ``saved`` (absolute paths, fingerprints kept) and its articles
    moved as one folder to tmp_path/moved/: its articles are gone from where it names
    them."""
    _, path, a, b = saved
    folder = tmp_path / "moved"
    folder.mkdir()
    for f in (path, a, b):
        f.rename(folder / f.name)
    return folder / path.name


def test_a_moved_session_finds_its_articles_beside_it_by_their_fingerprints(
    saved: tuple[Session, Path, Path, Path], moved: Path
) -> None:
    _, _, a, b = saved
    session, found = found_beside(load_session(moved), moved)
    assert paths_of(session) == (str(moved.parent / "a.txt"), str(moved.parent / "b.txt"))
    assert found == (
        FoundBeside("A", str(a), str(moved.parent / "a.txt"), "a.txt"),
        FoundBeside("B", str(b), str(moved.parent / "b.txt"), "b.txt"),
    )
    assert found_words(found) == (
        "Articles A and B were found beside the session: a.txt and b.txt hold the bytes "
        "they were read from."
    )
    assert found_words(found[:1]) == (
        "Article A was found beside the session: a.txt holds the bytes it was read from."
    )
    assert source_changes(session, moved, load_document) == []


def test_an_article_in_a_folder_of_its_own_is_found_in_that_folder_beside_the_session(
    saved: tuple[Session, Path, Path, Path], tmp_path: Path
) -> None:
    """old/s.crossread naming old/articles/a.txt, moved to new/: new/articles/a.txt."""
    session, _, a, _ = saved
    (tmp_path / "old" / "articles").mkdir(parents=True)
    was = tmp_path / "old" / "articles" / "a.txt"
    a.rename(was)
    al = session.alignment
    save_session(
        replace(session, alignment=replace(al, a=replace(al.a, path=str(was)))),
        tmp_path / "old" / "s.crossread",
    )
    (tmp_path / "old").rename(tmp_path / "new")
    path = tmp_path / "new" / "s.crossread"
    opened, found = found_beside(load_session(path), path)
    assert opened.alignment.a.path == str(tmp_path / "new" / "articles" / "a.txt")
    assert [(f.side, f.name) for f in found] == [("A", os.path.join("articles", "a.txt"))]


def test_a_file_of_the_name_holding_other_bytes_is_not_taken(moved: Path) -> None:
    """Edited since (or another article of that name): not the article read; the
    session says its file is gone."""
    beside = moved.parent / "a.txt"
    beside.write_text("Putin and Kim signed a pact on June 17.\n", encoding="utf-8")
    opened = load_session(moved)
    session, found = found_beside(opened, moved)
    assert [f.side for f in found] == ["B"]
    assert session.alignment.a.path == opened.alignment.a.path
    assert source_changes(session, moved)[0].gone


def test_an_article_without_a_fingerprint_is_not_looked_for(moved: Path) -> None:
    """A session saved before fingerprints were kept: a file of the name may be another."""
    opened = without_fingerprints(load_session(moved))
    assert found_beside(opened, moved) == (opened, ())


def test_an_article_still_where_the_session_names_it_stays_there(
    saved: tuple[Session, Path, Path, Path], tmp_path: Path
) -> None:
    session, _, a, _ = saved
    copy = tmp_path / "copy"
    copy.mkdir()
    shutil.copyfile(a, copy / "a.txt")
    save_session(session, copy / "s.crossread")
    assert found_beside(load_session(copy / "s.crossread"), copy / "s.crossread")[1] == ()


def test_a_windows_path_gone_is_found_beside_the_session_by_its_fingerprint(
    moved: Path,
) -> None:
    opened = load_session(moved)
    windows = with_paths(opened, "C:\\Users\\me\\news\\a.txt", "D:\\b.txt")
    session, found = found_beside(windows, moved)
    assert paths_of(session) == (str(moved.parent / "a.txt"), str(moved.parent / "b.txt"))
    assert len(found) == 2


@pytest.mark.skipif(os.sep != "/", reason="Windows paths are native there")
def test_a_windows_drive_path_is_not_taken_by_name_when_the_bytes_differ(moved: Path) -> None:
    """Another article of that name beside the session is not the one read: the session
    says its file is gone, as for a path written here."""
    (moved.parent / "a.txt").write_text("Putin and Kim signed a pact on June 17.\n", "utf-8")
    windows = with_paths(load_session(moved), "C:\\Users\\me\\news\\a.txt", "D:\\b.txt")
    session, _ = found_beside(with_absolute_paths(windows, moved), moved)
    assert paths_of(session) == ("C:\\Users\\me\\news\\a.txt", str(moved.parent / "b.txt"))
    assert source_changes(session, moved)[0].gone


# -- fingerprints taken for a session saved before they were kept ------------------------


def test_an_older_session_takes_the_fingerprint_of_a_file_still_giving_its_text(
    saved: tuple[Session, Path, Path, Path],
) -> None:
    _, path, a, b = saved
    opened = without_fingerprints(load_session(path))
    check = check_sources(opened, path, load_document)
    assert check.changes == ()
    assert [(doc, fp) for doc, fp in check.taken] == [
        (opened.alignment.a, FileFingerprint.of_bytes(a.read_bytes())),
        (opened.alignment.b, FileFingerprint.of_bytes(b.read_bytes())),
    ]


def test_the_fingerprints_taken_are_saved_with_the_session(
    saved: tuple[Session, Path, Path, Path],
) -> None:
    _, path, a, _ = saved
    opened = without_fingerprints(load_session(path))
    taken = {
        (d.path, d.content_hash): fp for d, fp in check_sources(opened, path, load_document).taken
    }
    save_session(with_fingerprints(opened, taken), path)
    again = load_session(path)
    assert again.alignment.a.fingerprint == FileFingerprint.of_bytes(a.read_bytes())
    assert check_sources(again, path, load_document).taken == ()


def test_an_older_session_s_file_giving_another_text_gives_no_fingerprint(
    saved: tuple[Session, Path, Path, Path],
) -> None:
    """Its time before the session's: no change said (as before), none taken either."""
    _, path, a, _ = saved
    edited(a, "Putin and Kim signed a pact on June 17.\n", path.stat().st_mtime - 60)
    check = check_sources(without_fingerprints(load_session(path)), path, load_document)
    assert check.changes == ()
    assert [doc.path for doc, _ in check.taken] == [str(saved[3])]


def test_without_a_loader_no_fingerprint_is_taken(saved: tuple[Session, Path, Path, Path]) -> None:
    _, path, _, _ = saved
    assert check_sources(without_fingerprints(load_session(path)), path).taken == ()


def test_a_fingerprint_is_added_only_to_an_article_of_that_path_and_text(
    saved: tuple[Session, Path, Path, Path],
) -> None:
    session, _, _, _ = saved
    older = without_fingerprints(session)
    a = older.alignment.a
    fp = FileFingerprint(1, "0" * 64)
    assert with_fingerprints(older, {("elsewhere.txt", a.content_hash): fp}) is older
    assert with_fingerprints(older, {(a.path, "other"): fp}) is older
    assert with_fingerprints(older, {(a.path, a.content_hash): fp}).alignment.a.fingerprint == fp
    assert with_fingerprints(session, {(a.path, a.content_hash): fp}) is session  # has one
