"""Fixtures for the export tests: the sample session, a hostile one, and a runner."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from reader.export import export_session
from reader.model.session import Session
from tests.session.samples import (
    TEXT_A,
    TEXT_B,
    hostile_session,
    sample_alignment,
    sample_session,
    span_of,
)

Exporter = Callable[..., str]


@pytest.fixture
def session() -> Session:
    return sample_session()


@pytest.fixture
def hostile() -> Session:
    return hostile_session()


@pytest.fixture
def one_entry(session: Session) -> Session:
    """The sample session down to its one claim, without notes: an export of one entry."""
    return Session(replace(session.alignment, matches=session.alignment.matches[:1]))


@pytest.fixture
def loose() -> Session:
    """The sample pair, its claim scored 0.62 (loose) and a second one 0.9 (sure)."""
    alignment = sample_alignment()
    claim = alignment.matches[0]
    lasted = span_of(TEXT_A, "The talks lasted"), span_of(TEXT_B, "The summit lasted")
    sure = replace(claim, id="m9", a=lasted[0], b=lasted[1], score=0.9)
    matches = (replace(claim, score=0.62), sure, *alignment.matches[1:])
    return Session(replace(alignment, matches=matches))


@pytest.fixture
def export_text(tmp_path: Path) -> Exporter:
    """export_text(session, fmt, only_annotated, minor) -> the exported file's text."""

    def run(session: Session, fmt: str, only_annotated: bool = False, minor: bool = False) -> str:
        out = tmp_path / f"out.{fmt}"
        export_session(session, out, fmt, only_annotated, minor)
        return out.read_text(encoding="utf-8-sig")

    return run
