from __future__ import annotations

from reader.ingest.dated_terms import with_dated_terms

_DL = (
    "<dl><dt>2020</dt><dd>Work stops.</dd>"
    "<dt><b>January 2021</b></dt><dd>A builder is found.</dd></dl>"
)


def test_a_dated_term_heads_its_definition() -> None:
    lines = ["Intro.", "- 2020", "- Work stops.", "- January 2021", "- A builder is found."]
    assert with_dated_terms(lines, _DL) == [
        "Intro.",
        "- 2020 – Work stops.",
        "- January 2021 – A builder is found.",
    ]


def test_a_term_that_is_no_date_is_left() -> None:
    html = "<dl><dt>Cost</dt><dd>£1.1bn</dd></dl>"
    lines = ["- Cost", "- £1.1bn"]
    assert with_dated_terms(lines, html) == lines


def test_a_date_line_that_is_no_term_is_left() -> None:
    lines = ["- 2020", "- Work stops."]
    assert with_dated_terms(lines, "<ul><li>2020</li><li>Work stops.</li></ul>") == lines
