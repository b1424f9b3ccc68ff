"""Tests of reader/ingest/greetings.py: a live blog's greetings and sign-offs are dimmed
as boilerplate; a sentence that only starts like one is not."""

from __future__ import annotations

import pytest

from reader.ingest import document_from_text
from reader.ingest.boilerplate import boilerplate_spans
from reader.ingest.greetings import is_greeting
from reader.ingest.segment import paragraph_spans

GREETINGS = [
    "Good morning",
    "Good morning.",
    "Good evening from Hiroshima.",
    "Hello, everyone, and welcome back.",
    "Welcome to our live coverage",
    "Good morning and welcome to our live coverage of the budget.",
    "Thanks for following.",
    "Thank you for joining us this morning.",
    "That\u2019s all for today.",
    "That's it from us for now.",
    "We\u2019ll be back tomorrow.",
    "We'll be back tomorrow morning with more updates.",
    "This live blog is now closed.",
    "We're pausing our live coverage for now.",
]

# the same in German, French, Spanish, Italian and Portuguese
OTHER_GREETINGS = [
    "Guten Morgen und willkommen zu unserem Liveblog",
    "Herzlich willkommen in unserem Liveblog zum G7-Gipfel.",
    "Danke fürs Mitlesen!",
    "Dieser Liveblog ist nun beendet.",
    "Bonjour et bienvenue dans ce direct",
    "Bienvenue dans ce direct consacré à la tempête Ciarán.",
    "Merci de nous avoir suivis.",
    "Merci d\u2019avoir suivi ce direct.",
    "Ce direct est maintenant terminé.",
    "Buenos días y bienvenidos a nuestro directo",
    "Hola a todos y bienvenidos al directo.",
    "Gracias por seguirnos.",
    "Este directo ha finalizado.",
    "Buongiorno e benvenuti alla nostra diretta",
    "Grazie per averci seguito.",
    "La diretta si chiude qui.",
    "Bom dia e bem-vindos ao nosso direto",
    "Bem-vindos à nossa cobertura ao vivo das eleições.",
    "Obrigado por nos acompanhar.",
]

OTHER_FACTS = [
    "Guten Morgen, sagte der Kanzler, und eröffnete die Sitzung.",
    "Guten Morgen und willkommen zu unserem Liveblog zum Sturm, der große Teile Bayerns "
    "verwüstet hat.",
    "Bienvenue dans ce direct consacré à la tempête Ciarán, qui a fait trois morts en Bretagne.",
    "Bonjour tristesse est un roman de Françoise Sagan.",
    "Merci de nous avoir suivis, a dit le ministre aux journalistes.",
    "Hola, dijo el presidente al llegar.",
    "Willkommen in Deutschland war das Motto der Kampagne.",
]

FACTS = [
    "Good morning America reported that the talks had failed.",
    # the storm's disruption is a fact, whatever the greeting before it
    "Good morning and welcome to our live coverage of Storm Isha, which has brought "
    "disruption to large parts of the UK and Ireland.",
    "\u201cGood morning,\u201d the president said as he stepped off the plane.",
    "Thanks for following the rules, the mayor told residents.",
    "We'll be back in court on Monday, the union's lawyer said.",
    # a quotation's last words (3_1ecb: "... to spare my life. That's it.")
    "That's it.",
    "That\u2019s all. \u201d",
]


def _marked(text: str) -> list[str]:
    return [text[s.start : s.end] for s in boilerplate_spans(text, paragraph_spans(text))]


@pytest.mark.parametrize("line", GREETINGS)
def test_a_greeting_or_sign_off_is_one(line: str) -> None:
    assert is_greeting(line)


@pytest.mark.parametrize("line", FACTS)
def test_a_sentence_that_only_starts_like_one_is_not(line: str) -> None:
    assert not is_greeting(line)
    assert _marked(f"Talks\n{line}\n") == []


@pytest.mark.parametrize("line", OTHER_GREETINGS)
def test_a_greeting_or_sign_off_in_another_language_is_one(line: str) -> None:
    assert is_greeting(line)


@pytest.mark.parametrize("line", OTHER_FACTS)
def test_a_sentence_that_only_starts_like_one_in_another_language_is_not(line: str) -> None:
    assert not is_greeting(line)
    assert _marked(f"Talks\n{line}\n") == []


def test_a_greeting_line_is_dimmed() -> None:
    assert _marked("Storm Isha: live updates\nGood morning\nTrains are cancelled.\n") == [
        "Good morning"
    ]


def test_a_greeting_opening_a_paragraph_is_dimmed_and_the_rest_read() -> None:
    text = (
        "Budget: live updates\n"
        "Good morning. The chancellor delivers her first budget today, and it is expected "
        "to include the biggest tax rises in decades. Thanks for following!\n"
    )
    assert _marked(text) == ["Good morning.", "Thanks for following!"]
    doc = document_from_text(text)
    content = [doc.slice(s) for s in doc.content_sentences()]
    assert any(s.startswith("The chancellor delivers") for s in content)
    assert not any("Good morning" in s or "Thanks for following" in s for s in content)


def test_a_quotation_ending_with_that_s_it_keeps_its_words() -> None:
    text = (
        "Nichols speaks\n"
        "\u201cAnd I just wanted to say that I will not bring dishonor to the decision.\n"
        "That's it. \u201d\n"
    )
    assert _marked(text) == []
