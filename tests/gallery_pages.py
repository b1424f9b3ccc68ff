"""A fact-checker's gallery pair (tests/data/pages/gallery_*: a paper's photo gallery of
an invented flood and another paper's news story of it), aligned as the app aligns it."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reader.model import Alignment, Document
from tests.page_pairs import aligned_pages, page_documents

GALLERY = "gallery_riverbend_daily.html"
STORY = "gallery_ozark_courier.html"


@cache
def gallery_alignment(data_dir: Path, method: str) -> Alignment:
    """The Riverbend Daily's gallery (A: an intro, six slides, each with a counter, a
    caption and a credit, and a strip of thumbnails) and the Ozark Courier's story (B)
    aligned by ``method`` ("lexical" or "semantic")."""
    return aligned_pages(data_dir, GALLERY, STORY, method)


def gallery_page(data_dir: Path) -> Document:
    """The gallery, read."""
    return page_documents(data_dir, GALLERY, STORY)[0]


def dimmed_lines(doc: Document) -> list[str]:
    """The paragraphs of ``doc`` dimmed whole."""
    dimmed = set(doc.boilerplate)
    return [doc.slice(p) for p in doc.paragraphs if p in dimmed]
