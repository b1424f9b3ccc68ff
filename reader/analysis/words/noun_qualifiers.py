"""A capitalised word opening a sentence before a plural noun it qualifies.

``opening_words`` asks this of a lone word opening an English sentence that the pair
never names inside one, never writes in small letters, and never writes capitalised
anywhere but opening a sentence or a quotation: "Veteran players know", "Trade unions
say", "Marine commandos boarded", "Lead actors Jennifer Lawrence", "Full-scale clashes
erupted". A name the pair gives is written capitalised inside a sentence too ("Interior
officials said" beside "Interior Secretary Dirk Kempthorne", "Playboy magazine" beside
"she told Playboy"), so the cue leaves it alone; and the word must be written as a common
word is (a capital, then small letters, or such words joined by a hyphen), be held whole
by the sentence model's vocabulary (each part of a hyphened word), and be no given name,
place nor nationality ("Western observers", as "Somali pirates", stay names).

A plural noun, in small letters, ends in "-s" (not "-ss", "-us", "-is"), is held by the
vocabulary in the singular too ("players" of "player", "clashes" of "clash", "minorities"
of "minority"), is no function word nor verb of saying ("has", "says"), and goes on as a
sentence's subject does: before a plural's verb or a past ("are", "boarded"), a verb's
plain form the lexicon lists ("know", "say"), a conjunction, an adverb, a comma, or the
first of the people it lists ("actors Jennifer Lawrence, Josh Hutcherson"), or a
preposition's phrase in small letters and then its verb ("crews in boats and helicopters
pulled"). A verb in "-s" goes on with its object or a preposition instead, and its name
stays: "Putin wants more", "Apple makes phones", "God approves of nudity", "Obama meets
Xi Jinping in Beijing".

A common noun whose plural the vocabulary holds too may qualify a singular noun, the
sentence's subject before its verb (``noun_of_a_subject``): "Union reaction was swift",
"Trade policy has changed"; not before a noun a person's name qualifies as readily
("Bush administration was", "Brown family has").

Such a word may itself be the plural noun, the sentence's subject (``plural_subject``):
"Voters in Turkmenistan", "Voters, however,", "Opponents call", "Environmentalists
widely praised" (the plural of an "-ist" made from a word of the vocabulary counts too),
before what follows a plural subject or before a preposition; a verb of saying in the past
or in "-s" keeps the word, as surnames go on with one ("Williams said"), unless it is the
plural of an agent noun no surname shows that the pair names in that sentence alone, its
copy in the other article counted as the same ("Forecasters said").
"""

from __future__ import annotations

import re

from reader.analysis.names.job_words import JOB_NOUNS
from reader.analysis.names.office_places import first_name
from reader.analysis.words.lexicon import (
    DEMONYMS,
    IRREGULAR_PAST,
    IRREGULAR_VERBS,
    REPORTING,
    STOPWORDS,
    TITLES,
)
from reader.analysis.words.model_vocabulary import vocabulary_word
from reader.ingest.regions import is_region

__all__ = [
    "adjective_of_a_noun",
    "agent_plural",
    "common_written",
    "noun_of_a_subject",
    "plural_noun",
    "plural_subject",
    "qualifier_of_a_title",
    "superlative",
]

# a word written as a common word: a capital, then small letters, and small-letter words
# joined to it by hyphens ("Veteran", "Full-scale"; not "McG", "Coca-Cola", "CNN")
_COMMON_SHAPE = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)*")
_PLURAL = re.compile(r"[a-z]{2,}(?<!s|u|i)s")
_PLAIN_SHAPE = re.compile(r"[A-Z][a-z]+")
# the plural of an agent noun: "environmentalists" of "environmental", "forecasters" of
# "forecast", "rescuers" of "rescue"
_AGENTS = re.compile(r"([a-z]{3,})(?:ists|ers|ors)")
# the plural of a noun for people by its ending alone, after four letters or more, or
# three before "-ics": "meteorologists", "economists", "paramedics", "medics",
# "volunteers", "participants" (no surname ends so: "Williams", "Peters", "Rivers",
# "Nichols", "Lyons"; "-ents" is left out, as "Clements" ends so)
_PEOPLE = re.compile(r"[a-z]{4,}(?:ists|eers|ants)|[a-z]{3,}ics")
# verbs of saying in the past or in "-s", which a surname goes on with ("Williams said")
_SAYING_TOLD = frozenset(w for w in REPORTING if w in IRREGULAR_PAST or w.endswith(("s", "ed")))
# prepositions a plural noun opening a sentence goes on with: "Voters in Turkmenistan"
_PREPOSITIONS = frozenset(("in", "of", "from", "at", "across", "around"))
_SPEECH_VERBS = frozenset(("says", "tells", "adds", "announces", "claims"))
# what a plural noun opening a sentence goes on with, before its verb or as its verb: a
# comma, or a word (``_AS_A_SUBJECT``)
_NEXT = re.compile(r"\s*(,)|\s+([A-Za-z][\w'\u2019-]*)")
# a name's surname, then a comma or "and": the first of the people a plural noun lists
# ("actors Jennifer Lawrence, Josh Hutcherson"; not "meets Xi Jinping in Beijing")
_NAME_IN_A_LIST = re.compile(r"\s+[A-Z][\w'\u2019-]*(?:,|\s+and\b)")
# a plural's verbs and the words between a subject and its verb
_PLURAL_VERBS = frozenset(
    "are were have had will would can could should may might must do did".split()  # noqa: SIM905
)
_PLURAL_FOLLOWERS = _PLURAL_VERBS | frozenset(
    "and or who also then soon still often now already never always".split()  # noqa: SIM905
)
# verbs in their plain form ("players know", "unions say"): those the lexicon lists
_PLAIN_VERBS = frozenset(IRREGULAR_VERBS.values()) | frozenset(
    w for w in REPORTING if not w.endswith(("s", "ed", "ing"))
)


def common_written(word: str) -> bool:
    """``word`` (capitalised) is written as a common word, each of its parts held whole by
    the vocabulary, and is no given name, place nor nationality: "Veteran", "Full-scale",
    "Presidential"; not "Coca-Cola", "Alfred", "Reading", "Western"."""
    low = word.lower()
    return (
        _COMMON_SHAPE.fullmatch(word) is not None
        and all(vocabulary_word(p) for p in low.split("-"))
        and not first_name(word)
        and not is_region(low)
        and low not in DEMONYMS
    )


def _not_named(word: str) -> bool:
    """``word`` is written as a plain common word and is no given name, place nor
    nationality."""
    low = word.lower()
    return (
        _PLAIN_SHAPE.fullmatch(word) is not None
        and not first_name(word)
        and not is_region(low)
        and low not in DEMONYMS
    )


def adjective_of_a_noun(word: str) -> bool:
    """``word`` (capitalised) is an adjective in "-y" of a noun the vocabulary holds,
    which the vocabulary need not hold itself: "Saucy" of "sauce", "Bloody" of "blood";
    not "Murphy", "Kennedy", "Sandy" (a given name)."""
    low = word.lower()
    if not low.endswith("y") or len(low) < 5 or not _not_named(word):
        return False
    return any(vocabulary_word(b) for b in (low[:-1], low[:-1] + "e"))


# the superlatives not made with "-est"
_IRREGULAR_SUPERLATIVES = frozenset(("best", "worst"))


def superlative(word: str) -> bool:
    """``word`` (capitalised) is a superlative: "Best", "Worst", or in "-est" of an
    adjective whose comparative the vocabulary holds ("Greatest" of "greater", "Latest"
    of "later"); not "Everest", "Forrest", "Earnest", "West"."""
    low = word.lower()
    if not _not_named(word):
        return False
    if low in _IRREGULAR_SUPERLATIVES:
        return True
    return len(low) >= 6 and low.endswith("est") and vocabulary_word(low[:-3] + "er")


# a singular subject's verbs: "Union reaction was swift", "Union reaction has been"
_SINGULAR_VERBS = frozenset(
    "was is has had will would can could may might must did does".split()  # noqa: SIM905
)
# nouns that a person's name qualifies as readily as a common noun does: "Bush
# administration was", "Brown family has"
_NAMED_OWNERS = frozenset(
    """
    administration campaign family government camp team era presidency spokesman
    spokeswoman spokesperson aide adviser lawyer attorney office stock price chief boss
    founder executive
    """.split()  # noqa: SIM905
)


def noun_of_a_subject(word: str, noun: str, text: str, end: int) -> bool:
    """``word`` (capitalised, a lone word opening an English sentence) is a common noun
    qualifying the singular noun ``noun`` (in small letters, ending at ``end`` of
    ``text``), the sentence's subject before its verb: "Union reaction was swift",
    "Trade policy has changed". ``word`` is written as a common word and its plural is
    held whole by the vocabulary too, as a name's seldom is ("unions", "parties"; not "Ford",
    "Smith", "Facebook"); ``noun`` is held whole, no function word nor verb's form, nor
    a noun a person's name qualifies ("Bush administration was", "Brown family has"),
    and a singular's verb follows it ("was", "has", "will")."""
    low = word.lower()
    after = _NEXT.match(text, end)
    return (
        _PLAIN_SHAPE.fullmatch(word) is not None
        and common_written(word)
        and any(vocabulary_word(p) for p in (low + "s", low + "es", low[:-1] + "ies"))
        and vocabulary_word(noun)
        and noun not in STOPWORDS
        and noun not in _NAMED_OWNERS
        and noun not in IRREGULAR_VERBS
        and not noun.endswith(("s", "ed", "ly", "ing"))
        and after is not None
        and after.group(2) in _SINGULAR_VERBS
    )


# the fields a star, a player or a director works in, which qualify a title before a
# name ("Pop star Ann Lee", "Tennis star Mara Voss"); a company's or a club's name in that
# place is a name ("Apple chief Tim Cook", "Chelsea striker Tom Hale")
_FIELDS = frozenset(
    """
    pop rock film movie cinema screen stage theatre theater opera ballet dance music jazz
    blues folk country rap soul punk metal reality tv television soap comedy fashion
    tennis golf soccer football rugby cricket baseball basketball hockey boxing chess
    poker snooker darts cycling athletics swimming skiing racing sports sport youtube
    internet
    """.split()  # noqa: SIM905
)


def qualifier_of_a_title(word: str, noun: str, text: str, end: int) -> bool:
    """``word`` (capitalised, a lone word opening an English sentence) is the field of the
    title or job ``noun`` (in small letters, ending at ``end`` of ``text``) that a name
    follows: "Pop star Ann Lee", "Tennis star Mara Voss", "Film director Ang Lee" name Ann
    Lee, Mara Voss and Ang Lee alone, as "Lead actors Jennifer Lawrence" does; not "Apple
    chief Tim Cook", "Chelsea striker Tom Hale"."""
    after = _NEXT.match(text, end)
    return (
        _PLAIN_SHAPE.fullmatch(word) is not None
        and word.lower() in _FIELDS
        and (noun in TITLES or noun in JOB_NOUNS)
        and after is not None
        and after.group(2) is not None
        and after.group(2)[:1].isupper()
    )


def plural_noun(word: str, text: str, end: int, *, before_a_preposition: bool = False) -> bool:
    """``word`` (in small letters, ending at ``end`` of ``text``) is a plural noun going on
    as a sentence's subject does: "players know", "commandos boarded", "clashes soon",
    "minorities,", "actors Jennifer Lawrence"; not "wants more", "approves of" (unless
    ``before_a_preposition``: "photos of", after what no verb follows)."""
    return _plural(word) and (before_a_preposition or _as_a_subject(text, end))


def plural_subject(word: str, text: str, end: int, *, alone: bool = False) -> bool:
    """``word`` (capitalised, a lone word opening an English sentence that the pair never
    writes capitalised inside one, ending at ``end`` of ``text``) is a plural noun going
    on as the sentence's subject, or before a preposition: "Voters in Turkmenistan",
    "Voters, however,", "Opponents call", "Developers and business groups",
    "Environmentalists widely praised" (of "environmental"), "Moralists denounced",
    "Environmentalists say"; not "Cheeks arrives" (a verb in "-s"), "Williams has", nor
    before a verb of saying in the past ("Williams said"), unless the word is ``alone``
    (the pair names it in no other name and opens no other sentence with it, a sentence
    both articles print word for word counted once) and the plural of an agent noun that
    no surname shows (``_agents_saying``): "Forecasters said" in two copies of a wire
    story; not "Peters said" beside "Winston Peters", nor "Waters said"."""
    low = word.lower()
    if (
        _PLAIN_SHAPE.fullmatch(word) is None
        or first_name(word)
        or is_region(low)
        or low in DEMONYMS
        or not ((_plural(low) and vocabulary_word(low)) or agent_plural(low))
    ):
        return False
    after = _NEXT.match(text, end)
    following = after.group(2) if after is not None else None
    if following in _SAYING_TOLD and not (alone and _agents_saying(word)):
        return False  # "Williams said", "Jones told": a surname's verbs, seldom a plural's
    return following in _PREPOSITIONS or _as_a_subject(text, end)


def _plural(word: str) -> bool:
    """``word`` (in small letters) is a plural in "-s" of a singular the vocabulary holds,
    no function word nor verb of saying: "players", "clashes", "minorities"."""
    if _PLURAL.fullmatch(word) is None or word in STOPWORDS or word in _SPEECH_VERBS:
        return False
    singulars = (word[:-1], word[:-2] if word.endswith("es") else "", _ies(word))
    return any(vocabulary_word(s) for s in singulars if s)


def agent_plural(low: str) -> bool:
    """``low`` is the plural of an agent noun in "-ist", "-er" or "-or" made from a word
    the vocabulary holds, or whose form in "-ing" it holds: "environmentalists" of
    "environmental", "moralists" of "moral", "forecasters" of "forecast", "rescuers" of
    "rescue", "mourners" of "mourning"; or of a noun for people by its ending (``_PEOPLE``:
    "meteorologists", "paramedics", "volunteers")."""
    made = _AGENTS.fullmatch(low)
    return _PEOPLE.fullmatch(low) is not None or (
        made is not None and any(vocabulary_word(made.group(1) + e) for e in ("", "e", "ing"))
    )


def _agents_saying(word: str) -> bool:
    """``word`` (capitalised, plural) is the plural of an agent noun ("Forecasters",
    "Inspectors", "Auditors") whose singular is no given name ("Peters", "Walters") and
    that the vocabulary does not hold whole without its singular, as it holds surnames
    ("sanders" but no "sander"), made from a word of more than three letters ("Waters",
    "Powers" of "wat", "pow"), or a noun for people by its ending ("Meteorologists",
    "Paramedics", "Volunteers", "Economists"); "Rivers", "Rogers" are no agent nouns."""
    low = word.lower()
    made = _AGENTS.fullmatch(low)
    return (
        (_PEOPLE.fullmatch(low) is not None or (made is not None and len(made.group(1)) > 3))
        and agent_plural(low)
        and not first_name(word[:-1])  # "Peters", "Walters", "Clements", "Vincents"
        and not (vocabulary_word(low) and not vocabulary_word(low[:-1]))
    )


def _as_a_subject(text: str, end: int) -> bool:
    """What follows ``end`` of ``text`` follows a plural subject: a comma, a word of
    ``_PLURAL_FOLLOWERS``, a past ("boarded", "fled"), an adverb in "-ly", a verb's plain
    form the lexicon lists ("know", "say"), or a given name opening the first of the
    names it lists ("actors Jennifer Lawrence, Josh Hutcherson"); not an object ("wants
    more", "makes phones", "meets Xi Jinping in") nor a preposition ("approves of",
    "comes from")."""
    after = _NEXT.match(text, end)
    if after is None:
        return False
    word = after.group(2)
    if word is None:
        return True  # a comma
    if word in _PREPOSITIONS and _phrase_then_verb(text, after.end()):
        return True  # "crews in boats and helicopters pulled"
    if word[0].isupper():
        return first_name(word) and _NAME_IN_A_LIST.match(text, after.end()) is not None
    return (
        word in _PLURAL_FOLLOWERS
        or word in _PLAIN_VERBS
        or word in IRREGULAR_PAST
        or word.endswith(("ed", "ly"))
    )


# the function words a preposition's phrase may hold: "in boats and helicopters"
_IN_A_PHRASE = frozenset(("the", "a", "an", "and", "or", "their", "its", "his", "her", "of"))
_WORD_ON = re.compile(r"\s+([a-z][a-z'\u2019-]*)")


def _phrase_then_verb(text: str, end: int) -> bool:
    """After ``end`` of ``text`` (a preposition after a plural noun), a phrase of at most
    five words in small letters, no pronoun nor verb among them, then a past or a
    plural's verb, the verb of the plural before the preposition: "(crews in) boats and
    helicopters pulled", "(officials of) the two towns were"; not "(approves of)
    nudity.", nor a phrase with a capital or a figure ("(leaders in) Congress who")."""
    pos = end
    for count in range(6):
        after = _WORD_ON.match(text, pos)
        if after is None:
            return False
        word = after.group(1)
        if word in _IN_A_PHRASE:
            pos = after.end()
            continue
        if count and (word in IRREGULAR_PAST or word.endswith("ed") or word in _PLURAL_VERBS):
            # a past or a plural's verb: the plural's own
            return True
        if word in STOPWORDS:
            return False
        pos = after.end()
    return False


def _ies(word: str) -> str:
    """The singular of a plural in "-ies": "minorities" -> "minority"; else ""."""
    return word[:-3] + "y" if word.endswith("ies") else ""
