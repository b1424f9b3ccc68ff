"""Two test pages of tests/data/pages read and aligned as the app does: the one way each
pair's helper (tests/court_pages.py, election_pages.py, match_pages.py, obit_pages.py,
results_pages.py, storm_pages.py, study_pages.py) aligns its pair."""

from __future__ import annotations

from pathlib import Path

from reader.analysis import align
from reader.ingest import load_document
from reader.model import Alignment, Document, MatchKind


def page_documents(data_dir: Path, a_name: str, b_name: str) -> tuple[Document, Document]:
    """Pages ``a_name`` (A) and ``b_name`` (B) of ``data_dir``/pages, read."""
    pages = data_dir / "pages"
    return load_document(pages / a_name), load_document(pages / b_name)


def aligned_pages(data_dir: Path, a_name: str, b_name: str, method: str) -> Alignment:
    """Pages ``a_name`` (A) and ``b_name`` (B) aligned by ``method``."""
    return align(*page_documents(data_dir, a_name, b_name), method=method)


def matched_pairs(al: Alignment, kind: MatchKind) -> list[tuple[str, str]]:
    """The words of A and of B each match of ``kind`` in ``al`` links."""
    return [(al.a.slice(m.a), al.b.slice(m.b)) for m in al.matches if m.kind is kind]


def figure_pairs(al: Alignment) -> list[tuple[str, str]]:
    """The words each Numbers match of ``al`` spans in A and in B, in order."""
    return matched_pairs(al, MatchKind.NUMBER)


def entity_pairs(al: Alignment) -> list[tuple[str, str]]:
    """The words each Entities match of ``al`` spans in A and in B, in order."""
    return matched_pairs(al, MatchKind.ENTITY)


def shown_discrepancies(al: Alignment) -> list[str]:
    """What each discrepancy of ``al`` says, as shown, in order."""
    return [d.shown for d in al.discrepancies]


def quoted(al: Alignment, side: str) -> list[tuple[str, str | None]]:
    """Each quotation of side ``side`` ("a" or "b") of ``al``: its first 30 characters as
    written, and its speaker."""
    doc = al.a if side == "a" else al.b
    quotes = al.quotes_a if side == "a" else al.quotes_b
    return [(doc.slice(q.span)[:30], q.speaker) for q in quotes]
