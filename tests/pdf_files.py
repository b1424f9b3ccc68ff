"""PDF files the tests write: the sample article with a picture that makes it larger than
a text article may be (MAX_BYTES), as a PDF with its photos is."""

from __future__ import annotations

import random
from pathlib import Path

from reader.ingest import MAX_BYTES

ARTICLE_PDF = Path(__file__).resolve().parent / "data" / "pdf" / "article.pdf"


def pdf_over_the_text_limit(path: Path) -> Path:
    """Write the sample article PDF, with a photo of a little over MAX_BYTES, to ``path``."""
    from pypdf import PdfReader, PdfWriter

    out = PdfWriter(clone_from=PdfReader(ARTICLE_PDF))
    out.add_attachment("photo.jpg", random.Random(1).randbytes(MAX_BYTES + 1024 * 1024))
    with path.open("wb") as fh:
        out.write(fh)
    assert path.stat().st_size > MAX_BYTES
    return path
