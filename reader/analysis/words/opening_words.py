"""A sentence's first word is capitalised whatever it is.

"People fled their homes", "Riots spread to Thessaloniki", "Officials said": the sentence
rules take a capitalised word for a name, so such openers became entities that matched
each other across the articles ("People" with "People", the magazine). Only the pair
tells "Riots spread" from "Putin said": a lone capitalised word opening a sentence, with
the sentence going on in small letters, is no name when the pair writes it in small
letters elsewhere ("the riots") or when it is a noun for people ("People").

A quotation opens a sentence of its speaker's ('"Tonight we vote for the river," she
said'), and the same holds there. Some English words name nothing wherever they stand,
and two reports quoting one sentence open with the same one, seldom writing it in small
letters elsewhere: an adverb of time ("Tonight", "Earlier"), of manner or of comment
("Never", "Perhaps", "Sadly"), an indefinite pronoun ("Nobody", "Everything"), a word of
speech ("Please", "Thank", "Yes"). Alone, opening an English sentence or quotation, such
a word is no name, whatever follows it ("Earlier, police said").

Such a word, or a preposition ("Under", "Without", "Excluding"), opening a sentence
before a name is read into the name's run of capitals: "Naturally Scott Boras will try",
"Under Cheeks, the Blazers made the playoffs", "Having Jackman host". The name is what
follows it when that opens with a given name ("Scott") or the pair names it elsewhere
("Cheeks", "Maurice Cheeks"), so that a name opening with such a word ("The Tonight
Show", "Under Armour") stays whole.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis.features import UnitFeatures, name_key
from reader.analysis.mention import Mention
from reader.analysis.names.cased_names import refine_cased_names
from reader.analysis.names.office_places import first_name
from reader.analysis.words.headline_case import headline_case
from reader.analysis.words.lexicon import (
    IRREGULAR_PARTICIPLES,
    IRREGULAR_VERBS,
    NOT_NAMES,
    PERSON_KINDS,
    PERSON_NOUNS,
    STOPWORDS,
)
from reader.analysis.words.lone_openers import OPENING_PREPOSITIONS, lone_common_word
from reader.analysis.words.noun_qualifiers import (
    adjective_of_a_noun,
    common_written,
    noun_of_a_subject,
    plural_noun,
    plural_subject,
    qualifier_of_a_title,
    superlative,
)
from reader.analysis.words.pair_words import PairWords, opening_of, opens, pair_words
from reader.analysis.words.quotation_openers import unnamed_quotation_opener
from reader.analysis.words.stems import stem
from reader.analysis.words.word_endings import common_by_ending, qualifier_by_ending
from reader.ingest.regions import is_region
from reader.model import Span

_GOES_ON_SMALL = re.compile(r"\s+[a-z]")
# an object pronoun right after: the word is a verb told to someone ("Trust me", "Believe
# us"), which no name is
_OBJECT_PRONOUN = re.compile(r"\s+(?:me|us|him|them)\b")
# English words that name nothing opening a sentence or a quotation (see the module)
_ENGLISH_OPENERS_TEXT = """
    tonight earlier later overnight recently currently previously initially eventually
    finally soon already again once twice never always sometimes often usually perhaps
    maybe instead indeed otherwise together meanwhile nowadays someday hopefully
    unfortunately fortunately sadly luckily clearly obviously honestly frankly apparently
    certainly surely actually really basically ultimately nobody everyone everybody
    someone somebody anyone anybody nothing something anything everything nowhere
    somewhere everywhere please thank thanks sorry yes yeah enough let listen
    naturally nearly publicly privately overall moreover furthermore besides somehow
    likewise similarly nonetheless nevertheless consequently accordingly
    regardless various numerous tens amen hello goodbye alas wow oh hey okay well
    every either neither whoever whatever wherever whichever whenever
"""
ENGLISH_OPENERS = frozenset(_ENGLISH_OPENERS_TEXT.split())


def drop_common_openers(*sides: Sequence[UnitFeatures]) -> None:
    """Remove, in place, the name that is only a common word opening its sentence; in a
    cased language other than English, read the names again against the pair (see
    ``cased_names``)."""
    units = [f for side in sides for f in side]
    pair = pair_words(sides)
    inside = pair.named_inside | pair.capitalised  # evidence of a name (quotation_openers)
    named: dict[str, set[str]] = {}  # each word of a name, and the names holding it
    for f in units:
        for n in f.names:
            for w in n.key.split():
                named.setdefault(w, set()).add(n.key)
    for f in units:
        if not f.names or headline_case(f.unit.folded):
            continue
        text = f.unit.folded
        opening = opening_of(f)
        english = f.language is None
        kept: list[Mention] = []
        for n in f.names:
            start = n.span.start - f.unit.span.start
            if _common_opener(text, n, start, opening, pair, english=english):
                continue
            if unnamed_quotation_opener(text, n, start, inside):
                continue  # «Sabían exactamente ...» (quotation_openers)
            if english and _numbered_opener(text, n, start, opening, named):
                continue
            if english:
                rest = _after_opener(text, n, start, opening, named)
                if rest is None:
                    continue
                n = rest
            kept.append(n)
        f.names = kept
    refine_cased_names(*sides)


# a name's number or code after its word: "4417" of "Flight 4417", "xc4417", "66" of
# "Route 66"
_NUMBER_WORD = re.compile(r"[a-z]{0,2}\d+[a-z]?")


def _numbered_opener(
    text: str, name: Mention, start: int, opening: int, named: dict[str, set[str]]
) -> bool:
    """``name`` (at ``start`` of ``text``, an English sentence) is a lone word opening it
    before a word in small letters, which the pair names only with a number after it
    (``named``: the names holding each word): "Flight attendants opened the doors"
    beside "Flight 4417", "Route 66" (a word the pair also names otherwise, as in "Flight
    Safety Foundation", is left to ``_common_opener``)."""
    if " " in name.surface or not opens(text, start, opening):
        return False
    if not _GOES_ON_SMALL.match(text, start + len(name.surface)):
        return False
    others = named.get(name.key, set()) - {name.key}
    return bool(others) and all(_numbered(name.key, other) for other in others)


def _numbered(word: str, key: str) -> bool:
    """``key`` is ``word`` and a number: "flight 4417" of "flight"."""
    first, _, rest = key.partition(" ")
    return first == word and _NUMBER_WORD.fullmatch(rest) is not None


def _after_opener(
    text: str, name: Mention, start: int, opening: int, named: dict[str, set[str]]
) -> Mention | None:
    """``name`` (at ``start`` of ``text``, an English sentence) less the word that opens
    the sentence before it, one that names nothing (``ENGLISH_OPENERS``) or a
    preposition, when the rest opens with a given name ("Naturally Scott Boras") or the
    pair names it elsewhere (``named``: the names holding each word; "Under Cheeks" when
    "Cheeks" or "Maurice Cheeks" is named); None when the rest is no name ("Surely I");
    else ``name`` ("Tonight Show", "Under Armour")."""
    first, space, rest = name.surface.partition(" ")
    if not space or not opens(text, start, opening):
        return name
    low = first.lower()
    if low not in ENGLISH_OPENERS and low not in OPENING_PREPOSITIONS:
        return name
    rest = rest.lstrip()
    key = name_key(rest)
    if len(key) < 2 or key in NOT_NAMES:
        return None
    elsewhere = all(named.get(w, set()) - {name.key} for w in key.split())
    if not (elsewhere or first_name(rest.split()[0])):
        return name  # "Tonight Show", "Under Armour"
    end = name.span.end
    return Mention(name.kind, key, Span(end - len(rest), end), rest)


def _common_opener(
    text: str, name: Mention, start: int, opening: int, pair: PairWords, *, english: bool
) -> bool:
    """``name`` (at ``start`` of ``text``) is a lone word opening the sentence or a
    quotation inside it ('said: "Every time ...'), and either an English word that names
    nothing (``ENGLISH_OPENERS``, in an ``english`` sentence), or a verb told to someone
    ("Trust me"), or, the words after it in small letters, a common word of the pair or
    a noun for people; in English, also a form of a word the pair writes in small letters
    ("Cells are" and "his cell", "Terms of" and "the term") or a participle ("Passed
    in January"), when the pair never names it inside a sentence ("Nationals reportedly
    bid" and "the Nationals"), and also a common English word the sentence model's
    vocabulary holds whole before a function word no name goes on with ("Terms of",
    "Cells are") or a participle of the vocabulary before any word ("Looking back"), or
    a common word before a plural noun it qualifies when the pair never writes it
    capitalised inside a sentence ("Veteran players know"); a word the pair names
    inside a sentence only as a longer name's first word is common when its ending and
    the noun after it say so ("Presidential guards," beside "the Presidential Guard").
    Whatever follows, an English word the pair never names inside a sentence is common
    by its kind (``lone_openers``: "Days after", "Throughout the", "Additionally,") or,
    never capitalised inside one, as a plural noun going on as a subject ("Voters,
    however,", "Opponents call"); so is an adjective of a point of the compass before a
    plural subject ("Western observers say"), a noun of a kind of person ("Firemen had"),
    an adjective in "-y" of a noun before a plural ("Saucy photos of") and a superlative
    before a word that is no verb ("Best decision ever.")."""
    if not opens(text, start, opening) or " " in name.surface:
        return False
    end = start + len(name.surface)
    if english and (name.key in ENGLISH_OPENERS or _OBJECT_PRONOUN.match(text, end)):
        return True
    if english and name.key not in pair.named_inside and _common_by_kind(name, text, end, pair):
        return True
    if english and _direction_before_plural(name.surface, text, end):
        return True  # "Western observers say", as "a Western diplomat" names no nation
    if not _GOES_ON_SMALL.match(text, end):
        return False
    if name.key in PERSON_NOUNS:
        return True
    if english and name.key in pair.surnames:
        return False  # "Teixeira is" and "Mark Teixeira", whatever a blog writes
    if name.key in pair.small:
        return True
    if not english:
        return False
    if name.key in pair.named_inside:
        # "Presidential guards," beside "the Presidential Guard"; not "Summit said"
        return name.key in pair.first_only and _qualifier_of_a_name(name.surface, text, end)
    return (
        stem(name.key) in pair.small_stems
        or (name.key in _ENGLISH_KINDS and name.key not in pair.capitalised)
        or _participle(name.surface, text, end)
        or _vocabulary_opener(name.surface, text, end)
        or (name.key not in pair.capitalised and _qualifies_plural(name.surface, text, end))
        or (name.key not in pair.capitalised and _qualifies_a_noun(name.surface, text, end))
    )


def _common_by_kind(name: Mention, text: str, end: int, pair: PairWords) -> bool:
    """``name`` (a lone word opening an English sentence at ``end`` of ``text``, that the
    pair never names inside one) is of a kind that names nothing there ("Days after",
    "Throughout the", "Much like", "Additionally,") or, never written capitalised inside
    a sentence by the pair, a plural noun going on as a subject ("Voters in", "Opponents
    call", "Environmentalists say")."""
    return lone_common_word(name.surface, text, end) or (
        name.key not in pair.capitalised
        and plural_subject(name.surface, text, end, alone=name.key in pair.once)
    )


# the English nouns of a kind of person a toll counts ("Firemen had to restrain",
# "Rescuers found"), besides the nouns for people (PERSON_NOUNS), common when the pair
# never writes them capitalised inside a sentence ("the Raiders" is a team)
_ENGLISH_KINDS = frozenset(PERSON_KINDS["English"])
# an adjective of a point of the compass, which the lexicon lists among nationalities
# and regions: "Western", "North-eastern", "Southern"
_DIRECTION = re.compile(r"(?:(?:north|south)-?)?(?:north|south|east|west)ern")


def _direction_before_plural(word: str, text: str, end: int) -> bool:
    """``word`` (ending at ``end`` of ``text``, a lone word opening an English sentence) is
    an adjective of a point of the compass before a plural noun going on as a subject
    ("Western observers say", "Western journalists have", "Southern residents fled"; not
    "Western Union", "Northern Ireland", "Eastern said")."""
    after = _NEXT_WORD.match(text, end)
    return (
        after is not None
        and _DIRECTION.fullmatch(word.lower()) is not None
        and plural_noun(after.group(1), text, after.end())
    )


# a participle's ending: "Passed in January 2009", "Ignoring the listing"
_PARTICIPLE = re.compile(r"[A-Z][a-z]{2,}(?:ed|ing)")
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
# the irregular participles, and "born", which the lexicon leaves out ("was born" is no
# act of "bear" for the clauses that read it)
_IRREGULAR_PARTICIPLES = frozenset(IRREGULAR_PARTICIPLES) | {"born"}
# function words a name opening a sentence goes on with ("Beijing has", "Beijing and
# Moscow"), which a participle does not
_AFTER_A_NAME = frozenset(
    """
    and or but nor is are was were has have had will would could should can may might
    must does did do said says
    """.split()  # noqa: SIM905
)


def _participle(word: str, text: str, end: int) -> bool:
    """``word`` (ending at ``end`` of ``text``) is shaped as an English participle or is
    an irregular one ("Born", "Given", "Known") and goes on with a function word a
    participle takes ("Passed in", "Seeing the", "Talking to", "Born in"), not one a
    name takes ("Beijing has", "Beijing said"), and is neither a given name nor a place
    ("Alfred", "Reading")."""
    after = _NEXT_WORD.match(text, end)
    return (
        (_PARTICIPLE.fullmatch(word) is not None or word.lower() in _IRREGULAR_PARTICIPLES)
        and after is not None
        and after.group(1) in STOPWORDS
        and after.group(1) not in _AFTER_A_NAME
        and not first_name(word)
        and not is_region(word.lower())
    )


# a word written as a common word is: a capital, then small letters ("Cells", not "McG"
# nor "CNN")
_PLAIN_CAPITALISED = re.compile(r"[A-Z][a-z]+")
_CAPITAL_OR_FIGURE = re.compile(r"\s+[A-Z0-9]")
# a plural noun's verb: "Cells are", "Flights were"
_PLURAL_VERBS = frozenset(("are", "were"))


def _vocabulary_opener(word: str, text: str, end: int) -> bool:
    """``word`` (ending at ``end`` of ``text``, a lone word opening an English sentence
    that the pair never names inside one) is a common word: written as one, held whole
    by the sentence model's vocabulary (``model_vocabulary``), neither a given name, a
    place nor a nationality, and going on with a function word no name takes ("Terms of
    the deal", "Rest in peace", "Details of"; not "White said", "Carson is", nor before
    a capital or a figure: "Apple on Monday", "Bush in 2001"), a plural
    going on with its verb ("Cells are"), a word its ending and what follows tell
    common (``word_endings``: "Registration will", "Television icon", "Violence was",
    "Approval ratings"; not "Mission said", "Calgary beat them"), or a participle going
    on with any word in small letters but one a name takes
    ("Looking back", "Hooded youths", "Striking another"; not "Manning said")."""
    after = _NEXT_WORD.match(text, end)
    if after is None or not _PLAIN_CAPITALISED.fullmatch(word) or not common_written(word):
        return False
    low, following = word.lower(), after.group(1)
    if low.endswith("s") and following in _PLURAL_VERBS:
        return True
    if common_by_ending(low, following, text, after.end()):
        return True  # "Registration will", "Violence was", "Approval ratings for"
    if following in _AFTER_A_NAME or _CAPITAL_OR_FIGURE.match(text, after.end()):
        return False  # "Apple on Monday said", "Bush in 2001 signed", "Obama in Berlin"
    return following in STOPWORDS or _PARTICIPLE.fullmatch(word) is not None


def _qualifier_of_a_name(word: str, text: str, end: int) -> bool:
    """``word`` (ending at ``end`` of ``text``, a lone word opening an English sentence,
    that the pair names only as a longer name's first word) is a common word qualifying
    the noun after it: written as one, held whole by the vocabulary, no given name, place
    nor nationality, of an ending that tells it (``word_endings``), before a noun in
    small letters ("Presidential guards,", "Congressional critics and", "Perennial party
    girl" beside "the Presidential Guard", "the Congressional Review Act", "the Perennial
    Party Girl"; not "Summit said", "Interior officials said", of no such ending)."""
    after = _NEXT_WORD.match(text, end)
    return (
        after is not None
        and _PLAIN_CAPITALISED.fullmatch(word) is not None
        and common_written(word)
        and qualifier_by_ending(word.lower(), after.group(1), text, after.end())
    )


def _qualifies_plural(word: str, text: str, end: int) -> bool:
    """``word`` (ending at ``end`` of ``text``, a lone word opening an English sentence,
    that the pair never writes capitalised inside one) is a common word before a plural
    noun it qualifies (``noun_qualifiers``): "Veteran players know", "Trade unions say",
    "Full-scale clashes"."""
    after = _NEXT_WORD.match(text, end)
    return (
        after is not None
        and common_written(word)
        and plural_noun(after.group(1), text, after.end())
    )


# prepositions a plural noun goes on with: "Saucy photos of Paige"
_NOUN_PREPOSITIONS = frozenset(("of", "in", "from", "at", "on", "with", "by", "for"))
# words after a superlative that are a verb's form, which a surname goes on with
_VERB_WORDS = _AFTER_A_NAME | frozenset(IRREGULAR_VERBS)


def _qualifies_a_noun(word: str, text: str, end: int) -> bool:
    """``word`` (ending at ``end`` of ``text``, a lone word opening an English sentence,
    that the pair never writes capitalised inside one) is an adjective in "-y" of a noun
    before a plural noun going on with a preposition or as a subject ("Saucy photos of
    Paige"), a common noun before a singular noun and its verb ("Union reaction was
    swift": ``noun_of_a_subject``), a field before a title and the name it gives ("Pop
    star Ann Lee": ``qualifier_of_a_title``), or a superlative before a word in small
    letters that is no verb's form ("Best decision ever."; not "Best said", "Best has",
    "Best wins")."""
    after = _NEXT_WORD.match(text, end)
    if after is None:
        return False
    noun = after.group(1)
    if superlative(word):
        return noun not in _VERB_WORDS and not noun.endswith(("s", "ed"))
    if noun_of_a_subject(word, noun, text, after.end()):
        return True  # "Union reaction was swift"
    if qualifier_of_a_title(word, noun, text, after.end()):
        return True  # "Pop star Ann Lee"
    if not adjective_of_a_noun(word):
        return False
    going_on = _NEXT_WORD.match(text, after.end())
    if going_on is not None and going_on.group(1) in _NOUN_PREPOSITIONS:
        return plural_noun(noun, text, after.end(), before_a_preposition=True)
    return plural_noun(noun, text, after.end())
