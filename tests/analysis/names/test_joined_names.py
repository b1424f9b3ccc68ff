"""Tests of reader/analysis/names/joined_names.py: "Strauss-Kahn" is one name, "Kim-Putin" two,
"X-Men" one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from reader.analysis.features import UnitFeatures, extract
from reader.analysis.names.joined_names import join_split_names, whole_names
from reader.analysis.pipeline import align
from reader.analysis.quotations.quotes import find_quotations
from reader.analysis.units import document_units
from reader.ingest import load_document
from reader.ingest.normalize import fold
from reader.model import Document, MatchKind
from tests.analysis.name_keys import pair_keys

MakeDoc = Callable[[str], Document]
LANGUAGES = Path(__file__).resolve().parents[2] / "data" / "languages"


def features(doc: Document) -> list[UnitFeatures]:
    return [extract(u) for u in document_units(doc)]


def joined(doc: MakeDoc, text_a: str, text_b: str = "Nothing here.\n") -> list[list[str]]:
    fa, fb = features(doc(text_a)), features(doc(text_b))
    join_split_names(fa, fb)
    return [[m.surface for m in f.names] for f in fa]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dominique Strauss-Kahn spoke.", ["Dominique Strauss-Kahn"]),
        ("Catherine Zeta-Jones arrived.", ["Catherine Zeta-Jones"]),
        ("Jean-Claude Juncker arrived.", ["Jean-Claude Juncker"]),
        ("Jackman and his wife, Deborra-Lee Furness, came.", ["Jackman", "Deborra-Lee Furness"]),
        ("The X-Men Origins movie opened.", ["X-Men Origins"]),
        ("Jay-Z performed.", ["Jay-Z"]),
        ("On D-Day they landed.", ["D-Day"]),
    ],
)
def test_a_hyphen_between_capitalised_words_makes_one_name(
    doc: MakeDoc, text: str, expected: list[str]
) -> None:
    assert joined(doc, text) == [expected]


def test_two_names_used_alone_elsewhere_stay_apart(doc: MakeDoc) -> None:
    names = joined(doc, "The Kim-Putin summit ended.\n", "Kim Jong Un met Vladimir Putin.\n")
    assert names == [["Kim", "Putin"]]


def test_two_parts_of_one_nationality_join_though_used_alone(doc: MakeDoc) -> None:
    names = joined(doc, "The African-American vote rose.\n", "Many American voters came.\n")
    assert names == [["African-American"]]


def test_one_name_used_alone_in_the_same_article_keeps_them_apart(doc: MakeDoc) -> None:
    names = joined(doc, "Obama praised the team.\nThe Obama-Biden ticket won.\n")
    assert names[1] == ["Obama", "Biden"]


def test_the_joined_name_spans_both_parts(doc: MakeDoc) -> None:
    fa, fb = features(doc("Dominique Strauss-Kahn spoke.\n")), features(doc("Hi.\n"))
    join_split_names(fa, fb)
    (name,) = fa[0].names
    assert name.key == "dominique strauss kahn"
    start = fa[0].unit.span.start
    assert (name.span.start - start, name.span.end - start) == (0, len("Dominique Strauss-Kahn"))


def test_names_without_a_hyphen_are_untouched(doc: MakeDoc) -> None:
    text = "Kim Jong-un met Vladimir Putin in Pyongyang.\n"
    plain = [[m.surface for m in f.names] for f in features(doc(text))]
    assert joined(doc, text) == plain


def test_the_aligner_matches_the_whole_name(doc: MakeDoc) -> None:
    a = doc("IMF chief Dominique Strauss-Kahn warned of the crisis.\n")
    b = doc("Strauss-Kahn said the crisis could spread.\n")
    entities = [
        (a.text[m.a.start : m.a.end], b.text[m.b.start : m.b.end])
        for m in align(a, b).matches
        if m.kind is MatchKind.ENTITY
    ]
    assert entities == [("Dominique Strauss-Kahn", "Strauss-Kahn")]


def test_the_speaker_is_the_whole_name(doc: MakeDoc) -> None:
    a = doc('"Everyone must remain extremely vigilant," Strauss-Kahn said in an interview.\n')
    fa, fb = features(a), features(doc("Hi.\n"))
    join_split_names(fa, fb)
    (quote,) = find_quotations(a, [m for f in fa for m in f.names])
    assert quote.speaker == "Strauss-Kahn"


def test_entity_matches_read_a_prefixed_name_whole(doc: MakeDoc) -> None:
    a = doc("Ohio State fired coach Jim O'Brien in June.\n")
    b = doc("O'Brien was fired by Ohio State in June.\n")
    entities = {
        (a.text[m.a.start : m.a.end], b.text[m.b.start : m.b.end])
        for m in align(a, b).matches
        if m.kind is MatchKind.ENTITY
    }
    assert ("Jim O'Brien", "O'Brien") in entities
    assert not any("Brien" in (x, y) for x, y in entities)


@pytest.mark.parametrize(
    ("text_a", "text_b", "expected"),
    [
        (
            "Dominique Strauss-Kahn resigned.\n",
            "Dominique Strauss Kahn quit.\n",
            ["Dominique Strauss-Kahn"],
        ),
        ("Strauss-Kahn resigned.\n", "Strauss Kahn quit.\n", ["Strauss-Kahn"]),
        ("Al-Shabaab fighters fled.\n", "The Al Shabaab group fled.\n", ["Al-Shabaab"]),
    ],
)
def test_the_name_written_without_its_hyphen_elsewhere_still_joins(
    doc: MakeDoc, text_a: str, text_b: str, expected: list[str]
) -> None:
    assert joined(doc, text_a, text_b) == [expected]


def test_the_speaker_is_the_whole_name_the_other_article_writes_without_a_hyphen(
    doc: MakeDoc,
) -> None:
    a = doc('"I deny the allegations," Strauss-Kahn said in a letter.\n')
    b = doc("Dominique Strauss Kahn quit on Thursday.\n")
    assert [q.speaker for q in align(a, b).quotes_a] == ["Strauss-Kahn"]


def read_whole(doc: MakeDoc, text: str) -> list[str]:
    """The names of the article ``text``, read whole, as they are written."""
    d = doc(text)
    names = [m for f in features(d) for m in f.names]
    return [m.surface for m in whole_names(fold(d.text), names)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("President George W. Bush spoke.\n", ["George W. Bush"]),
        ("Red Sox owner John W. Henry agreed.\n", ["Red Sox", "John W. Henry"]),
        ("They chose Plan B. He left.\n", ["Plan B"]),
    ],
)
def test_whole_names_read_a_middle_initial_whole(
    doc: MakeDoc, text: str, expected: list[str]
) -> None:
    assert read_whole(doc, text) == expected


@pytest.mark.parametrize(
    ("text_a", "text_b", "expected"),
    [
        (
            "President George W. Bush spoke in Crawford.\n",
            "George Bush spoke at his ranch in Crawford.\n",
            {("George W. Bush", "George Bush"), ("Crawford", "Crawford")},
        ),
        # a name opening with its particle (name_particles.py)
        (
            "Osama bin Laden was killed in Abbottabad on Sunday.\n",
            "US forces killed bin Laden in Abbottabad on Sunday.\n",
            {("Osama bin Laden", "bin Laden"), ("Abbottabad", "Abbottabad")},
        ),
    ],
)
def test_entity_matches_read_a_cut_name_whole(
    doc: MakeDoc, text_a: str, text_b: str, expected: set[tuple[str, str]]
) -> None:
    a, b = doc(text_a), doc(text_b)
    entities = {
        (a.text[m.a.start : m.a.end], b.text[m.b.start : m.b.end])
        for m in align(a, b).matches
        if m.kind is MatchKind.ENTITY
    }
    assert entities == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Osama bin Laden was killed.\n", ["Osama bin Laden"]),
        ("Ludwig van Beethoven wrote it.\n", ["Ludwig van Beethoven"]),
        ("Ursula von der Leyen spoke.\n", ["Ursula von der Leyen"]),
        ("Charles de Gaulle died.\n", ["Charles de Gaulle"]),
        ("Leonardo da Vinci painted it.\n", ["Leonardo da Vinci"]),
        ("Abu Bakr al Baghdadi was killed.\n", ["Abu Bakr al Baghdadi"]),
        ("The match was at the Stade de Suisse in Bern.\n", ["Stade de Suisse", "Bern"]),
        # was "Manuel" and "Nascimento": Portuguese "do" (de + o) no particle
        ("Manuel do Nascimento spoke.\n", ["Manuel do Nascimento"]),
    ],
)
def test_whole_names_read_a_name_with_a_lowercase_particle_whole(
    doc: MakeDoc, text: str, expected: list[str]
) -> None:
    assert read_whole(doc, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The show Paris de jour opened.\n", ["Paris"]),
    ],
)
def test_a_particle_joins_only_capitalised_words_either_side(
    doc: MakeDoc, text: str, expected: list[str]
) -> None:
    assert read_whole(doc, text) == expected


@pytest.mark.parametrize(
    ("text_a", "text_b", "whole"),
    [
        (
            "President George W. Bush signed the farm bill at the White House on Monday.\n",
            "On Monday George W. Bush signed the farm bill in the White House.\n",
            "George W. Bush",
        ),
        (
            "Young Boys won at the Stade de Suisse in Bern on Sunday night.\n",
            "On Sunday night Young Boys won at the Stade de Suisse, Bern.\n",
            "Stade de Suisse",
        ),
        (  # a name opening with its particle (name_particles.py)
            "Troops loyal to al Assad shelled the suburbs of Damascus on Sunday.\n",
            "On Sunday troops loyal to al Assad shelled suburbs of Damascus.\n",
            "al Assad",
        ),
    ],
)
def test_a_claims_evidence_gives_a_cut_name_whole(
    doc: MakeDoc, text_a: str, text_b: str, whole: str
) -> None:
    claims = [m for m in align(doc(text_a), doc(text_b)).matches if m.kind is MatchKind.CLAIM]
    assert claims and whole in claims[0].evidence
    assert not any(e != whole and e in whole for e in claims[0].evidence)  # no cut part


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # tests/data/languages/fr_b.txt
        (
            "La cathédrale Notre-Dame de Paris a été en grande partie dévorée par les flammes "
            "lundi, un incendie qui a provoqué l'effondrement de la flèche et de la toiture.",
            "Notre-Dame de Paris",
        ),
        (
            "Les gendarmes ont évacué mardi la ZAD de Notre-Dame des Landes.",
            "Notre-Dame des Landes",
        ),
        ("La basilique Notre-Dame de la Garde domine Marseille.", "Notre-Dame de la Garde"),
        ("Fire gutted the roof of Notre-Dame de Paris on Monday evening.", "Notre-Dame de Paris"),
    ],
)
def test_a_hyphened_name_goes_on_after_a_particle(doc: MakeDoc, sentence: str, name: str) -> None:
    """One name in the features, not "Notre-Dame" and a place "Paris" of its own."""
    [names] = joined(doc, sentence)
    assert name in names


def test_the_cathedral_is_one_name_across_the_pair() -> None:
    """The French pair of tests/data/languages names "Notre-Dame de Paris" in both lead
    sentences: one key, shared (of stems: "notr dam de paris"); B, naming Paris nowhere
    else, has no "paris" read out of it."""
    a, b = (load_document(LANGUAGES / f"fr_{side}.txt") for side in "ab")
    keys_a, keys_b = pair_keys(a, b)
    assert "notr dam de paris" in keys_a & keys_b
    assert "paris" not in keys_b


# was ["Marsh", "Otterby"]: "Otterby" of her husband "Robert Otterby" kept the wire's
# "Marsh-Otterby died Sunday" apart, though the wire gives "Helene Marsh-Otterby"
def test_a_hyphened_surname_the_article_gives_whole_is_read_whole(doc: MakeDoc) -> None:
    names = joined(
        doc,
        "Helene Marsh-Otterby, the novelist, wrote it.\nMarsh-Otterby died Sunday.\n",
        "Her husband, Robert Otterby, died in 1990.\n",
    )
    assert names[1] == ["Marsh-Otterby"]


def test_names_joined_nowhere_whole_stay_apart(doc: MakeDoc) -> None:
    names = joined(doc, "Kim Jong Un spoke.\nThe Kim-Putin summit ended.\n")
    assert names[1] == ["Kim", "Putin"]


# were no entity match: the whole name keyed as written ("andré dos santos meireles"),
# the short one by its stems without accents ("andre meirel"); and "Vale do Souto" was
# "Vale" and "Souto" ("do" no particle)
PORTUGUESE_A = (
    "Incêndio em Montalvão da Serra\n"
    "O comandante André dos Santos Meireles disse que as chamas chegaram às casas de "
    "Vale do Souto durante a noite e que os bombeiros não conseguiram travar o fogo.\n"
)
PORTUGUESE_B = (
    "Fogo em Montalvão da Serra\n"
    "O comandante André Meireles disse que as chamas chegaram às casas de Vale do Souto "
    "durante a noite e que os bombeiros não conseguiram travar o fogo.\n"
)


@pytest.mark.parametrize(
    "pair",
    [("André dos Santos Meireles", "André Meireles"), ("Vale do Souto", "Vale do Souto")],
)
def test_a_portuguese_name_with_its_particles_matches_the_name_without_them(
    doc: MakeDoc, pair: tuple[str, str]
) -> None:
    a, b = doc(PORTUGUESE_A), doc(PORTUGUESE_B)
    entities = [
        (a.slice(m.a), b.slice(m.b)) for m in align(a, b).matches if m.kind is MatchKind.ENTITY
    ]
    assert pair in entities


# was one name over "van" (tests/data/pages/dijk_*: "Hendrik ter Horst van Waterschap
# Maasvallei"): Dutch's and German's "of" after a whole name, or before an acronym
DUTCH_OPENING = "Het water kwam van deur tot deur. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Toen sprak dijkgraaf Hendrik ter Horst van Waterschap Maasvallei.\n",
         ["Hendrik ter Horst", "Waterschap Maasvallei"]),
        ("Toen sprak minister Ruud Bakker van Infrastructuur.\n",
         ["Ruud Bakker", "Infrastructuur"]),
        ("Toen sprak woordvoerder Sanne van RWS.\n", ["Sanne", "RWS"]),
    ],
)  # fmt: skip
def test_van_after_a_whole_name_is_of(doc: MakeDoc, text: str, expected: list[str]) -> None:
    assert read_whole(doc, DUTCH_OPENING + text)[2:] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Toen sprak Anouk van der Meulen.\n", ["Anouk van der Meulen"]),
        ("Toen sprak Anna Maria van den Berg.\n", ["Anna Maria van den Berg"]),
        ("Het stuk is van Ludwig van Beethoven.\n", ["Ludwig van Beethoven"]),
    ],
)  # fmt: skip
def test_van_after_given_names_opens_the_surname(
    doc: MakeDoc, text: str, expected: list[str]
) -> None:
    assert read_whole(doc, DUTCH_OPENING + text)[2:] == expected


# was "Karin" and "Ekenstam": Swedish's noble "af" inside a name
def test_af_inside_a_swedish_name_joins_it(doc: MakeDoc) -> None:
    text = "Färjan gick på grund i går. Då talade vd Karin af Ekenstam.\n"
    assert read_whole(doc, text)[-1:] == ["Karin af Ekenstam"]
