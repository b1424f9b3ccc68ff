"""Two neighbouring names read as one by a rule that keys them
(reader.analysis.names.neighbour_joins.join_neighbours)."""

from __future__ import annotations

from reader.analysis.mention import Mention
from reader.analysis.names.neighbour_joins import join_neighbours
from tests.analysis.sentence_pairs import feats

_SENTENCE = "Rita Okafor met Hans Weber and Ana Silva in Lagos."


def _both(_k: int, m: Mention, n: Mention, between: str) -> str | None:
    return f"{m.key}+{n.key}" if between == " met " else None


def test_a_keyed_pair_becomes_one_name_spanning_both() -> None:
    f = feats(_SENTENCE)
    joined = join_neighbours(f, _both)[0]
    assert joined.surface == "Rita Okafor met Hans Weber"


def test_the_joined_name_takes_the_rule_s_key() -> None:
    f = feats(_SENTENCE)
    assert join_neighbours(f, _both)[0].key == f"{f.names[0].key}+{f.names[1].key}"


def test_names_the_rule_gives_no_key_stay_as_they_were() -> None:
    f = feats(_SENTENCE)
    assert join_neighbours(f, _both)[1:] == f.names[2:]


def test_a_joined_name_is_not_joined_again() -> None:
    f = feats("Rita Okafor met Hans Weber met Ana Silva.")
    assert [m.surface for m in join_neighbours(f, _both)] == [
        "Rita Okafor met Hans Weber",
        "Ana Silva",
    ]


def test_the_rule_is_told_each_left_name_s_index() -> None:
    seen: list[int] = []

    def record(k: int, _m: Mention, _n: Mention, _between: str) -> None:
        seen.append(k)

    join_neighbours(feats(_SENTENCE), record)
    assert seen == [0, 1, 2]
