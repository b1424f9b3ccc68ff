"""Minutes of a match that two linked sentences give one moment of play with different
values: "in the 23rd minute" vs "in the 27th minute", "a 78th-minute winner" vs "in the
80th minute", "on 56 minutes" vs "in the 58th minute".

A minute of play is an ordinal before "minute" ("23rd minute", "78th-minute winner",
"the third minute"), a figure after "on" before "minutes" (a British report's "levelled
on 56 minutes"), or a half's length and the minutes added ("90+3", "the 90+3rd minute").
An ordinal before "minute of stoppage time" (added, injury time) counts from the end of
a half: "the third minute of stoppage time" is the 48th, the 93rd, the 108th or the 123rd
minute, so it tells the 93rd minute's moment and contradicts only another minute of
stoppage time.

Two minutes compare when neither sentence gives the other's (a sentence telling a red
card in the 85th minute and a shot in the third of stoppage time against one telling the
shot in the 93rd), neither lies in a clause of another occasion ("since his goal in the
12th minute of the 2023 final"), and the two tell one act: their clauses share a word as
written ("took the lead", "the lead"), or the sentences open on one name ("Nuñez
scored ...", "Nuñez's 80th-minute winner ...") or share two ("Kestrel Bay ... Jonas
Müller", "Kestrel Bay ... Jonas Mueller"). Two goals of one match told in two closely
linked sentences share a team's name, rarely more. They stand only on a close link.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.analysis.conflicts.conflict import Conflict, told_value
from reader.analysis.features import UnitFeatures
from reader.analysis.mention import Mention
from reader.analysis.words.clauses import context_words, occasion_before
from reader.analysis.words.lexicon import ENGLISH_ORDINALS
from reader.lazy_regex import longest_first
from reader.model import DiscrepancyKind, Span

# the minute a half or a half of extra time ends, from which stoppage time counts
_HALF_ENDS = (45, 90, 105, 120)


@dataclass(frozen=True, slots=True)
class Minute:
    mention: Mention
    value: int
    added: bool = False  # a minute of stoppage time, counted from a half's end


def minutes(f: UnitFeatures) -> list[Minute]:
    """The minutes of play sentence ``f`` tells, in its order (English only)."""
    if f.language is not None:
        return []
    text, base = f.unit.folded, f.unit.span.start
    out: list[Minute] = []
    for m in _MINUTE.finditer(text):
        if m.group("half"):
            value = int(m.group("half")) + int(m.group("extra"))
        else:
            told = m.group("digits") or m.group("figure")
            value = int(told) if told else ENGLISH_ORDINALS[m.group("word").lower()]
        mention = Mention(
            "number", f"minute:{value}", Span(base + m.start(), base + m.end()), m.group()
        )
        out.append(Minute(mention, value, added=bool(m.group("added"))))
    return out


def minute_conflicts(fa: UnitFeatures, fb: UnitFeatures) -> list[Conflict]:
    """Minutes of play of one act with different values in ``fa`` and ``fb``."""
    in_a, in_b = minutes(fa), minutes(fb)
    out: list[Conflict] = []
    for ma in in_a:
        if any(_agree(ma, mb) for mb in in_b) or _elsewhere(fa, ma):
            continue
        for mb in in_b:
            if ma.added != mb.added or any(_agree(x, mb) for x in in_a) or _elsewhere(fb, mb):
                continue  # a minute of play is not told against one of stoppage time
            if _one_act(fa, ma, in_a, fb, mb, in_b):
                out.append(told_value(DiscrepancyKind.NUMBER, ma.mention, mb.mention))
    return out


def _agree(x: Minute, y: Minute) -> bool:
    """``x`` and ``y`` may tell one moment: the same minute, or a minute of stoppage time
    and the minute of the match it is after some half ("the 93rd minute", "the third
    minute of stoppage time")."""
    if x.added == y.added:
        return x.value == y.value
    played, added = (y, x) if x.added else (x, y)
    return played.value - added.value in _HALF_ENDS


def _one_act(
    fa: UnitFeatures,
    ma: Minute,
    in_a: list[Minute],
    fb: UnitFeatures,
    mb: Minute,
    in_b: list[Minute],
) -> bool:
    """``ma`` and ``mb`` are the minute of one act (see the module's docstring)."""
    if _clause_words(fa, ma, in_a) & _clause_words(fb, mb, in_b):
        return True
    opening_a, opening_b = (f.names[0].key if f.names else None for f in (fa, fb))
    if opening_a is not None and opening_a == opening_b:
        return True
    return len(fa.name_keys & fb.name_keys) >= 2


def _clause_words(f: UnitFeatures, m: Minute, others: list[Minute]) -> set[str]:
    """What the clause of ``m`` tells besides the minute, as written."""
    words = context_words(
        f, m.mention, [x.mention for x in others], by_days=False, exact=True, both_sides=True
    )
    return words - _MINUTE_WORDS


def _elsewhere(f: UnitFeatures, m: Minute) -> bool:
    return occasion_before(f, m.mention.span.start - f.unit.span.start)


_MINUTE_WORDS = frozenset(
    "minute minutes stoppage added injury time stoppage-time added-time injury-time".split()  # noqa: SIM905
)
_ORDINAL_WORDS = "|".join(longest_first(ENGLISH_ORDINALS))
_MINUTE = re.compile(
    r"(?<![\w+-])(?:"
    # "90+3", "the 90+3rd minute", "(45+2)"
    r"(?P<half>45|90|105|120)\s?\+\s?(?P<extra>\d{1,2})(?![\d+])(?:st|nd|rd|th)?"
    r"(?:[\s-]minutes?)?"
    # "the 23rd minute", "a 78th-minute winner", "the third minute of stoppage time"
    rf"|(?:(?P<digits>\d{{1,3}})(?:st|nd|rd|th)|(?P<word>{_ORDINAL_WORDS}))[\s-]minute\b"
    r"(?P<added>\s+of\s+(?:stoppage|added|injury)[\s-]time)?"
    # "levelled on 56 minutes"
    r"|(?<=\bon\s)(?P<figure>\d{1,3})\s+minutes\b"
    r")",
    re.IGNORECASE,
)
