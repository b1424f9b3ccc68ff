"""A text too short for its function words to tell its language is told from its counts,
its common nouns and verbs (reader.analysis.words.brief_language, through
reader.analysis.linking.relatedness.pair_language): "Vier Menschen starben in Passau." is German;
no English sentence of the corpora is told another language, nor an English brief with a
German, French or Spanish title or name in it."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from reader.analysis.linking.relatedness import pair_language
from reader.analysis.linking.word_forms import side_forms
from reader.analysis.words.brief_language import brief_language

ECB = Path(__file__).resolve().parents[4] / "shared" / "corpora" / "ecbplus-dev"
PASSAU_A = "Vier Menschen starben in Passau."
PASSAU_B = "Drei Menschen starben in Passau."


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (PASSAU_A, "German"),
        (f"{PASSAU_A}\n{PASSAU_B}", "German"),
        ("Deux personnes sont mortes à Lyon.", "French"),
        ("Dos personas murieron en Toledo.", "Spanish"),
        ("Due persone sono morte a Milano.", "Italian"),
        ("Duas pessoas morreram em Lisboa.", "Portuguese"),
        ("Twee mensen kwamen om in Utrecht.", "Dutch"),
        # German nouns by their endings
        ("Regierung bestätigt Sicherheitspartnerschaft mit Kiew.", "German"),
    ],
)
def test_a_brief_with_one_function_word_is_told(text: str, language: str) -> None:
    assert pair_language(text) == language


@pytest.mark.parametrize(
    "text",
    [
        "Die Hard star Bruce Willis dies in Berlin.",
        "Das Boot director Wolfgang Petersen dies at 81.",
        "Der Spiegel reports on Merkel.",
        "Die Linke wins seats in Berlin vote.",
        "Mein Kampf sales rise in Germany.",
        "Tour de France ends in Paris.",
        "Copa del Rey final in Madrid.",
        "Sao Paulo and Rio de Janeiro flood.",
        "Real Madrid beat Barcelona in La Liga.",
        "Le Pen wins in Paris.",
        "The film team won.",
        "Committee Chairman Nick J. Rahall II (D-W.Va.), who",
    ],
)
def test_an_english_brief_with_foreign_names_stays_english(text: str) -> None:
    assert pair_language(text) is None


def test_one_word_of_another_language_tells_nothing() -> None:
    assert brief_language("Menschen in Passau.") is None


def test_the_two_sides_of_a_german_brief_pair_are_read_as_german() -> None:
    assert [f.language for f in side_forms(PASSAU_A, PASSAU_B)] == ["German", "German"]


def test_the_counts_of_a_german_brief_pair_disagree(tmp_path: Path) -> None:
    from reader.analysis import align
    from reader.ingest import load_document

    docs = []
    for side, text in (("a", PASSAU_A), ("b", PASSAU_B)):
        (tmp_path / f"{side}.txt").write_text(text + "\n", encoding="utf-8")
        docs.append(load_document(tmp_path / f"{side}.txt"))
    alignment = align(*docs, method="semantic")
    assert [d.detail for d in alignment.discrepancies] == ["Vier vs Drei"]


def _english_sentences() -> list[str]:
    out = []
    for path in sorted(ECB.glob("*/*.txt")):
        lines = [s.strip() for s in path.read_text(encoding="utf-8").splitlines()]
        out += [s for s in lines if sum(c.isalpha() for c in s) >= 20 and "http" not in s]
    return out


@pytest.mark.skipif(not ECB.is_dir(), reason="the ECB+ dev corpus is not there")
def test_no_english_sentence_of_the_corpus_is_told_another_language() -> None:
    sentences = _english_sentences()
    assert len(sentences) > 3000
    told = {s: pair_language(s) for s in sentences}
    told |= {f"{x}\n{y}": pair_language(f"{x}\n{y}") for x, y in itertools.pairwise(sentences)}
    assert {s: lang for s, lang in told.items() if lang is not None} == {}
