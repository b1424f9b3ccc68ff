"""Nationalities as nouns of people (lexicon.NATIONALITY_NOUNS): read as DEMONYMS, topic
words rather than names, in six languages."""

from __future__ import annotations

import pytest

from reader.analysis.pair_analysis import shared_evidence
from reader.analysis.words.lexicon import DEMONYMS
from tests.analysis.sentence_pairs import details, feats


@pytest.mark.parametrize(
    "word",
    [
        # English nouns, and plurals of the adjectives
        "spaniards", "danes", "britons", "filipinos", "thais", "poles", "turks", "scots",
        "icelanders", "kenyans", "yemenis",
        # French, German, Spanish, Italian, Portuguese: nouns and adjectives of people
        "kényans", "somaliens", "somaliennes", "britanniques", "grecque", "turques",
        "briten", "britin", "somalier", "jemeniten", "deutsche", "somalische",
        "keniatas", "somalíes", "alemanes", "españolas", "francesa",
        "kenioti", "keniote", "tedeschi", "greci", "inglesi",
        "quenianos", "alemães", "espanhóis", "chinesas",
    ],
)  # fmt: skip
def test_nationality_nouns_are_demonyms(word: str) -> None:
    assert word in DEMONYMS


@pytest.mark.parametrize(
    # forms the rules would make that name a country or are an English word
    "word",
    ["china", "india", "indiana", "argentina", "filipinas", "suiza", "suíça", "svizzera",
     "suisse", "somalien", "schweden", "italien", "libia", "siria", "palestina", "pole", "finn"],
)  # fmt: skip
def test_country_names_are_no_nationality_nouns(word: str) -> None:
    assert word not in DEMONYMS


@pytest.mark.parametrize(
    ("language", "a", "b"),
    [
        (None, "The Spaniards were freed in Mogadishu.", "The Spaniards reached Mogadishu."),
        ("German", "Die Briten wurden in Mogadischu freigelassen.",
         "Die Briten erreichten Mogadischu."),
        ("French", "Mogadiscio a vu les Britanniques libérés.",
         "Mogadiscio accueille les Britanniques."),
    ],
)  # fmt: skip
def test_a_nationality_is_no_shared_name_for_the_event_gate(
    language: str | None, a: str, b: str
) -> None:
    # only the city counts: two hijackings share their nationalities as they share "pirates"
    assert shared_evidence([feats(a, language)], [feats(b, language)]) == 1


@pytest.mark.parametrize(
    ("language", "whole", "split", "detail"),
    [
        ("French", "La marine a capturé 23 pirates.",
         "La marine a capturé 12 Somaliens et 13 Yéménites.",
         "23 pirates vs 12 Somaliens et 13 Yéménites"),
        ("Spanish", "La marina capturó a 23 piratas.",
         "La marina capturó a 12 somalíes y 13 yemeníes.",
         "23 piratas vs 12 somalíes y 13 yemeníes"),
    ],
)  # fmt: skip
def test_a_whole_against_nationalities_is_told_against_all_the_parts(
    language: str, whole: str, split: str, detail: str
) -> None:
    # not "23 vs 12": the parts together are what the whole is compared with
    assert details(whole, split, language) == [detail]
