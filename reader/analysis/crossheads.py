"""Crossheads: the short lines that head a part of an article ("About the prison:", "Some
known inmates:"), a paragraph of their own of a few words ending in a colon, with no
verb. They state nothing, so they are linked to no sentence (ECB+ 3_2 linked "About the
prison:" to B's '"In his own words, it is not in his DNA to stay in prison.'), and they
are no passage "only in one" article either. A sentence introducing what follows ("The
judge told Nichols:", "Macron a déclaré :") has a verb and is linked as any other.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis.common_words import AUXILIARIES
from reader.analysis.lexicon import FOREIGN_FUNCTION_WORDS, IRREGULAR_PAST
from reader.analysis.negation import AUXILIARIES as ENGLISH_AUXILIARIES
from reader.analysis.saying import REPORTED, SAYING
from reader.analysis.units import Unit, own_paragraph
from reader.model import Document

CROSSHEAD_WORDS = 5  # words of a crosshead, at most

_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
# the verbs a short line may hold: English auxiliaries and modals (``negation``'s),
# regular and irregular pasts; other languages' auxiliaries (``common_words.AUXILIARIES``,
# less the articles and pronouns one of them shares with another: Spanish "les", French
# "les") and verbs of saying
_VERBS = ENGLISH_AUXILIARIES.union(
    IRREGULAR_PAST,
    frozenset().union(*AUXILIARIES.values()).difference(*FOREIGN_FUNCTION_WORDS.values()),
)


def crossheads(units: Sequence[Unit], doc: Document) -> set[int]:
    """The indexes of the ``units`` of ``doc`` that are crossheads: see the module's
    docstring."""
    starts = [p.start for p in doc.paragraphs]
    return {u.index for u in units if _crosshead(u.folded) and own_paragraph(u, doc, starts)}


def _crosshead(text: str) -> bool:
    """A few words ending in a colon, none of them a verb."""
    text = text.strip()
    if not text.endswith(":"):
        return False
    words = _WORD.findall(text)
    if not words or len(words) > CROSSHEAD_WORDS:
        return False
    if SAYING.search(text) or REPORTED.search(text):
        return False
    return not any(w.lower() in _VERBS or w.lower().endswith("ed") for w in words)
