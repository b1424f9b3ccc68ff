"""HTML -> plain text (placeholder, replaced by the trafilatura extractor)."""

from __future__ import annotations

from dataclasses import dataclass

from reader.errors import IngestError

__all__ = ["Page", "extract_html"]


@dataclass(frozen=True, slots=True)
class Page:
    text: str
    title: str | None = None
    source: str | None = None
    date: str | None = None


def extract_html(html: str, name: str, path: str) -> Page:
    raise IngestError(f"Cannot open {name}: HTML is not supported yet.", path or None)
