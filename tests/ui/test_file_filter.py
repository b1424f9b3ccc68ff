"""The Open pair dialog lists every kind of file Crossread reads as an article, the less
common names of text, Markdown and web pages included."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.ingest import load_document
from reader.ui.main_window import FILE_FILTER

ARTICLE = "Quake hits the coast\n\nA strong earthquake struck the coast on Monday."


@pytest.mark.parametrize(
    ("suffix", "content"),
    [
        (".text", ARTICLE),
        (".mdown", "# " + ARTICLE),
        (".xhtml", f"<html><body><h1>Quake hits the coast</h1><p>{ARTICLE}</p></body></html>"),
    ],
)
def test_a_file_read_as_an_article_is_listed_by_the_dialog(
    tmp_path: Path, suffix: str, content: str
) -> None:
    path = tmp_path / f"story{suffix}"
    path.write_text(content, encoding="utf-8")
    assert "earthquake" in load_document(path).text
    assert f"*{suffix}" in FILE_FILTER.split(";;")[0].split()
