"""Sums in currencies beyond $, €, £, ¥ and crowns (reader/analysis/figures/currency_codes.py):
a dollar told by its country ("C$1.2 billion", "HK$", "R$" the real), an ISO code before or
after a figure ("CHF 2.5 million", "SEK 400m", "2.5 million CHF"), a currency's name after
it ("2.5 million Swiss francs", "20 Mio. Franken", "5 trillion won"), and "crore" and
"lakh" as magnitudes ("Rs 500 crore"). Sums of two currencies are never one figure nor a
discrepancy unless the pair tells a rate."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.analysis.figures.currency_codes import CURRENCIES, told_currency
from reader.analysis.mentions import link_mentions
from tests.analysis.sentence_pairs import details, feats, numbers, shared_figures, sums


# were "$1.2 billion" in US dollars: the country before the sign was left out
@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        ("The deal is worth C$1.2 billion.", "C$1.2 billion", "cad"),
        ("The deal is worth CA$1.2 billion.", "CA$1.2 billion", "cad"),
        ("The deal is worth CAN$1.2 billion.", "CAN$1.2 billion", "cad"),
        ("The deal is worth A$1.2 billion.", "A$1.2 billion", "aud"),
        ("The deal is worth AU$1.2 billion.", "AU$1.2 billion", "aud"),
        ("The deal is worth NZ$1.2 billion.", "NZ$1.2 billion", "nzd"),
        ("The deal is worth HK$1.2 billion.", "HK$1.2 billion", "hkd"),
        ("The deal is worth S$1.2 billion.", "S$1.2 billion", "sgd"),
        ("The deal is worth NT$1.2 billion.", "NT$1.2 billion", "twd"),
        ("The deal is worth MX$1.2 billion.", "MX$1.2 billion", "mxn"),
        ("The deal is worth R$ 1.2 billion.", "R$ 1.2 billion", "brl"),
    ],
)
def test_a_dollar_told_by_its_country_is_its_own_currency(
    text: str, surface: str, code: str
) -> None:
    assert sums(text) == [(surface, "num:1.2e+09", code)]


@pytest.mark.parametrize("text", ["The deal is worth $1.2 billion.", "It is US$1.2 billion."])
def test_a_bare_or_us_dollar_stays_the_us_dollar(text: str) -> None:
    (m,) = numbers(text)
    assert m.unit_word == "usd"


# were no currency ("CHF 2.5 million"), or "400" with its "m" unread ("SEK 400m")
@pytest.mark.parametrize(
    ("text", "surface", "key", "code"),
    [
        ("The club paid CHF 2.5 million.", "CHF 2.5 million", "num:2.5e+06", "chf"),
        ("The fine was SEK 400m.", "SEK 400m", "num:4e+08", "sek"),
        ("The bill came to USD 5bn.", "USD 5bn", "num:5e+09", "usd"),
        ("The bill came to EUR 3m.", "EUR 3m", "num:3e+06", "eur"),
        ("The bill came to GBP 40m.", "GBP 40m", "num:4e+07", "gbp"),
        ("The bill came to CHF2.5m.", "CHF2.5m", "num:2.5e+06", "chf"),
        ("The bill came to INR 500 crore.", "INR 500 crore", "num:5e+09", "inr"),
        ("The bill came to NIS 20 million.", "NIS 20 million", "num:2e+07", "ils"),
    ],
)
def test_an_iso_code_before_a_figure_is_its_currency(
    text: str, surface: str, key: str, code: str
) -> None:
    assert sums(text) == [(surface, key, code)]


@pytest.mark.parametrize(("code", "unit"), [("CHF", "chf"), ("USD", "usd"), ("ZAR", "zar")])
def test_an_iso_code_after_a_figure_is_its_currency(code: str, unit: str) -> None:
    (m,) = numbers(f"It cost 2.5 million {code} in all.")
    assert (m.key, m.unit_word, unit in CURRENCIES) == ("num:2.5e+06", unit, True)


# were counts of "swiss", "yuan", "rupe", ..., or Hong Kong dollars read as US ones
@pytest.mark.parametrize(
    ("words", "code"),
    [
        ("Swiss francs", "chf"),
        ("francs", "chf"),
        ("Canadian dollars", "cad"),
        ("Australian dollars", "aud"),
        ("Hong Kong dollars", "hkd"),
        ("yen", "jpy"),
        ("yuan", "cny"),
        ("renminbi", "cny"),
        ("rupees", "inr"),
        ("roubles", "rub"),
        ("rubles", "rub"),
        ("pesos", "peso"),
        ("Mexican pesos", "mxn"),
        ("reais", "brl"),
        ("rand", "zar"),
        ("lira", "try"),
        ("lire", "try"),
        ("zloty", "pln"),
        ("forint", "huf"),
        ("shekels", "ils"),
        ("won", "krw"),
        ("Korean won", "krw"),
    ],
)
def test_a_currency_named_after_a_figure_is_its_currency(words: str, code: str) -> None:
    (m,) = numbers(f"The deal is worth 5 billion {words}.")
    assert (m.key, m.unit_word, code in CURRENCIES) == ("num:5e+09", code, True)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Es kostete 20 Mio. Franken.", "German"),
        ("Cela a coûté 20 millions de francs suisses.", "French"),
    ],
)
def test_francs_in_other_languages_are_swiss_francs(text: str, language: str) -> None:
    (m,) = numbers(text, language)
    assert (m.key, m.unit_word) == ("num:2e+07", "chf")


# were "500" counting "crore", "2.5" counting "lakh"
@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        ("The project costs Rs 500 crore.", "Rs 500 crore", "num:5e+09"),
        ("The project costs Rs. 500 crore.", "Rs. 500 crore", "num:5e+09"),
        ("The project costs Rs500 crore.", "Rs500 crore", "num:5e+09"),
        ("A seat costs ₹2.5 lakh.", "₹2.5 lakh", "num:250000"),
        ("The project costs 500 crore rupees.", "500 crore", "num:5e+09"),
    ],
)
def test_crore_and_lakh_scale_a_sum_in_rupees(text: str, surface: str, key: str) -> None:
    assert sums(text) == [(surface, key, "inr")]


@pytest.mark.parametrize(
    ("text", "code"),
    [("The deal is worth C$1.2 billion.", "cad"), ("It is worth 1.2 billion Swiss francs.", "chf")],
)
def test_a_sum_of_a_new_currency_is_money(text: str, code: str) -> None:
    (m,) = numbers(text)
    assert m.unit_word == code and code in CURRENCIES


def test_the_same_sum_in_canadian_and_us_dollars_is_no_match() -> None:
    assert (
        shared_figures("The deal is worth C$1.2 billion.", "The deal is worth US$1.2 billion.")
        == []
    )


def test_a_sum_in_canadian_and_its_us_dollars_are_no_discrepancy() -> None:
    assert details("The deal is worth C$1.6 billion.", "The deal is worth US$1.2 billion.") == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The club paid CHF 2.6 million.", "The club paid 2.5 million euros."),
        ("The club paid 2.6 million Swiss francs.", "The club paid $2.5 million."),
        ("It raised HK$1.6 billion.", "It raised US$1.2 billion."),
        ("It raised 1.6 billion Hong Kong dollars.", "It raised $1.2 billion."),
        ("The bill came to Rs 500 crore.", "The bill came to 450 crore taka."),
    ],
)
def test_sums_of_two_currencies_are_no_discrepancy(a: str, b: str) -> None:
    assert details(a, b) == []


def test_one_code_and_its_name_are_one_currency() -> None:
    assert shared_figures(
        "The club paid CHF 2.5 million.", "The club paid 2.5 million Swiss francs."
    ) == [("CHF 2.5 million", "2.5 million")]


def test_two_sums_in_one_new_currency_disagree() -> None:
    assert details("Basel paid CHF 2.6 million.", "Basel paid 2.4 million Swiss francs.") == [
        "CHF 2.6 million vs 2.4 million"
    ]


def test_a_sum_across_languages_is_no_sum_of_another_currency() -> None:
    links = link_mentions(
        [feats("Das Geschäft kostet 1,2 Milliarden Euro.", "German")],
        [feats("The deal costs $1.2 billion.")],
        {0: [0]},
        {0: [0]},
    )
    assert [x for x in links if x.kind == "number"] == []


# plain counts and names are no money
@pytest.mark.parametrize(
    "text",
    [
        "They won 3 games in a row.",
        "The team won 3 of its 5 matches.",
        "She bought 3 rand-new cars.",
        "The RS 232 flight was delayed.",
        "The SEK 3 squad was sent in.",
        "The 5 Rand Paul voters left.",
        "He ran the 400m in 44 seconds.",
    ],
)
def test_plain_counts_are_no_money(text: str) -> None:
    assert [m.surface for m in numbers(text) if m.unit_word in CURRENCIES] == []


@given(
    st.integers(min_value=3, max_value=999),
    st.sampled_from(["games", "matches", "seats", "medals", "awards"]),
)
def test_a_count_of_things_won_is_no_sum_in_won(count: int, noun: str) -> None:
    (m,) = numbers(f"They won {count} {noun} last year.")
    assert m.unit_word != "krw"


# an end of a range counts nothing (parts_and_ranges), but is told in its currency
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Each paid between $4,000 and $4,500.", "usd"),
        ("Each paid between €4,000 and €4,500.", "eur"),
        ("Each paid $4,000-$4,500.", "usd"),
        ("Between 4,000 and 4,500 people came.", ""),
    ],
)
def test_an_end_of_a_range_is_told_in_the_currency_before_it(text: str, code: str) -> None:
    first = numbers(text)[0]
    assert (first.unit_word, told_currency(first)) == ("", code)


# was ("$4,000", "4,000"): a sum in dollars and one in euros, matched as one figure
@pytest.mark.parametrize(
    "a", ["Each passenger paid between $4,000 and $4,500.", "Each passenger paid $4,000-$4,500."]
)
def test_an_end_of_a_range_of_dollars_is_no_sum_in_euros(a: str) -> None:
    assert shared_figures(a, "Each passenger paid 4,000 euros.") == []


def test_an_end_of_a_range_of_dollars_is_a_sum_in_dollars() -> None:
    a, b = "Each passenger paid between $4,000 and $4,500.", "Each passenger paid $4,000."
    assert shared_figures(a, b) == [("$4,000", "$4,000")]
