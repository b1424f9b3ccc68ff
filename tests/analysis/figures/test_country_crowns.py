"""Crowns told by their country (reader/analysis/figures/currency_codes.py): "SEK 400m",
"NOK 420m", "DKK", "ISK", "CZK", "400 million Swedish kronor", "kronor" alone (Swedish),
"Danish kroner", "Icelandic krónur", "Czech korunas", "schwedische Kronen", "couronnes
suédoises", "SKr4bn" are each their country's currency: a sum in Swedish crowns and one in
Norwegian crowns are never one figure nor a discrepancy. Crowns of no country ("Kr400m",
"400 million crowns", "Kronen") are one sum with any country's, and "kroner" (Danish or
Norwegian) with either's."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.analysis import align
from reader.model import Document
from tests.analysis.sentence_pairs import details, numbers, shared_figures, sums
from tests.page_pairs import figure_pairs, shown_discrepancies


def _fined(sum_told: str) -> str:
    return f"Nordbank was fined {sum_told} by the regulator on Tuesday."


# were all "kr", one currency whichever country's
@pytest.mark.parametrize(
    ("code", "unit"),
    [("SEK", "sek"), ("NOK", "nok"), ("DKK", "dkk"), ("ISK", "isk"), ("CZK", "czk")],
)
def test_a_crown_s_iso_code_is_its_country_s_currency(code: str, unit: str) -> None:
    assert sums(_fined(f"{code} 400m")) == [(f"{code} 400m", "num:4e+08", unit)]


# were counts of "swedish", "norwegian", "iceland", "czech", or "kr" for any country
@pytest.mark.parametrize(
    ("words", "unit"),
    [
        ("Swedish kronor", "sek"),
        ("Swedish crowns", "sek"),
        ("kronor", "sek"),
        ("Norwegian kroner", "nok"),
        ("Danish kroner", "dkk"),
        ("Danish crowns", "dkk"),
        ("Icelandic krónur", "isk"),
        ("Icelandic kronur", "isk"),
        ("krónur", "isk"),
        ("Czech korunas", "czk"),
        ("Czech crowns", "czk"),
        ("koruna", "czk"),
        ("Kč", "czk"),
    ],
)
def test_crowns_told_by_their_country_are_its_currency(words: str, unit: str) -> None:
    assert sums(_fined(f"400 million {words}")) == [("400 million", "num:4e+08", unit)]


@pytest.mark.parametrize(("words", "unit"), [("kroner", "kroner"), ("krona", "krona")])
def test_the_words_two_countries_write_are_crowns_of_either(words: str, unit: str) -> None:
    assert sums(_fined(f"400 million {words}")) == [("400 million", "num:4e+08", unit)]


# were counts of "schwedisch", "couron", "coron", "coro"
@pytest.mark.parametrize(
    ("text", "language", "unit"),
    [
        ("Die Aufsicht verhängte 400 Millionen schwedische Kronen.", "German", "sek"),
        ("Die Bank zahlte 400 Millionen norwegischen Kronen.", "German", "nok"),
        ("Die Bank zahlte 400 Mio. dänische Kronen.", "German", "dkk"),
        ("Die Bank zahlte 400 Millionen tschechische Kronen.", "German", "czk"),
        ("Die Bank zahlte 400 Millionen Kronen.", "German", "kr"),
        ("La banque a payé 400 millions de couronnes suédoises.", "French", "sek"),
        ("La banque a payé 400 millions de couronnes danoises.", "French", "dkk"),
        ("El banco pagó 400 millones de coronas noruegas.", "Spanish", "nok"),
        ("La banca ha pagato 400 milioni di corone islandesi.", "Italian", "isk"),
        ("O banco pagou 400 milhões de coroas tchecas.", "Portuguese", "czk"),
    ],
)
def test_crowns_told_in_another_language_are_their_country_s(
    text: str, language: str, unit: str
) -> None:
    (m,) = numbers(text, language)
    assert (m.key, m.unit_word) == ("num:4e+08", unit)


# were no figure: a letter before "Kr" made the sum part of a word
@pytest.mark.parametrize(("sign", "unit"), [("SKr", "sek"), ("NKr", "nok"), ("DKr", "dkk")])
def test_a_country_s_crown_signed_in_letters_before_a_scaled_sum(sign: str, unit: str) -> None:
    assert sums(_fined(f"{sign}4bn")) == [(f"{sign}4bn", "num:4e+09", unit)]


@pytest.mark.parametrize(
    "text", ["The DKr5 prototype was shown.", "The DKr 5 prototype was shown."]
)
def test_a_name_before_a_figure_that_is_not_scaled_is_no_sum(text: str) -> None:
    assert [m.unit_word for m in numbers(text) if m.unit_word == "dkk"] == []


def test_wreaths_are_no_crowns() -> None:
    (m,) = numbers("Los vecinos depositaron 20 coronas de flores.", "Spanish")
    assert m.unit_word not in ("kr", "sek")


# were one figure, or a discrepancy: "SEK 400m" and "NOK 420m" were both "kr"
def test_one_sum_in_swedish_and_norwegian_crowns_is_no_match() -> None:
    assert shared_figures(_fined("SEK 400m"), _fined("NOK 400m")) == []


def test_sums_in_swedish_and_norwegian_crowns_are_no_discrepancy() -> None:
    assert details(_fined("SEK 400m"), _fined("NOK 420m")) == []


def test_danish_or_norwegian_kroner_are_no_swedish_sum() -> None:
    assert shared_figures(_fined("SEK 400m"), _fined("400 million kroner")) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("SEK 400m", "400 million kronor"),
        ("SEK 400m", "400 million Swedish kronor"),
        ("SEK 400m", "Kr400m"),
        ("SEK 400m", "400 million crowns"),
        ("SKr400m", "SEK 400m"),
        ("NOK 400m", "400 million kroner"),
        ("NOK 400m", "400 million Norwegian kroner"),
        ("CZK 400m", "400 million Czech crowns"),
    ],
)
def test_one_sum_in_one_country_s_crowns_told_two_ways_is_one_figure(a: str, b: str) -> None:
    assert len(shared_figures(_fined(a), _fined(b))) == 1


@pytest.mark.parametrize(
    ("a", "b", "detail"),
    [
        ("SEK 400m", "420 million Swedish kronor", "SEK 400m vs 420 million"),
        ("DKK 400m", "420 million kroner", "DKK 400m vs 420 million"),
        ("Kr400m", "NOK 420m", "Kr400m vs NOK 420m"),
    ],
)
def test_two_sums_in_one_country_s_crowns_disagree(a: str, b: str, detail: str) -> None:
    assert details(_fined(a), _fined(b)) == [detail]


_HEAD = "Nordbank fined in Sweden and Norway\n\n"
_SWEDEN = "Sweden's financial regulator fined Nordbank {} on Tuesday over lapses in its controls."
_NORWAY = "Norway's regulator fined the bank's Oslo arm {} on the same day."


def _articles(*sums: str) -> str:
    return _HEAD + "\n".join(s.format(x) for s, x in zip((_SWEDEN, _NORWAY), sums, strict=False))


@pytest.mark.parametrize("method", ["lexical", "semantic"])
def test_two_articles_telling_each_fine_in_its_crowns_two_ways_match_both(
    doc: Callable[[str], Document], method: str
) -> None:
    al = align(
        doc(_articles("SEK 400m", "NOK 420m")),
        doc(_articles("400 million kronor", "420 million Norwegian kroner")),
        method=method,
    )
    assert (figure_pairs(al), shown_discrepancies(al)) == (
        [("SEK 400m", "400 million"), ("NOK 420m", "420 million")],
        [],
    )


@pytest.mark.parametrize("method", ["lexical", "semantic"])
def test_a_fine_one_article_tells_in_norwegian_crowns_is_no_discrepancy(
    doc: Callable[[str], Document], method: str
) -> None:
    al = align(doc(_articles("SEK 400m")), doc(_articles("NOK 420m")), method=method)
    assert (figure_pairs(al), shown_discrepancies(al)) == ([], [])
