"""Money told in words after its figure in six languages ("5 millones de dólares", "5
milioni di dollari", "5 milhões de dólares", "2 millions d'euros", "dos millones de
euros") is an amount of its currency, as "$5 million" is, not a count of "dolar", "di" or
"dól"."""

from __future__ import annotations

import pytest

from reader.analysis.mention import Mention
from tests.analysis.sentence_pairs import details, feats, shared_figures


def _count(text: str, language: str | None) -> Mention:
    (m,) = [x for x in feats(text, language).numbers if x.kind == "number"]
    return m


@pytest.mark.parametrize(
    ("text", "language", "key", "currency"),
    [
        ("Los piratas recibieron 5 millones de dólares.", "Spanish", "num:5e+06", "usd"),
        ("I pirati hanno ricevuto 5 milioni di dollari.", "Italian", "num:5e+06", "usd"),
        ("I pirati hanno ricevuto 5 milioni di euro.", "Italian", "num:5e+06", "eur"),
        ("Os piratas receberam 5 milhões de dólares.", "Portuguese", "num:5e+06", "usd"),
        ("Les pirates ont reçu 2 millions de dollars.", "French", "num:2e+06", "usd"),
        ("Le club a versé 2 millions d'euros.", "French", "num:2e+06", "eur"),
        ("El club pagó 300.000 euros por el traspaso.", "Spanish", "num:300000", "eur"),
        ("El club pagó dos millones de euros por el traspaso.", "Spanish", "num:2e+06", "eur"),
        ("Die Reederei zahlte zwei Millionen Euro.", "German", "num:2e+06", "eur"),
        ("Die Reederei zahlte 5 Millionen US-Dollar.", "German", "num:5e+06", "usd"),
        ("Il club ha pagato 3 milioni di sterline.", "Italian", "num:3e+06", "gbp"),
        ("The owners paid two million dollars.", None, "num:2e+06", "usd"),
        # pounds scaled in words are sterling: a wire's "£85m"
        ("The club paid 85 million pounds for him.", None, "num:8.5e+07", "gbp"),
        ("The fee could rise by 10 million pounds in add-ons.", None, "num:1e+07", "gbp"),
        ("The club paid 2.5 billion pounds.", None, "num:2.5e+09", "gbp"),
    ],
)
def test_money_in_words_is_an_amount_of_its_currency(
    text: str, language: str | None, key: str, currency: str
) -> None:
    m = _count(text, language)
    assert (m.key, m.unit_word) == (key, currency)


@pytest.mark.parametrize(
    ("text", "language", "key", "counted"),
    [
        # a count scaled by a magnitude counts the noun after the preposition, not "di"
        ("L'alluvione ha colpito 5 milioni di persone.", "Italian", "num:5e+06", "person"),
        ("La inundación afectó a dos millones de personas.", "Spanish", "num:2e+06", "person"),
        # a weight in pounds is no money
        ("The cat weighed 5 pounds.", None, "num:5", "pound"),
        # scaled pounds of a thing weigh it
        ("The firm recalled 2 million pounds of beef.", None, "num:2e+06", "pound"),
        # the sign's reading is unchanged
        ("The owners paid $5 million.", None, "num:5e+06", "usd"),
    ],
)
def test_what_is_no_money_is_still_counted(
    text: str, language: str | None, key: str, counted: str
) -> None:
    m = _count(text, language)
    assert (m.key, m.unit_word) == (key, counted)


@pytest.mark.parametrize(
    ("a", "b", "language", "detail"),
    [
        (
            "Los piratas recibieron 5 millones de dólares por el Sirius Star.",
            "Los piratas recibieron 6 millones de dólares por el Sirius Star.",
            "Spanish",
            "5 millones vs 6 millones",
        ),
        (
            "I pirati hanno ricevuto 5 milioni di dollari per la Sirius Star.",
            "I pirati hanno ricevuto 6 milioni di dollari per la Sirius Star.",
            "Italian",
            "5 milioni vs 6 milioni",
        ),
        (
            "Os piratas receberam 5 milhões de dólares pelo Sirius Star.",
            "Os piratas receberam 6 milhões de dólares pelo Sirius Star.",
            "Portuguese",
            "5 milhões vs 6 milhões",
        ),
        (
            "Les pirates ont reçu 2 millions de dollars pour le Sirius Star.",
            "Les pirates ont reçu 3 millions de dollars pour le Sirius Star.",
            "French",
            "2 millions vs 3 millions",
        ),
        (
            "El club pagó dos millones de euros por el traspaso de Ramos.",
            "El club pagó tres millones de euros por el traspaso de Ramos.",
            "Spanish",
            "dos millones vs tres millones",
        ),
    ],
)
def test_two_sums_of_one_currency_disagree(a: str, b: str, language: str, detail: str) -> None:
    assert details(a, b, language) == [detail]


def test_sums_in_two_currencies_are_no_discrepancy() -> None:
    # as "$5 million" against "5 million euros": another currency, not another figure
    assert (
        details(
            "I pirati hanno ricevuto 5 milioni di dollari per la Sirius Star.",
            "I pirati hanno ricevuto 6 milioni di euro per la Sirius Star.",
            "Italian",
        )
        == []
    )


def test_sums_far_apart_are_money_of_other_things() -> None:
    # as "$200 million" against "$23 million" (a season of the same deal): money within a
    # factor of two only is one figure told differently
    assert (
        details(
            "Teixeira firmó un contrato de 180 millones de dólares con los Yankees.",
            "Teixeira cobrará 23 millones de dólares con los Yankees.",
            "Spanish",
        )
        == []
    )


def test_pounds_in_words_are_the_sum_in_sterling() -> None:
    assert shared_figures(
        "Castlebrook paid £80m for Jordan Aske in 2019.",
        "Castlebrook paid 80 million pounds for Jordan Aske in 2019.",
    ) == [("£80m", "80 million"), ("2019", "2019")]
