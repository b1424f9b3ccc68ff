"""The department an office is of, written between the office and its holder's name:
"State" of "Secretary of State John Kerry", "Health and Human Services" of "Secretary
of Health and Human Services Jeh Johnson", "Agriculture, Food and Rural Affairs" of
"Minister of Agriculture, Food and Rural Affairs Ernie Hardeman". The features
(reader.analysis.features.name_runs) leave these words out of the names they read, so
that the holder is named alone.

Word lists only: a department's words (reader.ingest.place_words, PLACE_GOERS), the
words that end a department's name, given names and titles.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis.names.office_places import first_name, place_words
from reader.analysis.words.lexicon import DEMONYMS, FACILITIES, INSTITUTION_HEADS, TITLES
from reader.ingest.place_words import PLACE_GOERS, PLACE_OPENERS
from reader.ingest.regions import is_region

# a department's own one-word name, after an office: "Secretary of State", "of Health"
DEPARTMENTS = frozenset(
    """
    state defense defence treasury energy commerce labor labour education agriculture
    interior transportation transport health finance housing
    """.split()  # noqa: SIM905
)
# words that end a department's name, and no place's: "Human Services", "Rural
# Affairs", "Homeland Security", "Urban Development", "Labour and Welfare", "Natural
# Resources" (not "Orange County", "Wall Street")
_DEPARTMENT_ENDS = frozenset(
    """
    affairs security services development defence defense justice health interior
    finance treasury economy education transport transportation agriculture energy
    labor labour commerce trade environment housing culture welfare resources
    fisheries forestry immigration employment industry tourism sport sports
    infrastructure communications relations
    """.split()  # noqa: SIM905
)
# a title that also opens a department's name: "Foreign" of "Foreign Minister" and of
# "Minister of Foreign Affairs", "Foreign Trade Minister"
_DEPARTMENT_TITLES = frozenset(("foreign",))
# what a title word before it names instead of a person: "Defence Ministry"
_INSTITUTIONS = frozenset(
    """
    ministry ministries department office council committee agency forces force service
    services board command
    """.split()  # noqa: SIM905
)
_POSSESSIVE_END = re.compile(r"['\u2019]s?$")
# what goes on with a department's name in a list: "Health and Human Services",
# "Agriculture, Food and Rural Affairs"
LIST_ON = re.compile(r"(?:,|,?\s+and)\s+")
# what a capitalised word after a department's name may name instead of its holder: a
# law, a plan, a body ("Homeland Security Act", "Human Services Agency")
_THINGS = frozenset(
    """
    act acts bill law laws fund program programme programs plan plans reform reforms
    agency agencies administration bureau division panel subcommittee caucus network
    inspector secretary secretaries
    """.split()  # noqa: SIM905
)
_HOLDER_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*")


def department_words(
    words: Sequence[str], end: int, in_list: bool, goes_on: bool = False
) -> tuple[int, int]:
    """How many of a run's ``words`` (ending at ``end`` of the text, right after an office
    over a department, or going on with the department's name in a list: ``in_list``)
    name the department rather than its holder: 1 of "State John Kerry", 2 of "Homeland
    Security Janet Napolitano" and, in a list, of "Human Services Kathleen Sebelius" and
    "Human Services Jeh Johnson" (after "Secretary of Health and"); with where the
    department's name may go on in a list when all of the run names it ("Health" before
    " and Human Services"), else -1. ``goes_on``: the list goes on after the run and ends
    with a department's name (``list_goes_on``), so a run of no department's word is one
    of its items ("Food" of "Agriculture, Food and Rural Affairs").

    A place is no department ("Prime Minister of India Narendra Modi"); a run in a list
    that opens with a given name or holds a title ("and Hillary Clinton", "and Joint
    Chiefs Chairman Mike Mullen") names none, nor does a run whose holder is neither told
    by a given name nor after a department's last word ("and Lavrov", "and Wall Street
    Journal")."""
    low = [w.lower().strip(".") for w in words]
    if in_list and (first_name(words[0]) or any(w in TITLES for w in low)):
        return 0, -1
    count = place_words(words)
    if goes_on and _list_item(words):
        return len(words), end
    if not _department(low[:count]):
        return 0, -1
    if count < len(words):  # the holder follows: "State John Kerry"
        named = not in_list or first_name(words[count]) or _holder(low[:count], words[count:])
        return (count, -1) if named else (0, -1)
    return (count, end) if in_list or count == 1 else (0, -1)


def opens_name(word: str, following: str) -> bool:
    """``word``, a title in small letters, opens with the word ``following`` it the name
    of an institution ("Defence Ministry", "Foreign Office") or of a department
    ("Foreign Affairs", "Foreign Trade"): no title there, or "Minister of Foreign Affairs"
    names "Affairs"."""
    if _POSSESSIVE_END.sub("", following) in _INSTITUTIONS:
        return True
    return word in _DEPARTMENT_TITLES and following in _DEPARTMENT_ENDS


def list_goes_on(text: str, runs: Sequence[tuple[int, int, Sequence[str]]], k: int) -> bool:
    """The run ``runs[k]`` (start, end and words of each run of capitals of ``text``) is
    followed by more items of a department's name in a list, parted by commas and closed
    by "and", the last naming a department by its words with or without a holder after
    it: "Food" before " and Rural Affairs Ernie Hardeman". An item holds no given name, no
    title and no place ("Secretary of State, Rice and Lavrov" is no list of departments)."""
    last = k
    closed = False
    while last + 1 < len(runs) and not closed:
        between = LIST_ON.fullmatch(text, runs[last][1], runs[last + 1][0])
        if between is None:
            return False
        closed = "and" in between.group()
        last += 1
        if not closed and not _list_item(runs[last][2]):
            return False
    if not closed:
        return False
    words = runs[last][2]
    low = [w.lower().strip(".") for w in words]
    count = place_words(words)
    if first_name(words[0]) or any(w in TITLES for w in low) or not _department(low[:count]):
        return False
    return count == len(words) or first_name(words[count]) or _holder(low[:count], words[count:])


def _list_item(words: Sequence[str]) -> bool:
    """A run of capitals may be an item of a department's name in a list ("Food"): one or
    two words, no given name, title, place or acronym."""
    low = [w.lower().strip(".") for w in words]
    return (
        len(words) <= 2
        and not first_name(words[0])
        and not any(w in TITLES for w in low)
        and not is_region(" ".join(low))
        and all(_HOLDER_WORD.fullmatch(w) for w in words)
    )


def _department(words: list[str]) -> bool:
    """The words (in small letters) name a department: "state", "homeland security",
    "human services"; not a place ("india", "new york")."""
    known = words[0] in DEPARTMENTS or words[-1] in PLACE_GOERS or words[-1] in _DEPARTMENT_ENDS
    return known and not is_region(" ".join(words))


def _holder(department: list[str], words: Sequence[str]) -> bool:
    """``words`` after a department's name (in small letters) in a list name its holder
    though no given name tells it: the department ends with a word that ends only a
    department's name ("Human Services", not "Wall Street"), and the holder is a given
    name and a surname, or three such words ("Jeh Johnson"), none a place's word, or a
    surname alone ("Sebelius" of "Secretary of Health and Human Services Sebelius"),
    no place's word and nothing else a department's name goes on with ("Act",
    "Agency", "Building")."""
    if department[-1] not in _DEPARTMENT_ENDS:
        return False
    return _holder_shape(words) or (len(words) == 1 and _surname(words[0]))


def _surname(word: str) -> bool:
    """``word`` may be a surname alone after a department's name: a capitalised word, no
    title, place's word, nationality, institution, building or law."""
    low = word.lower()
    return (
        _HOLDER_WORD.fullmatch(word) is not None
        and not any(low in words for words in _NOT_SURNAMES)
        and not is_region(low)
    )


_NOT_SURNAMES = (
    PLACE_GOERS,
    PLACE_OPENERS,
    TITLES,
    DEMONYMS,
    FACILITIES,
    INSTITUTION_HEADS,
    _THINGS,
    _DEPARTMENT_ENDS,
    DEPARTMENTS,
)


def _holder_shape(words: Sequence[str]) -> bool:
    """``words`` may be a holder's name: two or three capitalised words, none a place's
    word or a title."""
    if not 2 <= len(words) <= 3:
        return False
    low = [w.lower() for w in words]
    return (
        all(_HOLDER_WORD.fullmatch(w) for w in words)
        and not any(w in PLACE_GOERS or w in PLACE_OPENERS or w in TITLES for w in low)
        and not is_region(" ".join(low))
    )
