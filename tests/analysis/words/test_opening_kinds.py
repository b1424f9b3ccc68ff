"""Tests of reader/analysis/words/opening_words.py, the rules of the word's kind and what
follows it (word_endings, noun_qualifiers, lone_openers): "Approval ratings", "Presidential
guards", "Voters in", "Days after" open with no name."""

from __future__ import annotations

import pytest

from tests.analysis.words.test_opening_words import MakeDoc, names_after

# ECB+ 1_5ecbplus, 8_7ecbplus, 4_6ecb, 8_5ecbplus: a word of an ending many names share
# (-ity, -al, -ary) before a noun it qualifies
QUALIFYING_OPENERS = [
    ("Celebrity website TMZ reported Lohan was shopping.\n", ["TMZ", "Lohan"]),
    ("Approval ratings for the chancellor have dropped six points.\n", []),
    ("Legendary pinup queen Bettie Page died of pneumonia.\n", ["Bettie Page"]),
    ("Ordinary workers are furious.\n", []),
]


@pytest.mark.parametrize(("sentence", "names"), QUALIFYING_OPENERS)
def test_a_word_of_an_ending_names_share_before_a_noun_it_qualifies_is_no_name(
    doc: MakeDoc, sentence: str, names: list[str]
) -> None:
    assert names_after(doc, sentence, "Nothing.\n") == [names]


def test_an_abstract_noun_of_an_adjective_the_vocabulary_holds_is_no_name(doc: MakeDoc) -> None:
    """ECB+ 8_5ecbplus: "Violence" is the noun of "violent"."""
    names = names_after(doc, "Violence was also reported in Thessaloniki.\n", "Nothing.\n")
    assert names == [["Thessaloniki"]]


# ECB+ 8_6ecbplus against 8_8ecbplus, 9_5ecb against 9_1ecb, 1_10ecb against 1_6ecb: a
# word of an ending that tells it (``word_endings``), named by the partner only as a
# longer name's first word, opening a sentence before a noun it qualifies
FIRST_WORDS_OF_LONGER_NAMES = [
    (
        "Presidential guards, who usually stand immobile, left their posts.\n",
        "Protesters forced the Presidential Guard to retreat.\n",
    ),
    (
        "Congressional critics and environmental organizations criticized it.\n",
        "He will invoke the Congressional Review Act.\n",
    ),
    (
        "Perennial party girl Tara Reid checked herself into rehab.\n",
        "Her rep confirms the Perennial Party Girl is in rehab.\n",
    ),
]


@pytest.mark.parametrize(("text_a", "text_b"), FIRST_WORDS_OF_LONGER_NAMES)
def test_a_word_the_pair_names_only_as_a_longer_names_first_word_is_no_name_before_a_noun(
    doc: MakeDoc, text_a: str, text_b: str
) -> None:
    assert names_after(doc, text_a, text_b) == [[n for n in ["Tara Reid"] if n in text_a]]


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        ("Summit said it was a matter of scheduling.\n", "He was hired by Summit Entertainment.\n"),
        ("Summit officials said no deal was signed.\n", "He was hired by Summit Entertainment.\n"),
        ("Interior officials said agencies could still ask.\n", "The Interior Department ruled.\n"),
    ],
)
def test_a_name_the_pair_names_as_a_longer_names_first_word_stays_before_a_noun(
    doc: MakeDoc, text_a: str, text_b: str
) -> None:
    """No ending of a common word: "Summit", "Interior" name the studio, the department."""
    assert names_after(doc, text_a, text_b) == [[text_a.split()[0]]]


# ECB+ 5_9ecb, 12_1ecb, 12_3ecb, 8_5ecbplus, 6_2ecbplus, 8_1ecbplus, 11_2ecb, 3_2ecb,
# 6_5ecbplus: a common word opening a sentence before a plural noun it qualifies, which the
# pair never writes capitalised inside a sentence
PLURAL_QUALIFIERS = [
    ("Veteran players know all too well that the security has a cost.\n", []),
    ("Marine commandos boarded the dhow at 1230 hours.\n", []),
    ("Trade unions say their members are having to pay.\n", []),
    (
        "Lead actors Jennifer Lawrence and Liam Hemsworth are signed.\n",
        ["Jennifer Lawrence", "Liam Hemsworth"],
    ),
    ("Full-scale clashes then erupted, with riot police charging.\n", []),
    ("Ethnic minorities, such as the Uzbek community, were not permitted.\n", ["Uzbek"]),
    ("Cell windows are long and narrow.\n", []),
    (
        "Unlike stars Jennifer Lawrence and Liam Hemsworth, Ross is not signed.\n",
        ["Jennifer Lawrence", "Liam Hemsworth", "Ross"],
    ),
]


@pytest.mark.parametrize(("sentence", "names"), PLURAL_QUALIFIERS)
def test_a_common_word_before_a_plural_noun_it_qualifies_is_no_name(
    doc: MakeDoc, sentence: str, names: list[str]
) -> None:
    assert names_after(doc, sentence, "Nothing.\n") == [names]


# the same shape, kept: the pair writes the word capitalised inside a sentence, a
# nationality, a verb in "-s" before a preposition or its object, a singular noun
NAMES_BEFORE_A_WORD_IN_S = [
    (
        "Interior officials said agencies could ask.\n",
        "The rule, Interior Secretary Dirk Kempthorne said, is narrow.\n",
    ),
    ("Marine commandos boarded the dhow.\n", "The Navy flew its Marine Commandos in.\n"),
    ("Playboy models posed for him.\n", "She told Playboy in 1998.\n"),
    ("Somali pirates say they hold the ship.\n", "Nothing.\n"),  # a nationality, a name here
    ("God approves of nudity.\n", "Nothing.\n"),
    ("Apple makes phones in China.\n", "Nothing.\n"),
    ("Playboy magazine featured her.\n", "Nothing.\n"),
]


@pytest.mark.parametrize(("text_a", "text_b"), NAMES_BEFORE_A_WORD_IN_S)
def test_a_name_of_such_a_shape_before_a_word_in_s_stays(
    doc: MakeDoc, text_a: str, text_b: str
) -> None:
    assert names_after(doc, text_a, text_b)[0][0] == text_a.split()[0]


# ECB+ sentences (6_2ecb, 9_10ecb, 3_1ecb, 4_11ecb, 6_11ecbplus, 10_13ecbplus, 4_10ecb,
# 12_7ecb, 6_2ecbplus, 5_10ecb, 2_11ecb, 2_10ecbplus, 6_10ecbplus): a lone word of a kind
# that names nothing opening a sentence, whatever follows it
WORDS_OF_NO_NAMING_KIND = [
    (
        "Days after Catherine Hardwicke was ousted, Summit hired Weitz.\n",
        ["Catherine Hardwicke", "Summit", "Weitz"],
    ),
    ("Hours after Thursday's announcement, three groups sued.\n", []),
    ("Minutes later, he shot Barnes in the back.\n", ["Barnes"]),
    ("Throughout the 1960s, Page attended Bible schools.\n", ["Page", "Bible"]),
    ("Much like the Twilight franchise, it may split the finale.\n", ["Twilight"]),
    ("Back in November, Teixeira told ESPN.\n", ["Teixeira", "ESPN"]),
    ("Far less is known of her life.\n", []),
    ('"Twenty-three personnel surrendered on boarding," the navy said.\n', []),
    ("First, he's a known quantity.\n", []),
    ("Additionally, he was selected as the national coach.\n", []),
    ("Typically, the program has been hosted by comedians.\n", []),
    ("Newly elected Academy President Boone Isaacs said so.\n", ["Academy", "Boone Isaacs"]),
    ("Unsurprisingly, he would like a raise on the sequel.\n", []),
]


@pytest.mark.parametrize(("sentence", "names"), WORDS_OF_NO_NAMING_KIND)
def test_a_lone_word_of_a_kind_naming_nothing_opening_a_sentence_is_no_name(
    doc: MakeDoc, sentence: str, names: list[str]
) -> None:
    assert names_after(doc, sentence, "Nothing.\n") == [names]


@pytest.mark.parametrize(
    "sentence",
    [
        "Born in 1923 in Nashville, Tennessee, Bettie Mae Page was one of six children.\n",
        "Born on April 22, 1923, in Nashville, Page said she grew up poor.\n",
    ],
)
def test_an_irregular_participle_before_a_preposition_is_no_name(
    doc: MakeDoc, sentence: str
) -> None:
    """ECB+ 4_10ecb, 4_4ecb: "Born in" opened with a name the pair writes nowhere else."""
    assert "Born" not in names_after(doc, sentence, "Nothing.\n")[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "Well, here's something that we all knew would happen.\n",
        "Oh, it's been so long since we were on the rehab beat!\n",
        "Hey, if you're going to rehab anyway, enjoy it.\n",
        "Okay, so it's a bit of a stretch there.\n",
    ],
)
def test_an_interjection_opening_a_sentence_is_no_name(doc: MakeDoc, sentence: str) -> None:
    """ECB+ 1_10ecb, 2_11ecb."""
    assert names_after(doc, sentence, "Nothing.\n") == [[]]


# ECB+ 11_10ecb, 11_2ecb, 9_10ecb, 9_10ecbplus, 9_11ecbplus, 4_10ecb, 8_11ecbplus: a
# plural noun opening a sentence as its subject, or before a preposition
PLURAL_SUBJECTS = [
    ("Voters in Turkmenistan cast ballots Sunday.\n", ["Turkmenistan"]),
    ("Voters, however, appeared reluctant to criticise the government.\n", []),
    ("Opponents call the change objectionable for the polar bear.\n", []),
    ("Opponents considered the rule a thinly veiled maneuver.\n", []),
    ("Environmentalists widely praised Tuesday's action.\n", []),
    ("Environmentalists say the rule is bad.\n", []),
    ("Moralists denounced the photos as perversion.\n", []),
    ("Developers and business groups argued that it cost them.\n", []),
    ("Hospitals and schools were also hit.\n", []),
]


@pytest.mark.parametrize(("sentence", "names"), PLURAL_SUBJECTS)
def test_a_plural_noun_opening_a_sentence_as_its_subject_is_no_name(
    doc: MakeDoc, sentence: str, names: list[str]
) -> None:
    assert names_after(doc, sentence, "Nothing.\n") == [names]


# the same shapes, kept: the pair names the word inside a sentence, a surname of a
# unit of time, a name in "-ly" of a given name, a surname in "-s" before a verb in "-s"
# or a verb of saying
NAMES_OF_THOSE_SHAPES = [
    ("Born in Breslau, he studied physics.\n", "The physicist Max Born won the prize.\n"),
    ("Weeks said he would play second base.\n", "Nothing.\n"),
    ("Philly let it be known that O'Brien was fired.\n", "Nothing.\n"),
    ("Cheeks arrives in Philadelphia after three seasons.\n", "Nothing.\n"),
    ("Williams said she swam.\n", "Nothing.\n"),
    ("Williams died in her sleep.\n", "The swimmer Esther Williams has died.\n"),
    ("Back said he would stay.\n", "Nothing.\n"),
]


@pytest.mark.parametrize(("text_a", "text_b"), NAMES_OF_THOSE_SHAPES)
def test_a_name_of_the_shape_of_such_a_word_stays(doc: MakeDoc, text_a: str, text_b: str) -> None:
    assert names_after(doc, text_a, text_b)[0][0] == text_a.split()[0]
