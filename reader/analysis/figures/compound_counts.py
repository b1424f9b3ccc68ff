"""Counts German and Dutch tell inside one adjective, the figure glued to the noun it
counts: "dreistöckig" (three-storey), "zweijährige" (two-year), "fünfköpfige"
(five-member), "3-stöckiges", "einstöckig" (one-storey: glued, "ein" is no article),
Dutch "driedaagse" (three-day), "drielaagse" (three-storey), "vijfkoppig". As English's
"three-storey", such a count qualifies a noun: it is read as a figure with what it
counts, and compared only where English compares its own (the storeys of a building,
reader.analysis.conflicts.count_conflicts).

A German count of years is a person's age, as English's "the 22-year-old" is, when it
names the person ("der 22-Jährige", "eine 22-Jährige") or describes one ("der 22-jährige
Student", "eine 31-jährige Frau"); describing a thing it is a length of time ("eine
zweijährige Haftstrafe", "der Dreißigjährige Krieg" aside: a name). Dutch writes the
same adjective in small letters, its nouns too: "de 22-jarige man", "een 22-jarige
vrouw", "de 22-jarige bestuurder" are ages, and "de 22-jarige" names the person when a
function word, a verb of being or a stop follows it ("de 22-jarige uit Utrecht", "de
22-jarige werd aangehouden"); "een tweejarige opleiding" is a length of time."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache

from reader.analysis.words.common_words import AUXILIARIES
from reader.analysis.words.lexicon import FOREIGN_FUNCTION_WORDS, FOREIGN_NUMBER_WORDS
from reader.analysis.words.stems import stem
from reader.lazy_regex import longest_first

STOREY = stem("storey")  # what "three-storey" counts, however a language writes it

# the adjective's end and the noun it is made of ("stöckig": "Stock"), by language; a
# building's storeys are told as English tells them ("storey"), so that the two compare
_ENDS = {
    "German": {
        "stöckig": "", "geschossig": "", "etagig": "",
        "jährig": "jahr", "monatig": "monat", "wöchig": "woche", "tägig": "tag",
        "stündig": "stunde", "minütig": "minute", "köpfig": "kopf", "teilig": "teil",
        "spurig": "spur", "sitzig": "sitz", "motorig": "motor",
    },
    # Dutch: "driedaagse" (three-day), "tweejarige", "vijfkoppig gezin", "drielaagse
    # woning" (three-storey), "24-uursstaking" aside (one word with its noun)
    "Dutch": {
        "laags": "", "jarig": "jaar", "jaars": "jaar", "maands": "maand", "weeks": "week",
        "daags": "dag", "urig": "uur", "uurs": "uur", "koppig": "kop", "delig": "deel",
        "baans": "baan", "persoons": "persoon", "motorig": "motor",
    },
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class CompoundCount:
    """A count inside a German adjective: the whole word's place in the text, its value
    and what it counts (stemmed)."""

    start: int
    end: int
    value: int
    counted: str
    age: bool = False  # a person's age ("der 22-Jährige"), not a length of time


def compound_counts(
    text: str, stem_word: Callable[[str], str], language: str = "German"
) -> Iterator[CompoundCount]:
    """The counts inside the adjectives of ``text`` in ``language`` (German:
    "dreistöckige", "3-stöckigen"; Dutch: "driedaagse", "drielaagse"), what each counts
    stemmed by ``stem_word`` (the storeys of a building as "storey")."""
    if language not in _ENDS:
        return
    for m in _compound(language).finditer(text):
        number = m.group("number").lower()
        value = int(number.rstrip("-")) if number[0].isdigit() else _WORDS[language][number]
        noun = _ENDS[language][m.group("end").lower()]
        # an age names or describes a person ("der 22-Jährige", "de 22-jarige man")
        if noun == "jahr":
            age = _of_a_person(text, m)
        else:
            age = noun == "jaar" and m.group("end").lower() == "jarig" and _dutch_age(text, m)
        counted = stem_word(noun) if noun else STOREY
        yield CompoundCount(m.start(), m.end(), value, counted, age)


# nouns for people a count of years describes as English's "22-year-old" does: the
# person's age ("der 22-jährige Student", "eine 31-jährige Frau"); besides, the nouns for
# what someone does, in "-er" and "-in" ("Fahrer", "Fahrerin", "Studentin")
_PEOPLE = frozenset(
    """
    mann frau junge mädchen kind sohn tochter mensch person mutter vater bruder schwester
    ehemann ehefrau jugendliche jugendlicher jugendlichen teenager opfer verdächtige
    verdächtiger verdächtigen täter student schüler soldat polizist tourist pilot patient
    angeklagte angeklagter angeklagten rentner deutsche deutscher syrer afghane männer
    frauen kinder menschen personen söhne töchter schüler studenten soldaten
    """.split()  # noqa: SIM905
)
_PERSON_ENDS = ("erin", "erinnen", "entin", "istin", "antin", "ner", "ler", "rer", "ter")
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


def _of_a_person(text: str, m: re.Match[str]) -> bool:
    """A count of years that is a person's age: the word names the person, capitalised
    ("22-Jährige"; "Zweijährige" mid-sentence, no noun after it: not "der Dreißigjährige
    Krieg"), or describes the noun for a person that follows it ("22-jährige Student",
    "31-jährigen Fahrerin")."""
    after = _NEXT_WORD.match(text, m.end())
    noun = after.group(1) if after is not None and after.group(1)[0].isupper() else ""
    if m.group("number")[0].isdigit():
        named = m.group("end")[0].isupper()
    else:
        opens = m.start() == 0 or text[: m.start()].rstrip().endswith((".", "!", "?", ":"))
        named = m.group()[0].isupper() and not opens and not noun
    return named or noun.lower() in _PEOPLE or noun.lower().endswith(_PERSON_ENDS)


# Dutch nouns for people ("de 22-jarige man", "een man van 22 jaar"), and the ends of the
# nouns for what someone does ("bestuurder", "fietsster", "automobilist", "student",
# "leraar", "leerling", "verdachte")
DUTCH_PEOPLE = frozenset(
    """
    man mannen vrouw vrouwen jongen jongens meisje meisjes kind kinderen baby peuter
    tiener tieners jongere jongeren persoon personen mens mensen slachtoffer
    slachtoffers verdachte verdachten dader agent politieagent piloot passagier patiënt
    toerist soldaat inwoner bewoner vader moeder zoon dochter broer zus zuster
    echtgenoot echtgenote vriend vriendin opa oma oom tante neef nicht kleinzoon
    kleindochter
    """.split()  # noqa: SIM905
)
DUTCH_PERSON_ENDS = ("er", "ster", "ist", "ent", "ant", "aar", "ling")
_DUTCH_NAMING = FOREIGN_FUNCTION_WORDS["Dutch"] | AUXILIARIES["Dutch"]
_NEXT = re.compile(r"\s*(?:([^\W\d_]+)|[^\w\s(-]|$)")


def dutch_person(word: str) -> bool:
    """A Dutch noun for a person ("man", "bestuurder", "verdachte")."""
    word = word.lower()
    return word in DUTCH_PEOPLE or (len(word) > 5 and word.endswith(DUTCH_PERSON_ENDS))


def _dutch_age(text: str, m: re.Match[str]) -> bool:
    """A Dutch count of years that is a person's age: the noun after it is a person's
    ("de 22-jarige man"), or a function word, a verb of being or a stop follows, so
    that the adjective names the person ("de 22-jarige uit Utrecht", "de 22-jarige
    werd", "de 22-jarige.")."""
    after = _NEXT.match(text, m.end())
    if after is None:
        return False
    word = after.group(1)
    return word is None or word.lower() in _DUTCH_NAMING or dutch_person(word)


# "one" too: glued to the adjective it is no article ("einstöckig" is one-storey, as
# against "zweistöckig"; "ein Stockwerk" is no such word)
_WORDS = {
    "German": {"ein": 1} | FOREIGN_NUMBER_WORDS["German"],
    "Dutch": {"een": 1, "één": 1} | FOREIGN_NUMBER_WORDS["Dutch"],
}


@cache
def _compound(language: str) -> re.Pattern[str]:
    """An adjective made of a figure (a word, or digits and a hyphen) and one of the ends
    of ``language``, inflected or not ("dreistöckig", "Zweijährige", "3-stöckigen",
    "driedaagse")."""
    words = "|".join(longest_first(_WORDS[language]))
    ends = "|".join(longest_first(_ENDS[language]))
    return re.compile(
        rf"(?<![\w.,-])(?P<number>\d+-|{words})(?P<end>{ends})(?:e|en|er|es|em)?(?!\w)",
        re.IGNORECASE,
    )
