"""Speakers the article does not name: "a senior officer", "officials", "police", "a
spokesman for the ministry", "a statement from the Kremlin", "state media".

News quotes unnamed people and institutions as often as named ones, and for a
fact-checker who said it comes first even when it is "a senior officer". The source is
taken in the article's words: a noun phrase whose head is a person named by a role, a
group or an institution (:data:`SOURCE_NOUNS`), with a determiner and a few modifiers
before it ("a senior Indian Navy officer") and a short complement after it ("a friend
of the actress", "a source with knowledge of the discussions"). Before a verb of
saying the phrase must fill its clause (from the sentence's start, the quotation or a
comma), so that "The protesters, whom police said numbered 5,000, chanted ..." gives
police nothing; after an inverted verb or "according to" it must end where the
attribution does ('"...," said a senior officer on Sunday').
"""

from __future__ import annotations

import re

from reader.analysis.names.offices import OFFICES
from reader.analysis.quotations.aged_speakers import aged_after, aged_before
from reader.analysis.words.lexicon import GROUP_NOUNS, MONTHS, TITLES

# people named by their role, groups, institutions and documents that speak in the news
SOURCE_NOUNS = GROUP_NOUNS | frozenset(
    """
    official officer spokesman spokeswoman spokesperson spokesmen spokeswomen spokespeople
    source rep reps representative representatives aide adviser advisers advisor advisors
    lawyer attorney agent publicist diplomat executive friend relative neighbor neighbour
    witness insider analyst expert observer investigator prosecutor detective judge juror
    jurors commander commanders minister ministers secretary ambassador governor mayor
    person woman man father mother brother sister husband wife son daughter family
    ministry government navy army military agency media television tv broadcaster
    newspaper paper embassy department office administration kremlin coastguard guard
    statement report memo memorandum communique
    """.split()  # noqa: SIM905
)
# people a story describes rather than names, most often someone it named before: "the
# Taradise star said", "the convicted killer said", "the pair said in a statement", "the
# two men said" (ECB+ 1_3ecb, 3_5ecb, 2_5ecb, 9_12ecbplus had no speaker): a source in the
# article's words, as "the official" is, but only as a verb's subject or after it (not
# in the other rules of SOURCE_NOUNS, which read names and compare them), and never one
# a "he said" after it goes on meaning (``one_person``): the person it describes is
# looked for as for any "he said" ("the star" quoted, then '"...," she added' is Tara
# Reid, ECB+ 1_14ecb)
DESCRIBED = frozenset(
    """
    star actress actor singer rapper musician comedian comic model killer gunman boxer
    fighter champion challenger player author writer novelist filmmaker veteran survivor
    victim voter pensioner resident teenager teen pair duo couple men women
    """.split()  # noqa: SIM905
)
# texts that "state" or "read" what they lay down (an agreement, a law, a ruling) and
# findings that "suggest" or "show": no source; who reports what they state is ("The
# agency said Article 4 of the agreement states that ... “all means at its disposal”"
# is the agency's quotation, as "an official said ... evidence suggested “a causal
# connection”" is the official's)
TEXTS = frozenset(
    """
    agreement agreements treaty pact accord deal article articles clause clauses section
    provision provisions law laws bill act text document resolution declaration charter
    constitution contract decree ruling verdict indictment evidence data study studies
    research survey poll findings results figures records
    """.split()  # noqa: SIM905
)
# the words a source's phrase may open with
DETERMINERS = frozenset(
    """
    a an the one two three four five six several some many other another his her their its
    our
    """.split()  # noqa: SIM905
)
# a modifier of the head is a word, but not one of these: "He ran and police said",
# "Yesterday police said", "Police said the suspect told" have no source
_NOT_MODIFIERS = frozenset(
    """
    and or but nor if as that which who whom whose when where while because though although
    since after before until was were is are be been being had has have will would could
    should may might must can did does do not no he she it they we i you him them us me
    this these those there here what how why also said says told yesterday today tonight
    earlier later last next meanwhile however separately then now still monday tuesday
    wednesday thursday friday saturday sunday morning afternoon evening week month year
    """.split()  # noqa: SIM905
)
# words the complement of a head may open with ("a spokesman for the ministry")
_COMPLEMENT = r"(?:of|for|at|with|from|close\s+to|familiar\s+with|in|to)"
# where a source named after its verb ends: its sentence's punctuation, or a word that
# tells where, when or how it was said ("said a senior officer on Sunday")
_STOP_WORDS = (
    "in|on|during|after|before|to|when|while|who|which|that|as|and|but|adding|yesterday"
    "|today|tonight|earlier|later|last|this|monday|tuesday|wednesday|thursday|friday"
    "|saturday|sunday|speaking|requesting|declining|whose"
)
_WORD = r"[\w'\u2019.&-]+"
MAX_MODIFIERS = 4
MAX_COMPLEMENT_WORDS = 6


def _phrase(complement: str) -> str:
    """The pattern of a source's phrase: up to a determiner and modifiers, a head, then a
    complement opening with a word of ``complement``."""
    return (
        rf"(?:{_WORD}\s+)?(?:{_WORD}\s+){{0,{MAX_MODIFIERS}}}{_WORD}"
        rf"(?:\s+{complement}(?:\s+{_WORD}){{1,{MAX_COMPLEMENT_WORDS}}})?"
    )


_BEFORE = re.compile(
    rf"(?:(?:and|but|while|yet|so)\s+)?(?P<phrase>{_phrase(_COMPLEMENT)})\s*", re.IGNORECASE
)
_AFTER = re.compile(
    rf"\s*(?P<phrase>{_phrase(_COMPLEMENT.replace('|in|to)', ')'))})"
    rf"(?=\s*$|\s*[,;:!?()\u2014\u2013\"\u201c\u201d.]|\s+(?:{_STOP_WORDS})\b)",
    re.IGNORECASE,
)
_STOPS = re.compile(rf"\s+(?:{_STOP_WORDS})\b", re.IGNORECASE)
# what a source may say of itself between its phrase and its verb: "speaking on the
# condition of anonymity", ", who asked not to be named,"
_ANONYMOUS = re.compile(
    r",?\s+(?:speaking|requesting|declining|who\s+(?:spoke|requested|asked|declined))\b"
    r"[^,;:\"]{0,40}?\b(?:anonymity|anonymously|named|identified)\s*,?\s*$",
    re.IGNORECASE,
)
# where the clause of a subject before its verb opens
_CLAUSE_OPENS = re.compile(r"[,;:()\u2014\u2013\"\u201c\u201d]")


def unnamed_before(text: str, start: int, end: int, conjunction: bool) -> str | None:
    """The unnamed source whose phrase fills the clause of ``text[start:end]`` that ends
    at ``end`` (right before its verb), or None; ``conjunction`` lets the clause open
    with "and", "but" ("But officials said ...")."""
    anonymous = _ANONYMOUS.search(text, start, end)
    if anonymous is not None:  # "an Interior official speaking on the condition of
        end = anonymous.start()  # anonymity said": the official
    opens = [m.end() for m in _CLAUSE_OPENS.finditer(text, start, end)]
    clause = max([start, *opens])
    aged = aged_before(text, clause, end)  # "Ein 67-jähriger Mann sagte" (aged_speakers)
    if aged is not None:
        return aged
    m = _BEFORE.fullmatch(text, _skip_space(text, clause, end), end)
    if m is None or (not conjunction and m.start("phrase") != m.start()):
        return None
    return _source(m.group("phrase"))


def unnamed_after(text: str, pos: int, end: int) -> str | None:
    """The unnamed source whose phrase opens right after ``pos`` (an inverted verb of
    saying, "according to") and ends before ``end`` where the attribution does, or
    None."""
    aged = aged_after(text, pos, end)  # "säger en 67-årig man" (aged_speakers)
    if aged is not None:
        return aged
    m = _AFTER.match(text, pos, end)
    if m is None:
        return None
    phrase = _STOPS.split(m.group("phrase"), maxsplit=1)[0]  # "said police in Athens"
    return _source(phrase.rstrip("."))


def _skip_space(text: str, pos: int, end: int) -> int:
    """The offset of the first character from ``pos`` that is not a space."""
    while pos < end and text[pos].isspace():
        pos += 1
    return pos


def _source(phrase: str) -> str | None:
    """``phrase`` as a speaker when it reads as one: its head (the word before its
    complement, else its last word) a source noun, the words before the head a
    determiner and modifiers, none a function word or a word of time ("Yesterday
    police"); its first word in small letters when it is a determiner or a source noun
    ("The navy" -> "the navy")."""
    words = phrase.split()
    label = _NUMBERED.search(phrase)
    if label is not None and len(words) > len(label.group().split()):
        # a role numbered as the court or the story numbers it: "Juror No. 8", "juror 12"
        head_words = phrase[: label.start()].split()
        if len(head_words) == 1 and head_words[0].lower() in SOURCE_NOUNS:
            return phrase.strip()
        return None
    lower = [w.lower().strip(".") for w in words]
    head = _head(lower, SOURCE_NOUNS | DESCRIBED | OFFICE_HEADS)
    if head is None:
        return None
    if lower[head] not in SOURCE_NOUNS | DESCRIBED and not _named_modifier(words[:head]):
        return None  # an office alone tells its holder ("the chief": office_speakers)
    if lower[head] in TITLES | OFFICE_HEADS and words[head][:1].isupper():
        return None  # an office before a name: "Secretary of the Interior Dirk Kempthorne"
    if lower[head] not in SOURCE_NOUNS and words[head][:1].isupper():
        return None  # a described person is in small letters: "The Star" is a paper
    if any(w in _NOT_MODIFIERS or w in MONTHS for w in lower[head + 1 :]):
        words, lower = words[: head + 1], lower[: head + 1]  # "the Indian Navy in November"
    first = words[0]
    small = (
        lower[0] in DETERMINERS or lower[0] in SOURCE_NOUNS or lower[0] in _SMALL_MODIFIERS
    ) and lower[0] not in _PROPER
    if small and (len(first) == 1 or not first.isupper()):  # "TV" stays
        words[0] = first[:1].lower() + first[1:]
    return " ".join(words)


# a number a role is told by: "Juror No. 8", "juror 12", "Witness No. 3"
_NUMBERED = re.compile(r"\s+(?:No\.?\s*|Number\s+|#\s*)?\d+$", re.IGNORECASE)
# offices that head a source when a name qualifies them: "the Navy chief", "the Fulton
# County district attorney" (an office alone, "the chief", is its holder named before,
# if any: office_speakers); not the words that only qualify an office ("vice", "prime",
# "foreign", "senior", "general") nor the abbreviations of titles before a name
OFFICE_HEADS = OFFICES - frozenset(
    """
    vice prime foreign defense defence general gen sen rep gov lt col sgt cpl pvt adm capt
    senior deputy president-elect vice-president comrade king queen prince princess pope
    star actress actor singer comedian comedienne rapper owner founder
    """.split()  # noqa: SIM905
)


def _named_modifier(words: list[str]) -> bool:
    """True when one of ``words``, a determiner and the modifiers of a head, is
    capitalised past the first (which may open a sentence): a name qualifying the head
    ("the Navy chief", "the Fulton County district attorney"; not "Fire chief")."""
    return any(w[:1].isupper() for w in words[1:])


def _head(lower: list[str], heads: frozenset[str]) -> int | None:
    """The index of the head of a phrase of words ``lower`` (in small letters): the word
    before its complement, else its last word, when it is one of ``heads`` and the words
    before it are a determiner and modifiers, none a function word; else None."""
    if not lower:
        return None
    head = next(
        (k - 1 for k in range(1, len(lower)) if _opens_complement(lower, k)), len(lower) - 1
    )
    modifiers = lower[1:head] if lower[0] in DETERMINERS else lower[:head]
    if lower[head] not in heads or any(w in _NOT_MODIFIERS or w in _ARTICLES for w in modifiers):
        return None
    return head


def names_a_role(text: str, pos: int, end: int) -> bool:
    """True when ``text[pos:end]`` names someone by a role or an office, as the words
    between an inverted verb of saying and the name set off after them do: "said the
    president, John Smith", "the company's chief executive", "the director of the
    museum", "her lawyer"."""
    m = _ROLE.fullmatch(text, pos, end)
    words = [w.lower().strip(".") for w in m.group("phrase").split()] if m else []
    return _head(words, _ROLES) is not None


_ROLES = SOURCE_NOUNS | OFFICES
_ROLE = re.compile(rf"\s*(?P<phrase>{_phrase(_COMPLEMENT)})\s*", re.IGNORECASE)


def _opens_complement(words: list[str], k: int) -> bool:
    """True when ``words[k]`` opens the complement of the word before it."""
    if words[k] in ("of", "for", "at", "with", "from", "in", "to"):
        return True
    after = words[k + 1] if k + 1 < len(words) else ""
    return (words[k], after) in (("close", "to"), ("familiar", "with"))


# modifiers written in small letters but for a sentence's first word ("State media said")
_SMALL_MODIFIERS = frozenset(
    """
    state senior local federal government military security top former unnamed anonymous
    foreign regional provincial municipal city county police palace
    """.split()  # noqa: SIM905
)
# source nouns that are names, written with a capital wherever they stand ("Kremlin
# officials said")
_PROPER = frozenset(("kremlin",))
_ARTICLES = frozenset("a an the his her their its our".split())  # noqa: SIM905


# one person named by a role, whom a "he said" after the source may go on meaning ("a
# senior officer said ... he added"); a role of one sex only for its pronoun
_ONE_PERSON = frozenset(
    """
    official officer spokesperson source rep representative aide adviser advisor lawyer
    attorney agent publicist diplomat executive friend relative neighbor neighbour witness
    insider analyst expert observer investigator prosecutor detective judge juror commander
    minister secretary ambassador governor mayor person
    """.split()  # noqa: SIM905
)
_HIS = frozenset("spokesman man father brother husband son".split())  # noqa: SIM905
_HERS = frozenset("spokeswoman woman mother sister wife daughter".split())  # noqa: SIM905


def described(source: str) -> bool:
    """True when the unnamed ``source`` describes a person rather than naming a role
    ("the Taradise star", "the convicted killer", "the pair"; see :data:`DESCRIBED`)."""
    words = source.lower().split()
    return bool(words) and words[-1] in DESCRIBED and words[-1] not in SOURCE_NOUNS


def one_person(source: str, pronoun: str) -> bool:
    """True when the unnamed ``source`` is one person ``pronoun`` ("he", "she") may stand
    for: "a senior officer", "her spokesman" for "he"; not "officials", "police", "a
    Defence Ministry statement", nor "a spokeswoman" for "he"."""
    words = source.split()
    if not words or words[0].lower() not in ("a", "an", "the", "his", "her", "their"):
        return False
    for word in words[1:]:
        head = word.lower()
        if head in SOURCE_NOUNS or head in _HIS or head in _HERS:
            if head in _HIS:
                return pronoun == "he"
            if head in _HERS:
                return pronoun == "she"
            return head in _ONE_PERSON
    return False


# "one" and "another" (of them) as a verb's subject: one of a group of sources just named
# ('Sources involved with the franchise are betting that Ross will return. "...," says
# one.', ECB+ 6_5ecbplus)
MEMBER = re.compile(r"\s*(one|another)(?:\s+of\s+(?:them|those|these))?\s*", re.IGNORECASE)
# the heads of a group a member of which may speak
_GROUP_HEADS = GROUP_NOUNS | frozenset(
    """
    sources jurors commanders ministers spokesmen spokeswomen spokespeople reps
    representatives advisers advisors witnesses agents
    """.split()  # noqa: SIM905
)
_GROUP_HEAD = re.compile(rf"\b(?:{'|'.join(sorted(_GROUP_HEADS))})\b", re.IGNORECASE)
_GROUP_COMPLEMENT = frozenset("of for at with from involved close familiar in".split())  # noqa: SIM905


def group_in(text: str, start: int, end: int) -> str | None:
    """The first group of unnamed sources ``text[start:end]`` names, in its words, with
    its determiner and modifiers and a short complement ("sources involved with the
    franchise", "two officials at the ministry"), "the" put before a group with no
    determiner ("the sources involved with the franchise"); None when it names none."""
    m = _GROUP_HEAD.search(text, start, end)
    if m is None:
        return None
    before = text[start : m.start()].split()
    words: list[str] = []
    for word in reversed(before[-MAX_MODIFIERS - 1 :]):
        low = word.lower()
        if not word[-1:].isalnum() or low in _NOT_MODIFIERS or low in MONTHS:
            break
        words.insert(0, word)
        if low in DETERMINERS:
            break
    words.append(m.group())
    after = text[m.end() : end].split()
    if after and after[0].lower() in _GROUP_COMPLEMENT:
        words += _complement(after[:MAX_COMPLEMENT_WORDS])
    if words[0].lower() in DETERMINERS:
        words[0] = words[0].lower()
    elif words[0].lower() not in _PROPER and words[0].lower() in _SMALL_MODIFIERS | _GROUP_HEADS:
        words = ["the", words[0].lower(), *words[1:]]
    else:
        words.insert(0, "the")
    return " ".join(words)


def _complement(after: list[str]) -> list[str]:
    """The complement of a group's head opening ``after`` (its words): the words opening
    it ("involved with", "close to", "at the"), then a name's capitalised words or one
    noun ("at the ministry", "from the Foreign Ministry", "involved with the franchise",
    not "at the ministry spoke"); [] when it ends before any."""
    taken: list[str] = []
    content = False
    for word in after:
        bare = word.rstrip(",.;:!?\"')")
        low = bare.lower()
        if not bare or low in _NOT_MODIFIERS or low in MONTHS:
            break
        opener = low in _GROUP_COMPLEMENT or low in _ARTICLES or low in ("to", "with")
        if content and not bare[:1].isupper():
            break
        if not opener or content:
            content = True
        taken.append(bare)
        if bare != word or (content and not bare[:1].isupper()):
            break
    return taken if content else []
