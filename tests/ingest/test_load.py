"""Tests of reader/ingest/load.py: files -> Document, formats, encodings, errors."""

from __future__ import annotations

import codecs
import itertools
import os
import random
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.errors import IngestError
from reader.ingest import MAX_BYTES, document_from_text, file_checks, load_document
from reader.ingest import load as load_mod
from reader.model.document import Document
from reader.model.fingerprint import FileFingerprint
from reader.session.store import session_bytes
from tests.session.samples import sample_session

AP_TITLE = (
    "North Korea says deal between Putin and Kim requires immediate military assistance "
    "in event of war"
)
HANKYOREH_TITLE = "Putin, Kim pledge ‘mutual assistance’ in event of outside aggression"
ARTICLE = "Kim’s “fiery friendship” headline\n\nThe café said “yes.” It was déjà vu.\n"


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _sentences(doc: Document) -> list[str]:
    return [doc.slice(s) for s in doc.sentences]


# any bytes, in a file of any of these names (hypothesis draws them)
def _any_bytes(test: Callable[..., None]) -> Callable[..., None]:
    """Any bytes under any suffix, with no deadline: the settings must wrap the test that
    `given` returns (settings applied to `given(...)` itself would leave the test on the
    default 200 ms deadline, which a loaded machine exceeds)."""
    draws = given(
        data=st.binary(max_size=4096), suffix=st.sampled_from([".txt", ".md", ".html", ".bin"])
    )
    return settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])(
        draws(test)
    )


def _bytes_file(factory: pytest.TempPathFactory, data: bytes, suffix: str) -> Path:
    path = factory.mktemp("bytes") / f"f{suffix}"
    path.write_bytes(data)
    return path


# The seeds ---------------------------------------------------------------------------


def test_max_bytes_is_five_megabytes() -> None:
    assert MAX_BYTES == 5 * 1024 * 1024


def test_ap_seed_title(seed_b_path: Path) -> None:
    assert load_document(seed_b_path).title == AP_TITLE


def test_hankyoreh_seed_title(seed_a_path: Path) -> None:
    assert load_document(seed_a_path).title == HANKYOREH_TITLE


def test_a_text_without_a_headline_is_titled_by_its_file_name(tmp_path: Path) -> None:
    """The name the reader gave the file, not its first sentence (pasted text, which has
    no name of the reader's, is labelled by its opening words: reader.session.pasted)."""
    prose = (
        "Perennial party girl Tara Reid checked herself into Promises Treatment Center, "
        "her rep told People.\nShe entered the facility on Tuesday.\n"
    )
    assert load_document(_write(tmp_path, "1_10ecb.txt", prose.encode())).title == "1_10ecb"


def test_seed_text_is_the_file_as_written(seed_b_path: Path) -> None:
    doc = load_document(seed_b_path)
    assert doc.text == seed_b_path.read_text(encoding="utf-8")
    assert "\u00a0" in doc.text and "“" in doc.text


def test_headline_is_a_paragraph_of_the_text(seed_b_path: Path) -> None:
    doc = load_document(seed_b_path)
    assert AP_TITLE in [doc.slice(p) for p in doc.paragraphs]


def test_hankyoreh_date_from_posted_line(seed_a_path: Path) -> None:
    assert load_document(seed_a_path).date == "2024-06-20"


def test_hankyoreh_source_is_unknown(seed_a_path: Path) -> None:
    assert load_document(seed_a_path).source is None


def test_ap_source_from_credit_line(seed_b_path: Path) -> None:
    assert load_document(seed_b_path).source == "AP"


CAPTIONED = (
    "Flood waters rise in the valley\n\n"
    "Residents wade through a flooded street on Monday.\nPhoto: Reuters\n\n"
    "Flood waters rose across the valley on Monday, forcing families from their homes.\n"
)


def test_photo_credit_is_not_the_source(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", CAPTIONED.encode())
    assert load_document(path).source is None


WIRE_PASTE = """Senate approves stopgap bill hours before shutdown deadline
By LISA MASCARO and MARY CLARE JALONICK
September 30, 2023 11:52 PM EDT · Updated 2 hours ago
WASHINGTON (AP) — Congress approved a bill to keep the government open for 45 days on Saturday.
"The American people can breathe a sigh of relief," Senate Majority Leader Chuck Schumer said.
"""


def test_wire_dateline_names_the_source(tmp_path: Path) -> None:
    assert load_document(_write(tmp_path, "a.txt", WIRE_PASTE.encode())).source == "AP"


def test_date_line_with_a_relative_update_dates_the_article(tmp_path: Path) -> None:
    assert load_document(_write(tmp_path, "a.txt", WIRE_PASTE.encode())).date == "2023-09-30"


COOKIE_PASTE = """We value your privacy
We and our partners use cookies and similar technologies to store and access information on your device.
Accept
Reject all
Flooding forces thousands from homes in northern Italy
At least nine people have died and thousands have been forced from their homes, officials said.
Explore more on these topics
Italy
Floods
"""  # noqa: E501


def test_cookie_banner_is_not_the_title(tmp_path: Path) -> None:
    doc = load_document(_write(tmp_path, "a.txt", COOKIE_PASTE.encode()))
    assert doc.title == "Flooding forces thousands from homes in northern Italy"


def test_topic_list_is_boilerplate(tmp_path: Path) -> None:
    doc = load_document(_write(tmp_path, "a.txt", COOKIE_PASTE.encode()))
    assert [doc.slice(b) for b in doc.boilerplate][-3:] == [
        "Explore more on these topics",
        "Italy",
        "Floods",
    ]


def test_photo_credit_of_a_page_is_not_the_source(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Flood waters rise in the valley</title></head><body><article>"
        "<h1>Flood waters rise in the valley</h1><figure><img src='a.jpg'><figcaption>"
        "Residents wade through a flooded street on Monday.</figcaption></figure>"
        "<p>Photo: Reuters</p><p>Flood waters rose across the valley on Monday, forcing "
        "hundreds of families from their homes as rivers burst their banks.</p>"
        "</article></body></html>"
    )
    assert load_document(_write(tmp_path, "a.html", page.encode())).source is None


def test_path_is_kept_as_a_string(seed_a_path: Path) -> None:
    assert load_document(seed_a_path).path == os.fspath(seed_a_path)


def test_str_path_is_accepted(seed_a_path: Path) -> None:
    assert load_document(str(seed_a_path)).title == HANKYOREH_TITLE


def test_quote_and_attribution_stay_one_sentence(seed_a_path: Path) -> None:
    doc = load_document(seed_a_path)
    assert (
        "“Relations between our countries have risen to a new high level of alliance,” Kim "
        "said, according to a Kremlin readout." in _sentences(doc)
    )


# Encodings and newlines ------------------------------------------------------------

ENCODINGS: list[tuple[str, bytes]] = [
    ("utf-8", ARTICLE.encode("utf-8")),
    ("utf-8-bom", codecs.BOM_UTF8 + ARTICLE.encode("utf-8")),
    ("utf-16-le", codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le")),
    ("utf-16-be", codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be")),
    ("utf-32", ARTICLE.encode("utf-32")),
    ("cp1252", ARTICLE.encode("cp1252")),
]


@pytest.mark.parametrize(("label", "data"), ENCODINGS, ids=[e[0] for e in ENCODINGS])
def test_file_in_each_encoding(tmp_path: Path, label: str, data: bytes) -> None:
    doc = load_document(_write(tmp_path, f"{label}.txt", data))
    assert doc.text == ARTICLE
    assert doc.title == "Kim’s “fiery friendship” headline"
    assert _sentences(doc)[1:] == ["The café said “yes.”", "It was déjà vu."]


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_newlines_are_normalised(tmp_path: Path, newline: str) -> None:
    data = ARTICLE.replace("\n", newline).encode()
    doc = load_document(_write(tmp_path, "crlf.txt", data))
    assert doc.text == ARTICLE
    assert len(doc.paragraphs) == 2


def test_control_characters_are_stripped(tmp_path: Path) -> None:
    doc = load_document(_write(tmp_path, "c.txt", b"Head line\x07 here\nBody\x1f text.\x7f"))
    assert doc.text == "Head line here\nBody text."


@pytest.mark.parametrize("separator", ["\x0b", "\x0c", "\x85"])
def test_a_line_or_page_break_control_separates_the_lines(tmp_path: Path, separator: str) -> None:
    # Word's manual line break (VT), a page break (FF) as text exports write them, NEL.
    text = f"Council votes\n\nThe council voted on Tuesday.{separator}The mayor was pleased."
    doc = load_document(_write(tmp_path, "v.txt", text.encode()))
    assert "Tuesday.The" not in doc.text and "The mayor was pleased." in doc.text


@pytest.mark.parametrize("mark", ["\u00ad", "\u200b", "\u2060", "\ufeff"])
def test_invisible_marks_inside_words_are_dropped(tmp_path: Path, mark: str) -> None:
    # A page hyphenated for narrow screens quotes the words another report writes out.
    text = f"“A respon{mark}sible com{mark}promise,” said Lars Holm."
    doc = load_document(_write(tmp_path, "q.txt", text.encode()))
    assert doc.text == "“A responsible compromise,” said Lars Holm."


# Formats ---------------------------------------------------------------------------


def test_markdown_file(tmp_path: Path) -> None:
    doc = load_document(_write(tmp_path, "a.md", b"# The *title*\n\nA [linked](u) claim.\n"))
    assert (doc.title, doc.text) == ("The title", "The title\n\nA linked claim.")


SNIFF_CASES: list[tuple[str, bytes, str]] = [
    ("page.php", b"<!DOCTYPE html><html><body><p>Sniffed body.</p></body></html>", "Sniffed body."),
    ("page", b"<html><head><title>T</title></head><body><p>Body.</p></body></html>", "T\n\nBody."),
    ("notes.log", b"Plain <b>text</b> with a tag.", "Plain <b>text</b> with a tag."),
    ("README", b"Just words.", "Just words."),
]


@pytest.mark.parametrize(("name", "data", "text"), SNIFF_CASES)
def test_unknown_extension_is_sniffed(tmp_path: Path, name: str, data: bytes, text: str) -> None:
    assert load_document(_write(tmp_path, name, data)).text == text


def test_uppercase_extension(tmp_path: Path) -> None:
    doc = load_document(_write(tmp_path, "A.HTML", b"<title>Up</title><p>Text here.</p>"))
    assert doc.title == "Up"


def test_document_from_text_returns_document() -> None:
    doc = document_from_text("A title line\nBody text here.")
    assert isinstance(doc, Document)
    assert doc.title == "A title line"


def test_fallback_title_is_file_stem(tmp_path: Path) -> None:
    path = _write(tmp_path, "my-article.txt", b"She checked in today.\n")
    assert load_document(path).title == "my-article"


def test_unknown_format_raises() -> None:
    with pytest.raises(IngestError):
        document_from_text("text", fmt="pdf")


# Errors ----------------------------------------------------------------------------


def _error(path: Path, **kwargs: int) -> IngestError:
    with pytest.raises(IngestError) as info:
        load_document(path, **kwargs)
    err = info.value
    assert err.path == str(path)
    assert str(path) in str(err)
    assert str(err).endswith(".") and str(err).count(". ") == 0
    return err


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"", "empty"), (b"   \n\t\r\n  ", "empty"), (codecs.BOM_UTF8, "empty")],
)
def test_empty_files_raise(tmp_path: Path, data: bytes, reason: str) -> None:
    assert reason in str(_error(_write(tmp_path, "e.txt", data)))


@pytest.mark.parametrize("suffix", [".html", ".htm", ".md"])
def test_an_empty_page_says_it_is_empty(tmp_path: Path, suffix: str) -> None:
    assert "it is empty" in str(_error(_write(tmp_path, f"e{suffix}", b" \n")))


def test_png_is_binary(tmp_path: Path) -> None:
    data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(100)
    assert "looks like a binary file" in str(_error(_write(tmp_path, "img.txt", data)))


def test_random_bytes_with_nul_are_binary(tmp_path: Path) -> None:
    rng = random.Random(7)
    data = bytes(rng.randrange(256) for _ in range(4096)) + b"\x00"
    assert "looks like a binary file" in str(_error(_write(tmp_path, "r.txt", data)))


def test_too_large_file_names_the_limit(tmp_path: Path) -> None:
    path = _write(tmp_path, "big.txt", b"word " * 300_000)
    assert "larger than the 1 MB limit" in str(_error(path, max_bytes=1024 * 1024))


def test_default_limit_is_named_in_megabytes(tmp_path: Path) -> None:
    path = _write(tmp_path, "huge.txt", b"a" * (MAX_BYTES + 1))
    assert "larger than the 5 MB limit" in str(_error(path))


def test_the_check_before_opening_holds_a_pdf_to_the_pdf_limit(tmp_path: Path) -> None:
    path = tmp_path / "with-photos.pdf"
    with path.open("wb") as fh:
        fh.write(b"%PDF-1.7\n")
        fh.truncate(MAX_BYTES + 1)  # a sparse file: large, quickly written
    load_mod.check_file(str(path))  # within MAX_PDF_BYTES: no error


def test_the_check_before_opening_names_the_pdf_limit(tmp_path: Path) -> None:
    path = tmp_path / "huge.pdf"
    with path.open("wb") as fh:
        fh.write(b"%PDF-1.7\n")
        fh.truncate(load_mod.MAX_PDF_BYTES + 1)
    with pytest.raises(IngestError, match="larger than the 50 MB limit"):
        load_mod.check_file(str(path))


def test_the_check_before_opening_holds_a_text_to_the_text_limit(tmp_path: Path) -> None:
    path = _write(tmp_path, "huge.txt", b"a" * (MAX_BYTES + 1))
    with pytest.raises(IngestError, match="larger than the 5 MB limit"):
        load_mod.check_file(str(path))


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("noise.txt", random.Random(3).randbytes(20_000)),
        ("picture.html", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8),
        ("blank.txt", b"\n"),
        ("spaces.md", b"\xef\xbb\xbf  \r\n\t\n"),
        ("notes.crossread", session_bytes(sample_session())),
    ],
)
def test_the_check_before_opening_refuses_what_its_head_shows_unreadable(
    tmp_path: Path, name: str, data: bytes
) -> None:
    path = _write(tmp_path, name, data)
    with pytest.raises(IngestError) as checked:
        load_mod.check_file(str(path))
    assert str(checked.value) == str(_error(path))


_TEXT = "Putin and Kim sign a pact\n\nThe two leaders met in Pyongyang on Wednesday.\n" * 40


@pytest.mark.parametrize(
    "data",
    [
        _TEXT.encode("utf-16-le"),  # no byte-order mark: every other byte NUL
        _TEXT.encode("utf-16-be"),
        _TEXT.encode("utf-16"),
        _TEXT.encode("utf-32"),
    ],
    ids=["utf-16-le", "utf-16-be", "utf-16 BOM", "utf-32 BOM"],
)
def test_the_check_before_opening_lets_a_text_full_of_nul_bytes_through(
    tmp_path: Path, data: bytes
) -> None:
    path = _write(tmp_path, "wide.txt", data)
    load_mod.check_file(str(path))
    assert load_document(path).title == "Putin and Kim sign a pact"


@_any_bytes
def test_the_check_before_opening_refuses_only_what_reading_refuses(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, suffix: str
) -> None:
    _refused_only_as_read(_bytes_file(tmp_path_factory, data, suffix))


def _refused_only_as_read(path: Path) -> None:
    """check_file refuses ``path`` only when reading it does, and says the same."""
    try:
        load_mod.check_file(str(path))
    except IngestError as checked:
        with pytest.raises(IngestError) as read:
            load_document(path)
        assert str(read.value) == str(checked)


_PAGE = b"The two leaders met in Pyongyang on Wednesday and signed a pact.\n"


@pytest.mark.parametrize(
    "tail",
    [bytes(5000), random.Random(5).randbytes(5000), b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20],
    ids=["NUL bytes", "noise", "a PNG"],
)
def test_the_check_before_opening_refuses_binary_data_after_20_kb_of_text(
    tmp_path: Path, tail: bytes
) -> None:
    path = _write(tmp_path, "late.txt", _PAGE * 320 + tail)  # 20 KB of text, then binary
    with pytest.raises(IngestError) as checked:
        load_mod.check_file(str(path))
    assert "looks like a binary file" in str(checked.value)
    assert str(checked.value) == str(_error(path))


def test_the_check_before_opening_finds_binary_data_at_the_end_of_a_large_text(
    tmp_path: Path,
) -> None:
    text = _PAGE * (3 * 1024 * 1024 // len(_PAGE))  # past WHOLE_CHECK_BYTES: not read whole
    path = _write(tmp_path, "long.txt", text + random.Random(9).randbytes(3000))
    with pytest.raises(IngestError, match="looks like a binary file"):
        load_mod.check_file(str(path))


def test_a_stray_nul_byte_deep_in_a_text_does_not_make_it_binary(tmp_path: Path) -> None:
    path = _write(tmp_path, "stray.txt", _PAGE * 320 + b"\x00" + _PAGE * 10)
    load_mod.check_file(str(path))
    assert load_document(path).text.startswith(_PAGE.decode().strip())


# a text past its head, binary data (or a run of control bytes) and text again; read whole
# or in samples (the check reads a text over WHOLE_CHECK_BYTES in samples)
_late_bytes = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)(
    given(
        lead=st.integers(load_mod.SNIFF_BYTES - 64, 4 * load_mod.SNIFF_BYTES),
        data=st.binary(max_size=12_000)
        | st.builds(  # a run of NUL or control bytes, across stretches or not
            lambda byte, n: bytes([byte]) * n,
            st.sampled_from([0, 1, 0x1F]),
            st.integers(0, 2 * load_mod.SNIFF_BYTES),
        ),
        trail=st.integers(0, 3 * load_mod.SNIFF_BYTES),
        sampled=st.booleans(),
    )
)


@_late_bytes
def test_the_check_refuses_only_what_reading_refuses_past_the_head(
    tmp_path_factory: pytest.TempPathFactory, lead: int, data: bytes, trail: int, sampled: bool
) -> None:
    text = _PAGE * (1 + (lead + trail) // len(_PAGE))
    path = _bytes_file(tmp_path_factory, text[:lead] + data + text[:trail], ".txt")
    with pytest.MonkeyPatch.context() as mp:
        if sampled:  # the middle and the last stretch only, as of a long text
            mp.setattr(file_checks, "WHOLE_CHECK_BYTES", 0)
        _refused_only_as_read(path)


def test_a_text_with_no_name_to_go_by_is_held_to_the_text_limit(tmp_path: Path) -> None:
    # as "crossread align - B" reads a text piped in: a file with no suffix
    path = _write(tmp_path, "standard input", b"a" * (MAX_BYTES + 1))
    assert "larger than the 5 MB limit" in str(_error(path))


def test_file_at_the_limit_is_accepted(tmp_path: Path) -> None:
    path = _write(tmp_path, "ok.txt", b"Headline here\n" + b"a" * 986)
    assert load_document(path, max_bytes=1000).title == "Headline here"


def test_directory_raises(tmp_path: Path) -> None:
    assert "folder" in str(_error(tmp_path))


def test_missing_file_raises(tmp_path: Path) -> None:
    assert "does not exist" in str(_error(tmp_path / "nope.txt"))


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file_raises(tmp_path: Path) -> None:
    path = _write(tmp_path, "secret.txt", b"text")
    path.chmod(0)
    try:
        assert "permission denied" in str(_error(path))
    finally:
        path.chmod(0o600)


def test_permission_error_on_open_is_wrapped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _write(tmp_path, "secret.txt", b"text")

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(file_checks, "open", refuse, raising=False)
    assert "permission denied" in str(_error(path))


def test_os_error_on_read_is_wrapped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write(tmp_path, "io.txt", b"text")

    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(file_checks, "open", fail, raising=False)
    assert "input/output error" in str(_error(path))


# Properties and speed --------------------------------------------------------------


@settings(deadline=None)  # no per-example deadline: the machine may be busy
@given(st.text())
def test_any_text_gives_a_valid_document_or_ingest_error(text: str) -> None:
    try:
        doc = document_from_text(text)
    except IngestError:
        assert not _visible(text)  # only blank text is refused
        return
    n = len(doc.text)
    for group in (doc.paragraphs, doc.sentences, doc.boilerplate):
        assert all(0 <= s.start < s.end <= n for s in group)
        assert list(group) == sorted(group)
        assert all(a.end <= b.start for a, b in itertools.pairwise(group))
    for s in doc.sentences:
        assert any(p.contains(s) for p in doc.paragraphs)
    for b in doc.boilerplate:
        assert any(p.contains(b) for p in doc.paragraphs)


INVISIBLE = "\u00ad\u200b\u2060\ufeff"


def _visible(text: str) -> bool:
    """True when ``text`` keeps something visible once control characters and invisible
    in-word marks are gone."""
    return any(
        not c.isspace() and c >= " " and not "\x7f" <= c <= "\x9f" and c not in INVISIBLE
        for c in text
    )


@pytest.mark.parametrize("fmt", ["txt", "md", "html"])
@settings(max_examples=60, deadline=None)
@given(text=st.text())
def test_any_text_in_any_format_returns_or_raises_ingest_error(fmt: str, text: str) -> None:
    try:
        doc = document_from_text(text, fmt=fmt)
    except IngestError:
        return
    assert all(s.fits(len(doc.text)) for s in doc.sentences + doc.paragraphs + doc.boilerplate)


@_any_bytes
def test_any_bytes_load_or_raise_ingest_error(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, suffix: str
) -> None:
    path = _bytes_file(tmp_path_factory, data, suffix)
    try:
        doc = load_document(path)
    except IngestError as err:
        assert err.path == str(path)
        return
    assert isinstance(doc, Document)


def test_one_megabyte_ingests(seed_b_path: Path, tmp_path: Path) -> None:
    article = seed_b_path.read_bytes()
    path = _write(tmp_path, "big.txt", (article * (1_048_576 // len(article) + 1))[:1_048_576])
    doc = load_document(path)  # timed in benchmarks/speed.py, not here
    assert len(doc.sentences) > 5000


def test_non_text_input_raises_ingest_error() -> None:
    with pytest.raises(IngestError, match="not text"):
        document_from_text(b"bytes", fmt="txt")  # type: ignore[arg-type]


def test_unexpected_internal_errors_become_ingest_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(text: str, *args: object) -> list[object]:
        raise ValueError("a bug")

    monkeypatch.setattr(load_mod, "boilerplate_spans", broken)
    with pytest.raises(IngestError, match="could not be read") as info:
        document_from_text("Some text.", path="a.txt")
    assert isinstance(info.value.__cause__, ValueError)


def test_a_saved_session_is_refused_as_an_article_saying_what_it_is(tmp_path: Path) -> None:
    """Chosen in Open pair (or given to crossread align), a session file's JSON was shown
    and matched as an article's text."""
    path = _write(tmp_path, "notes.crossread", session_bytes(sample_session()))
    assert "it is a saved Crossread session, not an article" in str(_error(path))


def test_crossread_json_output_is_refused_as_an_article(tmp_path: Path) -> None:
    data = b'{\n  "schema": "reader.alignment/1",\n  "documents": []\n}\n'
    assert "not an article" in str(_error(_write(tmp_path, "pair.json", data)))


GERMAN_ARTICLE = """Putin und Kim unterzeichnen Abkommen über gegenseitigen Beistand

Pjöngjang, 19. Juni 2024

Wladimir Putin und Kim Jong Un haben ein Abkommen unterzeichnet.
"""


def test_a_german_dateline_dates_the_article(tmp_path: Path) -> None:
    assert load_document(_write(tmp_path, "de.txt", GERMAN_ARTICLE.encode())).date == "2024-06-19"


def test_a_german_dateline_is_dimmed_not_matched(tmp_path: Path) -> None:
    doc = load_document(_write(tmp_path, "de.txt", GERMAN_ARTICLE.encode()))
    assert [doc.slice(s) for s in doc.boilerplate] == ["Pjöngjang, 19. Juni 2024"]


FRENCH_ARTICLE = """Poutine et Kim signent un traité d'assistance mutuelle

Publié le 05/06/2024 à 14h30, mis à jour le 06/06/2024 à 08h00

Vladimir Poutine et Kim Jong-un ont signé mercredi un traité à Pyongyang.
"""


def test_a_french_site_stamp_dates_the_article_by_its_publication(tmp_path: Path) -> None:
    # a French article's numbers are read day first: 5 June, not May 6
    assert load_document(_write(tmp_path, "fr.txt", FRENCH_ARTICLE.encode())).date == ("2024-06-05")


def test_a_french_site_stamp_is_dimmed_not_matched(tmp_path: Path) -> None:
    doc = load_document(_write(tmp_path, "fr.txt", FRENCH_ARTICLE.encode()))
    assert [doc.slice(s) for s in doc.boilerplate] == [
        "Publié le 05/06/2024 à 14h30, mis à jour le 06/06/2024 à 08h00"
    ]


# -- the fingerprint of the bytes read ------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("a.txt", b"Putin and Kim signed a pact on June 18.\r\n"),
        ("a.html", b"<html><body><h1>Pact</h1><p>Putin and Kim signed it.</p></body></html>"),
        ("a.md", "# Pact\n\nPutin and Kim signed a pact — on June 18.\n".encode()),
    ],
)
def test_a_document_read_from_a_file_carries_the_fingerprint_of_its_bytes(
    tmp_path: Path, name: str, data: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    assert load_document(path).fingerprint == FileFingerprint.of_bytes(data)


def test_a_document_built_from_text_has_no_fingerprint() -> None:
    assert document_from_text("Putin and Kim signed a pact on June 18.\n").fingerprint is None
