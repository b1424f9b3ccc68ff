"""Tests of reader/ingest/closing_credits.py: an editor's initials alone, and a sentence
crediting the news services a story was written with."""

from __future__ import annotations

import pytest

from reader.ingest.bylines import is_writing_credit
from reader.ingest.closing_credits import is_credit_sentence, is_initials_credit


@pytest.mark.parametrize("line", ["mes", "(mes)", "mes/jk", "Text: mes", "kst"])
def test_an_editor_s_initials_alone_are_initials(line: str) -> None:
    assert is_initials_credit(line)


@pytest.mark.parametrize("line", ["Ja.", "Nein", "Ende.", "(mes", "Text: Anna Müller"])
def test_a_short_last_line_of_the_story_is_no_initials(line: str) -> None:
    assert not is_initials_credit(line)


CREDIT_SENTENCES = [
    "Este texto foi escrito com informações da Folhapress.",
    "This story includes reporting from Reuters.",
    "Dieser Artikel wurde mit Material der dpa erstellt.",
    "Cet article a été rédigé avec l'AFP.",
    "Este artículo se ha elaborado con información de EFE.",
    "Questo articolo è stato scritto con informazioni dell'ANSA.",
]


@pytest.mark.parametrize("line", CREDIT_SENTENCES)
def test_a_sentence_crediting_news_services_is_a_writing_credit(line: str) -> None:
    assert is_credit_sentence(line)
    assert is_writing_credit(line)


@pytest.mark.parametrize(
    "line",
    [
        "This story includes reporting from a woman who fled the town.",
        "Este texto foi lido por milhares de pessoas desde a manhã de terça-feira.",
        "The report was prepared with information from the Polícia Militar.",
        "This article was written with AFP in mind. It says more.",
        "Com informações da Polícia Militar, os moradores foram retirados.",
    ],
)
def test_a_sentence_naming_no_news_service_it_was_written_with_is_none(line: str) -> None:
    assert not is_credit_sentence(line)
