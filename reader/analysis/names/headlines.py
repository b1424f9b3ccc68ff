"""Names in headlines: Title Case and ALL CAPS say nothing about what is a name.

"Tara Reid Finally Checks Into Rehab For Undisclosed Reasons" is one run of capitalised
words, which the sentence rules take for one long name; the headline then shares no
name with the article it summarises. In such a unit, only the names the pair's ordinary
sentences use are kept ("Tara Reid"), matched longest first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis.features import UnitFeatures, add_name, name_key, name_runs
from reader.analysis.mention import Mention
from reader.analysis.words.headline_case import headline_case

_SMALL = re.compile(r"(?<![\w'’-])[^\W\d_A-Z][\w'-]*")  # a word written in small letters


def refine_headline_names(*sides: Sequence[UnitFeatures]) -> None:
    """Replace the names of every headline-case unit of ``sides`` (in place) with the
    names the other units of all sides use, or their last words ("Nationals" of the
    "Washington Nationals" the article names); without such units, nothing changes."""
    heads = [f for side in sides for f in side if headline_case(f.unit.folded)]
    head_ids = {id(f) for f in heads}
    known = {m.key for side in sides for f in side if id(f) not in head_ids for m in f.names}
    if not heads or not known:
        return
    ordinary = [f for side in sides for f in side if id(f) not in head_ids]
    known |= _last_words(known, {w for f in ordinary for w in _SMALL.findall(f.unit.folded)})
    for f in heads:
        f.names = _known_names(f, known)


def _last_words(names: set[str], small: set[str]) -> set[str]:
    """The last words of ``names`` as a headline shortens them ("nationals" of "washington
    nationals"), none of them among ``small`` (the words the articles write in small
    letters: "Press" of "Associated Press" is no name where "the press" is written)."""
    out: set[str] = set()
    for name in names:
        words = name.split()
        out.update(" ".join(words[i:]) for i in range(1, len(words)) if small.isdisjoint(words[i:]))
    return out


def _known_names(f: UnitFeatures, known: set[str]) -> list[Mention]:
    out: list[Mention] = []
    text = f.unit.folded
    for offset, words in name_runs(text):
        i = 0
        while i < len(words):
            for j in range(len(words), i, -1):
                a, b = words[i][0], words[j - 1][0] + len(words[j - 1][1])
                if name_key(text[offset + a : offset + b].rstrip(".")) in known:
                    add_name(out, f.unit, offset, words[i:j])
                    i = j
                    break
            else:
                i += 1
    return out
