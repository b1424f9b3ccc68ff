from __future__ import annotations

import pytest

from reader.analysis.times.entry_dates import entry_text


def _entry(text: str, date: str) -> str | None:
    start = text.index(date)
    return entry_text(text, start, start + len(date))


@pytest.mark.parametrize(
    ("text", "date", "entry"),
    [
        ("- April 2019 – The contractor goes into administration.", "April 2019",
         "The contractor goes into administration."),
        ("2019: Kim visits Vladivostok.", "2019", "Kim visits Vladivostok."),
        ("| 2 June 2026 | Inspectors find rust. |", "2 June 2026", "Inspectors find rust."),
        ("14 September 2023 — The deck is lifted.", "14 September 2023", "The deck is lifted."),
    ],
)  # fmt: skip
def test_a_heading_date_s_entry_is_the_text_after_it(text: str, date: str, entry: str) -> None:
    assert _entry(text, date) == entry


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The contractor went into administration in April 2019.", "April 2019"),
        ("In April 2019 the contractor went into administration.", "April 2019"),
        ("- 2008-09 was a bad season.", "2008"),
        ("- 2019", "2019"),
    ],
)
def test_a_date_heading_no_entry_has_none(text: str, date: str) -> None:
    assert _entry(text, date) is None
