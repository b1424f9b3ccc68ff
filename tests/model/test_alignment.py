from __future__ import annotations

import json
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.errors import SchemaError
from reader.model import (
    LOOSE_SCORE,
    SCHEMA,
    Alignment,
    Closest,
    Discrepancy,
    DiscrepancyKind,
    Document,
    Match,
    MatchKind,
    Quoted,
    Span,
    is_loose,
)
from reader.model.alignment import with_counted


@pytest.fixture
def alignment() -> Alignment:
    a = Document(
        "a.txt",
        "Quake",
        "Quake\nIt struck on June 18.",
        (Span(0, 5), Span(6, 26)),
        (Span(0, 5), Span(6, 26)),
        (),
        "Wire",
        "2024-06-20",
    )
    b = Document(
        "b.txt",
        "Shake",
        "Shake\nIt hit on June 19.\nMore news",
        (Span(0, 5), Span(6, 23)),
        (Span(0, 5), Span(6, 23), Span(24, 33)),
        (Span(24, 33),),
    )
    m = Match("m1", MatchKind.CLAIM, Span(6, 26), Span(6, 23), 0.8, ("June",), None)
    q = Match("m2", MatchKind.QUOTE, Span(0, 5), Span(0, 5), 0.7, ("x",), "Kim", manual=True)
    d = Discrepancy(DiscrepancyKind.DATE, Span(18, 25), Span(15, 22), "m1", "June 18 vs June 19")
    return Alignment(
        a,
        b,
        (m, q),
        (d,),
        (),
        (Span(24, 33),),
        "lexical",
        {"align": 3.0},
        quotes_a=(Quoted(Span(0, 5), "Kim"),),
        quotes_b=(Quoted(Span(6, 12)),),
    )


def test_json_round_trip_is_lossless(alignment: Alignment) -> None:
    data = json.loads(json.dumps(alignment.to_json()))
    assert Alignment.from_json(data) == alignment


def test_quote_wording_discrepancy_round_trips_and_swaps(alignment: Alignment) -> None:
    d = Discrepancy(
        DiscrepancyKind.QUOTE, Span(0, 5), Span(0, 5), "m2", "\u201cx\u201d vs \u201cy\u201d"
    )
    al = replace(alignment, discrepancies=(d,))
    assert Alignment.from_json(json.loads(json.dumps(al.to_json()))) == al
    assert al.swapped().discrepancies[0].detail == "\u201cy\u201d vs \u201cx\u201d"


def test_negation_discrepancy_round_trips_and_swaps(alignment: Alignment) -> None:
    detail = "\u201chit\u201d vs \u201cdid not hit\u201d"
    d = Discrepancy(DiscrepancyKind.NEGATION, Span(6, 12), Span(6, 12), "m1", detail)
    al = replace(alignment, discrepancies=(d,))
    data = json.loads(json.dumps(al.to_json()))
    assert data["discrepancies"][0]["kind"] == "negation"
    assert Alignment.from_json(data) == al
    assert al.swapped().discrepancies[0].detail == "\u201cdid not hit\u201d vs \u201chit\u201d"


def test_a_discrepancy_reads_with_what_its_values_count(alignment: Alignment) -> None:
    d = Discrepancy(DiscrepancyKind.NUMBER, Span(0, 2), Span(0, 2), "m1", "87 vs 85", "seats")
    assert d.shown == "87 vs 85 seats"
    al = replace(alignment, discrepancies=(d,))
    data = json.loads(json.dumps(al.to_json()))
    assert data["discrepancies"][0]["detail"] == "87 vs 85"  # the field programs read
    assert data["discrepancies"][0]["counted"] == "seats"
    assert Alignment.from_json(data) == al
    swapped = al.swapped().discrepancies[0]
    assert (swapped.detail, swapped.shown) == ("85 vs 87", "85 vs 87 seats")


def test_a_percentage_tells_what_it_is_of_in_brackets() -> None:
    assert with_counted("71% vs 67 percent", "turnout") == "71% vs 67 percent (turnout)"
    assert with_counted("48 per cent vs 46%", "poll") == "48 per cent vs 46% (poll)"
    assert with_counted("12 vs fourteen", "dead") == "12 vs fourteen dead"


def test_a_discrepancy_counting_nothing_known_reads_as_its_detail(alignment: Alignment) -> None:
    d = alignment.discrepancies[0]
    assert d.counted is None
    assert d.shown == "June 18 vs June 19"
    assert alignment.to_json()["discrepancies"][0]["counted"] is None


def test_a_discrepancy_saved_before_counted_was_kept_loads_without_it(
    alignment: Alignment,
) -> None:
    data = alignment.to_json()
    del data["discrepancies"][0]["counted"]
    assert Alignment.from_json(data).discrepancies[0].counted is None


def test_swap_keeps_a_quotation_that_holds_vs(alignment: Alignment) -> None:
    detail = "\u201cAli vs Frazier\u201d vs \u201cthe fight\u201d"
    d = Discrepancy(DiscrepancyKind.QUOTE, Span(0, 5), Span(0, 5), "m2", detail)
    swapped = replace(alignment, discrepancies=(d,)).swapped().discrepancies[0].detail
    assert swapped == "\u201cthe fight\u201d vs \u201cAli vs Frazier\u201d"


def test_schema_tag(alignment: Alignment) -> None:
    assert alignment.to_json()["schema"] == SCHEMA == "reader.alignment/1"


def test_future_schema_rejected(alignment: Alignment) -> None:
    data = alignment.to_json()
    data["schema"] = "reader.alignment/2"
    with pytest.raises(SchemaError, match="unsupported"):
        Alignment.from_json(data)


def test_match_outside_document_rejected(alignment: Alignment) -> None:
    data = alignment.to_json()
    data["matches"][0]["a"] = {"start": 0, "end": 10_000}
    with pytest.raises(SchemaError):
        Alignment.from_json(data)


def test_score_outside_unit_interval_rejected() -> None:
    with pytest.raises(SchemaError):
        Match("m1", MatchKind.CLAIM, Span(0, 1), Span(0, 1), 1.5)


@given(st.floats(0.0, 1.0), st.sampled_from(list(MatchKind)), st.booleans())
def test_a_match_is_loose_when_a_claim_shows_a_score_under_loose_score(
    score: float, kind: MatchKind, manual: bool
) -> None:
    """Judged on the score as the window shows it (0.696 reads 0.70: not loose), for
    claims the aligner made only (a link made by hand has no score)."""
    m = Match("m1", kind, Span(0, 1), Span(0, 1), score, manual=manual)
    shown = float(f"{score:.2f}")
    assert m.loose == (kind is MatchKind.CLAIM and not manual and shown < LOOSE_SCORE)
    assert is_loose(kind, None) is False


def test_a_quotation_given_to_two_people_names_them_in_the_swapped_order(
    alignment: Alignment,
) -> None:
    given_twice = replace(alignment.matches[1], speaker="Angela Merkel / Nicolas Sarkozy")
    al = replace(alignment, matches=(alignment.matches[0], given_twice))
    assert al.swapped().matches[1].speaker == "Nicolas Sarkozy / Angela Merkel"


def test_swapped_twice_is_identity(alignment: Alignment) -> None:
    assert alignment.swapped().swapped() == alignment


def test_swapped_exchanges_sides(alignment: Alignment) -> None:
    s = alignment.swapped()
    assert (s.a.title, s.only_a, s.discrepancies[0].detail) == (
        "Shake",
        (Span(24, 33),),
        "June 19 vs June 18",
    )


def test_counts(alignment: Alignment) -> None:
    assert alignment.counts() == {"claim": 1, "quote": 1, "entity": 0, "number": 0}


@given(st.text(max_size=200), st.lists(st.tuples(st.integers(0, 300), st.integers(0, 300))))
def test_document_accepts_only_spans_inside_text(text: str, raw: list[tuple[int, int]]) -> None:
    spans = tuple(Span(min(x), max(x)) for x in raw)
    inside = all(s.end <= len(text) for s in spans)
    try:
        d = Document("p", "t", text, sentences=spans)
    except SchemaError:
        assert not inside
    else:
        assert inside
        assert Document.from_json(d.to_json()) == d


def test_quotations_swap_sides(alignment: Alignment) -> None:
    swapped = alignment.swapped()
    assert (swapped.quotes_a, swapped.quotes_b) == (alignment.quotes_b, alignment.quotes_a)


def test_alignment_saved_without_quotations_loads_with_none(alignment: Alignment) -> None:
    data = alignment.to_json()
    del data["quotes_a"], data["quotes_b"]  # as sessions saved before they were kept
    loaded = Alignment.from_json(data)
    assert (loaded.quotes_a, loaded.quotes_b) == ((), ())


def test_quotation_outside_its_document_rejected(alignment: Alignment) -> None:
    with pytest.raises(SchemaError):
        replace(alignment, quotes_b=(Quoted(Span(0, 99)),))


def test_quote_partners_maps_each_quotation_both_articles_have_to_its_match(
    alignment: Alignment,
) -> None:
    # m2 (a quote match over A's 0..5) overlaps A's quotation; B's quotation has no match
    assert alignment.quote_partners("a") == {Span(0, 5): "m2"}
    assert alignment.quote_partners("b") == {}


@given(st.lists(st.integers(0, 95), min_size=1, max_size=30, unique=True))
def test_quote_partners_agrees_with_checking_every_pair(starts: list[int]) -> None:
    text = "x" * 200
    doc = Document("a.txt", "", text, (Span(0, 200),), (Span(0, 200),), ())
    quotes = tuple(Quoted(Span(s * 2, s * 2 + 2)) for s in sorted(starts))  # disjoint
    matches = tuple(
        Match(f"m{k}", MatchKind.QUOTE, Span(s * 2 + 1, s * 2 + 3), Span(0, 1), 0.9)
        for k, s in enumerate(starts[::2])
    )
    al = Alignment(doc, doc, matches, quotes_a=quotes)
    naive = {
        q.span: next(m.id for m in matches if m.a.overlaps(q.span))
        for q in quotes
        if any(m.a.overlaps(q.span) for m in matches)
    }
    assert set(al.quote_partners("a")) == set(naive)


NOTICE = (
    "The sentence-embedding model is not available. Matching uses words, names and numbers only."
)


def test_notices_round_trip_through_json(alignment: Alignment) -> None:
    noted = alignment.with_notices((NOTICE,))
    data = json.loads(json.dumps(noted.to_json()))
    assert data["notices"] == [NOTICE]
    assert Alignment.from_json(data).notices == (NOTICE,)


def test_no_notices_field_when_the_run_had_none(alignment: Alignment) -> None:
    assert "notices" not in alignment.to_json()
    assert Alignment.from_json(alignment.to_json()).notices == ()


def test_notices_that_are_not_sentences_rejected(alignment: Alignment) -> None:
    data = alignment.to_json()
    data["notices"] = [3]
    with pytest.raises(SchemaError, match="notices"):
        Alignment.from_json(data)


def test_swap_keeps_notices(alignment: Alignment) -> None:
    assert alignment.with_notices((NOTICE,)).swapped().notices == (NOTICE,)


@pytest.fixture
def closest(alignment: Alignment) -> Alignment:
    """B's 'More news' (no claim covers it) with A's 'It struck on June 18.' closest."""
    return replace(alignment, closest_b=(Closest(Span(24, 33), Span(6, 26), 0.123),))


def test_closest_sentences_round_trip_through_json(closest: Alignment) -> None:
    data = json.loads(json.dumps(closest.to_json()))
    assert data["closest_b"] == [
        {"start": 24, "end": 33, "partner": {"start": 6, "end": 26}, "score": 0.123}
    ]
    assert Alignment.from_json(data) == closest


def test_no_closest_fields_when_there_are_none(alignment: Alignment) -> None:
    data = alignment.to_json()
    assert "closest_a" not in data and "closest_b" not in data
    assert Alignment.from_json(data).closest_a == ()


def test_closest_sentences_change_sides_in_a_swap(closest: Alignment) -> None:
    swapped = closest.swapped()
    assert swapped.closest_a == closest.closest_b and swapped.closest_b == ()
    assert swapped.closest_to("a", Span(20, 33)) == closest.closest_b[0]


def test_a_closest_sentence_outside_its_document_is_rejected(alignment: Alignment) -> None:
    data = alignment.to_json()
    data["closest_a"] = [{"start": 0, "end": 5, "partner": {"start": 0, "end": 99}, "score": 0.1}]
    with pytest.raises(SchemaError, match="closest"):
        Alignment.from_json(data)


def test_a_malformed_closest_sentence_is_rejected(alignment: Alignment) -> None:
    data = alignment.to_json()
    data["closest_a"] = [{"start": 0, "end": 5}]
    with pytest.raises(SchemaError, match="closest"):
        Alignment.from_json(data)


def test_the_best_scoring_closest_sentence_of_a_passage_is_its_own(alignment: Alignment) -> None:
    both = replace(
        alignment,
        closest_a=(Closest(Span(0, 5), Span(0, 5), 0.1), Closest(Span(6, 26), Span(6, 23), 0.3)),
    )
    assert both.closest_to("a", Span(0, 26)) == both.closest_a[1]
    assert both.closest_to("a", Span(0, 5)) == both.closest_a[0]
    assert both.closest_to("b", Span(0, 33)) is None


@pytest.mark.parametrize(
    ("side", "offset", "only", "partner"),
    [
        ("b", 24, True, Span(6, 26)),  # 'More news', only B reports it: A's sentence
        ("b", 32, True, Span(6, 26)),
        ("b", 33, False, None),  # past its end
        ("b", 10, False, None),  # in a claim
        ("a", 24, False, None),  # A reports nothing alone
    ],
)
def test_the_passage_only_one_article_reports_at_an_offset_and_its_closest_sentence(
    closest: Alignment, side: str, offset: int, only: bool, partner: Span | None
) -> None:
    assert (closest.is_only(side, offset), closest.closest_at(side, offset)) == (only, partner)


def test_a_passage_only_one_article_reports_may_have_no_closest_sentence(
    alignment: Alignment,
) -> None:
    assert alignment.is_only("b", 24) and alignment.closest_at("b", 24) is None


def test_headings_survive_the_alignment_json(alignment: Alignment) -> None:
    headed = replace(alignment, a=replace(alignment.a, headings=(Span(0, 5),)))
    loaded = Alignment.from_json(json.loads(json.dumps(headed.to_json())))
    assert (loaded.a.headings, loaded.b.headings) == ((Span(0, 5),), ())
