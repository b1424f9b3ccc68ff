"""Tests of reader/ingest/languages.py: the language of a short article, told from its
function words and letters."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.analysis.linking.relatedness import MODEL_LANGUAGE_WORDS
from reader.ingest.languages import ENGLISH_WORDS, LANGUAGES, main_language
from tests.analysis.language_samples import BRIEFS, UNNAMED


def brief_language(text: str) -> str | None:
    """The language as the app reads a news brief's (reader.analysis.linking.relatedness)."""
    return main_language(text, minimum=MODEL_LANGUAGE_WORDS)


@pytest.mark.parametrize(
    ("language", "text"), [(lang, text) for lang, texts in BRIEFS.items() for text in texts]
)
def test_a_brief_is_told_its_language(language: str, text: str) -> None:
    assert brief_language(text) == language


def test_every_language_told_has_a_brief() -> None:
    assert set(BRIEFS) == set(LANGUAGES)


@pytest.mark.parametrize("text", BRIEFS["Italian"])
def test_an_italian_brief_is_not_french(text: str) -> None:
    # "la", "le", "il", "un", "l’" are French words too: they tell neither language
    assert brief_language(text) == "Italian"
    assert main_language(text.replace(".", ". Il a dit.", 1), minimum=1) != "French"


@pytest.mark.parametrize(
    ("a", "b"),
    [("Danish", "Norwegian"), ("Czech", "Slovak"), ("Spanish", "Catalan"),
     ("Portuguese", "Galician"), ("Finnish", "Estonian"), ("Slovenian", "Croatian or Serbian")],
)  # fmt: skip
def test_close_languages_are_told_apart(a: str, b: str) -> None:
    assert brief_language(BRIEFS[a][0]) == a
    assert brief_language(BRIEFS[b][0]) == b


@pytest.mark.parametrize(
    "text",
    [
        # a headline, a sentence: too few words to tell
        "Policie zadržela muže.",
        "La polizia ha arrestato un uomo a Milano.",
        "Vláda schválila nový rozpočet na příští rok. Schodek bude podle ministra nižší.",
        # a list of names and places
        "Łukasz Kowalski, Wrocław, Gdańsk, Łódź, Kraków, Jan Błaszczykowski, Zbigniew Boniek",
        # half Italian, half French: neither leads two to one
        "Il governo ha approvato il decreto per la ricostruzione della città. "
        "Le gouvernement a adopté le décret pour la reconstruction de la ville.",
        "",
        "12 345 678 — 3,5 % ; 2024-06-20",
    ],
)
def test_too_short_or_mixed_text_has_no_language(text: str) -> None:
    assert brief_language(text) is None


@pytest.mark.parametrize("language", sorted(UNNAMED))
def test_a_language_not_listed_is_taken_for_none_listed(language: str) -> None:
    assert brief_language(UNNAMED[language]) is None


ENGLISH_NEWS = (
    "The French president met the Spanish prime minister in Madrid on Monday, and the two "
    "leaders said that they would work together on a new plan for the border. The talks "
    "were held at the Moncloa palace, where they were joined by ministers from both "
    "countries. It was the first visit of the president to Spain since he was re-elected, "
    "and he said the meeting had been a success."
)


@pytest.mark.parametrize(
    "insert",
    [
        # a French quote, a Spanish quote, Polish and Czech names
        "« Nous avons trouvé un accord sur la sécurité de la frontière », a-t-il déclaré.",
        "«Es un acuerdo histórico para los dos países y para la región», dijo el ministro.",
        "Lech Wałęsa and Łukasz Szumowski, with Jiří Dvořák and Tomáš Řezníček, were there.",
        "Critics said that it was a certain je ne sais quoi, a fait accompli de la politique.",
    ],
)
def test_english_news_quoting_another_language_stays_english(insert: str) -> None:
    assert brief_language(f"{ENGLISH_NEWS} {insert}") == "English"
    assert main_language(f"{ENGLISH_NEWS} {insert}") == "English"


def test_english_initials_and_possessives_are_no_slavic_words() -> None:
    # "U.S.", "W.", "O’Brien", "Kim’s": no "u", "s", "w", "o" of Croatian, Czech, Polish
    text = (
        "U.S. envoy George W. Bush met Kim’s aide in Seoul, and O’Brien said the U.S. "
        "would send the S. Korean team a reply."
    )
    assert brief_language(text) in ("English", None)


@given(st.text(max_size=400))
def test_any_text_gets_a_listed_language_or_none(text: str) -> None:
    assert brief_language(text) in (*LANGUAGES, None)
    assert main_language(text, sample=50, minimum=0) in (*LANGUAGES, None)


@given(st.lists(st.sampled_from(sorted(ENGLISH_WORDS)), max_size=60))
def test_more_english_function_words_keep_english_english(words: list[str]) -> None:
    assert brief_language(f"{ENGLISH_NEWS} {' '.join(words)}") == "English"


@given(
    st.sampled_from([(lang, text) for lang, texts in BRIEFS.items() for text in texts[:1]]),
    st.integers(1, 5),
)
def test_a_brief_told_again_keeps_its_language(brief: tuple[str, str], times: int) -> None:
    language, text = brief
    assert main_language(" ".join([text] * times), minimum=MODEL_LANGUAGE_WORDS) == language
