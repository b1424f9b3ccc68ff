"""Tests of reader/model/update_mark.py."""

from __future__ import annotations

import pytest

from reader.errors import SchemaError
from reader.model.session import Session
from reader.model.span import Span
from reader.model.update_mark import UpdateMark
from tests.session.samples import sample_alignment


def test_a_mark_reads_back_from_its_json() -> None:
    mark = UpdateMark("b", Span(3, 9), "it read so")
    assert UpdateMark.from_json(mark.to_json()) == mark


def test_a_mark_of_no_side_is_refused() -> None:
    with pytest.raises(SchemaError, match="side"):
        UpdateMark.from_json({"side": "c", "span": [0, 1]})


def test_a_session_refuses_a_mark_outside_its_article() -> None:
    al = sample_alignment()
    with pytest.raises(SchemaError, match="outside article A"):
        Session(al, update_marks=(UpdateMark("a", Span(0, len(al.a.text) + 1)),))
