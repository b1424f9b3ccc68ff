"""The people who signed a petition or a letter and its signatures are one count: "a
petition signed by 250,000 people" and "a petition with 250,000 signatures". In linked
sentences the two figures, of one value, are a Numbers match, though one counts people
and the other signatures (reader.analysis.figures.counted_parts.different_things)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from reader.analysis.features import UnitFeatures
from reader.analysis.figures.counted_parts import same_thing
from reader.analysis.figures.linked_figures import LinkedSentences, linked_figures
from reader.analysis.mention import Mention
from reader.analysis.words.stems import stem
from reader.lazy_regex import LazyPattern

# "signed by " right before a count: "signed by 250,000 people", "signed by more than 200"
_SIGNED_BY = LazyPattern(
    r"\bsigned\s+by\s+(?:(?:more\s+than|over|nearly|almost|about|some|at\s+least)\s+)?$",
    re.IGNORECASE,
)
_SIGNATURE = stem("signatures")
_PEOPLE = stem("people")


def signed_partners(linked: LinkedSentences) -> Iterator[tuple[Mention, Mention, str]]:
    """Each count of people who signed and count of signatures of one value, in linked
    sentences, with the match's evidence ("250,000 people · 250,000 signatures");
    neither already matched."""
    for f, ma, g, mb in linked_figures(linked):
        if ma.key == mb.key and (_signers(f, ma, mb) or _signers(g, mb, ma)):
            yield ma, mb, f"{_with_noun(f, ma)} · {_with_noun(g, mb)}"


def _signers(f: UnitFeatures, people: Mention, signatures: Mention) -> bool:
    """``people`` of sentence ``f`` counts people who signed ("signed by 250,000
    people"), ``signatures`` signatures, of one value."""
    if signatures.unit_word != _SIGNATURE or not same_thing(people.unit_word, _PEOPLE):
        return False
    start = people.span.start - f.unit.span.start
    return _SIGNED_BY.search(f.unit.text, max(0, start - 40), start) is not None


_NOUN_AFTER = LazyPattern(r"\s+[^\W\d_]+")


def _with_noun(f: UnitFeatures, m: Mention) -> str:
    """``m`` as written with the word after it ("250,000 signatures")."""
    end = m.span.end - f.unit.span.start
    found = _NOUN_AFTER.match(f.unit.text, end)
    return m.surface if found is None else m.surface + found.group()
