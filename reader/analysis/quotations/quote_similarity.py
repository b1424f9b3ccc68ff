"""How alike two quotations are: the same words, one inside the other, the same said in
slightly different words, a fragment quoted again, or one speaker's statement reworded
(``reworded_quotes``)."""

from __future__ import annotations

from collections import Counter
from difflib import SequenceMatcher

from reader.analysis.quotations.quotes import Quotation
from reader.analysis.quotations.reworded_quotes import REWORDED_SCORE, restated
from reader.analysis.words.lexicon import STOPWORDS


def contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    n = len(shorter)
    return any(longer[k : k + n] == shorter for k in range(len(longer) - n + 1))


# a short quotation (one or two words) inside a longer one is the same quotation only when
# the longer one is hardly longer: 'Hunger Games' = 'The Hunger Games', but "Moon" is not
# a statement that mentions the moon
SHORT_WORDS = 2
SHORT_SLACK = 2
# two long quotations in other words (two translations of one statement) are one when
# their words mostly come in the same order
REWORDED_WORDS = 8
REWORDED_RATIO = 0.6
# two quotations of a few words, in the same order but for a word or two, are one said
# twice ("This is a historic decision" / "This is an historic decision", "Es war ein
# fürchterlicher Knall" / "Es war ein schrecklicher Knall")
CLOSE_WORDS = 5
CLOSE_RATIO = 0.75


def quote_similarity(qa: Quotation, qb: Quotation) -> float:
    """1.0 for the same words, less when one lies inside the other or both say the same in
    slightly different words, 0 when unrelated."""
    a, b = qa.words, qb.words
    if a == b:
        return 1.0
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if contains(long_, short):
        if len(short) > SHORT_WORDS:
            return 0.9
        close = len(long_) <= len(short) + SHORT_SLACK
        return 0.7 if close and any(len(w) > 3 for w in short) else 0.0
    if len(short) >= CLOSE_WORDS:
        sa, sb = set(a), set(b)
        jac = len(sa & sb) / len(sa | sb)
        if jac >= 0.7:
            return 0.6 + 0.3 * jac
        reworded = len(short) >= REWORDED_WORDS and jac >= 0.3
        # the ratio never exceeds the words' share in common, in any order: most pairs
        # of quotations sharing a word are told apart without matching their sequences
        if ratio_bound(a, b, sa, sb) >= (REWORDED_RATIO if reworded else CLOSE_RATIO):
            first, second = sorted((a, b))  # the same figure whichever is A
            ratio = SequenceMatcher(None, first, second, autojunk=False).ratio()
            if ratio >= CLOSE_RATIO or (reworded and ratio >= REWORDED_RATIO):
                return 0.6 + 0.3 * ratio
    if fragment(short, long_) is not None:  # "the water rise so fast" of "we have never
        return FRAGMENT_SCORE  # seen water rise this fast"
    if restated(qa, qb):  # one speaker's statement in other words
        return REWORDED_SCORE
    return 0.0


def ratio_bound(a: tuple[str, ...], b: tuple[str, ...], sa: set[str], sb: set[str]) -> float:
    """An upper bound of ``SequenceMatcher(None, a, b).ratio()`` (its ``quick_ratio``):
    twice the words the two share, counted with repeats, over their lengths; ``sa`` and
    ``sb`` are their sets of words."""
    if len(sa) == len(a) and len(sb) == len(b):  # no word repeated: the sets' share
        shared = len(sa & sb)
    else:
        shared = sum((Counter(a) & Counter(b)).values())
    return 2.0 * shared / (len(a) + len(b))


# A short quotation whose content words (at least this many) all come, in order and
# close together, in a longer one, with other small words around them: a fragment quoted
# again, worded a little differently ("the water rise so fast").
FRAGMENT_WORDS = 3
FRAGMENT_SLACK = 3  # extra words the longer one may hold between the first and the last
FRAGMENT_SCORE = 0.65
FRAGMENT_SHORTER = 3  # words fewer than the longer one, at least


def fragment(short: tuple[str, ...], long_: tuple[str, ...]) -> tuple[int, int, int, int] | None:
    """Where ``short``'s content words lie in ``long_``: (start, end) of the stretch from
    the first content word to the last in ``short``, then in ``long_``; None when
    ``short`` is no fragment of ``long_``."""
    content = [k for k, w in enumerate(short) if w not in STOPWORDS]
    if len(content) < FRAGMENT_WORDS or len(long_) - len(short) < FRAGMENT_SHORTER:
        return None
    found: list[int] = []
    at = 0
    for k in content:
        try:
            at = long_.index(short[k], at) + 1
        except ValueError:
            return None
        found.append(at - 1)
    s0, s1, l0, l1 = content[0], content[-1] + 1, found[0], found[-1] + 1
    if l1 - l0 > s1 - s0 + FRAGMENT_SLACK:
        return None
    return s0, s1, l0, l1
