"""A fact-checker's French pair (tests/data/pages/strike_*): a national daily and a
regional paper on one invented rail strike, the same figures told each paper's way ("un
TGV sur trois" / "33 % des TGV", "Deux trains Intercités sur cinq" / "40 % des
Intercités", "1,2 million" / "1 200 000", "jeudi 3 décembre" / "le 3/12", "dès 19h" / "À
partir de 19 heures", "à 10 h" / "à 10 heures"), the union leader's words in dialogue
dashes and in « guillemets », aligned by both methods: the strikers the company counted
(28,4 % / 38 %) are the one real discrepancy."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.analysis.linking.relatedness import told_language
from reader.model import Alignment, Document
from tests.french_pages import strike_alignment, strike_documents
from tests.page_pairs import figure_pairs, shown_discrepancies


@pytest.fixture(scope="module", params=["lexical", "semantic"])
def strike(request: pytest.FixtureRequest, data_dir: Path) -> Alignment:
    return strike_alignment(data_dir, request.param)


def _speakers(al: Alignment, doc: Document, words: str) -> list[str | None]:
    quotes = al.quotes_a if doc is al.a else al.quotes_b
    return [q.speaker for q in quotes if words in doc.slice(q.span)]


# was also "Deux vs quatre trains": two shares of 40% read as two counts of trains
def test_the_strikers_counted_are_the_one_discrepancy(strike: Alignment) -> None:
    assert shown_discrepancies(strike) == ["28,4 % vs 38 %"]


# was "trois · 3": the "3" of "le 3/12"
def test_one_train_in_three_is_a_third_of_the_trains(strike: Alignment) -> None:
    assert ("Un TGV sur trois", "33 %") in figure_pairs(strike)
    assert not [p for p in figure_pairs(strike) if p[0] == "trois"]


# were no match: a day and month in figures was no date
@pytest.mark.parametrize("pair", [("3 décembre", "3/12"), ("6 décembre", "6/12")])
def test_a_date_in_figures_is_the_date_in_words(strike: Alignment, pair: tuple[str, str]) -> None:
    assert pair in figure_pairs(strike)


# were no match: an hour alone was no time ("19h", "10 h", "19 heures", "10 heures")
@pytest.mark.parametrize(
    "pair", [("18 h 30", "18h30"), ("19h", "19 heures"), ("10 h", "10 heures")]
)
def test_a_time_agrees_however_written(strike: Alignment, pair: tuple[str, str]) -> None:
    assert pair in figure_pairs(strike)


def test_a_million_in_words_is_the_same_in_figures(strike: Alignment) -> None:
    assert ("1,2 million", "1 200 000") in figure_pairs(strike)


# was no quotation: the daily sets the union leader's words as dialogue
def test_a_line_of_dialogue_is_the_union_leader_s(strike: Alignment) -> None:
    assert _speakers(strike, strike.a, "Nous irons jusqu'au bout") == ["Yannick Lestrade"]


# was a quoted term, no one's: "lui" before "a répondu" was read as its subject
def test_words_answered_to_someone_are_the_answerer_s(strike: Alignment) -> None:
    assert _speakers(strike, strike.b, "Nous irons jusqu'au bout") == ["Yannick Lestrade"]


def test_the_union_leader_s_words_are_one_quotation_in_both(strike: Alignment) -> None:
    shared = [
        (strike.a.slice(m.a), strike.b.slice(m.b)) for m in strike.matches if m.kind.name == "QUOTE"
    ]
    assert ("— Nous irons jusqu'au bout,", "« Nous irons jusqu'au bout »") in shared


# was a sentence alone, "MONTCLARIN.", only in B
def test_the_regional_dateline_is_no_sentence_of_its_own(strike: Alignment) -> None:
    assert "MONTCLARIN." not in [strike.b.slice(s) for s in strike.b.sentences]


def test_the_french_sites_own_lines_are_boilerplate(data_dir: Path) -> None:
    for doc in strike_documents(data_dir):
        shown = [doc.slice(p) for p in doc.paragraphs if not doc.is_boilerplate(p)]
        told = " ".join(shown)
        for line in ("Lire aussi", "LIRE AUSSI", "Publicité", "Par ", "Publié le", "réservé"):
            assert not [p for p in shown if p.startswith(line)], line
        for banner in ("cookies", "Abonnez-vous", "Accueil", "Mentions légales"):
            assert banner not in told, banner


def test_both_pages_are_read_as_french(data_dir: Path) -> None:
    assert [told_language(doc.text) for doc in strike_documents(data_dir)] == ["French"] * 2


def test_each_page_is_named_by_its_outlet(strike: Alignment) -> None:
    assert (strike.a.source, strike.b.source) == ("L'Écho national", "Le Courrier de la Vérlange")
