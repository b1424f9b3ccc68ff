"""Sunday papers, which are other papers than the daily whose name they hold.

"Welt am Sonntag" is not "Die Welt", "Bild am Sonntag" not "Bild", "Frankfurter
Allgemeine Sonntagszeitung" not "Frankfurter Allgemeine". Read word by word, "der Welt
am Sonntag" gave the daily ("Welt", keyed "die welt", then a day) and "Bild am Sonntag"
nothing (German reads "Bild" as a noun); "Frankfurter Allgemeinen Sonntagszeitung" was a
name, but one that held the daily's words, so the two were joined as one name's long and
short forms (reader.analysis.mentions.canonical_names). Each Sunday paper is read whole,
whatever its case ("der Frankfurter Allgemeinen Sonntagszeitung"), keyed as
:data:`EDITIONS` gives it, and kept apart from the names its key holds
(:func:`editions_apart`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from reader.analysis.features import UnitFeatures
from reader.analysis.mention import Mention
from reader.model import Span

# each Sunday paper, as German writes it in any case, and its key
EDITIONS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bWelt\s+am\s+Sonntag\b"), "welt am sonntag"),
    (re.compile(r"\bBild\s+am\s+Sonntag\b"), "bild am sonntag"),
    (re.compile(r"\bNZZ\s+am\s+Sonntag\b"), "nzz am sonntag"),
    (
        re.compile(r"\bFrankfurter\s+Allgemeinen?\s+Sonntagszeitung\b"),
        "frankfurt allgemein sonntagszeit",
    ),
)
_KEYS = frozenset(key for _, key in EDITIONS)


def read_sunday_papers(*sides: Sequence[UnitFeatures]) -> None:
    """Give, in place, each Sunday paper the units of ``sides`` name as one name keyed
    by :data:`EDITIONS`, in place of the names read in its words ("Welt" of "der Welt am
    Sonntag")."""
    for side in sides:
        for f in side:
            found = _editions(f)
            if not found:
                continue
            kept = [n for n in f.names if not any(_overlap(n.span, e.span) for e in found)]
            f.names = sorted([*kept, *found], key=lambda n: n.span.start)


def editions_apart(keys: Iterable[str]) -> set[tuple[str, str]]:
    """(shorter key, Sunday paper's key) for each Sunday paper of ``keys`` and each other
    key whose words it holds: ("frankfurt allgemein", "frankfurt allgemein sonntagszeit"),
    ("bild", "bild am sonntag"): the daily is no short form of its Sunday paper."""
    keys = set(keys)
    out: set[tuple[str, str]] = set()
    for edition in keys & _KEYS:
        words = set(edition.split())
        out |= {(k, edition) for k in keys if k != edition and set(k.split()) < words}
    return out


def _editions(f: UnitFeatures) -> list[Mention]:
    text, base = f.unit.folded, f.unit.span.start
    return [
        Mention("name", key, Span(base + m.start(), base + m.end()), m.group())
        for pattern, key in EDITIONS
        for m in pattern.finditer(text)
    ]


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end
