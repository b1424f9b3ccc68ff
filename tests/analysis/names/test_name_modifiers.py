"""A name between a figure and its noun tells what kind of thing is counted
(reader/analysis/names/name_modifiers.py): "400 Al-Shabaab fighters" counts fighters, so it
shares its figure with "400 fighters", disagrees with "300 fighters", and is no count of
the "three Al-Shabaab commanders" the other article tells of."""

from __future__ import annotations

import pytest

from tests.analysis.sentence_pairs import details, feats, shared_figures

# "The February 2008 three-hour plus broadcast ... hit a low 32 million U.S. viewers"
# (ECB+ 2_5ecb, line 16)
_OSCARS = (
    "The February 2008 three-hour plus broadcast, hosted for the second time by Stewart, hit "
    "a low 32 million U.S. viewers and entered the record books as the least-watched Oscars "
    "ever."
)


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Some 400 Al-Shabaab fighters stormed the base at dawn.", "fighter"),
        ("At least 12 Boko Haram fighters were killed in the clash.", "fighter"),
        ("Around 200 al-Qaida militants were holed up in the town.", "milit"),
        ("Airstrikes damaged 30 Hamas-run schools in Gaza City.", "school"),
        ("Air defences shot down 5 Russian-made drones over Kyiv.", "drone"),
        ("The jet was carrying 12 Malaysia Airlines crew members.", "member"),
        ("Police said 200 Al-Shabaab militia had crossed into Kenya overnight.", "militia"),
        ("Ethiopia will keep its 4,400 Amisom force in Somalia until May.", "forc"),
        ("The 850 Ugandan Army contingent arrived in Mogadishu on Monday.", "conting"),
        ("The 700 Kenya Defence Forces battalion crossed the border.", "battalion"),
        ("A 3,000 Republican Guard brigade defended the airport.", "brigad"),
        # a Title Case headline: its capitals name nothing
        ("400 Al-Shabaab Fighters Killed In Kenyan Raid", "fighter"),
        ("12 Boko Haram Fighters Killed As Troops Repel Attack", "fighter"),
        ("2,000 U.S. Troops To Leave Somalia", "troop"),
    ],
)  # fmt: skip
def test_the_noun_after_a_name_is_counted(text: str, counted: str) -> None:
    assert [m.unit_word for m in feats(text).numbers] == [counted]


@pytest.mark.parametrize(
    ("text", "language", "counted"),
    [
        ("The Indian navy has captured 23 Somalian pirates.", None, "somalian"),
        ("Marine commandos seized 12 Somali pirates.", None, "somali"),
        ("Marine commandos freed the 26 Somali crew of the dhow.", None, "somali"),
        ("Some 300 Kenyan Army soldiers crossed the border on Sunday.", None, "kenyan"),
        ("Indian Navy Captures 26 Somali Pirates In Gulf Of Aden", None, "somali"),
        ("Navy Frees 26 Somali Crew Held By Pirates", None, "somali"),
        ("Rund 400 Feuerwehr-Leute sind im Einsatz.", "German", "feuerwehr-leut"),
    ],
)  # fmt: skip
def test_a_nationality_or_a_german_noun_is_still_counted(
    text: str, language: str | None, counted: str
) -> None:
    assert [m.unit_word for m in feats(text, language).numbers] == [counted]


@pytest.mark.parametrize(
    ("a", "b", "shared"),
    [
        ("Some 400 Al-Shabaab fighters stormed the military base in Lower Shabelle.",
         "About 400 fighters stormed the military base before dawn, officials said.",
         [("400", "400")]),
        # ECB+ 2_5ecb line 16 and 2_7ecb line 24
        (_OSCARS,
         "The 2008 telecast delivered 32 million total viewers, a 24% drop compared with "
         "the previous year's ceremony, according to figures from Nielsen Media Research.",
         [("2008", "2008"), ("32 million", "32 million")]),
    ],
)  # fmt: skip
def test_a_count_after_a_name_shares_its_figure_with_the_plain_noun(
    a: str, b: str, shared: list[tuple[str, str]]
) -> None:
    assert shared_figures(a, b) == shared


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Troops killed 12 Al-Shabaab fighters in the raid near Kismayo.",
         "Three Al-Shabaab commanders were captured in the raid near Kismayo."),
        ("Israeli airstrikes damaged 30 Hamas-run schools in Gaza City overnight.",
         "Israeli airstrikes hit 12 Hamas-run clinics in Gaza City overnight."),
    ],
)  # fmt: skip
def test_two_things_one_name_qualifies_are_two_counts(a: str, b: str) -> None:
    assert details(a, b) == []


@pytest.mark.parametrize(
    ("a", "b", "detail"),
    [
        ("Some 400 Al-Shabaab fighters stormed the military base in Lower Shabelle.",
         "About 300 fighters stormed the military base before dawn, officials said.",
         "400 vs 300"),
        ("At least 12 Boko Haram fighters were killed when troops repelled the attack.",
         "At least 15 Boko Haram fighters were killed when troops repelled the attack.",
         "12 vs 15"),
        ("Ukrainian air defences shot down 5 Russian-made drones over Kyiv overnight.",
         "Ukrainian air defences shot down seven drones over Kyiv overnight.", "5 vs seven"),
        ("Around 200 al-Qaida militants were holed up in the town, the army said.",
         "Around 150 militants were holed up in the town, the army said.", "200 vs 150"),
        ("Some 400 Al-Shabaab militia attacked the base before dawn, officials said.",
         "Some 300 Al-Shabaab militia attacked the base before dawn, officials said.",
         "400 vs 300"),
        (_OSCARS,
         "The 2008 broadcast, hosted for the second time by Stewart, drew 36 million "
         "viewers, the smallest audience in the show's history.", "32 million vs 36 million"),
        ("Some 2,000 U.S. troops are stationed in Somalia, the Pentagon said.",
         "About 2,500 troops are stationed in Somalia, the Pentagon said.", "2,000 vs 2,500"),
        ("About 3,000 U.S.-led troops entered the city at dawn, officials said.",
         "About 2,000 troops entered the city at dawn, officials said.", "3,000 vs 2,000"),
        ("400 Al-Shabaab Fighters Killed In Kenyan Raid",
         "Kenyan troops killed 300 fighters in the raid, the army said.", "400 vs 300"),
    ],
)  # fmt: skip
def test_a_count_after_a_name_against_another_figure_is_reported(
    a: str, b: str, detail: str
) -> None:
    assert details(a, b) == [detail]


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        (_OSCARS, "viewer"),
        ("Some 2,000 U.S. troops are stationed in Somalia, the Pentagon said.", "troop"),
        ("About 1,200 U.N. peacekeepers patrol the buffer zone.", "peacekeep"),
        ("The 30 U.K. nationals on board were flown home on Sunday.", "nation"),
        ("About 3,000 U.S.-led troops entered the city at dawn.", "troop"),
        # a capitalised plural closing the name after an abbreviation
        ("About 2,000 U.S. Marines are heading to the coast of Israel.", "marin"),
        ("At least 30 U.S. Marines were wounded in the attack.", "marin"),
        ("Some 500 U.S. Army Rangers took part in the raid on the compound.", "ranger"),
        ("Officials said 12 U.S. Navy SEALs stormed the lifeboat.", "seal"),
        ("About 2,000 US Marines are heading to the coast of Israel.", "marin"),
        ("Some 800 U.K. Royal Marines will join the exercise in Norway.", "marin"),
        # past "and" and another name, or a noun in small letters after the name
        ("About 2,000 U.S. and British troops withdrew from the base.", "troop"),
        ("About 2,000 U.S. Special Forces soldiers are deployed in Syria.", "soldier"),
    ],
)  # fmt: skip
def test_the_noun_after_an_abbreviation_with_dots_is_counted(text: str, counted: str) -> None:
    assert feats(text).numbers[-1].unit_word == counted  # the last: not 2_5ecb's "three-hour"


@pytest.mark.parametrize(
    "text",
    [
        "Another 2,000 U.S. and 300 British troops withdrew from the base.",
        "The ship carried 2,000 U.S. to the port.",
    ],
)  # fmt: skip
def test_an_abbreviation_with_dots_is_never_what_is_counted(text: str) -> None:
    assert feats(text).numbers[0].unit_word != "u"


@pytest.mark.parametrize(
    ("a", "b", "detail"),
    [
        ("A rapid response force of about 2,000 U.S. Marines is heading to the coast of "
         "Israel, a defense official said.",
         "Some 2,500 Marines are heading to the coast of Israel, a defense official said.",
         "2,000 vs 2,500"),
        ("Some 500 U.S. Army Rangers took part in the raid on the compound in Kandahar.",
         "Some 300 Rangers took part in the raid on the compound in Kandahar.", "500 vs 300"),
    ],
)  # fmt: skip
def test_a_capitalised_plural_after_an_abbreviation_against_another_figure_is_reported(
    a: str, b: str, detail: str
) -> None:
    assert details(a, b) == [detail]


def test_a_capitalised_plural_after_an_abbreviation_shares_its_figure() -> None:
    a = (
        "A rapid response force of about 2,000 U.S. Marines is heading to the coast of "
        "Israel, a defense official said."
    )
    b = "Some 2,000 Marines are heading to the coast of Israel, a defense official said."
    assert shared_figures(a, b) == [("2,000", "2,000")]


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("The 400 Al-Shabaab militia attacked towns in Lower Shabelle before dawn.", "militia"),
        ("Some 200 Boko Haram militia raided villages near Maiduguri.", "militia"),
        ("The 400 militia attacked towns in Lower Shabelle before dawn.", "militia"),
        ("Some 300 crew boarded lifeboats before the ship sank.", "crew"),
        # the word right after a group noun is still its members
        ("Twelve crew members were rescued by the navy.", "member"),
        ("Two police officers were hurt in the blast.", "offic"),
        # after "-strong", a group noun after a word in small letters is what is counted
        ("Somalia is defended by a 22,000-strong peacekeeping force.", "forc"),
    ],
)  # fmt: skip
def test_a_group_noun_is_counted_not_a_plural_after_its_verb(text: str, counted: str) -> None:
    assert [m.unit_word for m in feats(text).numbers] == [counted]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The 400 Al-Shabaab militia attacked towns in Lower Shabelle before dawn.",
         "Al-Shabaab militia attacked 12 towns in Lower Shabelle before dawn."),
        ("Some 200 Boko Haram militia raided villages near Maiduguri on Sunday.",
         "Boko Haram militia raided five villages near Maiduguri on Sunday."),
    ],
)  # fmt: skip
def test_a_group_and_the_places_it_attacked_are_two_counts(a: str, b: str) -> None:
    assert details(a, b) == []


@pytest.mark.parametrize(
    ("a", "b", "shared"),
    [
        ("The 400 Al-Shabaab militia attacked towns in Lower Shabelle before dawn.",
         "Some 400 militia had stormed the towns of Awdhegle and Mubarak, officials said.",
         [("400", "400")]),
    ],
)  # fmt: skip
def test_a_group_after_a_name_shares_its_figure_with_the_group(
    a: str, b: str, shared: list[tuple[str, str]]
) -> None:
    assert shared_figures(a, b) == shared


@pytest.mark.parametrize(
    ("a", "b", "shared"),
    [
        ("400 Al-Shabaab Fighters Killed In Kenyan Raid",
         "Kenyan troops killed 400 fighters in the raid, the army said.", "400"),
        # ECB+ 12_4ecbplus's headline in Title Case, against 12_7ecbplus, line 4
        ("Indian Navy Captures 26 Somali Pirates In Gulf Of Aden",
         "An Indian warship on Thursday intercepted three boats with 26 Somali pirates in "
         "the Gulf of Aden and foiled an attack on merchant vessels.", "26"),
    ],
)  # fmt: skip
def test_a_title_case_headline_shares_its_figure_with_the_article(
    a: str, b: str, shared: str
) -> None:
    assert shared_figures(a, b) == [(shared, shared)]


@pytest.mark.parametrize(
    ("a", "b", "shared"),
    [
        ("Somalia is defended by 22,000 African Union troops, officials said.",
         "Somalia is defended by 22,000 troops, officials said.", "22,000"),
        ("Ethiopia sent 2,000 Ethiopian troops to Somalia, officials said.",
         "Ethiopia sent 2,000 troops to Somalia, officials said.", "2,000"),
        ("Somalia is defended by a 22,000-strong African Union force, officials said.",
         "Somalia is defended by 22,000 troops, officials said.", "22,000"),
    ],
)  # fmt: skip
def test_a_count_of_a_nationality_s_troops_shares_an_equal_figure(
    a: str, b: str, shared: str
) -> None:
    # people of any kind are one thing to a figure's partner (counted_parts.same_thing)
    assert shared_figures(a, b) == [(shared, shared)]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the nationality's troops may be a part of all the troops: left alone on purpose
        ("Somalia is defended by 22,000 African Union troops, officials said.",
         "Somalia is defended by 20,000 troops, officials said."),
        ("Ethiopia sent 2,000 Ethiopian troops to Somalia, officials said.",
         "Ethiopia sent 3,000 troops to Somalia, officials said."),
    ],
)  # fmt: skip
def test_a_count_of_a_nationality_s_troops_against_other_troops_is_not_reported(
    a: str, b: str
) -> None:
    assert details(a, b) == []
