"""German names a place by its adjective in "-er", capitalised and never inflected, before
a noun: "die Pariser Anschläge" (Paris), "die Berliner Polizei" (Berlin), "der Münchner
Flughafen" (München), "die Londoner U-Bahn" (London), "die New Yorker Börse" (New York).
Read alone, such a word is a noun (reader.analysis.words.german_nouns), so "Die Pariser
Anschläge von 2015" and "Die Anschläge von 2016 in Paris" name no place in common; read
as its place, the adjective tells that both speak of Paris (reader.analysis
.occasion_years compares their years).

Only before a noun: "die Berliner" alone, or before a verb ("Die Berliner gedachten der
Opfer"), are the people of Berlin, a sense left alone here."""

from __future__ import annotations

import re

from reader.analysis.features import UnitFeatures
from reader.analysis.words.lexicon import GERMAN_TITLE_ENDINGS

# the adjective, with the first word of a place named in two ("New Yorker", "Sankt
# Petersburger"), then the noun it goes with, capitalised
_PLACE_ADJECTIVE = re.compile(
    r"(?<![\w-])(?:(?P<first>New|Sankt)\s+)?"
    r"(?P<word>[A-ZÄÖÜ][a-zäöüß]{2,}er)\s+(?=[A-ZÄÖÜ][a-zäöüß-])"
)
# adjectives whose place is not the word less its "-er"
_IRREGULAR = {"zürcher": "zürich", "mailänder": "mailand", "hallenser": "halle"}


def adjective_places(f: UnitFeatures) -> frozenset[str]:
    """The places (as name keys, lower case) that the German sentence ``f`` may name by
    an adjective before a noun: "Pariser Anschläge" gives "paris"; "Münchner Flughafen"
    "münchen" (and "münchn", a place no sentence names); nothing in another language."""
    if f.language != "German":
        return frozenset()
    out: set[str] = set()
    for m in _PLACE_ADJECTIVE.finditer(f.unit.folded):
        word = m.group("word").lower()
        if word.endswith(GERMAN_TITLE_ENDINGS):
            continue  # "Bürgermeister", "Kanzler": a title before a name
        first = (m.group("first") or "").lower()
        out.update(f"{first} {place}".strip() for place in _places_of(word))
    return frozenset(out)


def _places_of(word: str) -> set[str]:
    """What the adjective ``word`` (lower case) may be made of: the word less its "-er"
    ("pariser": paris), with the "e" German drops restored ("münchner": münchen,
    "basler": basel) or its "-en" ("bremer": bremen)."""
    if word in _IRREGULAR:
        return {_IRREGULAR[word]}
    base = word[:-2]
    places = {base, f"{base}en"}
    if base.endswith(("n", "l")):
        places.add(f"{base[:-1]}e{base[-1]}")
    return places


def place_in_common(fa: UnitFeatures, fb: UnitFeatures) -> bool:
    """One German sentence names a place by its adjective that the other names, by its
    name or by the same adjective ("Die Pariser Anschläge" and "in Paris")."""
    places_a, places_b = adjective_places(fa), adjective_places(fb)
    return bool(places_a & (fb.name_keys | places_b) or places_b & fa.name_keys)
