"""A fact-checker's Italian pair (tests/data/pages/ponte_*): a national daily ("lavori da
3,2 mln", "una ventina di famiglie", "domenica 29 novembre", "alle 7.30", "un uomo di 54
anni", "Riproduzione riservata ©") and the town's paper ("oltre 3 milioni", "Ventuno
famiglie", "dal 29/11", "poco dopo le 7.30", "54enne", "racconta l'automobilista, Franco
Melis") on one invented viaduct closed after a crack was found, aligned by both methods:
the months of closure are the one real discrepancy; the rest, told in other words,
agrees."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.model import Alignment
from tests.italian_pages import read_figures, viaduct_alignment
from tests.page_pairs import figure_pairs, quoted, shown_discrepancies


@pytest.fixture(scope="module", params=["lexical", "semantic"])
def viaduct(request: pytest.FixtureRequest, data_dir: Path) -> Alignment:
    return viaduct_alignment(data_dir, request.param)


def test_the_months_of_closure_are_the_one_discrepancy(viaduct: Alignment) -> None:
    assert shown_discrepancies(viaduct)[0] == "tre vs sei mesi"


def test_the_rest_told_alike_is_at_odds_with_nothing(viaduct: Alignment) -> None:
    told = ("3,2", "3 milioni", "ventina", "Ventuno", "29", "7.30", "54", "420", "12")
    assert not [d for d in shown_discrepancies(viaduct) if any(f in d for f in told)]


# was no match: "ventina" no figure
def test_a_score_of_families_are_twenty_one(viaduct: Alignment) -> None:
    assert ("ventina", "Ventuno") in figure_pairs(viaduct)


# was "29 · 11", two counts: "il 29/11" no date
def test_the_day_in_figures_is_the_day_in_words(viaduct: Alignment) -> None:
    assert ("29 novembre", "29/11") in figure_pairs(viaduct)


# was "7" (a count) in B: "le 7.30" no time
def test_the_time_after_le_is_the_time_after_alle(viaduct: Alignment) -> None:
    assert ("7.30", "7.30") in figure_pairs(viaduct)


# was no match: "54enne" no age
def test_the_driver_s_age_agrees(viaduct: Alignment) -> None:
    assert ("di 54 anni", "54enne") in figure_pairs(viaduct)


# was 3.2 and 12: "mln" and "mila" no magnitude
def test_mln_and_mila_scale_their_figures(viaduct: Alignment) -> None:
    assert read_figures(viaduct, "a")["3,2 mln"] == "num:3.2e+06"
    assert read_figures(viaduct, "b")["12 mila"] == "num:12000"


# was "num:19": "alle ore 19" no time
def test_the_hour_after_ore_is_a_time(viaduct: Alignment) -> None:
    assert "time:19:00" in read_figures(viaduct, "a").values()


# was "Agenzia": "dell'" did not end the name after "ha spiegato l'ingegnere"
def test_the_engineer_s_words_are_his(viaduct: Alignment) -> None:
    assert ("«Le prime verifiche escludono ", "Paolo Sartini") in quoted(viaduct, "a")


# was "(no speaker named)": "racconta" no verb of saying
def test_the_driver_s_words_are_his(viaduct: Alignment) -> None:
    assert ("«Ho visto la crepa e mi sono f", "Franco Melis") in quoted(viaduct, "b")


# was a passage "only in A"
def test_the_copyright_line_is_no_part_of_the_story(viaduct: Alignment) -> None:
    doc = viaduct.a
    line = next(s for s in doc.sentences if doc.slice(s).startswith("Riproduzione"))
    assert doc.is_boilerplate(line)
