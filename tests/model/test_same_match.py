"""Tests of reader/model/same_match.py: the match of a new alignment that is the same
match as one of an earlier alignment of the same texts, one rule for the session's
re-alignment, the match chosen on screen and an update from the article files."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from reader.model.alignment import Match, MatchKind
from reader.model.same_match import MatchesByPassages, same_match
from reader.model.span import Span
from tests.session.samples import sample_alignment

CHOSEN = sample_alignment().matches[0]


def test_the_same_kind_comes_before_the_same_id() -> None:
    twin = replace(CHOSEN, id="z1", kind=MatchKind.ENTITY)
    same_kind = replace(CHOSEN, id="z2")
    assert same_match(CHOSEN, [twin, same_kind]) == same_kind


def test_the_same_id_comes_first_among_the_same_kind() -> None:
    twin = replace(CHOSEN, id="z1", kind=MatchKind.ENTITY)
    same_kind = replace(CHOSEN, id="z2")
    assert same_match(CHOSEN, [twin, same_kind, CHOSEN]) == CHOSEN


def test_another_kind_on_the_same_passages_is_taken_when_none_is_of_its_kind() -> None:
    twin = replace(CHOSEN, id="z1", kind=MatchKind.ENTITY)
    assert same_match(CHOSEN, [twin]) == twin
    assert MatchesByPassages([twin]).same_kind(CHOSEN) is None


def test_no_match_on_other_passages_is_the_same() -> None:
    moved = replace(CHOSEN, a=Span(CHOSEN.a.start, CHOSEN.a.end + 1))
    assert same_match(CHOSEN, [moved]) is None


KINDS = [MatchKind.CLAIM, MatchKind.ENTITY, MatchKind.QUOTE]
MATCHES = st.lists(
    st.builds(
        lambda i, kind, a, b: Match(f"m{i}", kind, Span(a, a + 2), Span(b, b + 2), 0.5),
        st.integers(0, 3),
        st.sampled_from(KINDS),
        st.integers(0, 2),
        st.integers(0, 2),
    ),
    max_size=12,
)


@given(MATCHES, st.data())
def test_the_same_match_links_the_passages_and_none_there_ranks_before_it(
    matches: list[Match], data: st.DataObject
) -> None:
    """Found among all the matches or among those grouped by passages, it is the same
    one: on the old match's passages, none there more like it (kind, then id)."""
    old = data.draw(MATCHES.filter(bool))[0]
    found = same_match(old, matches)
    assert MatchesByPassages(matches).same_match(old) == found
    there = [m for m in matches if (m.a, m.b) == (old.a, old.b)]
    if found is None:
        assert not there
        return
    assert found in there

    def rank(m: Match) -> tuple[bool, bool]:
        return (m.kind != old.kind, m.id != old.id)

    assert all(rank(found) <= rank(m) for m in there)
    assert found == next(m for m in there if rank(m) == rank(found))  # the first of its rank


NUMBER = next(m for m in sample_alignment().matches if m.kind is MatchKind.NUMBER)
BARE = replace(
    NUMBER, a=Span(NUMBER.a.start, NUMBER.a.start + 5), b=Span(NUMBER.b.start, NUMBER.b.start + 4)
)


def test_a_figure_match_read_with_its_unit_has_grown_from_the_bare_figure() -> None:
    assert MatchesByPassages([NUMBER]).grown(BARE) == NUMBER


def test_a_claim_does_not_grow() -> None:
    shorter = replace(CHOSEN, a=Span(CHOSEN.a.start, CHOSEN.a.end - 1))
    assert MatchesByPassages([CHOSEN]).grown(shorter) is None


def test_two_grown_matches_are_a_guess_and_give_none() -> None:
    longer = replace(NUMBER, id="z9", b=Span(NUMBER.b.start, NUMBER.b.end + 1))
    assert MatchesByPassages([NUMBER, longer]).grown(BARE) is None


def test_a_match_on_the_very_passages_leaves_nothing_grown() -> None:
    assert MatchesByPassages([NUMBER, BARE]).grown(BARE) is None


def test_a_match_beginning_elsewhere_has_not_grown() -> None:
    earlier = replace(NUMBER, a=Span(NUMBER.a.start - 1, NUMBER.a.end))
    assert MatchesByPassages([earlier]).grown(BARE) is None
