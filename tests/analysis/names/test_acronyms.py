"""An acronym and the name it shortens (reader.analysis.names.acronyms)."""

from __future__ import annotations

from reader.analysis.mention import Mention
from reader.analysis.names.acronyms import spelled_acronyms
from reader.model import Span


def _names(*surfaces: str) -> list[Mention]:
    return [Mention("name", s.lower(), Span(0, len(s)), s) for s in surfaces]


def test_an_acronym_is_the_name_its_initials_spell() -> None:
    names = _names("TSIB", "Transport Safety Investigation Board", "Dana Whitcombe")
    assert spelled_acronyms(names) == {"tsib": "transport safety investigation board"}


def test_small_words_of_the_name_are_not_spelt() -> None:
    names = _names("NBTS", "National Board of Transport Safety")
    assert spelled_acronyms(names) == {"nbts": "national board of transport safety"}


def test_a_name_of_two_words_is_not_taken_for_an_acronym() -> None:
    assert spelled_acronyms(_names("CA", "Coastline Air")) == {}


def test_an_acronym_two_names_spell_is_left_alone() -> None:
    names = _names("NSB", "National Safety Board", "Northern Shipping Bureau")
    assert spelled_acronyms(names) == {}


# the merger pair (tests/data/pages/merger_*): the wire's "U.S. Federal Trade Commission"
# was not the paper's "FTC"
def test_a_country_s_short_form_before_an_agency_is_not_spelt() -> None:
    names = _names("FTC", "U.S. Federal Trade Commission")
    assert spelled_acronyms(names) == {"ftc": "u.s. federal trade commission"}


def test_a_name_of_three_words_after_a_country_keeps_its_initials() -> None:
    assert spelled_acronyms(_names("TC", "U.S. Trade Commission")) == {}
