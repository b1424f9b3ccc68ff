"""A toll an article recalls of an earlier occasion ("since 2016, when an explosion killed
five people", "A similar explosion in 2016 killed five", "Two years ago, a fire killed
five") against the event's toll ("Fourteen people were killed on Tuesday") is no
discrepancy; the event's own tolls, and two tolls of one earlier occasion, still are."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from reader.analysis import align
from reader.analysis.conflicts.discrepancies import conflicts
from reader.ingest import load_document
from reader.model import DiscrepancyKind, Document
from tests.analysis.sentence_pairs import details, feats

_LEAD_EN = (
    "Fourteen people were killed when a storage building exploded at a chemical plant in"
    " Ludwigshafen on Wednesday, March 4, authorities said."
)
_LEAD_DE = "Bei der Explosion im Werk in Ludwigshafen wurden am Dienstag 14 Menschen getötet."
_LEAD_FR = "L'explosion à l'usine de Ludwigshafen a tué 14 personnes mardi."
_LEAD_ES = "La explosión en la planta de Ludwigshafen mató a 14 personas el martes."


@pytest.mark.parametrize(
    ("a", "b", "language"),
    [
        # the fact-checker's pages (tests/data/pages), as the lexical method links them
        ("It was the deadliest industrial accident in Germany since 2016, when an explosion"
         " at the BASF plant in Ludwigshafen killed five people.", _LEAD_EN, None),
        ("In 2016, when a blast at the BASF plant in Ludwigshafen killed five people, the"
         " plant was closed.", _LEAD_EN, None),
        ("The last such blast at the plant in Ludwigshafen, in 2016, killed five people.",
         _LEAD_EN, None),
        ("A similar explosion at the plant in Ludwigshafen killed five people.", _LEAD_EN, None),
        ("A similar explosion at the plant in Ludwigshafen in 2016 killed five people.",
         "Fourteen people were killed in the explosion at the plant in Ludwigshafen.", None),
        ("Two years ago, a fire at the same plant in Ludwigshafen killed five people.",
         _LEAD_EN, None),
        ("Last year, an explosion at the plant in Ludwigshafen killed five people.",
         _LEAD_EN, None),
        ("In March 2021, a leak at the plant in Ludwigshafen killed two workers.", _LEAD_EN,
         None),
        ("A 2016 explosion at the plant in Ludwigshafen killed five people.", _LEAD_EN, None),
        ("An explosion at the BASF plant in Ludwigshafen killed five people in 2016.",
         _LEAD_EN, None),
        ("It was Germany's worst industrial accident since a 2016 blast at BASF, also in"
         " Ludwigshafen, killed five.", _LEAD_EN, None),
        ("Es war das schwerste Unglück seit 2016, als bei einer Explosion im BASF-Werk in"
         " Ludwigshafen fünf Menschen getötet wurden.", _LEAD_DE, "German"),
        ("Eine ähnliche Explosion im Werk in Ludwigshafen tötete fünf Menschen.", _LEAD_DE,
         "German"),
        ("Vor zwei Jahren tötete ein Brand im Werk in Ludwigshafen fünf Menschen.", _LEAD_DE,
         "German"),
        ("C'est l'accident le plus meurtrier depuis 2016, lorsqu'une explosion à l'usine BASF"
         " de Ludwigshafen a tué cinq personnes.", _LEAD_FR, "French"),
        ("Il y a deux ans, un incendie à l'usine de Ludwigshafen a tué cinq personnes.",
         _LEAD_FR, "French"),
        ("Une explosion similaire à l'usine de Ludwigshafen a tué cinq personnes.", _LEAD_FR,
         "French"),
        ("Fue el accidente más grave desde 2016, cuando una explosión en la planta de BASF en"
         " Ludwigshafen mató a cinco personas.", _LEAD_ES, "Spanish"),
        ("Hace dos años, un incendio en la planta de Ludwigshafen mató a cinco personas.",
         _LEAD_ES, "Spanish"),
        ("Una explosión similar en la planta de Ludwigshafen mató a cinco personas.", _LEAD_ES,
         "Spanish"),
    ],
)  # fmt: skip
def test_an_earlier_occasions_toll_is_no_discrepancy(a: str, b: str, language: str | None) -> None:
    assert details(a, b, language) == []


@pytest.mark.parametrize(
    ("a", "b", "language", "detail"),
    [
        ("Twelve people were killed on Tuesday when a storage building exploded at a chemical"
         " plant in Ludwigshafen.", _LEAD_EN, None, "Twelve vs Fourteen"),
        # the event's toll told with the occasion it is measured against
        ("The blast at the plant in Ludwigshafen, the deadliest since 2016, killed 12 people.",
         _LEAD_EN, None, "12 vs Fourteen"),
        ("The deadliest blast since 2016 killed 12 people at the plant in Ludwigshafen.",
         _LEAD_EN, None, "12 vs Fourteen"),
        ("The blast at the plant in Ludwigshafen killed 12 people, more than in 2016.",
         _LEAD_EN, None, "12 vs Fourteen"),
        ("On Tuesday, when the blast hit the plant in Ludwigshafen, it killed 12 people.",
         _LEAD_EN, None, "12 vs Fourteen"),
        # a relative clause between the subject and its verb tells no occasion of the toll
        ("The explosion, which happened in 2026 at the plant in Ludwigshafen, killed 12"
         " people.", _LEAD_EN, None, "12 vs Fourteen"),
        # two tolls of one earlier occasion
        ("It was the deadliest accident since 2016, when an explosion at the BASF plant in"
         " Ludwigshafen killed five people.", "A 2016 blast at the BASF plant in Ludwigshafen"
         " killed four people.", None, "five vs four"),
        # an occasion named with its year against the same one told with none
        ("The 2008 Mumbai attacks killed 166 people.", "The Mumbai attacks killed 173 people.",
         None, "166 vs 173"),
        ("Die Explosion im Werk in Ludwigshafen, die schwerste seit 2016, tötete 12 Menschen.",
         _LEAD_DE, "German", "12 vs 14"),
        ("L'explosion à l'usine de Ludwigshafen a tué 12 personnes mardi.", _LEAD_FR, "French",
         "12 vs 14"),
        ("La explosión en la planta de Ludwigshafen, la más grave desde 2016, mató a 12"
         " personas.", _LEAD_ES, "Spanish", "12 vs 14"),
    ],
)  # fmt: skip
def test_tolls_of_one_occasion_still_disagree(
    a: str, b: str, language: str | None, detail: str
) -> None:
    assert details(a, b, language) == [detail]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("In 2016, an explosion at the plant in Ludwigshafen killed five people.",
         "In 2019, an explosion at the plant in Ludwigshafen killed four people."),
        ("A 2016 explosion at the plant in Ludwigshafen killed five people.",
         "Four people were killed at the plant in Ludwigshafen on Tuesday."),
    ],
)  # fmt: skip
def test_tolls_of_two_told_times_are_not_compared(a: str, b: str) -> None:
    """Two years, or a past year against the article's own day, are two occasions (the
    two years may still disagree, as reader.analysis.conflicts.told_times reads them)."""
    assert "five vs four" not in details(a, b) and "five vs Four" not in details(a, b)


def test_the_pages_earlier_blast_is_not_read_against_the_events_toll(
    data_dir: Path, tmp_path: Path
) -> None:
    """The fact-checker's pages, A's lead's toll taken out: the lexical method links A's
    "since 2016, when an explosion ... killed five people" with B's lead; only the
    headline's "kills 12" is read against B's "Fourteen"."""
    pages = data_dir / "pages"
    page = (pages / "blast_rhine_courier.html").read_text(encoding="utf-8")
    a = tmp_path / "a.html"
    a.write_text(
        page.replace("killing 12 workers and injuring at least 40 others", "injuring workers"),
        encoding="utf-8",
    )
    b = load_document(pages / "blast_continental_wire.html")
    al = align(load_document(a), b, method="lexical")
    tolls = [d.detail for d in al.discrepancies if d.kind is DiscrepancyKind.NUMBER]
    assert tolls == ["12 vs Fourteen"]


_JUNE_3 = date(2026, 6, 3)  # a Wednesday
_TUESDAY_EN = "The floods in the valley killed 23 people on Tuesday."


def dated_details(
    a: str, b: str, language: str | None = None, dated: tuple[bool, bool] = (True, True)
) -> list[str]:
    """What the discrepancies between ``a`` and ``b`` say, each of an article of June 3,
    2026 as ``dated`` says (else of an article without a date)."""
    fa, fb = feats(a, language), feats(b, language)
    fa = replace(fa, published=_JUNE_3 if dated[0] else None)
    fb = replace(fb, published=_JUNE_3 if dated[1] else None)
    return [c.detail for c in conflicts(fa, fb)]


@pytest.mark.parametrize(
    ("a", "b", "language", "detail"),
    [
        ("The 2026 flood in the valley killed 25 people.", _TUESDAY_EN, None, "25 vs 23"),
        ("The 2026 floods in the valley killed 25 people.", "The floods in the valley"
         " killed 23 people.", None, "25 vs 23"),
        ("In June 2026, the floods in the valley killed 25 people.", _TUESDAY_EN, None,
         "25 vs 23"),
        ("This year's flood in the valley killed 25 people.", _TUESDAY_EN, None, "25 vs 23"),
        ("Das Hochwasser 2026 im Tal tötete 25 Menschen.", "Das Hochwasser im Tal tötete am"
         " Dienstag 23 Menschen.", "German", "25 vs 23"),
        ("Les inondations de 2026 dans la vallée ont tué 25 personnes.", "Les inondations"
         " dans la vallée ont tué 23 personnes mardi.", "French", "25 vs 23"),
        ("Las inundaciones de 2026 en el valle mataron a 25 personas.", "Las inundaciones"
         " en el valle mataron a 23 personas el martes.", "Spanish", "25 vs 23"),
    ],
)  # fmt: skip
def test_the_articles_own_year_is_the_events_time(
    a: str, b: str, language: str | None, detail: str
) -> None:
    """A year that is the article's own ("The 2026 flood" in an article of June 3, 2026)
    tells the reported event's time, not a past occasion: its toll is read against the
    other's told with a weekday or with no time."""
    assert dated_details(a, b, language) == [detail]


def test_the_own_year_against_the_same_year_of_an_undated_article_still_disagrees() -> None:
    """ "The 2026 flood" of a dated article and "the 2026 floods" of one without a date
    tell one year: their tolls are compared."""
    a, b = (
        "The 2026 flood in the valley killed 25 people.",
        "The 2026 floods in the valley killed 23 people.",
    )
    assert dated_details(a, b, dated=(True, False)) == ["25 vs 23"]


@pytest.mark.parametrize(
    ("a", "b", "language"),
    [
        # another occasion of the article's year
        ("A similar blast at the plant in Ludwigshafen in March 2026 killed two people.",
         "The blast at the plant in Ludwigshafen killed 12 people on Tuesday.", None),
        ("In March 2026, a blast at the plant in Ludwigshafen killed two people.",
         "The 2026 blast at the plant in Ludwigshafen killed 12 people.", None),
        ("Earlier this year, a blast at the plant in Ludwigshafen killed two people.",
         "The 2026 blast at the plant in Ludwigshafen killed 12 people.", None),
        ("Anfang des Jahres tötete eine Explosion im Werk in Ludwigshafen zwei Menschen.",
         "Die Explosion im Werk in Ludwigshafen tötete am Dienstag 12 Menschen.", "German"),
        ("Im März 2026 tötete ein Leck im Werk in Ludwigshafen zwei Arbeiter.",
         "Die Explosion im Werk in Ludwigshafen tötete am Dienstag 12 Arbeiter.", "German"),
        ("En mars 2026, une fuite à l'usine de Ludwigshafen a tué deux ouvriers.",
         "L'explosion à l'usine de Ludwigshafen a tué 12 ouvriers mardi.", "French"),
        ("En marzo de 2026, una fuga en la planta de Ludwigshafen mató a dos obreros.",
         "La explosión en la planta de Ludwigshafen mató a 12 obreros el martes.", "Spanish"),
        # a past year against the article's own
        ("In 2016, a blast at the plant in Ludwigshafen killed five people.",
         "The 2026 blast at the plant in Ludwigshafen killed 14 people.", None),
        ("The blast at the plant in Ludwigshafen, the deadliest this year, killed 12 people.",
         "In 2016, a blast at the plant in Ludwigshafen killed five people.", None),
        ("This year's flood in the valley killed 25 people.",
         "Two years ago, a flood in the valley killed 30 people.", None),
        ("Cette année, les inondations dans la vallée ont tué 25 personnes.",
         "Il y a deux ans, les inondations dans la vallée ont tué 30 personnes.", "French"),
        ("Este año, las inundaciones en el valle mataron a 25 personas.",
         "Hace dos años, las inundaciones en el valle mataron a 30 personas.", "Spanish"),
    ],
)  # fmt: skip
def test_another_occasion_than_the_own_years_is_no_discrepancy(
    a: str, b: str, language: str | None
) -> None:
    assert dated_details(a, b, language) == []


@pytest.mark.parametrize(
    "a",
    [
        "The 2026 flood in the valley killed 25 people.",  # a past year, as before
        "The 2024 flood in the valley killed 25 people.",  # not the article's year
    ],
)
def test_a_year_of_an_undated_article_or_another_is_past(a: str) -> None:
    """Without the article's date its years are past ones, as a year other than the
    article's is: their tolls are not read against one told with a weekday."""
    dated = a.startswith("The 2024")
    assert dated_details(a, _TUESDAY_EN, dated=(dated, dated)) == []


@pytest.mark.parametrize(
    ("b", "detail"),
    [
        ("The 2026 floods in the valley killed 23 people.", "25 vs 23"),
        ("Two years ago, a flood in the valley killed 30 people.", "25 vs 30"),
    ],
)
def test_this_year_of_an_article_without_a_date_tells_no_time(b: str, detail: str) -> None:
    """As before: which year "this year" is is not known, so its toll is still read
    against one told with a year, or with a past time."""
    a = "This year's flood in the valley killed 25 people."
    assert dated_details(a, b, dated=(False, False)) == [detail]


def test_the_documents_date_makes_its_year_its_own(doc: Callable[[str], Document]) -> None:
    a = replace(doc("The 2026 flood in the Ahr valley killed 25 people."), date="2026-06-03")
    b = replace(doc("The floods in the Ahr valley killed 23 people on Tuesday."), date="2026-06-03")
    found = [d.detail for d in align(a, b).discrepancies if d.kind is DiscrepancyKind.NUMBER]
    assert found == ["25 vs 23"]


def test_the_datelines_day_makes_its_year_its_own(doc: Callable[[str], Document]) -> None:
    """An article without a date but with a dateline's day is of that day in the other
    article's year."""
    a = doc(
        "BAD NEUENAHR, June 3 - Rescuers said that the 2026 flood in the Ahr valley killed"
        " 25 people."
    )
    b = replace(doc("The floods in the Ahr valley killed 23 people on Tuesday."), date="2026-06-03")
    found = [d.detail for d in align(a, b).discrepancies if d.kind is DiscrepancyKind.NUMBER]
    assert found == ["25 vs 23"]


def test_a_year_of_an_article_without_a_date_stays_past(doc: Callable[[str], Document]) -> None:
    a = doc("The 2026 flood in the Ahr valley killed 25 people.")
    b = replace(doc("The floods in the Ahr valley killed 23 people on Tuesday."), date="2026-06-03")
    assert [d.detail for d in align(a, b).discrepancies] == []
