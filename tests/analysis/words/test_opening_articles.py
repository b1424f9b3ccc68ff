"""A German article opening a sentence before a common noun is no name
(words/opening_articles): "Die Partei will ..." was read as the party "Die Partei"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.model import Document
from tests.analysis.name_keys import pair_keys
from tests.analysis.sentence_pairs import feats

MakeDoc = Callable[[str], Document]


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Partei will mehr Geld für die Schulen in Berlin ausgeben.",
        "Der Bund zahlt am Dienstag in Berlin fünf Millionen Euro.",
        "Die Welt schaut am Dienstag auf Berlin.",
    ],
)
# was "die partei", "der bund", "die welt"
def test_an_opening_article_before_a_common_noun_is_no_name(sentence: str) -> None:
    keys = {m.key for m in feats(sentence, "German").names}
    assert not any(key.startswith(("die ", "der ")) for key in keys)


# was "die partei" on both sides
def test_a_pair_opening_with_the_party_shares_no_such_name(doc: MakeDoc) -> None:
    a, b = pair_keys(
        doc("Die Partei will am Dienstag in Berlin mehr Geld für die Schulen."),
        doc("Die Partei fordert am Dienstag in Berlin mehr Lehrer für die Schulen."),
    )
    assert "die partei" not in a | b


# the guards (as on main): the parties that hold their article, a paper that reports
@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        ("Die Linke will mehr Geld für die Schulen.", "die linke"),
        ("Die Grünen wollen mehr Geld für die Schulen.", "die grünen"),
        ("Die Welt berichtete am Dienstag über den Minister.", "die welt"),
        ("Der Spiegel hatte zuerst über den Rücktritt geschrieben.", "der spiegel"),
    ],
)
def test_a_name_holding_its_article_is_kept(sentence: str, key: str) -> None:
    assert key in {m.key for m in feats(sentence, "German").names}
