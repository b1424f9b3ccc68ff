"""Clock times and years two linked sentences tell of one act with different values; no
alarm for two moments of one story, one moment in two zones, a window holding the other
time, or a year of another occasion."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.analysis import align
from reader.analysis.conflicts.discrepancies import conflicts
from reader.analysis.conflicts.told_times import year_conflicts
from reader.analysis.features import UnitFeatures, extract
from reader.analysis.figures.numerals import Writing
from reader.analysis.linking.word_forms import word_forms
from reader.analysis.units import Unit
from reader.ingest.normalize import fold
from reader.model import DiscrepancyKind, Document, Span
from tests.analysis.sentence_pairs import details, feats, only_conflict


@pytest.mark.parametrize(
    ("a", "b", "language", "detail"),
    [
        ("The quake struck at 10:15 a.m.", "The quake struck at 11:15 a.m.", None,
         "10:15 a.m. vs 11:15 a.m."),
        ("At 9. 25 am, navy personnel spotted five boats approaching.",
         "Navy personnel spotted five boats approaching at 10 a.m.", None,
         "9. 25 am vs 10 a.m."),
        ("The bomb went off shortly after 3 p.m.", "The bomb went off at 5 p.m.", None,
         "shortly after 3 p.m. vs 5 p.m."),
        ("The quake struck on Thursday at 10:15 a.m.",
         "The quake struck at 11:15 a.m. Thursday.", None, "10:15 a.m. vs 11:15 a.m."),
        # two zones told: converted (10 a.m. EST is 3 p.m. GMT)
        ("The quake struck at 10 a.m. EST.", "The quake struck at 4 p.m. GMT.", None,
         "10 a.m. EST vs 4 p.m. GMT (10 a.m. EST is 3 p.m. GMT)"),
        ("Le séisme a frappé la région à 14h30.", "Le séisme a frappé la région à 16h.",
         "French", "14h30 vs 16h"),
        ("Das Erdbeben erschütterte die Region um 14.30 Uhr.",
         "Das Erdbeben erschütterte die Region um 16 Uhr.", "German", "14.30 Uhr vs 16 Uhr"),
        ("El terremoto sacudió la región a las 14:30.",
         "El terremoto sacudió la región a las 16:00.", "Spanish", "14:30 vs 16:00"),
        ("Il terremoto ha colpito la regione alle 14.30.",
         "Il terremoto ha colpito la regione alle 16.", "Italian", "14.30 vs 16"),
        ("O terremoto atingiu a região às 14h30.", "O terremoto atingiu a região às 16h.",
         "Portuguese", "14h30 vs 16h"),
        ("The company was founded in 1998 by two engineers.",
         "The company was founded in 1996 by two engineers.", None, "1998 vs 1996"),
        # a year against a full date's
        ("The treaty was signed in 2008.", "The treaty was signed on June 3, 2009.", None,
         "2008 vs June 3, 2009"),
        ("Die Firma wurde 1998 gegründet.", "Die Firma wurde 1996 gegründet.", "German",
         "1998 vs 1996"),
        # two approximate times an hour apart: their windows only touch (audit F10)
        ("The fire broke out at about 2:30 a.m.", "The fire broke out at about 3:30 a.m.",
         None, "at about 2:30 a.m. vs at about 3:30 a.m."),
        ("Der Zug entgleiste gegen 12.15 Uhr.", "Der Zug entgleiste gegen 13.15 Uhr.",
         "German", "gegen 12.15 Uhr vs gegen 13.15 Uhr"),
        ("Le feu s'est déclaré vers 2 h 30.", "Le feu s'est déclaré vers 3 h 30.", "French",
         "vers 2 h 30 vs vers 3 h 30"),
        ("El incendio comenzó hacia las 2:30.", "El incendio comenzó hacia las 3:30.",
         "Spanish", "hacia las 2:30 vs hacia las 3:30"),
        # "alrededor de las", "por volta das" are bounds, not a span's "de las", "das"
        ("El incendio comenzó alrededor de las 2:30.",
         "El incendio comenzó alrededor de las 3:30.", "Spanish",
         "alrededor de las 2:30 vs alrededor de las 3:30"),
        ("L'incendio è scoppiato verso le 2.30.", "L'incendio è scoppiato verso le 3.30.",
         "Italian", "verso le 2.30 vs verso le 3.30"),
        ("O incêndio começou por volta das 2h30.", "O incêndio começou por volta das 3h30.",
         "Portuguese", "por volta das 2h30 vs por volta das 3h30"),
        # one act told in other words, its measure the same (audit F9, quake m12)
        ("The quake was followed by a second tremor of magnitude 5.1 at 11:30 a.m.",
         "An aftershock measuring 5.1 struck at 12:30 p.m.", None,
         "11:30 a.m. vs 12:30 p.m."),
        # ECB+ (4_13 and 4_6): Bettie Page's retreat
        ("In 1957, Page disappeared from the flash of the cameras and the public spotlight.",
         "Page suddenly disappeared from the scene in 1958.", None, "1957 vs 1958"),
    ],
)  # fmt: skip
def test_one_act_two_values(a: str, b: str, language: str | None, detail: str) -> None:
    assert only_conflict(a, b, language) == (DiscrepancyKind.DATE.value, detail, True)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two moments of one story
        ("The attack began at 9 a.m.", "Police arrested the gunman at 11 a.m."),
        ("The attack began at 9 a.m. and police arrested him at 11 a.m.",
         "Police arrested him at 11 a.m."),
        # one moment in two zones; a zone on one side only cannot be converted
        ("The quake struck at 10 a.m. EST.", "The quake struck at 3 p.m. GMT."),
        ("The quake struck at 10 a.m. EST.", "The quake struck at 3 p.m."),
        ("Pirates attacked the ship about 1100 hrs IST.", "Pirates attacked the ship at 1 p.m."),
        # a window that holds the other time
        ("The quake struck at about 10 a.m.", "The quake struck at 10:05 a.m."),
        ("The bomb went off shortly after 3 p.m.", "The bomb went off at 3:20 p.m."),
        ("The bomb went off after 3 p.m.", "The bomb went off at 5 p.m."),
        ("The bomb went off at 10 a.m.", "The bomb went off at 10:10 a.m."),
        # two rough windows that overlap; "shortly after" and "shortly before" may meet
        ("The fire broke out at about 2:30 a.m.", "The fire broke out at about 3:15 a.m."),
        ("The bomb went off shortly after 2 p.m.", "The bomb went off shortly before 3 p.m."),
        # a whole count shared is no act's measure: two acts of one story
        ("The fire killed 5 people at 2 a.m.", "Rescuers found 5 survivors at 4 a.m."),
        # "10:15" without a.m. or p.m. may be either
        ("The quake struck at 10:15.", "The quake struck at 10:15 p.m."),
        # another occasion's time, a publication's
        ("The blast came hours after someone called the bank around 10:30 a.m.",
         "The blast came at 5:30 p.m."),
        ("Posted: 08/02/2013 11:10 am EDT", "Posted August 2nd, 2013 at 5:19 pm EDT"),
        # a year of another act, a span of years
        ("He joined the club in 2008 and left in 2011.", "He left the club in 2011."),
        ("He coached the team from 2004 to 2008.", "He coached the team in 2006."),
        ("Putin, who took office in 2000, signed the treaty in 2024.",
         "Putin signed the treaty in 2024 after talks begun in 2019."),
        ("The 2008-09 season was his best.", "The 2009 season was his best."),
        # ECB+: a time "as of" which a turnout is told; a past act and a coming one; a
        # list of years; a decade
        ("Voters in Turkmenistan began to cast their ballots at 8:00 am local time (0300"
         " GMT) on Sunday.", "Some 2.44 million people cast their ballots as of 4:00 p.m."
         " local time (1100 GMT)."),
        ("DeGeneres previously hosted the 79th Oscars in 2007.",
         "Ellen DeGeneres to host Oscars in 2014"),
        ("DeGeneres first hosted the Oscars in 2007.", "DeGeneres will host the Oscars in 2014."),
        ("The host also fronted the Emmys in 2001 and 2005.",
         "DeGeneres hosted the Emmys in 2007."),
        ("Page began a career in modeling in 1950.", "Page started modeling in the 1940s."),
    ],
)  # fmt: skip
def test_no_alarm(a: str, b: str) -> None:
    assert details(a, b) == []


def test_a_clock_hour_is_no_count() -> None:
    """ "3 p.m." and "5 p.m." are two times, not two counts of something."""
    assert details("The bomb went off at 3 p.m.", "The bomb went off at 5 p.m.") == [
        "3 p.m. vs 5 p.m."
    ]


def test_a_year_of_a_date_told_once() -> None:
    """Two dates of one act differing by their day are one discrepancy, not a date's
    and a year's."""
    assert details("Photo taken June 18, 2024.", "Photo taken on June 19, 2023.") == [
        "June 18, 2024 vs June 19, 2023"
    ]


def test_reported_on_a_close_link(doc: Callable[[str], Document]) -> None:
    """Aligned, two reports of a quake give its time; the discrepancy rides on the link of
    the two sentences that tell it."""
    a = doc(
        "A strong earthquake shook the coastal town of Pisco on Monday.\n"
        "The quake struck at 10:15 a.m. and toppled the old church of San Clemente."
    )
    b = doc(
        "A strong earthquake shook the coastal town of Pisco on Monday.\n"
        "The quake struck at 11:15 a.m. and toppled the old church of San Clemente."
    )
    al = align(a, b)
    assert [(d.kind, d.detail) for d in al.discrepancies] == [
        (DiscrepancyKind.DATE, "10:15 a.m. vs 11:15 a.m.")
    ]


@pytest.mark.parametrize(
    ("a", "b", "detail"),
    [
        # F6: a year told with "first" on both sides is one act's
        ("Martin was first elected mayor in 2008 and re-elected in 2014.",
         "Martin was first elected mayor in 2010.", "2008 vs 2010"),
        ("The group first met in 1975.", "The group first met in 1976.", "1975 vs 1976"),
        ("It was the 50th summit since the group first met in 1975.",
         "The group first met in 1976.", "1975 vs 1976"),
    ],
)  # fmt: skip
def test_a_first_act_told_on_both_sides(a: str, b: str, detail: str) -> None:
    assert [c.detail for c in year_conflicts(feats(a), feats(b))] == [detail]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The company was founded in 1998.", "The company was first founded in 1996."),
        ("She previously hosted the show in 2007.", "She previously hosted the show in 2009."),
    ],
)  # fmt: skip
def test_no_alarm_for_an_earlier_act_told_once_or_one_of_many(a: str, b: str) -> None:
    assert year_conflicts(feats(a), feats(b)) == []


def test_one_measure_told_with_a_decimal_comma() -> None:
    """A French tremor and "secousse" of magnitude 5,1: one act, its measure read as the
    article writes its figures."""

    def french(text: str) -> UnitFeatures:
        unit = Unit(0, Span(0, len(text)), text, fold(text))
        return extract(unit, Writing(True, "French"), forms=word_forms("French"))

    a = french("Une réplique de magnitude 5,1 a été ressentie à 11h30.")
    b = french("Une secousse de magnitude 5,1 a frappé à 12h30.")
    assert [c.detail for c in conflicts(a, b)] == ["11h30 vs 12h30"]


# was no discrepancy: "Energy Emergency Alert" in title case shared no word with "energy
# emergency alert"
@pytest.mark.parametrize(
    ("a", "b", "detail"),
    [
        ("The operator issued a level 2 energy emergency alert at 3:50 p.m., asking for cuts.",
         "AVSO declared an Energy Emergency Alert Level 2 at 15:05, calling for cuts.",
         "3:50 p.m. vs 15:05"),
        ("The Storm Warning was issued at 9 a.m.", "A storm warning went out at 11 a.m.",
         "9 a.m. vs 11 a.m."),
    ],
)  # fmt: skip
def test_a_word_in_a_name_on_one_side_is_the_act_s_word_in_small_letters_on_the_other(
    a: str, b: str, detail: str
) -> None:
    assert details(a, b) == [detail]


def test_one_name_on_both_sides_tells_no_act() -> None:
    """A name in both ("Harlow") is a place, not what happened at either time."""
    assert details("Crews reached Harlow at 9 a.m.", "The Harlow line failed at 11 a.m.") == []
