from __future__ import annotations

import re
from pathlib import Path

import pytest

from reader.analysis.features import UnitFeatures, extract, initial_parts, name_key
from reader.analysis.units import Unit
from reader.ingest.normalize import fold
from reader.model import Span


def features(text: str) -> UnitFeatures:
    return extract(Unit(0, Span(0, len(text)), text, fold(text)))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kim Jong-un", "Kim Jong Un"),
        ("U.S.", "US"),
        ("Russia's", "Russia"),
        ("North  Korea", "North Korea"),
        ("George W. Bush", "George W Bush"),
    ],
)
def test_name_key_joins_spelling_variants(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("North Korean leader Kim Jong-un met Putin.", ["north korean", "kim jong un", "putin"]),
        ("Russian President Vladimir Putin arrived.", ["russian", "vladimir putin"]),
        ("The U.S. and its allies expressed concern.", ["us"]),
        ("Following the summit, KCNA reported it.", ["kcna"]),
        ("Kim Il-sung Square was full.", ["kim il sung square"]),
        ("President-elect Barack Obama spoke.", ["barack obama"]),
        ("Senior Trooper William Hakim said so.", ["william hakim"]),
        ("Angels owner Arte Moreno agreed.", ["angels", "arte moreno"]),
        ("Secretary of State Condoleezza Rice said so.", ["condoleezza rice"]),
        ("The Secretary of the Interior Ken Salazar spoke.", ["ken salazar"]),
        ("The State Department said so.", ["state department"]),
        # a title word before an institution names the institution
        ("A Defence Ministry statement said so.", ["defence ministry"]),
        ("The Foreign Ministry's envoy came.", ["foreign ministry"]),
        ("Defense Secretary Robert Gates spoke.", ["robert gates"]),
        ("The 76ers fired Maurice Cheeks Saturday.", ["76ers", "maurice cheeks"]),
        (
            "Lohan left Morningside Recovery Center Thursday morning.",
            ["lohan", "morningside recovery center"],
        ),
        ("Early Friday, Cleveland Friday fans cheered.", ["cleveland"]),
        ("USA Today reported it.", ["usa today"]),
        (
            "The ships in the Gulf of Aden near the Horn of Africa.",
            ["gulf of aden", "horn of africa"],
        ),
        ("President Vladimir Putin of Russia arrived.", ["vladimir putin", "russia"]),
        ('The fans chanted "Gary Ross Is Boss" outside.', ["gary ross"]),
        (
            "The protesters held signs reading Commerce Secretaries Must Act Now.",
            ["commerce secretaries"],
        ),
        (
            "The Democratic People's Republic of Korea and Russia signed it.",
            ["democratic peoples republic of korea", "russia"],
        ),
        (
            "North Korea's Kim Jong Un leads the Workers' Party of Korea.",
            ["north korea", "kim jong un", "workers party of korea"],
        ),
        ("About 20 people died. Even so, Obama knows.", ["obama"]),
        ("Officials in Tehran said so.", ["tehran"]),
        ("Sources told the Daily News.", ["daily news"]),
        ("Producers Craig Zadan and Neil Meron announced it.", ["craig zadan", "neil meron"]),
        ("Woodburn Police Chief Scott Russell was hurt.", ["woodburn police", "scott russell"]),
        ("Comedian Ellen DeGeneres will host.", ["ellen degeneres"]),
        ("The Pittsburgh Pirates won.", ["pittsburgh pirates"]),
        ("People magazine said so.", ["people"]),
        ("King Abdullah met Billy King.", ["abdullah", "billy king"]),
        # local offices ("Councilwoman Ana Ruiz" was one name with her title)
        ("Councilwoman Ana Ruiz voted.", ["ana ruiz"]),
        ("Congressman John Lewis spoke.", ["john lewis"]),
        ("Assemblywoman Maria Lopez spoke.", ["maria lopez"]),
        # ranks of the armed forces and coast guards ("Lt Cdr Nikos Stavridakis" was "Cdr
        # Nikos Stavridakis", "Maj Gen Tom Reed" was "Maj" and "Tom Reed")
        ("Lt Cdr Nikos Stavridakis said so.", ["nikos stavridakis"]),
        ("Lt. Cdr. Nikos Stavridakis said so.", ["nikos stavridakis"]),
        ("Cmdr Tom Reed said so.", ["tom reed"]),
        ("Maj Gen Tom Reed said so.", ["tom reed"]),
        ("Brig Gen Tom Reed said so.", ["tom reed"]),
        ("Colonel Anna Berg said so.", ["anna berg"]),
        ("Commander Anna Berg said so.", ["anna berg"]),
        ("Commodore Anna Berg said so.", ["anna berg"]),
    ],
)
def test_names_found_without_titles_or_sentence_openers(text: str, names: list[str]) -> None:
    assert [m.key for m in features(text).names] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The militant group al-Shabaab claimed it.", ["al-Shabaab"]),
        ("President Bashar al-Assad spoke.", ["Bashar al-Assad"]),
        ("The ships passed Bab el-Mandab at dawn.", ["Bab el-Mandab"]),
    ],
)
def test_the_arabic_article_joined_by_a_hyphen_is_part_of_the_name(
    text: str, names: list[str]
) -> None:
    assert [m.surface for m in features(text).names] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # ECB+ 9_11ecbplus, 4_3ecbplus, 5_1ecbplus, 6_5ecb, 2_4ecb and their like
        ("The Obama administration revoked a Bush-era rule.", ["Obama", "Bush"]),
        ("Pinup girl Williams was the star of WWII-era musicals.", ["Pinup", "Williams", "WWII"]),
        ("Iverson had an MVP-caliber season.", ["Iverson", "MVP"]),
        ("The studio wants Edward-loving fans in the seats.", ["Edward"]),
        ("The Beijing-based company said it would appeal.", ["Beijing"]),
        ("A Saudi-led coalition struck Sanaa.", ["Saudi", "Sanaa"]),
        ("The Kremlin-backed candidate won in Moscow.", ["Kremlin", "Moscow"]),
        ("A Hamas-run ministry gave the toll.", ["Hamas"]),
        ("It warned of a Cold War-style standoff.", ["Cold War"]),
        # a given name written with a hyphen goes on
        ("Kim Il-sung founded the state.", ["Kim Il-sung"]),
        ("Ban Ki-moon said so.", ["Ban Ki-moon"]),
        ("Ma Ying-jeou met him.", ["Ma Ying-jeou"]),
    ],
)
def test_a_word_after_a_hyphen_making_an_adjective_of_a_name_is_no_part_of_it(
    text: str, names: list[str]
) -> None:
    assert [m.surface for m in features(text).names] == names


def test_name_mentions_point_at_their_text() -> None:
    text = "Yesterday President Vladimir Putin of Russia spoke."
    for m in features(text).names:
        assert text[m.span.start : m.span.end] == m.surface


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("on June 18, 2024.", ["date:06-18", "year:2024"]),
        ("on 19 June 2024", ["date:06-19", "year:2024"]),
        # a British or Indian date with a two-digit year: 10 November 2011
        ("a piracy attack on 10 Nov 11.", ["date:11-10", "year:2011"]),
        ("a pact from 1961", ["year:1961"]),
        ("in February 2000", ["month:02-2000", "year:2000"]),
        ("at 2:22 am", ["time:02:22"]),
        ("at 3:15 p.m.", ["time:15:15"]),
        ("first in 24 years", ["num:24"]),
        ("nine months ago", ["num:9"]),
        ("3.5 million people", ["num:3.5e+06"]),
        ("a 12% rise", ["pct:12"]),
        ("1,200 troops", ["num:1200"]),
        ("the 33-year-old actress", ["age:33"]),
        ("Tara Reid, 33, checked in", ["age:33"]),
        ("a man aged 70", ["age:70"]),
        ("she is 29 years old", ["age:29"]),
        ("died at the age of 91, her spokesman said", ["age:91"]),
        ("died at age 85", ["age:85"]),
        ("She was 85.", ["age:85"]),
        ("Twenty-three personnel surrendered", ["num:23"]),
        ("twenty-five percent", ["pct:25"]),
        ("she died Thursday at 91.", ["age:91"]),
        ("Esther Williams Dies At 91", ["age:91"]),
        ("she died at 18:41 this evening", ["time:18:41"]),
        # 24-hour times as French, Portuguese and German write them: one time each
        ("Le feu s'est déclaré vers 18 h 50.", ["time:18:50"]),
        ("O fogo começou às 18h50.", ["time:18:50"]),
        ("Das Feuer brach um 18.50 Uhr aus.", ["time:18:50"]),
        ("Die Polizei kam gegen 19 Uhr.", ["time:19:00"]),
        ("a 3 h 2 sprint", ["num:3", "num:2"]),  # no minutes after the h: no time
        ("He was 24 points behind.", ["num:24"]),
        ("On May, 12, 1999", ["num:12", "year:1999"]),  # a month is nobody's name
    ],
)
def test_numbers_and_dates_normalised(text: str, keys: list[str]) -> None:
    assert [m.key for m in features(text).numbers] == keys


def test_number_remembers_what_it_counts() -> None:
    (m,) = features("the first visit in 24 years").numbers
    assert m.unit_word == "year"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("on board the two pirate boats", "boat"),
        ("seized 13 fully loaded magazines", "magazin"),
        ("and two other rifles", "rifl"),
        ("three bank workers died", "worker"),
        ("the 23 pirates arrested", "pirat"),
        ("23 Somali pirates", "somali"),
        ("an eight-year offer", "year"),
        ("a five-boat pirate attack", "boat"),
        ("for only three defeats-and a draw", "defeat"),
        ("cells are 8-by-12 feet", ""),
    ],
)
def test_number_counts_the_head_of_a_compound(text: str, unit: str) -> None:
    (m,) = features(text).numbers
    assert m.unit_word == unit


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("The 76ers lost again.", []),
        ("the 49ers' coach", []),
        ("in the 1980s", ["year:1980"]),
        ("her 16th title", ["num:16"]),
        ("a 2.5m loan", ["num:2.5"]),
    ],
)
def test_a_figure_glued_to_a_word_is_no_count_unless_a_unit(text: str, keys: list[str]) -> None:
    assert [m.key for m in features(text).numbers] == keys


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The 76ers lost again.", ["76ers"]),
        ("Cheeks coached the Philadelphia 76ers.", ["cheeks", "philadelphia 76ers"]),
    ],
)
def test_a_team_named_by_a_figure_is_a_name(text: str, names: list[str]) -> None:
    assert [m.key for m in features(text).names] == names


def test_score_or_range_counts_nothing() -> None:
    numbers = features("They fell to a 9-14 record.").numbers
    assert [(m.key, m.unit_word) for m in numbers] == [("num:9", ""), ("num:14", "")]


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("a $141 billion loan", "$141 billion", "usd"),
        ("US$ 5 million in aid", "US$ 5 million", "usd"),
        ("fined €3.5 million", "€3.5 million", "eur"),
        ("costs 40 euros", "40", "eur"),
        ("raised 10 dollars", "10", "usd"),
        ("£12 a ticket", "£12", "gbp"),
    ],
)
def test_money_counts_its_currency(text: str, surface: str, unit: str) -> None:
    (m,) = features(text).numbers
    assert (m.surface, m.unit_word) == (surface, unit)


def test_stems_skip_stopwords_and_reporting_verbs() -> None:
    stems = features("Putin said the countries were supporting it").stems
    assert set(stems) == {"putin", "countri", "support"}


@pytest.mark.parametrize(
    ("text", "stem", "surface"),
    [
        ("Leaders met in North Korea's capital.", "north", "North"),
        ("The summit ended on Wednesday.", "wednesday", "Wednesday"),
        ("Following the summit, talks ended.", "follow", "following"),
        ("The Kim-Putin summit ended.", "putin", "Putin"),
        ("A well-known envoy spoke.", "known", "known"),
        ("KIM'S envoy spoke.", "kim", "KIM"),
    ],
)
def test_word_surface_keeps_capitals_only_in_names_and_dates(
    text: str, stem: str, surface: str
) -> None:
    assert features(text).surfaces[stem] == surface


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The family's privacy", {"family", "privacy"}),
        ("The family\u2019s privacy", {"family", "privacy"}),
        ("The family 's privacy", {"family", "privacy"}),  # a tokenised text
        ("The Workers' Party", {"Workers", "Party"}),
        ("Kim\u2019s envoy", {"Kim", "envoy"}),
        ("We don't know", {"know"}),
        ("It\u2019s late", {"late"}),
        ("I've done enough", {"done", "enough"}),
        ("We 've done enough", {"done", "enough"}),
        ("They'll see, we're sure, I'd guess", {"see", "sure", "guess"}),
        ("They can't and won't stop", {"stop"}),
        ("Do n't stop", {"stop"}),
        ("Shaquille O'Neal spoke", {"Shaquille", "O'Neal", "spoke"}),  # no clitic
    ],
)
def test_possessives_and_contractions_leave_no_fragments_among_words(
    text: str, words: set[str]
) -> None:
    assert set(features(text).surfaces.values()) == words


def test_a_clitic_written_apart_keeps_the_words_around_it_a_bigram() -> None:
    assert features("the family 's privacy").bigrams == features("the family's privacy").bigrams


def test_typographic_quotes_do_not_change_words() -> None:
    plain = features('Kim said "fiery friendship" mattered').stems
    curly = features("Kim said \u201cfiery friendship\u201d mattered").stems
    assert plain == curly


def test_no_break_space_does_not_split_names() -> None:
    (m,) = features("Kim\u00a0Jong\u00a0Un spoke.").names
    assert m.key == "kim jong un"


def test_stems_agree_when_threads_stem_at_once() -> None:
    # the aligner extracts features on a thread of its own; a snowball stemmer object
    # keeps its work in itself, so unguarded threads garble stems or raise IndexError
    import sys
    from concurrent.futures import ThreadPoolExecutor
    from itertools import product

    from reader.analysis.words.stems import stem

    roots = ["negotiat", "assist", "provid", "attack", "sign", "militar", "agree", "nation"]
    ends = ["e", "es", "ed", "ing", "ion", "ions", "ively", "ance", "ational", "fulness"]
    words = [r + e + "s" * k for r, e, k in product(roots, ends, range(6))]
    stem.cache_clear()
    alone = [stem(w) for w in words]
    stem.cache_clear()
    switch = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # threads change hands inside a stem
    try:
        with ThreadPoolExecutor(4) as pool:
            together = list(pool.map(stem, words))
    finally:
        sys.setswitchinterval(switch)
    assert together == alone


def test_the_c_stemmer_is_installed_and_stems_as_the_snowball_algorithm(
    seed_a_path: Path, seed_b_path: Path
) -> None:
    import snowballstemmer
    from snowballstemmer.english_stemmer import EnglishStemmer

    fast = snowballstemmer.stemmer("english")
    assert type(fast).__module__ == "Stemmer"  # PyStemmer, a dependency
    words = set()
    for path in (seed_a_path, seed_b_path):
        words |= set(re.findall(r"[a-z][a-z'-]*", path.read_text(encoding="utf-8").lower()))
    reference = EnglishStemmer()
    assert len(words) > 300
    assert {w: fast.stemWord(w) for w in words} == {w: reference.stemWord(w) for w in words}


@pytest.mark.parametrize(
    ("text", "names", "counts"),
    [
        ("The navy seized seven AK-47 assault rifles.", ["ak 47"], [("num:7", "ak47")]),
        ("They seized 14 AK 47 Rifles.", ["ak", "rifles"], [("num:14", "ak47")]),
        ("They seized seven AK-47s.", ["ak 47s"], [("num:7", "ak47")]),
        ("Two F-16 jets flew over.", ["f 16"], [("num:2", "f16")]),
        ("In the US 47 people died.", ["us"], [("num:47", "peopl")]),
        ("Two Boeing 747 jets landed.", ["boeing"], [("num:2", "boeing747")]),
        ("A bomb went off on Oregon 214 and 20 people fled.", ["oregon"], [("num:20", "peopl")]),
        ("At 9:25 Thursday 26 pirates were held.", [], [("time:09:25", ""), ("num:26", "pirat")]),
        ("Some 420 passengers and crew left.", [], [("num:420", "passeng+crew")]),
        ("They seized two boats and sank them.", [], [("num:2", "boat")]),
        ("Juror No. 8, one of six jurors, spoke.", ["juror"], [("no:8", ""), ("num:6", "juror")]),
    ],
)
def test_a_designation_is_a_name_and_what_a_count_before_it_counts(
    text: str, names: list[str], counts: list[tuple[str, str]]
) -> None:
    f = features(text)
    assert [m.key for m in f.names] == names
    assert [(m.key, m.unit_word) for m in f.numbers] == counts


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # (the sentence's opening word is left to the pair: reader.analysis.names.cased_names)
        ("Il a parlé à l'Élysée avec Ángel Núñez et Ñúñez.",
         ["Il", "Élysée", "Ángel Núñez", "Ñúñez"]),
        ("Встреча прошла в Пхеньяне, где Путин и Ким Чен Ын говорили.",
         ["Встреча", "Пхеньяне", "Путин", "Ким Чен Ын"]),
        ("Η συνάντηση έγινε στην Αθήνα με τον Αλέξη Τσίπρα.", ["Αθήνα", "Αλέξη Τσίπρα"]),
        ("He flew to Łódź and then to Ürümqi with Özil.", ["Łódź", "Ürümqi", "Özil"]),
    ],
)  # fmt: skip
def test_names_in_any_cased_script(sentence: str, expected: list[str]) -> None:
    unit = Unit(0, Span(0, len(sentence)), sentence, fold(sentence))
    assert [m.surface for m in extract(unit).names] == expected


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # ECB+ 3_1ecbplus and 3_4ecbplus write both
        (
            "During the escape, Arcade Joseph Comeaux, Jr. allegedly produced a weapon.",
            "arcade joseph comeaux jr",
        ),
        (
            "Questions about how convicted rapist Arcade Joseph Comeaux Jr., 49, escaped.",
            "arcade joseph comeaux jr",
        ),
        ("Arcade Joseph Comeaux, Jr., 49, escaped Monday.", "arcade joseph comeaux jr"),
        ("The Rev. Martin Luther King, Sr. preached there.", "martin luther king sr"),
    ],
)
def test_a_jr_or_sr_after_a_comma_is_part_of_the_name(text: str, key: str) -> None:
    assert [m.key for m in features(text).names][-1:] == [key]
    assert "jr" not in {m.key for m in features(text).names}


@pytest.mark.parametrize(
    ("with_comma", "without"),
    [
        ("Davis Love, III, shot a closing 64 to win by a stroke.", "Davis Love III"),
        ("Henry Ford, II, ran the company for three decades.", "Henry Ford II"),
        # ECB+ 9_2ecb writes "Chairman Nick J. Rahall II (D-W.Va.)"
        ("House Resources Committee Chairman Nick Rahall, II said so.", "Nick Rahall II"),
    ],
)
def test_a_roman_numeral_after_a_comma_is_part_of_the_name(with_comma: str, without: str) -> None:
    keys = [m.key for m in features(with_comma).names]
    assert name_key(without) in keys
    assert not {"ii", "iii"} & set(keys)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # ECB+ 9_2ecb, 9_13ecbplus, 5_9ecb, 3_7ecb
        (
            '"As the Bush administration fades off into the sunset, it continues to take '
            'brazen pot shots at everything in sight," said House Resources Committee '
            "Chairman Nick J. Rahall II (D-W.Va.).",
            "nick j rahall ii",
        ),
        (
            "In his final months in office, former president George W. Bush enacted several "
            "highly controversial policies that affect health care and wildlife.",
            "george w bush",
        ),
        (
            "Stephen A. Smith has reported that the Philadelphia 76ers have parted ways with "
            "coach Maurice Cheeks.",
            "stephen a smith",
        ),
        (
            "The man, Brian G. Nichols, 37, was found guilty last month of murder.",
            "brian g nichols",
        ),
        ("John F. Kennedy was shot in Dallas.", "john f kennedy"),
        ("Michael J. Fox spoke.", "michael j fox"),
        ("George H. W. Bush spoke.", "george h w bush"),
        ("George H.W. Bush spoke.", "george h.w. bush"),
    ],
)
def test_a_middle_initial_with_its_stop_does_not_end_a_name(text: str, key: str) -> None:
    assert key in [m.key for m in features(text).names]


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("They chose Plan B. The others left.", ["plan b"]),
        ("It was Plan B. So they left.", ["plan b"]),
    ],
)
def test_a_capital_with_a_stop_before_a_function_word_ends_a_name(
    text: str, keys: list[str]
) -> None:
    assert [m.key for m in features(text).names] == keys


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # ECB+ 5_14ecb
        ("He joins Oklahoma City's P.J.Carlesimo.", ["oklahoma city", "p.j. carlesimo"]),
        ("P.J. Carlesimo was fired.", ["p.j. carlesimo"]),
        ("They trained with the U.S.Army in Texas.", ["u.s. army", "texas"]),
        # a sentence's first word after an acronym with no space
        ("It happened in the U.S.The next day he left.", ["us"]),
    ],
)  # fmt: skip
def test_initials_with_no_space_before_the_surname_are_one_name(text: str, keys: list[str]) -> None:
    assert [m.key for m in features(text).names] == keys


@pytest.mark.parametrize(
    ("surface", "parts"),
    [
        ("Stephen A. Smith", ["stephen a", "smith"]),
        ("Nick J. Rahall II", ["nick j", "rahall ii"]),
        ("George H.W. Bush", []),
        ("Washington D.C. Police", []),
        ("Dirk Kempthorne", []),
    ],
)
def test_the_parts_either_side_of_a_middle_initial(surface: str, parts: list[str]) -> None:
    assert initial_parts(surface) == parts


def test_roman_numerals_after_a_comma_in_a_list_stay_apart() -> None:
    assert [m.key for m in features("Phase I, II and III were finished.").names] == [
        "phase i",
        "ii",
        "iii",
    ]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # ECB+ 2_7ecb, 2_5ecb, 9_13ecbplus
        (
            "The Academy of Motion Picture Arts and Sciences announced Friday that Hugh "
            "Jackman will be the host of the 81st annual Oscars on Feb. 22 at the Kodak Theatre.",
            "academy of motion picture arts and sciences",
        ),
        (
            "The Academy of Motion Pictures Arts and Sciences, which hands out the world's "
            "top film honors, said Jackman, 40, will host the televised ceremony.",
            "academy of motion pictures arts and sciences",
        ),
        (
            "Office of Management and Budget Director Peter Orszag followed up with a Jan. 21 "
            "memo giving agency heads these options.",
            "office of management and budget",
        ),
        (
            "The Department of Health and Human Services issued the rule on Thursday.",
            "department of health and human services",
        ),
        (
            "Agents of the Bureau of Alcohol, Tobacco, Firearms and Explosives searched the house.",
            "bureau of alcohol tobacco firearms and explosives",
        ),
    ],
)
def test_an_institution_keeps_and_inside_its_name(text: str, key: str) -> None:
    assert key in [m.key for m in features(text).names]


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # ECB+ 12_7ecb: a sea and an ocean
        (
            "Somali pirates have carried out around 100 attacks in the Gulf of Aden and Indian "
            "Ocean since the start of this year.",
            ["somali", "gulf of aden", "indian ocean"],
        ),
        ("Obama and Romney met in Denver on Wednesday.", ["obama", "romney", "denver"]),
        (
            "The University of Michigan and Ohio State meet on Saturday.",
            ["university of michigan", "ohio state"],
        ),
        (
            "The Department of Justice and FBI declined to comment.",
            ["department of justice", "fbi"],
        ),
    ],
)
def test_two_names_joined_by_and_stay_two(text: str, keys: list[str]) -> None:
    assert [m.key for m in features(text).names] == keys


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # ECB+ 3_7ecbplus
        (
            "The Texas Department of Criminal Justice has made sweeping changes.",
            "texas department of criminal justice",
        ),
        ("The Department of Justice said it would appeal.", "department of justice"),
        ("The Ministry of Defence said the drills were routine.", "ministry of defence"),
        ("A Ministry of Finance statement followed.", "ministry of finance"),
        ("The Department of the Interior listed the species.", "department of the interior"),
    ],
)
def test_a_department_or_ministry_is_named_whole(text: str, key: str) -> None:
    assert key in [m.key for m in features(text).names]


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("Secretary of State John Kerry arrived.", ["john kerry"]),
        ("Minister of Justice Marco Buschmann spoke.", ["marco buschmann"]),
        # ECB+ 9_2ecb, 9_11ecbplus
        (
            '"The rule strengthens the regulations so the government can focus on protecting '
            'endangered species as it strives to rebuild the American economy," said '
            "Secretary of the Interior Dirk Kempthorne.",
            ["american", "dirk kempthorne"],
        ),
        (
            "Secretary of Commerce Gary Locke and Secretary of the Interior Ken Salazar, who "
            "head the two agencies that administer the Endangered Species Act, said their "
            "decision to again require consultation before action is based on sound science.",
            ["gary locke", "ken salazar", "endangered species act"],
        ),
        # a department of two words
        (
            "Secretary of Homeland Security Janet Napolitano said the border was secure.",
            ["janet napolitano"],
        ),
        ("Minister of Foreign Affairs Sergei Lavrov met his counterpart.", ["sergei lavrov"]),
    ],
)
def test_an_office_of_a_department_names_its_holder_only(text: str, keys: list[str]) -> None:
    assert [m.key for m in features(text).names] == keys


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        (
            "Secretary of Health and Human Services Kathleen Sebelius said the program would "
            "be expanded.",
            ["kathleen sebelius"],
        ),
        (
            "Secretary of Housing and Urban Development Ben Carson toured the site on Friday.",
            ["ben carson"],
        ),
        (
            "Minister of Finance and Economic Affairs Peter Jensen presented the budget.",
            ["peter jensen"],
        ),
        ("The Secretary of Health and Human Services signed the order.", []),
        # a holder whose given name no list knows, after a department's last word
        (
            "Secretary of Health and Human Services Jeh Johnson said the border was secure.",
            ["jeh johnson"],
        ),
        ("Secretary of the Treasury and Human Services Jeh Johnson met.", ["jeh johnson"]),
        # a list of a department's words with a comma, one of them no department's word
        (
            "Minister of Agriculture, Food and Rural Affairs Ernie Hardeman spoke.",
            ["ernie hardeman"],
        ),
        (
            "Secretary of Food, Agriculture and Rural Affairs Jane Doe spoke.",
            ["jane doe"],
        ),
        (
            "Minister of Health, Labour and Welfare Yasuhisa Shiozaki said.",
            ["yasuhisa shiozaki"],
        ),
        ("The Secretary of Agriculture, Food and Rural Affairs resigned.", []),
        # a surname alone after a department's last word
        ("Secretary of Health and Human Services Sebelius said.", ["sebelius"]),
        (
            "Secretary of Housing and Urban Development Carson toured the site.",
            ["carson"],
        ),
        ("Secretary of Defense and Homeland Security Chertoff met.", ["chertoff"]),
        (
            "Minister of Agriculture, Food and Rural Affairs Hardeman spoke.",
            ["hardeman"],
        ),
        ("Secretary of Welfare John Doe said.", ["john doe"]),
    ],
)
def test_a_department_named_with_and_after_an_office_is_left_out(
    text: str, keys: list[str]
) -> None:
    assert [m.key for m in features(text).names] == keys


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("The Secretary of State and Hillary Clinton spoke.", ["hillary clinton"]),
        ("He met the Secretary of State and Lavrov in Geneva.", ["lavrov", "geneva"]),
        (
            "Secretary of Defense and Joint Chiefs Chairman Mike Mullen testified.",
            ["joint chiefs", "mike mullen"],
        ),
        # a place, not a department: the holder is parted later (office_holders)
        ("Prime Minister of India Narendra Modi arrived.", ["india narendra modi"]),
        # no department's last word before the two words
        (
            "The Secretary of State and Wall Street Journal editors met.",
            ["wall street journal"],
        ),
        ("Secretary of Energy and Environment Canada officials met.", ["environment canada"]),
        # a list of people, not of a department's words
        ("Secretary of State, Rice and Lavrov met.", ["rice", "lavrov"]),
        (
            "Secretary of State, Rice and Wall Street Journal editors met.",
            ["rice", "wall street journal"],
        ),
        # one word after the department naming a law or a body, not a holder
        (
            "Secretary of State and Homeland Security Act sponsors met.",
            ["homeland security act"],
        ),
        (
            "Secretary of Health and Human Services Agency officials said.",
            ["human services agency"],
        ),
    ],
)
def test_a_name_after_an_office_and_its_department_is_kept(text: str, keys: list[str]) -> None:
    assert [m.key for m in features(text).names] == keys


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # "Foreign" opens the department's name here, no title ending a run: not "Affairs"
        (
            "The Minister of Foreign Affairs, Anna Berg, said the talks would resume.",
            ["foreign affairs", "anna berg"],
        ),
        # as "Homeland Security" of "Homeland Security Secretary"
        (
            "Foreign Affairs Minister Anna Berg said the talks would resume.",
            ["foreign affairs", "anna berg"],
        ),
        ("The Minister of Foreign Trade, Anna Berg, said so.", ["foreign trade", "anna berg"]),
        # was "Senate" and "Relations Committee"
        (
            "The Senate Foreign Relations Committee met on Tuesday.",
            ["senate foreign relations committee"],
        ),
        # a title still before a name or an office
        ("Foreign Minister Anna Berg said the talks would resume.", ["anna berg"]),
    ],
)
def test_foreign_opening_a_department_s_name_is_no_title(text: str, keys: list[str]) -> None:
    assert [m.key for m in features(text).names] == keys


# were "Phone", "Bay", "V Harlow", "B Mark Teixeira": a capital inside a word opened a name
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Buyers of the iPhone and sellers on eBay met in Paris.", ["Buyers", "Paris"]),
        ("The 500kV Harlow line and the 21.9GW peak.", ["Harlow"]),
        ("The team made an offer to 1B Mark Teixeira.", ["Mark Teixeira"]),  # ECB+ 10_8
        ("McDonald met DeSantis in al-Anbar.", ["McDonald", "DeSantis", "al-Anbar"]),
    ],
)
def test_a_capital_glued_to_a_small_letter_or_a_digit_opens_no_name(
    text: str, names: list[str]
) -> None:
    f = extract(Unit(0, Span(0, len(text)), text, fold(text)))
    assert [m.surface for m in f.names] == names
