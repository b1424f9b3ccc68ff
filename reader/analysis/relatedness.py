"""Does the pair report one event? A verdict the reader sees before reading the links.

Measured on ECB+ dev (``benchmarks/quality.py --pairs 300``: 300 same-event pairs and a
different-event control for each): the semantic aligner finds no claim or quote in
common for 59% of the different-event pairs and for 2% of the same-event pairs (lexical:
64% and 8%). Among pairs with at least one link, neither the density of links nor the
number of shared names and figures told the two apart, so the verdict speaks only when
nothing is shared.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from datetime import date

from reader.model import Alignment, MatchKind

NOTHING_SHARED = (
    "No claim or quote in common was found: these two articles seem to report different "
    "events. Check that this is the pair you meant to compare."
)


def shared_statements(alignment: Alignment) -> int:
    """How many claim and quote links the pair has (hand-made links included)."""
    return sum(1 for m in alignment.matches if m.kind in (MatchKind.CLAIM, MatchKind.QUOTE))


SAME_TEXT = (
    "The two articles have the same text: every passage is its own match. Open another "
    "article on one side to compare two reports."
)


def pair_notice(alignment: Alignment) -> str | None:
    """A sentence for the reader when the two sides hold one text, when they are written
    in two scripts, when the pair looks unrelated, or when the two articles are dated
    weeks apart; else None."""
    if alignment.a.text.strip() and alignment.a.content_hash == alignment.b.content_hash:
        return SAME_TEXT
    scripts = main_script(alignment.a.text), main_script(alignment.b.text)
    if None not in scripts and scripts[0] != scripts[1]:
        return (
            f"Article A is written in {scripts[0]} script and article B in {scripts[1]} script: "
            "Crossread matches two articles of one language, so this pair can share little "
            "more than figures and dates."
        )
    if shared_statements(alignment) == 0:
        return NOTHING_SHARED
    return date_notice(alignment)


# Two reports of one event a week or more apart may tell two stages of it: 80 of the 530
# same-event ECB+ pairs whose two dates are known (Lohan checking into Betty Ford on May 3,
# 2013 and leaving it on June 13; Obama's memo of March 3, 2009 and the rule's repeal on
# April 28), and what they state can differ because time passed, not because one is wrong.
DATE_GAP_DAYS = 7


def date_notice(alignment: Alignment) -> str | None:
    """ "B is dated 41 days after A (...)" when the articles' dates lie more than
    DATE_GAP_DAYS apart, else None (also when a date is missing or unreadable)."""
    try:
        da = date.fromisoformat(alignment.a.date or "")
        db = date.fromisoformat(alignment.b.date or "")
    except ValueError:
        return None
    gap = abs((db - da).days)
    if gap <= DATE_GAP_DAYS:
        return None
    first, last = sorted((da, db))  # the same words after a swap, so a closed notice stays so
    return (
        f"The two articles are dated {gap} days apart ({first.isoformat()} and "
        f"{last.isoformat()}): they may tell different stages of the story."
    )


# the writing systems told apart, by the first word of a letter's Unicode name
_SCRIPTS = {
    "LATIN": "Latin",
    "CYRILLIC": "Cyrillic",
    "GREEK": "Greek",
    "ARABIC": "Arabic",
    "HEBREW": "Hebrew",
    "HANGUL": "Korean",
    "CJK": "Chinese",
    "HIRAGANA": "Japanese",
    "KATAKANA": "Japanese",
    "DEVANAGARI": "Devanagari",
    "THAI": "Thai",
}


def main_script(text: str, sample: int = 20_000) -> str | None:
    """The writing system of most letters of ``text`` (its first ``sample`` characters),
    or None when it has too few letters to tell."""
    counts: Counter[str] = Counter()
    for ch in text[:sample]:
        if ch.isalpha():
            script = _SCRIPTS.get(unicodedata.name(ch, "").split(" ", 1)[0])
            if script is not None:
                counts[script] += 1
    if sum(counts.values()) < 20:
        return None
    return counts.most_common(1)[0][0]
