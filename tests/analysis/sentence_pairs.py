"""Two sentences as a linked pair: their features read as an article in a language
would read them, and the discrepancies found between them."""

from __future__ import annotations

from datetime import date

from reader.analysis.conflicts.discrepancies import conflicts
from reader.analysis.features import UnitFeatures, extract
from reader.analysis.figures.numerals import Writing
from reader.analysis.linking.word_forms import word_forms
from reader.analysis.mention import Mention
from reader.analysis.mentions import link_mentions
from reader.analysis.units import Unit
from reader.ingest.normalize import fold
from reader.model import Span


def feats(text: str, language: str | None = None) -> UnitFeatures:
    """``text``'s features as a sentence of an article in ``language`` (None: English),
    which writes its counts in words of that language ("dois", "Três") and decimals with a
    comma when it is not English."""
    unit = Unit(0, Span(0, len(text)), text, fold(text))
    return extract(unit, Writing(language is not None, language), word_forms(language))


def numbers(text: str, language: str | None = None) -> list[Mention]:
    """The figures of sentence ``text`` (in ``language``) read as numbers (no dates, years
    or times)."""
    return [m for m in feats(text, language).numbers if m.kind == "number"]


def sums(text: str, language: str | None = None) -> list[tuple[str, str, str]]:
    """Each figure of sentence ``text`` (in ``language``) as written, its value key and
    what it counts (a currency's code for a sum)."""
    return [(m.surface, m.key, m.unit_word) for m in numbers(text, language)]


def sentences_feats(*sentences: str) -> list[UnitFeatures]:
    """The features of ``sentences`` as English sentences of one article, in order, each
    one character after the one before."""
    out, start = [], 0
    for k, text in enumerate(sentences):
        out.append(extract(Unit(k, Span(start, start + len(text)), text, fold(text))))
        start += len(text) + 1
    return out


def dated(text: str, published: date | None) -> UnitFeatures:
    """``text``'s features as an English sentence of an article of date ``published``."""
    f = feats(text)
    f.published = published
    return f


def figure_labels(fa: UnitFeatures, fb: UnitFeatures) -> list[str]:
    """What each figure of sentence ``fa`` linked to one of ``fb`` is shown by."""
    return [m.label for m in link_mentions([fa], [fb], {0: [0]}, {0: [0]}) if m.kind == "number"]


def details(a: str, b: str, language: str | None = None) -> list[str]:
    """What the discrepancies between sentences ``a`` and ``b`` say."""
    return details_across(a, language, b, language)


def details_across(a: str, language_a: str | None, b: str, language_b: str | None) -> list[str]:
    """What the discrepancies between sentence ``a`` of an article in ``language_a`` and
    sentence ``b`` of one in ``language_b`` say (None: English)."""
    return [c.detail for c in conflicts(feats(a, language_a), feats(b, language_b))]


def shared_figures(a: str, b: str, language: str | None = None) -> list[tuple[str, str]]:
    """The figures of sentences ``a`` and ``b`` linked to each other, as written."""
    return _shared("number", a, b, language)


def shared_names(a: str, b: str, language: str | None = None) -> list[tuple[str, str]]:
    """The names of sentences ``a`` and ``b`` linked to each other, as written."""
    return _shared("entity", a, b, language)


def _shared(kind: str, a: str, b: str, language: str | None) -> list[tuple[str, str]]:
    links = link_mentions([feats(a, language)], [feats(b, language)], {0: [0]}, {0: [0]})
    return [(m.a.surface, m.b.surface) for m in links if m.kind == kind]


def only_conflict(a: str, b: str, language: str | None = None) -> tuple[str, str, bool]:
    """The one discrepancy between ``a`` and ``b``: its kind, what it says, and whether
    only a close link stands for it."""
    found = conflicts(feats(a, language), feats(b, language))
    assert len(found) == 1, [c.detail for c in found]
    return found[0].kind.value, found[0].detail, found[0].needs_close_link
