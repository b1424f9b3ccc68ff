"""Fixtures for the session tests: the sample session and a file holding it."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.model.session import Session
from reader.session.store import save_session
from tests.session.samples import sample_session


@pytest.fixture
def session() -> Session:
    return sample_session()


@pytest.fixture
def saved(tmp_path: Path, session: Session) -> Path:
    """The sample session saved to ``tmp_path/pair.crossread``."""
    path = tmp_path / "pair.crossread"
    save_session(session, path)
    return path
