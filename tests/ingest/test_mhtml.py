"""Tests of reader/ingest/mhtml.py: a web page saved as one file (.mhtml), read through
``load_document``."""

from __future__ import annotations

import base64
import quopri
from pathlib import Path

import pytest

from reader.errors import IngestError
from reader.ingest import MAX_BYTES, load_document
from reader.ingest.mhtml import is_mhtml

URL = "https://www.islandtimes.example/news/2023/06/14/ferry-sinks-off-coast"
PAGE = """<!DOCTYPE html><html lang="en"><head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>Ferry sinks off coast, 12 missing</title></head><body><article>
<h1>Ferry sinks off coast, 12 missing</h1>
<p>A passenger ferry carrying 87 people sank off the northern coast early on Wednesday,
and 12 people are still missing, the coastguard said.</p>
<p>“The search will continue through the night,” coastguard spokesman Nikos Varga told
reporters in Kaltra.</p></article></body></html>"""
BOUNDARY = "----MultipartBoundary--abc123----"


def _mhtml(page: str = PAGE, picture: bytes = b"\x89PNG\r\n\x1a\n") -> bytes:
    """The page as Chrome saves it: headers, the page in quoted-printable (no charset
    named), a picture in base64."""
    quoted = quopri.encodestring(page.encode("utf-8")).decode("ascii")
    picture64 = base64.encodebytes(picture).decode("ascii")
    return (
        "From: <Saved by Blink>\r\n"
        f"Snapshot-Content-Location: {URL}\r\n"
        "Subject: Ferry sinks off coast, 12 missing\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n'
        f'\tboundary="{BOUNDARY}"\r\n\r\n\r\n'
        f"--{BOUNDARY}\r\n"
        "Content-Type: text/html\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n"
        f"Content-Location: {URL}\r\n\r\n"
        f"{quoted}\r\n"
        f"--{BOUNDARY}\r\n"
        "Content-Type: image/png\r\n"
        "Content-Transfer-Encoding: base64\r\n"
        "Content-Location: https://www.islandtimes.example/ferry.png\r\n\r\n"
        f"{picture64}\r\n"
        f"--{BOUNDARY}--\r\n"
    ).encode("ascii")


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    path = tmp_path / "Ferry sinks off coast.mhtml"
    path.write_bytes(_mhtml())
    return path


def test_the_page_saved_in_an_mhtml_file_is_read(saved: Path) -> None:
    doc = load_document(saved)
    assert [doc.slice(p) for p in doc.paragraphs][-1] == (
        "“The search will continue through the night,” coastguard spokesman Nikos Varga "
        "told reporters in Kaltra."
    )


def test_an_mhtml_file_shows_no_mime_headers(saved: Path) -> None:
    assert "Content-Type" not in load_document(saved).text


def test_an_mhtml_page_has_its_title(saved: Path) -> None:
    assert load_document(saved).title == "Ferry sinks off coast, 12 missing"


def test_an_mhtml_page_is_dated_by_the_address_it_was_saved_from(saved: Path) -> None:
    assert load_document(saved).date == "2023-06-14"


def test_an_mhtml_file_is_read_whatever_its_name(tmp_path: Path) -> None:
    path = tmp_path / "ferry.html"
    path.write_bytes(_mhtml())
    assert load_document(path).title == "Ferry sinks off coast, 12 missing"


def test_an_mhtml_file_larger_than_an_article_with_its_pictures_opens(tmp_path: Path) -> None:
    path = tmp_path / "ferry.mhtml"
    path.write_bytes(_mhtml(picture=bytes(range(256)) * (MAX_BYTES // 256)))
    assert load_document(path).title == "Ferry sinks off coast, 12 missing"


def test_an_mhtml_file_without_a_page_says_so(tmp_path: Path) -> None:
    path = tmp_path / "empty.mhtml"
    path.write_bytes(_mhtml().replace(b"Content-Type: text/html", b"Content-Type: text/css"))
    with pytest.raises(IngestError, match="holds no page to read"):
        load_document(path)


def test_an_html_page_is_no_mhtml() -> None:
    assert not is_mhtml(PAGE.encode("utf-8"))


def test_a_page_whose_base64_is_damaged_is_refused(tmp_path: Path) -> None:
    encoded = base64.encodebytes(PAGE.encode("utf-8")).decode("ascii")
    damaged = encoded[:40] + "!!*" + encoded[43:-7]
    data = (
        "From: <Saved by Blink>\r\nSubject: Ferry\r\nMIME-Version: 1.0\r\n"
        f'Content-Type: multipart/related; boundary="{BOUNDARY}"\r\n\r\n--{BOUNDARY}\r\n'
        "Content-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        f"{damaged}\r\n--{BOUNDARY}--\r\n"
    ).encode("ascii")
    path = tmp_path / "ferry.mhtml"
    path.write_bytes(data)
    with pytest.raises(IngestError, match="damaged"):
        load_document(path)
