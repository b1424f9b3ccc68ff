"""Tests of reader/ingest/table_text.py: a table's caption is a paragraph before it, and
the lines marking its header row are no text."""

from __future__ import annotations

from pathlib import Path

from trafilatura.utils import load_html

from reader.ingest import load_document
from reader.ingest.table_text import captions_before, without_rule_lines

_TABLE = (
    "<table><caption>If the election were held today, for whom would you vote?</caption>"
    "<thead><tr><th>Candidate</th><th>Nov. 1-4</th><th>Oct. 4-7</th></tr></thead>"
    "<tbody><tr><td>Margaret Okafor</td><td>41.6</td><td>39.8</td></tr>"
    "<tr><td>Daniel Lindqvist</td><td>37.9</td><td>38.7</td></tr></tbody></table>"
)
_PAGE = f"""<html><head><title>Okafor leads in new poll</title></head><body><article>
<h1>Okafor leads in new poll</h1>
<p>Margaret Okafor leads Daniel Lindqvist 42% to 38% among likely voters in the race for
governor, according to a new poll conducted Nov. 1-4.</p>
{_TABLE}
<p>Okafor's lead is built on younger voters, the pollster said on Friday.</p>
</article></body></html>"""


def test_a_caption_becomes_a_paragraph_before_its_table() -> None:
    tree = load_html(f"<html><body>{_TABLE}</body></html>")
    assert tree is not None
    captions_before(tree)
    (table,) = tree.iter("table")
    assert table.find("caption") is None
    assert table.getprevious().tag == "p"
    assert table.getprevious().text.startswith("If the election")


def test_rule_lines_are_left_out() -> None:
    lines = ["| Candidate | Nov. 1-4 |", "|---|---|", "| Okafor | 41.6 |", "| :--- | ---: |"]
    assert without_rule_lines(lines) == ["| Candidate | Nov. 1-4 |", "| Okafor | 41.6 |"]


# was "| If the election were held today, for whom would you vote? | | |", a row of one
# cell, then "|---|---|---|" under it and under the header row
def test_a_page_s_table_reads_as_a_browser_shows_it(tmp_path: Path) -> None:
    path = tmp_path / "poll.html"
    path.write_text(_PAGE, encoding="utf-8")
    doc = load_document(path)
    lines = [doc.slice(p) for p in doc.paragraphs]
    assert "If the election were held today, for whom would you vote?" in lines
    assert "| Margaret Okafor | 41.6 | 39.8 |" in lines
    assert not [line for line in lines if "---" in line]
