"""One place for another in two sentences worded alike (reader.analysis.
substituted_places): the pairs it reports in six languages, the ones it leaves alone, and
the discrepancy the aligner makes of it."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.analysis import align
from reader.analysis.conflicts.substituted_places import substituted_place
from reader.analysis.features import UnitFeatures, extract
from reader.analysis.linking.word_forms import word_forms
from reader.analysis.units import Unit
from reader.ingest import load_document
from reader.ingest.normalize import fold
from reader.ingest.regions import is_region
from reader.model import DiscrepancyKind, Span

WOODBURN = "The fire broke out at a warehouse in Woodburn on Tuesday, the police said."
SALEM = WOODBURN.replace("Woodburn", "Salem")


def feats(text: str, language: str | None = None) -> UnitFeatures:
    return extract(Unit(0, Span(0, len(text)), text, fold(text)), forms=word_forms(language))


def names(*fs: UnitFeatures) -> set[str]:
    return {w for f in fs for n in f.names for w in n.key.split()}


def place(a: str, b: str, language: str | None = None, also_a: str = "") -> str | None:
    """The detail for sentences ``a`` and ``b`` of ``language``, A's article also
    naming what ``also_a`` names."""
    fa, fb = feats(a, language), feats(b, language)
    named_a = names(fa, feats(also_a or "x", language))
    found = substituted_place(fa, fb, named_a, names(fb))
    return None if found is None else found.detail


SUBSTITUTED = [
    (None, WOODBURN, SALEM, "Woodburn vs Salem"),
    # the same state after each
    (
        None,
        "A bomb exploded on Friday at a bank branch in Woodburn, Oregon, killing two officers.",
        "A bomb exploded on Friday at a bank branch in Salem, Oregon, killing two officers.",
        "Woodburn vs Salem",
    ),
    # places of two words, near and in the town of
    (
        None,
        "The talks were held in New York on Tuesday with both leaders present.",
        "The talks were held in Los Angeles on Tuesday with both leaders present.",
        "New York vs Los Angeles",
    ),
    (
        None,
        "The plane came down in a field near Lockerbie shortly after take-off.",
        "The plane came down in a field near Langholm shortly after take-off.",
        "Lockerbie vs Langholm",
    ),
    (
        None,
        "Two people died when the bus overturned in the town of Kenmare late on Sunday.",
        "Two people died when the bus overturned in the town of Killarney late on Sunday.",
        "Kenmare vs Killarney",
    ),
    # two countries
    (
        None,
        "The minister will travel to the summit, which opens in France next week.",
        "The minister will travel to the summit, which opens in Belgium next week.",
        "France vs Belgium",
    ),
    (
        "German",
        "Das Feuer brach am Dienstag in einer Lagerhalle in Woodburn aus, sagte die Polizei.",
        "Das Feuer brach am Dienstag in einer Lagerhalle in Salem aus, sagte die Polizei.",
        "Woodburn vs Salem",
    ),
    (
        "French",
        "Le feu a pris dans un entrepôt à Saint-Étienne mardi soir, selon les pompiers.",
        "Le feu a pris dans un entrepôt à Clermont-Ferrand mardi soir, selon les pompiers.",
        "Saint-Étienne vs Clermont-Ferrand",
    ),
    (
        "Spanish",
        "El incendio se declaró el martes en un almacén en Sevilla, según los bomberos.",
        "El incendio se declaró el martes en un almacén en Córdoba, según los bomberos.",
        "Sevilla vs Córdoba",
    ),
    (
        "Italian",
        "L'incendio è scoppiato martedì in un magazzino a Bergamo, secondo i vigili del fuoco.",
        "L'incendio è scoppiato martedì in un magazzino a Brescia, secondo i vigili del fuoco.",
        "Bergamo vs Brescia",
    ),
    (
        "Portuguese",
        "O incêndio começou na terça-feira num armazém em Braga, segundo os bombeiros.",
        "O incêndio começou na terça-feira num armazém em Coimbra, segundo os bombeiros.",
        "Braga vs Coimbra",
    ),
    # a given name before a word that closes places (ECB+ 4_5ecbplus): a place
    (
        None,
        "Williams died peacefully in her sleep Thursday in Beverly Hills, family spokesman "
        "Harlan Boll announced.",
        "Williams died peacefully in her sleep Thursday in Los Angeles, family spokesman "
        "Harlan Boll announced.",
        "Beverly Hills vs Los Angeles",
    ),
    # two such places, which reader.analysis.conflicts.substituted_names no longer takes for people
    (
        None,
        "Williams died peacefully in her sleep Thursday in Beverly Hills, family spokesman "
        "Harlan Boll announced.",
        "Williams died peacefully in her sleep Thursday in Ann Arbor, family spokesman "
        "Harlan Boll announced.",
        "Beverly Hills vs Ann Arbor",
    ),
]


@pytest.mark.parametrize(("language", "a", "b", "detail"), SUBSTITUTED)
def test_one_place_for_another_is_reported(
    language: str | None, a: str, b: str, detail: str
) -> None:
    assert place(a, b, language) == detail


LEFT_ALONE = [
    # a state and a town in it: of two sorts
    (WOODBURN.replace("Woodburn", "Oregon"), SALEM),
    # "in Woodburn, Oregon" against "in Salem": more than one place differs
    (WOODBURN.replace("Woodburn", "Woodburn, Oregon"), SALEM),
    # one place written two ways
    (WOODBURN, WOODBURN.replace("Woodburn", "Woodbern")),
    (
        "The talks were held in New York on Tuesday with both leaders present.",
        "The talks were held in New York City on Tuesday with both leaders present.",
    ),
    # languages, people, papers and agencies after "in" are no places
    (
        "He said in an interview published in French on Tuesday that he would stay.",
        "He said in an interview published in English on Tuesday that he would stay.",
    ),
    (
        "The decision was welcomed in Washington Post editorials on Tuesday morning.",
        "The decision was welcomed in New York Times editorials on Tuesday morning.",
    ),
    (
        "The plan was described in Jim Lynam's memoir, published in the spring.",
        "The plan was described in Tony DiLeo's memoir, published in the spring.",
    ),
    # no word of place before: "from X", "by X" tell who, not where
    (
        "The warehouse fire was reported by Woodburn on Tuesday, the police said.",
        "The warehouse fire was reported by Salem on Tuesday, the police said.",
    ),
    # the sentences differ in more than the place
    (WOODBURN, "A fire destroyed an empty barn in Salem late on Tuesday, neighbours said."),
]


@pytest.mark.parametrize(("a", "b"), LEFT_ALONE)
def test_no_substitution_is_reported(a: str, b: str) -> None:
    assert place(a, b) is None


def test_a_place_the_other_article_names_too_is_left_alone() -> None:
    """An article naming both may tell of two places involved."""
    assert place(WOODBURN, SALEM, also_a="Firefighters came from Salem to help.") is None


def test_sentences_of_two_languages_are_left_alone() -> None:
    fa, fb = feats(WOODBURN), feats(SALEM, "German")
    assert substituted_place(fa, fb, names(fa), names(fb)) is None


@pytest.mark.parametrize(
    ("key", "region"),
    [
        ("oregon", True),
        ("france", True),
        ("frankreich", True),
        ("southern california", True),
        ("salem", False),
        ("new york", False),
    ],
)
def test_regions_are_told_from_towns(key: str, region: bool) -> None:
    assert is_region(key) is region


def test_the_aligner_reports_it_as_a_name_discrepancy(tmp_path: Path) -> None:
    """Two copies of one wire story, edited apart."""
    said = "Marion County Sheriff Jason Myers said 14 firefighters fought the blaze."
    (tmp_path / "a.txt").write_text(f"Warehouse fire\n\n{WOODBURN} {said}\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"Fire\n\n{SALEM} {said}\n", encoding="utf-8")
    a, b = (load_document(tmp_path / f"{s}.txt") for s in "ab")
    al = align(a, b, method="lexical")
    [found] = [d for d in al.discrepancies if d.kind is DiscrepancyKind.NAME]
    assert found.detail == "Woodburn vs Salem"
    assert (a.text[found.a.start : found.a.end], b.text[found.b.start : found.b.end]) == (
        "Woodburn",
        "Salem",
    )
