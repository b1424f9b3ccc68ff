"""The people who signed a petition and its signatures are one count
(reader.analysis.figures.signed_counts)."""

from __future__ import annotations

from tests.analysis.sentence_pairs import feats, figure_labels, shared_figures

SIGNATURES = "A petition demanding a referendum has gathered 250,000 signatures."


def test_the_people_who_signed_are_the_signatures() -> None:
    a = feats("A petition calling for a referendum has been signed by 250,000 people.")
    assert figure_labels(a, feats(SIGNATURES)) == ["250,000 people · 250,000 signatures"]


def test_the_signatures_are_the_people_who_signed() -> None:
    b = "A petition calling for a referendum has been signed by more than 250,000 people."
    assert shared_figures(SIGNATURES, b) == [("250,000", "250,000")]


def test_people_who_did_not_sign_are_no_signatures() -> None:
    assert shared_figures("250,000 people marched against the law.", SIGNATURES) == []


def test_signers_of_another_value_are_no_match() -> None:
    a = "A petition calling for a referendum has been signed by 200,000 people."
    assert shared_figures(a, SIGNATURES) == []
