"""English institutions named for what they deal with, "and" or "for" inside their name:
"Food and Drug Administration", "Fish and Wildlife Service", "National Oceanic and
Atmospheric Administration", "Bill and Melinda Gates Foundation", "Center for Biological
Diversity", "Centers for Disease Control and Prevention".

The sentence rules read a run of capitalised words, so "Fish and Wildlife Service" came
out as two names, "Fish" and "Wildlife Service", and the pair shared "Fish" with any fish.
Two cues make one name of the runs (``reader.analysis.features._joined_of`` joins them):

- the list closes with an institution's head (:data:`CLOSING_HEADS`: an administration, a
  service, a foundation, a commission ...; or a union or an association its members
  name, "Dock and Harbour Workers' Union") and the runs before it, parted by commas and
  a last "and", name no body of their own: no place ("Russia and North Korea"), no
  person ("Kim"), no acronym ("FBI"), no institution ("European Union and International
  Monetary Fund"), no department of a government ("Interior and Commerce Department"
  names two); a given name alone before a given name and surname is a couple's
  foundation ("Bill and Melinda Gates Foundation"); a place or an acronym may open the
  first run ("U.S. Fish and Wildlife Service");
- an institution's head (:data:`FOR_HEADS`) before "for" goes on with what it is for
  ("Center for Biological Diversity", "Society for Conservation Biology"), and with one
  more run after "and" ("Centers for Disease Control and Prevention", "Organization for
  Security and Cooperation"); a list with commas after "for" is a list of bodies
  ("Center for Biological Diversity, Greenpeace and Defenders of Wildlife").
- a council, a committee, a panel, a conference (:data:`ON_HEADS`) goes on with "on" and
  what it deals with as with "for" ("Council on Foreign Relations", "Intergovernmental
  Panel on Climate Change", "Conference on Trade and Development"), but not with a day,
  a month or a feast: "the Security Council on Monday adopted ..." is the council.

Two bodies written with "the" ("the Treasury and the Internal Revenue Service") are never
read so: the run after "and" must follow it at once. "France and Germany's Foreign
Ministry" stays two (a place before "and"), as it may be meant.
"""

from __future__ import annotations

from reader.analysis.names.institution_names import AND_HEADS, Run, is_field, run_end
from reader.analysis.names.office_departments import DEPARTMENTS
from reader.analysis.words.lexicon import MONTHS, WEEKDAYS
from reader.ingest.given_names import is_given_name
from reader.ingest.regions import is_region

# heads that close an institution's name after a field of its work; not a department
# or a ministry ("Interior and Commerce Department" are two), nor a school ("Tennessee
# Tech and LaSalle University" are two), nor a fund or a union, which two states may
# share ("European Union and International Monetary Fund")
CLOSING_HEADS = frozenset(
    """
    administration service foundation institute commission agency bureau committee
    society council association center centre program programme authority board
    """.split()  # noqa: SIM905
)
# heads a body its members name closes with ("Dock and Harbour Workers' Union")
_MEMBER_HEADS = frozenset(("union", "association", "federation", "guild", "council"))
# heads that go on with "for" and what they are for
FOR_HEADS = frozenset(
    """
    center centre centers centres institute institutes committee council foundation
    society organization organisation commission agency office department ministry
    coalition alliance association campaign league union party academy school fund
    partnership federation network trust
    """.split()  # noqa: SIM905
)
# heads that go on with "on" and what they deal with
ON_HEADS = frozenset(
    """
    council councils committee subcommittee commission conference panel convention
    treaty forum institute center centre
    """.split()  # noqa: SIM905
)
# days after "on": the body did something on that day ("Council on Christmas Eve")
_ON_DAYS = WEEKDAYS | MONTHS.keys() | {"christmas", "easter", "thanksgiving", "new"}
_AND = (" and ", ", and ")
_HEADS = AND_HEADS | FOR_HEADS | CLOSING_HEADS  # an institution's words: no field's


def head_list_end(text: str, runs: list[Run], k: int) -> int:
    """The index of the run closing an institution's name that ``runs[k]`` opens with
    "and" inside it ("Fish" + "Wildlife Service"; "Alcohol" + "Tobacco" + "Firearms" +
    "Explosives Bureau"), or ``k`` when there is none (see the module)."""
    for e in range(k, len(runs) - 1):
        between = _between(text, runs, e)
        if between in _AND:
            last = runs[e + 1][1]
            closes = (last[-1][1].lower() in CLOSING_HEADS or _members_body(last)) and len(
                last
            ) >= 2
            if closes and _fields(runs[k : e + 1], last):
                return e + 1
            return k
        if between != ", ":
            return k
    return k


def for_list_end(text: str, runs: list[Run], k: int) -> int:
    """The index of the last run of an institution's name that ``runs[k]`` ends with a
    head going on with "for" ("Center" + "Biological Diversity"; "Centers" + "Disease
    Control" + "Prevention") or "on" ("Council" + "Foreign Relations"), or ``k``."""
    if k + 1 >= len(runs) or not _goes_on(runs[k][1][-1][1].lower(), _between(text, runs, k)):
        return k
    if not _field(runs[k + 1][1]) or (
        _between(text, runs, k) == " on " and runs[k + 1][1][0][1].lower() in _ON_DAYS
    ):
        return k
    if k + 2 < len(runs) and _between(text, runs, k + 1) in _AND and _field(runs[k + 2][1]):
        after = text[run_end(runs[k + 2]) :]
        if not after.startswith((" and ", ", ")):
            return k + 2
    return k + 1


def _goes_on(head: str, between: str) -> bool:
    return (between == " for " and head in FOR_HEADS) or (between == " on " and head in ON_HEADS)


def _fields(items: list[Run], closing: list[tuple[int, str]]) -> bool:
    """The runs before "and" and the closing run's words before its head name fields of
    the institution's work: each run before "and" one or two words and a field, the
    first maybe after a place or an acronym ("U.S. Fish"); a department's own name only
    beside another ("Energy and Commerce Committee", not "Treasury and Internal Revenue
    Service"); or one given name before a couple's given name and surname ("Bill" and
    "Melinda Gates" of "Bill and Melinda Gates Foundation")."""
    body = closing[:-2] if _members_body(closing) else closing[:-1]
    couple = len(items) == 1 and len(items[0][1]) == 1 and len(body) >= 2
    if couple and is_given_name(items[0][1][0][1]) and is_given_name(body[0][1]):
        return True
    if not _field(body):
        return False
    departments = {_department(body)}
    for n, (_, words) in enumerate(items):
        if n == 0 and len(words) >= 2 and _qualifier(words[0][1]):
            words = words[1:]
        if len(words) > 2 or not _field(words):
            return False
        departments.add(_department(words))
    return len(departments) == 1


def _members_body(words: list[tuple[int, str]]) -> bool:
    """The run closes with a body its members name in a plural possessive, after a field
    of their work: "Harbour Workers' Union" (of "Dock and Harbour Workers' Union"), "Port
    Employers' Association"; a union so named is no state's ("European Union")."""
    return (
        len(words) >= 3
        and words[-1][1].lower() in _MEMBER_HEADS
        and words[-2][1].endswith(("s'", "s\u2019"))
    )


def _department(words: list[tuple[int, str]]) -> bool:
    """The words end with a department's own one-word name ("Treasury", "House Energy")."""
    return words[-1][1].lower() in DEPARTMENTS


def _qualifier(word: str) -> bool:
    """A word that may open an institution's name before its field: a place or an
    acronym ("U.S.", "California")."""
    return word.isupper() or is_region(word.lower())


def _field(words: list[tuple[int, str]]) -> bool:
    """A run of capitalised words may name a field an institution deals with ("Wildlife",
    "Biological Diversity", "Disease Control"): no place, person, acronym, possessive or
    institution."""
    return is_field(words, _HEADS) and not any(w.endswith(("'s", "\u2019s", "'")) for _, w in words)


def _between(text: str, runs: list[Run], k: int) -> str:
    """The text between ``runs[k]`` and the run after it."""
    return text[run_end(runs[k]) : runs[k + 1][0] + runs[k + 1][1][0][0]]
