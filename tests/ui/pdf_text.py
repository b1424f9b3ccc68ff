"""The text of a PDF the export wrote, page by page, as pypdf reads it back."""

from __future__ import annotations

import io
import unicodedata

import pypdf


def page_texts(pdf: bytes) -> list[str]:
    """The text of each page, blanks collapsed, ligatures (\ufb01 for "fi") undone."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return [" ".join(unicodedata.normalize("NFKC", p.extract_text()).split()) for p in reader.pages]
