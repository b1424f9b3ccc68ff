from __future__ import annotations

import pytest

from reader.analysis.words.like_words import AS_MANY, HOW, LOOSELY, like_reading
from tests.analysis.sentence_pairs import details


def reading(text: str, figure: str) -> str:
    return like_reading(text, text.index(figure))


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # how: after a verb of telling, seeing, knowing (a comma, a preposition between)
        ("Die Polizei berichtete, wie 25 Menschen starben.", "25", HOW),
        ("Zeugen schilderten, wie tausend Menschen durch die Stadt zogen.", "tausend", HOW),
        ("Er sprach darüber, wie 40 Polizisten vorrückten.", "40", HOW),
        ("La polizia ha raccontato come 25 persone sono morte.", "25", HOW),
        ("Il sopravvissuto ha raccontato di come 25 persone sono morte.", "25", HOW),
        ("La policía explicó cómo 30 personas murieron.", "30", HOW),
        ("El testigo describió como 30 personas murieron.", "30", HOW),
        ("O vídeo mostrou como 30 pessoas ficaram feridas.", "30", HOW),
        # German: the verb a few words before the comma, an object or an adverb between;
        # a noun of telling or asking
        ("Die Polizei berichtete am Abend, wie 25 Menschen starben.", "25", HOW),
        ("Zeugen schilderten der Polizei, wie 30 Menschen durch die Stadt zogen.", "30", HOW),
        ("Ein Video zeigt deutlich, wie 30 Polizisten auf die Menge vorrücken.", "30", HOW),
        ("Es gab Berichte, wie 25 Menschen in den Flammen starben.", "25", HOW),
        ("Die Frage, wie 25 Menschen sterben konnten, bleibt offen.", "25", HOW),
        # a comparison
        ("Es starben so viele wie 30 Menschen.", "30", AS_MANY),
        ("El atentado dejó tantos como 30 heridos.", "30", AS_MANY),
        ("L'attentato ha causato tanti come 30 feriti.", "30", AS_MANY),
        # loosely: about, or a likeness
        ("El atentado dejó como 30 heridos.", "30", LOOSELY),
        ("La policía contó como 30 heridos.", "30", LOOSELY),
        ("Un grupo de como 30 personas protestó.", "30", LOOSELY),
        ("Al corteo c'erano come 30 persone.", "30", LOOSELY),
        ("O atentado deixou como 30 feridos.", "30", LOOSELY),
        ("The attack killed like 30 people.", "30", LOOSELY),
        ("L'attentat a fait comme 30 morts.", "30", LOOSELY),
        ("Es leuchtete wie tausend Sonnen.", "tausend", LOOSELY),
        ("Der Fahrer wurde verletzt, wie 25 andere auch.", "25", LOOSELY),
        # no verb of telling in the clause before the comma
        ("Die Polizei berichtete, der Fahrer sei verletzt worden, wie 25 andere auch.", "25",
         LOOSELY),
        # none of these words
        ("Bei dem Anschlag starben rund 30 Menschen.", "30", ""),
        # a hedge between: read by the hedge ("rund": about)
        ("Zeugen schilderten, wie rund 30 Menschen durch die Stadt zogen.", "30", ""),
    ],
)  # fmt: skip
def test_like_reading(text: str, figure: str, expected: str) -> None:
    assert reading(text, figure) == expected


@pytest.mark.parametrize(
    ("language", "a", "b", "detail"),
    [
        # a thousand after "how" is a count, no longer a thousand told loosely
        ("German", "Die Demonstration zog 1200 Menschen an.",
         "Zeugen schilderten, wie tausend Menschen durch die Stadt zogen.", "1200 vs tausend"),
        ("Italian", "Al corteo hanno partecipato 1200 persone.",
         "La polizia ha raccontato come mille persone hanno partecipato al corteo.",
         "1200 vs mille"),
        ("German", "Bei dem Anschlag starben 25 Menschen.",
         "Die Polizei berichtete am Abend, wie 28 Menschen starben.", "25 vs 28"),
        ("German", "Die Demonstration zog 1200 Menschen an.",
         "Zeugen schilderten der Polizei, wie tausend Menschen durch die Stadt zogen.",
         "1200 vs tausend"),
        # a plain count after "how" compares as before
        ("German", "Bei dem Anschlag starben 25 Menschen.",
         "Die Polizei berichtete, wie 30 Menschen starben.", "25 vs 30"),
        ("Portuguese", "O atentado deixou 25 feridos.",
         "A polícia explicou como 30 pessoas ficaram feridas.", "25 vs 30"),
        # as many as 30 against 35 is still fewer
        ("Spanish", "El atentado dejó 35 heridos.", "El atentado dejó tantos como 30 heridos.",
         "35 vs 30"),
    ],
)  # fmt: skip
def test_counts_after_how_compare(language: str, a: str, b: str, detail: str) -> None:
    assert details(a, b, language) == [detail]


@pytest.mark.parametrize(
    ("language", "a", "b"),
    [
        # a thousand in a likeness, or told loosely, is no count
        ("German", "Die Demonstration zog 1200 Menschen an.",
         "Es leuchtete wie tausend Sonnen."),
        ("Italian", "Al corteo hanno partecipato 1200 persone.",
         "Al corteo c'erano come mille persone."),
        # about 27: within the reach of an estimate
        (None, "The attack killed 25 people.", "The attack killed like 27 people."),
        ("German", "Bei dem Anschlag wurden 25 Menschen verletzt.",
         "Der Fahrer wurde verletzt, wie 27 andere Menschen auch."),
        ("French", "L'attentat a fait 25 morts.", "L'attentat a fait comme 27 morts."),
        ("Spanish", "El atentado dejó 25 heridos.", "El atentado dejó como 27 heridos."),
        # as many as 30, at least 30, at most 30
        ("Spanish", "El atentado dejó 25 heridos.", "El atentado dejó tantos como 30 heridos."),
        ("Italian", "L'attentato ha causato 35 feriti.",
         "L'attentato ha causato come minimo 30 feriti."),
        ("Italian", "L'attentato ha causato 25 feriti.",
         "L'attentato ha causato come massimo 30 feriti."),
        ("Italian", "L'attentato ha causato 35 feriti.",
         "L'attentato ha causato perlomeno 30 feriti."),
    ],
)  # fmt: skip
def test_no_discrepancy_with_a_loose_or_bounded_figure(
    language: str | None, a: str, b: str
) -> None:
    assert details(a, b, language) == []
