"""Quoted terms: words in quote marks nobody is named as saying, set apart from quotations.

The sentences are from the ECB+ articles and the seed pair."""

from __future__ import annotations

import pytest

from reader.analysis.quotations.quote_terms import is_term
from reader.ingest.load import document_from_text
from reader.model import Quoted, Span

CLOSING = {'"': '"', "\u2018": "\u2019", "\u201c": "\u201d"}


def quoted(text: str, opening: str, speaker: str | None = None) -> tuple[bool, str]:
    """Whether the quotation of ``text`` beginning ``opening`` (up to its closing mark)
    is a term, and the quotation."""
    doc = document_from_text(text)
    start = doc.text.index(opening)
    end = doc.text.index(CLOSING[opening[0]], start + 1) + 1
    found = Quoted(Span(start, end), speaker)
    return is_term(doc, found), doc.slice(found.span)


@pytest.mark.parametrize(
    ("text", "quotation"),
    [
        ('INS Mysore received a "distress call" over Channel 16.', '"distress call"'),
        (
            "It pledges \u2018mutual assistance\u2019 if either is attacked.",
            "\u2018mutual assistance\u2019",
        ),
        ('Demonstrators attacked what he called the "murder" of three workers.', '"murder"'),
        ('She described herself as "a social drinker."\nShe said no more.', '"a social drinker."'),
        (
            'Rice will ask the U.N. to authorize "all necessary measures" against pirates.',
            '"all necessary measures"',
        ),
        (
            'The police were ready.\n"Hot pursuit" empowers the navy to enter Somali waters.',
            '"Hot pursuit"',
        ),
    ],
)
def test_a_short_phrase_nobody_is_named_as_saying_is_a_term(text: str, quotation: str) -> None:
    term, shown = quoted(text, quotation)
    assert shown == quotation
    assert term


SAID = [
    # a short quotation opening its sentence, the attribution after it
    ('The juror left.\n"We were searching," Juror No. 12 said.', '"We were searching,"', None),
    ('It was late. "It was a mess," she said of the show.', '"It was a mess,"', None),
    # words someone is named as saying, however short
    ('White said he was "completely blindsided" by it.', '"completely blindsided"', "White"),
    # an utterance: a stop inside the words, or a cry
    ('Demonstrators chanting "thieves, thieves" broke through.', '"thieves, thieves"', None),
    ('Protesters pelted police, shouting "Thieves!" as they ran.', '"Thieves!"', None),
    # more than a few words
    ('It was "the worst show in the history of television" at once.', '"the worst show', None),
]


@pytest.mark.parametrize(("text", "quotation", "speaker"), SAID)
def test_a_quotation_said_is_no_term(text: str, quotation: str, speaker: str | None) -> None:
    term, shown = quoted(text, quotation, speaker)
    assert shown.startswith(quotation) and shown.endswith('"')
    assert not term
