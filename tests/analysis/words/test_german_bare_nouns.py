"""German nouns news writes with no article before them, no names (fifty-fourth session,
the German election pair tests/data/pages/wahl_*): "will schnell Gespräche über eine
Regierungsbildung führen" listed "Gespräche" as a name, as nothing before it (an adverb, a
plural noun) told it a noun (reader.analysis.words.lexicon GERMAN_BARE_NOUNS)."""

from __future__ import annotations

from tests.analysis.sentence_pairs import feats


def _names(sentence: str) -> list[str]:
    return [m.surface for m in feats(sentence, "German").names]


def test_talks_after_an_adverb_are_no_name() -> None:
    sentence = (
        "Wahlsieger Matthias Wendler will schnell Gespräche über eine Regierungsbildung führen."
    )
    assert _names(sentence) == ["Matthias Wendler"]


def test_talks_after_a_plural_noun_are_no_name() -> None:
    sentence = "Wir werden jetzt mit allen demokratischen Parteien Gespräche führen, sagte Wendler."
    assert _names(sentence) == ["Wendler"]


def test_a_compound_of_talks_is_no_name() -> None:
    assert _names("Die SPD will sofort Koalitionsgespräche aufnehmen.") == ["SPD"]


def test_supporters_after_a_participle_are_no_name() -> None:
    assert _names("Wendler sprach vor jubelnden Anhängern in Lorstadt.") == ["Wendler", "Lorstadt"]
