"""A business fact-checker's pair (tests/data/pages/results_*: a company's quarterly
results release and a wire's story on it), aligned as the app aligns it."""

from __future__ import annotations

from pathlib import Path

from reader.model import Alignment
from tests.page_pairs import aligned_pages


def results_alignment(data_dir: Path, method: str) -> Alignment:
    """Norvane's release (A) and Harbor Business Wire's story (B) aligned by ``method``
    ("lexical" or "semantic")."""
    return aligned_pages(
        data_dir, "results_norvane_release.html", "results_harbor_business_story.html", method
    )
