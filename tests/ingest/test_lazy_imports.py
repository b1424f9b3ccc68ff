"""The readers of the rarer formats, and the libraries they use, are imported only when a
file of theirs is read: the window starts without them (checked in a fresh process, whose
``sys.modules`` shows what was imported)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RARE_READERS = (
    "reader.ingest.email_message",
    "reader.ingest.mhtml",
    "reader.ingest.office",
    "reader.ingest.pdf",
    "reader.ingest.pdf_columns",
    "reader.ingest.pdf_layout",
    "reader.ingest.rtf",
    "reader.ingest.webarchive",
)
RARE_LIBRARIES = ("email", "zipfile", "xml", "plistlib", "pypdf")

_LOADED = """
import json, sys
from reader.ingest import load_document
for path in sys.argv[1:]:
    load_document(path)
print(json.dumps(sorted(sys.modules)))
"""


def imported_after_reading(*paths: Path) -> set[str]:
    """The modules a fresh process holds after importing reader.ingest and reading
    ``paths``."""
    done = subprocess.run(
        [sys.executable, "-c", _LOADED, *map(str, paths)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return set(json.loads(done.stdout))


def top_level(modules: set[str]) -> set[str]:
    return {m.split(".")[0] for m in modules}


@pytest.fixture
def text_file(tmp_path: Path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text("Storm hits the coast\n\nThe storm reached the coast on Monday.\n")
    return path


def test_importing_ingest_imports_no_rare_format_reader() -> None:
    modules = imported_after_reading()
    assert modules.isdisjoint(RARE_READERS)
    assert top_level(modules).isdisjoint(RARE_LIBRARIES)


def test_reading_a_text_file_imports_no_rare_format_reader(text_file: Path) -> None:
    modules = imported_after_reading(text_file)
    assert modules.isdisjoint(RARE_READERS)
    assert top_level(modules).isdisjoint(RARE_LIBRARIES)


def test_reading_an_rtf_file_imports_its_reader_then(tmp_path: Path) -> None:
    path = tmp_path / "a.rtf"
    path.write_text("{\\rtf1\\ansi The storm reached the coast on Monday.\\par}")
    assert "reader.ingest.rtf" in imported_after_reading(path)


# a web page's reader: a plain text (`crossread align A.txt B.txt`) needs none of them
PAGE_READERS = (
    "reader.ingest.html",
    "reader.ingest.linked_data",
    "reader.ingest.live_blog",
    "reader.ingest.page_titles",
    "reader.ingest.page_tree",
    "html.parser",
)


def test_reading_a_text_file_imports_no_web_page_reader(text_file: Path) -> None:
    assert imported_after_reading(text_file).isdisjoint(PAGE_READERS)


def test_reading_a_web_page_imports_its_reader_then(tmp_path: Path) -> None:
    path = tmp_path / "a.html"
    path.write_text(
        "<html><head><title>Storm hits the coast</title></head><body>"
        "<p>The storm reached the coast on Monday.</p></body></html>"
    )
    assert "reader.ingest.html" in imported_after_reading(path)
