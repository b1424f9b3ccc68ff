"""Counts of hundreds and thousands written in words, read as one figure: "two hundred",
"three hundred and twenty", "a hundred", "twelve hundred", "two thousand five hundred",
"deux cents", "cent vingt", "deux mille", "zweihundert", "hundertzwanzig",
"zweitausend", "doscientos", "ciento veinte", "dos mil", "duecento", "centoventi",
"duemila", "duzentos", "cento e vinte", "dois mil e quinhentos", "tweehonderd". Read word
by word, "two hundred soldiers" were two counts (2 and 100) and "zweihundert" none.

A hundred or a thousand told with no figure after "several", "a few", "einige",
"mehrere" ("several hundred soldiers") is an order of magnitude, as "hundreds" is: a
count that no other contradicts (``vague``). So is a thousand told loosely, an
indefinite large number ("Her hairstyle launched a thousand girls to slice off their
bangs", "like a thousand suns", "a thousand and one reasons": ``loose_thousand``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from reader.analysis.words.lexicon import FOREIGN_NUMBER_WORDS, NUMBER_WORDS
from reader.analysis.words.like_words import LOOSELY, like_reading
from reader.lazy_regex import LazyPattern, longest_first


@dataclass(frozen=True, slots=True)
class WordedNumber:
    """A count in words at ``text[start:end]`` of value ``value``; ``vague`` when told as
    an order of magnitude ("several hundred"), its value then that of the plural
    ("hundreds": 200)."""

    start: int
    end: int
    value: float
    vague: bool = False


@dataclass(frozen=True, slots=True)
class _Grammar:
    """How a language writes its hundreds and thousands: the words for 1 to 99 after a
    hundred (``tails``), those that multiply a hundred (``multipliers``), the hundred
    itself (a pattern), the hundreds written as one word (``wholes``: "doscientos"),
    the thousand (a pattern), what stands between the parts (``gap``: a space, a hyphen,
    nothing) and the conjunction that may join them (``join``: "and", "e", "und")."""

    tails: dict[str, int]
    multipliers: dict[str, int]
    hundred: str
    wholes: dict[str, int]
    thousand: str
    gap: str
    join: str


def _below_hundred(language: str) -> dict[str, int]:
    return {w: n for w, n in FOREIGN_NUMBER_WORDS[language].items() if n < 100}


@cache
def english_tails() -> dict[str, int]:
    """English's words for 1 to 99 ("seven", "twenty-three")."""
    ones = {w: n for w, n in NUMBER_WORDS.items() if 0 < n < 100 and not w.startswith("doz")}
    tens = {w: n for w, n in ones.items() if n >= 20}
    units = {w: n for w, n in ones.items() if n < 10}
    return ones | {f"{t}-{u}": n + m for t, n in tens.items() for u, m in units.items()}


def _wholes(words: str) -> dict[str, int]:
    """The hundreds written as one word, from 200 up ("doscientos/doscientas ...")."""
    return {w: 100 * k for k, forms in enumerate(words.split(), 2) for w in forms.split("/")}


def _digits(language: str, *more: tuple[str, int]) -> dict[str, int]:
    """``language``'s words for two to nine, and ``more``."""
    return {w: n for w, n in _below_hundred(language).items() if n < 10} | dict(more)


@cache
def _grammars() -> dict[str | None, _Grammar]:
    english = english_tails()
    return {
        None: _Grammar(
            english, english | {"a": 1}, "hundred", {}, "thousand", r"\s+", r"(?:and\s+)?"
        ),
        "French": _Grammar(
            _below_hundred("French"), _digits("French"), "cents?", {}, "mille", r"[\s-]+", ""
        ),
        "German": _Grammar(
            _below_hundred("German") | {"eins": 1, "ein": 1},
            _digits("German", ("ein", 1)),
            "hundert",
            {},
            "tausend",
            "",
            "(?:und)?",
        ),
        "Spanish": _Grammar(
            _below_hundred("Spanish") | {"uno": 1},
            {},
            "",
            {"cien": 100, "ciento": 100}
            | _wholes(
                """doscientos/doscientas trescientos/trescientas cuatrocientos/cuatrocientas
                quinientos/quinientas seiscientos/seiscientas setecientos/setecientas
                ochocientos/ochocientas novecientos/novecientas"""
            ),
            r"mil(?!\s+mill)",  # "mil millones" is a billion (reader.analysis.figures.numerals)
            r"\s+",
            "",
        ),
        # "centottanta", "centotto": the hundred's "o" elided before another
        "Italian": _Grammar(
            _below_hundred("Italian") | {"uno": 1},
            _digits("Italian"),
            "cent(?:o|(?=o))",
            {},
            r"mille|(?<=[^\W\d_])mila",  # "mila" after a multiplier only ("Mila" is a name)
            "",
            "",
        ),
        "Portuguese": _Grammar(
            _below_hundred("Portuguese") | {"um": 1, "uma": 1},
            {},
            "",
            {"cem": 100, "cento": 100}
            | _wholes(
                """duzentos/duzentas trezentos/trezentas quatrocentos/quatrocentas
                quinhentos/quinhentas seiscentos/seiscentas setecentos/setecentas
                oitocentos/oitocentas novecentos/novecentas"""
            ),
            r"mil(?!\s+milh)",  # "mil milhões" is a billion
            r"\s+",
            r"(?:e\s+)?",
        ),
        "Dutch": _Grammar(
            _below_hundred("Dutch") | {"een": 1, "één": 1},
            _digits("Dutch"),
            "honderd",
            {},
            "duizend",
            "",
            "(?:en)?",
        ),
    }


def _alternation(words: dict[str, int]) -> str:
    return "|".join(longest_first(map(re.escape, words))) or "(?!)"


@dataclass(frozen=True, slots=True)
class _Patterns:
    phrase: LazyPattern  # a whole count of hundreds or thousands
    small: LazyPattern  # a count below a thousand, its parts in groups
    thousand: LazyPattern  # a count of thousands, its parts in groups
    bare: LazyPattern  # a hundred or a thousand with nothing before it ("hundred")
    cue: LazyPattern  # a hundred or a thousand anywhere: the phrase is looked for
    loose: LazyPattern  # a thousand alone ("a thousand", "mille", "tausend", "mil")


@cache
def _patterns(language: str | None) -> _Patterns:
    g = _grammars()[language]
    tail, mult, whole = (_alternation(x) for x in (g.tails, g.multipliers, g.wholes))
    hundred = f"(?:(?:{mult}){g.gap})?(?:{g.hundred})" if g.hundred else "(?!)"
    hundreds = f"(?:{hundred}|(?:{whole}))"
    then = f"{g.gap}{g.join}"  # between a hundred or a thousand and what follows it
    small = f"(?:{hundreds}(?:{then}(?:{tail}))?|(?:{tail}))"
    article = r"|a" if language is None else ""
    thousands = f"(?:(?:{small}{article}){g.gap})?(?:{g.thousand})"
    phrase = f"(?<![\\w-])(?:{thousands}(?:{then}{small})?|{hundreds}(?:{then}(?:{tail}))?)(?!\\w)"
    small_parts = (
        f"(?:(?:(?P<mult>{mult}){g.gap})?(?P<hundred>{g.hundred or '(?!)'})|(?P<whole>{whole}))"
        f"(?:{then}(?P<tail>{tail}))?|(?P<alone>{tail})"
    )
    thousand_parts = (
        f"(?:(?P<times>{small}{article}){g.gap})?(?:{g.thousand})(?:{then}(?P<rest>{small}))?"
    )
    return _Patterns(
        LazyPattern(phrase, re.IGNORECASE),
        LazyPattern(small_parts, re.IGNORECASE),
        LazyPattern(thousand_parts, re.IGNORECASE),
        LazyPattern(f"(?:{g.hundred or '(?!)'}|{g.thousand})", re.IGNORECASE),
        LazyPattern(f"{g.hundred or '(?!)'}|{g.thousand}|{whole}", re.IGNORECASE),
        LazyPattern(f"(?:a{g.gap}|ein{g.gap})?(?:{g.thousand})(?P<one>\\s+and\\s+one)?", re.I),
    )


# "several hundred", "a few thousand", "einige hundert", "mehrere Tausend": an order of
# magnitude
_VAGUE_BEFORE = LazyPattern(
    r"(?<!\w)(?:several|a\s+few|a\s+couple\s+of|few|many|einige|mehrere|ein\s+paar|wenige)\s+$",
    re.IGNORECASE,
)
# A thousand told loosely, an indefinite large number, not a count: in a likeness ("like
# a thousand suns", "as if a thousand people", "comme mille soleils", "wie tausend
# Sonnen", "como mil soles", "come mille soli"), after a verb of launching (the face
# "that launched a thousand ships": "Her hairstyle launched a thousand girls to slice off
# their bangs", "a lancé mille", "lanzó mil", "ha lanciato mille", "lançou mil"), before
# "and one" ("a thousand and one reasons", "les mille et une nuits", "las mil y una
# noches") or "times" ("a thousand times", "mille fois", "mil veces", "mille volte",
# "mil vezes"). "Nearly a thousand soldiers" is a count told as a bound
# (reader.analysis.figures.count_terms), "a thousand soldiers were deployed" a count, and so is
# a thousand after "wie", "come", "como" meaning "how" or "as many as"
# (reader.analysis.words.like_words: "Zeugen schilderten, wie tausend Menschen ...").
_LOOSE_BEFORE = LazyPattern(
    r"(?<!\w)(?:as\s+if|as\s+though|comme\s+si|als\s+ob|como\s+si"
    r"|come\s+se|launch(?:es|ed|ing)?|lanc(?:e|é|ée|ent|ait|er)|lanz(?:a|ó|ado|aron|ar)"
    r"|lanci(?:a|ò|ato|arono|are)|lanç(?:a|ou|ado|aram|ar))\s+$",
    re.IGNORECASE,
)
_LOOSE_AFTER = LazyPattern(
    r"\s+(?:(?:and|et|y|e|und)\s+(?:one|une?|una|uma|eine?)\b"
    r"|(?:times|fois|veces|volte|vezes)\b)",
    re.IGNORECASE,
)


def loose_thousand(text: str, start: int, end: int) -> bool:
    """The thousand at ``start .. end`` of ``text`` is told loosely, an indefinite large
    number: in a likeness, after a verb of launching, before "and one" or "times"."""
    before = text[max(0, start - 20) : start]
    return (
        _LOOSE_BEFORE.search(before) is not None
        or like_reading(text, start) == LOOSELY
        or _LOOSE_AFTER.match(text, end) is not None
    )


# "pour cent", "per cento", "por ciento", "por cento": a percentage, not a hundred
_PERCENT_BEFORE = LazyPattern(r"(?<!\w)(?:pour|per|por)\s+$", re.IGNORECASE)


def worded_numbers(text: str, language: str | None = None) -> list[WordedNumber]:
    """The counts of hundreds and thousands ``text`` writes in words, in English (None)
    or in ``language`` (one of FOREIGN_NUMBER_WORDS): each a figure."""
    if language not in _grammars():
        return []
    p = _patterns(language)
    out: list[WordedNumber] = []
    if p.cue.search(text) is None:  # most sentences: no phrase to look for
        return out
    for m in p.phrase.finditer(text):
        before = text[max(0, m.start() - 20) : m.start()]
        value = _value(p, m.group(), language)
        start = vague_start(text, m.start()) if p.bare.match(m.group()) else None
        if start is not None:
            out.append(WordedNumber(start, m.end(), 2 * value, vague=True))
        elif (alone := p.loose.fullmatch(m.group())) and (
            alone.group("one") or loose_thousand(text, m.start(), m.end())
        ):
            out.append(WordedNumber(m.start(), m.end(), value, vague=True))
        elif language is None or _PERCENT_BEFORE.search(before) is None:
            out.append(WordedNumber(m.start(), m.end(), value))
    return out


def vague_start(text: str, start: int) -> int | None:
    """Where the words that make a hundred, a thousand or a dozen at ``start`` of
    ``text`` an order of magnitude start ("several hundred", "a few dozen"); None when
    none stand before it."""
    before = text[max(0, start - 20) : start]
    found = _VAGUE_BEFORE.search(before)
    return None if found is None else start - len(before) + found.start()


def _value(p: _Patterns, phrase: str, language: str | None) -> float:
    """The value of ``phrase``, a whole match of ``p.phrase``."""
    thousands = p.thousand.fullmatch(phrase)
    if thousands is None:
        return _small(p, phrase, language)
    times = thousands.group("times")
    rest = thousands.group("rest")
    factor = 1 if times is None or times.lower() == "a" else _small(p, times, language)
    return 1000 * factor + (_small(p, rest, language) if rest else 0)


def _small(p: _Patterns, words: str, language: str | None) -> int:
    """The value of ``words``, a count below a thousand."""
    g = _grammars()[language]
    m = p.small.fullmatch(words)
    if m is None:  # not reached: ``words`` was matched as such a count
        return 0
    if m.group("alone"):
        return g.tails[m.group("alone").lower()]
    if m.group("whole"):
        hundreds = g.wholes[m.group("whole").lower()]
    else:
        hundreds = 100 * (g.multipliers[m.group("mult").lower()] if m.group("mult") else 1)
    return hundreds + (g.tails[m.group("tail").lower()] if m.group("tail") else 0)
