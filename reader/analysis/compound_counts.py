"""Counts German tells inside one adjective, the figure glued to the noun it counts:
"dreistöckig" (three-storey), "zweijährige" (two-year), "fünfköpfige" (five-member),
"3-stöckiges". As English's "three-storey", such a count qualifies a noun: it is read as
a figure with what it counts, and compared only where English compares its own (the
storeys of a building, reader.analysis.count_conflicts).

A count of years is a person's age, as English's "the 22-year-old" is, when it names the
person ("der 22-Jährige", "eine 22-Jährige") or describes one ("der 22-jährige Student",
"eine 31-jährige Frau"); describing a thing it is a length of time ("eine zweijährige
Haftstrafe", "der Dreißigjährige Krieg" aside: a name)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache

from reader.analysis.lexicon import FOREIGN_NUMBER_WORDS
from reader.analysis.stems import stem

STOREY = stem("storey")  # what "three-storey" counts, however a language writes it

# the adjective's end and the noun it is made of ("stöckig": "Stock"); a building's
# storeys are told as English tells them ("storey"), so that the two compare
_ENDS = {
    "stöckig": "", "geschossig": "", "etagig": "",
    "jährig": "jahr", "monatig": "monat", "wöchig": "woche", "tägig": "tag",
    "stündig": "stunde", "minütig": "minute", "köpfig": "kopf", "teilig": "teil",
    "spurig": "spur", "sitzig": "sitz", "motorig": "motor",
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


def compound_counts(text: str, stem_word: Callable[[str], str]) -> Iterator[CompoundCount]:
    """The counts inside German adjectives of ``text`` ("dreistöckige", "3-stöckigen"),
    what each counts stemmed by ``stem_word`` (the storeys of a building as "storey")."""
    for m in _compound().finditer(text):
        number = m.group("number").lower()
        value = int(number.rstrip("-")) if number[0].isdigit() else _WORDS[number]
        noun = _ENDS[m.group("end").lower()]
        age = noun == "jahr" and _of_a_person(text, m)
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


_WORDS = FOREIGN_NUMBER_WORDS["German"]


@cache
def _compound() -> re.Pattern[str]:
    """An adjective made of a figure (a word of two and more, or digits and a hyphen) and
    one of the ends, inflected or not ("dreistöckig", "Zweijährige", "3-stöckigen")."""
    words = "|".join(sorted(_WORDS, key=len, reverse=True))
    ends = "|".join(_ENDS)
    return re.compile(
        rf"(?<![\w.,-])(?P<number>\d+-|{words})(?P<end>{ends})(?:e|en|er|es|em)?(?!\w)",
        re.IGNORECASE,
    )
