"""Figures told of someone else (a possessive before the figure, a relative clause after
it naming who got it), figures per item ("in each of"), "one round where": no count of
the event's own to compare (the reviewed ECB+ scan's false alarms), and their twins that
stay discrepancies."""

from __future__ import annotations

import pytest

from reader.analysis.conflicts.discrepancies import conflicts
from reader.analysis.figures import count_terms
from reader.analysis.figures.figure_owners import figure_owner
from reader.analysis.names.headlines import refine_headline_names
from tests.analysis.sentence_pairs import details, feats

SABATHIA = (
    "Either way, Teixeira will end up with one of the biggest paydays in baseball history, "
    "almost certainly exceeding the $161 million (over seven years) that fellow free agent "
    "CC Sabathia received from the Yankees earlier this offseason."
)


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        (SABATHIA, "$161 million", "cc sabathia"),
        (
            "It dwarfs the four-year, $90 million deal that Torii Hunter got last summer.",
            "$90 million",
            "torii hunter",
        ),
        ("It dwarfs Torii Hunter's four-year, $90 million deal.", "$90 million", "torii hunter"),
        ("It dwarfs the Nationals\u2019 $160 million offer.", "$160 million", "nationals"),
        (
            "Es ist mehr als der Vertrag über 90 Millionen Dollar, den Torii Hunter bekam.",
            "90 Millionen",
            "torii hunter",
        ),
        ("The Red Sox offered Mark Teixeira $200 million.", "$200 million", None),
        ("The Red Sox offered $200 million, sources told Mike Lynch.", "$200 million", None),
    ],
)
def test_a_figure_owned_outright(text: str, figure: str, owner: str | None) -> None:
    f = feats(text)
    (m,) = [x for x in f.numbers if x.surface == figure]
    assert figure_owner(f, m) == owner


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # 10_2ecbplus / 10_3ecbplus: the Red Sox's offer against Sabathia's contract
        (
            "The Red Sox have made an eight-year offer to Teixeira, but sources say it is "
            "less than the $184 million reported by Boston WCVB sportscaster Mike Lynch.",
            SABATHIA,
        ),
        # the Yankees' $240 million for two pitchers against Sabathia's $161 million
        (
            "That was before the Yankees committed more than $240 million to sign pitchers "
            "CC Sabathia and A. J. Burnett.",
            SABATHIA,
        ),
        # 10_5ecb / 10_7ecb: Hunter's deal against the offer to Teixeira
        (
            "If accepted, this would certainly be the largest contract in the Angels history, "
            "dwarfing the four-year, $90 million deal that Torii Hunter got just last summer.",
            "While the numbers aren't confirmed, the deal is believed to be an offer of eight "
            "years and around $160 million.",
        ),
        (
            "It dwarfs Torii Hunter's four-year, $90 million deal.",
            "The deal is believed to be worth $160 million.",
        ),
    ],
)
def test_a_figure_of_someone_else_is_no_discrepancy(a: str, b: str) -> None:
    assert details(a, b) == []
    assert details(b, a) == []


@pytest.mark.parametrize(
    ("a", "b", "detail"),
    [
        (SABATHIA, "CC Sabathia signed for $140 million.", "$161 million vs $140 million"),
        (
            "It dwarfs Torii Hunter's four-year, $90 million deal.",
            "Torii Hunter got a $70 million deal last summer.",
            "$90 million vs $70 million",
        ),
        (
            "The deal that Torii Hunter got was worth $90 million.",
            "Torii Hunter got a $70 million deal last summer.",
            "$90 million vs $70 million",
        ),
    ],
)
def test_the_same_owners_figures_still_disagree(a: str, b: str, detail: str) -> None:
    assert details(a, b) == [detail]


def test_a_figure_per_item_is_no_total() -> None:
    # 10_2ecb / 10_5ecb: runs in each of five seasons against home runs in 54 games
    assert (
        details(
            "Teixeira, 28, has hit at least 30 homers and driven in at least 105 runs in each "
            "of the past five seasons.",
            "In 54 games with the Angeles he hit .358 with 13 home runs and 43 RBIs.",
        )
        == []
    )


def test_a_total_still_disagrees_with_a_total() -> None:
    assert details(
        "Teixeira has driven in 105 runs this season.",
        "Teixeira has driven in 95 runs this season.",
    ) == ["105 vs 95"]


def test_one_round_where_counts_no_rounds() -> None:
    # 7_6ecb / 7_7ecb
    assert (
        details(
            "There was even one round where Lennox decided, out loud, that he is better than "
            "Wladimir Klitschko.",
            "Wladimir Klitschko easily set aside the challenge of substitute Hasim Rahman, "
            "stopping the former heavyweight champion in seven rounds on Saturday.",
        )
        == []
    )


def test_one_round_still_disagrees_with_seven() -> None:
    assert details(
        "Wladimir Klitschko stopped Rahman in one round.",
        "Wladimir Klitschko stopped Rahman in seven rounds.",
    ) == ["one vs seven"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # 10_13ecbplus / 10_6ecbplus: other clubs' offers against the one told
        (
            "If so, that blows the reported eight-year, $160 million offers by the Angels and "
            "the Washington Nationals out of the water.",
            "There's at least one offer out there better than eight years and $184 million.",
        ),
        (
            "Das Angebot über 160 Millionen Dollar von den Angels ist überholt.",
            "Es gibt ein Angebot über 184 Millionen Dollar.",
        ),
    ],
)
def test_money_offered_by_someone_the_other_never_names_is_no_discrepancy(a: str, b: str) -> None:
    assert details(a, b) == []


def test_money_offered_by_the_same_club_still_disagrees() -> None:
    assert details(
        "The $160 million offer by the Angels was turned down.",
        "The Angels made an offer of $184 million.",
    ) == ["$160 million vs $184 million"]


def test_a_toll_killed_by_someone_is_the_events_own() -> None:
    assert details(
        "Twelve people were killed by the Taliban on Monday.",
        "Fifteen people were killed on Monday.",
    ) == ["Twelve vs Fifteen"]


def test_an_amount_sought_is_no_amount_agreed() -> None:
    # 10_18ecbplus / 10_4ecbplus and 5_1ecbplus / 5_6ecbplus
    assert (
        details(
            "The deal is said to be for 8 year and could be up to $180 million.",
            "It was then that agent Scott Boras countered by asking for an eight-year "
            "contract worth $200 million, sources said.",
        )
        == []
    )
    assert (
        details(
            "King decided to fire O'Brien, who still has two years and $8 million left on the "
            "contract he signed when he was hired by the Sixers on April 21, 2004.",
            "O'Brien, fired on June 8, is seeking up to $6 million in a breach-of-contract "
            "suit against Ohio State.",
        )
        == []
    )


@pytest.mark.parametrize(
    ("a", "b", "detail"),
    [
        (
            "Agent Scott Boras is asking for $200 million.",
            "Scott Boras demanded $160 million.",
            "$200 million vs $160 million",
        ),
        (
            "O'Brien is seeking $8 million from Ohio State.",
            "O'Brien réclame 6 millions de dollars.",
            "$8 million vs 6 millions",
        ),
    ],
)
def test_two_amounts_sought_still_disagree(a: str, b: str, detail: str) -> None:
    assert details(a, b) == [detail]


def test_an_offer_better_than_a_figure_keeps_a_higher_one() -> None:
    # 10_4ecbplus / 10_6ecbplus
    assert (
        details(
            "Boras countered with an eight-year contract worth $200 million, sources said.",
            "There's at least one offer out there better than eight years and $184 million.",
        )
        == []
    )


def test_an_offer_better_than_a_figure_contradicts_a_lower_one() -> None:
    assert details(
        "The Red Sox offer is better than $184 million.", "The Red Sox offered $160 million."
    ) == ["$184 million vs $160 million"]


def test_an_initial_offer_is_an_earlier_figure() -> None:
    assert (
        details(
            "The Nationals raised their initial offer of $160 million on Monday.",
            "The Nationals offered $184 million on Monday.",
        )
        == []
    )


OBSERVERS = (
    "About 40 observers from the United Nations, the Organization for Security and "
    "Cooperation in Europe and the Commonwealth of Independent States oversaw the election."
)


def test_the_count_of_one_of_several_bodies_is_no_discrepancy() -> None:
    # 11_1ecb / 11_8ecb
    three = (
        "The Organisation for Security and Co-operation in Europe has not sent only three "
        "observers to monitor the vote, saying a genuine contest was impossible."
    )
    assert details(OBSERVERS, three) == []
    assert details(three, OBSERVERS) == []


@pytest.mark.parametrize(
    ("a", "b", "detail"),
    [
        (
            "Three observers from the OSCE oversaw the election.",
            "The OSCE sent five observers to the election.",
            "Three vs five",
        ),
        (
            OBSERVERS,
            "About 50 observers from the United Nations, the Organization for Security and "
            "Cooperation in Europe and the Commonwealth of Independent States came.",
            "40 vs 50",
        ),
    ],
)
def test_the_count_of_the_same_bodies_still_disagrees(a: str, b: str, detail: str) -> None:
    assert details(a, b) == [detail]


def test_a_figure_reported_by_someone_is_still_the_events() -> None:
    # 10_13ecbplus / 10_2ecbplus: two reports of the Red Sox offer disagree
    assert details(
        "Dan Patrick reported on his show on AM 570 that the Boston Red Sox have made first "
        "baseman Mark Teixeira an eight-year, $200 million offer.",
        "The Red Sox have made an eight-year offer to Teixeira in excess of $160 million, but "
        "sources close to the negotiations say it is less than the $184 million reported by "
        "Boston WCVB sportscaster Mike Lynch, who first reported that the meeting would take "
        "place.",
    ) == ["$200 million vs $184 million"]


def test_two_initial_offers_still_disagree() -> None:
    assert details(
        "The Nationals' initial offer was $160 million.",
        "The Nationals' initial offer was $150 million.",
    ) == ["$160 million vs $150 million"]


PAID = "The Sirius Star was released on Friday after its owners paid a $3 million ransom."


@pytest.mark.parametrize(
    ("sought", "language"),
    [
        (
            "The pirates had held the Sirius Star for two months, with a $5 million ransom "
            "demanded for its release.",
            None,
        ),
        (
            "Les pirates détenaient le Sirius Star depuis deux mois, avec une rançon de 5 "
            "millions de dollars réclamée pour sa libération.",
            "French",
        ),
        ("Die Piraten hatten für die Sirius Star 5 Millionen Dollar Lösegeld gefordert.", "German"),
        (
            "Los piratas retenían el Sirius Star desde hacía dos meses, con un rescate de 5 "
            "millones de dólares exigido por su liberación.",
            "Spanish",
        ),
        (
            "I pirati tenevano la Sirius Star da due mesi, con un riscatto di 5 milioni di "
            "dollari chiesto per il rilascio.",
            "Italian",
        ),
        (
            "Os piratas mantinham o Sirius Star havia dois meses, com um resgate de 5 milhões "
            "de dólares exigido pela libertação.",
            "Portuguese",
        ),
    ],
)
def test_money_with_the_asking_word_after_it_is_sought(sought: str, language: str | None) -> None:
    f = feats(sought, language)
    (m,) = [x for x in f.numbers if x.surface.startswith(("$5", "5"))]
    assert count_terms.sought(f, m)
    assert details(PAID, sought) == []


def test_two_ransoms_demanded_still_disagree() -> None:
    assert details(
        "The pirates demanded a $25 million ransom for the Sirius Star.",
        "A $15 million ransom demanded for the Sirius Star was turned down by its owners.",
    ) == ["$25 million vs $15 million"]


@pytest.mark.parametrize(
    "text",
    [
        "The Red Sox offered $200 million and Boras demanded more.",
        "Twenty-five pirates demanded a ransom.",
    ],
)
def test_a_figure_before_someone_asking_is_not_sought(text: str) -> None:
    f = feats(text)
    assert not any(count_terms.sought(f, m) for m in f.numbers)


LONG_POSSESSIVE = (
    "The Nationals' eight-year offer to Teixeira was reportedly bumped as high as $184 million."
)


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        (LONG_POSSESSIVE, "nationals"),
        ("The Nationals' offer for Mark Teixeira has been raised to $184 million.", "nationals"),
        # a clause of its own between, or another name the phrase is not for
        ("Teixeira's agent says the offer was bumped to $184 million.", None),
        ("The Nationals' offer, the Red Sox heard, was bumped to $184 million.", None),
        ("The Nationals' offer tops the Red Sox offer of $200 million.", None),
        ("Teixeira's agent rejected an offer of $160 million.", None),
    ],
)
def test_a_possessive_heading_the_phrase_of_a_figure(text: str, owner: str | None) -> None:
    f = feats(text)
    (m,) = [x for x in f.numbers if x.unit_word == "usd"]
    assert figure_owner(f, m) == owner


RED_SOX_200 = (
    "2:16pm: Take it with a grain of salt, but we have a report of a report that the Red Sox "
    "offered Mark Teixeira an eight-year, $200MM deal."
)


def test_a_headline_possessive_far_from_its_figure_owns_it() -> None:
    # 10_21ecbplus / 10_3ecbplus: the headline names the club by the last word of the name
    # its article gives it ("Washington Nationals")
    head = feats("Nationals' Eight-Year Offer to Teixeira Reportedly Bumped as High as $184M")
    body = feats("The Washington Nationals have upgraded their offer to Teixeira.")
    red_sox = feats(RED_SOX_200)
    refine_headline_names([head, body], [red_sox])
    assert [n.key for n in head.names] == ["nationals", "teixeira"]
    assert [c.detail for c in conflicts(red_sox, head)] == []
    # the same told in prose, the possessive 62 characters before its figure
    assert details("The Red Sox offered Mark Teixeira $190 million.", LONG_POSSESSIVE) == []


def test_the_same_clubs_offer_told_far_from_its_possessive_still_disagrees() -> None:
    assert details(LONG_POSSESSIVE, "The Nationals offered Teixeira $200 million.") == [
        "$184 million vs $200 million"
    ]
