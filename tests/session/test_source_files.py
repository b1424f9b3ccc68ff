"""Tests of reader/session/source_files.py: the article files of a saved session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader.analysis import align
from reader.ingest import load_document
from reader.model.session import Session
from reader.session.source_files import source_changes
from reader.session.store import save_session


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
