from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from reader.analysis.conflicts.discrepancies import conflicts
from reader.analysis.features import UnitFeatures, extract
from reader.analysis.units import Unit
from reader.ingest.normalize import fold
from reader.model import DiscrepancyKind, Span


def feats(text: str) -> UnitFeatures:
    return extract(Unit(0, Span(0, len(text)), text, fold(text)))


def details(a: str, b: str) -> list[str]:
    """What the discrepancies between sentences ``a`` and ``b`` say."""
    return [c.detail for c in conflicts(feats(a), feats(b))]


@pytest.mark.parametrize(
    ("a", "b", "kind", "detail"),
    [
        ("Photo taken June 18, 2024.", "Photo taken on June 19, 2024.", DiscrepancyKind.DATE,
         "June 18, 2024 vs June 19, 2024"),
        ("At least 24 people died.", "At least 31 people died.",
         DiscrepancyKind.NUMBER, "24 vs 31"),
        ("A euro110 billion ($141 billion) loan package.", "A $144 billion bailout.",
         DiscrepancyKind.NUMBER, "$141 billion vs $144 billion"),
        ("It cost 40 euros.", "It cost €45.", DiscrepancyKind.NUMBER, "40 vs €45"),
        ("The 33-year-old actress checked in.", "The 34-year-old actress checked in.",
         DiscrepancyKind.NUMBER, "33-year-old vs 34-year-old"),
        ("Tara Reid, 33, checked into rehab.", "Reid, who is 34 years old, checked in.",
         DiscrepancyKind.NUMBER, "33 vs 34 years old"),
        ("Police chief Scott Russell, 46, was hurt.", "The 47-year-old Russell was hurt.",
         DiscrepancyKind.NUMBER, "46 vs 47-year-old"),
        ("The first 24 hours were calm.", "The first 36 hours were calm.",
         DiscrepancyKind.NUMBER, "24 vs 36"),
        ("Reid entered Promises on Tuesday, her rep told People.",
         "Reid checked into Promises on Friday for an unspecified problem.",
         DiscrepancyKind.DATE, "Tuesday vs Friday"),
        ("They seized two other rifles.", "They seized three other rifles.",
         DiscrepancyKind.NUMBER, "two vs three"),
        # of several dates, the one told with the same words
        ("On November 19 the frigate sunk a trawler, after its deployment on November 2.",
         "The trawler was sunk on November 18 after a gunbattle.",
         DiscrepancyKind.DATE, "November 19 vs November 18"),
        ("The frigate rescued a cargo ship on November 11 and also sunk a pirate mother ship"
         " on November 19.", "Then, on November 18, it had sunk a Thai trawler.",
         DiscrepancyKind.DATE, "November 19 vs November 18"),
        # one name a run of the other's
        ("The Boston Red Sox offered Mark Teixeira $200 million.",
         "The Red Sox offered Teixeira $184 million.",
         DiscrepancyKind.NUMBER, "$200 million vs $184 million"),
        # a bound the other figure breaks
        ("More than 30 people died.", "Only 20 people died.", DiscrepancyKind.NUMBER, "30 vs 20"),
        # a crowd told before its figure
        ("The final drew a crowd of 52,341.", "The final was watched by 53,341 fans.",
         DiscrepancyKind.NUMBER, "52,341 vs 53,341"),
        ("The ship was 150 nautical miles west of Aden.", "It was 120 nautical miles off Aden.",
         DiscrepancyKind.NUMBER, "150 nautical miles vs 120 nautical miles"),
        ("About 300 rounds were found.", "They found 923 rounds.",
         DiscrepancyKind.NUMBER, "300 vs 923"),
        # a whole against parts adding up to it, with no name in common but nationalities
        ("The Indian navy has captured 23 Somalian pirates.",
         "Commandos seized 12 Somali and 11 Yemeni nationals, the statement said.",
         DiscrepancyKind.NUMBER, "23 Somalian vs 12 Somali and 11 Yemeni"),
        ("Three women died in the Marfin bank fire.",
         "Two women and one man died in the Marfin bank fire.",
         DiscrepancyKind.NUMBER, "Three women vs Two women and one man"),
        # a count against one of another value, the other sentence giving that value as a
        # count of another thing (the storeys, the injured)
        ("Four people died in the fire at the three-storey building.",
         "Three people died in the fire at the building.", DiscrepancyKind.NUMBER,
         "Four vs Three"),
        ("Three people died in the fire at the building.",
         "Four people died in the fire at the three-storey building.", DiscrepancyKind.NUMBER,
         "Three vs Four"),
        ("Four people died and three were injured in the fire.",
         "Three people died in the fire.", DiscrepancyKind.NUMBER, "Four vs Three"),
        ("The gunman killed five people with two rifles.",
         "The gunman killed two people and wounded five.", DiscrepancyKind.NUMBER,
         "five vs two"),
        # a toll told as a number
        ("The number of dead rose to 58 on Tuesday.", "At least 61 people were killed.",
         DiscrepancyKind.NUMBER, "58 vs 61"),
        ("The number of people killed reached 58.", "At least 61 people were killed.",
         DiscrepancyKind.NUMBER, "58 vs 61"),
        ("The number of dead stood at 58.", "At least 61 people died.",
         DiscrepancyKind.NUMBER, "58 vs 61"),
        ("The death toll climbed to 58.", "The attack killed at least 61 people.",
         DiscrepancyKind.NUMBER, "58 vs 61"),
        ("The number of injured rose to 12.", "Police said 15 people were injured.",
         DiscrepancyKind.NUMBER, "12 vs 15"),
        ("The number of dead rose to 58 from 50 overnight.", "The attack killed 61 people.",
         DiscrepancyKind.NUMBER, "58 vs 61"),
        # a toll told in other words
        ("The fire killed 12 people.", "The fire left 15 dead.",
         DiscrepancyKind.NUMBER, "12 vs 15"),
        ("The fire killed 12 people.", "The fire killed 15.", DiscrepancyKind.NUMBER, "12 vs 15"),
        ("Police said 12 people were injured in the fire.",
         "Police reported 15 injured in the fire.", DiscrepancyKind.NUMBER, "12 vs 15"),
        ("The death toll from the fire rose to 12.", "The fire claimed 15 lives.",
         DiscrepancyKind.NUMBER, "12 vs 15"),
        # the agency of a wire dateline owns no figure
        ("LIMA, March 3, 2025 - A magnitude 6.8 earthquake struck northern Peru on Sunday.",
         "LIMA (Reuters) - A magnitude 7.1 earthquake shook northern Peru early on Sunday.",
         DiscrepancyKind.NUMBER, "6.8 vs 7.1"),
    ],
)  # fmt: skip
def test_same_fact_different_value(a: str, b: str, kind: DiscrepancyKind, detail: str) -> None:
    (c,) = conflicts(feats(a), feats(b))
    assert (c.kind, c.detail) == (kind, detail)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("On June 18 they met.", "On June 18 they met again."),
        ("24 people died on June 18.", "The toll: 24 people, June 18."),
        ("In 24 years.", "Nine months ago."),
        ("A $144 billion bailout.", "A bailout of 144 billion dollars."),
        ("It cost $40.", "It cost €40."),
        # an age is not a count of years, nor of anything else
        ("The 33-year-old actress checked in.", "She spent 34 years in Hollywood."),
        ("Lohan, 26, checked in.", "The 26-year-old actress checked in."),
        ("An offer of $200 million.", "An offer of $23 million a season."),
        # two bidders, each named only on its side
        (
            "The Boston Red Sox offered Mark Teixeira $200 million.",
            "The Washington Nationals made Teixeira an eight-year, $160 million offer.",
        ),
        ("On June 18 they met.", "On July 19 they met."),
        # different selections of the things counted
        ("They won 18 of their next 23 games.", "They took the first two games."),
        ("The rule takes effect in 30 days.", "It takes effect nine days before the vote."),
        # a weekday of reporting, of an occasion, or beside a date
        ("They met on Wednesday afternoon.", "State media on Thursday reported the meeting."),
        ("They met on Wednesday.", "The meeting was reported by state media Thursday."),
        ("It followed Friday's 88-72 loss.", "They lost going into Saturday night's game."),
        ("They met Wednesday.", "They met Thursday, June 20."),
        # a whole against one occasion
        ("The warship has seized a total of 14 rifles.", "In the raid six rifles were found."),
        ("In five operations so far it seized 14 rifles.", "It seized six rifles on Friday."),
        ("Nine assault rifles were seized.", "They seized three other assault rifles."),
        ("Page was married three times.", "She married two more times."),
        ("The ship evacuated 420 passengers and crew.", "The ship flew its 246 passengers home."),
        # a bound told once for a list, an amount "in the range", a time of day, ranges
        ("He has averaged more than 30 home runs and 100 RBIs.", "He had 121 RBIs last season."),
        (
            "Drew got a five-year, $70 million contract.",
            "Lowe is seeking a five-year deal in the $75 million range.",
        ),
        ("Voting began at 0300 GMT.", "Turnout was counted at 1100 GMT."),
        # counts of two subjects in sentences that share a name
        (
            "Cheeks, who played for the Sixers for 11 seasons, was named coach.",
            "The Sixers fired Jim O'Brien after one season and replaced him with Cheeks.",
        ),
        (
            "The Angels are at eight years, the Nationals at eight years, $160 million.",
            "The Red Sox offered Mark Teixeira an eight-year, $200 million deal.",
        ),
        # a record each, of two fighters (one named first in its sentence)
        (
            "Klitschko (52-3, 46 KOs) won by flooring Rahman in the seventh round.",
            "Rahman (45-7-2, 36 KOs) fell into the title shot against Klitschko.",
        ),
        # a difference, not a count; a yearly rate against a total
        (
            "Klitschko finished the fight five rounds sooner than in 2008.",
            "Klitschko defeats Tony Thompson in six rounds.",
        ),
        (
            "O'Brien still has two years and $8 million left on the contract.",
            "O'Brien's deal paid him about $4 million a year.",
        ),
        # spans in two roles
        (
            "DiLeo has spent 19 seasons with the 76ers.",
            "DiLeo spent four seasons as the Sixers Director of Player Personnel.",
        ),
        (
            "Cheeks was fired March 2 after nearly four seasons as coach of the Trail Blazers.",
            "Cheeks played for the Sixers for 11 seasons and served as an assistant coach.",
        ),
        # distances from two points
        (
            "The Gibe was about 150 nautical miles from Aden when Mysore heard its call.",
            "Mysore flew to the Gibe, which was 13 nautical miles from the Indian warship.",
        ),
        # a weekday of reporting further back in its clause; a percent in words
        (
            "Reid entered rehab, her rep confirmed to People and Us Weekly on Friday.",
            "Reid entered Promises Treatment Center on Tuesday.",
        ),
        ("He will collect 5 percent of the backend.", "He will earn five percent of the backend."),
        # a date of another event, in a sentence telling two times
        (
            "Page died Thursday evening after suffering a heart attack on Dec. 2.",
            "Bettie Page died in Los Angeles on December 11.",
        ),
        (
            "The Orioles offered seven years, $140- $150 million.",
            "The offers were in the $140 million to $160 million range.",
        ),
        # ages of two people
        (
            "The police chief, Scott Russell, 46, was injured in Woodburn.",
            "Woodburn police named the officer who died as 51-year-old Capt. Tom Tennant.",
        ),
        # two dates of a sentence, each with another event of the other's
        (
            "On November 19 the frigate sunk a trawler, after its deployment on November 2.",
            "On November 11 INS Tabar repulsed two hijack attempts.",
        ),
        # sentences naming different subjects; nationalities name none
        (
            "The champion Klitschko improved to 58-3 (51 KO).",
            "Thompson, the IBF challenger, fell to 36-3 (24 KO).",
        ),
        (
            "The arrest of the 23 pirates (12 Somali and 11 Yemeni) was made.",
            "Somali pirates captured 22 Yemeni fishermen.",
        ),
        # a figure the other sentence gives too; a part of a whole; a range; "hundreds"
        ("Klitschko has 58 wins and three defeats.", "Klitschko is 58-3 with 51 wins by knockout."),
        ("Klitschko landed 178 punches.", "Klitschko landed 178 of 369 punches thrown."),
        ("The Orioles offered $160 million.", "The Orioles offered between $140 and $150 million."),
        ("He was also given 485 years.", "He was also given hundreds of years."),
        # a bound the other figure keeps
        ("After more than three years he was sentenced.", "He was sentenced to 485 years."),
        ("The offers were $160 million.", "The deal could be up to $180 million."),
        ("Around 20 people were rescued.", "Rescuers saved 22 people."),
        # a weekday in another time zone, or of a statement
        ("She died at 18:41 this evening (02:41 GMT Friday).", "She died Thursday in hospital."),
        ("It escaped, a prison statement said Monday.", "The inmate escaped on Tuesday."),
        ("He escaped, according to a statement Monday.", "The inmate escaped on Tuesday."),
        # a figure qualifying a noun tells what kind of thing, not how many
        (
            "The Sixers were 12 games below .500 this season.",
            "The Sixers are on a three-game losing streak this season.",
        ),
        (
            "The Sixers are on a five-game losing streak.",
            "The Sixers lost three games in a row on their five-game road trip.",
        ),
        # a whole naming the nationalities its parts count
        (
            "The Indian navy captured 23 Somali and Yemeni pirates in the Gulf of Aden.",
            "In the Gulf of Aden, Indian commandos seized 12 Somali and 11 Yemeni nationals.",
        ),
        # parts that do not add up, in sentences naming nobody in common
        ("The navy captured 23 Somali pirates.", "Gunmen held 12 Somali and 9 Yemeni sailors."),
        # the dead are not the injured, nor the rescued
        ("The fire killed 12 people.", "The fire injured 15 people."),
        ("Twelve people were rescued from the fire.", "The fire killed 15 people."),
        # one toll told as a number and in other words; the same value shared as the count
        # of the same thing, or of nothing said
        ("The number of dead rose to 58 on Tuesday.", "The attack killed 58 people."),
        ("The number of people killed has risen to 58.", "The bombing left 58 dead."),
        ("The number of injured stood at 12.", "Twelve people were injured."),
        ("Four people died in the fire at the three-storey building.",
         "Four people were killed in the three-storey building."),
        # the dead are not the injured; a bound, a forecast, a difference are no toll
        ("The number of injured rose to 12.", "At least 61 people were killed."),
        ("The number of dead exceeded 50.", "The attack killed 61 people."),
        ("The number of dead could rise to 100.", "The attack killed 61 people."),
        ("The number of dead rose by 12.", "The attack killed 61 people."),
        # a toll's death is no one's in a vote on a death sentence
        ("Jurors voted nine in favor and three against the death sentence.",
         "The man who killed four people escaped the death sentence."),
    ],
)  # fmt: skip
def test_no_conflict_when_values_agree_or_differ_in_kind(a: str, b: str) -> None:
    assert conflicts(feats(a), feats(b)) == []


def test_tolls_swapped_between_the_dead_and_the_injured_disagree_on_both() -> None:
    # each figure is in both sentences, counting the dead on one side, the injured on the other
    found = details(
        "The quake left 12 dead and 40 injured.", "The quake injured 12 and killed 40 people."
    )
    assert found == ["12 vs 40", "40 vs 12"]


FRAGMENTS = st.sampled_from(
    [
        "Klitschko", "Red Sox", "Boston Red Sox", "Somali", "INS Tabar", "the", "navy", "sunk",
        "a", "trawler", "on", "November 19", "November 2", "Friday", "GMT", "said", "statement",
        "more than", "up to", "about", "between", "and", "of", "other", "more", "hundreds",
        "three", "14", "6", "178", "$200 million", "$184 million", "rifles", "people", "years",
        "wins", "58-3", "(51 KO)", "Boeing", "747", ",", ".", "a total of", "so far",
    ]
)  # fmt: skip
SENTENCES = st.lists(FRAGMENTS, min_size=1, max_size=25).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(SENTENCES)
def test_a_sentence_never_disagrees_with_itself(text: str) -> None:
    assert conflicts(feats(text), feats(text)) == []


@settings(max_examples=300, deadline=None)
@given(SENTENCES, SENTENCES)
# two names of one side in one of the other's counted two things in common one way round
@example(a="Klitschko Klitschko the Klitschko November 19 Klitschko", b="Klitschko November 2")
def test_disagreement_does_not_depend_on_the_side(a: str, b: str) -> None:
    forward = {(c.a.surface, c.b.surface) for c in conflicts(feats(a), feats(b))}
    backward = {(c.b.surface, c.a.surface) for c in conflicts(feats(b), feats(a))}
    assert forward == backward


def test_adjacent_weekdays_told_with_their_hours_are_no_discrepancy() -> None:
    # "Wednesday night" in one time zone is "early Thursday" in another
    a = feats("Putin and Kim signed the treaty in Pyongyang Wednesday night.")
    b = feats("Putin and Kim signed the treaty in Pyongyang early Thursday.")
    assert conflicts(a, b) == []


def test_a_weekday_morning_against_the_next_day_is_a_date_discrepancy() -> None:
    # a morning is that day in any report's time zone: not one moment told twice
    a = feats("Navy commandos spotted the five pirate boats on Thursday morning.")
    b = feats("Navy commandos spotted the five pirate boats on Friday.")
    [found] = conflicts(a, b)
    assert found.detail == "Thursday vs Friday"


def test_a_morning_clock_time_keeps_two_days_apart() -> None:
    # 9:25 in the morning is Thursday in any time zone a reader is in
    a = feats("At about 9:25 Thursday morning, the navy spotted five pirate boats.")
    b = feats("The navy spotted five pirate boats on Friday.")
    assert [c.detail for c in conflicts(a, b)] == ["Thursday vs Friday"]


def test_a_clock_time_near_midnight_makes_two_days_one_moment() -> None:
    a = feats("At 11:40 p.m. Wednesday the navy spotted five pirate boats.")
    b = feats("The navy spotted five pirate boats on Thursday.")
    assert conflicts(a, b) == []


def test_a_weekday_in_a_when_clause_tells_another_occasion() -> None:
    # the game was Friday; the firing, told as the time of the team's record, Saturday
    a = feats("The 76ers dropped their third game in a row on Friday, an 88-72 setback.")
    b = feats("The 76ers were 9-14 when Cheeks was fired Saturday morning after the game.")
    assert conflicts(a, b) == []


def test_a_month_against_a_date_of_another_month_is_a_date_discrepancy() -> None:
    found = conflicts(
        feats("Passed in January 2009, the Bush-era rule lifted the requirement."),
        feats("On Dec. 16, the Bush administration allowed agencies to waive such reviews."),
    )
    assert [(c.kind, c.detail) for c in found] == [
        (DiscrepancyKind.DATE, "January 2009 vs Dec. 16")
    ]


@pytest.mark.parametrize(
    "a",
    [
        "Putin, who took office in May 2000, signed the treaty with Kim in Pyongyang.",
        "Putin signed the treaty with Kim in Pyongyang, his first visit since September 2000.",
    ],
)
def test_a_month_of_another_occasion_in_its_sentence_is_no_discrepancy(a: str) -> None:
    b = "Putin signed the treaty with Kim in Pyongyang on June 19."
    assert conflicts(feats(a), feats(b)) == []


# A news story copying a press release's sentence and changing its month: the month of
# another occasion than the sentence's ("which began operating in ..."), the same one in
# the same words on both sides
@pytest.mark.parametrize(
    ("a", "b", "detail"),
    [
        ("The unit, which began operating in March 2025, treated 312 patients in its first "
         "twelve months.",
         "The unit, which began operating in April 2025, treated 312 patients in its first "
         "twelve months.", "March 2025 vs April 2025"),
        ("Putin, who took office in May 2000, signed the treaty with Kim.",
         "Putin, who took office in March 2000, signed the treaty with Kim.",
         "May 2000 vs March 2000"),
        ("The unit, which began operating in March, treated 312 patients.",
         "The unit, which began operating in April, treated 312 patients.", "March vs April"),
    ],
)  # fmt: skip
def test_a_month_of_one_other_occasion_told_alike_is_a_date_discrepancy(
    a: str, b: str, detail: str
) -> None:
    assert details(a, b) == [detail]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The unit, which began operating in March 2025, treated 312 patients.",
         "The unit, which was bought in April 2025, treated 312 patients."),
        ("Putin, who took office in May 2000, signed the treaty.",
         "Putin, who was elected in March 2000, signed the treaty."),
    ],
)  # fmt: skip
def test_months_of_other_occasions_told_in_other_words_are_no_discrepancy(a: str, b: str) -> None:
    assert details(a, b) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The treaty Putin and Kim signed in Pyongyang takes effect in December 2024.",
         "The treaty Putin and Kim signed in Pyongyang on June 19 takes effect after a vote."),
        ("Trade with North Korea grew to $34 million as of March 2024.",
         "Trade with North Korea grew ninefold, figures released on June 19 showed."),
    ],
)  # fmt: skip
def test_a_month_and_a_date_told_of_different_acts_are_no_discrepancy(a: str, b: str) -> None:
    assert conflicts(feats(a), feats(b)) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Passed in December 2008, the rule lifted it.", "On Dec. 16, the administration did."),
        # more than one time in a sentence: which goes with which is not known
        ("Passed in January 2009 after a vote in March 2008, the rule lifted it.",
         "On Dec. 16, the administration did."),
    ],
)  # fmt: skip
def test_a_month_agreeing_with_a_date_or_beside_another_time_is_no_discrepancy(
    a: str, b: str
) -> None:
    assert conflicts(feats(a), feats(b)) == []


def _page_details(data_dir: Path, a: str, b: str) -> list[str]:
    """What the discrepancies between pages ``a`` and ``b`` of tests/data/pages say, the
    two aligned by the lexical method."""
    from reader.analysis import align
    from reader.ingest import load_document

    pages = data_dir / "pages"
    al = align(load_document(pages / a), load_document(pages / b), method="lexical")
    return [d.detail for d in al.discrepancies]


# A fact-checker's pair in two languages (tests/data/pages): a German and an English report
# of one derailment, their toll "zwölf" against "14"; every other figure the two give is
# the same, written each language's way ("1.200" and "1,200", "300 Feuerwehrleute" and
# "300 firefighters", "400 Polizisten" and "400 police officers")
def test_a_pair_in_two_languages_disagrees_on_its_toll_alone(data_dir: Path) -> None:
    assert _page_details(
        data_dir, "derailment_allgaeuer_rundschau.html", "derailment_alpine_herald.html"
    ) == ["zwölf vs 14"]


# A fact-checker's pair (tests/data/pages): a hospital's press release and the local
# paper's story built on it, which changes the month in a copied sentence and the sum,
# and gives the release's "40%" as "nearly half" (no discrepancy: words, not a figure)
def test_a_story_built_on_a_press_release_disagrees_on_its_month_and_its_sum(
    data_dir: Path,
) -> None:
    assert _page_details(
        data_dir, "release_lakeshore_stroke_unit.html", "release_harlan_courier_stroke_unit.html"
    ) == [
        "March 2025 vs April 2025",
        "$2.3 million vs $2.5 million",
    ]


# A sentence that gives the other's figure rounded gives it: its other figure of the same
# thing, of 2020, is not read against the result ("58% vs 63.8 percent")
@pytest.mark.parametrize(
    "a",
    [
        "Turnout in Veloria was 64%, the commission said, and 58% in 2020.",
        "Turnout in Veloria was 63.8%; it was 58% in 2020.",
    ],
)
def test_a_sentence_giving_the_other_figure_rounded_gives_it(a: str) -> None:
    b = "Some 63.8 percent of voters in Veloria cast a ballot."
    assert details(a, b) == []


# A fact-checker's results story (tests/data/pages/election_*): two reports of one
# election, their share (52.3% / 53.2 percent), seats (87 of the 150 / 85) and the
# capital's turnout (71% / 67 percent) disagreeing; the rounded figures ("63.8 percent"
# / "64%", "52 per cent", "about 1.2 million"), the 2020 result, a poll's 48% and the
# turnout read against no share
def test_two_reports_of_an_election_disagree_on_share_seats_and_turnout(
    data_dir: Path,
) -> None:
    assert _page_details(
        data_dir, "election_selden_herald.html", "election_coastal_tribune.html"
    ) == [
        "52.3% vs 53.2 percent",
        "87 vs 85",
        "71% vs 67 percent",
    ]


# A fact-checker's pair (tests/data/pages): a company's quarterly results release and a
# business wire's story on it, money written every way ("$4.21 billion" / "$4.2bn",
# "$512 million" / "$512m"): the cloud revenue the story gets wrong is the one
# discrepancy; the year-ago revenue, the analysts' estimates, the fourth quarter's outlook,
# the gross and operating margins and the growth rates against shares stay quiet
@pytest.mark.parametrize("method", ["lexical", "semantic"])
def test_a_business_story_on_a_results_release_disagrees_on_its_wrong_figure(
    data_dir: Path, method: str
) -> None:
    from tests.results_pages import results_alignment

    al = results_alignment(data_dir, method)
    assert [d.detail for d in al.discrepancies] == ["$1.87 billion vs $1.78bn"]


# A fact-checker's storm pair (tests/data/pages/storm_*): a US and a British report of one
# hurricane, the one in miles per hour, feet, inches, °F and EDT, the other in km/h,
# metres, millimetres, °C and GMT; the toll (14 / 17), a gust (130 mph / 240km/h, which is
# 149 mph) and the time of the downgrade (11 a.m. EDT / 17:00 GMT, 15:00 GMT) differ; the
# figures converted and rounded ("150 mph" / "240km/h", "12 feet" / "3.7-metre", "20
# inches" / "500mm", "86 degrees Fahrenheit" / "30C") and the landfall (2 a.m. EDT /
# 06:00 GMT) agree
def test_two_reports_of_a_storm_in_two_systems_of_units_disagree_on_toll_gust_and_time(
    data_dir: Path,
) -> None:
    details = _page_details(data_dir, "storm_gulf_coast_register.html", "storm_albion_post.html")
    assert [d for d in details if "“" not in d] == [
        "14 vs 17",
        "130 mph vs 240km/h (240 km/h is 149 mph)",
        "11 a.m. EDT vs 17:00 GMT (11 a.m. EDT is 15:00 GMT)",
    ]


# A fact-checker's match report pair (tests/data/pages/match_*): a British paper's and a US
# wire's report of one cup final; the minute of the opening goal (23rd / 27th) differs,
# the winner's (78th-minute / 78th minute), the equaliser's (on 56 minutes / 56th
# minute), the shot against the post (93rd minute / third minute of stoppage time), the
# crowd (52,341 / more than 52,000), the semi-final (4-3 on aggregate / 4-3 over two legs)
# and the fee (£45m / $57 million) agree
@pytest.mark.parametrize("method", ["lexical", "semantic"])
def test_two_reports_of_a_cup_final_disagree_on_the_opening_goal_s_minute(
    data_dir: Path, method: str
) -> None:
    from tests.match_pages import match_alignment

    al = match_alignment(data_dir, method)
    assert [d.detail for d in al.discrepancies] == ["23rd minute vs 27th minute"]


# "four missing": the toll's own word read as the count's unit ("miss") counted no one,
# so a bare "three are still missing" was not read against it
@pytest.mark.parametrize(
    ("a", "b", "detail"),
    [
        (
            "Fourteen people have been confirmed dead and three are still missing.",
            "The landslide killed 14 people and left four missing.",
            "three vs four",
        ),
        (
            "Holt said 20 people were unaccounted for.",
            "The landslide killed 14 people and left 18 missing.",
            "20 vs 18",
        ),
    ],
)
def test_a_count_of_the_missing_however_told(a: str, b: str, detail: str) -> None:
    assert details(a, b) == [detail]


# "up to 60mm more rain": an amount added to another, not the rain that fell
@pytest.mark.parametrize(
    "b",
    [
        "The weather service said up to 60mm more rain could fall.",
        "Forecasters expect 60mm further rain overnight.",
    ],
)
def test_an_amount_more_after_its_unit_is_no_whole(b: str) -> None:
    assert details("The weather service said 180mm of rain fell in 48 hours.", b) == []


def test_an_amount_more_than_another_is_still_a_whole() -> None:
    a = "The weather service said 180mm of rain fell."
    b = "The weather service said 60mm more than usual fell."
    assert details(a, b) == ["180mm vs 60mm"]
