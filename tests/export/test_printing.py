"""Tests of reader/export/printing.py: the lp command a print dialog's choices make, and
what the reader is told when the print queue is missing or refuses the job. The queue is
the system's (CUPS); here a small ``lp`` program on PATH stands in for it and writes down
what it was given."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader, PdfWriter

from reader.export import ExportError
from reader.export.printing import (
    NO_LP,
    PrintRequest,
    lp_command,
    send_to_printer,
    write_chosen_pages,
)

PDF = Path("/tmp/report.pdf")


@pytest.mark.parametrize(
    ("request_", "options"),
    [
        (PrintRequest("Office"), ["-d", "Office"]),
        (PrintRequest("Office", copies=3), ["-d", "Office", "-n", "3", "-o", "collate=true"]),
        (
            PrintRequest("Office", copies=2, collate=False),
            ["-d", "Office", "-n", "2", "-o", "collate=false"],
        ),
        (PrintRequest("Office", reverse=True), ["-d", "Office", "-o", "outputorder=reverse"]),
        (PrintRequest("Office", pages=((2, 5),)), ["-d", "Office", "-P", "2-5"]),
        (PrintRequest("Office", pages=((4, 4),)), ["-d", "Office", "-P", "4"]),
        (PrintRequest("Office", pages=((1, 3), (5, 5))), ["-d", "Office", "-P", "1-3,5"]),
        (
            PrintRequest("Office", sides="two-sided-long-edge"),
            ["-d", "Office", "-o", "sides=two-sided-long-edge"],
        ),
        (PrintRequest("", title="A / B"), ["-t", "A / B"]),
    ],
)
def test_the_dialogs_choices_become_lp_options(request_: PrintRequest, options: list[str]) -> None:
    assert lp_command(PDF, request_) == ["lp", *options, "--", str(PDF)]


def numbered_pdf(path: Path, pages: int) -> Path:
    """A PDF of ``pages`` blank pages, page n (from 1) 100 + n points wide."""
    writer = PdfWriter()
    for n in range(1, pages + 1):
        writer.add_blank_page(100 + n, 200)
    with open(path, "wb") as out:
        writer.write(out)
    return path


def page_numbers(path: Path) -> list[int]:
    """The pages of a numbered_pdf that ``path`` holds, in order."""
    return [round(float(page.mediabox.width)) - 100 for page in PdfReader(path).pages]


def print_to_file(tmp_path: Path, count: int, **chosen: Any) -> list[int]:
    """The pages of a ``count``-page PDF that printing it to a file as ``chosen`` writes."""
    out = tmp_path / "printed.pdf"
    pdf = numbered_pdf(tmp_path / "export.pdf", count)
    write_chosen_pages(pdf, PrintRequest("", **chosen), out)
    return page_numbers(out)


def test_print_to_file_writes_only_the_pages_chosen(tmp_path: Path) -> None:
    assert print_to_file(tmp_path, 5, pages=((2, 4),)) == [2, 3, 4]


def test_print_to_file_writes_each_range_chosen(tmp_path: Path) -> None:
    assert print_to_file(tmp_path, 6, pages=((1, 2), (5, 5))) == [1, 2, 5]


def test_print_to_file_writes_collated_copies(tmp_path: Path) -> None:
    assert print_to_file(tmp_path, 3, copies=2) == [1, 2, 3, 1, 2, 3]


def test_print_to_file_writes_uncollated_copies(tmp_path: Path) -> None:
    assert print_to_file(tmp_path, 3, pages=((2, 3),), copies=2, collate=False) == [2, 2, 3, 3]


def test_print_to_file_writes_the_last_page_first_when_asked(tmp_path: Path) -> None:
    assert print_to_file(tmp_path, 3, reverse=True) == [3, 2, 1]


def test_a_range_past_the_last_page_prints_the_pages_there_are(tmp_path: Path) -> None:
    assert print_to_file(tmp_path, 5, pages=((4, 9),)) == [4, 5]


def test_a_range_after_the_last_page_is_refused_and_nothing_written(tmp_path: Path) -> None:
    pdf = numbered_pdf(tmp_path / "export.pdf", 3)
    with pytest.raises(ExportError) as refused:
        write_chosen_pages(pdf, PrintRequest("", pages=((5, 9),)), tmp_path / "printed.pdf")
    assert refused.value.message == (
        "Nothing was printed: the notes and matches fill 3 pages, and the pages chosen "
        "(5-9) come after the last one."
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.pdf"]


@pytest.mark.parametrize(
    "wrong",
    [
        {"copies": 0},
        {"pages": ((3, 2),)},
        {"pages": ((1, 2), (0, 2))},
        {"sides": "both"},
    ],
)
def test_a_request_that_makes_no_sense_is_refused(wrong: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        PrintRequest("Office", **wrong)  # type: ignore[arg-type]


def fake_lp(folder: Path, body: str) -> Path:
    """An ``lp`` program in ``folder`` running ``body`` (sh); its arguments are written to
    folder/args, the file it was given copied to folder/printed.pdf."""
    lp = folder / "lp"
    lp.write_text(
        "#!/bin/sh\n"
        f'printf "%s\\n" "$@" > "{folder}/args"\n'
        "for f; do :; done\n"
        f'cp "$f" "{folder}/printed.pdf"\n'
        f"{body}\n",
        encoding="utf-8",
    )
    lp.chmod(lp.stat().st_mode | stat.S_IXUSR)
    return lp


@pytest.fixture
def queue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder holding an accepting ``lp``, first on PATH."""
    folder = tmp_path / "bin"
    folder.mkdir()
    fake_lp(folder, 'echo "request id is Office-7 (1 file(s))"')
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")
    return folder


def test_the_pdf_goes_to_the_queue(queue: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.4 pages")
    send_to_printer(pdf, PrintRequest("Office", copies=2))
    assert (queue / "printed.pdf").read_bytes() == b"%PDF-1.4 pages"
    assert (queue / "args").read_text(encoding="utf-8").split("\n")[:4] == [
        "-d",
        "Office",
        "-n",
        "2",
    ]


def test_a_refusal_is_said_in_the_queues_words(queue: Path, tmp_path: Path) -> None:
    fake_lp(queue, 'echo "lp: The printer or class does not exist." >&2; exit 1')
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF")
    with pytest.raises(ExportError) as refused:
        send_to_printer(pdf, PrintRequest("Attic"))
    assert refused.value.message == (
        "Could not print on the printer Attic: The printer or class does not exist."
    )


def test_without_cups_the_reader_is_told_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no lp there
    with pytest.raises(ExportError) as missing:
        send_to_printer(tmp_path / "report.pdf", PrintRequest("Office"))
    assert missing.value.message == NO_LP
