"""What is read of each document of a pair apart from the similarities: its units'
features (headline names refined against the pair, the days they tell), its quotations
and its names read whole. The aligner reads it on another thread while the sentence
model embeds (``pair_analysis.analyse``)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reader.analysis.features import UnitFeatures, extract
from reader.analysis.figures.numerals import ENGLISH, Writing
from reader.analysis.figures.table_cells import read_table_cells
from reader.analysis.linking.word_forms import ENGLISH_FORMS, WordForms
from reader.analysis.names.ampersand_names import join_and_names
from reader.analysis.names.headlines import refine_headline_names
from reader.analysis.names.job_commas import drop_jobs_before_holders
from reader.analysis.names.joined_names import join_split_names, whole_names
from reader.analysis.names.languages import key_languages
from reader.analysis.names.marked_letters import key_marked_letters
from reader.analysis.names.nationality_leads import split_nationality_leads
from reader.analysis.names.nordic_bodies import join_nordic_bodies
from reader.analysis.names.office_holders import split_office_holders
from reader.analysis.names.short_forms import join_short_forms
from reader.analysis.names.sunday_papers import read_sunday_papers
from reader.analysis.names.transliterations import key_transliterations
from reader.analysis.names.turn_labels import drop_turn_labels
from reader.analysis.names.two_languages import key_across
from reader.analysis.names.untitled_names import spread_titled_names
from reader.analysis.progress import Cancelled, check
from reader.analysis.quotations.quotes import Quotation, find_quotations
from reader.analysis.times.month_days import month_days
from reader.analysis.times.told_days import borrowed_date, dateline_day, iso_date, told_days
from reader.analysis.units import Unit
from reader.analysis.words.opening_words import drop_common_openers
from reader.ingest.normalize import fold
from reader.model import Document

__all__ = ["Reading", "features", "reading"]


def features(
    units_a: Sequence[Unit],
    units_b: Sequence[Unit],
    is_cancelled: Cancelled | None,
    writing: tuple[Writing, Writing] = (ENGLISH, ENGLISH),
    forms: tuple[WordForms, WordForms] = (ENGLISH_FORMS, ENGLISH_FORMS),
) -> tuple[list[UnitFeatures], list[UnitFeatures]]:
    """Both documents' unit features, headline names refined against the pair;
    ``writing``: how each document writes figures ("3,5" for 3.5, "drei" for 3);
    ``forms``: how each stems its words (see reader.analysis.linking.word_forms)."""
    feats_a = [extract(u, writing[0], forms[0]) for u in units_a]
    check(is_cancelled)
    feats_b = [extract(u, writing[1], forms[1]) for u in units_b]
    read_table_cells(feats_a)  # "| Okafor | 41.6 |" under "(likely voters, %)": 41.6%
    read_table_cells(feats_b)
    spread_titled_names(feats_a, feats_b)  # "普京与金正恩签署了…": names read titled elsewhere
    refine_headline_names(feats_a, feats_b)
    split_nationality_leads(feats_a, feats_b)
    key_languages(feats_a, feats_b)
    join_nordic_bodies(feats_a, feats_b)  # "Statens haverikommission"
    join_split_names(feats_a, feats_b)
    join_and_names(feats_a, feats_b)  # "Marks and Spencer" is "Marks & Spencer"
    join_short_forms(feats_a, feats_b)
    drop_common_openers(feats_a, feats_b)
    split_office_holders(feats_a, feats_b)
    drop_jobs_before_holders(feats_a, feats_b)
    read_sunday_papers(feats_a, feats_b)
    key_across(feats_a, feats_b)
    key_marked_letters(feats_a, feats_b)
    key_transliterations(feats_a, feats_b)
    return feats_a, feats_b


@dataclass(frozen=True, slots=True)
class Reading:
    """What is read of each document apart from the similarities: its units' features
    (with the days they tell), its quotations, and its names read whole."""

    feats: tuple[list[UnitFeatures], list[UnitFeatures]]
    quotes: tuple[list[Quotation], list[Quotation]]
    shown: tuple[list[UnitFeatures], list[UnitFeatures]]


def reading(
    docs: tuple[Document, Document],
    units: tuple[Sequence[Unit], Sequence[Unit]],
    is_cancelled: Cancelled | None,
    writing: tuple[Writing, Writing],
    forms: tuple[WordForms, WordForms],
) -> Reading:
    feats_a, feats_b = features(units[0], units[1], is_cancelled, writing, forms)
    for feats, doc in ((feats_a, docs[0]), (feats_b, docs[1])):
        drop_turn_labels(feats, doc)  # "Lindqvist: We will ...": who speaks, no mention
        for f in feats:
            f.outlet = doc.source  # a dateline may spell it out (told_days.dateline_end)
    dated = iso_date(docs[0].date), iso_date(docs[1].date)
    _read_told_days(feats_a, dated[0] or _from_dateline(feats_a, dated[1]))
    _read_told_days(feats_b, dated[1] or _from_dateline(feats_b, dated[0]))
    check(is_cancelled)
    quotes = (
        find_quotations(docs[0], [m for f in feats_a for m in f.names]),
        find_quotations(docs[1], [m for f in feats_b for m in f.names]),
    )
    check(is_cancelled)
    shown = (_with_whole_names(feats_a, docs[0]), _with_whole_names(feats_b, docs[1]))
    return Reading((feats_a, feats_b), quotes, shown)


def _read_told_days(feats: Sequence[UnitFeatures], published: date | None) -> None:
    """Each unit's days told by the article's date, and that date, when it has one; a
    day of the month told without its month ("dia 8") a date, no figure."""
    if published is not None:
        for f in feats:
            dated = month_days(f, published)
            if dated:
                f.numbers = [
                    m for m in f.numbers if not any(d.span.contains(m.span) for d in dated)
                ]
            f.days = told_days(f, published) + dated
            f.published = published


def _from_dateline(feats: Sequence[UnitFeatures], other: date | None) -> date | None:
    """An undated article's date from its dateline's day ("Mumbai, Nov 11 -"), in the
    year of the other article's date when that makes the two within days of each other."""
    month_day = dateline_day(feats)
    if month_day is None or other is None:
        return None
    return borrowed_date(month_day, other)


def _with_whole_names(feats: Sequence[UnitFeatures], doc: Document) -> list[UnitFeatures]:
    """``feats`` with their names read whole for the reader ("Jim O'Brien", not "Jim O"
    and "Brien"): see ``joined_names``."""
    text = fold(doc.text)
    return [dataclasses.replace(f, names=whole_names(text, f.names)) for f in feats]
