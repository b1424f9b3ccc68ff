"""A speaker quoted by surname is shown as the full name its article gives that person."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.analysis.features import extract
from reader.analysis.names.joined_names import join_split_names
from reader.analysis.quotations.quotes import find_quotations
from reader.analysis.units import document_units
from reader.model import Document


def speakers(doc: Document) -> list[str | None]:
    """The speakers of ``doc``'s quotations, its names read as the window reads them
    (hyphened names joined)."""
    features = [extract(u) for u in document_units(doc)]
    join_split_names(features, [])
    names = [m for f in features for m in f.names]
    return [q.speaker for q in find_quotations(doc, names)]


def test_a_surname_is_the_full_name_the_article_gives(doc: Callable[[str], Document]) -> None:
    d = doc(
        "Title line\nHarbour master Dana Whitcombe opened the new pier on Friday.\n"
        '"It took ten years," Whitcombe said.'
    )
    assert speakers(d) == ["Dana Whitcombe"]


def test_an_office_before_the_name_is_left_out(doc: Callable[[str], Document]) -> None:
    d = doc(
        "Title line\nThe club said GM Rafe Ostrander signed the pitcher.\n"
        '"He is ready," Ostrander said.'
    )
    assert speakers(d) == ["Rafe Ostrander"]


def test_a_word_opening_the_sentence_is_no_given_name(doc: Callable[[str], Document]) -> None:
    d = doc(
        "Title line\nRafe Ostrander joined the club in May.\n"
        "Signing Ostrander cost the club a fortune.\n"
        '"He is ready," Ostrander said.'
    )
    assert speakers(d) == ["Rafe Ostrander"]


def test_forms_of_one_name_are_one_person_shown_as_most_written(
    doc: Callable[[str], Document],
) -> None:
    d = doc(
        "Title line\nLorna Mae Vickery was born in Ohio.\n"
        "In 1990 Lorna Vickery moved to Miami, where Lorna Vickery opened a bakery.\n"
        '"I never looked back," Vickery said.'
    )
    assert speakers(d) == ["Lorna Vickery"]


def test_a_middle_initial_is_part_of_the_full_name(doc: Callable[[str], Document]) -> None:
    d = doc(
        "Title line\nThe bill was opposed by Senator Ruth E. Calloway on Monday.\n"
        '"It is a bad law," Calloway said.'
    )
    assert speakers(d) == ["Ruth E. Calloway"]


def test_two_people_of_one_surname_keep_the_surname(doc: Callable[[str], Document]) -> None:
    d = doc(
        "Title line\nMara Quill met coach Tony Brandt and his son, T.J. Brandt.\n"
        '"My dad is ready," Brandt said.\n'
        '"He is ready," Quill said.'
    )
    assert speakers(d) == ["Brandt", "Mara Quill"]


def test_one_of_two_brothers_keeps_the_surname(doc: Callable[[str], Document]) -> None:
    d = doc(
        "Title line\nIvo Kral beat Sam Dunn on Saturday.\n"
        "The elder Kral watched from the corner.\n"
        '"Dunn was hard to hit," Kral said.\n'
        '"I got caught," Dunn said.'
    )
    assert speakers(d) == ["Kral", "Sam Dunn"]


def test_a_relative_named_after_the_surname_keeps_it(doc: Callable[[str], Document]) -> None:
    d = doc(
        "Title line\nThe gunman shot agent Paul Wexler at his house.\n"
        "Wexler's widow, Candee, spoke after the verdict.\n"
        '"Justice was served," said Wexler.\n'
        '"She was brave," Mara Quill said of her. "It was hard," Quill said.'
    )
    assert speakers(d) == ["Wexler", "Mara Quill", "Mara Quill"]


def test_a_given_name_of_another_person_is_no_surname(doc: Callable[[str], Document]) -> None:
    d = doc(
        "Title line\nProducer Laurence Mark hired agent Mark Roesler in June.\n"
        '"We wanted a change," Mark said.\n'
        '"It was time," Roesler said.'
    )
    assert speakers(d) == ["Mark", "Mark Roesler"]


def test_an_organisation_is_no_full_name(doc: Callable[[str], Document]) -> None:
    d = doc(
        "Title line\nThe Indian Navy sent a frigate led by Ravi Menon.\n"
        '"The skiffs turned back," Navy said in a statement.\n'
        '"We fired in self-defence," Menon said.'
    )
    assert speakers(d) == ["Navy", "Ravi Menon"]


def test_an_unnamed_source_is_no_surname(doc: Callable[[str], Document]) -> None:
    d = doc(
        "Title line\nThe Oregon State Police closed the road where Mara Quill lives.\n"
        '"It is closed," police said.\n'
        '"I waited all day," Quill said.'
    )
    assert speakers(d) == ["police", "Mara Quill"]


@pytest.mark.parametrize(
    ("people", "expected"),
    [
        ("North Korean leader Kim Jong Un met the envoy.", "Kim Jong Un"),
        ("Kim Kardashian met the envoy.", "Kim Kardashian"),
        # two people the name may be: as it is
        ("Kim Jong Un met his sister Kim Yo Jong.", "Kim"),
        ("Kim Jong Un met the envoy, Jennifer Kim.", "Kim"),
    ],
)
def test_a_name_written_first_is_the_one_full_name_it_opens(
    doc: Callable[[str], Document], people: str, expected: str
) -> None:
    d = doc(f'Title line\n{people}\n"Relations have risen to a new level," Kim said.')
    assert speakers(d) == [expected]


@pytest.mark.parametrize(
    ("person", "said", "expected"),
    [
        ("Osama bin Laden", "Laden", "Osama bin Laden"),
        ("Ursula von der Leyen", "Leyen", "Ursula von der Leyen"),
        ("Mohamed el Baradei", "Baradei", "Mohamed el Baradei"),
    ],
)
def test_a_surname_after_a_particle_is_the_full_name_it_ends(
    doc: Callable[[str], Document], person: str, said: str, expected: str
) -> None:
    d = doc(f'Title line\nOn Monday {person} met the envoy.\n"We will help," {said} said.')
    assert speakers(d) == [expected]


@pytest.mark.parametrize(
    ("person", "said", "expected"),
    [
        ("IMF chief Dominique Strauss-Kahn", "Strauss Kahn", "Dominique Strauss-Kahn"),
        ("IMF chief Dominique Strauss Kahn", "Strauss-Kahn", "Dominique Strauss Kahn"),
        ("EU President Herman Van Rompuy", "Van Rompuy", "Herman Van Rompuy"),
        ("Academy President Cheryl Boone Isaacs", "Boone Isaacs", "Cheryl Boone Isaacs"),
    ],
)
def test_a_speaker_of_two_words_is_the_one_longer_full_name_it_ends(
    doc: Callable[[str], Document], person: str, said: str, expected: str
) -> None:
    d = doc(f'Title line\n{person} spoke on Monday.\n"We will see," {said} said.')
    assert speakers(d) == [expected]


@pytest.mark.parametrize(
    "people",
    [
        # two people the name may be: as it is
        "Herman Van Rompuy met his brother Eric Van Rompuy.",
        # a film named after her is no fuller name of hers
        "She inspired the film The Notorious Bettie Page.",
    ],
)
def test_a_speaker_of_two_words_ending_no_one_longer_name_is_as_it_is(
    doc: Callable[[str], Document], people: str
) -> None:
    said = "Bettie Page" if "Bettie" in people else "Van Rompuy"
    d = doc(f'Title line\n{people}\n"We will see," {said} said.')
    assert speakers(d) == [said]


def test_forms_of_a_name_with_and_without_a_hyphen_are_one_person(
    doc: Callable[[str], Document],
) -> None:
    d = doc(
        "Title line\nKim Jong-un met Putin in Pyongyang.\n"
        "On Monday Kim Jong Un left, as Kim Jong Un had planned.\n"
        '"Relations have risen to a new level," Kim said.'
    )
    assert speakers(d) == ["Kim Jong Un"]
