"""Tests of reader/session/match_wording.py: the words two matched passages word
differently, named as a diff tool shows them."""

from __future__ import annotations

from reader.session.match_wording import (
    SAME_WORDS,
    Change,
    Stretches,
    differing_stretches,
    wording_changes,
    wording_line,
)

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


# a court report and a wire story (tests/data/pages/court_*): the point of B's "U.S." was
# matched to A's full stop, parting B's words in two ("“U” only in B · “S. District Judge
# ...” only in B")
JUDGE_A = 'Judge Jane Doe told him: "You looked for people who trusted easily and took it all.'
JUDGE_B = (
    "“You looked for people who trusted easily and took it all,” U.S. District Judge Jane"
    " Doe told Smith."
)


def test_a_point_inside_an_abbreviation_keeps_the_words_around_it_one_stretch() -> None:
    assert wording_line(JUDGE_A, JUDGE_B) == (
        "Words differ: “Judge Jane Doe told him” only in A · "
        "“U.S. District Judge Jane Doe told Smith” only in B"
    )


def test_a_point_inside_an_abbreviation_is_one_stretch_whichever_side_has_it() -> None:
    assert wording_line(JUDGE_B, JUDGE_A) == (
        "Words differ: “Judge Jane Doe told him” only in B · "
        "“U.S. District Judge Jane Doe told Smith” only in A"
    )


def marked(a: str, b: str) -> tuple[list[str], list[str]]:
    """The words :func:`differing_stretches` marks in ``a`` and in ``b``."""
    found = differing_stretches(a, b)
    assert found is not None
    return [s.slice(a) for s in found.a], [s.slice(b) for s in found.b]


def test_the_stretches_lie_on_the_words_only_one_passage_has() -> None:
    assert marked(FULL_QUOTE, TRIMMED_QUOTE) == (["and we will do it together", "Mayor Ana"], [])


def test_a_changed_figure_is_marked_in_both_passages() -> None:
    a = "The floods killed at least 23 people in the town, officials said."
    b = "The floods killed at least 25 people in the town, officials said."
    assert marked(a, b) == (["23"], ["25"])


def test_the_stretches_are_found_in_the_passage_as_written_curly_quotes_and_spaces_too() -> None:
    a = "“We will rebuild,”\n  Mayor  Ruiz said."
    b = '"We will rebuild," Ruiz said.'
    assert marked(a, b) == (["Mayor"], [])


def test_passages_word_for_word_the_same_have_no_stretches() -> None:
    assert differing_stretches("“The water came,” he said.", '"The water came," he said.') == (
        Stretches((), ())
    )


def test_passages_told_in_other_words_have_none_to_mark() -> None:
    a = "Flash floods kill at least 23 in Mill Creek as Pecan River tops its banks"
    b = "Rescuers searched the banks of the Pecan River on Wednesday for dozens still missing."
    assert differing_stretches(a, b) is None


def test_where_only_a_has_words_b_has_a_place_between_the_words_it_keeps() -> None:
    b = '"We will rebuild," Ruiz said.'
    found = differing_stretches(FULL_QUOTE, b)
    assert found is not None
    assert [(p.at, p.said) for p in found.lacks_b] == [
        (b.index('" '), "“and we will do it together” only in A"),  # after the comma
        (b.index("Ruiz"), "“Mayor Ana” only in A"),
    ]
    assert found.lacks_a == ()


def test_where_only_b_has_a_word_a_has_a_place_before_the_next() -> None:
    found = differing_stretches("Ruiz said at least 40", "Mayor Ruiz said at least 40")
    assert found is not None
    assert [(p.at, p.said) for p in found.lacks_a] == [(0, "“Mayor” only in B")]
    assert found.lacks_b == ()


def test_a_changed_word_is_no_place_where_words_lack() -> None:
    found = differing_stretches("killed at least 23 people", "killed at least 25 people")
    assert found is not None
    assert found.lacks_a == found.lacks_b == ()


def test_a_point_inside_an_abbreviation_is_marked_with_its_words() -> None:
    found = differing_stretches(JUDGE_A, JUDGE_B)
    assert found is not None
    assert [s.slice(JUDGE_B) for s in found.b] == ["U.S. District Judge Jane Doe told Smith"]
    assert [lack.said for lack in found.lacks_a] == [
        "“U.S. District Judge Jane Doe told Smith” only in B"
    ]


def test_a_full_stop_where_the_other_quotation_goes_on_is_no_word_of_its_own() -> None:
    a = '"The offer on the table is fair and affordable."'
    b = '"The offer on the table is fair and affordable, and it is the best in the industry,"'
    assert wording_changes(a, b) == (Change("", "and it is the best in the industry"),)


def test_the_dashes_round_an_incise_of_dialogue_are_no_words() -> None:
    a = "«Sabían exactamente lo que buscaban."
    b = "—Sabían exactamente lo que buscaban —explicó la directora, Inés Valcárcel—."
    assert wording_changes(a, b) == (Change("", "explicó la directora, Inés Valcárcel"),)
    stretches = differing_stretches(a, b)
    assert stretches is not None
    assert [b[s.start : s.end] for s in stretches.b] == ["explicó la directora, Inés Valcárcel"]


# was "“Our” vs “our”": a quotation opening a sentence in one, run into one in the other
def test_a_capital_letter_alone_is_no_change_of_words() -> None:
    a = "“Our grid will run on clean power by 2035, and not a day later.”"
    b = "“our grid will run on clean power by 2030”"
    assert wording_changes(a, b) == (Change("2035, and not a day later", "2030"),)


def test_eastern_arabic_digits_are_the_same_words_as_western_ones() -> None:
    a = "وأكد المعهد أن مركز الزلزال كان على عمق ١٠ كيلومترات بقوة ٦٫٤ درجات."
    b = "وأكد المعهد أن مركز الزلزال كان على عمق 10 كيلومترات بقوة 6.4 درجات."
    assert wording_changes(a, b) == ()
    assert marked(a, b.replace("10", "18")) == (["١٠"], ["18"])


def test_each_side_figure_is_shown_as_written() -> None:
    a = "وقدرت الحكومة الأضرار الأولية بنحو ١٬٢٥٠ مليون درهم في ١٠ أيام."
    b = "وقدرت الحكومة الأضرار الأولية بنحو 1250 مليون درهم في 12 يوماً."
    assert wording_changes(a, b) == (Change("١٬٢٥٠", "1250"), Change("١٠ أيام", "12 يوماً"))
    assert wording_line(a, b) == "Words differ: “١٬٢٥٠” vs “1250” · “١٠ أيام” vs “12 يوماً”"
