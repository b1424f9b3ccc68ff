"""Days told by the article's date ("on Wednesday", "yesterday") read as dates, matched to
the other article's dates and checked against them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.analysis import align
from reader.analysis.conflicts.discrepancies import conflicts
from reader.analysis.features import UnitFeatures, extract
from reader.analysis.linking.lexical import terms
from reader.analysis.times.told_days import borrowed_date, dateline_day, told_days
from reader.analysis.units import Unit
from reader.ingest.normalize import fold
from reader.model import DiscrepancyKind, Document, MatchKind, Span

THURSDAY_JUNE_20 = date(2024, 6, 20)


def feats(text: str, published: date | None = THURSDAY_JUNE_20) -> UnitFeatures:
    f = extract(Unit(0, Span(0, len(text)), text, fold(text)))
    if published is not None:
        f.days = told_days(f, published)
    return f


def days_of(text: str, published: date = THURSDAY_JUNE_20) -> list[tuple[str, str]]:
    return [(m.surface, m.key) for m in feats(text, published).days]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The treaty was signed on Wednesday.", ("Wednesday", "date:06-19")),
        ("The treaty was signed yesterday.", ("yesterday", "date:06-19")),
        ("State media reported it today.", ("today", "date:06-20")),
        # the weekday of the article's own date is that day
        ("Officials said Thursday the deal was done.", ("Thursday", "date:06-20")),
        # back over a week's end: Friday before a Thursday
        ("Putin left Moscow on Friday.", ("Friday", "date:06-14")),
        ("He had visited last Thursday.", ("Thursday", "date:06-13")),
        # a clause about what is to come looks forward
        ("Putin will fly to Hanoi on Saturday.", ("Saturday", "date:06-22")),
        ("The two are expected to meet again Monday.", ("Monday", "date:06-24")),
        ("Talks are scheduled for Tuesday.", ("Tuesday", "date:06-25")),
        ("They meet tomorrow.", ("tomorrow", "date:06-21")),
        ("Putin landed in Pyongyang last night.", ("last night", "date:06-19")),
        ("He spoke to reporters this morning.", ("this morning", "date:06-20")),
        ("They met the day before yesterday.", ("the day before yesterday", "date:06-18")),
    ],
)
def test_a_day_told_by_the_articles_date_is_read_as_its_date(
    text: str, day: tuple[str, str]
) -> None:
    assert days_of(text) == [day]


def test_a_weekday_opening_a_clause_of_what_is_to_come_looks_forward() -> None:
    assert days_of("On Monday, the Duma will vote on the treaty.") == [("Monday", "date:06-24")]


@pytest.mark.parametrize(
    "text",
    [
        # the present and what may be tell a day of either week
        "The Duma votes on the treaty on Monday.",
        "Putin heads to Hanoi on Saturday.",
        "The Duma could vote as early as Monday.",
        "The Duma hopes to vote on the treaty Monday.",
        # a bound whose end may lie ahead
        "Parliament has until Monday to ratify the treaty.",
    ],
)
def test_a_weekday_in_a_clause_neither_past_nor_future_is_left_unread(text: str) -> None:
    assert days_of(text) == []


def test_a_deadline_weekday_and_the_date_ahead_raise_nothing() -> None:
    found = conflicts(
        feats("Parliament has until Monday to ratify the defence treaty with North Korea."),
        feats("Parliament has until June 24 to ratify the defence treaty with North Korea.", None),
    )
    assert found == []


def test_a_clause_of_the_past_after_one_of_the_future_looks_back() -> None:
    # "will" belongs to what he said, the weekday to when he said it
    assert days_of("He will go, Putin said Tuesday.") == [("Tuesday", "date:06-18")]


@pytest.mark.parametrize(
    "text",
    [
        "The rally is planned for next Friday.",  # which Friday depends on the reader
        "This Friday the market is closed.",
        "Shops open on Black Friday.",  # a feast, not a day of this week
        "Prices fell on Good Friday.",
        '"We can grow our economy today," Obama said.',  # a speaker's present age
        "“We can grow our economy today,” Obama said.",
        "Today's young people read less.",
        "She said so on NBC's Today show.",
        "They met Wednesday, June 19.",  # the date tells the day
        # a poll's question (tests/data/pages/poll_*): a day supposed; was "date:06-20"
        "If the election for governor were held today, for whom would you vote?",
        "If an election took place today, 42% would back the alliance.",
    ],
)
def test_a_day_whose_date_is_unsure_is_left_unread(text: str) -> None:
    assert days_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The treaty was signed a week ago Wednesday.",
        "The treaty was signed on Wednesday last week.",
        "The treaty was signed on Wednesday of last week.",
        "The treaty was drafted the previous Wednesday.",
        "The treaty was signed a week ago today.",
    ],
)
def test_a_day_told_from_another_day_or_week_is_left_unread(text: str) -> None:
    assert days_of(text) == []


def test_an_article_without_a_date_reads_no_days(doc: Callable[[str], Document]) -> None:
    a = doc("The treaty was signed on Wednesday in Pyongyang by Putin and Kim.")
    b = doc("The treaty was signed on June 18 in Pyongyang by Putin and Kim.")
    result = align(a, b)
    assert not result.discrepancies
    assert not [m for m in result.matches if m.kind is MatchKind.NUMBER]


def test_a_weekday_and_another_date_of_that_week_disagree() -> None:
    found = conflicts(
        feats("Putin and Kim signed the treaty on Wednesday in Pyongyang."),
        feats("Putin and Kim signed the treaty on June 18 in Pyongyang.", None),
    )
    assert [(c.kind, c.detail) for c in found] == [
        (DiscrepancyKind.DATE, "Wednesday (June 19) vs June 18")
    ]
    assert found[0].by_weekday


def test_yesterday_and_a_weekday_of_another_day_disagree() -> None:
    found = conflicts(
        feats("Lohan checked into the Betty Ford Center yesterday."),
        feats("Lohan checked into the Betty Ford Center on Tuesday."),
    )
    assert [c.detail for c in found] == ["yesterday (June 19) vs Tuesday (June 18)"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the same day told two ways
        ("The treaty was signed on Wednesday.", "The treaty was signed on June 19."),
        ("The treaty was signed yesterday.", "The treaty was signed on Wednesday."),
        # a weekday of reporting says when it was told, not when it happened
        ("State media said Wednesday the treaty was signed.", "The treaty was signed June 18."),
        # a date weeks away is another occasion
        ("The treaty was signed on Wednesday.", "The treaty was drafted on May 2."),
        # the same word: only the articles' dates could differ
        ("The treaty was signed today.", "The treaty was signed today."),
    ],
)
def test_days_that_agree_or_tell_other_occasions_raise_nothing(a: str, b: str) -> None:
    assert conflicts(feats(a), feats(b, date(2024, 6, 19))) == []


def test_a_weekday_matches_the_date_it_names_in_the_other_article(
    doc: Callable[[str], Document],
) -> None:
    a = replace(
        doc("Putin and Kim signed the treaty in Pyongyang on Wednesday."), date="2024-06-20"
    )
    b = doc("Putin and Kim signed the treaty in Pyongyang on June 19, 2024.")
    result = align(a, b)
    days = [
        (a.text[m.a.start : m.a.end], b.text[m.b.start : m.b.end])
        for m in result.matches
        if m.kind is MatchKind.NUMBER
    ]
    assert ("Wednesday", "June 19, 2024") in days
    assert not result.discrepancies


def test_a_linked_weekday_of_another_day_is_a_discrepancy(
    doc: Callable[[str], Document],
) -> None:
    a = replace(
        doc("Putin and Kim signed the treaty in Pyongyang on Wednesday."), date="2024-06-20"
    )
    b = doc("Putin and Kim signed the treaty in Pyongyang on June 18, 2024.")
    found = [(d.kind, d.detail) for d in align(a, b).discrepancies]
    assert found == [(DiscrepancyKind.DATE, "Wednesday (June 19) vs June 18, 2024")]


@pytest.mark.parametrize(
    "a",
    [
        "Putin, who arrived in Pyongyang on Wednesday, signed the defence treaty with Kim.",
        "Putin signed the defence treaty with Kim, a day after he arrived on Wednesday.",
    ],
)
def test_a_day_of_another_occasion_in_its_sentence_is_no_discrepancy(a: str) -> None:
    b = "Putin signed the defence treaty with Kim in Pyongyang on June 20."
    assert conflicts(feats(a), feats(b, None)) == []


def test_a_day_told_with_its_hour_against_the_day_before_raises_nothing() -> None:
    # one moment, told in Pyongyang's time and in Washington's
    found = conflicts(
        feats("Putin and Kim signed the treaty in Pyongyang early Wednesday local time."),
        feats("Putin and Kim signed the treaty in Pyongyang late on June 18.", None),
    )
    assert found == []


@given(
    published=st.dates(min_value=date(1990, 1, 1), max_value=date(2060, 12, 31)),
    weekday=st.sampled_from(
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    ),
    future=st.booleans(),
)
def test_a_weekday_is_read_within_a_week_of_the_article_and_on_its_weekday(
    published: date, weekday: str, future: bool
) -> None:
    text = f"They will meet on {weekday}." if future else f"They met on {weekday}."
    [(surface, key)] = days_of(text, published)
    near = [published + timedelta(days=k) for k in range(-6, 7)]
    [told] = [d for d in near if f"date:{d.month:02d}-{d.day:02d}" == key]
    ahead = (told - published).days
    assert surface == weekday
    assert told.strftime("%A") == weekday
    assert 0 <= ahead <= 6 if future else -6 <= ahead <= 0


PIECES = st.sampled_from(
    [" Wednesday", " yesterday", " today", " Today", " last", " next", " will", " said",
     "'s", " June 19,", " tomorrow", " Good Friday", ".", ",", '"', "“", "”", " the", " 7"]
)  # fmt: skip


@given(
    text=st.lists(PIECES | st.text(max_size=4), max_size=25).map("".join),
    published=st.dates(min_value=date(1970, 1, 1), max_value=date(2069, 12, 31)),
)
def test_any_sentence_reads_its_days_without_fault(text: str, published: date) -> None:
    for day in feats(text, published).days:
        assert text[day.span.start : day.span.end] == day.surface
        assert day.key.startswith("date:")


def test_a_told_day_is_lexical_evidence_as_its_date_is() -> None:
    told = terms(feats("Lohan checked into rehab on Thursday.", date(2013, 5, 3)))
    written = terms(feats("Lohan checked into rehab on May 2.", None))
    assert told["#:date:05-02"] > 0
    assert "#:date:05-02" in written


def test_a_weekday_far_from_its_past_verb_is_a_day_gone() -> None:
    text = (
        "An Indian warship foiled a five-boat pirate attack on merchant vessels transiting "
        "the Gulf of Aden on Friday capturing 26 Somali brigands."
    )
    assert days_of(text) == [("Friday", "date:06-14")]


@pytest.mark.parametrize(
    "text",
    [
        # irregular pasts of the lexicon (reader.analysis.words.lexicon.IRREGULAR_PAST)
        "The minister withdrew the bill on Monday.",
        "Protesters froze outside parliament on Monday.",
        "Police knew of the plot on Monday.",
        "The firm laid off 300 workers on Monday.",
        # past forms the lexicon leaves out: an auxiliary, a past spelt as its present
        "The deal was signed on Monday.",
        "The storm hit the coast on Monday.",
    ],
)
def test_a_weekday_in_a_clause_with_an_irregular_past_is_a_day_gone(text: str) -> None:
    assert days_of(text) == [("Monday", "date:06-17")]


def units_of(text: str) -> list[UnitFeatures]:
    out, start = [], 0
    for k, line in enumerate(text.split("\n")):
        out.append(extract(Unit(k, Span(start, start + len(line)), line, fold(line))))
        start += len(line) + 1
    return out


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Navy foils attack\nMumbai, Nov 11 -\nThe navy foiled an attack yesterday.", (11, 11)),
        ("WASHINGTON, Dec. 15 (Reuters) - The rule was lifted on Monday.", (12, 15)),
        ("New Delhi, June 3 - The monsoon arrived.", (6, 3)),
        ("WASHINGTON, D.C., June 5 (Reuters) - The Senate voted on Wednesday.", (6, 5)),
        ("WINSTON-SALEM, N.C., June 5 (AP) — A fire destroyed a plant.", (6, 5)),
        ("SEOUL, South Korea, June 5 (AP) — The North fired missiles.", (6, 5)),
        ("St. Louis, June 5 (AP) — The council voted on Tuesday.", (6, 5)),
        ("Évry, 5 juin (AFP) - La police a évacué le stade samedi.", (6, 5)),
    ],
)
def test_a_dateline_without_a_year_tells_its_month_and_day(text: str, day: tuple[int, int]) -> None:
    assert dateline_day(units_of(text)) == day


@pytest.mark.parametrize(
    "text",
    [
        "Mumbai, Nov 11, 2011 - The navy foiled an attack.",  # a year: read as the date
        "The navy said on Nov 11 that it foiled an attack.",  # no place before the day
        "One\nTwo\nThree\nMumbai, Nov 11 - The fourth sentence is no dateline.",
    ],
)
def test_what_is_no_yearless_dateline_tells_no_day(text: str) -> None:
    assert dateline_day(units_of(text)) is None


@pytest.mark.parametrize(
    ("month_day", "other", "expected"),
    [
        ((11, 11), date(2011, 11, 11), date(2011, 11, 11)),
        ((11, 10), date(2011, 11, 12), date(2011, 11, 10)),
        ((12, 31), date(2012, 1, 2), date(2011, 12, 31)),  # over the year's end
        ((1, 2), date(2011, 12, 30), date(2012, 1, 2)),
        ((11, 1), date(2011, 11, 11), None),  # ten days apart: another occasion
        ((2, 29), date(2011, 3, 1), None),  # no February 29 near 2011
    ],
)
def test_a_datelines_day_takes_the_year_that_puts_it_within_days_of_the_other(
    month_day: tuple[int, int], other: date, expected: date | None
) -> None:
    assert borrowed_date(month_day, other) == expected


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [
        (
            "Mumbai, Nov 11 -",
            [(DiscrepancyKind.DATE, "yesterday (November 10) vs Friday (November 11)")],
        ),
        ("Mumbai, Oct 2 -", []),  # weeks before the other's date: its year is not borrowed
    ],
)
def test_an_undated_articles_days_are_read_by_its_dateline_in_the_others_year(
    doc: Callable[[str], Document], dateline: str, expected: list[tuple[DiscrepancyKind, str]]
) -> None:
    a = doc(
        f"Navy foils pirate attack in Gulf of Aden\n\n{dateline}\n\n"
        "Indian Navy warship INS Sukanya yesterday thwarted a pirate attack on merchant "
        "vessels in the Gulf of Aden."
    )
    b = replace(
        doc(
            "Indian Navy captures pirates in Gulf of Aden\n\n"
            "Indian Navy warship INS Sukanya thwarted a pirate attack on merchant vessels "
            "in the Gulf of Aden on Friday."
        ),
        date="2011-11-11",
    )
    found = [(d.kind, d.detail) for d in align(a, b, method="lexical").discrepancies]
    assert found == expected
