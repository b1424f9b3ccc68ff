"""A counted noun written as one word of two ("sandbags", "warships", "lifeboats") and
the noun that ends it ("bags", "ships", "boats"): one figure's two namings, when the
figures agree ("about 2,000 bags were handed out", "handed out some 2,000 sandbags").

The shorter unit word must end the longer whole, and what comes before it must be a
word of its own (reader.analysis.words.model_vocabulary: "sand", "war", "life"; not the
"wo" of "women"). Kinds of people are left apart: "firefighters" are no "fighters", nor
"steelworkers" any "workers" (reader.analysis.figures.counted_parts.names_people)."""

from __future__ import annotations

from reader.analysis.figures.counted_parts import names_people
from reader.analysis.words.model_vocabulary import vocabulary_word

_SHORTEST = 3  # letters of the noun ending the compound, at least ("bag")


def compound_of(a: str, b: str) -> bool:
    """Unit words ``a`` and ``b`` (stems, as counts' are) are a compound and the noun that
    ends it, in either order: "sandbag" and "bag"; not "firefight" and "fighter", "women"
    and "men"."""
    short, long = sorted((a, b), key=len)
    if len(short) < _SHORTEST or len(long) <= len(short) or not long.endswith(short):
        return False
    if not (short.isalpha() and long.isalpha()):
        return False
    if names_people(short) or names_people(long):
        return False
    return vocabulary_word(long[: -len(short)])
