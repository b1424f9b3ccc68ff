# ruff: noqa: E501  (a pair of sentences a line)
"""Counts of hundreds and thousands written in words are one figure each, in English and
the six other languages read ("two hundred soldiers", "deux cents soldats",
"zweihundert Soldaten", "doscientos soldados", "duecento soldati", "duzentos soldados",
"tweehonderd soldaten"): read word by word, "two hundred" was two counts, 2 and 100, and
"zweihundert" none. "Several hundred" is an order of magnitude, as "hundreds" is."""

from __future__ import annotations

import pytest

from reader.analysis.figures.hundreds_in_words import worded_numbers
from tests.analysis.sentence_pairs import details, feats


@pytest.mark.parametrize(
    ("language", "words", "value"),
    [
        (None, "two hundred", 200), (None, "three hundred and twenty", 320),
        (None, "a hundred", 100), (None, "one hundred and twenty-five", 125),
        (None, "twelve hundred", 1200), (None, "two thousand", 2000), (None, "a thousand", 1000),
        (None, "two thousand five hundred", 2500), (None, "two hundred thousand", 200_000),
        ("French", "deux cents", 200), ("French", "cent vingt", 120), ("French", "deux cent vingt-cinq", 225),
        ("French", "trois cent quatre-vingt-dix-neuf", 399), ("French", "deux-cent-vingt", 220),
        ("French", "deux mille", 2000), ("French", "mille", 1000), ("French", "deux mille cinq cents", 2500),
        ("French", "cent mille", 100_000),
        ("German", "zweihundert", 200), ("German", "hundertzwanzig", 120), ("German", "hundertundzwanzig", 120),
        ("German", "Zweihundertdreißig", 230), ("German", "einhundert", 100), ("German", "zweitausend", 2000),
        ("German", "zweitausendfünfhundert", 2500), ("German", "zweihunderttausend", 200_000),
        ("Spanish", "doscientos", 200), ("Spanish", "trescientas veinticinco", 325), ("Spanish", "cien", 100),
        ("Spanish", "ciento veinte", 120), ("Spanish", "dos mil", 2000), ("Spanish", "mil doscientos", 1200),
        ("Spanish", "cien mil", 100_000),
        ("Italian", "duecento", 200), ("Italian", "centoventi", 120), ("Italian", "centottanta", 180),
        ("Italian", "trecentoventitré", 323), ("Italian", "duemila", 2000), ("Italian", "mille", 1000),
        ("Italian", "milleduecento", 1200),
        ("Portuguese", "duzentos", 200), ("Portuguese", "cento e vinte", 120), ("Portuguese", "cem", 100),
        ("Portuguese", "dois mil", 2000), ("Portuguese", "dois mil e quinhentos", 2500),
        ("Dutch", "tweehonderd", 200), ("Dutch", "honderdtwintig", 120), ("Dutch", "tweeduizend", 2000),
    ],
)  # fmt: skip
def test_a_count_of_hundreds_or_thousands_in_words_is_one_figure(
    language: str | None, words: str, value: int
) -> None:
    (found,) = worded_numbers(f"{words} x", language)
    assert (found.start, found.end, found.value, found.vague) == (0, len(words), value, False)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # percentages, a name, plurals that tell an order of magnitude, a billion
        ("French", "cinq pour cent"), ("Spanish", "cinco por ciento"), ("Italian", "cinque per cento"),
        ("Portuguese", "cinco por cento"), ("Italian", "Mila Kunis"), ("German", "Hunderte Menschen"),
        ("German", "eine Hundertschaft"), (None, "hundreds of soldiers"), (None, "thousands of people"),
        ("Spanish", "dos mil millones"), ("Portuguese", "mil milhões"),
    ],
)  # fmt: skip
def test_what_is_no_count_of_hundreds_is_not_read_as_one(language: str | None, text: str) -> None:
    assert worded_numbers(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "counts"),
    [
        ("Two hundred soldiers were killed in the attack.", None, [("num:200", "soldier")]),
        ("Three hundred and twenty passengers were on board.", None, [("num:320", "passeng")]),
        ("Two hundred million dollars were paid.", None, [("num:2e+08", "usd")]),
        ("Several hundred soldiers were killed.", None, [("num:200", "")]),
        ("A few thousand people marched.", None, [("num:2000", "")]),
        ("Several dozen people were hurt.", None, [("num:24", "")]),
        ("A dozen people were hurt.", None, [("num:12", "peopl")]),
        ("Einige hundert Menschen demonstrierten.", "German", [("num:200", "")]),
        ("Los piratas recibieron dos mil millones de dólares.", "Spanish", [("num:2e+09", "usd")]),
        # a count in words of another language before "%", as "five percent"
        ("Vingt % des soldats sont morts.", "French", [("pct:20", "percent")]),
    ],
)
def test_each_count_in_words_is_read_once_with_what_it_counts(
    text: str, language: str | None, counts: list[tuple[str, str]]
) -> None:
    found = [(m.key, m.unit_word) for m in feats(text, language).numbers if m.kind == "number"]
    assert found == counts


AGREEING = [
    (
        "Two hundred soldiers were killed in the attack.",
        "200 soldiers were killed in the attack.",
        None,
    ),
    (
        "A hundred soldiers were killed in the attack.",
        "100 soldiers were killed in the attack.",
        None,
    ),
    (
        "Two thousand people marched through the city.",
        "2,000 people marched through the city.",
        None,
    ),
    (
        "Deux cents soldats ont été tués dans l'attaque.",
        "200 soldats ont été tués dans l'attaque.",
        "French",
    ),
    (
        "Deux mille personnes ont défilé dans la ville.",
        "2000 personnes ont défilé dans la ville.",
        "French",
    ),
    (
        "Hundertzwanzig Soldaten wurden bei dem Angriff getötet.",
        "120 Soldaten wurden bei dem Angriff getötet.",
        "German",
    ),
    (
        "Zweitausend Menschen zogen durch die Stadt.",
        "2000 Menschen zogen durch die Stadt.",
        "German",
    ),
    (
        "Doscientos soldados murieron en el ataque.",
        "200 soldados murieron en el ataque.",
        "Spanish",
    ),
    (
        "Dos mil personas marcharon por la ciudad.",
        "2000 personas marcharon por la ciudad.",
        "Spanish",
    ),
    (
        "Duecento soldati sono morti nell'attacco.",
        "200 soldati sono morti nell'attacco.",
        "Italian",
    ),
    ("Duemila persone hanno sfilato in città.", "2000 persone hanno sfilato in città.", "Italian"),
    (
        "Cento e vinte soldados morreram no ataque.",
        "120 soldados morreram no ataque.",
        "Portuguese",
    ),
    (
        "Dois mil pessoas marcharam pela cidade.",
        "2000 pessoas marcharam pela cidade.",
        "Portuguese",
    ),
]
DISAGREEING = [
    (
        "Two hundred soldiers were killed in the attack.",
        "300 soldiers were killed in the attack.",
        None,
        "Two hundred vs 300",
    ),
    (
        "Deux cents soldats ont été tués dans l'attaque.",
        "300 soldats ont été tués dans l'attaque.",
        "French",
        "Deux cents vs 300",
    ),
    (
        "Zweihundert Soldaten wurden bei dem Angriff getötet.",
        "300 Soldaten wurden bei dem Angriff getötet.",
        "German",
        "Zweihundert vs 300",
    ),
    (
        "Doscientos soldados murieron en el ataque.",
        "300 soldados murieron en el ataque.",
        "Spanish",
        "Doscientos vs 300",
    ),
    (
        "Centoventi soldati sono morti nell'attacco.",
        "130 soldati sono morti nell'attacco.",
        "Italian",
        "Centoventi vs 130",
    ),
    (
        "Cento e vinte soldados morreram no ataque.",
        "130 soldados morreram no ataque.",
        "Portuguese",
        "Cento e vinte vs 130",
    ),
]


@pytest.mark.parametrize(("a", "b", "language"), AGREEING)
def test_a_count_in_words_agrees_with_its_figure(a: str, b: str, language: str | None) -> None:
    assert details(a, b, language) == []


@pytest.mark.parametrize(("a", "b", "language", "detail"), DISAGREEING)
def test_a_count_in_words_disagrees_with_another_figure_once(
    a: str, b: str, language: str | None, detail: str
) -> None:
    assert details(a, b, language) == [detail]


@pytest.mark.parametrize(
    ("a", "b", "language"),
    [
        ("Several hundred soldiers were killed in the attack.", "300 soldiers were killed in the attack.", None),
        ("A few thousand people marched through the city.", "3,000 people marched through the city.", None),
        ("Several dozen people were hurt in the attack.", "30 people were hurt in the attack.", None),
        ("Einige hundert Soldaten wurden bei dem Angriff getötet.", "300 Soldaten wurden bei dem Angriff getötet.", "German"),
    ],
)  # fmt: skip
def test_an_order_of_magnitude_contradicts_no_figure(a: str, b: str, language: str | None) -> None:
    assert details(a, b, language) == []


HAIRSTYLE = (
    "Her hairstyle launched a thousand girls to slice off their bangs and get out the black dye."
)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the sentence of ECB+ 4_12ecb: the face "that launched a thousand ships"
        (HAIRSTYLE, None),
        ("Sa coiffure a lancé mille filles à couper leur frange.", "French"),
        ("Su peinado lanzó mil chicas a cortarse el flequillo.", "Spanish"),
        ("La sua acconciatura ha lanciato mille ragazze a tagliarsi la frangia.", "Italian"),
        ("O seu penteado lançou mil meninas a cortar a franja.", "Portuguese"),
        # a likeness
        ("The blast was like a thousand suns going off at once.", None),
        ("L'explosion brillait comme mille soleils.", "French"),
        ("Die Explosion leuchtete wie tausend Sonnen.", "German"),
        ("La explosión brilló como mil soles.", "Spanish"),
        ("L'esplosione brillava come mille soli.", "Italian"),
        ("A explosão brilhou como mil sóis.", "Portuguese"),
        # "and one", "times"
        ("There are a thousand and one reasons to stay.", None),
        ("He had told them a thousand times.", None),
        ("Il le leur avait dit mille fois.", "French"),
    ],
)
def test_a_thousand_told_loosely_counts_nothing(text: str, language: str | None) -> None:
    found = [(m.key, m.unit_word) for m in feats(text, language).numbers if m.kind == "number"]
    assert found[0][1] == ""


@pytest.mark.parametrize(
    ("text", "language", "counted"),
    [
        ("A thousand soldiers were deployed to the border.", None, "soldier"),
        ("Nearly a thousand soldiers were deployed to the border.", None, "soldier"),
        ("Mille soldats ont été déployés à la frontière.", "French", "soldat"),
        ("Tausend Soldaten wurden an die Grenze verlegt.", "German", "soldat"),
        ("Mil soldados fueron desplegados en la frontera.", "Spanish", "sold"),
        ("Mille soldati sono stati schierati al confine.", "Italian", "sold"),
        ("Mil soldados foram enviados para a fronteira.", "Portuguese", "sold"),
    ],
)
def test_a_thousand_told_as_a_count_is_one(text: str, language: str | None, counted: str) -> None:
    found = [(m.key, m.unit_word) for m in feats(text, language).numbers if m.kind == "number"]
    assert found == [("num:1000", counted)]


def test_a_thousand_told_loosely_does_not_contradict_a_count() -> None:
    other = "Her hairstyle led 300 girls to slice off their bangs."
    assert details(HAIRSTYLE, other) == []
