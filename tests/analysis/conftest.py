"""Fixtures for the analysis tests: documents built from literal text."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.ingest import document_from_text
from reader.model import Document


@pytest.fixture
def doc() -> Callable[[str], Document]:
    """Make a Document from plain text (one paragraph a line)."""

    def make(text: str, path: str = "") -> Document:
        return document_from_text(text, path=path)

    return make
