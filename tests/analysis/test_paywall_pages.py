"""A fact-checker's pair with one page cut short (tests/data/pages/paywall_*): The Calder
Times' page stops at a paywall ("Subscribe to continue reading"), or is page 1 of 2, or
hides its locked part (display:none). The window says B seems cut short, the paywall's
lines are dimmed, the hidden text is not read, and what A says after the point where B's
text ends is listed as such, not as B's omission; the samples' count is the discrepancy."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.analysis.correction_notes import only_passages
from reader.analysis.cut_ends import cut_told
from reader.ingest import load_document
from reader.model import Alignment, Span
from reader.model.document import PAGES, PAYWALL
from reader.report import text_summary
from tests.page_pairs import shown_discrepancies
from tests.paywall_pages import CUT_PAGES, FIRST_PAGE, LOCKED, PAYWALLED, WHOLE, cut_alignment


@pytest.fixture(scope="module", params=["lexical", "semantic"])
def paywalled(request: pytest.FixtureRequest, data_dir: Path) -> Alignment:
    return cut_alignment(data_dir, PAYWALLED, request.param)


@pytest.mark.parametrize(
    ("name", "cut"), [(PAYWALLED, PAYWALL), (FIRST_PAGE, PAGES), (LOCKED, PAYWALL), (WHOLE, None)]
)
def test_a_page_cut_short_is_read_as_such(data_dir: Path, name: str, cut: str | None) -> None:
    assert load_document(data_dir / "pages" / name).cut == cut


def test_no_other_page_pair_reads_as_cut(data_dir: Path) -> None:
    pages = sorted((data_dir / "pages").glob("*.html"))
    cut = [p.name for p in pages if load_document(p).cut and not p.name.startswith("paywall_")]
    assert cut == []


# was read: the rest of the story the page hides to all but subscribers (with its "£25")
def test_the_hidden_locked_text_is_not_read(data_dir: Path) -> None:
    doc = load_document(data_dir / "pages" / LOCKED)
    assert "Holme Lacey" not in doc.text and "£25" not in doc.text


# "Subscribe to continue reading" and "This article is for subscribers only." were text
def test_the_paywall_s_lines_are_dimmed(data_dir: Path) -> None:
    doc = load_document(data_dir / "pages" / PAYWALLED)
    for line in ("Subscribe to continue reading", "This article is for subscribers only."):
        at = doc.text.index(line)
        assert doc.within_boilerplate(Span(at, at + len(line)))


def test_the_window_says_b_seems_cut_short(paywalled: Alignment) -> None:
    assert cut_told(paywalled) == "B seems cut short: its page ends at a subscription offer"
    assert "note: B seems cut short" in text_summary(paywalled)


@pytest.mark.parametrize("name", CUT_PAGES)
@pytest.mark.parametrize("method", ["lexical", "semantic"])
def test_what_a_says_after_b_ends_is_no_omission_of_b(
    data_dir: Path, name: str, method: str
) -> None:
    al = cut_alignment(data_dir, name, method)
    after = [al.a.slice(p.span)[:30] for p in only_passages(al) if p.after_cut]
    assert after[0] == "The notice covers the whole of"
    assert after[-1] == "Schools in the area will stay "
    assert not [p for p in only_passages(al) if p.side == "a" and not p.after_cut]
    assert "(after B's text ends) The notice covers" in text_summary(al)


def test_the_samples_count_is_the_discrepancy(paywalled: Alignment) -> None:
    assert shown_discrepancies(paywalled) == ["three vs two samples"]


def test_a_whole_pair_lists_nothing_after_a_cut(data_dir: Path) -> None:
    al = cut_alignment(data_dir, WHOLE, "lexical")
    assert cut_told(al) == "" and not any(p.after_cut for p in only_passages(al))
