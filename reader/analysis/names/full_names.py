"""A speaker named by surname, shown as the full name the article gives that person.

News names a person in full once ("Ellen DeGeneres", "agent Mark Roesler") and then by
surname ('"...," DeGeneres said'), so one person's quotations would be listed under two
speakers. Within one article, a one-word named speaker becomes the full name whose last
word it is, or whose first: a surname written first ("Kim" of "Kim Jong Un", "Lee" of
"Lee Kyung-ho") or the given name a person is called by ("Kim" of "Kim Kardashian"),
when the article gives exactly one person that name first or last. A word inside a full
name ("Mae" of "Bettie Mae Page") is no one's name on its own. A speaker of two words or
more becomes the one longer full name it ends, hyphens aside: a surname of two words
("Strauss Kahn" of "Dominique Strauss-Kahn", "Van Rompuy" of "Herman Van Rompuy").

A full name is a run of capitalised words (the document's name mentions) read as a
person's: the words before the surname are given names, not an office ("GM Theo
Epstein", "Manager Ed Stefanski"), a word that only opens the sentence ("Having Jackman
host", "Ironically Nichols"), a people ("Indian Navy") or a place ("New York"); no word
names an organisation or a source ("British Royal Navy"). Forms of one name are one
person ("Bettie Page", "Bettie Mae Page", "Notorious Bettie Page", "Dirk A. Kempthorne"):
the form the article uses most is shown. Two people of one surname ("Tony DiLeo" and his
son "T.J. DiLeo", "the elder Klitschko", "Wilhelm's widow, Candee"), or a name that
opens one person's full name and ends another's ("Kim Jong Un", "Jennifer Kim"; "Mark
Roesler", "Laurence Mark"), leave the name as it is: a wrong full name is worse than a
surname. (On ECB+ dev and the seed pair, 223 quotations in 104 article/surname cases were
given a full name, each read in its article; the 40 one-word speakers left are mostly
people the article never names in full. A surname written first gives the seed pair's
eight quotations of "Kim" as "Kim Jong-un" and "Kim Jong Un", and none on ECB+ dev.)
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from reader.analysis.features import name_key
from reader.analysis.mention import Mention
from reader.analysis.names.described_names import POSSESSIVES
from reader.analysis.names.joined_names import whole_names
from reader.analysis.names.offices import completes_office
from reader.analysis.quotations.unnamed_speakers import SOURCE_NOUNS
from reader.analysis.words.lexicon import (
    DEMONYMS,
    FOREIGN_TITLES,
    GERMAN_TITLE_ENDINGS,
    NOT_NAMES,
    STOPWORDS,
    TITLES,
)
from reader.model import Document

if TYPE_CHECKING:
    from reader.analysis.quotations.quotes import Quotation

# offices written before a name that the titles do not hold: "GM Theo Epstein", "Chief
# Executive Robert Sznewajs", "Manager Ed Stefanski", "agent Mark Roesler"
_OFFICES = TITLES | frozenset(
    """
    gm ceo cfo coo manager executive chief head agent publicist rep spokesman producer
    producers attorney prosecutor commodore lawyer founder chairman president analyst
    author writer editor host anchor reporter correspondent columnist photographer
    filmmaker novelist historian economist expert superintendent sheriff inspector
    constable commander colonel major general marshal assistant associate interim acting
    former late mr mrs ms dr miss sir dame lord lady rev reverend father brother sister
    """.split()  # noqa: SIM905
)
# first words of places and institutions, never a given name: "New York", "San Diego",
# "North Korea", "Royal Navy", "United Nations"
NOT_GIVEN = frozenset(
    """
    new north south east west northern southern eastern western central upper lower great
    greater san santa los las el la le les saint st fort port mount lake cape united royal
    national federal state international imperial republic
    """.split()  # noqa: SIM905
)
# last words of organisations and places, never a surname that speaks: "Supreme Court",
# "White House", "Summit Entertainment" ("Navy", "Police": a source, SOURCE_NOUNS)
_INSTITUTIONS = frozenset(
    """
    inc corp co ltd llc plc university college school academy committee council party
    union center centre institute foundation association company group bank fund network
    news times post press herald tribune gazette magazine journal club team court house
    service services entertainment pictures studios studio records airlines airways
    commission bureau organization organisation corporation league channel theatre
    theater hospital clinic church airport station stadium arena square street avenue
    road bridge building palace museum library prison jail
    """.split()  # noqa: SIM905
)
# a word of a person's name: capitalised letters, with an initial's stop, an apostrophe
# or a hyphen inside ("T.J.", "O'Brien", "Jong-un", "DeGeneres")
_NAME_WORD = re.compile(r"[^\W\d_][^\W\d_'\u2019.-]*(?:['\u2019.-][^\W\d_]*)*\.?")
_SMALL_WORD = re.compile(r"(?<![\w'\u2019-])[a-z][a-z'\u2019-]*")
# an opening quote mark, a colon, a bracket or a dash right before: the word opens a clause
_OPENS_BEFORE = re.compile(r"(?:^|[\"(:\u2014\u2013]|(?:^|\s)'|\s-)\s*$")


def with_full_names(
    doc: Document, folded: str, quotations: Sequence[Quotation], names: Sequence[Mention]
) -> list[Quotation]:
    """``quotations`` with each named one-word speaker given the full name that the
    article (``doc``, its ``folded`` text and name mentions ``names``) gives the one
    person of that surname, and each speaker of more words the one longer full name it
    ends ("Strauss Kahn" of "Dominique Strauss-Kahn"); other speakers as they are."""
    named = {q.speaker for q in quotations if q.speaker is not None and not q.unnamed}
    if not named:
        return list(quotations)
    single = {s for s in named if len(s.split()) == 1}
    full = full_names(doc, folded, names, single) if single else {}
    full.update(longer_names(doc, folded, names, named - set(full)))
    return [
        replace(q, speaker=full[q.speaker])
        if q.speaker is not None and not q.unnamed and q.speaker in full
        else q
        for q in quotations
    ]


def full_names(
    doc: Document, folded: str, names: Sequence[Mention], surnames: set[str]
) -> dict[str, str]:
    """The full name the article gives each of ``surnames`` that names one person in it."""
    small = set(_SMALL_WORD.findall(folded))
    forms: dict[str, Counter[str]] = {}
    inner: set[str] = set()  # words inside a full name: neither its first nor its last
    for n in whole_names(folded, names):
        words = _person_words(doc, folded, n, small)
        if words is None:
            continue
        inner.update(words[1:-1])
        # the surname last ("Vladimir Putin") or first ("Kim Jong Un"), or the given name
        # a person is called by ("Kim" of "Kim Kardashian")
        for word in {words[0], words[-1]} & surnames:
            forms.setdefault(word, Counter())[" ".join(words)] += 1
    out: dict[str, str] = {}
    for surname, counts in forms.items():
        if surname in inner or surname.lower() in _NOT_SURNAMES:
            continue  # "Mae" said, with "Bettie Mae Page" in the article
        if _another_of(folded, surname):
            continue  # "Wilhelm's widow, Candee" may be the Wilhelm who speaks
        person = _one_person(counts)
        if person is not None:
            out[surname] = person
    return out


def longer_names(
    doc: Document, folded: str, names: Sequence[Mention], speakers: set[str]
) -> dict[str, str]:
    """The full name of each of ``speakers`` of two words or more that ends one longer
    full name of a person in the article (or forms of one, see :func:`_one_person`),
    hyphens aside: "Strauss Kahn" and "Strauss-Kahn" -> "Dominique Strauss-Kahn" or
    "Dominique Strauss Kahn", "Van Rompuy" -> "Herman Van Rompuy" (not "Bettie Page" ->
    "The Notorious Bettie Page", a film)."""
    small = set(_SMALL_WORD.findall(folded))
    people = [
        _person_words(doc, folded, n, small)
        for n in whole_names(folded, names)
        if not _THE_BEFORE.search(folded, max(0, n.span.start - 4), n.span.start)
    ]
    # each person's name and its key's words, read once for all the speakers
    keyed = [(name, name_key(name).split()) for name in (" ".join(w) for w in people if w)]
    out: dict[str, str] = {}
    for speaker in speakers:
        end = name_key(speaker).split()
        if len(end) < 2 or _another_of(folded, speaker):
            continue
        counts = Counter(name for name, key in keyed if _ends(key, end))
        person = _one_person(counts) if counts else None
        if person is not None:
            out[speaker] = person
    return out


# a name right after "the" names a title or a thing more than a person: "The Notorious
# Bettie Page" (a film), "the Kim Jong Un regime"
_THE_BEFORE = re.compile(r"\b(?i:the)\s$")


def _ends(words: list[str], end: list[str]) -> bool:
    return len(words) > len(end) and words[-len(end) :] == end


_NOT_SURNAMES = SOURCE_NOUNS | _INSTITUTIONS | DEMONYMS
_NOT_GIVEN_NAMES = _NOT_SURNAMES | NOT_GIVEN


def _person_words(doc: Document, folded: str, name: Mention, small: set[str]) -> list[str] | None:
    """The words of ``name`` as a person's full name (given names, then the surname),
    without an office before them or a word that only opens the sentence; None when
    ``name`` reads as no person's full name."""
    words = name.surface.split()
    if len(words) < 2:
        return None
    starts = []
    at = name.span.start
    for w in words:
        at = folded.find(w, at)
        starts.append(at)
        at += len(w)
    # "l'Intérieur" of "le ministre de l'Intérieur Laurent Nuñez" completes the office
    k = int(completes_office(folded, starts[0]))
    if len(words) > 2 and words[0].lower() in POSSESSIVES:
        k = 2  # a description: "Ihre Schwester Maria Braun" (reader.analysis.names.described_names)
    while k < len(words) - 1 and _office(words[k]):
        k += 1
    if _opening_word(doc, folded, starts[k], words[k], small):
        return None  # "Having Jackman host", "Ironically Nichols had offered"
    words = words[k:]
    if len(words) < 2 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return None
    if any(w.lower().strip(".") in _NOT_GIVEN_NAMES for w in words[:-1] if not w.islower()):
        return None  # "Indian Navy", "New York", "British Royal Navy" (not "Mohamed el Baradei")
    if words[-1].lower() in _NOT_SURNAMES or any(w.lower() in NOT_NAMES for w in words):
        return None
    return words


def _office(word: str) -> bool:
    """True for an office before a name: "President", "GM", "Chief", "Bundeskanzler"."""
    low = word.lower().strip(".")
    return (
        low in _OFFICES
        or low in FOREIGN_TITLES
        or low.endswith(GERMAN_TITLE_ENDINGS)
        or (len(word) >= 2 and word.isupper() and word.isalpha())
    )


def _opening_word(doc: Document, folded: str, start: int, word: str, small: set[str]) -> bool:
    """True when ``word`` (at ``start``) opens its sentence or clause and is no given name
    but a word capitalised there: written in small letters elsewhere in the article
    ("Having", "Notorious"), a function word, or an adverb or a participle ("Ironically",
    "Choosing")."""
    index = doc.sentence_index_at(start)
    sentence_start = doc.sentences[index].start if index is not None else 0
    if not _OPENS_BEFORE.search(folded[sentence_start:start]):
        return False
    low = word.lower()
    return low in small or low in STOPWORDS or bool(_ADVERB_OR_PARTICIPLE.fullmatch(low))


# "Ironically", "Reportedly", "Notably", "Choosing", "Having" (not "Sally", "Billy",
# "Emily", "Irving", "Sterling")
_ADVERB_OR_PARTICIPLE = re.compile(
    r"(?=.{7,}$).*(?:ally|ably|ibly|edly|ously|ively|ently|antly|ately|fully|ingly)"
    r"|(?!irving|sterling|channing)(?=.{6,}$).*ing"
)


def _another_of(folded: str, surname: str) -> bool:
    """True when the article speaks of someone else who may bear ``surname``: a relative
    of one who does, named by a given name ("Wilhelm's widow, Candee", not "Page's
    mother placed her daughters"), or one of two ("the elder Klitschko")."""
    possessives, elders = _kin_places(folded)
    size = len(surname)
    return any(
        folded[at - size : at] == surname and not _word_char(folded, at - size - 1)
        for at in possessives
    ) or any(folded.startswith(surname, at) and not _word_char(folded, at + size) for at in elders)


def _word_char(text: str, at: int) -> bool:
    return 0 <= at < len(text) and (text[at].isalnum() or text[at] == "_")


def _kin_places(folded: str) -> tuple[list[int], list[int]]:
    """Where ``folded``'s possessives naming a relative start, and where the names after
    "the elder" start: read once a text, not once a surname (for each of a long
    article's surnames, two searches of its whole text took seconds)."""
    global _kin_last
    last = _kin_last  # one read: another thread may set it meanwhile
    if last is not None and last[0] is folded:
        return last[1], last[2]
    possessives = [m.start() for m in _KIN_AFTER.finditer(folded)]
    elders = [m.end() for m in _ELDER.finditer(folded)]
    _kin_last = (folded, possessives, elders)
    return possessives, elders


_RELATIVES = (
    "(?:widow|widower|wife|husband|son|sons|daughter|daughters|father|mother|parents"
    "|brother|brothers|sister|sisters|family|children|child|grandson|granddaughter"
    "|grandfather|grandmother|uncle|aunt|nephew|niece|cousin|stepson|stepdaughter"
    "|stepfather|stepmother|fiancee|fiance|fianc\u00e9e|fianc\u00e9|ex-wife|ex-husband)"
)

# where a possessive naming a relative by a given name starts ("'s widow, Candee"), and
# where the name after "the elder" (or younger, older) starts
_KIN_AFTER = re.compile(rf"(?:'s|'|\u2019s|\u2019)\s+(?:[a-z-]+\s+)?{_RELATIVES},?\s+[A-Z][a-z]")
_ELDER = re.compile(r"\b(?i:the)\s+(?:elder|younger|older)\s+")
# the text last read for them (the object itself, kept so that it is the one compared)
_kin_last: tuple[str, list[int], list[int]] | None = None


def _one_person(counts: Counter[str]) -> str | None:
    """The form to show when all of ``counts``' full names (of one surname) are forms of
    one person's name: the most used, then the shortest, then the first found; else None.
    They are when one of them is a form of each other one ("Bettie Page" of "Bettie Mae
    Page" and of "Notorious Bettie Page"), as "Tony DiLeo" is not of "T.J. DiLeo"."""
    forms = [name_key(f).split() for f in counts]
    if not any(all(_same_person(c, f) or _same_person(f, c) for f in forms) for c in forms):
        return None
    return max(counts, key=lambda f: (counts[f], -len(f.split()), -list(counts).index(f)))


def _same_person(short: list[str], long_: list[str]) -> bool:
    """True when the name ``short`` is a form of ``long_``: its last words ("Bettie Page",
    "Notorious Bettie Page"), or its words in order with the same first word ("Dirk
    Kempthorne", "Dirk A. Kempthorne")."""
    if len(short) > len(long_):
        return False
    if long_[len(long_) - len(short) :] == short:
        return True
    if short[0] != long_[0]:
        return False
    rest = iter(long_)
    return all(w in rest for w in short)
