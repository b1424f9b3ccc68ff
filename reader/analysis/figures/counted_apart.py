"""One figure counting two kinds of thing on the two sides of a pair: "nine homes had
been destroyed" and "nine people have died" share the value 9, not a fact. Such a figure
is no evidence that the two sentences tell one thing (reader.analysis.linking.lexical
leaves its terms out of their similarity); the same figure counting one thing, or
counting something one side does not name ("nine were killed"), stays evidence.

Only kinds told apart for sure count: people (any noun of people, a kind of person, a
toll's word: "27 dead", "four missing"), buildings ("homes", "houses", "Häuser"),
lengths of time ("years", "Stunden") and sums of money (a currency); and a figure of a
table's column of a fate ("9" under "Injured") counts another thing than a count of
another fate ("nine people died"). Two nouns of one
kind, or a noun of none of them, may well count one thing told two ways ("250,000
signatures" and "signed by 250,000 people", "tre räddningsbåtar" and "tre båtar", "12.000
veicoli" and "12 mila mezzi"): measured, counting every two different nouns as two
things took such right links' figures away and cost the careful reader's links (sample
0.69 -> 0.68, lexical 0.64 -> 0.63). A function word read after a figure ("38 der 60
Wahlkreise") names nothing."""

from __future__ import annotations

from functools import cache

from reader.analysis.features import UnitFeatures
from reader.analysis.figures.casualties import PEOPLE_UNITS, casualty
from reader.analysis.figures.counted_parts import names_people
from reader.analysis.figures.currency_codes import CURRENCIES
from reader.analysis.figures.fated_counts import fated_counts
from reader.analysis.figures.table_cells import column_of
from reader.analysis.linking.word_forms import STEMMERS, snowball
from reader.analysis.mention import Mention
from reader.analysis.words.lexicon import UNITS_OF_TIME
from reader.analysis.words.stems import stem

# buildings people live or work in, as counted after a figure, in the languages read
_BUILDINGS = {
    "English": "homes houses buildings dwellings apartments flats",
    "German": "häuser gebäude wohnungen wohnhäuser",
    "French": "maisons bâtiments immeubles logements habitations",
    "Spanish": "casas edificios viviendas",
    "Italian": "case edifici abitazioni palazzi",
    "Portuguese": "casas edifícios prédios moradias habitações",
    "Dutch": "huizen woningen gebouwen",
    "Swedish": "hus byggnader bostäder",
}
PEOPLE, BUILDING, TIME, MONEY = "people", "building", "time", "money"


@cache
def _unit_words(kind: str, language: str | None) -> frozenset[str]:
    """The unit words of ``kind`` (BUILDING or TIME) as counts of ``language`` (None:
    English) are stemmed."""
    words = _BUILDINGS if kind == BUILDING else {k: " ".join(v) for k, v in UNITS_OF_TIME.items()}
    told = words.get(language or "English", "").split()
    algorithm = STEMMERS.get(language or "")
    stemmer = snowball(algorithm) if algorithm else stem
    return frozenset(stemmer(w) for w in told)


def counted_kind(f: UnitFeatures, m: Mention) -> str:
    """The kind of thing count ``m`` of unit ``f`` counts: PEOPLE, BUILDING, TIME, MONEY,
    or '' when it names none of them (or nothing)."""
    word = m.unit_word
    if word in f.minor:
        return ""
    if word in CURRENCIES:
        return MONEY
    if word and (word in PEOPLE_UNITS or names_people(word)):
        return PEOPLE
    for kind in (BUILDING, TIME):
        if word in _unit_words(kind, f.language):
            return kind
    # a count of no noun read that tells what befell those it counts counts people:
    # "Hundreds evacuated", "Nine confirmed dead" (its word read "confirm")
    return PEOPLE if _fate(f, m) else ""


def _fate(f: UnitFeatures, m: Mention) -> str:
    """What befell the people count ``m`` of unit ``f`` counts, read as after a noun of
    people ("Nine confirmed dead": reader.analysis.figures.casualties); '' when not told."""
    text, base = f.unit.text, f.unit.span.start
    return casualty(text, m.span.start - base, m.span.end - base, _PEOPLE, f.language)


_PEOPLE = stem("people")


def counts_apart(fa: UnitFeatures, ma: Mention, fb: UnitFeatures, mb: Mention) -> bool:
    """Counts ``ma`` (of unit ``fa``) and ``mb`` (of ``fb``) count two kinds of thing:
    "nine homes" and "nine people"; not "nine people" and "nine victims", nor "nine
    people" and "nine were killed"."""
    a, b = counted_kind(fa, ma), counted_kind(fb, mb)
    return (bool(a and b) and a != b) or _fates_apart(fa, ma, fb, mb)


def _fates_apart(fa: UnitFeatures, ma: Mention, fb: UnitFeatures, mb: Mention) -> bool:
    """One of ``ma`` and ``mb`` is a figure of a table's column telling what befell
    those it counts ("9" under "Injured"), and the other's sentence tells another fate
    of its count ("nine people died"): nine hurt and nine dead are two facts."""
    if not column_of(fa, ma) and not column_of(fb, mb):
        return False
    a, b = fated_counts(fa).get(ma.span, ""), fated_counts(fb).get(mb.span, "")
    return bool(a and b) and a != b


def figure_apart(fa: UnitFeatures, fb: UnitFeatures, key: str) -> bool:
    """Every count of key ``key`` (a count's: "num:9") that unit ``fa`` gives counts
    another kind of thing than every one that ``fb`` gives: the figure the two share is
    no fact they share."""
    told_a = [m for m in fa.numbers if m.kind == "number" and m.key == key]
    told_b = [m for m in fb.numbers if m.kind == "number" and m.key == key]
    return bool(told_a and told_b) and all(
        counts_apart(fa, ma, fb, mb) for ma in told_a for mb in told_b
    )
