"""Fixtures for the export tests: the sample session, a hostile one, and a runner."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from reader.analysis import align
from reader.export import export_session
from reader.ingest import load_document
from reader.model import Span
from reader.model.note import Note
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

# a pair whose sources mark crossheads (Markdown "##"), as a web page's <h2> would
HEADED_A = """# Putin and Kim sign a defence pact

Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a mutual defence \
pact in Pyongyang on Wednesday, pledging to help each other if attacked.

## A breakthrough, says Putin

Putin called the agreement a breakthrough document that would take relations to a new \
level. Kim said the two countries had become allies.

## Sanctions questioned

The United States and South Korea said the pact threatened regional security.
"""
HEADED_B = """# North Korea and Russia strike a mutual defence deal

Vladimir Putin and Kim Jong Un agreed on Wednesday in Pyongyang to help each other if \
either is attacked, signing a defence pact.

## Allies again

Putin said the agreement was a breakthrough that lifted relations to a new level.

Washington and Seoul warned that the pact threatened the security of the region.
"""
SECTION_NOTE = "The section on the breakthrough."


@pytest.fixture
def session() -> Session:
    return sample_session()


@pytest.fixture
def hostile() -> Session:
    return hostile_session()


def headed_session(folder: Path) -> Session:
    """The pair above, written to ``folder``, read from its files and matched on words,
    with a note on A's first crosshead and the paragraph under it."""
    paths = folder / "a.md", folder / "b.md"
    for path, text in zip(paths, (HEADED_A, HEADED_B), strict=True):
        path.write_text(text, encoding="utf-8")
    a, b = (load_document(path) for path in paths)
    assert [a.slice(h) for h in a.headings] == [
        "A breakthrough, says Putin",
        "Sanctions questioned",
    ]
    heading = a.headings[0]
    under = next(p for p in a.paragraphs if p.start > heading.end)
    note = Note.new(SECTION_NOTE, a=Span(heading.start, under.end))
    return Session(align(a, b, method="lexical")).add_note(note)


@pytest.fixture
def headed(tmp_path: Path) -> Session:
    """A pair whose sources mark crossheads, with a note on one and its paragraph."""
    return headed_session(tmp_path)


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
