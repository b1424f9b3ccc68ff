"""Shared fixtures; GUI tests are marked ``gui`` automatically and run offscreen."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from tests.denials import write_denied_pair

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "resources" / "sample"
DATA = Path(__file__).resolve().parent / "data"

# Tests assert behaviour, not timings: no property test fails because a loaded machine
# took longer than Hypothesis's default 200 ms for one example (a test's own settings may
# still set a deadline).
settings.register_profile("crossread", deadline=None)
settings.load_profile("crossread")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "/tests/ui/" in str(item.path).replace(os.sep, "/"):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _vectors_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Sentence vectors the entry points keep on disk go to tmp_path, and a test that
    installed a store (through cli.main) leaves none behind."""
    monkeypatch.setenv("CROSSREAD_CACHE_DIR", str(tmp_path / "cache"))
    yield
    from reader.analysis.sentence_model import semantic

    if semantic.vector_store() is not None:
        semantic.use_vector_store(None)


@pytest.fixture(autouse=True)
def _no_thread_left_running() -> Iterator[None]:
    """Fail a test that leaves a Python thread of its own running (Qt's pool threads are
    checked by the window fixture). A thread that is ending gets two seconds."""
    before = set(threading.enumerate())
    yield
    for thread in set(threading.enumerate()) - before:
        if isinstance(thread, threading._DummyThread):  # a Qt thread that ran Python
            continue
        thread.join(timeout=2.0)
        assert not thread.is_alive(), f"thread {thread.name!r} was left running"


@pytest.fixture(scope="session")
def seed_a_path() -> Path:
    """The Hankyoreh report of the June 2024 Putin-Kim treaty (article A)."""
    return SEEDS / "hankyoreh-2024-06-20-putin-kim-mutual-assistance.txt"


@pytest.fixture(scope="session")
def seed_b_path() -> Path:
    """The AP report of the same event (article B)."""
    return SEEDS / "ap-2024-06-20-north-korea-deal-military-assistance.txt"


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA


@pytest.fixture
def elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The working directory: an empty folder of its own, holding no article."""
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    monkeypatch.chdir(folder)
    return folder


@pytest.fixture
def denied_pair(tmp_path: Path) -> tuple[Path, Path]:
    """Two short articles in tmp_path, B's sentence denying A's ("did not sentence")."""
    return write_denied_pair(tmp_path)
