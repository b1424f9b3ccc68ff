"""Counts told in parts: "12 Somali and 11 Yemeni nationals" tells 23 people by
nationality, "two women and one man" three by sex. Against "23 Somalian pirates" or
"three women" the parts are the discrepancy, not one of their figures: the other article
counts the whole one way, this one splits it another. Kinds of one noun are parts too:
"1,247 animal and 747 plant species", "1,247 animal species and 747 plant species", "1 247
espèces animales et 747 végétales" (the kind after the noun, said once, in French,
Spanish, Italian and Portuguese), "1.247 Tier- und 747 Pflanzenarten"."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from reader.analysis.features import UnitFeatures
from reader.analysis.figures.fates import toll_noun
from reader.analysis.figures.group_members import counts_one_noun
from reader.analysis.figures.person_kinds import ENGLISH_KIND_UNITS, counts_a_kind
from reader.analysis.linking.word_forms import STEMMERS, snowball, snowball_words, word_forms
from reader.analysis.mention import Mention
from reader.analysis.names.cased_nationalities import (
    COMMON_NOUN_UNITS,
    NATIONALITY_UNITS,
    common_noun_written,
)
from reader.analysis.words.lexicon import (
    DEMONYMS,
    NATIONALITY_LANGUAGES,
    PEOPLE_WORDS,
    PERSON_KINDS,
    PERSON_NOUNS,
)
from reader.analysis.words.stems import stem
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
    two ways ("somalian" and "somali"), or one noun hyphened and not ("sapeurs-pompiers"
    and "pompiers": reader.analysis.figures.hyphened_nouns)."""
    return _demonym(a) == _demonym(b) or counts_one_noun(a, b)


def same_thing(a: str, b: str) -> bool:
    """Two unit words count the same thing: one noun (hyphened or not), or both people."""
    return counts_one_noun(a, b) or (a in _PERSONS and b in _PERSONS)


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
_ONE_WORD_DEMONYMS = [d for d in DEMONYMS if " " not in d]
_NATIONALITY_STEMS = (
    frozenset(map(stem, _ONE_WORD_DEMONYMS)).union(
        *(snowball_words(STEMMERS[lang], _ONE_WORD_DEMONYMS) for lang in NATIONALITY_LANGUAGES)
    )
    - COMMON_NOUN_UNITS  # "12 poles" counts no people
) | NATIONALITY_UNITS  # "12 Poles" does

# nouns of people in general that a count in another language counts, besides its kinds
# of person (PERSON_KINDS): "3.500 Menschen", "1.200 Einsatzkräfte", "1.200 Helfer", "1200
# mensen" (as "1.200 inwoners"); and the suspects and prisoners English counts among its
# people (PERSON_NOUNS: "three people" / "three suspects"), "tres personas" / "tres
# sospechosos", "tres detenidos"
_PEOPLE_IN = {
    "German": "menschen personen leute helfer einsatzkräfte rettungskräfte anwohner retter "
    "verdächtige festgenommene häftlinge gefangene",
    "French": "personnes gens secouristes riverains sauveteurs suspects détenus prisonniers",
    "Spanish": "personas rescatistas socorristas vecinos sospechosos detenidos presos reclusos",
    "Dutch": "mensen personen hulpverleners reddingswerkers evacués verdachten gevangenen "
    "gedetineerden",
}
# what a count of people counts: "workers", "people", "Somalis", "miners", "Menschen",
# "Bewohner" (stems, as unit words are: each language's by its stemmer)
_PERSONS = (
    frozenset(stem(w) for w in PERSON_NOUNS)
    | _NATIONALITY_STEMS
    | ENGLISH_KIND_UNITS
    | frozenset(
        word_forms(language).stem(w)
        for language, kinds in PERSON_KINDS.items()
        if language != "English"
        for w in (*kinds, *_PEOPLE_IN.get(language, "").split())
    )
)


def names_people(unit_word: str) -> bool:
    """``unit_word`` (a count's) names people: "peopl", "worker", "somali", "mensch"."""
    return unit_word in _PERSONS


def _nationality(unit_word: str) -> bool:
    if unit_word in COMMON_NOUN_UNITS:
        return False  # "12 afghans" (blankets)
    return _demonym(unit_word) in DEMONYMS or unit_word in _NATIONALITY_STEMS


_NOUN_PHRASE = re.compile(r"(?:\s*,?\s+[^\W\d_][\w'-]*){1,6}")
# "and", "or" in the six languages, between the kinds a whole names
_JOINERS = frozenset("and or et ou und oder y o e ed".split())  # noqa: SIM905
_WORD = re.compile(r"[^\W\d_][\w'-]*")


def _kinds_named(f: UnitFeatures, m: Mention) -> tuple[set[str], int]:
    """The nationalities and kinds of people a count names before what it counts, or
    after it in the Romance languages: "23 Somali and Yemeni pirates" names somali and
    yemeni, "23 pirates somaliens et yéménites" somalien and yéménit (each kind as the
    six languages' stemmers leave it, as a count's unit word is); with where the last
    kind read after the noun ends, relative to the unit's text (else 0)."""
    end = m.span.end - f.unit.span.start
    phrase = _NOUN_PHRASE.match(f.unit.text, end)
    out: set[str] = set()
    kinds_end = 0
    for i, word in enumerate(_WORD.finditer(f.unit.text, end, phrase.end() if phrase else end)):
        low = word.group().lower()
        kind = _demonym(low if low in DEMONYMS else stem(low))
        if (kind in DEMONYMS and not common_noun_written(word.group())) or kind in _KINDS_OF_PEOPLE:
            out |= {kind, *(_demonym(stem_word(low)) for stem_word in _STEMMERS)}
            kinds_end = word.end() if f.language in _KIND_AFTER_NOUN and i > 0 else kinds_end
        elif low in _JOINERS or (i == 0 and f.language in _KIND_AFTER_NOUN):
            continue  # "and", or the noun before its kinds ("pirates somaliens")
        else:
            break  # what is counted, or beyond it
    return out, kinds_end


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
        and not _a_part(m.unit_word, f.language)
    )


def _kind_then_noun(f: UnitFeatures, m: Mention) -> bool:
    """Count ``m`` names a kind, then the noun it counts ("747 plant species"), in
    English."""
    word = _written(f, m)
    return (
        f.language is None
        and bool(word)
        and stem(word) != m.unit_word
        and not _a_part(m.unit_word, f.language)
    )


# the languages that put a kind after its noun and leave the noun out of the later parts
# ("1 247 espèces animales et 747 végétales", "1.247 especies animales y 747 vegetales",
# "1.247 specie animali e 747 vegetali", "1.247 espécies animais e 747 vegetais")
_KIND_AFTER_NOUN = frozenset({"French", "Spanish", "Italian", "Portuguese"})
# the ending two kinds of one noun share, told by adjectives of one form ("animales" and
# "végétales", "animali" and "vegetali", "animais" and "vegetais"); a shorter one ("-es",
# "-os") is any plural's ("5 coches quemados y 3 motos": two things)
_SHARED_ENDING = 3
_KIND = re.compile(r"\s+([^\W\d_][\w'-]*)")


# words that are neither a kind nor a noun after a figure: "two rifles and three"
_NO_KIND = frozenset(
    "and or of et ou de des du und oder von der die das y o del e ed di da do dos das".split()  # noqa: SIM905
)


def _two_words(f: UnitFeatures, m: Mention) -> tuple[str, str] | None:
    """The two words after figure ``m`` as written, lower case ("1,247 animal species":
    "animal", "species"); None when not two words."""
    first = _COUNTED.match(f.unit.text, m.span.end - f.unit.span.start)
    second = _KIND.match(f.unit.text, first.end()) if first is not None else None
    if first is None or second is None:
        return None
    return first.group(1).lower(), second.group(1).lower()


def _kind_alike(kind: str, word: str) -> bool:
    """``word``, said after a later figure, names another kind of the noun ``kind`` is
    said of: an adjective of the same form ("animales", "végétales"), or another
    nationality ("somaliens", "yéménites")."""
    if word == kind:
        return False
    if _nationality_word(kind) and _nationality_word(word):
        return True
    shared = next(
        (i for i, (a, b) in enumerate(zip(kind[::-1], word[::-1], strict=False)) if a != b),
        min(len(kind), len(word)),
    )
    return shared >= _SHARED_ENDING and word not in PEOPLE_WORDS and not toll_noun(word)


def _nationality_word(word: str) -> bool:
    return word in DEMONYMS or _nationality(stem(word))


def kinds_after_noun(f: UnitFeatures, listed: list[Mention]) -> bool:
    """Counts ``listed`` name kinds of the noun the first counts, each after it ("1 247
    espèces animales et 747 végétales", "12 pirates somaliens et 13 yéménites"), in
    French, Spanish, Italian and Portuguese."""
    first = _two_words(f, listed[0]) if len(listed) > 1 else None
    return (
        f.language in _KIND_AFTER_NOUN
        and first is not None
        and all(_kind_alike(first[1], _written(f, x)) for x in listed[1:])
    )


def kinds_with_noun(f: UnitFeatures, listed: list[Mention]) -> bool:
    """Counts ``listed`` each name a kind and the same noun, not of people ("1,247 animal
    species and 747 plant species", "1 247 espèces animales et 747 espèces végétales"):
    the kind before the noun in English and German, after it in the Romance languages."""
    words = [_two_words(f, x) for x in listed]
    if len(listed) < 2 or any(w is None for w in words):
        return False
    noun_at = 0 if f.language in _KIND_AFTER_NOUN else 1
    nouns = {w[noun_at] for w in words if w is not None}
    kinds = [w[1 - noun_at] for w in words if w is not None]
    noun = next(iter(nouns))
    return (
        len(nouns) == 1
        and len(set(kinds)) == len(kinds)
        and noun not in PEOPLE_WORDS
        and not same_thing(stem(noun), "peopl")
        and not ({noun, *kinds} & _NO_KIND)
        and not any(k in PEOPLE_WORDS or toll_noun(k) for k in kinds)
    )


def elided_compound(f: UnitFeatures, listed: list[Mention]) -> bool:
    """Counts ``listed`` name kinds of one German compound's head, said once at the end
    ("1.247 Tier- und 747 Pflanzenarten")."""
    words = [_written(f, x) for x in listed]
    return (
        f.language == "German"
        and len(words) > 1
        and all(len(w) > 1 and w.endswith("-") for w in words[:-1])
        and len(words[-1]) > 1
        and not words[-1].endswith("-")
    )


def compound_of(noun: str, unit_word: str) -> bool:
    """A count of ``unit_word`` counts what compound ``noun`` names, its head ("art" of
    "pflanzenart")."""
    return len(unit_word) >= _SHARED_ENDING and noun.endswith(unit_word)


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
        if runs and _joined(f, runs[-1], x):
            runs[-1].append(x)
        else:
            runs.append([x])
    run = next(run for run in runs if m in run)
    if len(run) > 1 and (
        _a_part(run[0].unit_word, f.language)
        or _kind_then_noun(f, run[-1])
        or kinds_after_noun(f, run)
        or kinds_with_noun(f, run)
        or elided_compound(f, run)
    ):
        return run
    return [m]


def _joined(f: UnitFeatures, run: list[Mention], x: Mention) -> bool:
    """Count ``x`` is listed after ``run`` as another part: joined to it by a comma or
    "and", and counting another kind of people, or another kind of one noun."""
    gaps_from = [_as_written_end(f, run[-1]), _as_written_end(f, run[-1], noun=True)]
    gap_to = x.span.start - f.unit.span.start
    # "espèces animales et", "animal species and"
    if not any(_JOIN.fullmatch(f.unit.text, start, gap_to) for start in gaps_from):
        return False
    of_a_noun = all(_kind_of(f, y) for y in run) and (_kind_of(f, x) or _kind_then_noun(f, x))
    listed = [*run, x]
    if kinds_with_noun(f, listed):
        return True
    return x.unit_word not in {y.unit_word for y in run} and (
        _a_part(x.unit_word, f.language)
        or of_a_noun
        or kinds_after_noun(f, listed)
        or elided_compound(f, listed)
    )


def _a_part(unit_word: str, language: str | None) -> bool:
    """A group of people may be told in parts of this kind: nationalities, sexes, ages,
    kinds of person in ``language`` ("12 workers and 2 firefighters":
    reader.analysis.figures.person_kinds)."""
    return (
        _nationality(unit_word)
        or unit_word in _KINDS_OF_PEOPLE
        or counts_a_kind(unit_word, language)
    )


def whole_of_parts(f: UnitFeatures, listed: list[Mention], kinds_end: int = 0) -> Mention:
    """One mention standing for the parts ``listed``: their span and their words, the
    noun they are kinds of included ("1,247 animal and 747 plant species"), or the kinds
    a whole names after its noun, up to ``kinds_end`` ("23 pirates somaliens")."""
    start = listed[0].span.start
    noun = len(listed) > 1 and (_kind_then_noun(f, listed[-1]) or kinds_with_noun(f, listed))
    end = f.unit.span.start + max(_as_written_end(f, listed[-1], noun), kinds_end)
    text = f.unit.text[start - f.unit.span.start : end - f.unit.span.start]
    return dataclasses.replace(listed[0], span=Span(start, end), surface=text)


def _part_kinds(f: UnitFeatures, listed: list[Mention]) -> list[set[str]]:
    """The kind each of parts ``listed`` names, as the six languages' stemmers may leave
    it: its unit word ("somali", "yéménit"), or for the first of kinds told after their
    noun, the kind after it ("12 pirates somaliens": somalien)."""
    out = [{_demonym(x.unit_word)} for x in listed]
    words = _two_words(f, listed[0])
    if words is not None and kinds_after_noun(f, listed):
        out[0] = {_demonym(stem_word(words[1])) for stem_word in _STEMMERS}
    return out


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
        named, kinds_end = _kinds_named(whole_f, whole)
        told = whole_of_parts(whole_f, [whole], kinds_end)
        split_all = whole_of_parts(split_f, listed)
        a, b = (told, split_all) if whole is na else (split_all, told)
        # "23 Somali and Yemeni pirates" against "12 Somali and 11 Yemeni": the same
        # parts; "23 pirates" names none, which the parts adding up only tell more of
        agrees = adds_up and (not named or all(k & named for k in _part_kinds(split_f, listed)))
        return Split(a, b, f"{a.surface} vs {b.surface}", adds_up, agrees)
    return None
