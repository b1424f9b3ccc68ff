"""German compound nouns told from names by their last part.

German writes a compound in one word, capitalised as every noun: "Bahndamm",
"Krankenhäuser", "Lebensgefahr", "Zugunglück". Written without an article (after a bare
preposition, opening a sentence or a headline) such a word looked like a name. A
compound is read as a noun when its last part is one: a noun the pair uses as one
("der Damm", "aus ihren Häusern", "dem Unglück": reader.analysis.words.german_nouns) or
one news writes without an article ("Gefahr", "Hilfe": GERMAN_BARE_NOUNS), compared by
stem, of HEAD_LETTERS letters at least, with COMPOUND_LEAD letters at least before it.

Names are made so too, of a few last parts that name a place or a person
(NAME_HEADS: "Russland" of "Land", "Hamburg", "Hartmann", "Ludwigshafen",
"Commerzbank", "Volkswagen", "Frankreich"): those never make a noun. Nor does a word the
pair writes right after a given name ("Karl Lauterbach"), a surname whatever it is made of.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from reader.analysis.names.office_places import first_name
from reader.analysis.words.lexicon import GERMAN_NAMES_WITH_ARTICLE

Stem = Callable[[str], str]

HEAD_LETTERS = 4  # a noun's stem ending a compound, at least ("damm", "haus", "hilf")
COMPOUND_LEAD = 3  # letters before it, at least ("Bahn-damm"; not "Eis-leben")
# the last parts of place names, of surnames and of companies' names, which German writes
# as nouns too ("das Land", "der Mann", "die Bank"): never a compound noun's
NAME_HEADS = frozenset(
    """
    land länder burg berg berge dorf stadt städt heim hausen bach feld felde furt mann
    männer hafen haven wald see stein brück brücke brücken kirch kirche kirchen hof höfe
    markt tal thal bad born rode reich ring gau leben bank wagen werder au aue ufer
    """.split()  # noqa: SIM905
)


def compound_nouns(
    sentences: Iterable[Sequence[str]], stem: Stem, heads: set[str], bare: frozenset[str]
) -> set[str]:
    """The stems of the capitalised words of ``sentences`` (each its tokens) that are
    compounds of a noun (see the module's docstring); ``heads``: the stems the pair uses
    as nouns, ``bare``: the stems of the nouns news writes bare."""
    out: set[str] = set()
    for tokens in sentences:
        for i, w in enumerate(tokens):
            if not w[:1].isupper() or w.isupper() or not w.isalpha():
                continue
            if i > 0 and first_name(tokens[i - 1]):
                continue  # "Karl Lauterbach"
            low = w.lower()
            if low in GERMAN_NAMES_WITH_ARTICLE or _NAME_HEAD.search(low):
                continue
            if any(
                stem(low[start:]) in heads or stem(low[start:]) in bare
                for start in range(COMPOUND_LEAD, len(low) - HEAD_LETTERS + 1)
            ):
                out.add(stem(low))
    return out


# a name's last part, declined: "Russlands", "Hartmanns", "Hamburger"
_NAME_HEAD = re.compile(rf"(?:{'|'.join(sorted(NAME_HEADS))})(?:s|es|n|en|e|er|ern)?$")
