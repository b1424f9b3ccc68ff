"""The office a sentence tells a name with (reader.analysis.names.name_offices): a title
right before the name or set off after it."""

from __future__ import annotations

from reader.analysis.features import UnitFeatures
from reader.analysis.mention import Mention
from reader.analysis.names.name_offices import office_stems, told_with_office
from reader.analysis.words.stems import stem
from tests.analysis.sentence_pairs import feats

BEFORE = (
    "The town's insurance policy covers up to $3.2 million in damage to the building, Town"
    " Manager Rick Alvarez said."
)
AFTER = (
    "A plan to replace it had been put off twice for lack of money, said Rick Alvarez, the"
    " town manager."
)


def _name(f: UnitFeatures, key: str) -> Mention:
    return next(m for m in f.names if m.key == key)


def test_a_title_before_a_name_is_its_office() -> None:
    f = feats(BEFORE)
    assert office_stems(f, _name(f, "rick alvarez")) == {stem("town"), stem("manager")}


def test_a_title_set_off_after_a_name_is_its_office() -> None:
    f = feats(AFTER)
    assert office_stems(f, _name(f, "rick alvarez")) == {stem("town"), stem("manager")}


def test_words_of_the_sentence_before_a_small_letter_office_are_not() -> None:
    f = feats("The plan was dropped, said deputy manager Rick Alvarez.")
    assert office_stems(f, _name(f, "rick alvarez")) == {stem("deputy"), stem("manager")}


def test_a_name_told_with_no_office_has_none() -> None:
    f = feats("Rick Alvarez said the town would rebuild the library.")
    assert office_stems(f, _name(f, "rick alvarez")) == frozenset()


def test_words_of_the_office_both_tell_the_name_with() -> None:
    fa, fb = feats(BEFORE), feats(AFTER)
    assert told_with_office(fa, fb, _name(fa, "rick alvarez"), ("manager", "town"))


def test_a_word_shared_outside_the_office_is_more_than_the_name() -> None:
    fa = feats("Rick Alvarez said the town would rebuild the library.")
    fb = feats(AFTER)
    assert not told_with_office(fa, fb, _name(fa, "rick alvarez"), ("town",))
