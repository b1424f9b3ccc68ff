"""Tests of reader/ingest/webarchive.py (and its branch of load.py): a page Safari saved as
a web archive read as the page it holds. The archives are written here as Safari writes
them: a binary property list."""

from __future__ import annotations

import plistlib
from pathlib import Path

import pytest

from reader.errors import IngestError
from reader.ingest import load_document

URL = "https://www.islandtimes.example/news/2023/06/14/ferry-fares-rise"
PAGE = """<html><head><title>Ferry fares rise by a third | Island Times</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Ferry fares rise by a third</h1>
<p>The island's ferry company raised its fares by a third on Wednesday, the second rise
this year, saying fuel had cost it 2.4 million pounds more than planned.</p>
<p>&#8220;We had no choice,&#8221; said its chief executive, Mary Hall.</p></article>
</body></html>"""


def archive(tmp_path: Path, page: bytes, encoding: str = "UTF-8", kind: str = "text/html") -> Path:
    main = {
        "WebResourceData": page,
        "WebResourceFrameName": "",
        "WebResourceMIMEType": kind,
        "WebResourceTextEncodingName": encoding,
        "WebResourceURL": URL,
    }
    pictures = [{"WebResourceData": b"\x89PNG", "WebResourceMIMEType": "image/png",
                 "WebResourceURL": URL + "/photo.png"}]  # fmt: skip
    path = tmp_path / "ferry.webarchive"
    path.write_bytes(
        plistlib.dumps(
            {"WebMainResource": main, "WebSubresources": pictures}, fmt=plistlib.FMT_BINARY
        )
    )
    return path


def test_the_page_a_web_archive_holds_is_read(tmp_path: Path) -> None:
    doc = load_document(archive(tmp_path, PAGE.encode("utf-8")))
    assert "raised its fares by a third on Wednesday" in doc.text
    assert "\u201cWe had no choice,\u201d said its chief executive, Mary Hall." in doc.text
    assert "<p>" not in doc.text


def test_the_address_it_was_saved_from_dates_it(tmp_path: Path) -> None:
    doc = load_document(archive(tmp_path, PAGE.encode("utf-8")))
    assert doc.date == "2023-06-14"


def test_the_archives_text_encoding_is_used(tmp_path: Path) -> None:
    page = PAGE.replace("a third", "a third \u2013 caf\u00e9 owners angry")
    doc = load_document(archive(tmp_path, page.encode("cp1252"), encoding="windows-1252"))
    assert "caf\u00e9 owners" in doc.text


def test_an_archive_of_a_picture_alone_is_refused(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="holds no page"):
        load_document(archive(tmp_path, b"\x89PNG", kind="image/png"))


def test_another_property_list_is_no_article(tmp_path: Path) -> None:
    path = tmp_path / "settings.plist"
    path.write_bytes(plistlib.dumps({"Volume": 3, "Muted": False}, fmt=plistlib.FMT_BINARY))
    with pytest.raises(IngestError, match="binary"):
        load_document(path)
