"""Tests of reader/analysis/figures/estimates.py: analysts' estimates and a company's
outlook are not its results; two estimates, two outlooks still disagree."""

from __future__ import annotations

import pytest

from reader.analysis.figures.estimates import ESTIMATE, OUTLOOK, looked_ahead
from tests.analysis.sentence_pairs import details, feats


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Analysts had expected $1.18 a share, according to LSEG data.", ESTIMATE),
        ("Revenue was $4.2bn, roughly in line with estimates of $4.19bn.", ESTIMATE),
        ("Analysts on average expect $17.1bn.", ESTIMATE),
        ("Wall Street's consensus forecast was $1.18 a share.", ESTIMATE),
        ("For the fourth quarter, the company forecast revenue of between $4.35bn and $4.45bn.",
         OUTLOOK),
        ("Norvane expects revenue in the range of $4.35 billion to $4.45 billion.", OUTLOOK),
        # results, and counts of things expected (no sum of money)
        ("Revenue for the third quarter was $4.21 billion.", ""),
        ("Analysts said revenue rose to $4.2bn.", ""),
        ("The toll is expected to rise to 40.", ""),
    ],
)  # fmt: skip
def test_what_a_figure_looks_ahead_to(sentence: str, kind: str) -> None:
    f = feats(sentence)
    assert looked_ahead(f, f.numbers[-1]) == kind


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("GAAP net income was $512 million, or $1.23 per diluted share.",
         "Analysts had expected $1.18 a share, according to LSEG data."),
        ("Revenue for the third quarter was $4.21 billion.",
         "Revenue was $4.2bn, against estimates of $4.12bn."),
        ("Revenue for the third quarter was $4.21 billion, an increase of 12%.",
         "For the fourth quarter, the company forecast revenue of between $4.35bn and $4.45bn."),
    ],
)  # fmt: skip
def test_an_estimate_or_an_outlook_is_not_read_against_a_result(a: str, b: str) -> None:
    assert details(a, b) == []


@pytest.mark.parametrize(
    ("a", "b", "detail"),
    [
        ("Analysts had expected $1.18 a share.", "Analysts had expected $1.21 a share.",
         "$1.18 vs $1.21"),
        ("Norvane expects fourth-quarter revenue of $4.4 billion.",
         "Norvane forecast fourth-quarter revenue of $4.6bn.", "$4.4 billion vs $4.6bn"),
        ("Quarterly revenue was $4.21 billion.", "Quarterly revenue was $4.12bn.",
         "$4.21 billion vs $4.12bn"),
    ],
)  # fmt: skip
def test_two_estimates_two_outlooks_or_two_results_still_disagree(
    a: str, b: str, detail: str
) -> None:
    assert details(a, b) == [detail]
