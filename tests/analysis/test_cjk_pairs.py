"""Chinese and Japanese pairs read on words, figures and quotations (reader.analysis.words
.unspaced, reader.analysis.figures.cjk_counts, the quotation words of
reader.analysis.quotations.quotes): two Chinese reports of Putin's visit to Pyongyang
(tests/data/cjk/zh_*) and two Japanese ones written for the tests (ja_*)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.analysis import align
from reader.analysis.figures.number_mentions import number_mentions
from reader.analysis.quotations.cjk_speakers import cjk_speaker
from reader.analysis.quotations.quote_terms import is_term
from reader.analysis.quotations.quotes import WORDS
from reader.analysis.units import Unit
from reader.analysis.words.unspaced import joined_characters, joined_words, word_matches
from reader.ingest import load_document
from reader.ingest.normalize import fold
from reader.model import Alignment, DiscrepancyKind, Document, MatchKind, Quoted, Span

DATA = Path(__file__).parent.parent / "data" / "cjk"


def _aligned(language: str) -> tuple[str, str, Alignment]:
    a = load_document(DATA / f"{language}_a.txt")
    b = load_document(DATA / f"{language}_b.txt")
    return a.text, b.text, align(a, b, method="lexical")


def _texts(read: tuple[str, str, Alignment], kind: MatchKind) -> list[tuple[str, str]]:
    a, b, al = read
    return [(a[m.a.start : m.a.end], b[m.b.start : m.b.end]) for m in al.matches if m.kind is kind]


def _counts(text: str) -> list[tuple[str, str]]:
    unit = Unit(0, Span(0, len(text)), text, fold(text))
    return [(m.key, m.unit_word) for m in number_mentions(unit) if m.kind == "number"]


def test_a_run_of_chinese_characters_is_read_as_its_pairs() -> None:
    words = [m.group() for m in word_matches("俄罗斯总统普京19日抵达")]
    assert words == ["俄罗", "罗斯", "斯总", "总统", "统普", "普京", "日抵", "抵达"]


def test_korean_words_without_particles_and_english_words_whole() -> None:
    # Korean words are read without their particles (test_korean_pairs)
    assert [m.group() for m in word_matches("푸틴 대통령이 평양에 도착했다")] == [
        "푸틴",
        "대통령",
        "평양",
        "도착",
    ]
    assert [m.group() for m in word_matches("Putin's visit")] == ["Putin's", "visit"]


def test_shared_pairs_are_shown_as_the_runs_they_cover() -> None:
    text = "俄罗斯总统普京19日抵达平壤"
    shown = joined_words(text, ["罗斯", "俄罗", "总统", "斯总", "抵达", "Putin"])
    assert shown == ["Putin", "俄罗斯总统", "抵达"]
    kept = [True, True, False, True, True, True]
    assert joined_characters(["两", "国", "的", "条", "约", "Kim"], kept) == ["两国", "条约", "Kim"]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("约有3.8万名平壤市民", [("num:38000", "人")]),
        ("约5万人", [("num:50000", "人")]),
        ("約3万8千人の市民", [("num:38000", "人")]),
        ("3万5000人", [("num:35000", "人")]),
        ("市民３８人が", [("num:38", "人")]),
        ("两位记者", []),
        ("3位记者", [("num:3", "人")]),
        ("71歳の男性", [("num:71", "岁")]),
    ],
)
def test_chinese_and_japanese_counts(text: str, counts: list[tuple[str, str]]) -> None:
    assert _counts(text) == counts


def test_a_chinese_quotation_is_read_a_character_a_word() -> None:
    assert WORDS.findall("这是条约。Putin's") == ["这", "是", "条", "约", "Putin's"]


def test_the_chinese_pair_links_the_treaty_and_the_quotation() -> None:
    read = _aligned("zh")
    al = read[2]
    claims = _texts(read, MatchKind.CLAIM)
    assert any(a.startswith("条约规定") and b.startswith("双方签署的条约规定") for a, b in claims)
    quotes = _texts(read, MatchKind.QUOTE)
    assert quotes == [("“这是两国关系史上最强有力的条约。”", "“两国关系史上最强有力的条约”")]
    treaty = next(m for m in al.matches if m.kind is MatchKind.CLAIM and "军事援助" in m.evidence)
    assert "条约规定" in treaty.evidence


def test_the_japanese_pair_tells_38000_from_50000_people() -> None:
    a, b, al = read = _aligned("ja")
    quotes = _texts(read, MatchKind.QUOTE)
    assert quotes == [("「両国関係史上最も強力な条約だ」", "『両国関係史上最も強力な条約』")]
    numbers = [
        (a[d.a.start : d.a.end], b[d.b.start : d.b.end])
        for d in al.discrepancies
        if d.kind is DiscrepancyKind.NUMBER
    ]
    assert ("3万8千", "５万") in numbers


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("金正恩表示：“这是最强有力的条约。”", "金正恩"),
        ("金正恩说，这是“两国关系史上最强有力的条约”。", "金正恩"),
        ("“这是最强有力的条约，”普京说。", "普京"),
        ("金正恩氏は「両国関係史上最も強力な条約だ」と述べた。", "金正恩"),
        ("据报道，“条约”已经生效。", None),
    ],
)
def test_the_speaker_of_a_chinese_or_japanese_quotation(text: str, who: str | None) -> None:
    opener = next(k for k, c in enumerate(text) if c in "“「")
    closer = next(k for k, c in enumerate(text) if c in "”」") + 1
    assert cjk_speaker(text, Span(0, len(text)), Span(opener, closer)) == who


def test_a_sentence_quoted_in_chinese_is_no_quoted_term() -> None:
    text = "他说这是“两国关系史上最强有力的条约”。"
    doc = Document("a.txt", "", text)
    assert not is_term(doc, Quoted(Span(4, len(text) - 1), None))
    assert is_term(doc, Quoted(Span(4, 8), None))  # “两国” is two characters, one word


def test_both_pairs_name_the_speaker() -> None:
    for language in ("zh", "ja"):
        _, _, al = _aligned(language)
        assert [m.speaker for m in al.matches if m.kind is MatchKind.QUOTE] == ["金正恩"]
