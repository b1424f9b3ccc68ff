"""An acronym and the name it shortens: "TSIB" and "Transport Safety Investigation Board",
"NTSB" and "National Transportation Safety Board". One report may write a board, an agency
or a company by its initials, the other in full: they share no word, yet name one thing.

Precision first: the acronym is written in two to six capitals; the name has at least
three capitalised words besides its small words ("of", "and", "the", "for"), whose
initials spell the acronym (a country's short form before it aside: "U.S. Federal Trade
Commission" and "FTC"); and the pair names no other such name for it."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from reader.analysis.mention import Mention

_ACRONYM = re.compile(r"[A-Z]{2,6}")
_SMALL_WORDS = frozenset(("of", "and", "the", "for", "on", "in", "&"))
MIN_WORDS = 3
# a country's short form a wire writes before an agency's name, which its acronym leaves
# out: "the U.S. Federal Trade Commission" is the "FTC", "the U.S. Securities and
# Exchange Commission" the "SEC"
_COUNTRY_BEFORE = frozenset(("U.S.", "US", "U.K.", "UK", "EU", "E.U.", "UN", "U.N."))


def spelled_acronyms(names: Iterable[Mention]) -> dict[str, str]:
    """The key of each acronym among ``names`` with the key of the one name of them it
    shortens ("tsib": "transport safety investigation board")."""
    names = list(names)
    acronyms = {m.key for m in names if _ACRONYM.fullmatch(m.surface)}
    spelled: dict[str, set[str]] = defaultdict(set)
    for m in names:
        words = [w for w in m.surface.split() if w.lower() not in _SMALL_WORDS]
        if len(words) < MIN_WORDS or not all(w[:1].isupper() for w in words):
            continue
        spellings = [words]
        if words[0] in _COUNTRY_BEFORE and len(words) > MIN_WORDS:
            spellings.append(words[1:])
        for spelt in spellings:
            short = "".join(w[0] for w in spelt).lower()
            if short in acronyms:
                spelled[short].add(m.key)
    return {short: next(iter(keys)) for short, keys in spelled.items() if len(keys) == 1}


def articled_initials(text: str, end: int) -> bool:
    """The word of ``text`` ending at ``end`` is initials that spell a word of the
    language, after "the" ("the WHO", "The WHO's"): a name, not the pronoun "Who"."""
    return _ARTICLED_INITIALS.search(text, 0, end) is not None


_ARTICLED_INITIALS = re.compile(r"\b[Tt]he\s+[A-Z]{3,}(?:['’]s)?$")
