"""Links resting on one thing two sentences share (reader.analysis.linking.lone_evidence):
a name, a name with the office both tell it with, or a word the story runs on."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from reader.analysis import align
from reader.analysis.conflicts.discrepancies import conflicts
from reader.analysis.linking.lone_evidence import (
    TOPIC_SENTENCES,
    only_a_name,
    only_a_topic_word,
    only_the_counted_noun,
    sentence_counts,
)
from reader.analysis.words.stems import stem
from reader.ingest import load_document
from reader.model import MatchKind
from tests.analysis.sentence_pairs import feats

INSURANCE = (
    "The town's insurance policy covers up to $3.2 million in damage to the building, Town"
    " Manager Rick Alvarez said."
)
WIRING = (
    "A plan to replace it had been put off twice for lack of money, said Rick Alvarez, the"
    " town manager."
)


def test_a_name_alone_is_only_a_name() -> None:
    fa = feats("Teixeira will be 29 in April.")
    fb = feats("Teixeira is a Maryland native.")
    assert only_a_name(fa, fb, ("Teixeira",))


def test_a_name_and_the_office_both_tell_it_with_is_only_a_name() -> None:
    assert only_a_name(feats(INSURANCE), feats(WIRING), ("Rick Alvarez", "manager", "town"))


def test_a_name_and_a_word_said_of_it_is_more() -> None:
    fa = feats("Town Manager Rick Alvarez said the library would reopen in March.")
    fb = feats("The library will reopen in the spring, said Rick Alvarez, the town manager.")
    assert not only_a_name(fa, fb, ("Rick Alvarez", "library", "reopen"))


def test_two_names_are_more_than_a_name() -> None:
    fa = feats("Craig Zadan and Neil Meron produce the show.")
    fb = feats("Producers Craig Zadan and Neil Meron said so.")
    assert not only_a_name(fa, fb, ("Craig Zadan", "Neil Meron"))


def _counts(word: str, a: int, b: int) -> tuple[Counter[str], Counter[str]]:
    return Counter({stem(word): a}), Counter({stem(word): b})


def test_a_word_many_sentences_of_both_articles_hold_is_only_the_story_s() -> None:
    fa = feats(INSURANCE)
    counts = _counts("town", TOPIC_SENTENCES, TOPIC_SENTENCES + 7)
    assert only_a_topic_word(fa, ("town",), counts)


def test_a_word_under_a_tenth_of_an_article_s_sentences_is_evidence() -> None:
    fa = feats("\"That's what the consultation process does.")
    counts = _counts("consultation", 3, 3)
    counts[0][""], counts[1][""] = 48, 40
    assert not only_a_topic_word(fa, ("consultation",), counts)


def test_a_word_few_sentences_of_one_article_hold_is_evidence() -> None:
    fa = feats("He did not say what Reid was being treated for.")
    counts = _counts("treated", 2, TOPIC_SENTENCES + 3)
    assert not only_a_topic_word(fa, ("treated",), counts)


def test_a_name_or_a_figure_is_no_topic_word() -> None:
    fa = feats("The Indian navy has captured 23 Somalian pirates.")
    many = (Counter({"23": 9, "navy": 9}), Counter({"23": 9, "navy": 9}))
    assert not only_a_topic_word(fa, ("23",), many)
    assert not only_a_topic_word(fa, ("Indian",), many)


def test_two_shared_words_are_more_than_the_story_s() -> None:
    fa = feats(INSURANCE)
    counts = _counts("town", 9, 9)
    assert not only_a_topic_word(fa, ("town", "building"), counts)


def test_sentence_counts_count_each_sentence_once_and_the_sentences() -> None:
    counts = sentence_counts([feats("The town, a small town."), feats("A town hall.")])
    assert (counts[stem("town")], counts[""]) == (2, 2)


def test_a_name_alone_still_links_two_sentences_of_another_language_on_words() -> None:
    """On words alone the name-alone gate reads English only: "Durchbruchsdokument"
    shares no stem with "Durchbruch", so "Putin" is all a reading of the German pair sees
    of two sentences telling one statement."""
    languages = Path(__file__).resolve().parents[2] / "data" / "languages"
    a, b = (load_document(languages / f"de_{side}.txt") for side in "ab")
    al = align(a, b, method="auto")
    linked = [(al.a.slice(m.a), al.b.slice(m.b)) for m in al.matches if m.kind is MatchKind.CLAIM]
    assert any(
        x.startswith("Putin sprach nach den Gesprächen") and y.startswith("Das Abkommen sei")
        for x, y in linked
    )


# was "Drie vs 1200 mensen" (tests/data/pages/dijk_*, linked by the sentence model): two
# counts of people in sentences that share nothing else
HOSPITAL = "Drie mensen werden met onderkoelingsverschijnselen naar het ziekenhuis gebracht."
EVACUATED = "Zo'n 1200 mensen moesten afgelopen weekend hun huis uit."


def test_counts_sharing_only_their_noun_are_no_fact_told_two_ways() -> None:
    fa = feats(HOSPITAL, "Dutch")
    (c,) = conflicts(fa, feats(EVACUATED, "Dutch"))
    assert only_the_counted_noun(fa, ("mensen",), c)


def test_counts_sharing_more_than_their_noun_are_compared() -> None:
    fa = feats(HOSPITAL, "Dutch")
    (c,) = conflicts(fa, feats(EVACUATED, "Dutch"))
    assert not only_the_counted_noun(fa, ("mensen", "huis"), c)


# tests/data/names/de_*: one count told two ways, in short sentences with nothing else
def test_close_counts_sharing_only_their_noun_are_compared() -> None:
    fa = feats("Rund 150 Einsatzkräfte waren vor Ort.", "German")
    (c,) = conflicts(fa, feats("Rund 200 Einsatzkräfte waren im Einsatz.", "German"))
    assert not only_the_counted_noun(fa, ("Einsatzkräfte",), c)
