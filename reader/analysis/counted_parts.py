"""Counts told in parts: "12 Somali and 11 Yemeni nationals" tells 23 people by
nationality, "two women and one man" three by sex. Against "23 Somalian pirates" or
"three women" the parts are the discrepancy, not one of their figures: the other article
counts the whole one way, this one splits it another."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from reader.analysis.cased_nationalities import (
    COMMON_NOUN_UNITS,
    NATIONALITY_UNITS,
    names_nationality,
)
from reader.analysis.features import UnitFeatures
from reader.analysis.lexicon import DEMONYMS, NATIONALITY_LANGUAGES, PERSON_NOUNS
from reader.analysis.mention import Mention
from reader.analysis.stems import stem
from reader.analysis.word_forms import STEMMERS, snowball
from reader.model import Span

# the word a figure counts, as written, after the figure: "12 Somali", "two other rifles"
_COUNTED = re.compile(r"\s+(?:(?:other|more)\s+)?([^\W\d_][\w'-]*)")
# kinds of people a group is told by besides nationality (stemmed, as counts' unit words)
_KINDS_OF_PEOPLE = frozenset(
    "man men woman women child children boy girl adult minor teenag civilian soldier".split()  # noqa: SIM905
)
# what joins two parts: "12 Somali and 11 Yemeni", "two women, one man", "12 Somaliens
# et 11 Yéménites", "12 Somalier und 11 Jemeniten"
_JOIN = re.compile(r"\s*(?:,\s*(?:(?:and|et|und|y|e)\s+)?|(?:and|et|und|y|e)\s+)")


def same_counted(a: str, b: str) -> bool:
    """Two counts' unit words name one thing: the same word, or one nationality written
    two ways ("somalian" and "somali")."""
    return _demonym(a) == _demonym(b)


def same_thing(a: str, b: str) -> bool:
    """Two unit words count the same thing: equal, or both people."""
    return a == b or (a in _PERSONS and b in _PERSONS)


def different_things(a: str, b: str) -> bool:
    """Two counts are known to count different things: both say what, and not alike."""
    return bool(a and b) and not same_thing(a, b)


def _demonym(word: str) -> str:
    if word.endswith("an") and word[:-2] in DEMONYMS:
        return word[:-2]
    return word


# nationalities as the stemmers of the six languages leave them, as a count's unit word
# is ("somalien" of "Somaliens", "keniat" of "keniatas", "brit" of "Briten")
_STEMMERS: tuple[Callable[[str], str], ...] = (
    stem,
    *(snowball(STEMMERS[lang]) for lang in NATIONALITY_LANGUAGES),
)
_NATIONALITY_STEMS = (
    frozenset(stem_word(d) for stem_word in _STEMMERS for d in DEMONYMS if " " not in d)
    - COMMON_NOUN_UNITS  # "12 poles" counts no people
) | NATIONALITY_UNITS  # "12 Poles" does

# what a count of people counts: "workers", "people", "Somalis" (stems, as unit words are)
_PERSONS = frozenset(stem(w) for w in PERSON_NOUNS) | _NATIONALITY_STEMS


def _nationality(unit_word: str) -> bool:
    if unit_word in COMMON_NOUN_UNITS:
        return False  # "12 afghans" (blankets)
    return _demonym(unit_word) in DEMONYMS or unit_word in _NATIONALITY_STEMS


_NOUN_PHRASE = re.compile(r"(?:\s*(?:,|and|or)?\s+[^\W\d_][\w'-]*){1,6}")
_WORD = re.compile(r"[^\W\d_][\w'-]*")


def _kinds_named(f: UnitFeatures, m: Mention) -> set[str]:
    """The nationalities and kinds of people a count names before what it counts: "23
    Somali and Yemeni pirates" names somali and yemeni."""
    end = m.span.end - f.unit.span.start
    phrase = _NOUN_PHRASE.match(f.unit.text, end)
    if phrase is None:
        return set()
    out = set()
    for word in _WORD.findall(phrase.group()):
        low = word.lower()
        kind = _demonym(low if low in DEMONYMS else stem(low))
        if names_nationality(word) or kind in _KINDS_OF_PEOPLE:
            out.add(kind)
        elif low not in ("and", "or"):
            break  # what is counted, or beyond it
    return out


def _value(m: Mention) -> float | None:
    if not m.key.startswith("num:"):
        return None
    try:
        return float(m.key[4:])
    except ValueError:
        return None


def _as_written_end(f: UnitFeatures, m: Mention, noun: bool = False) -> int:
    """Where the figure and the word it counts end, relative to the unit's text; with
    ``noun``, the word after that too (the noun after a kind: "747 plant species")."""
    end = m.span.end - f.unit.span.start
    counted = _COUNTED.match(f.unit.text, end)
    if counted is not None and noun:
        after = _COUNTED.match(f.unit.text, counted.end())
        return after.end() if after is not None else counted.end()
    return counted.end() if counted is not None else end


def _written(f: UnitFeatures, m: Mention) -> str:
    """The word after figure ``m`` as written, lower case ('' when none)."""
    counted = _COUNTED.match(f.unit.text, m.span.end - f.unit.span.start)
    return counted.group(1).lower() if counted is not None else ""


def _kind_of(f: UnitFeatures, m: Mention) -> bool:
    """Count ``m`` names only a kind of what a count after it counts: "1,247 animal" (a
    singular word after a figure above one, counted as its own noun), in English."""
    word = _written(f, m)
    value = _value(m)
    return (
        f.language is None
        and value is not None
        and value > 1
        and bool(word)
        and not word.endswith("s")
        and stem(word) == m.unit_word
        and not _a_part(m.unit_word)
    )


def _kind_then_noun(f: UnitFeatures, m: Mention) -> bool:
    """Count ``m`` names a kind, then the noun it counts ("747 plant species"), in
    English."""
    word = _written(f, m)
    return (
        f.language is None and bool(word) and stem(word) != m.unit_word and not _a_part(m.unit_word)
    )


def parts(f: UnitFeatures, m: Mention) -> list[Mention]:
    """The counts ``m`` is listed with in its sentence ("12 Somali and 11 Yemeni", "1,247
    animal and 747 plant species"), ``m`` among them, in reading order; ``[m]`` when it
    stands alone. Parts count different kinds of people, or name kinds of one noun
    before it: "two rifles and three rifles" is no list of parts, nor "31 magazines and
    923 rounds" (two things counted, not one group split)."""
    counts = sorted(
        (x for x in f.numbers if x.kind == "number" and x.unit_word and _value(x) is not None),
        key=lambda x: x.span.start,
    )
    if m not in counts:
        return [m]
    runs: list[list[Mention]] = []
    for x in counts:
        if runs:
            gap_from = _as_written_end(f, runs[-1][-1])
            gap_to = x.span.start - f.unit.span.start
            joined = _JOIN.fullmatch(f.unit.text, gap_from, gap_to) is not None
            kinds = {y.unit_word for y in runs[-1]}
            of_a_noun = all(_kind_of(f, y) for y in runs[-1]) and (
                _kind_of(f, x) or _kind_then_noun(f, x)
            )
            if joined and (_a_part(x.unit_word) or of_a_noun) and x.unit_word not in kinds:
                runs[-1].append(x)
                continue
        runs.append([x])
    run = next(run for run in runs if m in run)
    if len(run) > 1 and (_a_part(run[0].unit_word) or _kind_then_noun(f, run[-1])):
        return run
    return [m]


def _a_part(unit_word: str) -> bool:
    """A group of people may be told in parts of this kind: nationalities, sexes, ages."""
    return _nationality(unit_word) or unit_word in _KINDS_OF_PEOPLE


def whole_of_parts(f: UnitFeatures, listed: list[Mention]) -> Mention:
    """One mention standing for the parts ``listed``: their span and their words, the
    noun they are kinds of included ("1,247 animal and 747 plant species")."""
    start = listed[0].span.start
    noun = len(listed) > 1 and _kind_then_noun(f, listed[-1])
    end = f.unit.span.start + _as_written_end(f, listed[-1], noun)
    text = f.unit.text[start - f.unit.span.start : end - f.unit.span.start]
    return dataclasses.replace(listed[0], span=Span(start, end), surface=text)


@dataclasses.dataclass(frozen=True, slots=True)
class Split:
    """A whole counted on one side, told in parts on the other."""

    a: Mention  # the passages to mark: the whole or the parts, as each side tells it
    b: Mention
    detail: str  # "23 Somalian vs 12 Somali and 11 Yemeni"
    adds_up: bool  # the parts add up to the whole: one group counted two ways
    agrees: bool  # ... and the whole names the same parts, or none: no discrepancy


def told_in_parts(fa: UnitFeatures, na: Mention, fb: UnitFeatures, nb: Mention) -> Split | None:
    """When one side lists in parts what the other counts whole, the whole against all
    the parts; None when neither or both are told in parts."""
    for whole_f, whole, split_f, split in ((fa, na, fb, nb), (fb, nb, fa, na)):
        listed = parts(split_f, split)
        total = _value(whole)
        if len(listed) < 2 or len(parts(whole_f, whole)) > 1 or total is None:
            continue
        adds_up = sum(_value(x) or 0.0 for x in listed) == total
        told = whole_of_parts(whole_f, [whole])
        split_all = whole_of_parts(split_f, listed)
        a, b = (told, split_all) if whole is na else (split_all, told)
        # "23 Somali and Yemeni pirates" against "12 Somali and 11 Yemeni": the same
        # parts; "23 pirates" names none, which the parts adding up only tell more of
        named = _kinds_named(whole_f, whole)
        agrees = adds_up and (not named or {_demonym(x.unit_word) for x in listed} <= named)
        return Split(a, b, f"{a.surface} vs {b.surface}", adds_up, agrees)
    return None
