"""Ordinals of one thing with different values in two linked sentences ("his third
title" vs "his fourth title"), in six languages; no alarm for ordinals of other things,
other acts, or a value the other sentence gives too."""

from __future__ import annotations

import pytest

from reader.analysis.conflicts.ordinals import ordinals
from reader.model import DiscrepancyKind
from tests.analysis.sentence_pairs import details, feats, only_conflict


@pytest.mark.parametrize(
    ("a", "b", "language", "detail"),
    [
        ("Federer won his third title at Wimbledon.",
         "Federer won his fourth title at Wimbledon.", None, "third vs fourth"),
        ("It was the second time he was arrested.", "It was the third time he was arrested.",
         None, "second vs third"),
        ("Police found the 12th victim on Monday.", "Police found the 13th victim on Monday.",
         None, "12th vs 13th"),
        ("He won his third straight title.", "He won his fourth straight title.", None,
         "third vs fourth"),
        ("C'est la troisième fois que le volcan entre en éruption.",
         "C'est la quatrième fois que le volcan entre en éruption.", "French",
         "troisième vs quatrième"),
        ("Der Vulkan brach zum dritten Mal aus.", "Der Vulkan brach zum vierten Mal aus.",
         "German", "dritten vs vierten"),
        ("Es la tercera vez que el volcán entra en erupción.",
         "Es la cuarta vez que el volcán entra en erupción.", "Spanish", "tercera vs cuarta"),
        ("È la terza volta che il vulcano erutta.", "È la quarta volta che il vulcano erutta.",
         "Italian", "terza vs quarta"),
        ("É a terceira vez que o vulcão entra em erupção.",
         "É a quarta vez que o vulcão entra em erupção.", "Portuguese",
         "terceira vs quarta"),
        # eleventh and twelfth, as French and German had them (lexicon.FOREIGN_ORDINALS)
        ("Es la undécima vez que el volcán entra en erupción.",
         "Es la duodécima vez que el volcán entra en erupción.", "Spanish",
         "undécima vs duodécima"),
        ("È l'undicesima volta che il vulcano erutta.",
         "È la dodicesima volta che il vulcano erutta.", "Italian",
         "undicesima vs dodicesima"),
        ("É a undécima vez que o vulcão entra em erupção.",
         "É a duodécima vez que o vulcão entra em erupção.", "Portuguese",
         "undécima vs duodécima"),
    ],
)  # fmt: skip
def test_one_thing_two_ordinals(a: str, b: str, language: str | None, detail: str) -> None:
    assert only_conflict(a, b, language) == (DiscrepancyKind.NUMBER.value, detail, True)


@pytest.mark.parametrize(
    ("a", "b", "language"),
    [
        # a sequel and its first film
        ("Weitz will direct the second film.", "Hardwicke, who directed the first film, left.",
         None),
        ("He won the first and second games.", "He won the second game.", None),
        # two knockdowns of one fight: other acts
        ("Klitschko floored Rahman in the sixth round.",
         "Klitschko stopped Rahman in the seventh round.", None),
        # ordinals of two things
        ("He won his third title.", "He won the title for the fourth time.", None),
        ("She was hired to direct the second film.", "She was hired for a second time.", None),
        # a date's day, a selection: no ordinal of a thing
        ("The treaty was signed on the 12th of June.", "The treaty was signed on the 13th.",
         None),
        ("Secondo la polizia, il vulcano ha eruttato.",
         "Il vulcano ha eruttato per la terza volta.", "Italian"),
        ("Segundo a polícia, o vulcão entrou em erupção.",
         "O vulcão entrou em erupção pela terceira vez.", "Portuguese"),
        # ECB+: a fight of another year; a first occasion told in retrospect
        ("In 2008, Klitschko stopped Thompson in the 11th round.",
         "Wladimir Klitschko stopped Tony Thompson in the sixth round.", None),
        ("Television icon Ellen DeGeneres will return to host the Oscars for a second time.",
         "Ellen DeGeneres was so nice as an Oscars host the first time.", None),
        ("I am so excited to be hosting the Oscars for the second time.",
         "DeGeneres, an Oscars host the first time, will host again.", None),
        # ECB+ 5_2/5_3: a first season of a tenure, told as background
        ("Cheeks was one of more the popular players in 76ers history and was starting his "
         "fourth season as coach.",
         "In his first season as head coach of the Sixers, Cheeks guided the team to a 38-44 "
         "mark.", None),
        ("Il entamait sa quatrième saison comme entraîneur.",
         "Lors de sa première saison comme entraîneur, il a mené l'équipe en play-offs.",
         "French"),
    ],
)  # fmt: skip
def test_no_alarm(a: str, b: str, language: str | None) -> None:
    assert details(a, b, language) == []


def test_an_ordinal_counts_the_last_of_its_small_words() -> None:
    found = ordinals(feats("He claimed his 12th consecutive major title on Sunday."))
    assert [(o.value, o.noun) for o in found] == [(12, "titl")]


@pytest.mark.parametrize(
    ("a", "b", "language", "detail"),
    [
        # F7: the act worded differently, a run on both sides
        ("It was the group's fourth consecutive quarter of profit growth.",
         "It was the fifth straight quarter of higher profit.", None, "fourth vs fifth"),
        ("Prime Minister Mette Frederiksen is set to win a third term, the first Danish "
         "leader to do so in decades.",
         "The result puts Prime Minister Mette Frederiksen on course for a second term.",
         None, "third vs second"),
        ("C'est la troisième victoire consécutive du club.",
         "Le club signe sa quatrième victoire d'affilée.", "French", "troisième vs quatrième"),
        # F8: two words for one thing
        ("It was Liverpool's fifth straight league win.",
         "It was Liverpool's sixth consecutive league victory.", None, "fifth vs sixth"),
        ("È la terza vittoria di fila per il Napoli.",
         "Il Napoli ottiene il quarto successo consecutivo.", "Italian", "terza vs quarto"),
        # F6: a group's code among the small words; years that disagree on one act
        ("It was the 50th G7 summit.", "It was the 49th G7 summit.", None, "50th vs 49th"),
        # F16: Italian figures
        ("Osimhen ha segnato al 23esimo minuto.", "Osimhen ha segnato al 25esimo minuto.",
         "Italian", "23esimo vs 25esimo"),
        ("Il fuoco è partito dal 3° piano.", "Il fuoco è partito dal 4° piano.", "Italian",
         "3° vs 4°"),
    ],
)  # fmt: skip
def test_one_thing_told_in_other_words(a: str, b: str, language: str | None, detail: str) -> None:
    assert only_conflict(a, b, language) == (DiscrepancyKind.NUMBER.value, detail, True)


def test_years_that_disagree_on_one_act_leave_the_ordinals_compared() -> None:
    found = details(
        "It was the 50th G7 summit since the group first met in 1975.",
        "The gathering was the 49th summit of the group, which first met in 1976.",
    )
    assert found == ["1975 vs 1976", "50th vs 49th"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two terms of one person, one of them past
        ("Obama won a second term in 2012.", "Obama's first term ended in 2013."),
        # a run on one side only: two acts
        ("He won his fifth straight title.", "He lost his sixth final at the Open."),
        # a term of another person
        ("Frederiksen is set to win a third term.", "Rasmussen served a second term."),
    ],
)  # fmt: skip
def test_no_alarm_for_other_counts(a: str, b: str) -> None:
    assert details(a, b) == []
