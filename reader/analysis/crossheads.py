"""Crossheads: the short lines that head a part of an article ("About the prison:", "Some
known inmates:"), a paragraph of their own of a few words ending in a colon, with no
verb. They state nothing, so they are linked to no sentence (ECB+ 3_2 linked "About the
prison:" to B's '"In his own words, it is not in his DNA to stay in prison.'), and they
are no passage "only in one" article either. A sentence introducing what follows ("The
judge told Nichols:", "Macron a déclaré :") has a verb and is linked as any other.
"""

from __future__ import annotations

import itertools
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


# verbs of thinking and finding in the present, which a short line introducing what follows
# ends with ("Police believe:", "Officials fear:") and the saying verbs leave out
_THINKING = frozenset(
    """
    believe believes think thinks fear fears hope hopes suspect suspects expect expects
    recall recalls know knows find finds feel feels worry worries agree agrees allege
    alleges conclude concludes estimate estimates reckon reckons doubt doubts remember
    remembers understand understands want wants
    """.split()  # noqa: SIM905
)
# words that join two nouns of a heading ("Hopes and fears:"), so the noun after them is
# no verb
_JOINING = frozenset(("and", "or", "&"))
# question words opening an explainer's heading ("What we know:", "Who they are:")
_ASKING = frozenset(("what", "why", "how", "who"))


def _crosshead(text: str) -> bool:
    """A few words ending in a colon, none of them a verb, or opening with a question
    word."""
    text = text.strip()
    if not text.endswith(":"):
        return False
    words = _WORD.findall(text)
    if not words or len(words) > CROSSHEAD_WORDS:
        return False
    if SAYING.search(text) or REPORTED.search(text):
        return False
    lowered = [w.lower() for w in words]
    if lowered[0] in _ASKING and len(words) > 1:
        return True
    if any(w in _VERBS or w.endswith("ed") for w in lowered):
        return False
    return not any(
        w in _THINKING and before not in _JOINING for before, w in itertools.pairwise(lowered)
    )
