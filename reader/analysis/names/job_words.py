"""Job words no title list holds, written capitalised before a person's name: "General
Manager Billy King", "U.S. Customs Agent David Wilhelm", "Heavyweight Champion, Wladimir
Klitschko", "TDCJ Inspector John Moriarty", "Chief Executive Robert Sznewajs",
"Super-agent Scott Boras", "Federal Reserve Vice Chair Helen Calloway", "Deputy Chief
Constable Helen Calloway".

A title (``lexicon.TITLES``: "President", "Coach") is left out of a name wherever it
stands. These words are not: "Agent Orange", "Executive Order", "Champion Energy" name
things. A job noun of :data:`JOB_NOUNS` is read as a title only where it is one: before
a given name ("Agent David Wilhelm", "Champion, Wladimir Klitschko"), or beside a title
("General Manager", "Chief Executive"). A capitalised word with a hyphen and a word in
small letters ("Super-agent", "Co-founder") opening a run before a given name is one too.
Words that only qualify a title or a job (:data:`JOB_MODIFIERS`: "Head" of "Head
Coach", "Former Heavyweight" of "Former Heavyweight Champion") name nothing left alone;
nor do the words of a service or a field (:data:`OFFICE_FIELDS`) a title ends: "Fire" of
"Fire Chief Ramona Ellery", "Health" of "Health Minister", "State" of "State Senator",
"Calder County" of "Calder County Fire Chief" (the same words before a word no title
name an organisation: "Fire Department", "Fire Brigade"), nor a body told alone
(:data:`BODIES`: "Board" of "Board Chair Mary Okafor"). "Chair" is a title before a
surname ending the run too ("Fed Chair Powell"), not before a word a thing's name ends
with ("The Eames Chair Company").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis.names.office_places import first_name
from reader.analysis.words.lexicon import FACILITIES, INSTITUTION_HEADS, TITLES

JOB_NOUNS = frozenset(
    """
    manager managers agent agents champion champions inspector executive assistant
    artist analyst investigator editor founder co-founder cofounder superintendent
    warden marshal pitcher catcher outfielder infielder shortstop quarterback
    goalkeeper striker midfielder correspondent columnist photographer designer
    novelist author writer musician guitarist drummer bassist vocalist trainer
    coordinator consultant economist strategist negotiator envoy aide adviser advisor
    lobbyist activist nominee candidate challenger incumbent teammate rookie veteran
    inmate prisoner fugitive suspect chair co-chair constable constables
    """.split()  # noqa: SIM905
)
# words qualifying a job or a title, no name alone before one: "Head Coach", "Former
# Heavyweight Champion", "Assistant General Manager", "Interim Coach"
JOB_MODIFIERS = frozenset(
    """
    head former assistant associate interim acting heavyweight lightweight middleweight
    welterweight featherweight cruiserweight bantamweight flyweight light-heavyweight
    super-middleweight undisputed reigning defending
    """.split()  # noqa: SIM905
)
# a title's service or field, no name before it: "Fire Chief", "Health Minister", "State
# Senator", "Police Commissioner", "Finance Minister"
OFFICE_FIELDS = frozenset(
    """
    fire police health state finance defence defense interior education justice transport
    transportation trade environment energy agriculture fisheries housing culture sports
    tourism treasury immigration security intelligence economy economic welfare
    deputy vice senior
    """.split()  # noqa: SIM905
)
# an art or a sport a star, a singer or a coach works in, no name alone before the title:
# "Pop" of "Pop Star Ann Lee", "Film" of "Film Director", "Football" of "Football Coach"
GENRES = frozenset(
    """
    pop rock movie film tv television reality country rap soap football soccer tennis golf
    basketball baseball hockey cricket rugby screen stage teen
    """.split()  # noqa: SIM905
)
# a body a chair or a member heads or sits on, told alone before the title: "Board" of
# "Board Chair Mary Okafor", "Committee" of "Committee Chairman Ted Poe"; a body named
# ("Senate Judiciary Committee Chair") keeps its words
BODIES = frozenset(
    """
    board committee subcommittee council commission panel caucus cabinet
    """.split()  # noqa: SIM905
)
# job nouns that are titles before a surname alone too, when it ends the run: "Fed Chair
# Powell" (as "Fed Chairman Powell"); not before a word a thing's name ends with ("The
# Eames Chair Company")
_BEFORE_SURNAMES = frozenset({"chair"})
_THING_ENDS = (
    INSTITUTION_HEADS
    | FACILITIES
    | frozenset(
        """
    company companies corp corporation inc ltd llc plc group co lift lifts
    """.split()  # noqa: SIM905
    )
)
# a capitalised word going on with a hyphen and small letters: "Super-agent", "Co-founder"
_HYPHENED_SMALL = re.compile(r"[A-Z][a-z]*-[a-z]+")
_COMMA_GIVEN = re.compile(r",\s+([A-Z][\w'-]+)")


def job_title(words: Sequence[str], k: int, text: str, end: int) -> bool:
    """``words[k]`` (a word of a run of capitals ending at ``end`` of ``text``) is a job
    read as a title: a job noun before a given name, in the run or after a comma at its
    end, or beside a title or another job noun; "Chair" before a surname ending the run
    ("Fed Chair Powell"); or, opening the run, a hyphened word with small letters after
    its hyphen before a given name ("Super-agent Scott")."""
    low = words[k].lower().strip(".")
    following = words[k + 1] if k + 1 < len(words) else None
    if following is None:
        after = _COMMA_GIVEN.match(text, end)
        following = after.group(1) if after is not None else None
    given = following is not None and first_name(following)
    if k == 0 and _HYPHENED_SMALL.fullmatch(words[k]) and given and k + 1 < len(words):
        return True
    if len(words) == 1 and title_prefix(text, end):
        return True
    # "Chairs" of "Co-Chairs Ann Lee and Bo Park" (a job before a given name),
    # "Presidents" of "Ex-Presidents Bo Park and ..." (a title before any name)
    if k == 0 and _prefixed(words, text, end) and (given or low.removesuffix("s") in TITLES):
        return True
    if low not in JOB_NOUNS:
        return False
    if low in _BEFORE_SURNAMES and k + 2 == len(words) and _surname_like(words[k + 1]):
        return True
    beside = [words[j].lower().strip(".") for j in (k - 1, k + 1) if 0 <= j < len(words)]
    return given or any(w in TITLES or w in JOB_NOUNS for w in beside)


def title_prefix(text: str, end: int) -> bool:
    """The word ending at ``end`` of ``text`` is a prefix that a hyphen joins to a title
    or a job with a capital after it: "Co" of "Co-Chair Ann Lee", "Co-Founder", "Co-Chief
    Executive", "Ex-President", "Co-Chairs" (the hyphen parts the two into runs of their own). Only
    the prefixes of :data:`_TITLE_PREFIXES`: "Marsh" of "Marsh-Bishop" is a surname's."""
    before = text[max(0, end - 8) : end].split()
    after = _HYPHENED_TITLE.match(text, end)
    return (
        after is not None
        and bool(before)
        and before[-1].lower() in _TITLE_PREFIXES
        and _a_title(after.group(1))
    )


def _a_title(word: str) -> bool:
    """``word`` is a title or a job, or the plural of one ("Chairs", "Presidents")."""
    low = word.lower()
    return any(w in TITLES or w in JOB_NOUNS for w in (low, low.removesuffix("s")))


def _prefixed(words: Sequence[str], text: str, end: int) -> bool:
    """The run ``words`` (ending at ``end`` of ``text``) opens with a title or a job, or
    its plural, that a prefix's hyphen joins ("Chairs" after "Co-" of "Co-Chairs Ann Lee
    and Bo Park", "Presidents" of "Ex-Presidents")."""
    start = end - len(" ".join(words))
    if start < 1 or text[start:end].split() != list(words) or not _a_title(words[0]):
        return False
    before = re.search(r"([A-Za-z]+)-$", text[max(0, start - 12) : start])
    return before is not None and before.group(1).lower() in _TITLE_PREFIXES


# a hyphen and the capitalised word after it: "-Chair" of "Co-Chair"
_HYPHENED_TITLE = re.compile(r"-([A-Z][a-z]+)\b")
# the words a hyphen joins before a title: "Co-Chair", "Vice-Chair", "Ex-President",
# "Deputy-Director", "Under-Secretary", "Joint-Founder"
_TITLE_PREFIXES = frozenset(
    """
    co vice ex deputy sub under joint acting assistant associate interim former
    """.split()  # noqa: SIM905
)


def _surname_like(word: str) -> bool:
    """``word``, ending a run after a title, may be a surname: no title, job noun, nor a
    word a thing's name ends with ("Company")."""
    low = word.lower().strip(".")
    return low not in TITLES and low not in JOB_NOUNS and low not in _THING_ENDS


def qualifiers_only(words: Sequence[str]) -> bool:
    """The words before a title or a job only qualify it ("Head" of "Head Coach")."""
    return bool(words) and all(w.lower() in JOB_MODIFIERS for w in words)


def before_title(group: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The words of a run (each at its offset) that a title or a job ends, less those that
    only qualify it (``qualifiers_only``: none left) and the service or field it ends
    with, when two words or more are left ("Calder County" of "Calder County Fire Chief";
    "Homeland Security" of "Homeland Security Secretary" whole); none when it is made of
    such words or bodies told alone ("Fire" of "Fire Chief", "Deputy Health" of "Deputy
    Health Minister", "Board" of "Board Chair", "Pop" of "Pop Star")."""
    words = [w.lower() for _, w in group]
    if qualifiers_only(words) or all(w in OFFICE_FIELDS | BODIES | GENRES for w in words):
        return []
    end = len(group)
    while end and words[end - 1] in OFFICE_FIELDS:
        end -= 1
    return group[:end] if end >= 2 else group
