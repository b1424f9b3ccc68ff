"""Tests of reader/analysis/names/name_particles.py: a name that opens with its lowercase
particle ("bin Laden said", "van Gogh", "de Gaulle") is read whole, where the particle is
not the ordinary word ("a la Jon Stewart", "et al", "ten Democrats", "in la Liga", a
Spanish article's "visita de Putin")."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis.features import extract
from reader.analysis.names.joined_names import whole_names
from reader.analysis.units import document_units
from reader.ingest import document_from_text
from reader.ingest.normalize import fold


def read_whole(text: str) -> list[str]:
    """The names of ``text`` (after a title line) as the reader sees them."""
    d = document_from_text(f"Title line\n{text}\n")
    names = [m for u in document_units(d) for m in extract(u).names]
    return [m.surface for m in whole_names(fold(d.text), names)][1:]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials said bin Laden hid.", ["bin Laden"]),
        ("A tape from bin Laden aired.", ["bin Laden"]),
        ("Members of the bin Laden family left.", ["Members", "bin Laden"]),
        ("He admired van Gogh.", ["van Gogh"]),
        ("President de Gaulle spoke.", ["de Gaulle"]),
        ("The film made von Trapp famous.", ["von Trapp"]),
        ("Troops loyal to al Assad fired.", ["al Assad"]),
        ("The poll favours da Silva.", ["da Silva"]),
        ("The poll favours le Pen.", ["le Pen"]),
        ("The party backed von der Leyen.", ["von der Leyen"]),
        ("President de la Rua resigned.", ["de la Rua"]),
    ],
)
def test_a_name_opening_with_its_particle_is_read_whole(text: str, expected: list[str]) -> None:
    assert read_whole(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Comedy a la Jon Stewart returned.", ["Comedy", "Jon Stewart"]),  # a name of two words
        ("They loved it a la Mode.", ["Mode"]),  # "a la"
        ("Only ten Democrats voted.", ["Democrats"]),  # a number
        ("He played in la Liga last year.", ["Liga"]),  # an article after "in"
        ("They drove a van Tuesday with a van Ford.", ["Ford"]),  # the ordinary word
        ("Smith et al Jones wrote it.", ["Smith", "Jones"]),
        # the article writes it as the ordinary word elsewhere: Spanish "de"
        ("Es la primera visita de Putin tras el pacto de defensa.", ["Es", "Putin"]),
        ("Van Gogh painted it.", ["Van Gogh"]),  # capitalised, the name is whole already
        ("Osama bin Laden was killed.", ["Osama bin Laden"]),  # a particle between, as before
    ],
)
def test_a_particle_that_is_the_ordinary_word_stays_out_of_the_name(
    text: str, expected: list[str]
) -> None:
    assert read_whole(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an acronym is no surname
        ("Un porte-parole de la SNCF a répondu.", ["Un", "SNCF"]),
        ("Los votos del PSOE bastaron.", ["Los", "PSOE"]),
        ("Hanno votato i deputati del PD.", ["Hanno", "PD"]),
        # what an office is of
        ("Lo confirmaron fuentes del Gobierno.", ["Lo", "Gobierno"]),
        ("Il a parlé au nom du Gouvernement.", ["Il", "Gouvernement"]),
        # the office before the particle: its complement, not a surname
        ("Lo dijo el delegado del Ayuntamiento ayer.", ["Lo", "Ayuntamiento"]),
        ("Parlava il sindaco di Roma ieri.", ["Parlava", "Roma"]),
        # a word the article writes without the particle elsewhere
        ("Habló el entrenador del Madrid. Juega en Madrid.",
         ["Habló", "Madrid", "Juega", "Madrid"]),
    ],
)  # fmt: skip
def test_a_particle_before_a_word_that_is_no_surname_stays_out_of_the_name(
    text: str, expected: list[str]
) -> None:
    assert read_whole(text) == expected


def test_a_surname_after_its_particle_stays_whole_though_written_alone_at_a_sentences_start() -> (
    None
):
    assert read_whole("President de Gaulle spoke. De Gaulle left.")[0] == "de Gaulle"


_PARTICLES = st.lists(
    st.sampled_from("bin ibn al el van von der de del della da di du le dos".split()),  # noqa: SIM905
    min_size=1,
    max_size=2,
)
_SURNAMES = st.sampled_from(["Laden", "Gogh", "Gaulle", "Leyen", "Assad", "Silva", "Pen"])
_BEFORE = st.sampled_from(["Yesterday", "Officials said", "The party chose", "The film made"])


@settings(max_examples=60, deadline=None)
@given(_BEFORE, _PARTICLES, _SURNAMES)
def test_the_particles_before_a_one_word_name_belong_to_it(
    before: str, particles: list[str], surname: str
) -> None:
    name = " ".join([*particles, surname])
    assert read_whole(f"{before} {name} spoke.")[-1] == name
