from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.errors import SchemaError
from reader.model import Span


@pytest.mark.parametrize(("start", "end"), [(-1, 2), (5, 3)])
def test_invalid_span_rejected(start: int, end: int) -> None:
    with pytest.raises(SchemaError):
        Span(start, end)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ((0, 5), (4, 9), True),
        ((0, 5), (5, 9), False),
        ((3, 4), (0, 9), True),
        ((0, 0), (0, 1), False),
    ],
)
def test_overlaps(a: tuple[int, int], b: tuple[int, int], expected: bool) -> None:
    assert Span(*a).overlaps(Span(*b)) is expected


@pytest.mark.parametrize("data", [[1, 2], {"start": 1, "end": 2}, (1, 2)])
def test_from_json_accepts_both_forms(data: object) -> None:
    assert Span.from_json(data) == Span(1, 2)


@pytest.mark.parametrize("data", [[1], {"start": 1}, "1-2", [1.5, 2], None])
def test_from_json_rejects_malformed(data: object) -> None:
    with pytest.raises(SchemaError):
        Span.from_json(data)


@pytest.mark.parametrize("data", [[True, 5], [0, True], {"start": False, "end": 3}])
def test_from_json_rejects_booleans_as_offsets(data: object) -> None:
    with pytest.raises(SchemaError, match="must be integers"):
        Span.from_json(data)


@given(st.integers(0, 10_000), st.integers(0, 10_000))
def test_round_trip(a: int, b: int) -> None:
    s = Span(min(a, b), max(a, b))
    assert Span.from_json(s.to_dict()) == s == Span.from_json(s.to_pair())
