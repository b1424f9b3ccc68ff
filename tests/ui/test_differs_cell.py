"""reader.ui.differs_cell: a long discrepancy in the Differs cell without the words its
two sides share (Qt-free)."""

from __future__ import annotations

from reader.ui.differs_cell import differs_cell


def test_a_quotation_worded_apart_keeps_the_words_that_differ() -> None:
    whole = "“ponte resterà chiuso per almeno tre” vs “viadotto resterà chiuso per almeno sei”"
    assert differs_cell(whole) == "“ponte … tre” vs “viadotto … sei”"


def test_each_of_several_details_is_shortened_alone() -> None:
    joined = (
        "tre vs sei mesi; “il ponte resterà chiuso per tre” vs “il ponte resterà chiuso per sei”"
    )
    assert differs_cell(joined) == "tre vs sei mesi; “… tre” vs “… sei”"


def test_a_short_detail_is_whole() -> None:
    assert differs_cell("“sentenced” vs “did not sentence”") == (
        "“sentenced” vs “did not sentence”"
    )
    assert differs_cell("38,412.50 vs 38,421.50") == "38,412.50 vs 38,421.50"


def test_a_side_of_shared_words_alone_is_whole() -> None:
    """A quotation trimmed ("... the town" / "... the town together"): cutting the
    shared words would leave one side nothing but "…"."""
    detail = "“We will rebuild the town together” vs “We will rebuild the town”"
    assert differs_cell(detail) == detail


def test_two_shared_words_stay() -> None:
    detail = "“the mayor said twenty families left” vs “the mayor said that twenty one left”"
    assert differs_cell(detail) == "“… twenty families left” vs “… that twenty one left”"
