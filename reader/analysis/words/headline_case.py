"""Title Case and ALL CAPS lines, whose capitals say nothing of what is a name: "400
Al-Shabaab Fighters Killed", "Tara Reid Finally Checks Into Rehab For Undisclosed
Reasons". Read by the names of headlines (reader.analysis.names.headlines) and by what a
figure counts (reader.analysis.names.name_modifiers); imports nothing of the analysis, so the
readers of figures can use it."""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]{4,}")

MIN_WORDS = 3  # words of four letters or more a unit needs to be judged
CAPITALISED_SHARE = 0.8


def headline_case(text: str) -> bool:
    """True for a Title Case or ALL CAPS line: most longer words start with a capital and
    it does not end as a sentence does ("Kim Jong Un met Vladimir Putin." is prose)."""
    if text.rstrip().endswith("."):
        return False
    words = _WORD.findall(text)
    if len(words) < MIN_WORDS:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised >= CAPITALISED_SHARE * len(words)
