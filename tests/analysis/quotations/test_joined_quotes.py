"""A quotation joined from two places of a statement the other article gives apart
(reader.analysis.quotations.joined_quotes)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.analysis.pipeline import align
from reader.model import DiscrepancyKind, Document

CAP = (
    'Clara Vennick said: "We will cap energy bills for every household this winter. That cap'
    ' will be paid for by a windfall levy, not by you."\n'
    "The address lasted 14 minutes.\n"
    'She ended it with a promise: "No family will be left behind."'
)


def _quote_details(a: Document, b: Document) -> list[str]:
    al = align(a, b, method="lexical")
    return [d.detail for d in al.discrepancies if d.kind is DiscrepancyKind.QUOTE]


# was none: each half is word for word in A, so B's quotation read as an excerpt
def test_a_quotation_joined_from_two_places_is_a_discrepancy(
    doc: Callable[[str], Document],
) -> None:
    b = doc(
        'Clara Vennick vowed: "We will cap energy bills for every household this winter,'
        ' and no family will be left behind."'
    )
    assert _quote_details(doc(CAP), b) == [
        "“winter. That cap will be paid for by a windfall levy, not…” vs “winter, and no"
        " family will be left behind”"
    ]


def test_the_join_is_found_whichever_article_is_a(doc: Callable[[str], Document]) -> None:
    a = doc(
        'Clara Vennick vowed: "We will cap energy bills for every household this winter,'
        ' and no family will be left behind."'
    )
    assert _quote_details(a, doc(CAP)) == [
        "“winter, and no family will be left behind” vs “winter. That cap will be paid for by"
        " a windfall levy, not…”"
    ]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a quotation split by its attribution, joined again
        (
            '"We will act as one," she said, "and we will act now."',
            '"We will act as one, and we will act now," Clara Vennick said.',
        ),
        # a join marked by an ellipsis: words left out
        (
            CAP,
            'Clara Vennick said: "We will cap energy bills for every household this'
            ' winter ... no family will be left behind."',
        ),
        # one quotation trimmed, no join
        (CAP, 'Clara Vennick said: "We will cap energy bills for every household this winter."'),
    ],
)
def test_no_join_is_told_where_the_words_run_on(
    doc: Callable[[str], Document], a: str, b: str
) -> None:
    assert _quote_details(doc(a), doc(b)) == []
