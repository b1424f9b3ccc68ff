"""A business fact-checker's pair (tests/data/pages/results_*: a company's quarterly
results release and a wire's story on it), aligned as the app aligns it."""

from __future__ import annotations

from pathlib import Path

from reader.analysis import align
from reader.ingest import load_document
from reader.model import Alignment


def results_alignment(data_dir: Path, method: str) -> Alignment:
    """Norvane's release (A) and Harbor Business Wire's story (B) aligned by ``method``
    ("lexical" or "semantic")."""
    pages = data_dir / "pages"
    return align(
        load_document(pages / "results_norvane_release.html"),
        load_document(pages / "results_harbor_business_story.html"),
        method=method,
    )
