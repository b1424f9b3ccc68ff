"""Two full dates of different months in linked sentences (reader.analysis.conflicts
.date_conflicts.month_conflicts): a discrepancy only when each sentence tells that one time,
of the same act in the same words."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.analysis.conflicts.discrepancies import conflicts
from reader.analysis.features import UnitFeatures, extract
from reader.analysis.figures.numerals import writing_of
from reader.analysis.linking.word_forms import word_forms
from reader.analysis.units import Unit
from reader.ingest.normalize import fold
from reader.model import DiscrepancyKind, Span


def feats(text: str, language: str | None = None) -> UnitFeatures:
    unit = Unit(0, Span(0, len(text)), text, fold(text))
    return extract(unit, writing_of(text), word_forms(language))


def details(a: str, b: str, language: str | None = None) -> list[str]:
    """What the discrepancies between sentences ``a`` and ``b`` say."""
    return [c.detail for c in conflicts(feats(a, language), feats(b, language))]


@pytest.mark.parametrize(
    ("a", "b", "detail"),
    [
        ("The unit began operating on March 3, 2025.",
         "The unit began operating on April 3, 2025.", "March 3, 2025 vs April 3, 2025"),
        ("The unit began operating on March 3.", "The unit began operating on April 3.",
         "March 3 vs April 3"),
        # a weekday naming the date's day is part of the date, not a clause of its own
        ("The unit began operating Monday, March 3, 2025.",
         "The unit began operating on April 3, 2025.", "March 3, 2025 vs April 3, 2025"),
        # the same clause of another occasion, in the same words
        ("The unit, which began operating on March 3, 2025, treated 312 patients.",
         "The unit, which began operating on April 3, 2025, treated 312 patients.",
         "March 3, 2025 vs April 3, 2025"),
    ],
)  # fmt: skip
def test_dates_of_two_months_told_of_one_act_are_a_discrepancy(a: str, b: str, detail: str) -> None:
    assert details(a, b) == [detail]


def test_the_discrepancy_of_two_months_is_a_date_discrepancy() -> None:
    found = conflicts(
        feats("The unit began operating on March 3, 2025."),
        feats("The unit began operating on April 3, 2025."),
    )
    assert [c.kind for c in found] == [DiscrepancyKind.DATE]


@pytest.mark.parametrize(
    ("a", "b", "language", "detail"),
    [
        ("Die Einheit nahm am 3. März 2025 den Betrieb auf.",
         "Die Einheit nahm am 3. April 2025 den Betrieb auf.", "German",
         "3. März 2025 vs 3. April 2025"),
        ("L'unité a commencé à fonctionner le 3 mars 2025.",
         "L'unité a commencé à fonctionner le 3 avril 2025.", "French",
         "3 mars 2025 vs 3 avril 2025"),
    ],
)  # fmt: skip
def test_dates_of_two_months_in_another_language_are_a_discrepancy(
    a: str, b: str, language: str, detail: str
) -> None:
    assert details(a, b, language) == [detail]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # ECB+ 9_13ecbplus against 9_3ecbplus: a date opening its clause tells another
        # step of the story
        ("On Feb. 27, the Obama administration announced its intention to reverse the rule.",
         "A provision in a spending bill signed by President Obama on March 11 allows it."),
        ("On January 30, Obama signed an executive order rescinding a 2001 Bush policy.",
         "A provision in a spending bill signed by President Obama on March 11 allows it."),
        # one verb alone: what was signed differs
        ("Obama signed an executive order on January 30.",
         "A provision in a spending bill signed by President Obama on March 11 allows it."),
        # told of other acts
        ("The unit was bought on March 3, 2025.", "The unit began operating on April 3, 2025."),
        ("Elections are planned for December 15, 2013.",
         "The campaign will be announced on October 5, 2013."),
        # another occasion, in other words
        ("O'Brien was hired by the Sixers on April 21, 2004.",
         "O'Brien, fired on June 8, is seeking up to $6 million."),
        ("The unit began operating on April 3, 2025, a month after it was bought on March 3.",
         "The unit began operating on March 3, 2025."),
        # two times in one sentence
        ("The unit began operating on March 3, 2025, a week after a test on Feb. 24.",
         "The unit began operating on April 3, 2025."),
        ("The unit began operating on Friday after a test on March 3, 2025.",
         "The unit began operating on April 3, 2025."),
    ],
)  # fmt: skip
def test_dates_of_two_months_not_of_one_act_are_no_discrepancy(a: str, b: str) -> None:
    assert details(a, b) == []


# The press-release pair (tests/data/pages/release_*) with its copied sentence dated in
# full: the story changes the month of the day the unit began operating
def test_a_story_built_on_a_press_release_disagrees_on_its_full_date(
    data_dir: Path, tmp_path: Path
) -> None:
    from reader.analysis import align
    from reader.ingest import load_document

    def dated(name: str, month: str) -> Path:
        page = (data_dir / "pages" / name).read_text(encoding="utf-8")
        told = f"which began operating in {month} 2025"
        assert told in page
        out = tmp_path / name
        out.write_text(
            page.replace(told, f"which began operating on {month} 3, 2025"), encoding="utf-8"
        )
        return out

    al = align(
        load_document(dated("release_lakeshore_stroke_unit.html", "March")),
        load_document(dated("release_harlan_courier_stroke_unit.html", "April")),
        method="lexical",
    )
    assert [d.detail for d in al.discrepancies] == [
        "March 3, 2025 vs April 3, 2025",
        "$2.3 million vs $2.5 million",
    ]


# was no discrepancy: B tells a weekday of reporting too ("said on Thursday night"), and
# any other weekday of a sentence left its days uncompared
def test_weekdays_disagree_beside_a_day_of_reporting_of_neither() -> None:
    a = "The boat had left Tobruk on Monday, survivors said."
    b = "The coast guard said on Thursday night that the boat set out from Tobruk on Saturday."
    assert details(a, b) == ["Monday vs Saturday"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the other's day of reporting may be this one's day
        (
            "The boat had left Tobruk on Thursday, survivors said.",
            "The coast guard said on Thursday night that the boat set out from Tobruk on Saturday.",
        ),
        (
            "Officials said on Saturday that the boat had left Tobruk on Monday.",
            "The boat set out from Tobruk on Saturday.",
        ),
    ],
)
def test_a_day_the_other_tells_as_its_day_of_reporting_is_no_discrepancy(a: str, b: str) -> None:
    assert details(a, b) == []
