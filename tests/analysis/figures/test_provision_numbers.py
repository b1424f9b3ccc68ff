"""reader.analysis.figures.provision_numbers: a law's or a bill's number ("Section 4(b)",
"H.R. 4821", "S. 1190", "Article 50") is one identifier, no count."""

from __future__ import annotations

import pytest

from tests.analysis.sentence_pairs import details, feats, shared_figures


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Section 4(b) of the bill sets aside 45 trucks.", ("Section 4(b)", "no:section 4(b)")),
        ("The House will vote on H.R. 4821 next week.", ("H.R. 4821", "no:h.r. 4821")),
        ("The Senate bill, S. 1190, would spend more.", ("S. 1190", "no:s. 1190")),
        ("It invoked Article 50 of the treaty.", ("Article 50", "no:article 50")),
    ],
)
def test_a_provision_s_number_is_one_identifier(text: str, read: tuple[str, str]) -> None:
    assert read in [(m.surface, m.key) for m in feats(text).numbers]


def test_a_section_s_number_counts_nothing() -> None:
    a = "Section 4(b) of the bill sets aside money for five years."
    b = "The bill's Section 4(b) earmarks money for 4 lead pipes over five years."
    assert ("4", "4") not in shared_figures(a, b)
    assert ("Section 4(b)", "Section 4(b)") in shared_figures(a, b)


def test_two_bills_numbers_are_no_discrepancy() -> None:
    assert details("The House passed H.R. 4821.", "The House passed H.R. 4822.") == []
