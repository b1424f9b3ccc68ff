"""A figure before a military group or a crowd counts its members: "a 5,000-strong force",
"the 400-strong contingent", "a 5,000-strong army", "Ethiopia's 4,400 Amisom force" count
troops, "a 2,000-strong crowd" and "a crowd of 52,341" people (fans, spectators). So such
a count counts what a count of the members counts ("5,000 troops", "5,000 soldiers",
"2,000 people", "52,000 fans"): equal figures are one figure, different ones a
discrepancy. Two nouns of members are not made one by it (two words for one group, "5,000
troops" and "4,000 soldiers", are by reader.analysis.figures.person_kinds), nor two groups
("a 9,000-strong force" and "a 400-strong contingent", which may be a part of it). So,
too, a utility's customers are the homes and businesses it serves: "2 million
customers" without power and "two million homes and businesses" (households, residences
or houses and businesses, either first; premises, properties) count one thing; homes
alone are some of them. Vessels are ships, tankers, freighters, boats or ferries, and
some vessels may be others than some ships ("3 pirate ships", "five merchant vessels"):
in linked sentences, "38 container ships" waiting and "38 vessels" are one figure
(:func:`kind_of_class`), two values no discrepancy. Unit words are English stems, as
reader.analysis.figures.counted_words gives them."""

from __future__ import annotations

from reader.analysis.figures.currency_codes import crowns_alike
from reader.analysis.figures.hyphened_nouns import one_noun
from reader.analysis.words.stems import stem


def _stems(words: str) -> frozenset[str]:
    return frozenset(stem(w) for w in words.split())


# each kind of group, and the nouns of its members
_GROUPS = (
    (
        _stems("force forces contingent army battalion brigade regiment garrison"),
        _stems("troops soldiers"),
    ),
    (_stems("crowd mob throng"), _stems("people persons fans spectators supporters")),
    (
        _stems("customers"),
        frozenset(
            f"{x}+{y}"
            for home in _stems("homes households residences houses")
            for x, y in ((home, stem("businesses")), (stem("businesses"), home))
        )
        | _stems("premises properties"),
    ),
)


def members_of_group(a: str, b: str) -> bool:
    """Unit words ``a`` and ``b`` count the same people as a group and its members:
    "forc" ("a 5,000-strong force") and "troop" or "soldier", "crowd" and "peopl"."""
    return any(
        (a in groups and b in members) or (b in groups and a in members)
        for groups, members in _GROUPS
    )


def counts_one_noun(a: str, b: str) -> bool:
    """Two counts' unit words ``a`` and ``b`` count one thing: one noun, hyphened or not
    (reader.analysis.figures.hyphened_nouns.one_noun), a group and its members, or
    crowns of no country and a country's ("kr" and "sek":
    reader.analysis.figures.currency_codes.crowns_alike)."""
    return one_noun(a, b) or members_of_group(a, b) or crowns_alike(a, b)


# a class of things and its kinds, whose equal counts in linked sentences are one figure
_CLASSES = ((_stems("vessels"), _stems("ships tankers freighters containerships boats ferries")),)


def kind_of_class(a: str, b: str) -> bool:
    """Unit words ``a`` and ``b`` are a class and one of its kinds: "vessel" and "ship"
    ("38 vessels", "38 container ships"); two kinds are not ("ship", "boat")."""
    return any(
        (a in classes and b in kinds) or (b in classes and a in kinds)
        for classes, kinds in _CLASSES
    )
