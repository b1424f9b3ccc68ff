"""Tests of reader/ingest/pdf.py (and the PDF branch of load.py): an article sent or
saved as a PDF read as the article it prints, and a PDF with no article to read refused
with a message. The PDFs in tests/data/pdf are made by its make_pdfs.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.analysis import align
from reader.errors import IngestError
from reader.ingest import load_document
from reader.ingest.line_joins import joined as joined_lines
from reader.ingest.pdf import (
    MAX_PAGES,
    _paragraphs,
    _printed_round,
    _without_running_lines,
)
from reader.model import MatchKind
from tests.pdf_files import pdf_over_the_text_limit

PDFS = Path(__file__).resolve().parents[1] / "data" / "pdf"
SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample"
HANKYOREH = SAMPLE / "hankyoreh-2024-06-20-putin-kim-mutual-assistance.txt"
AP = SAMPLE / "ap-2024-06-20-north-korea-deal-military-assistance.txt"


@pytest.fixture(scope="module")
def article_text() -> str:
    return load_document(PDFS / "article.pdf").text


# The pieces, as tables ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (["one line"], "one line"),
        (
            ["the two countries had", "moved into an alliance"],
            "the two countries had moved into an alliance",
        ),
        (["held at Kim Il-", "sung Square"], "held at Kim Il-sung Square"),
        (["a dash -", "then more"], "a dash - then more"),
    ],
)
def test_the_lines_of_a_paragraph_are_joined(lines: list[str], joined: str) -> None:
    assert joined_lines(lines) == joined


HEADED = [
    ["6/20/24, 5:43 PM Putin, Kim pledge", "", "First paragraph.", "", "https://x.org/a 1/2"],
    ["6/20/24, 5:43 PM Putin, Kim pledge", "", "Second paragraph.", "", "https://x.org/a 2/2"],
]


def test_running_headers_and_footers_are_left_out() -> None:
    assert _without_running_lines(HEADED) == [["First paragraph.", ""], ["Second paragraph.", ""]]


def test_a_lone_page_number_is_left_out_on_a_single_page() -> None:
    assert _without_running_lines([["Text of the article.", "", "3"]]) == [
        ["Text of the article.", ""]
    ]


def test_a_line_at_the_edge_of_one_page_only_stays() -> None:
    pages = [["Headline of the story", "Body one."], ["Body two.", "Signed, the editor"]]
    assert _without_running_lines(pages) == pages


def test_a_single_pages_browser_header_and_footer_are_left_out() -> None:
    page = ["6/20/24, 5:43 PM Putin visits Pyongyang", "", "Body.", "", "https://x.org/a 1/1"]
    assert _without_running_lines([page]) == [["Body.", ""]]


@pytest.mark.parametrize(
    ("line", "round_the_page"),
    [
        ("12", True),
        ("Page 2 of 5", True),
        ("6/20/24, 5:43 PM Putin, Kim pledge", True),
        ("20.06.2024 17:43 Putin", True),
        ("https://apnews.com/article/abc 2/3", True),
        ("file:///home/me/article.html", True),
        ("6/20/24 was the day of the summit.", False),
        ("See https://apnews.com/article/abc for more.", False),
        ("12 people were hurt.", False),
    ],
)
def test_what_a_printer_puts_round_a_page(line: str, round_the_page: bool) -> None:
    assert _printed_round(line) is round_the_page


@pytest.mark.parametrize(
    ("pages", "paragraphs"),
    [
        ([["One.", "", "Two."]], ["One.", "Two."]),
        ([["It went on", "over a line."]], ["It went on over a line."]),
        ([["It went on over"], ["the page break."]], ["It went on over the page break."]),
        (
            [["It ended here."], ["the next begins small."]],
            ["It ended here.", "the next begins small."],
        ),
        ([["It went on over"], ["A new paragraph."]], ["It went on over", "A new paragraph."]),
        (
            [
                [
                    "The navy said the pirates had been caught",
                    "trying to board the merchant ship at dawn.",
                    "Officers seized seven rifles.",
                ]
            ],
            [
                "The navy said the pirates had been caught trying to board the merchant ship "
                "at dawn. Officers seized seven rifles."
            ],
        ),
        (
            [["The navy said the pirates had been caught", "at dawn.", "Officers seized rifles."]],
            ["The navy said the pirates had been caught at dawn.", "Officers seized rifles."],
        ),
        (
            [
                [
                    "Posted on : 2024-06-20 17:30 KST",
                    "North Korea and Russia forged a new level of ties",
                    "during the summit.",
                ]
            ],
            [
                "Posted on : 2024-06-20 17:30 KST",
                "North Korea and Russia forged a new level of ties during the summit.",
            ],
        ),
    ],
)
def test_paragraphs_from_printed_lines(pages: list[list[str]], paragraphs: list[str]) -> None:
    assert _paragraphs(pages) == paragraphs


# A printed article ---------------------------------------------------------------------


def test_the_title_is_the_pdfs_own() -> None:
    assert load_document(PDFS / "article.pdf").title == (
        "Putin, Kim pledge ‘mutual assistance’ in event of outside aggression"
    )


@pytest.mark.parametrize("printed", ["6/20/24, 5:43 PM", "english.hani.co.kr/arti", "1/2"])
def test_the_browsers_header_and_footer_are_not_in_the_text(
    article_text: str, printed: str
) -> None:
    assert printed not in article_text


def test_a_paragraph_printed_over_several_lines_is_one(article_text: str) -> None:
    assert (
        "Kim claimed the two countries had moved into an alliance relationship, while Putin "
        "said they’d pledged to provide mutual assistance in the event of an attack"
    ) in article_text


def test_a_word_cut_at_a_lines_end_is_whole(article_text: str) -> None:
    assert "Kim Il-sung Square" in article_text


def test_ligatures_are_spelt_out(article_text: str) -> None:
    assert "joint press briefing" in article_text


def test_every_paragraph_of_the_article_is_there(article_text: str) -> None:
    """Each paragraph of the text the PDF was printed from, its words in order (but the
    one in Korean: this machine has no CJK font, so its PDF holds no such characters)."""
    flat = " ".join(article_text.split())
    for paragraph in HANKYOREH.read_text(encoding="utf-8").split("\n\n")[3:]:
        if all(ord(ch) < 0x3000 for ch in paragraph):
            assert " ".join(paragraph.split()) in flat


def test_an_article_printed_in_columns_reads_column_by_column() -> None:
    """Each paragraph of the AP article printed in two columns, whole and in order."""
    flat = " ".join(load_document(PDFS / "columns.pdf").text.split())
    lines = [line for line in AP.read_text(encoding="utf-8").splitlines() if line.strip()]
    at = [flat.find(" ".join(line.split())) for line in lines[4:]]
    assert -1 not in at and at == sorted(at)


@pytest.mark.parametrize("printed", ["The Ledger", "Page 1", "Page 2"])
def test_the_running_footer_of_a_page_in_columns_is_left_out(printed: str) -> None:
    assert printed not in load_document(PDFS / "columns.pdf").text


def test_a_printed_article_is_matched_as_its_text_is() -> None:
    def claims(path: Path) -> int:
        al = align(load_document(path), load_document(AP))
        return sum(m.kind is MatchKind.CLAIM for m in al.matches)

    assert claims(PDFS / "article.pdf") >= 0.8 * claims(HANKYOREH)


def test_a_pdf_under_another_name_is_read_as_a_pdf(tmp_path: Path) -> None:
    renamed = tmp_path / "article.txt"
    renamed.write_bytes((PDFS / "article.pdf").read_bytes())
    assert "Kim Il-sung Square" in load_document(renamed).text


def test_a_pdf_with_no_name_to_go_by_may_be_as_large_as_a_pdf_file(tmp_path: Path) -> None:
    # as "crossread align - B" reads a PDF piped in: a file with no suffix
    path = pdf_over_the_text_limit(tmp_path / "standard input")
    assert "Kim Il-sung Square" in load_document(path).text


# PDFs without an article to read ----------------------------------------------------------


def refusal(path: Path) -> str:
    with pytest.raises(IngestError) as refused:
        load_document(path)
    assert refused.value.path == str(path)
    return refused.value.message


def test_a_pdf_behind_a_password_is_refused() -> None:
    assert refusal(PDFS / "locked.pdf").endswith("the PDF is protected by a password.")


def encrypted_copy(tmp_path: Path, algorithm: str, user_password: str = "") -> Path:
    """The article PDF encrypted with ``algorithm``: with no user password, as Acrobat's
    "restrict editing" leaves a press release, any viewer opens it without asking."""
    from pypdf import PdfReader, PdfWriter

    out = PdfWriter(clone_from=PdfReader(PDFS / "article.pdf"))
    out.encrypt(user_password=user_password, owner_password="owner", algorithm=algorithm)
    path = tmp_path / f"{algorithm}.pdf"
    with path.open("wb") as fh:
        out.write(fh)
    return path


@pytest.mark.parametrize("algorithm", ["AES-128", "AES-256"])
def test_a_pdf_encrypted_with_aes_only_against_editing_opens(
    tmp_path: Path, algorithm: str, article_text: str
) -> None:
    assert load_document(encrypted_copy(tmp_path, algorithm)).text == article_text


def test_the_restricted_pdf_fixture_reads_as_the_article(article_text: str) -> None:
    # the file the bundle's smoke test reads (packaging/build.sh): made once, kept
    assert load_document(PDFS / "restricted.pdf").text == article_text


def test_a_pdf_behind_an_aes_password_is_refused_as_such(tmp_path: Path) -> None:
    path = encrypted_copy(tmp_path, "AES-256", user_password="secret")
    assert refusal(path).endswith("the PDF is protected by a password.")


def test_a_scanned_pdf_is_refused_with_what_would_do() -> None:
    assert "holds no text to read (a scanned page" in refusal(PDFS / "scanned.pdf")


def test_a_truncated_pdf_is_refused_as_damaged(tmp_path: Path) -> None:
    data = (PDFS / "article.pdf").read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(data[: len(data) // 3])
    assert refusal(cut).endswith("it is not a readable PDF (damaged or incomplete).")


def test_a_pdf_header_over_garbage_is_refused_as_damaged(tmp_path: Path) -> None:
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40)
    assert refusal(junk).endswith("it is not a readable PDF (damaged or incomplete).")


def test_a_pdf_of_too_many_pages_is_refused(tmp_path: Path) -> None:
    from pypdf import PdfWriter

    book = PdfWriter()
    for _ in range(MAX_PAGES + 1):
        book.add_blank_page(width=595, height=842)
    path = tmp_path / "book.pdf"
    with path.open("wb") as fh:
        book.write(fh)
    assert f"has {MAX_PAGES + 1} pages, more than the {MAX_PAGES}" in refusal(path)


@given(body=st.binary(max_size=2000))
@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_whatever_follows_a_pdf_header_gives_an_article_or_a_message(
    tmp_path: Path, body: bytes
) -> None:
    path = tmp_path / "any.pdf"
    path.write_bytes(b"%PDF-1.4\n" + body)
    try:
        load_document(path)
    except IngestError as exc:
        assert exc.message.startswith(f"Cannot open “{path}”: ")


def test_a_damaged_page_in_a_real_pdf_gives_a_message(tmp_path: Path) -> None:
    """The article with bytes of its middle overwritten: pypdf reads the rest or refuses."""
    data = bytearray((PDFS / "article.pdf").read_bytes())
    middle = len(data) // 2
    data[middle : middle + 400] = bytes(400)
    path = tmp_path / "hurt.pdf"
    path.write_bytes(bytes(data))
    try:
        load_document(path)
    except IngestError as exc:
        assert "PDF" in exc.message
