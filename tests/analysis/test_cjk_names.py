"""Chinese and Japanese names told by the titles around them (reader.analysis.names
.cjk_names) and the speakers of quotations read as names (quotations.misattributed):
entity matches across the Chinese and Japanese pairs of tests/data/cjk, and one quotation
given to two people flagged as in English."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.analysis import align
from reader.analysis.names.cjk_names import cjk_names, cjk_person
from reader.analysis.units import Unit
from reader.ingest import document_from_text, load_document
from reader.ingest.normalize import fold
from reader.model import Alignment, DiscrepancyKind, MatchKind, Span

DATA = Path(__file__).parent.parent / "data" / "cjk"


def _names(text: str) -> list[str]:
    return [m.key for m in cjk_names(Unit(0, Span(0, len(text)), text, fold(text)))]


def _aligned(a: str, b: str) -> tuple[str, str, Alignment]:
    x, y = document_from_text(a, path="a.txt"), document_from_text(b, path="b.txt")
    return x.text, y.text, align(x, y, method="lexical")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("俄罗斯总统普京19日抵达平壤", ["普京"]),  # a title before, a country before it
        ("俄罗斯总统普京6月19日凌晨抵达平壤", ["普京"]),
        ("朝鲜最高领导人金正恩表示", ["金正恩"]),
        ("外交部发言人毛宁在记者会上说", ["毛宁"]),  # the body before the title is none
        ("乌克兰总统泽连斯基表示", ["泽连斯基"]),
        ("国家主席习近平会见", ["习近平"]),
        ("普京总统与金正恩会谈", ["普京"]),  # a title after
        ("会见了普京总统", ["普京"]),
        ("总统大选将于明年举行", []),
        ("俄罗斯总统府", []),
    ],
)
def test_chinese_names_told_by_their_title(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("ロシアのプーチン大統領は2024年6月19日", ["プーチン"]),
        ("金正恩総書記と会談した", ["金正恩"]),
        ("岸田首相は", ["岸田"]),
        ("林官房長官は記者会見で", ["林"]),  # a surname of one character
        ("松野博一官房長官", ["松野博一"]),  # no kana in it
        ("中国外務省の毛寧報道官は", ["毛寧"]),
        ("プーチン氏の訪朝は24年ぶり", ["プーチン"]),
        ("田中さんは", ["田中"]),
        ("同首相は", []),
        ("ロシア大統領府", []),
        ("米大統領選", []),
    ],
)
def test_japanese_names_told_by_their_title(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ('金正恩表示："这是两国关系史上最强有力的条约。"', ["金正恩"]),
        ('"这是最强有力的条约，"普京说。', ["普京"]),
        ("金正恩氏は「両国関係史上最も強力な条約だ」と述べた。", ["金正恩"]),
        ('朝鲜官方媒体称，"条约"已经生效。', []),  # a body says it
    ],
)
def test_the_speaker_of_a_quotation_is_a_name(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("speaker", "person"),
    [
        ("外交部发言人毛宁", "毛宁"),
        ("金正恩", "金正恩"),
        ("プーチン氏", "プーチン"),
        ("プーチン大統領", "プーチン"),
        ("发言人", None),
        ("外交部", None),
        ("官员", None),
        ("双方", None),
        ("首相", None),
    ],
)
def test_the_person_a_speaker_names(speaker: str, person: str | None) -> None:
    assert cjk_person(speaker) == person


def test_korean_and_english_have_no_cjk_names() -> None:
    assert _names("블라디미르 푸틴 러시아 대통령이 도착했다") == []
    assert _names("President Putin arrived in Pyongyang") == []


@pytest.mark.parametrize("language", ["zh", "ja"])
def test_the_pairs_match_putin_and_kim(language: str) -> None:
    a = load_document(DATA / f"{language}_a.txt")
    b = load_document(DATA / f"{language}_b.txt")
    al = align(a, b, method="lexical")
    names = {a.text[m.a.start : m.a.end] for m in al.matches if m.kind is MatchKind.ENTITY}
    putin = "普京" if language == "zh" else "プーチン"
    assert names == {putin, "金正恩"}
    assert not [d for d in al.discrepancies if d.kind is DiscrepancyKind.NAME]


def test_the_chinese_pair_now_tells_38000_from_50000_people() -> None:
    a = load_document(DATA / "zh_a.txt")
    b = load_document(DATA / "zh_b.txt")
    al = align(a, b, method="lexical")
    found = [(a.text[d.a.start : d.a.end], b.text[d.b.start : d.b.end]) for d in al.discrepancies]
    # the pair shares names now: the event gate no longer scales its links down as two
    # stories of one kind, and the crowd sentences ("……欢迎普京" / "……夹道欢迎") link
    assert ("3.8万", "5万") in found


@pytest.mark.parametrize(
    ("a", "b", "detail"),
    [
        (
            "金正恩表示：“这是两国关系史上最强有力的条约。”",
            "普京说，这是“两国关系史上最强有力的条约”。",
            "said by 金正恩 vs said by 普京",
        ),
        (
            "金正恩氏は「両国関係史上最も強力な条約だ」と述べた。",
            "プーチン大統領は「両国関係史上最も強力な条約だ」と述べた。",
            "said by 金正恩 vs said by プーチン大統領",
        ),
    ],
)
def test_one_quotation_given_to_two_names_is_flagged(a: str, b: str, detail: str) -> None:
    _, _, al = _aligned(a, b)
    flagged = [d.detail for d in al.discrepancies if d.kind is DiscrepancyKind.NAME]
    assert flagged == [detail]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one person, named with and without the title
        ("外交部发言人毛宁表示：“中方对此表示严重关切。”", "毛宁说：“中方对此表示严重关切。”"),
        # a spokesman unnamed may be the named one
        ("外交部发言人表示：“中方对此表示严重关切。”", "毛宁说：“中方对此表示严重关切。”"),
        # a title alone ("首相は") is no name
        (
            "金正恩氏は「両国関係史上最も強力な条約だ」と述べた。",
            "首相は「両国関係史上最も強力な条約だ」と述べた。",
        ),
        # the paragraph names the other speaker: one may quote the other
        (
            "金正恩表示：“这是两国关系史上最强有力的条约。”",
            "普京说：“这是两国关系史上最强有力的条约。”他重复了金正恩的话。",
        ),
    ],
)
def test_no_misattribution_when_one_may_be_the_other(a: str, b: str) -> None:
    _, _, al = _aligned(a, b)
    assert not [d for d in al.discrepancies if d.kind is DiscrepancyKind.NAME]


# were no names: "普京与金正恩签署了…" has no title beside either, though the pair reads
# "俄罗斯总统普京" and "金正恩表示" (reader.analysis.names.untitled_names)
@pytest.mark.parametrize(
    "sentence", ["普京与金正恩签署了《全面战略伙伴关系条约》。", "这是普京24年来首次访问朝鲜。"]
)
def test_a_name_read_with_a_title_elsewhere_is_a_name_bare(sentence: str) -> None:
    a = load_document(DATA / "zh_a.txt")
    b = load_document(DATA / "zh_b.txt")
    al = align(a, b, method="lexical")
    at = a.text.index(sentence)
    told = {
        a.text[m.a.start : m.a.end]
        for m in al.matches
        if m.kind is MatchKind.ENTITY and at <= m.a.start < at + len(sentence)
    }
    assert "普京" in told
    if "金正恩" in sentence:
        assert "金正恩" in told


def test_a_one_character_surname_is_not_spread() -> None:
    x = document_from_text("林官房長官は記者会見で述べた。\n\n森林の火災が続いた。", path="a.txt")
    y = document_from_text("林官房長官が発表した。\n\n森林で火災があった。", path="b.txt")
    al = align(x, y, method="lexical")
    assert not [m for m in al.matches if m.kind is MatchKind.ENTITY and m.a.start > 10]
