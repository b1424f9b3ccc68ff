"""Hostile input for ingestion (issue 7): random bytes and encodings, truncated UTF-8, huge
lines, deep and malformed HTML, NUL bytes, RTL and combining marks, emoji, CR and CRLF.

Whatever the input, ``load_document`` and ``document_from_text`` return a Document whose
spans are all valid, or raise ``IngestError``; HTML never reaches the network or the file
system, and no script, style or event-handler text reaches ``Document.text``.
"""

from __future__ import annotations

import codecs
import os
import socket
import socketserver
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.errors import IngestError
from reader.ingest import MAX_BYTES, document_from_text, load_document
from reader.ingest.line_joins import unwrapped
from reader.ingest.normalize import clean
from reader.model import Document, Span

FAST = settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))

# -- invariants ------------------------------------------------------------------------


def check_document(doc: Document) -> None:
    """Every span of ``doc`` is non-empty, inside the text, in order; every sentence lies
    inside a paragraph, every heading is one; the text is not blank and holds no CR or
    NUL."""
    n = len(doc.text)
    for what, spans in (
        ("paragraph", doc.paragraphs),
        ("sentence", doc.sentences),
        ("boilerplate", doc.boilerplate),
        ("heading", doc.headings),
    ):
        previous = Span(0, 0)
        for s in spans:
            assert 0 <= s.start < s.end <= n, f"{what} {s} outside text of {n}"
            assert s.start >= previous.end, f"{what} {s} overlaps {previous}"
            previous = s
    for s in doc.sentences:
        assert any(p.contains(s) for p in doc.paragraphs), f"sentence {s} lies in no paragraph"
    assert set(doc.headings) <= set(doc.paragraphs[1:]), "a heading is no paragraph"
    assert doc.text.strip(), "a document with no text was returned"
    assert "\r" not in doc.text and "\x00" not in doc.text


def ingest_text(text: str, fmt: str = "txt") -> Document | None:
    """The Document for ``text``, or None when ingestion refused it with IngestError."""
    try:
        doc = document_from_text(text, path=f"hostile.{fmt}", fmt=fmt)
    except IngestError as exc:
        assert str(exc), "an IngestError without a message"
        return None
    check_document(doc)
    return doc


def ingest_bytes(tmp_path: Path, data: bytes, suffix: str) -> Document | None:
    path = tmp_path / f"hostile{suffix}"
    path.write_bytes(data)
    try:
        doc = load_document(path)
    except IngestError as exc:
        assert str(exc) and exc.path == str(path)
        return None
    check_document(doc)
    return doc


# -- strategies ------------------------------------------------------------------------

# Words and characters that trouble text handling: RTL, combining marks, emoji (astral,
# ZWJ sequences, flags), CJK, NUL and other controls, every newline convention.
HOSTILE_PIECES = [
    "Putin", "said", "the", "treaty", "June", "18,", "2024.", "U.S.", "Mr.", "3.5%",
    "\u05e9\u05dc\u05d5\u05dd", "\u0645\u0631\u062d\u0628\u0627", "\u202e", "\u202d",
    "\u200f", "\u200e", "e\u0301", "a\u0300\u0301\u0302\u0303\u0304", "\u0e01\u0e34\u0e4a",
    "\U0001f642", "\U0001f468\u200d\U0001f469\u200d\U0001f467", "\U0001f1f0\U0001f1f7",
    "\u5317\u671d\u9bae", "\ud55c\uad6d", "\x00", "\x07", "\x1b", "\x7f", "\x85", "\ufeff",
    "\ufffd", "\u2028", "\u2029", "\r\n", "\r", "\n", "\n\n", "\t", "\u00a0", "\u200b",
    ".", "!", "?", "\u201c", "\u201d", '"', "'", "\u2014", "...", "\u2026",
]  # fmt: skip
PIECES = st.sampled_from(HOSTILE_PIECES)
HOSTILE_TEXT = st.one_of(
    st.text(max_size=400),
    st.lists(PIECES, max_size=120).map(" ".join),
    st.lists(PIECES, max_size=120).map("".join),
)
ENCODINGS = [
    "utf-8",
    "utf-8-sig",
    "utf-16",  # with BOM
    "utf-16-le",  # without BOM
    "utf-16-be",
    "utf-32",  # with BOM
    "utf-32-le",
    "cp1252",
    "latin-1",
    "shift_jis",
    "euc-kr",
    "koi8-r",
    "gb18030",
]
BOM_ENCODINGS = {
    "utf-8": b"",
    "utf-8-sig": b"",  # the codec writes the BOM itself, as utf-16 and utf-32 do
    "utf-16": b"",
    "utf-32": b"",
    "utf-16-le": codecs.BOM_UTF16_LE,
    "utf-16-be": codecs.BOM_UTF16_BE,
    "utf-32-le": codecs.BOM_UTF32_LE,
    "utf-32-be": codecs.BOM_UTF32_BE,
}
"""Encodings Crossread documents as read faithfully, with the BOM each needs."""

SUFFIXES = st.sampled_from([".txt", ".md", ".html", ".htm", "", ".bin", ".xhtml"])

_TAGS = ["div", "p", "span", "a", "b", "i", "table", "tr", "td", "ul", "li", "h1", "h2"]
_TAGS += ["article", "section", "header", "footer", "nav", "aside", "pre", "blockquote"]
LEAK = "LEAK_"
"""Marks text a reader must never see: script and style content, attribute values."""
HIDDEN = "HIDDEN_"
"""Marks the content of elements a browser does not show as text (iframe, noscript...)."""
_ACTIVE = [
    "<script>LEAK_SCRIPT()</script>",
    "<script src='http://127.0.0.1:9/x.js'></script>",
    "<style>body{LEAK_STYLE: 1}</style>",
    "<img src='http://127.0.0.1:9/p.png' onerror='LEAK_HANDLER()'>",
    "<a href='javascript:LEAK_HREF()' onclick='LEAK_HANDLER()'>a link</a>",
    "<svg><script>LEAK_SCRIPT()</script></svg>",
    "<p style='LEAK_STYLE' onmouseover='LEAK_HANDLER()' data-x='LEAK_DATA'>text</p>",
]
_HIDDEN_ELEMENTS = [
    "<iframe src='http://127.0.0.1:9/'>HIDDEN_IFRAME</iframe>",
    "<object data='http://127.0.0.1:9/o'>HIDDEN_OBJECT</object>",
    "<noscript>HIDDEN_NOSCRIPT</noscript>",
    "<template>HIDDEN_TEMPLATE</template>",
    "<textarea>HIDDEN_TEXTAREA</textarea>",
]
_ENTITIES = [
    "&amp;", "&amp", "&lt", "&#0;", "&#xD800;", "&#x110000;", "&#99999999999;", "&bogus;",
    "&#x;", "&#;", "&nbsp;", "&#8220;", "&", "&&&", "&#x1F642;",
]  # fmt: skip
_JUNK = ["<", ">", "</", "<!--", "-->", "<![CDATA[", "]]>", "<!DOCTYPE", "<?xml?>", "='", '"']
_PIECE_TEXT = st.lists(PIECES, max_size=30).map(" ".join)


@st.composite
def html_pages(draw: st.DrawFn, junk: bool = True) -> str:
    """Random pages: nested and unclosed tags, entities, scripts, styles, handlers, hidden
    elements and, with ``junk``, stray markup ("<", "<!--", "<![CDATA["...) and any text."""
    text = HOSTILE_TEXT if junk else _PIECE_TEXT
    parts: list[str] = []
    for _ in range(draw(st.integers(0, 60))):
        kind = draw(st.integers(0, 7 if junk else 6))
        if kind == 0:
            tag = draw(st.sampled_from(_TAGS))
            parts.append(f"<{tag} class='x' onmouseover='LEAK_HANDLER()'>")
        elif kind == 1:
            parts.append(f"</{draw(st.sampled_from(_TAGS))}>")
        elif kind == 2:
            parts.append(draw(st.sampled_from(_ENTITIES)))
        elif kind == 3:
            parts.append(draw(st.sampled_from(_ACTIVE)))
        elif kind == 4 and junk:
            parts.append(draw(st.sampled_from(_HIDDEN_ELEMENTS)))
        elif kind == 7:
            parts.append(draw(st.sampled_from(_JUNK)))
        else:
            parts.append(draw(text))
    body = "".join(parts)
    if draw(st.booleans()):
        return f"<!DOCTYPE html><html><head><title>{draw(text)}</title></head><body>{body}"
    return body


# -- bytes and encodings ---------------------------------------------------------------


@FAST
@given(data=st.binary(max_size=3000), suffix=SUFFIXES)
def test_random_bytes_load_or_raise_ingest_error(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, suffix: str
) -> None:
    ingest_bytes(tmp_path_factory.mktemp("b"), data, suffix)


@FAST
@given(text=HOSTILE_TEXT, encoding=st.sampled_from(ENCODINGS), suffix=SUFFIXES)
def test_text_in_any_encoding_loads_or_raises_ingest_error(
    tmp_path_factory: pytest.TempPathFactory, text: str, encoding: str, suffix: str
) -> None:
    data = text.encode(encoding, errors="replace")
    ingest_bytes(tmp_path_factory.mktemp("e"), data, suffix)


@FAST
@given(text=HOSTILE_TEXT, encoding=st.sampled_from(sorted(BOM_ENCODINGS)))
def test_text_with_a_supported_encoding_reads_back_as_written(
    tmp_path_factory: pytest.TempPathFactory, text: str, encoding: str
) -> None:
    text = text.lstrip("\ufeff")
    data = BOM_ENCODINGS[encoding] + text.encode(encoding)
    doc = ingest_bytes(tmp_path_factory.mktemp("r"), data, ".txt")
    if doc is not None:  # (a text wrapped at a fixed width has its paragraphs' lines joined)
        assert doc.text == unwrapped(clean(text))


@FAST
@given(text=HOSTILE_TEXT, cut=st.integers(1, 3))
def test_truncated_utf8_loads_or_raises_ingest_error(
    tmp_path_factory: pytest.TempPathFactory, text: str, cut: int
) -> None:
    data = (text + "\u5317\U0001f642").encode("utf-8")[:-cut]
    ingest_bytes(tmp_path_factory.mktemp("t"), data, ".txt")


def test_truncated_utf8_keeps_the_readable_text(tmp_path: Path) -> None:
    data = "Kim met Putin in Pyongyang. \u5317".encode()[:-1]
    doc = ingest_bytes(tmp_path, data, ".txt")
    assert doc is not None and doc.text.startswith("Kim met Putin in Pyongyang.")


# -- text: NUL, RTL, combining marks, emoji, newlines ----------------------------------


@FAST
@given(text=HOSTILE_TEXT, fmt=st.sampled_from(["txt", "md", "html"]))
def test_hostile_text_gives_a_valid_document_or_ingest_error(text: str, fmt: str) -> None:
    ingest_text(text, fmt)


def test_nul_bytes_in_a_file_are_refused_as_binary(tmp_path: Path) -> None:
    data = b"Kim met Putin.\x00\x00\x00 The treaty was signed.\x00" * 20
    with pytest.raises(IngestError, match="binary"):
        load_document(_write(tmp_path, "nul.txt", data))


def test_a_nul_character_in_decoded_text_is_dropped() -> None:
    doc = ingest_text("Kim met Putin.\x00 The treaty was signed.")
    assert doc is not None and "\x00" not in doc.text and "treaty was signed" in doc.text


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\u2028", "\u2029", "\n"])
def test_every_newline_convention_separates_paragraphs(newline: str) -> None:
    doc = ingest_text(f"Kim met Putin in Pyongyang.{newline}{newline}The treaty was signed.")
    assert doc is not None and len(doc.paragraphs) == 2


def test_rtl_override_and_combining_marks_are_kept_as_written() -> None:
    text = "\u202e\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627\u202c said Ke\u0301vin."
    doc = ingest_text(text)
    assert doc is not None and doc.text == text


def test_emoji_sequences_survive_whole() -> None:
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    doc = ingest_text(f"The family {family} arrived. Flags \U0001f1f0\U0001f1f7 flew.")
    assert doc is not None and family in doc.text


# -- huge input ------------------------------------------------------------------------


def test_one_megabyte_single_line_without_sentence_ends() -> None:
    doc = ingest_text("word " * 200_000)
    assert doc is not None and doc.sentences and doc.sentences[-1].end <= len(doc.text)


def test_one_megabyte_single_line_of_sentences() -> None:
    doc = ingest_text("Kim met Putin. " * 70_000)
    assert doc is not None and len(doc.sentences) > 1000


def test_one_megabyte_line_without_spaces() -> None:
    assert ingest_text("x" * 1_000_000) is not None


def test_default_limit_refuses_a_file_one_byte_over(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    with path.open("wb") as fh:
        fh.write(b"Kim met Putin. ")
        fh.truncate(MAX_BYTES + 1)
    with pytest.raises(IngestError, match="the 5 MB limit"):
        load_document(path)


def test_max_bytes_argument_refuses_a_larger_file_with_a_message(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", b"Kim met Putin in Pyongyang. " * 100)
    with pytest.raises(IngestError, match=r"“.*a\.txt”.*MB limit"):
        load_document(path, max_bytes=len(path.read_bytes()) - 1)


# -- malformed and hostile HTML --------------------------------------------------------


def test_ten_thousand_nested_divs() -> None:
    page = "<html><body>" + "<div>" * 10_000 + "<p>Deep text. Second one.</p>" + "</div>" * 10_000
    doc = ingest_text(page, "html")
    assert doc is not None and "Deep text." in doc.text


def test_ten_thousand_unclosed_tags() -> None:
    page = "<html><body>" + "<div><span><b>" * 10_000 + "Deep text that never closes."
    doc = ingest_text(page, "html")
    assert doc is not None and "Deep text that never closes." in doc.text


def test_broken_entities_do_not_break_ingestion() -> None:
    page = "<p>" + " ".join(_ENTITIES) + "</p><p>Real text follows here.</p>"
    doc = ingest_text(page, "html")
    assert doc is not None and "Real text follows here." in doc.text


@FAST
@given(page=html_pages())
def test_random_html_gives_a_valid_document_or_ingest_error(page: str) -> None:
    ingest_text(page, "html")


@FAST
@given(page=html_pages(junk=False))
def test_no_script_style_or_attribute_text_reaches_the_document(page: str) -> None:
    doc = ingest_text(page, "html")
    assert doc is None or LEAK not in doc.text


ARTICLE_BODY = (
    "<p>Russia and North Korea signed a mutual defence treaty on Wednesday.</p>"
    "<p>The two leaders met in Pyongyang for talks that lasted hours.</p>"
)
LONG_BODY = "".join(
    f"<p>Paragraph {i}: Russia and North Korea signed a mutual defence treaty on Wednesday "
    "in Pyongyang, officials said, after talks between the leaders that lasted hours.</p>"
    for i in range(12)
)


def _page_with(extra: str, body: str = ARTICLE_BODY) -> str:
    return (
        "<!DOCTYPE html><html><head><title>Treaty signed</title>"
        f"{extra}</head><body><article><h1>Treaty signed</h1>{body}{extra}"
        "<p>More text after it.</p></article></body></html>"
    )


@pytest.mark.parametrize("element", _ACTIVE)
@pytest.mark.parametrize("body", [ARTICLE_BODY, LONG_BODY], ids=["short", "long"])
def test_script_style_and_handlers_leave_no_trace(element: str, body: str) -> None:
    doc = ingest_text(_page_with(element, body), "html")
    assert doc is not None and LEAK not in doc.text and "javascript:" not in doc.text


@pytest.mark.parametrize("element", _HIDDEN_ELEMENTS)
@pytest.mark.parametrize("body", [ARTICLE_BODY, LONG_BODY], ids=["short", "long"])
def test_hidden_element_content_stays_out(element: str, body: str) -> None:
    doc = ingest_text(_page_with(element, body), "html")
    assert doc is not None and HIDDEN not in doc.text


@pytest.mark.parametrize("opener", ["<!--", "<![CDATA["])
def test_unterminated_comment_hides_the_markup_after_it(opener: str) -> None:
    page = f"<p>Kim met Putin in Pyongyang.</p>{opener} <script>LEAK_SCRIPT()</script>"
    doc = ingest_text(page, "html")
    assert doc is not None and LEAK not in doc.text and "<script" not in doc.text


# -- no network, no local files --------------------------------------------------------

REMOTE = "http://127.0.0.1:{port}"


def _remote_page(base: str) -> str:
    resources = (
        f"<link rel='stylesheet' href='{base}/s.css'>"
        f"<script src='{base}/s.js'></script>"
        f"<img src='{base}/i.png' srcset='{base}/i2.png 2x'>"
        f"<iframe src='{base}/frame'></iframe>"
        f"<video poster='{base}/p.jpg'><source src='{base}/v.mp4'></video>"
        f"<object data='{base}/o.swf'></object><embed src='{base}/e.swf'>"
        f"<div style='background:url({base}/bg.png)'>Styled</div>"
        f"<style>@import url({base}/imp.css);</style>"
        f"<a href='{base}/next'>continue reading</a>"
        f"<meta http-equiv='refresh' content='0; url={base}/refresh'>"
        f"<base href='{base}/'>"
    )
    return (
        f'<?xml version="1.0"?><!DOCTYPE html SYSTEM "{base}/dtd">'
        f"<html><head><title>Treaty signed</title>{resources}</head>"
        f"<body><article><h1>Treaty signed</h1>{ARTICLE_BODY}{resources}</article></body></html>"
    )


class _Counter(socketserver.BaseRequestHandler):
    hits: list[str]

    def handle(self) -> None:
        type(self).hits.append(self.request.recv(200).decode("latin-1"))


@pytest.fixture
def listener() -> Iterator[tuple[str, list[str]]]:
    """A TCP server on 127.0.0.1 counting connections (catches fetches made from C too)."""
    hits: list[str] = []
    handler = type("Handler", (_Counter,), {"hits": hits})
    server = socketserver.TCPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield REMOTE.format(port=server.server_address[1]), hits
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Every Python-level way to open a connection raises and records the attempt."""
    attempts: list[Any] = []

    def refuse(*args: Any, **kwargs: Any) -> Any:
        attempts.append(args)
        raise OSError("network is unreachable (test)")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def test_html_full_of_remote_resources_ingests_without_the_network(
    tmp_path: Path, no_network: list[Any]
) -> None:
    page = _remote_page("http://example.com")
    doc = load_document(_write(tmp_path, "page.html", page.encode()))
    assert "defence treaty" in doc.text


def test_html_full_of_remote_resources_opens_no_socket(
    tmp_path: Path, no_network: list[Any]
) -> None:
    load_document(_write(tmp_path, "page.html", _remote_page("http://example.com").encode()))
    assert no_network == []


def test_html_resources_are_never_fetched_even_from_c(
    tmp_path: Path, listener: tuple[str, list[str]]
) -> None:
    base, hits = listener
    load_document(_write(tmp_path, "page.html", _remote_page(base).encode()))
    document_from_text(_remote_page(base), fmt="html")
    assert hits == []


def test_external_entities_do_not_read_local_files(tmp_path: Path) -> None:
    secret = _write(tmp_path, "secret.txt", b"TOP_SECRET_CONTENT")
    page = (
        f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY x SYSTEM "file://{secret}">]>'
        "<html><body><article><p>Russia and North Korea signed a treaty &x; on Wednesday.</p>"
        f"<p>The leaders met. <img src='file://{secret}'></p></article></body></html>"
    )
    doc = load_document(_write(tmp_path, "xxe.xhtml", page.encode()))
    assert "TOP_SECRET" not in doc.text


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# -- hostile paths ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    ["", "\x00", "a\x00b.txt", "x" * 5000, "/dev/null", "/dev/zero", "/proc/self/mem", "/"],
    ids=["empty", "nul", "nul-inside", "too-long", "dev-null", "dev-zero", "proc-mem", "root"],
)
def test_hostile_path_raises_ingest_error(path: str) -> None:
    with pytest.raises(IngestError):
        load_document(path)


def test_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(IngestError, match="not a regular file"):
        load_document(fifo)


def test_symlink_loop_raises_ingest_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    with pytest.raises(IngestError):
        load_document(tmp_path / "a.txt")
