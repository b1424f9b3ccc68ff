from __future__ import annotations

import itertools
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.errors import SchemaError
from reader.model import Document, Span


@st.composite
def tiled(draw: st.DrawFn) -> tuple[str, list[Span]]:
    """A text and sorted, non-overlapping spans inside it."""
    text = draw(st.text(min_size=1, max_size=120))
    cuts = sorted(set(draw(st.lists(st.integers(0, len(text)), max_size=12))))
    spans = [Span(a, b) for a, b in itertools.pairwise(cuts) if b > a][::2]
    return text, spans


@given(tiled(), st.integers(-1, 130))
def test_sentence_index_at_agrees_with_a_scan(case: tuple[str, list[Span]], offset: int) -> None:
    text, spans = case
    d = Document("p", "t", text, sentences=tuple(spans))
    expected = next((i for i, s in enumerate(spans) if s.contains_offset(offset)), None)
    assert d.sentence_index_at(offset) == expected


@given(tiled(), st.integers(0, 120), st.integers(0, 10))
def test_is_boilerplate_agrees_with_a_scan(
    case: tuple[str, list[Span]], start: int, length: int
) -> None:
    text, spans = case
    d = Document("p", "t", text, boilerplate=tuple(spans))
    probe = Span(start, start + length)
    assert d.is_boilerplate(probe) == any(probe.overlaps(b) for b in spans)


def test_content_sentences_skip_boilerplate() -> None:
    d = Document(
        "p", "t", "Menu\nReal sentence.", sentences=(Span(0, 4), Span(5, 19)),
        boilerplate=(Span(0, 4),),
    )  # fmt: skip
    assert d.content_sentences() == [Span(5, 19)]


def test_content_hash_follows_text() -> None:
    assert Document("a", "t", "same").content_hash == Document("b", "u", "same").content_hash
    assert Document("a", "t", "same").content_hash != Document("a", "t", "other").content_hash


@given(tiled(), st.integers(0, 120), st.integers(0, 10))
def test_within_boilerplate_agrees_with_a_scan(
    case: tuple[str, list[Span]], start: int, length: int
) -> None:
    text, spans = case
    d = Document("p", "t", text, boilerplate=tuple(spans))
    probe = Span(start, start + length)
    assert d.within_boilerplate(probe) == any(b.contains(probe) for b in spans)


HEADED = "Headline\n\nA sentence.\n\nProtections found lacking\n\nMore."


def test_headings_survive_a_json_round_trip() -> None:
    d = Document("p", "t", HEADED, paragraphs=(Span(0, 8),), headings=(Span(23, 48),))
    loaded = Document.from_json(json.loads(json.dumps(d.to_json())))
    assert (loaded, loaded.headings) == (d, (Span(23, 48),))


def test_a_document_saved_without_headings_loads_with_none() -> None:
    data = Document("p", "t", HEADED, headings=(Span(23, 48),)).to_json()
    del data["headings"]  # as Crossread wrote documents before they were kept
    assert Document.from_json(data).headings == ()


def test_a_heading_outside_the_text_is_refused() -> None:
    with pytest.raises(SchemaError, match="heading span"):
        Document("p", "t", HEADED, headings=(Span(23, 480),))


def test_headings_that_are_no_list_are_refused() -> None:
    data = Document("p", "t", HEADED).to_json()
    data["headings"] = "23-48"
    with pytest.raises(SchemaError, match="document headings must be a list"):
        Document.from_json(data)
