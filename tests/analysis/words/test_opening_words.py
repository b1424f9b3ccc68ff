"""Tests of reader/analysis/words/opening_words.py: "Riots spread" opens with no name."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.analysis.features import UnitFeatures, extract
from reader.analysis.units import document_units
from reader.analysis.words.opening_words import drop_common_openers
from reader.model import Document

MakeDoc = Callable[[str], Document]


def names_after(doc: MakeDoc, text_a: str, text_b: str) -> list[list[str]]:
    fa: list[UnitFeatures] = [extract(u) for u in document_units(doc(text_a))]
    fb: list[UnitFeatures] = [extract(u) for u in document_units(doc(text_b))]
    drop_common_openers(fa, fb)
    return [[m.surface for m in f.names] for f in fa]


def test_an_opener_the_pair_writes_in_small_letters_is_no_name(doc: MakeDoc) -> None:
    names = names_after(doc, "Riots spread to Thessaloniki.\n", "The riots went on.\n")
    assert names == [["Thessaloniki"]]


def test_a_noun_for_people_opening_a_sentence_is_no_name(doc: MakeDoc) -> None:
    assert names_after(doc, "People fled their homes.\n", "Nothing.\n") == [[]]


def test_a_name_opening_a_sentence_stays(doc: MakeDoc) -> None:
    assert names_after(doc, "Putin said so.\n", "Kim met him.\n") == [["Putin"]]


def test_an_opener_inside_a_longer_name_stays(doc: MakeDoc) -> None:
    names = names_after(doc, "Summit Entertainment hired him.\n", "The summit ended.\n")
    assert names == [["Summit Entertainment"]]


def test_the_same_word_later_in_a_sentence_stays(doc: MakeDoc) -> None:
    names = names_after(doc, "He read People magazine.\n", "People fled.\n")
    assert names == [["People"]]


def test_an_opener_of_a_quotation_the_pair_writes_in_small_letters_is_no_name(
    doc: MakeDoc,
) -> None:
    text_a = 'Raj Patel said: "Every year the water comes higher."\n'
    names = names_after(doc, text_a, "It floods every spring.\n")
    assert names == [["Raj Patel"]]


# a lone word opening a quotation is a name when the pair names it inside a sentence
# (words.quotation_openers): "Kim met him." named no Putin
def test_a_name_opening_a_quotation_stays(doc: MakeDoc) -> None:
    names = names_after(doc, 'He said: "Putin wants more."\n', "Kim met Putin.\n")
    assert names == [["Putin"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "\u201cTonight we vote for the river,\u201d she said.\n",
        "Tonight we vote for the river, the mayor said.\n",
        'She said: "Never again will we wait."\n',
        "Earlier, police said the road was closed.\n",
        "\u201cNobody expected this,\u201d he said.\n",
        "\u201cEvery minute counts when someone is having a stroke,\u201d she said.\n",
        "Neither side gave ground, she said.\n",
        "\u201cWhoever did this will be found,\u201d he said.\n",
        "Whatever the cause, the road stays closed.\n",
        "\u201cWherever they go, we follow,\u201d he said.\n",
    ],
)
def test_an_english_word_naming_nothing_opening_a_sentence_or_quotation_is_no_name(
    doc: MakeDoc, sentence: str
) -> None:
    """Two reports quoting "Tonight we vote for the river" matched "Tonight" with
    "Tonight" as an entity: neither writes "tonight" in small letters elsewhere."""
    assert names_after(doc, sentence, sentence) == [[]]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("They watched The Tonight Show.\n", ["Tonight Show"]),
        ("\u201cTonight Show ratings fell,\u201d she said.\n", ["Tonight Show"]),
        ("He said Nobody would come.\n", ["Nobody"]),
    ],
)
def test_such_a_word_inside_a_name_or_a_sentence_stays(
    doc: MakeDoc, sentence: str, names: list[str]
) -> None:
    assert names_after(doc, sentence, sentence) == [names]


# ECB+ sentences (5_1ecbplus, 5_14ecb, 2_4ecb, 10_19ecbplus, 4_11ecb, 1_14ecb) and their
# like: a word naming nothing, or a preposition, opening a sentence before a name
OPENER_BEFORE_A_NAME = [
    (
        "Under Cheeks' guidance, the Blazers made the playoffs.\n",
        "Maurice Cheeks was hired.\n",
        ["Cheeks", "Blazers"],
    ),
    (
        "Under Ayers, the Sixers lasted 52 games.\n",
        "The Sixers hired Randy Ayers.\n",
        ["Ayers", "Sixers"],
    ),
    (
        "Excluding Brand's 15.9 points, the stars have not played well.\n",
        "They signed Elton Brand.\n",
        ["Brand"],
    ),
    ("Having Jackman host certainly fits.\n", "Hugh Jackman will host.\n", ["Jackman"]),
    ('He said: "Without Jackman, it fails."\n', "Jackman will host.\n", ["Jackman"]),
    ("Naturally Scott Boras will try to draw this out.\n", "Nothing.\n", ["Scott Boras"]),
    ("Surely I was about to meet a victim.\n", "Nothing.\n", []),
    ("Somehow, Reid managed to mess up.\n", "Reid left.\n", ["Reid"]),
    ("Besides the film, he sang.\n", "Nothing.\n", []),
    ("Moreover, she never denounced it.\n", "Nothing.\n", []),
    ("Publicly and privately, the Sox are saying nothing.\n", "Nothing.\n", ["Sox"]),
]


@pytest.mark.parametrize(("text_a", "text_b", "names"), OPENER_BEFORE_A_NAME)
def test_a_word_opening_a_sentence_before_a_name_is_no_part_of_it(
    doc: MakeDoc, text_a: str, text_b: str, names: list[str]
) -> None:
    assert names_after(doc, text_a, text_b) == [names]


# a name opening with such a word, told by no given name nor named without it
NAME_OPENING_WITH_SUCH_A_WORD = [
    ("Under Armour said sales rose.\n", "Under Armour shares fell.\n", ["Under Armour"]),
    ("Within Temptation played first.\n", "The band played.\n", ["Within Temptation"]),
    ("\u201cTonight Show ratings fell,\u201d she said.\n", "Nothing.\n", ["Tonight Show"]),
    # not opening the sentence
    ("Police said Under Cheeks was wrong.\n", "Cheeks left.\n", ["Under Cheeks"]),
]


@pytest.mark.parametrize(("text_a", "text_b", "names"), NAME_OPENING_WITH_SUCH_A_WORD)
def test_a_name_opening_with_such_a_word_stays_whole(
    doc: MakeDoc, text_a: str, text_b: str, names: list[str]
) -> None:
    assert names_after(doc, text_a, text_b) == [names]


# a lone capitalised word opening a sentence, no name, that the pair writes in small
# letters only in another form, or that a participle's or a verb's shape tells
LONE_OPENERS = [
    ("Cells are 8-by-12 feet.\n", "He left his cell.\n", []),
    ("Terms of the deal were not disclosed.\n", "The term was long.\n", []),
    ("Reports of the Red Sox offer varied.\n", "He reported it.\n", ["Red Sox"]),
    ("Passed in January 2009, the Bush-era rule lifted it.\n", "Bush left.\n", ["Bush"]),
    ("Seeing the warship, the skiffs tried to escape.\n", "Nothing.\n", []),
    ("Trust me.\n", "Nothing.\n", []),
    ('"Trust me, my body is tired," she said.\n', "Nothing.\n", []),
    ("Amen, sister.\n", "Nothing.\n", []),
    ("Tens of thousands marched in Athens.\n", "Nothing.\n", ["Athens"]),
    ("Regardless of the money, Washington waits.\n", "Nothing.\n", ["Washington"]),
]


@pytest.mark.parametrize(("text_a", "text_b", "names"), LONE_OPENERS)
def test_a_lone_common_word_opening_a_sentence_is_no_name(
    doc: MakeDoc, text_a: str, text_b: str, names: list[str]
) -> None:
    assert names_after(doc, text_a, text_b) == [names]


# names the same shapes would take, kept: the pair names them inside a sentence, a given
# name or a place ends in "-ing" or "-ed"
NAMES_OF_SUCH_SHAPES = [
    ("Nationals reportedly bid more.\n", "The Nationals and national teams.\n", ["Nationals"]),
    ("Alfred said so.\n", "Nothing.\n", ["Alfred"]),
    ("Beijing said the talks went well.\n", "Nothing.\n", ["Beijing"]),
    ("Putin said so.\n", "Putin spoke.\n", ["Putin"]),
]


@pytest.mark.parametrize(("text_a", "text_b", "names"), NAMES_OF_SUCH_SHAPES)
def test_a_name_of_such_a_shape_opening_a_sentence_stays(
    doc: MakeDoc, text_a: str, text_b: str, names: list[str]
) -> None:
    assert names_after(doc, text_a, text_b) == [names]


# ECB+ sentences (3_2ecb, 5_1ecbplus, 4_11ecb, 12_16ecb, 4_4ecb, 8_4ecbplus, 12_3ecb,
# 9_3ecbplus): a lone common word the sentence model's vocabulary holds whole, opening a
# sentence, that the pair writes in no other form
VOCABULARY_OPENERS = [
    ("Cells are 8-by-12 feet, with concrete walls.\n", []),
    ("Terms of the deal were not disclosed.\n", []),
    ("Rest in peace.\n", []),
    ("Details of what exactly happened are still awaited.\n", []),
    ("Looking back on the career that followed, she told Playboy.\n", ["Playboy"]),
    ("Hooded youths hurled petrol bombs in Athens.\n", ["Athens"]),
    ("Striking another blow against the pirates, the navy acted.\n", []),
    ("Putting boundaries on the science undermines it.\n", []),
    # ECB+ 11_1ecbplus, 2_7ecbplus, 1_10ecb, 2_6ecb, 8_8ecbplus: a word with the ending
    # of an abstract noun, an adjective or an adverb, before a content word or a verb
    ("Registration will run from October 26 to November 20.\n", []),
    ("Television icon Ellen DeGeneres will return to host.\n", ["Ellen DeGeneres"]),
    ("Perennial party girl Tara Reid checked herself into rehab.\n", ["Tara Reid"]),
    ("Previous hosts -- Jon Stewart, Chris Rock -- all followed.\n", ["Jon Stewart", "Chris Rock"]),
    ("Opposition conservatives are refusing to support it.\n", []),
    ("Separately yesterday, Interior issued a finding.\n", ["Interior"]),
]


@pytest.mark.parametrize(("sentence", "names"), VOCABULARY_OPENERS)
def test_a_common_word_of_the_vocabulary_opening_a_sentence_is_no_name(
    doc: MakeDoc, sentence: str, names: list[str]
) -> None:
    assert names_after(doc, sentence, "Nothing.\n") == [names]


# names opening a sentence, each named nowhere else in the pair: the vocabulary holds
# "reid", "obama", "beijing", "apple", "amazon", "bush", "white", "manning" whole too
NAMES_OPENING_ONCE = [
    "Reid checked into rehab.\n",
    "Lohan said she was fine.\n",
    "Obama has signed the order.\n",
    "Beijing says it will respond.\n",
    "Apple said sales rose.\n",
    "Amazon declined to comment.\n",
    "Bush vetoed the bill.\n",
    "White said he was blindsided.\n",
    "Carson is the epitome of the host.\n",
    "Apple on Monday said sales rose.\n",
    "Bush in 2001 signed the bill.\n",
    "Harding said the talks went well.\n",
    # names with a common word's ending speak; names of other endings stay before any word
    "Mission said it would appeal.\n",
    "Guinness said sales rose.\n",
    "Progressive announced a deal.\n",
    "Laurence has left the company.\n",
    "Providence will host the game.\n",
    "Unity won the vote.\n",
    "Calgary beat them twice.\n",
    # names of endings many names share, before a verb or a word opening its object
    "Reliance has bought the firm.\n",
    "Providence beat them twice.\n",
    "Trinity won the game.\n",
    "Continental cut its fares.\n",
    "Universal announced a deal.\n",
]


@pytest.mark.parametrize("sentence", NAMES_OPENING_ONCE)
def test_a_name_opening_a_sentence_once_stays(doc: MakeDoc, sentence: str) -> None:
    assert names_after(doc, sentence, "Nothing.\n") == [[sentence.split()[0]]]


@pytest.mark.parametrize(
    ("text_b", "names"),
    [
        ("She was a pin-up legend.\n", []),  # ECB+ 4_11ecb and 4_14ecb
        ("It told the pinup's story.\n", []),
        ("Nothing.\n", ["Pinup"]),  # "Pinup", no common word the vocabulary holds
    ],
)
def test_a_word_the_pair_writes_with_a_hyphen_or_a_possessive_in_small_letters_is_no_name(
    doc: MakeDoc, text_b: str, names: list[str]
) -> None:
    assert names_after(doc, "Pinup icon Bettie Page died.\n", text_b) == [[*names, "Bettie Page"]]


def test_a_participle_shaped_surname_the_pair_names_inside_a_sentence_stays(
    doc: MakeDoc,
) -> None:
    names = names_after(doc, "Manning threw two passes.\n", "They signed Peyton Manning.\n")
    assert names == [["Manning"]]


def test_a_surname_the_other_article_writes_in_small_letters_stays_a_name(
    doc: MakeDoc,
) -> None:
    """ECB+ 10_19ecbplus against 10_9ecbplus, a blog writing "teixeira" in small letters."""
    text_a = "Teixeira is seeking a 10-year deal.\nThe Red Sox made an offer to Mark Teixeira.\n"
    names = names_after(doc, text_a, "The Sox are in position to land teixeira.\n")
    assert names == [["Teixeira"], ["Red Sox", "Mark Teixeira"]]


def test_a_word_an_article_names_only_inside_a_longer_name_and_writes_small_is_no_name(
    doc: MakeDoc,
) -> None:
    text_a = "Environmental groups praised it.\nThe Environmental Protection Agency ruled.\n"
    names = names_after(doc, text_a, "The environmental rules changed.\n")
    assert names == [[], ["Environmental Protection Agency"]]


def test_a_word_the_pair_names_only_inside_a_longer_name_is_no_name_opening_a_sentence(
    doc: MakeDoc,
) -> None:
    """ECB+ 2_1ecbplus: "Television icon" beside "ABC Television Network"."""
    text_a = "Television icon Ellen DeGeneres will return to host.\n"
    names = names_after(doc, text_a, "The ABC Television Network will air the show.\n")
    assert names == [["Ellen DeGeneres"]]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # ECB+ 8_8ecbplus, 11_2ecb, 1_1ecb/1_13ecb, 10_19ecbplus and the NBA blogs
        ("Firemen had to restrain a distraught woman.\n", []),
        ("Servicemen were flown home.\n", []),
        ("Western observers say Niyazov still casts a shadow.\n", ["Niyazov"]),
        ("Western journalists have been refused permission.\n", []),
        ("Sure, it was over the Thunder.\n", ["Thunder"]),
        ("True, they had bad losses early to the Bobcats.\n", ["Bobcats"]),
        ("True, Jackman held his own just fine.\n", ["Jackman"]),
        ("Either way, Teixeira will end up rich.\n", ["Teixeira"]),
        ("Good luck, Tara.\n", ["Tara"]),
        ("Get well soon, Tara!\n", ["Tara"]),
        (
            "Golden girl of screen and pool, Esther Williams, has died.\n",
            ["Esther Williams"],
        ),
        ("Saucy photos of Paige helped to lead the way.\n", ["Paige"]),
        ("Best decision ever.\n", []),
        ("Worst night ever.\n", []),
        ("Greatest honour of my life, he said.\n", []),
    ],
)
def test_a_common_word_opening_a_sentence_by_what_the_sentence_shows_is_no_name(
    doc: MakeDoc, sentence: str, names: list[str]
) -> None:
    assert names_after(doc, sentence, "Nothing.\n") == [names]


@pytest.mark.parametrize(
    ("sentence", "text_b", "names"),
    [
        ("Raiders beat the Chiefs.\n", "He left the Raiders in May.\n", ["Raiders", "Chiefs"]),
        ("Western Union said fees rose.\n", "Nothing.\n", ["Western Union"]),
        ("Strong, who was hurt, sat out.\n", "Nothing.\n", ["Strong"]),
        ("Moody, he said, was not there.\n", "Nothing.\n", ["Moody"]),
        ("Thompson thanked Tara.\n", "Nothing.\n", ["Thompson", "Tara"]),
        ("Brown, the coach, was upset.\n", "Nothing.\n", ["Brown"]),
        ("Best said he would stay.\n", "Nothing.\n", ["Best"]),
        ("Best wins the vote.\n", "Nothing.\n", ["Best"]),
        ("Murphy photos of Paige sold.\n", "Nothing.\n", ["Murphy", "Paige"]),
        ("Sandy victims in Queens wait.\n", "Hurricane Sandy hit.\n", ["Sandy", "Queens"]),
        ("Everest climbers are back.\n", "He climbed Everest.\n", ["Everest"]),
        (
            "Obama adviser, David Axelrod, said no.\n",
            "He met Obama.\n",
            ["Obama", "David Axelrod"],
        ),
    ],
)
def test_a_name_of_the_shape_of_such_a_word_stays(
    doc: MakeDoc, sentence: str, text_b: str, names: list[str]
) -> None:
    assert names_after(doc, sentence, text_b) == [names]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # tests/data/pages: the flood story the Hill Country Gazette and the Dallas
        # Ledger both print, these sentences word for word
        (
            "Rescue crews in boats and helicopters pulled more than 150 people from"
            " rooftops and trees, said Tom Keller.\n",
            ["Tom Keller"],
        ),
        (
            "Forecasters said more rain was expected on Wednesday and Thursday.\n",
            [],
        ),
        ("Relief workers in trucks and boats arrived on Monday.\n", []),
        ("Meteorologists said more rain would come.\n", []),
        ("Paramedics said two people were hurt.\n", []),
        ("Volunteers said the water rose.\n", []),
        ("Mourners said prayers for the dead.\n", []),
    ],
)
def test_a_common_word_opening_a_sentence_both_articles_print_is_no_name(
    doc: MakeDoc, sentence: str, names: list[str]
) -> None:
    """Both articles capitalise the word only because both open the same sentence with
    it: the window tagged "Rescue" and "Forecasters" as shared names."""
    assert names_after(doc, sentence, sentence) == [names]


@pytest.mark.parametrize(
    ("text_a", "names"),
    [
        # a surname the pair names in a longer name, or in another sentence
        (
            "Winston Peters, the minister, spoke.\nPeters said the deal was done.\n",
            [["Winston Peters"], ["Peters"]],
        ),
        (
            "Forecasters said rain was coming.\nForecasters said winds would rise.\n",
            [["Forecasters"], ["Forecasters"]],
        ),
        ("Waters said the deal was done.\n", [["Waters"]]),
        ("Rivers said the deal was done.\n", [["Rivers"]]),
        ("Powers said the deal was done.\n", [["Powers"]]),
        ("Sanders said the deal was done.\n", [["Sanders"]]),
        ("Williams said the deal was done.\n", [["Williams"]]),
        ("Nichols said the deal was done.\n", [["Nichols"]]),
        (
            "Dr. Anna Volunteers spoke.\nVolunteers said the deal was done.\n",
            [["Anna Volunteers"], ["Volunteers"]],
        ),
        ("God approves of nudity in art.\n", [["God"]]),
        ("Apple makes phones in factories the company owned.\n", [["Apple"]]),
        (
            "Democratic leaders in Congress who have tried applauded.\n",
            [["Democratic", "Congress"]],
        ),
        ("DALLAS (AP) — Abbott said the state would help.\n", [["DALLAS", "AP", "Abbott"]]),
    ],
)
def test_a_name_opening_a_sentence_both_articles_print_stays(
    doc: MakeDoc, text_a: str, names: list[list[str]]
) -> None:
    fa = [extract(u) for u in document_units(doc(text_a))]
    fb = [extract(u) for u in document_units(doc(text_a))]
    drop_common_openers(fa, fb)
    assert [[m.surface for m in f.names] for f in fa] == names


def test_a_common_word_opening_a_sentence_after_its_dateline_is_no_name(doc: MakeDoc) -> None:
    """The word after a dateline's dash opens the sentence: "Flash" was a name (and,
    capitalised inside the sentence, kept "flash" from being read as common)."""
    sentence = "MILL CREEK, Texas (AP) — Flash floods tore through the town of Mill Creek.\n"
    names = names_after(doc, sentence, "Nothing.\n")
    assert names == [["MILL CREEK", "Texas", "AP", "Mill Creek"]]


@pytest.mark.parametrize(
    ("sentence", "text_b", "names"),
    [
        # ECB+ 1_1ecb: the pair writes "word" nowhere else
        (
            "Word comes from People magazine that Tara Reid checked into rehab.\n",
            "Tara Reid has checked into rehab, People magazine reported.\n",
            ["People", "Tara Reid"],
        ),
        ("Word came late on Friday that the talks had failed.\n", "Nothing.\n", []),
        # ECB+ 8_3ecbplus, the pair naming no union inside a sentence
        ("Union reaction was swift, and strikes were called.\n", "Nothing.\n", []),
        # a plural for people the names18 endings missed
        ("Medics said two people were hurt in the blast.\n", "Police said so.\n", []),
    ],
)
def test_news_coming_a_union_qualifying_a_noun_and_medics_opening_a_sentence_name_nothing(
    doc: MakeDoc, sentence: str, text_b: str, names: list[str]
) -> None:
    assert names_after(doc, sentence, text_b) == [names]


@pytest.mark.parametrize(
    ("sentence", "text_b", "names"),
    [
        ("Union Pacific said the line was shut.\n", "Nothing.\n", ["Union Pacific"]),
        ("Word Bank said it would help.\n", "Nothing.\n", ["Word Bank"]),
        (
            "Word comes with a spell checker that works.\n",
            "He typed it in Microsoft Word.\n",
            ["Word"],
        ),
        (
            "Word came late on Friday that it was fixed.\n",
            "He typed it in Microsoft Word.\n",
            ["Word"],
        ),
        ("Union reaction was swift.\n", "Texas joined the Union in 1845.\n", ["Union"]),
        ("Bush administration was criticised.\n", "Nothing.\n", ["Bush"]),
        ("Medics said two were hurt.\n", "The Medics won the cup.\n", ["Medics"]),
    ],
)
def test_such_words_the_pair_names_or_that_open_a_longer_name_stay(
    doc: MakeDoc, sentence: str, text_b: str, names: list[str]
) -> None:
    assert names_after(doc, sentence, text_b) == [names]


# fifty-fourth session: a field opening a sentence before a title and a name ("Pop star
# Ann Lee") named "Pop"
def test_a_field_before_a_title_and_a_name_is_no_name(doc: MakeDoc) -> None:
    names = names_after(doc, "Pop star Ann Lee cancelled her tour.\n", "Nothing.\n")
    assert names == [["Ann Lee"]]


def test_a_sport_before_a_job_and_a_name_is_no_name(doc: MakeDoc) -> None:
    names = names_after(doc, "Tennis star Mara Voss won in Paris.\n", "Nothing.\n")
    assert names == [["Mara Voss", "Paris"]]


def test_a_company_before_a_title_and_a_name_stays(doc: MakeDoc) -> None:
    # a guard (it holds on main too): "Apple chief Tim Cook"
    names = names_after(doc, "Apple chief Tim Cook spoke.\n", "Nothing.\n")
    assert names == [["Apple", "Tim Cook"]]
