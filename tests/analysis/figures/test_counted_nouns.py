"""What a count discrepancy names after its values when both sides count one thing told
two ways or a list says its noun once (figures/counted_labels.told_noun, _one_noun;
seat_nouns.counted_stem): "41 vs 40 Sitze" of "41 Mandate" / "40 Sitze", "72 vs 71 seats"
of a list's last item."""

from __future__ import annotations

from reader.analysis.conflicts.discrepancies import conflicts
from reader.model.alignment import with_counted
from tests.analysis.sentence_pairs import feats


def shown(a: str, b: str, language: str | None = None) -> list[str]:
    """The discrepancies between sentences ``a`` and ``b`` as the window shows them."""
    return [
        with_counted(c.detail, c.counted) for c in conflicts(feats(a, language), feats(b, language))
    ]


# was "41 vs 40": two nouns of seats, the count named by B's
def test_two_nouns_of_one_thing_are_named_by_b_s() -> None:
    assert shown("Die CDU hat 41 Mandate.", "Die CDU hat 40 Sitze.", "German") == ["41 vs 40 Sitze"]


# was "72 vs 71": the list's noun said once, after its first figure
def test_a_list_s_later_item_is_named_by_the_noun_said_once() -> None:
    a = "Labour won 312 seats, the Conservatives 121 and the Liberal Democrats 72."
    b = "Labour won 312 seats, the Conservatives 121 and the Liberal Democrats 71."
    assert shown(a, b) == ["72 vs 71 seats"]


# was "24 vs 25": both, in a German list whose two sides say two nouns
def test_a_german_list_s_later_item_is_named_by_b_s_noun() -> None:
    a = "Im Landtag hätte die CDU 41 Mandate, die SPD 33, die AfD 24."
    b = "Im Landtag entfallen auf die CDU 41 Sitze, auf die SPD 33, auf die AfD 25."
    assert shown(a, b, "German") == ["24 vs 25 Sitze"]


# the guard (as on main): one noun on both sides
def test_one_noun_on_both_sides_is_named() -> None:
    assert shown("The CDU won 41 seats.", "The CDU won 40 seats.") == ["41 vs 40 seats"]
