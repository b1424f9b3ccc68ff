"""Tests of reader/export/printing.py: the lp command a print dialog's choices make, and
what the reader is told when the print queue is missing or refuses the job. The queue is
the system's (CUPS); here a small ``lp`` program on PATH stands in for it and writes down
what it was given."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from reader.export import ExportError
from reader.export.printing import NO_LP, PrintRequest, lp_command, send_to_printer

PDF = Path("/tmp/report.pdf")


@pytest.mark.parametrize(
    ("request_", "options"),
    [
        (PrintRequest("Office"), ["-d", "Office"]),
        (PrintRequest("Office", copies=3), ["-d", "Office", "-n", "3"]),
        (PrintRequest("Office", pages=(2, 5)), ["-d", "Office", "-P", "2-5"]),
        (PrintRequest("Office", pages=(4, 4)), ["-d", "Office", "-P", "4"]),
        (
            PrintRequest("Office", sides="two-sided-long-edge"),
            ["-d", "Office", "-o", "sides=two-sided-long-edge"],
        ),
        (PrintRequest("", title="A / B"), ["-t", "A / B"]),
    ],
)
def test_the_dialogs_choices_become_lp_options(request_: PrintRequest, options: list[str]) -> None:
    assert lp_command(PDF, request_) == ["lp", *options, "--", str(PDF)]


@pytest.mark.parametrize(
    "wrong",
    [
        {"copies": 0},
        {"pages": (3, 2)},
        {"pages": (0, 2)},
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
