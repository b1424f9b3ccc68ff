from __future__ import annotations

import pytest

from reader.analysis.features import extract
from reader.analysis.mentions import canonical_names, link_mentions
from reader.analysis.names.named_of_places import place_of
from reader.analysis.units import Unit
from reader.ingest.normalize import fold
from reader.model import Span


@pytest.mark.parametrize(
    ("key", "place"),
    [
        ("gulf of aden", "aden"),  # ECB+ topic 12
        ("horn of africa", "africa"),
        ("university of athens", "athens"),  # ECB+ topic 8
        ("democratic party of turkmenistan", "turkmenistan"),  # ECB+ topic 11
        ("notre dame de paris", "paris"),
        ("gulf of mexico", "mexico"),
    ],
)
def test_a_thing_named_of_a_place_is_named_for_that_place(key: str, place: str) -> None:
    assert place_of(key) == place


@pytest.mark.parametrize(
    "key",
    [
        "olivia de berardinis",  # ECB+ topic 4: a person
        "artist olivia de berardinis",
        "vladimir putin of russia",
        "democratic peoples republic of korea",  # a state is its place
        "republic of korea",
        "paris",
    ],
)
def test_a_person_a_state_or_a_bare_place_is_named_for_no_place(key: str) -> None:
    assert place_of(key) is None


@pytest.mark.parametrize(
    ("place", "longer"),
    [
        ("aden", "gulf of aden"),
        ("athens", "university of athens"),
        ("turkmenistan", "democratic party of turkmenistan"),
        ("africa", "horn of africa"),
    ],
)
def test_a_place_does_not_join_a_thing_of_that_place(place: str, longer: str) -> None:
    assert canonical_names([place, longer])[place] == place


@pytest.mark.parametrize(
    ("head", "longer"),
    [
        ("communist party", "communist party of greece"),  # ECB+ topic 8
        ("gulf", "gulf of aden"),
        ("korea", "democratic peoples republic of korea"),
    ],
)
def test_the_head_of_such_a_name_still_joins_it(head: str, longer: str) -> None:
    assert canonical_names([head, longer])[head] == longer


def _unit(k: int, start: int, text: str) -> Unit:
    return Unit(k, Span(start, start + len(text)), text, fold(text))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (  # ECB+ 12_5ecb and 12_12ecb
            "The ship was about 150 nautical miles from Aden when the pirates attacked.",
            "The Indian Navy foiled a pirate attack on a merchant ship in the Gulf of Aden.",
        ),
        (  # ECB+ topic 8
            "Thousands marched through central Athens on Wednesday.",
            "A professor of economics at the University of Athens, Yanis Varoufakis, spoke.",
        ),
    ],
)
def test_a_place_is_not_matched_with_a_thing_of_that_place(a: str, b: str) -> None:
    fa, fb = [extract(_unit(0, 0, a))], [extract(_unit(0, 0, b))]
    assert not link_mentions(fa, fb, {0: [0]}, {0: [0]})
