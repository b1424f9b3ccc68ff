"""Tests of reader/ingest/rtf.py (and its branch of load.py): a press release saved as RTF
read as the article it shows. The files are written here as WordPad and Word write them."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.errors import IngestError
from reader.ingest import load_document
from reader.ingest.rtf import rtf_text

# as WordPad saves a short document: tables, a generator, a paragraph per \par
WORDPAD = (
    r"{\rtf1\ansi\ansicpg1252\deff0\nouicompat\deflang1033{\fonttbl{\f0\fnil\fcharset0 "
    r"Calibri;}}"
    "\n"
    r"{\colortbl ;\red255\green0\blue0;}"
    "\n"
    r"{\*\generator Riched20 10.0.19041}\viewkind4\uc1 "
    "\n"
    r"\pard\sa200\sl276\slmult1\b\f0\fs28\lang9 Ministry welcomes the treaty\b0\par"
    "\n"
    r"\fs22 The ministry said on Wednesday that the treaty \endash  signed in Pyongyang "
    r"\endash  holds.\par"
    "\n"
    r"\'93We welcome it,\'94 the minister said.\par"
    "\n"
    r"}"
)


def load(tmp_path: Path, source: str, name: str = "release.rtf") -> list[str]:
    path = tmp_path / name
    path.write_text(source, encoding="ascii")
    doc = load_document(path)
    return [doc.slice(p) for p in doc.paragraphs]


def test_a_wordpad_files_paragraphs_are_read(tmp_path: Path) -> None:
    assert load(tmp_path, WORDPAD) == [
        "Ministry welcomes the treaty",
        "The ministry said on Wednesday that the treaty \u2013 signed in Pyongyang \u2013 holds.",
        "\u201cWe welcome it,\u201d the minister said.",
    ]


# as TextEdit (macOS) saves it: a backslash at a line's end ends the paragraph
TEXTEDIT = (
    r"{\rtf1\ansi\ansicpg1252\cocoartf2639"
    "\n"
    r"{\fonttbl\f0\fswiss\fcharset0 Helvetica;}"
    "\n"
    r"\pard\tx566\pardirnatural\partightenfactor0"
    "\n\n"
    r"\f0\fs24 \cf0 The ministry said on Wednesday that the treaty holds."
    "\\\n"
    r"\uc0\u8220 We welcome it,\uc0\u8221  the minister said.}"
)


def test_a_textedit_files_paragraphs_are_read(tmp_path: Path) -> None:
    assert load(tmp_path, TEXTEDIT) == [
        "The ministry said on Wednesday that the treaty holds.",
        "\u201cWe welcome it,\u201d the minister said.",
    ]


# a table as Word saves it in RTF: each cell, the last too, ends with \cell; the row's
# properties are written again in the group ending with \row
WORD_TABLE = (
    r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Calibri;}}"
    "\n"
    r"\pard\plain The toll by town:\par"
    "\n"
    r"\trowd \irow0\irowband0\ltrrow\trgaph108\trleft-108\cellx4680\cellx9468"
    "\n"
    r"\pard\plain \ltrpar\ql\intbl\wrapdefault {\rtlch\fcs1 Ely}\cell }"
    r"\pard \ltrpar\intbl {3}\cell }\pard\plain \ltrpar\intbl "
    r"{\trowd \irow0\irowband0\ltrrow\trgaph108\trleft-108\cellx4680\cellx9468\row }"
    "\n"
    r"\pard\plain Rescuers worked on.\par}"
)


def test_a_table_row_ends_with_its_last_cell(tmp_path: Path) -> None:
    assert load(tmp_path, WORD_TABLE) == ["The toll by town:", "Ely | 3", "Rescuers worked on."]


def word_row(*cells: str) -> str:
    """A document of one table row of ``cells`` as Word saves it, an empty cell too: each
    cell's paragraph ending with \\cell, then the row's properties ending with \\row."""
    written = "".join(
        rf"\pard\plain \ltrpar\intbl {{{cell}}}\cell "
        if cell
        else r"\pard\plain \ltrpar\intbl \cell "
        for cell in cells
    )
    edges = "".join(rf"\cellx{3000 * (i + 1)}" for i in range(len(cells)))
    props = rf"{{\trowd \irow0\ltrrow{edges}\row }}"
    return rf"{{\rtf1\ansi\deff0{{\fonttbl{{\f0 Calibri;}}}}\trowd {edges}{written}{props}}}"


def test_empty_cells_opening_a_row_leave_no_separator(tmp_path: Path) -> None:
    assert load(tmp_path, word_row("", "", "Ely", "3")) == ["Ely | 3"]


def test_an_empty_cell_between_two_leaves_one_separator(tmp_path: Path) -> None:
    assert load(tmp_path, word_row("Ely", "", "3")) == ["Ely | 3"]


def test_an_rtf_file_is_read_as_rtf_whatever_its_name(tmp_path: Path) -> None:
    assert load(tmp_path, WORDPAD, "release.txt")[0] == "Ministry welcomes the treaty"


def test_the_documents_own_title_is_the_articles(tmp_path: Path) -> None:
    source = r"{\rtf1\ansi{\info{\title Statement on the treaty}{\author Press office}}"
    source += r"\pard The ministry welcomed the treaty.\par}"
    path = tmp_path / "release.rtf"
    path.write_text(source, encoding="ascii")
    doc = load_document(path)
    assert doc.title == "Statement on the treaty"
    assert "Press office" not in doc.text


def test_unicode_escapes_skip_their_stand_ins(tmp_path: Path) -> None:
    # \u8220 is “ and ? its stand-in for older readers; \uc0 gives none; two halves of 😀
    source = r"{\rtf1\ansi\uc1 \pard \u8220?Yes,\u8221? said Kim. {\uc0 \u1057\u1077\u1091}"
    source += r" \u-10179?\u-8704?\par}"
    assert load(tmp_path, source) == ["\u201cYes,\u201d said Kim. Сеу 😀"]


def test_headers_footnotes_pictures_and_ignorable_groups_are_left_out(tmp_path: Path) -> None:
    source = (
        r"{\rtf1\ansi{\header \pard CONFIDENTIAL\par}{\*\company Press office}"
        r"\pard The fire killed four people.{\footnote \pard A footnote.\par}"
        r"{\pict\pngblip 89504e470d0a}\par}"
    )
    assert load(tmp_path, source) == ["The fire killed four people."]


def test_a_code_page_other_than_western_is_read(tmp_path: Path) -> None:
    source = r"{\rtf1\ansi\ansicpg1251\pard \'cf\'f3\'f2\'e8\'ed said.\par}"
    assert load(tmp_path, source) == ["Путин said."]


def test_escaped_braces_and_backslashes_are_text(tmp_path: Path) -> None:
    assert load(tmp_path, r"{\rtf1\pard A \{b\} c\\d\par}") == ["A {b} c\\d"]


def test_an_rtf_file_with_no_text_is_empty(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="empty"):
        load(tmp_path, r"{\rtf1\ansi{\fonttbl{\f0 Arial;}}\pard\par}")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("{}\\'uacpr0123456789 -*~\n"), max_size=200))
def test_any_rtf_like_text_is_read_without_error(tail: str) -> None:
    result = rtf_text("{\\rtf1 " + tail)
    result.text.encode("utf-8")  # no half of a character left alone
