"""A quotation news continues over paragraphs: each paragraph opens with a mark, only the
last closes ("...first paragraph.<blank line>"And she showed up ..."); found one per
paragraph, each with the speaker."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.analysis.pipeline import align
from reader.model import Document, MatchKind
from tests.analysis.quotations.test_quotes import quotations

# (article, the quotation of each paragraph, the speaker)
CONTINUED = {
    "en": (
        "Shelter volunteer remembered\n\n"
        "Maria Lopez, her sister, said the family was stunned. "
        '"She was the first to arrive every morning and the last to leave at night.\n\n'
        '"And she showed up for everyone there."\n\n'
        "The shelter will hold a memorial on Friday.\n",
        [
            '"She was the first to arrive every morning and the last to leave at night.',
            '"And she showed up for everyone there."',
        ],
        "Maria Lopez",
    ),
    "fr": (
        "Hommage à une bénévole\n\n"
        "Marie Dupont a déclaré\u00a0: « Elle arrivait la première chaque matin et "
        "repartait la dernière le soir.\n\n"
        "« Et elle était là pour tout le monde. »\n\n"
        "Une cérémonie aura lieu vendredi au foyer.\n",
        [
            "« Elle arrivait la première chaque matin et repartait la dernière le soir.",
            "« Et elle était là pour tout le monde. »",
        ],
        "Marie Dupont",
    ),
    "de": (
        "Abschied von einer Helferin\n\n"
        "Maria Braun sagte: „Sie kam jeden Morgen als Erste und ging jeden Abend als "
        "Letzte.\n\n"
        "„Und sie war für alle da.“\n\n"
        "Am Freitag findet eine Gedenkfeier statt.\n",
        [
            "„Sie kam jeden Morgen als Erste und ging jeden Abend als Letzte.",
            "„Und sie war für alle da.“",
        ],
        "Maria Braun",
    ),
    # Spanish opens each paragraph after the first with a closing guillemet
    "es": (
        "Homenaje a una voluntaria\n\n"
        "María López dijo: «Llegaba la primera cada mañana y se iba la última por la "
        "noche.\n\n"
        "»Y estaba ahí para todos».\n\n"
        "El viernes habrá un acto en el albergue.\n",
        [
            "«Llegaba la primera cada mañana y se iba la última por la noche.",
            "»Y estaba ahí para todos»",
        ],
        "María López",
    ),
}


@pytest.mark.parametrize("lang", sorted(CONTINUED))
def test_a_quotation_continued_over_paragraphs_is_found_in_each(
    article_file: Callable[[str], Document], lang: str
) -> None:
    text, expected, _ = CONTINUED[lang]
    d = article_file(text)
    assert [d.slice(x.span) for x in quotations(d)] == expected


@pytest.mark.parametrize("lang", sorted(CONTINUED))
def test_each_paragraph_of_a_continued_quotation_has_the_speaker(
    article_file: Callable[[str], Document], lang: str
) -> None:
    text, _, speaker = CONTINUED[lang]
    assert [x.speaker for x in quotations(article_file(text))] == [speaker, speaker]


def test_a_middle_paragraph_of_a_continued_quotation_is_found(
    article_file: Callable[[str], Document],
) -> None:
    d = article_file(
        "Shelter volunteer remembered\n\n"
        '"She was the first to arrive every morning," said Maria Lopez, her sister. '
        '"She never missed a shift in twenty years.\n\n'
        '"She cooked for people nobody else would feed.\n\n'
        '"And she showed up for everyone there."\n'
    )
    found = quotations(d)
    assert [d.slice(x.span)[:16] for x in found] == [
        '"She was the fir',
        '"She never misse',
        '"She cooked for ',
        '"And she showed ',
    ]
    assert {x.speaker for x in found} == {"Maria Lopez"}


def test_a_stray_mark_is_not_paired_with_a_quotation_paragraphs_later(
    article_file: Callable[[str], Document],
) -> None:
    d = article_file(
        "Council vote delayed\n\n"
        'The so-called "reform package was voted on late on Tuesday.\n\n'
        "The mayor was absent from the meeting.\n\n"
        '"We will win this," Smith said.\n'
    )
    assert [d.slice(x.span) for x in quotations(d)] == ['"We will win this,"']


def test_a_mark_left_open_mid_sentence_does_not_go_on_into_a_quotation(
    article_file: Callable[[str], Document],
) -> None:
    # no sentence ends after the stray mark: no quoted paragraph ends there
    d = article_file(
        "Council vote delayed\n\n"
        'The so-called "reform package was voted on late on Tuesday\n\n'
        '"We will win this," Smith said.\n'
    )
    assert [d.slice(x.span) for x in quotations(d)] == ['"We will win this,"']


def test_a_paragraph_left_open_matches_the_other_articles_quotation(
    doc: Callable[[str], Document],
) -> None:
    text, _, _ = CONTINUED["en"]
    a = doc(text)
    b = doc(
        "Volunteer mourned\n\n"
        '"She was the first to arrive every morning and the last to leave at night," '
        "Maria Lopez told reporters.\n"
    )
    quotes = [m for m in align(a, b, method="lexical").matches if m.kind is MatchKind.QUOTE]
    assert [(a.slice(m.a)[:12], m.score) for m in quotes] == [('"She was the', 1.0)]
