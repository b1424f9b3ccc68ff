"""What a pair of articles writes, which tells a common word opening a sentence from a name.

``opening_words`` reads a lone capitalised word opening a sentence against the pair as a
whole (``pair_words``): the words it writes in small letters and their stems, the words
that stand for a name it gives inside a sentence, its surnames, the words it names only
as a longer name's first word, the words it writes capitalised inside a sentence, and
the names of one word it gives in one sentence alone (a sentence two copies of a wire
story both print counted once). A sentence opens after its dateline, if any
(``opening_of``), and so does a quotation inside it (``opens``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from reader.analysis.features import UnitFeatures
from reader.analysis.mention import Mention
from reader.analysis.names.office_places import first_name
from reader.analysis.times.told_days import DATELINE_UNITS, dateline_end
from reader.analysis.words.headline_case import headline_case
from reader.analysis.words.quotation_openers import QUOTE_OPENS
from reader.analysis.words.stems import stem

__all__ = ["PairWords", "opening_of", "opens", "pair_words"]

_SMALL_WORD = re.compile(r"(?<![\w'\u2019-])[a-z][a-z'\u2019-]*")
_FIRST_WORD = re.compile(r"[\W_]*")


def pair_words(sides: Sequence[Sequence[UnitFeatures]]) -> PairWords:
    """What the pair of ``sides`` writes (see ``PairWords``)."""
    units = [f for side in sides for f in side]
    small = _small_words(units)
    inside, first_only = _named_inside(units)
    return PairWords(
        small,
        {stem(w) for w in small},
        inside,
        _surnames(sides),
        first_only,
        _capitalised_inside(units),
        _named_once(units),
    )


def _small_words(units: Sequence[UnitFeatures]) -> set[str]:
    """The words the ``units`` write in small letters, each also without its possessive's
    ending and, hyphened, without its hyphens: "pin-up" is "pinup" too, "pinup's" is
    "pinup" ("Pinup icon Bettie Page" and "the pinup's story", "a pin-up legend")."""
    out: set[str] = set()
    for f in units:
        for w in _SMALL_WORD.findall(f.unit.folded):
            low = w.lower()
            out.add(low)
            bare = _POSSESSIVE_END.sub("", low)
            out.add(bare)
            if "-" in bare:
                out.add(bare.replace("-", ""))
    return out


# a possessive's ending: "pinup's", "riots'"
_POSSESSIVE_END = re.compile(r"['\u2019]s?$")


def opening_of(f: UnitFeatures) -> int:
    """Where the first word of ``f``'s sentence starts, after its dateline if it opens
    with one ("MILL CREEK, Texas (AP) — Flash floods tore through")."""
    text = f.unit.folded
    dateline = dateline_end(f) if f.unit.index < DATELINE_UNITS else 0
    return _FIRST_WORD.match(text, dateline).end()  # type: ignore[union-attr]


def opens(text: str, start: int, opening: int) -> bool:
    """The word at ``start`` of ``text`` opens the sentence or a quotation inside it."""
    return start == opening or QUOTE_OPENS.search(text, 0, start) is not None


@dataclass(frozen=True, slots=True)
class PairWords:
    """What the pair writes: its words in small letters, their English stems, the words
    that may stand alone for a name it gives inside a sentence (not opening one), its
    surnames, those of the words standing for a name that it names only as a longer
    name's first word, the words it writes capitalised inside a sentence, and the names
    of one word it gives in one sentence alone (``_named_once``)."""

    small: set[str]
    small_stems: set[str]
    named_inside: set[str]
    surnames: set[str]
    first_only: set[str]
    capitalised: set[str]
    once: set[str]


def _named_inside(units: Sequence[UnitFeatures]) -> tuple[set[str], set[str]]:
    """The words that stand for a name the ``units`` give neither opening a sentence nor a
    quotation: the name itself when one word ("Nationals" of "the Nationals"), else its
    first and its last word ("Summit" of "Summit Entertainment", "Teixeira" of "Mark
    Teixeira"), not a word inside it ("Television" of "ABC Television Network"); and
    those of them that stand only as a longer name's first word ("Presidential" of "the
    Presidential Guard"; not "Interior" of "Department of Interior")."""
    firsts: set[str] = set()
    others: set[str] = set()
    for f in units:
        for n in _inside(f):
            words = n.key.split()
            if len(words) > 1:
                firsts.add(words[0])
            others.add(words[-1])
    return firsts | others, firsts - others


def _named_once(units: Sequence[UnitFeatures]) -> set[str]:
    """The names of one word the ``units`` give in one sentence only and in no longer
    name, a sentence both articles print word for word counted once: "forecasters" of
    "Forecasters said more rain was expected" in two copies of a wire story; not
    "peters" beside "Winston Peters", nor a word two sentences name."""
    sentences: dict[str, set[str]] = {}
    longer: set[str] = set()
    for f in units:
        for n in f.names:
            words = n.key.split()
            if len(words) > 1:
                longer.update(words)
            else:
                sentences.setdefault(n.key, set()).add(" ".join(f.unit.folded.split()))
    return {k for k, held in sentences.items() if len(held) == 1 and k not in longer}


# a capitalised word: "Interior", "Marine", "Coca-Cola"
_CAPITALISED_WORD = re.compile(r"(?<![\w'\u2019-])[A-Z][\w'\u2019-]*")


def _capitalised_inside(units: Sequence[UnitFeatures]) -> set[str]:
    """The words (in small letters, hyphened ones whole and in parts) the ``units`` write
    capitalised inside a sentence written in sentence case, neither opening it nor a
    quotation: "interior" of "Interior Secretary Dirk Kempthorne told", "marine" of "its
    Marine Commandos"."""
    out: set[str] = set()
    for f in units:
        text = f.unit.folded
        if headline_case(text):
            continue
        opening = opening_of(f)
        for m in _CAPITALISED_WORD.finditer(text):
            if not opens(text, m.start(), opening):
                low = _POSSESSIVE_END.sub("", m.group().lower())
                out.add(low)
                out.update(low.split("-"))
    return out


def _surnames(sides: Sequence[Sequence[UnitFeatures]]) -> set[str]:
    """The words an article of the pair names alone or after a given name inside a
    sentence written in sentence case, and never writes in small letters: "Teixeira" of
    "pursuers of Teixeira" and "Mark Teixeira", though a blog it is paired with writes
    "teixeira"."""
    out: set[str] = set()
    for side in sides:
        named: set[str] = set()
        for f in side:
            if headline_case(f.unit.folded):
                continue
            for n in _inside(f):
                words = n.key.split()
                if len(words) == 1 or first_name(n.surface.split()[0]):
                    named.add(words[-1])
        out |= named - _small_words(side)
    return out


def _inside(f: UnitFeatures) -> list[Mention]:
    """The names of ``f`` that open neither its sentence nor a quotation inside it."""
    text = f.unit.folded
    opening = opening_of(f)
    return [n for n in f.names if not opens(text, n.span.start - f.unit.span.start, opening)]
