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


def test_a_removed_passages_mark_reads_back_from_its_json() -> None:
    mark = UpdateMark("a", Span(7, 7), "the words taken out", removed=True)
    data = mark.to_json()
    assert data["removed"] is True
    assert UpdateMark.from_json(data) == mark


def test_a_changed_sentences_mark_is_saved_as_before() -> None:
    """No "removed" field: the file reads in an older Crossread as it always did."""
    assert "removed" not in UpdateMark("a", Span(3, 9), "it read so").to_json()


def test_what_a_removed_passage_was_reads_back_from_its_json() -> None:
    mark = UpdateMark("a", Span(7, 7), "Kim smiled.", removed=True, paragraphs=0)
    data = mark.to_json()
    assert data["paragraphs"] == 0
    assert UpdateMark.from_json(data) == mark


def test_a_removed_mark_an_older_crossread_saved_says_not_what_it_was() -> None:
    data = {"side": "a", "span": [7, 7], "before": "x", "removed": True}
    assert UpdateMark.from_json(data).paragraphs is None


def test_a_changed_sentence_s_mark_is_saved_without_paragraphs() -> None:
    assert "paragraphs" not in UpdateMark("a", Span(3, 9), "it read so").to_json()


@pytest.mark.parametrize(
    "data",
    [
        {"side": "a", "span": [0, 4], "before": "x", "paragraphs": 1},
        {"side": "a", "span": [0, 0], "removed": True, "paragraphs": -1},
        {"side": "a", "span": [0, 0], "removed": True, "paragraphs": True},
        {"side": "a", "span": [0, 0], "removed": True, "paragraphs": "2"},
    ],
)
def test_paragraphs_not_a_count_or_on_a_changed_sentence_are_refused(
    data: dict[str, object],
) -> None:
    with pytest.raises(SchemaError, match="'paragraphs'"):
        UpdateMark.from_json(data)


def test_a_removed_mark_over_text_is_refused() -> None:
    with pytest.raises(SchemaError, match="empty span"):
        UpdateMark.from_json({"side": "a", "span": [0, 4], "before": "x", "removed": True})


def test_a_removed_field_not_true_or_false_is_refused() -> None:
    with pytest.raises(SchemaError, match="'removed'"):
        UpdateMark.from_json({"side": "a", "span": [0, 0], "removed": "yes"})


def test_a_cut_wording_s_place_reads_back_from_its_json() -> None:
    mark = UpdateMark("a", Span(0, 900), "…the words kept…", cut_from=120, cut_to=510)
    data = mark.to_json()
    assert (data["cut_from"], data["cut_to"]) == (120, 510)
    assert UpdateMark.from_json(data) == mark


def test_a_whole_wording_is_saved_without_a_cut() -> None:
    """No "cut_from" nor "cut_to": the file reads in an older Crossread as before."""
    data = UpdateMark("a", Span(3, 9), "it read so").to_json()
    assert "cut_from" not in data and "cut_to" not in data


@pytest.mark.parametrize(
    "cut",
    [
        {"cut_from": -1},
        {"cut_to": 7},
        {"cut_from": "2"},
        {"cut_to": True},
        {"cut_from": 5, "cut_to": 4},
    ],
)
def test_a_cut_outside_the_mark_or_not_a_number_is_refused(cut: dict[str, object]) -> None:
    with pytest.raises(SchemaError, match="cut"):
        UpdateMark.from_json({"side": "a", "span": [0, 6], "before": "x…", **cut})


def test_a_swap_keeps_the_cut() -> None:
    mark = UpdateMark("a", Span(0, 900), "…the words kept", cut_from=120)
    assert mark.swapped() == UpdateMark("b", Span(0, 900), "…the words kept", cut_from=120)
