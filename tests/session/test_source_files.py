"""Tests of reader/session/source_files.py: the article files of a saved session."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest

from reader.analysis import align
from reader.ingest import load_document
from reader.model.session import Session
from reader.session.source_files import absolute_path, source_changes, with_absolute_paths
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
    assert change.startswith("Article A's file") and "changed after" in change


def test_a_removed_file_is_named(saved: tuple[Session, Path, Path, Path]) -> None:
    session, path, _, b = saved
    b.unlink()
    (change,) = source_changes(session, path)
    assert change.startswith("Article B's file") and "is gone" in change


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
    opened = with_absolute_paths(load_session(path), path)
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
        "Article A's file C:\\Users\\me\\a.txt is gone; the session keeps its text.",
        "Article B's file D:/news/b.txt is gone; the session keeps its text.",
    ]
    assert str(elsewhere) not in " ".join(paths_of(opened))
