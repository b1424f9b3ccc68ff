from __future__ import annotations

from reader.analysis.mentions import canonical_names


def test_short_name_joins_its_unique_longer_form() -> None:
    canon = canonical_names(["putin", "vladimir putin", "kim"])
    assert canon["putin"] == "vladimir putin"


def test_ambiguous_short_name_stays_itself() -> None:
    canon = canonical_names(["korea", "north korea", "south korea"])
    assert canon["korea"] == "korea"


def test_longest_form_maps_to_itself() -> None:
    assert canonical_names(["kim jong un", "kim"])["kim jong un"] == "kim jong un"
