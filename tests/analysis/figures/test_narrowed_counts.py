"""A count of a group told by a word before its noun (reader/analysis/figures/
narrowed_counts.py): "two teenaged children" and "200 security personnel" count
children and personnel, so equal figures are shared with the noun alone; against the
noun alone a different figure is no discrepancy (the kind may be a part of it), against
the same kind it is one."""

from __future__ import annotations

import pytest

from reader.analysis.figures.narrowed_counts import narrowing
from tests.analysis.sentence_pairs import details, feats, shared_figures

# ECB+ 8_3ecb: Hakim's family; 8_7ecb's sentence with three children is of the other
# officer, Tennant, and names nobody
_HAKIM = (
    "Marion County sheriffs described Hakim as a dedicated family man with wife and two "
    "teenaged children."
)


@pytest.mark.parametrize(
    ("text", "counted", "kind"),
    [
        (_HAKIM, "children", "teenag"),
        ("The summit was guarded by 200 security personnel, police said.", "personnel", "secur"),
        ("Some 20 armed police stood at the gate.", "polic", "arm"),
        ("Three young people were hurt in the crash.", "peopl", "young"),
        # no word of a kind before the noun
        ("Some 12 crew members were rescued.", "member", ""),
        ("He has two other children.", "children", ""),
        ("Marines sank two pirate boats.", "boat", ""),
        ("He has 200 children.", "children", ""),
    ],
)
def test_the_noun_counted_and_the_word_of_its_kind(text: str, counted: str, kind: str) -> None:
    assert [(m.unit_word, m.narrowed) for m in feats(text).numbers] == [(counted, kind)]


def test_a_kind_is_told_only_before_the_noun_counted() -> None:
    assert narrowing(" teenaged children.", 0, "children") == "teenag"
    assert narrowing(" teenaged children.", 0, "teenag") == ""
    assert narrowing(" pirate boats", 0, "boat") == ""


@pytest.mark.parametrize(
    ("a", "b", "shared"),
    [
        ("The summit was guarded by 200 security personnel, police said.",
         "The summit was guarded by 200 personnel, police said.", "200"),
        ("The embassy was guarded by 20 armed police on Monday, officials said.",
         "The embassy was guarded by 20 police on Monday, officials said.", "20"),
        ("The blast injured 14 young people near the school, police said.",
         "The blast injured 14 people near the school, police said.", "14"),
    ],
)  # fmt: skip
def test_a_count_of_a_kind_shares_its_figure_with_the_noun_alone(
    a: str, b: str, shared: str
) -> None:
    assert shared_figures(a, b) == [(shared, shared)]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (_HAKIM, "He leaves behind a wife and three children."),
        ("The summit was guarded by 200 security personnel, police said.",
         "The summit was guarded by 300 personnel, police said."),
        ("He leaves a wife and two teenaged children, police said.",
         "He leaves a wife and three young children, police said."),
    ],
)  # fmt: skip
def test_a_count_of_a_kind_against_the_noun_alone_is_not_reported(a: str, b: str) -> None:
    assert details(a, b) == []


@pytest.mark.parametrize(
    ("a", "b", "detail"),
    [
        ("He leaves a wife and two teenaged children, police said.",
         "He leaves a wife and three teenaged children, police said.", "two vs three"),
        ("The summit was guarded by 200 security personnel, police said.",
         "The summit was guarded by 300 security personnel, police said.", "200 vs 300"),
    ],
)  # fmt: skip
def test_two_counts_of_one_kind_are_reported(a: str, b: str, detail: str) -> None:
    assert details(a, b) == [detail]
