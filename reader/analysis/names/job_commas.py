"""A job written capitalised before its holder's name and a comma, the holder's given
name in no list: "Former Heavyweight Champion, Riddick Bowe", "2-Time Heavyweight
Champion, Hasim Rahman".

``job_words`` reads "Heavyweight Champion, Wladimir Klitschko" as a title, as it knows
"Wladimir" for a given name; "Riddick" and "Hasim" are in no list, so "Former Heavyweight
Champion" stayed a name of its own. The pair gives a sounder cue than a list: the name
after the comma is a person's when the pair names it again by its surname alone ("Bowe
barely escaped", "Rahman never gave himself a chance"). The job's words (a job noun of
``JOB_NOUNS`` ending the name before the comma, the words qualifying it before:
"Former", "Heavyweight", a title, a count's "Time" of "2-Time") are then no name; a
word before them that is none of these stays a name ("Philadelphia" of "Philadelphia
Manager, ..."). "WBA Champion, Ruslan Chagaev", whose surname the pair never gives
alone, stays as read ("WBA Champion, Nikolay Valuev" of ECB+ 7_3ecb is read by
``job_words``, "Nikolay" a given name of the lists).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis.features import UnitFeatures, name_key
from reader.analysis.mention import Mention
from reader.analysis.names.job_words import JOB_MODIFIERS, JOB_NOUNS
from reader.analysis.words.lexicon import TITLES
from reader.model import Span

__all__ = ["drop_jobs_before_holders"]

# a count's word after a figure and a hyphen: the "Time" of "2-Time", "Three-Time"
_COUNT_WORDS = frozenset(("time", "times"))
_AFTER_FIGURE = re.compile(r"(?:\d|[A-Za-z]+)-$")


def drop_jobs_before_holders(*sides: Sequence[UnitFeatures]) -> None:
    """Remove, in place, the job words of a name that a comma and its holder's name
    follow, when the pair names the holder by the surname alone (see the module)."""
    units = [f for side in sides for f in side]
    alone = {n.key for f in units for n in f.names if " " not in n.key}
    for f in units:
        names: list[Mention] = []
        for k, m in enumerate(f.names):
            nxt = f.names[k + 1] if k + 1 < len(f.names) else None
            if nxt is not None and _before_holder(f, m, nxt, alone):
                less = _less_job(f, m)
                if less is not None:
                    names.append(less)
                continue
            names.append(m)
        f.names = names


def _before_holder(f: UnitFeatures, m: Mention, nxt: Mention, alone: set[str]) -> bool:
    """``m`` ends with a job noun, a comma and ``nxt`` follow it, and ``nxt`` is two or
    three words whose last the pair names alone."""
    base = f.unit.span.start
    words = nxt.key.split()
    return (
        m.surface.split()[-1].lower() in JOB_NOUNS
        and f.unit.folded[m.span.end - base : nxt.span.start - base] == ", "
        and 2 <= len(words) <= 3
        and words[-1] in alone
    )


def _less_job(f: UnitFeatures, m: Mention) -> Mention | None:
    """``m`` less its job's words at its end; None when nothing else is left."""
    text, base = f.unit.folded, f.unit.span.start
    words = m.surface.split()
    keep = len(words)
    at = m.span.start - base
    while keep > 0 and _job_word(words[keep - 1], first=keep == 1, text=text, at=at):
        keep -= 1
    if keep == 0:
        return None
    surface = " ".join(words[:keep])
    if surface != m.surface[: len(surface)]:
        return m  # words parted by more than one space: left as read
    key = name_key(surface)
    return Mention("name", key, Span(m.span.start, m.span.start + len(surface)), surface)


def _job_word(word: str, *, first: bool, text: str, at: int) -> bool:
    """``word`` is a job's or qualifies one: a job noun, a qualifier, a title, or, opening
    the name after a figure and a hyphen, a count's word ("2-Time")."""
    low = word.lower().strip(".")
    if low in JOB_NOUNS or low in JOB_MODIFIERS or low in TITLES:
        return True
    return first and low in _COUNT_WORDS and _AFTER_FIGURE.search(text, 0, at) is not None
