"""Names in a pair written in a cased language other than English.

The sentence rules take a run of capitalised words for a name, which in English is
nearly right. Elsewhere it is not: a Russian, French or Spanish sentence opens with a
capitalised article, pronoun or title ("Президент России Владимир Путин", "Selon Kim
Jong-un", "El presidente"), and German capitalises every noun ("Der Vertrag sieht
gegenseitigen Beistand vor"), so that "Die", "Vertrag" and "Beistand" came out as names
matched across the articles. Russian also declines names ("Путин", "Путина").

For a side written in such a language, each name is read again against the pair:

- the word opening its sentence (or a quotation) is no part of the name when it is a
  function word or a title of that language, or when the pair writes it in small letters
  (compared by stem: "Визит" and "визитом");
- in German, a leading word is no name when the pair writes it as a noun: after an
  article ("der russische Präsident", "zum ersten Mal"), an adjective ("gegenseitigen
  Beistand") or a figure ("24 Jahren"); or when it is a title ("Bundeskanzler");
- a name made of two names the pair also uses on their own ("России" and "Владимир
  Путин"), or of an acronym and a name ("КНДР Ким Чен Ын"), is read as two;
- a name's key is made of its words' stems, so "Путина" and "Путин" are one name.

English pairs (and any side too short to tell its language) are left as they were.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from reader.analysis.features import UnitFeatures, name_key
from reader.analysis.languages import main_language, main_script
from reader.analysis.lexicon import (
    FOREIGN_FUNCTION_WORDS,
    FOREIGN_NUMBER_WORDS,
    FOREIGN_TITLES,
    GERMAN_NAMES_WITH_ARTICLE,
    GERMAN_TITLE_ENDINGS,
)
from reader.analysis.mention import Mention
from reader.analysis.relatedness import MODEL_LANGUAGE_WORDS, not_english
from reader.analysis.word_forms import STEMMERS, snowball
from reader.model import Span

# the languages whose names are read again: cased, with function words and titles listed
CASED = frozenset(
    {"German", "French", "Spanish", "Italian", "Portuguese", "Dutch"}
    | {"Cyrillic script", "Greek script"}
)
_TOKEN = re.compile(r"[^\W_]+(?:['\u2019-][^\W_]+)*|[^\w\s]")
_WORD_IN = re.compile(r"\S+")
# where a sentence or a quotation opens: the start, after an opening mark or a dash
_OPENING = re.compile(r"(?:^\W*|(?<![^\W\d_])[\"'(:]\s*|\s-\s)$")
_ADJECTIVE = re.compile(r"(?:isch|ig|lich|bar|sam|los|haft|end|ell|iv|al)(?:e|en|er|es|em)$")
_INFLECTED = re.compile(r"(?:e|en|er|es|em)$")
_GERMAN_DETERMINERS = frozenset(
    """
    der die das den dem des ein eine einen einem einer eines im am zum zur vom beim ins ans
    kein keine keinen keinem keiner dieser diese dieses diesen diesem jeder jede jedes
    jeden sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer unser unsere unseren
    welche welcher welches jene jener
    """.split()  # noqa: SIM905
)
ADJECTIVES_BETWEEN = 3  # small words, at most, between a German article and its noun
Stem = Callable[[str], str]


def refine_cased_names(*sides: Sequence[UnitFeatures]) -> None:
    """Read again, in place, the names of each side written in a cased language other
    than English (see the module's docstring)."""
    pair = language_of([f for side in sides for f in side])
    languages = [language_of(side, pair) for side in sides]
    foreign = [(side, lang) for side, lang in zip(sides, languages, strict=True) if lang]
    if not foreign:
        return
    units = [f for side, _ in foreign for f in side]
    for side, lang in foreign:
        stem = _stemmer(lang)
        small = _small_stems(units, stem)
        nouns = _german_nouns(units, stem) if lang == "German" else set()
        function = FOREIGN_FUNCTION_WORDS.get(lang, frozenset())
        for f in side:
            f.names = [
                m
                for n in f.names
                if (m := _trimmed(f, n, stem, small, nouns, function)) is not None
            ]
    alone = {n.key for f in units for n in f.names}
    for side, lang in foreign:
        stem = _stemmer(lang)
        for f in side:
            f.names = [part for n in f.names for part in _split(f, n, alone, stem)]


def language_of(side: Sequence[UnitFeatures], otherwise: str | None = None) -> str | None:
    """The cased language other than English ``side`` is written in, if any; when it is
    too short to tell (a brief), ``otherwise`` (the pair's)."""
    text = " ".join(f.unit.folded for f in side)
    language = not_english(text)
    unread = main_script(text) in (None, "Latin") and (
        main_language(text, minimum=MODEL_LANGUAGE_WORDS) is None
    )
    if language is None and unread:
        language = otherwise
    return language if language in CASED else None


def _stemmer(language: str) -> Stem:
    return _twice(STEMMERS[language])


@lru_cache(maxsize=16)
def _twice(algorithm: str) -> Stem:
    once = snowball(algorithm)

    @lru_cache(maxsize=65536)
    def stem(word: str) -> str:
        # twice: a declined name and its nominative meet ("Лаврова", "Лавров")
        return once(once(word.lower()))

    return stem


def _small_stems(units: Sequence[UnitFeatures], stem: Stem) -> set[str]:
    """The stems of the words the units write in small letters."""
    return {
        stem(w)
        for f in units
        for w in _TOKEN.findall(f.unit.folded)
        if w[0].islower() and (len(w) > 1 or w.isalpha())
    }


def _german_nouns(units: Sequence[UnitFeatures], stem: Stem) -> set[str]:
    """The stems of the capitalised words the units use as nouns: after an article (with
    up to ADJECTIVES_BETWEEN small words between, the last one inflected), an adjective or
    a figure (in digits or words: "24 Jahren", "drei Menschen")."""
    out: set[str] = set()
    for f in units:
        tokens = _TOKEN.findall(f.unit.folded)
        for i, w in enumerate(tokens):
            if not w[0].isupper() or w.isupper() or i == 0:
                continue
            before = tokens[i - 1]
            counted = before.isdigit() or before.lower() in FOREIGN_NUMBER_WORDS["German"]
            if counted or (before.islower() and _ADJECTIVE.search(before)):
                out.add(stem(w))
                continue
            for k in range(1, ADJECTIVES_BETWEEN + 2):
                if i - k < 0:
                    break
                word = tokens[i - k]
                if word.lower() in _GERMAN_DETERMINERS:
                    if k == 1 or _INFLECTED.search(before):
                        out.add(stem(w))
                    break
                if not word.islower():
                    break
    return out


def _is_title(word: str) -> bool:
    low = word.lower()
    return low in FOREIGN_TITLES


def _german_noun(word: str, stem: Stem, nouns: set[str]) -> bool:
    low = word.lower()
    if word.isupper() or low in GERMAN_NAMES_WITH_ARTICLE:
        return False
    return stem(word) in nouns or low.endswith(GERMAN_TITLE_ENDINGS)


def _trimmed(
    f: UnitFeatures,
    n: Mention,
    stem: Stem,
    small: set[str],
    nouns: set[str],
    function: frozenset[str],
) -> Mention | None:
    """``n`` without the words before it that name nothing, rekeyed by stems; None when
    none is left."""
    text, base = f.unit.folded, f.unit.span.start
    start = n.span.start - base
    words = [(start + m.start(), m.group()) for m in _WORD_IN.finditer(n.surface)]
    if _OPENING.search(text, 0, start) is not None:
        low = words[0][1].lower()
        if low in function or _is_title(low) or stem(low) in small:
            words = words[1:]
    while words and (_is_title(words[0][1]) or (nouns and _german_noun(words[0][1], stem, nouns))):
        words = words[1:]
    if not words:
        return None
    return _mention(f, words[0][0], n.span.end - base, stem)


def _mention(f: UnitFeatures, start: int, end: int, stem: Stem) -> Mention:
    """The name at ``start .. end`` of the unit's folded text, keyed by its words' stems."""
    surface = f.unit.folded[start:end]
    key = " ".join(stem(w) for w in name_key(surface).split())
    base = f.unit.span.start
    return Mention("name", key, Span(base + start, base + end), surface)


def _split(f: UnitFeatures, n: Mention, alone: set[str], stem: Stem) -> list[Mention]:
    """``n`` as two names when an acronym opens it ("КНДР Ким Чен Ын") or when it is made
    of two names the side uses on their own ("России" and "Владимир Путин")."""
    base = f.unit.span.start
    start = n.span.start - base
    words = [(start + m.start(), m.group()) for m in _WORD_IN.finditer(n.surface)]
    for k in range(1, len(words)):
        head = f.unit.folded[start : words[k - 1][0] + len(words[k - 1][1])]
        acronym = words[k - 1][1].isupper() and len(words[k - 1][1]) > 1
        first = _mention(f, start, start + len(head), stem)
        rest = _mention(f, words[k][0], n.span.end - base, stem)
        if (acronym and k == 1 and not words[k][1].isupper()) or (
            first.key in alone and rest.key in alone
        ):
            return [first, rest]
    return [n]
