"""A misquoted figure shown whole (reader/analysis/quotations/quote_wording.py): the
groups of a figure's thousands are words of their own, so the stretch worded
differently showed "40" of "40,000"."""

from __future__ import annotations

from collections.abc import Callable

from reader.analysis.features import extract
from reader.analysis.quotations.quote_wording import wording_difference
from reader.analysis.quotations.quotes import Quotation, find_quotations
from reader.analysis.units import document_units
from reader.model import Document


def quotation(doc: Document) -> Quotation:
    """The one quotation of ``doc``."""
    names = [m for u in document_units(doc) for m in extract(u).names]
    (found,) = find_quotations(doc, names)
    return found


def test_a_figure_with_thousands_is_shown_whole(doc: Callable[[str], Document]) -> None:
    a = doc('Homes\n"We will build 40,000 new homes by 2029," Roos said.')
    b = doc('Homes\n"We will build 14,000 new homes by 2029," Roos said.')
    differs = wording_difference(a, quotation(a), b, quotation(b))
    assert differs is not None
    assert differs[2] == "“40,000” vs “14,000”"


def test_a_figure_s_last_group_is_shown_with_its_first(doc: Callable[[str], Document]) -> None:
    a = doc('Homes\n"We will build 1,250 new homes by 2029," Roos said.')
    b = doc('Homes\n"We will build 1,750 new homes by 2029," Roos said.')
    differs = wording_difference(a, quotation(a), b, quotation(b))
    assert differs is not None
    assert differs[2] == "“1,250” vs “1,750”"


# was "“We will build 40,000” vs “will build 14,000”": "We" is outside B's marks
def test_a_quotation_picked_up_mid_sentence_shows_the_words_both_quote(
    doc: Callable[[str], Document],
) -> None:
    a = doc('Homes\n"We will build 40,000 new homes by 2029, and more after," Roos said.')
    b = doc("Homes\nRoos said the government “will build 14,000 new homes by 2029”.")
    differs = wording_difference(a, quotation(a), b, quotation(b))
    assert differs is not None
    assert differs[2] == "“40,000” vs “14,000”"
