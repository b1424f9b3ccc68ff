"""Tests of reader/ingest/byline_places.py: a byline's part after a comma is a second
writer or a place, an agency, a paper or a role."""

from __future__ import annotations

import pytest

from reader.ingest.byline_places import credited, is_place_name, reads_as_writer, says
from reader.ingest.given_names import is_given_name, slavic_sex


@pytest.mark.parametrize(
    "name",
    [
        "Olena Kovalenko",
        "Tom Schmidt",
        "Marie Martin",
        "Carlos Ruiz",
        "Giulia Bianchi",
        "Ana Souza",
        "Pjotr Sauer",
        "Pjotr Bianchi",
    ],
)
def test_a_person_s_name_reads_as_a_writer(name: str) -> None:
    assert reads_as_writer(name)


@pytest.mark.parametrize(
    "name",
    [
        "Bad Homburg",
        "Le Havre",
        "Buenos Aires",
        "São Paulo",
        "New York",
        "Mexico City",
        "South Korea",
        "Associated Press",
        "USA TODAY",
        "BBC News",
        "Senior Staff Writer",
        "Envoyé Spécial",
        "Kyiv",
        "Port Harcourt",
        "Rostov-on-Don",
    ],
)
def test_a_place_agency_paper_or_role_reads_as_no_writer(name: str) -> None:
    assert not reads_as_writer(name)


@pytest.mark.parametrize("name", ["Pjotr Schmidt", "Piotr Nowak", "Katarzyna Wójcik"])
def test_a_slavic_given_name_opens_a_writer_whose_surname_has_no_known_shape(name: str) -> None:
    """ "Schmidt", "Nowak", "Wójcik" end as no surname listed; the given name tells."""
    assert reads_as_writer(name)


def test_a_known_given_name_first_is_a_person_s_not_a_place_s() -> None:
    """ "Victoria" is a given name the project knows; "Santa" opens places."""
    assert not is_place_name("Victoria Bay")
    assert is_place_name("Santa Cruz")


@pytest.mark.parametrize(
    "name",
    [
        "Baton Rouge",
        "Reggio Emilia",
        "Des Moines",
        "Lake Jackson",
        "Glen Ellyn",
        "Biała Podlaska",
        "Gorzów Wielkopolski",
        "Community Manager",
    ],
)
def test_two_words_no_table_knows_and_no_given_name_opens_are_a_place(name: str) -> None:
    """A byline's second writer is named by a given name; "Von Anna Müller und Reggio
    Emilia" was put back under the headline."""
    assert not reads_as_writer(name)


_JORDAN_STORY = (
    "Farmers in the Jordan Valley say settlers have cut their water pipes three times "
    "since the spring."
)


def test_a_place_the_story_names_is_no_writer_though_a_given_name_opens_it() -> None:
    assert not reads_as_writer("Jordan Valley", _JORDAN_STORY)


def test_a_writer_the_story_does_not_name_is_still_a_writer() -> None:
    """ "Jordan" is a given name: without a story naming the valley, a writer."""
    assert reads_as_writer("Jordan Valley")
    assert reads_as_writer("Olena Kovalenko", _JORDAN_STORY)


@pytest.mark.parametrize(
    "name",
    [
        "Jaroslav Plesl",
        "Vladimír Špidla",
        "Zdeněk Hřib",
        "Przemysław Czarnek",
        "Radosław Sikorski",
        "Mariusz Błaszczak",
        "Dariusz Rosati",
        "Tadeusz Mazowiecki",
        "Kristýna Kočí",
        "Jaroslava Moserová",
    ],
)
def test_a_czech_or_polish_given_name_then_a_surname_is_a_person(name: str) -> None:
    """No list holds "Jaroslav" or "Przemysław"; their endings tell a given name, and
    two words no table knows were read as a place ("Von Anna Müller, Jaroslav Plesl")."""
    assert reads_as_writer(name)
    assert not is_place_name(name)


@pytest.mark.parametrize(
    ("word", "sex"),
    [
        ("Jaroslav", "male"),
        ("Przemysław", "male"),
        ("Vladimír", "male"),
        ("Zdeněk", "male"),
        ("Marek", "male"),
        ("Tomasz", "male"),
        ("Mariusz", "male"),
        ("Kristýna", "female"),
        ("Jaroslava", "female"),
        ("Bronisława", "female"),
        ("Kateřina", "female"),
        ("Greek", None),
        ("Uzbek", None),
        ("Creek", None),
        ("Bratislava", None),
        ("Week", None),
    ],
)
def test_a_czech_or_polish_given_name_s_ending_tells_its_sex(word: str, sex: str | None) -> None:
    assert slavic_sex(word) == sex
    assert is_given_name(word) == (sex is not None)


@pytest.mark.parametrize(
    "name",
    ["Ann Arbor", "Beverly Hills", "Palm Beach", "Niagara Falls", "Grand Rapids", "Cedar Springs"],
)
def test_a_given_name_then_a_word_closing_places_is_a_place(name: str) -> None:
    """ "Ann" and "Beverly" are given names; "Arbor" and "Hills" close places."""
    assert is_place_name(name)
    assert not reads_as_writer(name)


@pytest.mark.parametrize("name", ["St. Paul", "St. Louis", "Ste. Genevieve", "St Petersburg"])
def test_a_place_opened_by_st_is_a_place(name: str) -> None:
    assert is_place_name(name)
    assert not reads_as_writer(name)


@pytest.mark.parametrize(
    ("credits", "name", "named"),
    [
        ("Reporting by Jane Smith; Editing by Ayesha Rascoe", "Ayesha Rascoe", True),
        ("Additional reporting by Carla Hills in Geneva", "Carla Hills", True),
        ("Photo: Ayesha Rascoe/Reuters", "Ayesha Rascoe", True),
        ("Choe Sang-Hun contributed reporting from Seoul.", "Choe Sang-Hun", True),
        ("Reporting by Jane Smith in Ann Arbor; Editing by John Doe", "Ann Arbor", False),
        ("Reporting by Jane Smith; Editing by John Doe", "Smith", False),
    ],
)
def test_a_credit_names_people_not_where_they_wrote_from(
    credits: str, name: str, named: bool
) -> None:
    assert credited(credits, name) is named


@pytest.mark.parametrize(
    ("story", "speaks"),
    [
        ("“We were told to leave at once,” Ayesha Rascoe said.", True),
        ("Ayesha Rascoe, a nurse at the clinic, told reporters the road was shut.", True),
        ("“The road is shut,” said Ayesha Rascoe.", True),
        ("Farmers near Ayesha Rascoe say settlers cut their pipes.", False),
    ],
)
def test_a_name_said_to_speak_is_a_person_s(story: str, speaks: bool) -> None:
    assert says(story, "Ayesha Rascoe") is speaks


def test_a_credited_person_is_a_writer_though_a_word_closing_places_ends_the_name() -> None:
    """ "Carla Hills" reads as a place on its own (a doubt: the tables cannot tell); a
    credit naming her makes her a writer."""
    assert not reads_as_writer("Carla Hills")
    assert reads_as_writer("Carla Hills", credits="Additional reporting by Carla Hills")


@pytest.mark.parametrize(
    "story",
    [
        "U.S. Trade Representative Carla Hills said the talks had failed.",
        "The talks had failed, Hills said on Tuesday.",
    ],
)
def test_a_story_telling_of_a_person_makes_such_a_name_a_writer_s(story: str) -> None:
    """ "Carla Hills" is a place's name only by its last word: a story that gives her a
    title, a verb of saying or her surname alone as a person's makes her one."""
    assert not is_place_name("Carla Hills", story)
    assert reads_as_writer("Carla Hills", story)


def test_a_place_closed_by_such_a_word_stays_a_place_the_story_names() -> None:
    """ECB+ 4_2ecbplus: "Beverly Hills" where Esther Williams died."""
    story = "Esther Williams died on Thursday in Beverly Hills, California, at the age of 91."
    assert is_place_name("Beverly Hills", story)
    assert not reads_as_writer("Beverly Hills", story)


def test_a_known_place_said_to_speak_stays_a_place() -> None:
    """Countries and cities "say" as their governments do."""
    assert not reads_as_writer("South Korea", "South Korea said it would send aid.")
