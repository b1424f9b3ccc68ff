"""What a count of people says befell them: killed, injured, missing, rescued, arrested...

A toll is written many ways: "killed 12 people", "12 people died", "left 12 dead", "claimed
12 lives", "the death toll rose to 12". Two such counts of the dead are one figure told
twice, whatever noun follows it, and a count of the dead is never one of the injured
("the fire killed 12 people" and "the fire injured 15 people" do not disagree), nor are
the rescued, the evacuated or the arrested. The word that tells it is read in the count's
clause (see :func:`casualty`).
"""

from __future__ import annotations

import re

from reader.analysis.figures.fates import Stands, fate_at, other_fate
from reader.analysis.figures.tolls import DEAD, INJURED, MISSING, foreign_casualty, toll_of
from reader.analysis.words.lexicon import UNITS_OF_TIME
from reader.analysis.words.stems import stem

__all__ = ["DEAD", "INJURED", "MISSING", "PEOPLE_UNITS", "casualty"]

_ROLE_OF_STEM = {
    "kill": DEAD, "dead": DEAD, "die": DEAD, "death": DEAD, "live": DEAD, "fatal": DEAD,
    "bodi": DEAD, "slain": DEAD, "perish": DEAD,
    "injur": INJURED, "injuri": INJURED, "wound": INJURED, "hurt": INJURED,
    # what else a count of people may tell, never the dead nor the injured
    "rescu": "rescued", "evacu": "evacuated", "surviv": "survived", "displac": "displaced",
    "arrest": "arrested", "detain": "arrested", "captur": "arrested",
    "hospit": "in hospital", "hospitalis": "in hospital",
}  # fmt: skip
# what a count of people may be followed by: people, or the toll's own word ("12 dead",
# "15 injured", "12 lives", "12 fatalities", "four missing": "missing" read as the unit
# "miss", which _role reads as the word it is, not as "missed")
PEOPLE_UNITS = frozenset(
    {"", "peopl", "person", "victim", "casualti", "resid", "passeng", "civilian", "survivor"}
    | {"miss"}
    | set(_ROLE_OF_STEM)
)
# what ends a count's clause; "among" and "including" too, which tell some of the people
# counted around them ("12 soldiers among the dead", "including 12 workers"), of whom no
# fate of their own is told
_BREAK = re.compile(
    r"[,;:()]|\b(?:and|but|while|as|after|before|when|against|among|amongst|including)\b"
)
_WORD = re.compile(r"[^\W\d_]+")
# words between a verb and its count: "killing at least 12", "injured more than 400"
_BOUNDS = frozenset(
    "at least more than about some nearly almost over around up to an estimated".split()  # noqa: SIM905
)
_TOLL = re.compile(r"\bdeath\s+toll\b", re.IGNORECASE)
# a bare figure, then what befell its people: "three were injured", "12 have died"
_AUXILIARIES = frozenset("were was are is have has had been".split())  # noqa: SIM905
_REACH = 60  # characters on each side, at most
# words that tell who says so between a count and its fate, read past as no word of its
# own: "22 people had been confirmed dead", "five people were reported to be missing"
_REPORTED = frozenset(
    "confirmed reported feared believed presumed thought known said listed officially to be".split()  # noqa: SIM905
)
# a count's people doing to others what a fate's verb tells: its noun (and "who"), the
# verb with no auxiliary, then its object ("12 soldiers killed two gunmen", "12 officers
# who arrested the suspects", "12 police wounded at least three")
_DOING = re.compile(
    r"\s+(?:(?!(?:were|was|are|is|been|be|being|got|get|gets)\b)[^\W\d_][\w'-]*\s+){0,2}"
    r"(?:(?:who|that)\s+)?(?:(?:had|have|has)\s+)?"
    r"(?:killed|shot|wounded|injured|hurt|rescued|evacuated|arrested|detained|captured)\s+"
    r"(?:\d|(?:the|an?|his|her|their|its|at\s+least|more\s+than|some|about|nearly|dozens"
    r"|scores|hundreds|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several"
    r"|many)\b)",
    re.IGNORECASE,
)


def casualty(text: str, start: int, end: int, unit: str, language: str | None = None) -> str:
    """What befell the people counted by the figure at ``text[start:end]``, which counts
    ``unit`` (a stem of PEOPLE_UNITS in English): DEAD, INJURED, MISSING, another fate
    ("rescued"), or '' when its clause does not say. Read in the word after it ("12
    dead", "12 deaths"), or, after a noun for people or an auxiliary, in the next four
    ("12 people were killed", "five people are still missing", "three were injured"),
    or a phrase beginning there ("12 people were taken to hospital": reader.analysis
    .fates);
    else in the verb before it, bounds aside ("killing at least 12 people"), or a toll
    the clause leads to ("the death toll rose to 12", "the number of injured rose to
    12"); never in a death that is no one's ("three against the death sentence"), nor in
    the toll a figure rose from ("rose to 58 from 50"). In an article in another
    ``language`` (a name of reader.analysis.linking.relatedness.not_english), by that language's
    words: a toll's noun right after the figure ("58 Tote", "58 morts") or a toll
    leading to it ("die Zahl der Toten stieg auf 58", "le bilan s'élève à 58"), else
    another fate as English reads it (reader.analysis.figures.fates.other_fate: "la police a arrêté
    40 manifestants", "40 Demonstranten wurden festgenommen"). A figure followed by a
    unit of time counts no one ("died 25 years ago", "sono morti 25 anni fa"). What the
    people counted did to others is no fate of theirs ("12 soldiers killed two gunmen"),
    nor is one told past "among" or "including" ("12 soldiers among the dead")."""
    after = _WORD.findall(_BREAK.split(text[end : end + _REACH])[0])
    if after and after[0].lower() in UNITS_OF_TIME.get(language or "English", frozenset()):
        return ""
    before_text = _BREAK.split(text[max(0, start - _REACH) : start])[-1]
    if language is not None:
        return foreign_casualty(after, before_text, language) or other_fate(
            after, _WORD.findall(before_text), language
        )
    bare_then_verb = not unit and bool(after) and after[0].lower() in _AUXILIARIES
    # "12 soldiers killed two gunmen": what they did, not what befell them
    read = 0 if _DOING.match(text, end) else (4 if unit or bare_then_verb else 1)
    if read > 1:
        read = _past_reporting(after, read)
    for k, word in enumerate(after[:read]):
        role = _role(word) or fate_at(after[k:], "English", Stands.AFTER)
        if role:
            return role
    before = [w for w in _WORD.findall(before_text) if w.lower() not in _BOUNDS]
    if before:
        if before[-1].lower() == "from":
            return ""  # "rose to 58 from 50": the toll before, not the one told
        role = _role(before[-1])
        if role:
            return role
    return DEAD if _TOLL.search(before_text) else toll_of(before_text, None)


def _past_reporting(after: list[str], read: int) -> int:
    """How many of the words ``after`` a count to read for its fate, ``read`` of its own
    and each word of report among them besides ("people had been confirmed dead": five)."""
    k = 0
    while k < min(read, len(after)):
        if after[k].lower() in _REPORTED:
            read += 1
        k += 1
    return read


def reported_fate(text: str, end: int) -> int | None:
    """Where the word of report right after a count ending at ``end`` of ``text`` ends,
    when a fate of a toll follows it ("nine confirmed dead", "27 reported killed", "12
    feared missing": the count's fate, as "nine dead" tells it); None else ("12
    confirmed cases")."""
    found = _REPORT_THEN_WORD.match(text, end)
    if found is None or found.group(1).lower() not in _REPORTED:
        return None
    return found.end(1) if _role(found.group(2)) in (DEAD, INJURED, MISSING) else None


# a word after a count, and the next: "confirmed dead" of "nine confirmed dead"
_REPORT_THEN_WORD = re.compile(r" ([a-z]+) ([a-z]+)\b", re.IGNORECASE)


def _role(word: str) -> str:
    low = word.lower()
    # "missing", "unaccounted" (for): the toll's missing
    return MISSING if low in _MISSING_WORDS else _ROLE_OF_STEM.get(stem(low), "")


_MISSING_WORDS = frozenset({"missing", "unaccounted"})


def one_fate_told(a: str, b: str) -> bool:
    """Unit words ``a`` and ``b`` (counts' stems) each tell what befell the people they
    count, and the same: "41 dead" and "41 bodies", "12 injured" and "12 wounded" count
    one toll, though two words."""
    fate = _ROLE_OF_STEM.get(a, "")
    return bool(fate) and fate == _ROLE_OF_STEM.get(b)
