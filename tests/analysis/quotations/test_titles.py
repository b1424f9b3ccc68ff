"""Tests of reader/analysis/quotations/titles.py: a title in quote marks is no quotation."""

from __future__ import annotations

import pytest

from reader.analysis.quotations.titles import is_title, looks_like_title, named_work


@pytest.mark.parametrize(
    ("inner", "title"),
    [
        ("American Pie", True),
        ("New Moon,", True),
        ("X-Men: First Class", True),
        ("Frost/Nixon,", True),
        ("Lord of the Rings", True),
        ("Taradise", True),
        ("mutual assistance", False),  # someone's words
        ("breakthrough document", False),
        ("Thank you,", False),
        ("We Will Win.", False),  # a sentence, however capitalised
        ("The Hunger Games.", True),  # the sentence's full stop inside the marks
        ("X-Men Origins: Wolverine.", True),
        ("Relations Between Our Countries Have Risen To A New High Level", False),  # too long
        ("the future of Europe is at stake", False),
        # ECB+ 2_4ecb, 4_7ecb, 4_11ecbplus, 2_7ecbplus: a book's, a film's, an award's
        ("The Big Show: High Times and Dirty Dealings Backstage at the Academy Awards.", True),
        ("Bettie Page:\nThe Life of a Pinup Legend, ", True),
        ("Take Me Out to the Ball Game,", True),
        ("Outstanding Individual Performance in a Variety or Music Program.", True),
        ("We Will Never Forget What They Did For Our City", False),  # a sentence
        ("15 Most Wanted", True),  # ECB+ 3_4ecbplus: a list's name opening with a figure
        ("20 percent", False),
        ("100 percent professional,", False),
    ],
)
def test_titles_are_told_from_quotations(inner: str, title: bool) -> None:
    assert looks_like_title(inner) is title


def _at_quotation(sentence: str) -> tuple[str, int, str]:
    """``sentence``, the offset of its first quote mark, and the words inside the marks."""
    start = min(i for i in (sentence.find('"'), sentence.find("'")) if i >= 0)
    mark = sentence[start]
    end = sentence.index(mark, start + 1)
    return sentence, start, sentence[start + 1 : end]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        # ECB+ 11_1ecbplus: a law's title in small letters
        ("Last year a law 'On political parties' was adopted in Turkmenistan.", True),
        ('He starred in the film "Chasing the wind" in 2004.', True),
        ('She wrote the book "Why we are losing" last year.', True),
        ('The decree entitled "On state service" takes effect today.', True),
        # in small letters after such a noun: someone's words
        ('Critics said the bill "would destroy jobs" in the state.', False),
        # a programme or a show is spoken on and told
        ('He told the show "I am done with it" on Monday.', False),
        # no such noun before: capitalised words of a sentence are someone's
        ('She said "Why we are losing" is the question.', False),
    ],
)  # fmt: skip
def test_a_title_after_the_law_or_the_book_it_names_is_one_whatever_its_case(
    sentence: str, title: bool
) -> None:
    assert named_work(*_at_quotation(sentence)) is title


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ('Reid, who starred in "American Pie," called it a new start.', True),
        ('Reid called it "a new start" on Tuesday.', False),
        ("Last year a law 'On political parties' was adopted.", True),
        # tests/data/languages/de_a.txt: a noun the writer marks, after "einem"
        ("Putin sprach nach den Gesprächen von einem \"Durchbruchsdokument\".", False),
        ("Scholz nannte es eine \"Zeitenwende\".", False),
        ("Er sagte dem \"Spiegel\", das sei falsch.", True),  # a title, after "dem"
    ],
)  # fmt: skip
def test_a_quotation_is_a_title_by_its_words_or_the_work_named_before_it(
    sentence: str, title: bool
) -> None:
    assert is_title(*_at_quotation(sentence)) is title
