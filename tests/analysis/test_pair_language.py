"""Two briefs too short to tell their language alone are read in the one they share when
their function words, together, tell it (reader.analysis.linking.relatedness.pair_language): a
German pair of two one-line briefs has its names, nouns and stems read as German; and a
German article capitalised inside a sentence opens a title ("drehte Das Boot")."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.analysis.linking.relatedness import pair_language, told_language
from reader.analysis.linking.word_forms import side_forms

BOOT_A = "Der Film Das Boot von Wolfgang Petersen wurde 1981 gedreht."
BOOT_B = "Wolfgang Petersen drehte Das Boot im Jahr 1981."


def pair_names(tmp_path: Path, text_a: str, text_b: str) -> tuple[list[str], list[str]]:
    """The names of each side of a pair of ``text_a`` and ``text_b``, as the window
    reads them."""
    from reader.analysis.pair_analysis import analyse
    from reader.ingest import load_document

    docs = []
    for side, text in (("a", text_a), ("b", text_b)):
        (tmp_path / f"{side}.txt").write_text(text + "\n", encoding="utf-8")
        docs.append(load_document(tmp_path / f"{side}.txt"))
    read = analyse(*docs)
    return (
        [m.surface for f in read.feats_a for m in f.names],
        [m.surface for f in read.feats_b for m in f.names],
    )


def test_a_german_brief_alone_is_too_short_to_tell() -> None:
    assert told_language(BOOT_A) is None


@pytest.mark.parametrize(
    ("a", "b", "language"),
    [
        (BOOT_A, BOOT_B, "German"),
        ("Das Boot kam 1981 in die Kinos.", "Das Boot lief 1981 in den Kinos.", "German"),
        ("Le film est sorti en 1981 dans les salles.", "Le film a été tourné en 1981.",
         "French"),
        # English briefs, one with a German title: no other language
        ("Two men die in a fire in Berlin.", "Three men died in a fire in Berlin.", None),
        ("Die Hard star Bruce Willis was in Berlin.", "Bruce Willis visited Berlin.", None),
    ],
)  # fmt: skip
def test_two_briefs_are_told_together(a: str, b: str, language: str | None) -> None:
    assert pair_language(f"{a}\n{b}") == language


def test_two_german_briefs_are_stemmed_as_german() -> None:
    assert [f.language for f in side_forms(BOOT_A, BOOT_B)] == ["German", "German"]


def test_a_title_opening_with_a_capitalised_article_keeps_it(tmp_path: Path) -> None:
    a, b = pair_names(tmp_path, BOOT_A, BOOT_B)
    assert "Das Boot" in a
    assert "Das Boot" in b
    assert "Jahr" not in b  # a German noun, read as such


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Boot sank 1981 im Hafen von Kiel.",  # the article opens the sentence
        "Die Polizei sagte: Das Boot sank 1981 im Hafen von Kiel.",  # after a colon
    ],
)
def test_an_article_opening_a_sentence_names_nothing(tmp_path: Path, sentence: str) -> None:
    a, _ = pair_names(tmp_path, sentence, "Das Boot war 1981 im Hafen von Kiel gesunken.")
    assert not any(name.startswith(("Das", "Boot")) for name in a)
