"""Tests of reader/session/match_wording.py: the words two matched passages word
differently, named as a diff tool shows them."""

from __future__ import annotations

from reader.session.match_wording import SAME_WORDS, Change, wording_changes, wording_line

FULL_QUOTE = '"We will rebuild, and we will do it together," Mayor Ana Ruiz said.'
TRIMMED_QUOTE = '"We will rebuild," Ruiz said.'


def test_a_trimmed_quotation_names_the_words_one_article_left_out() -> None:
    whole, trimmed = '"We will rebuild, and we will do it together,"', '"We will rebuild,"'
    changes = wording_changes(whole, trimmed)
    assert changes == (Change("and we will do it together", ""),)


def test_a_name_s_title_and_given_name_dropped_is_named_with_the_quotation_s_cut() -> None:
    assert wording_line(FULL_QUOTE, TRIMMED_QUOTE) == (
        "Words differ: “and we will do it together” only in A · “Mayor Ana” only in A"
    )


def test_a_word_only_the_second_article_adds_is_said_to_be_in_b() -> None:
    a = "Ruiz said at least 40 people were still missing."
    b = "Mayor Ruiz said at least 40 people were still missing."
    assert wording_line(a, b) == "Words differ: “Mayor” only in B"


def test_a_figure_changed_reads_as_one_value_against_the_other() -> None:
    a = "The floods killed at least 23 people in the town, officials said."
    b = "The floods killed at least 25 people in the town, officials said."
    assert wording_line(a, b) == "Words differ: “23” vs “25”"


def test_two_passages_of_the_same_words_are_said_to_be_the_same() -> None:
    a = "“The water came up so fast,” Keller said."
    b = '"The water came up  so fast," Keller said.'  # straight quotes, a double space
    assert wording_line(a, b) == SAME_WORDS


def test_two_passages_told_in_other_words_get_no_word_by_word_account() -> None:
    a = "Flash floods kill at least 23 in Mill Creek as Pecan River tops its banks"
    b = (
        "Rescuers searched the banks of the Pecan River on Wednesday for dozens of people "
        "still missing after flash floods that killed at least 25 people in Mill Creek."
    )
    assert wording_changes(a, b) is None
    assert wording_line(a, b) == ""


def test_a_comma_moved_alone_is_no_change_of_words() -> None:
    assert wording_line("On Tuesday, the river rose.", "On Tuesday the river rose.") == SAME_WORDS
