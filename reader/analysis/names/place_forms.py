"""One place a pair writes two ways: a US state as the AP shortens it and in full
("HARTFORD, Conn. (APW)" and "Hartford, Connecticut"; "ASHBURY, Vt." and "Vermont"), a
country by its short form and its name ("UK" and "Britain", "US" and "the United States",
"UAE" and "United Arab Emirates"), keyed alike for the entity matches.

Each side's names are keyed as written (reader.analysis.features.name_key), so "conn" and
"connecticut", "uk" and "britain" were two names: no entity match. Here, for the entity
matches only (reader.analysis.mentions.link_mentions), against the pair:

- a state's abbreviation is the state only where the AP writes it, right after a town
  and its comma ("Hartford, Conn.", "Springfield, Ill.,", "CHARLESTON, W.Va."), with its
  point; a postal code ("CA", "CT") only in a dateline, in capitals after the town that
  opens the sentence in capitals and its comma, before a dash or a bracket ("SAN JOSE,
  CA —"; not "Ann Jones, MD —"). So
  "Miss." of a title, "Mass." of mass, "Ind." of "(I-Ind.)" and a "CA" of anything else
  stay as they were. It is keyed as the state when the other side names the state;
  Washington, New York and Georgia (a city, a city, a country too) only when the other
  side writes the same town before it ("Atlanta, Georgia" for "ATLANTA, Ga.");
- a country's short forms and names (:data:`COUNTRY_FORMS`) are keyed as one when each
  side names the country and the two write it apart ("UK" / "Britain"). "England" is no
  form of the United Kingdom.

Nor is a place a short form of a state or a country whose name holds it
(:func:`regions_apart`): "Jersey" is no "New Jersey", "Virginia" no "West Virginia",
"York" no "New York" (reader.analysis.mentions.canonical_names joined a name to the one
longer name holding its words).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import replace

from reader.analysis.features import UnitFeatures
from reader.analysis.mention import Mention
from reader.ingest.regions import REGIONS

__all__ = ["COUNTRY_FORMS", "key_place_forms", "regions_apart"]

# the AP's abbreviations of the states, as name keys (the point dropped; "N.J." is "nj"),
# with the state's key; Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Texas and Utah are
# written in full ("Tex." of older copy aside)
AP_STATES = {
    "ala": "alabama", "ariz": "arizona", "ark": "arkansas", "calif": "california",
    "colo": "colorado", "conn": "connecticut", "del": "delaware", "fla": "florida",
    "ga": "georgia", "ill": "illinois", "ind": "indiana", "kan": "kansas", "ky": "kentucky",
    "la": "louisiana", "md": "maryland", "mass": "massachusetts", "mich": "michigan",
    "minn": "minnesota", "miss": "mississippi", "mo": "missouri", "mont": "montana",
    "neb": "nebraska", "nev": "nevada", "nh": "new hampshire", "nj": "new jersey",
    "nm": "new mexico", "ny": "new york", "nc": "north carolina", "nd": "north dakota",
    "okla": "oklahoma", "ore": "oregon", "pa": "pennsylvania", "ri": "rhode island",
    "sc": "south carolina", "sd": "south dakota", "tenn": "tennessee", "tex": "texas",
    "va": "virginia", "vt": "vermont", "wash": "washington", "wis": "wisconsin",
    "wyo": "wyoming",
}  # fmt: skip
# the postal codes, read only in a dateline
POSTAL_STATES = {
    "al": "alabama", "ak": "alaska", "az": "arizona", "ar": "arkansas", "ca": "california",
    "co": "colorado", "ct": "connecticut", "de": "delaware", "fl": "florida",
    "ga": "georgia", "hi": "hawaii", "id": "idaho", "il": "illinois", "in": "indiana",
    "ia": "iowa", "ks": "kansas", "ky": "kentucky", "la": "louisiana", "me": "maine",
    "md": "maryland", "ma": "massachusetts", "mi": "michigan", "mn": "minnesota",
    "ms": "mississippi", "mo": "missouri", "mt": "montana", "ne": "nebraska",
    "nv": "nevada", "nh": "new hampshire", "nj": "new jersey", "nm": "new mexico",
    "ny": "new york", "nc": "north carolina", "nd": "north dakota", "oh": "ohio",
    "ok": "oklahoma", "or": "oregon", "pa": "pennsylvania", "ri": "rhode island",
    "sc": "south carolina", "sd": "south dakota", "tn": "tennessee", "tx": "texas",
    "ut": "utah", "vt": "vermont", "va": "virginia", "wa": "washington",
    "wv": "west virginia", "wi": "wisconsin", "wy": "wyoming",
}  # fmt: skip
# states whose name is also a city's or a country's: one only for the same town
_AMBIGUOUS = frozenset({"washington", "new york", "georgia"})
# each country's forms, as name keys, its name first (the key they share)
COUNTRY_FORMS = (
    ("united states", "us", "usa", "america", "united states of america"),
    ("united kingdom", "uk", "britain", "great britain"),
    ("united arab emirates", "uae"),
    ("soviet union", "ussr"),
    ("netherlands", "holland"),
    ("czech republic", "czechia"),
    ("myanmar", "burma"),
    ("ivory coast", "cote divoire", "côte divoire"),
)
_COUNTRY = {form: forms[0] for forms in COUNTRY_FORMS for form in forms}
# the characters before a name a town and its comma before it are read in
_NEAR = 80
# a town and its comma before a state ("Hartford, ", "CHARLESTON, W."): the town's words
_AFTER_TOWN = re.compile(r"([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*),\s+(W\.\s?)?$")
_DATELINE_TOWN = re.compile(r"\s*([A-Z][A-Z'’.-]*(?: [A-Z][A-Z'’.-]*)*),\s+$")
_DATELINE_END = re.compile(r"\s*[(—–-]")


def key_place_forms(
    *sides: Sequence[UnitFeatures],
) -> tuple[list[UnitFeatures], ...]:
    """``sides`` with each state's abbreviation and each country's form keyed as the
    other side names it (see the module's docstring); the features given are left as
    they are."""
    if len(sides) != 2:
        return tuple(list(side) for side in sides)
    told = [[_told_state(f, n) for f in side for n in f.names] for side in sides]
    keys = [{n.key for f in side for n in f.names} for side in sides]
    towns = [_state_towns(side) for side in sides]
    out: list[list[UnitFeatures]] = []
    for k, side in enumerate(sides):
        other = 1 - k
        states = {s for s, _ in told[k] if s}
        countries = _shared_countries(keys[k], keys[other])
        if not states and not countries:
            out.append(list(side))
            continue
        out.append([_rekeyed(f, keys[other], towns[other], countries) for f in side])
    return tuple(out)


def regions_apart(keys: Collection[str]) -> set[tuple[str, str]]:
    """(name key, longer key holding its words) of each two of ``keys`` that name two
    places: the longer a state's or a country's, the shorter one too or the longer
    opening with "New" ("virginia" and "west virginia", "jersey" and "new jersey")."""
    words = {k: set(k.split()) for k in keys}
    out: set[tuple[str, str]] = set()
    for longer in keys:
        if longer not in REGIONS or len(words[longer]) < 2:
            continue
        opened = longer.startswith("new ")
        for k in keys:
            if words[k] < words[longer] and (opened or k in REGIONS):
                out.add((k, longer))
    return out


def _rekeyed(
    f: UnitFeatures, other: set[str], other_towns: set[tuple[str, str]], countries: set[str]
) -> UnitFeatures:
    names = [_key(f, n, other, other_towns, countries) for n in f.names]
    if all(a is b for a, b in zip(names, f.names, strict=True)):
        return f
    return replace(f, names=names)


def _key(
    f: UnitFeatures,
    n: Mention,
    other: set[str],
    other_towns: set[tuple[str, str]],
    countries: set[str],
) -> Mention:
    if n.key in countries:
        return replace(n, key=_COUNTRY[n.key])
    state, town = _told_state(f, n)
    if not state or state not in other or n.key == state:
        return n
    if state in _AMBIGUOUS and (town, state) not in other_towns:
        return n
    return replace(n, key=state)


def _shared_countries(keys: set[str], other: set[str]) -> set[str]:
    """The forms of ``keys`` naming a country ``other`` names in another form too."""
    out: set[str] = set()
    for forms in COUNTRY_FORMS:
        mine, theirs = keys.intersection(forms), other.intersection(forms)
        if mine and theirs and mine | theirs != mine & theirs:
            out |= mine
    return out


def _told_state(f: UnitFeatures, n: Mention) -> tuple[str, str]:
    """The state name ``n`` is where it stands in ``f``'s sentence, and the town's
    key before it; ("", "") when it is none."""
    start = n.span.start - f.unit.span.start
    before, after = _before(f, n), f.unit.text[start + len(n.surface) :]
    key = n.key.replace(".", "")
    if key in AP_STATES and (n.surface.endswith(".") or after.startswith(".")):
        town = _AFTER_TOWN.search(before)
        if town is not None:
            west = town.group(2) is not None
            if west and key != "va":
                return "", ""
            return ("west virginia" if west else AP_STATES[key]), town.group(1).lower()
    opening = start <= _NEAR  # the dateline's town is all before it
    if key in POSTAL_STATES and opening and n.surface.isupper() and len(n.surface) == 2:
        town = _DATELINE_TOWN.fullmatch(before)
        if town is not None and _DATELINE_END.match(after):
            return POSTAL_STATES[key], town.group(1).lower()
    return "", ""


def _state_towns(side: Sequence[UnitFeatures]) -> set[tuple[str, str]]:
    """The (town, state) a side writes in full or shortened: ("atlanta", "georgia") of
    "Atlanta, Georgia" and of "ATLANTA, Ga."."""
    out: set[tuple[str, str]] = set()
    for f in side:
        for n in f.names:
            state, town = _told_state(f, n)
            if state:
                out.add((town, state))
                continue
            found = _AFTER_TOWN.search(_before(f, n))
            if found is not None and found.group(2) is None:
                out.add((found.group(1).lower(), n.key))
    return out


def _before(f: UnitFeatures, n: Mention) -> str:
    """The text of ``f``'s sentence before name ``n``, its last :data:`_NEAR` characters
    at most (a dateline's town opens the sentence whole)."""
    start = n.span.start - f.unit.span.start
    return f.unit.text[max(0, start - _NEAR) : start]
