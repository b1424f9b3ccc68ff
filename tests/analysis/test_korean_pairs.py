"""Korean pairs read on words, names, figures and quotations (reader.analysis.words
.korean_particles, names.korean_names, figures.cjk_counts, times.month_days,
quotations.korean_speakers): two Korean reports of Putin's visit to Pyongyang written for
the tests (tests/data/korean/ko_*), a wire's and a daily's, which disagree on the years
since his last visit (24 vs 23)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from reader.analysis import align
from reader.analysis.features import UnitFeatures
from reader.analysis.figures.number_mentions import number_mentions
from reader.analysis.names.korean_names import korean_names
from reader.analysis.quotations.korean_speakers import korean_speaker
from reader.analysis.times.month_days import month_days
from reader.analysis.units import Unit
from reader.analysis.words.hedges import ABOUT, AT_LEAST
from reader.analysis.words.korean_particles import korean_word
from reader.analysis.words.unspaced import too_short, word_matches
from reader.ingest import document_from_text, load_document
from reader.ingest.normalize import fold
from reader.model import Alignment, DiscrepancyKind, MatchKind, Span

DATA = Path(__file__).parent.parent / "data" / "korean"


@pytest.fixture(scope="module")
def read() -> tuple[str, str, Alignment]:
    a = load_document(DATA / "ko_a.txt")
    b = load_document(DATA / "ko_b.txt")
    return a.text, b.text, align(a, b, method="lexical")


def _unit(text: str) -> Unit:
    return Unit(0, Span(0, len(text)), text, fold(text))


def _texts(read: tuple[str, str, Alignment], kind: MatchKind) -> list[tuple[str, str]]:
    a, b, al = read
    return [(a[m.a.start : m.a.end], b[m.b.start : m.b.end]) for m in al.matches if m.kind is kind]


@pytest.mark.parametrize(
    ("word", "after", "read_as"),
    [
        ("평양에서", "", "평양"),
        ("대통령이", "", "대통령"),
        ("대통령은", "", "대통령"),
        ("영빈관에서", "", "영빈관"),
        ("조약에는", "", "조약"),
        ("서명했다", "", "서명"),
        ("제공하도록", "", "제공"),
        ("군사적", "", "군사"),
        ("국가", "", "국가"),  # a country: "가" is no particle of a word of two syllables
        ("결과", "", "결과"),
        ("한반도", "", "한반도"),  # "도" alone is never read as a particle
        ("김정은", "위원장은", "김정은"),  # a name before its title takes no particle
        ("라고", "", ""),  # a particle alone, after a quotation's mark
        ("만에", "", "만"),
        ("조약'에", "", "조약"),
    ],
)
def test_a_korean_word_is_read_without_its_particle(word: str, after: str, read_as: str) -> None:
    assert korean_word(word, after) == read_as


def test_korean_words_and_their_counters() -> None:
    words = [m.group() for m in word_matches("푸틴 대통령의 방북은 24년 만이다")]
    assert words == ["푸틴", "대통령", "방북", "년", "만"]
    assert not too_short("년") and not too_short("만") and too_short("이")
    # English and Chinese are read as before
    assert [m.group() for m in word_matches("Putin's visit")] == ["Putin's", "visit"]
    assert [m.group() for m in word_matches("普京抵达")] == ["普京", "京抵", "抵达"]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("평양 시민 3만8천 명이 나와", [("num:38000", "人")]),
        ("시민 3만 8000명이", [("num:38000", "人")]),
        ("약 4만 명이", [("num:40000", "人")]),
        ("24년 만이다", [("num:24", "年")]),
        ("71세 남성", [("num:71", "岁")]),
        ("1천 명", [("num:1000", "人")]),
        ("5억 원", [("num:500000000", "원")]),
        ("2명의 기자", [("num:2", "人")]),
    ],
)
def test_korean_counts(text: str, counts: list[tuple[str, str]]) -> None:
    read = [(m.key, m.unit_word) for m in number_mentions(_unit(text)) if m.kind == "number"]
    assert [(k.replace("5e+08", "500000000"), w) for k, w in read] == counts


def test_a_korean_date_and_a_day_of_the_month() -> None:
    dates = [m.key for m in number_mentions(_unit("6월 19일 새벽")) if m.kind == "date"]
    assert dates == ["date:06-19"]
    told = date(2024, 6, 19)
    for text, keys in (
        ("푸틴 대통령이 19일 새벽 평양에 도착했다.", ["date:06-19"]),
        ("18일에 출발했다.", ["date:06-18"]),
        ("3일간 머물렀다.", []),  # three days: a span, no date
        ("30일 동안 머물렀다.", []),
    ):
        unit = _unit(text)
        f = UnitFeatures(unit, numbers=number_mentions(unit))
        assert [m.key for m in month_days(f, told)] == keys, text


def test_korean_hedges() -> None:
    assert ABOUT.search("평양 시민 약 ") is not None
    assert AT_LEAST.search("최소 ") is not None
    assert ABOUT.search("계약 ") is None  # "약" ending a word is no hedge


def test_korean_names_told_by_their_title() -> None:
    def names(text: str) -> list[str]:
        return [m.key for m in korean_names(_unit(text))]

    assert names("블라디미르 푸틴 러시아 대통령이 도착했다") == ["푸틴"]
    assert names("김정은 국무위원장은 푸틴 대통령을 맞이했다") == ["김정은", "푸틴"]
    assert names("김 위원장은 회담 뒤") == []  # the surname alone
    assert names("러시아 대통령이 말했다") == []


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("김정은 위원장은 “이 조약은 가장 강력한 조약”이라고 말했다.", "김정은 위원장"),
        ("푸틴 대통령은 기자회견에서 “러시아는 주권을 지지한다”고 밝혔다.", "푸틴 대통령"),
        ("김 위원장은 회담 뒤 이 조약이 “가장 강력한 조약”이라고 강조했다.", "김 위원장"),
        ("정부 관계자는 “심각한 위협”이라고 밝혔다.", "정부 관계자"),
        ("이른바 “유사시 군사 원조” 조항이 담겼다.", None),
    ],
)
def test_the_speaker_of_a_korean_quotation(text: str, who: str | None) -> None:
    folded = fold(text)
    opener = folded.index('"')
    closer = folded.index('"', opener + 1) + 1
    assert korean_speaker(folded, Span(0, len(folded)), Span(opener, closer)) == who


def test_the_pair_links_its_claims(read: tuple[str, str, Alignment]) -> None:
    claims = _texts(read, MatchKind.CLAIM)
    for a_start, b_start in (
        ("(평양=연합뉴스)", "러시아의 푸틴 대통령이 6월 19일"),  # "19일 새벽" / "6월 19일"
        ("푸틴 대통령의 방북은", "러시아 정상의 방북은"),
        ("김정은 국무위원장은 순안국제공항에서", "김정은 위원장이 공항에"),
        ("조약은 한쪽이", "조약에는 어느 한쪽이"),
        ("조선중앙통신에 따르면", "북한 매체는"),
    ):
        assert any(a.startswith(a_start) and b.startswith(b_start) for a, b in claims), a_start
    _, _, al = read
    treaty = next(m for m in al.matches if m.kind is MatchKind.CLAIM and "침공" in m.evidence)
    assert {"조약", "한쪽", "무력", "침공", "지체"} <= set(treaty.evidence)  # particles off


def test_the_pair_matches_its_quotations_and_speakers(read: tuple[str, str, Alignment]) -> None:
    quotes = _texts(read, MatchKind.QUOTE)
    assert quotes == [
        (
            "“이 조약은 두 나라 관계 역사상 가장 강력한 조약”",
            "“두 나라 관계 역사상 가장 강력한 조약”",
        ),
        ("“러시아는 북한의 주권을 지지한다”", "“러시아는 북한의 주권을 지지한다”"),
    ]
    al = read[2]
    assert [q.speaker for q in al.quotes_a] == ["김정은 위원장", "푸틴 대통령"]
    # the headline's ‘유사시 군사 원조’ is a quoted term, said by nobody
    assert [q.speaker for q in al.quotes_b] == [None, "김 위원장", "푸틴 대통령", "정부 관계자"]


def test_the_pair_flags_24_against_23_years_only(read: tuple[str, str, Alignment]) -> None:
    a, b, al = read
    found = [(d.kind, a[d.a.start : d.a.end], b[d.b.start : d.b.end]) for d in al.discrepancies]
    assert found == [(DiscrepancyKind.NUMBER, "24", "23")]
    # "3만8천 명" and "약 4만 명" are one crowd, told roughly
    numbers = _texts(read, MatchKind.NUMBER)
    assert ("3만8천", "4만") in numbers and ("19일", "6월 19일") in numbers
    names = {a for a, _ in _texts(read, MatchKind.ENTITY)}
    assert names == {"푸틴", "김정은"}


@pytest.mark.parametrize(
    "stamp", ["입력 2024.06.20 08:00", "입력 2024.06.20. 오전 8:00", "기사입력 2024. 6. 20."]
)
def test_a_dotted_stamp_dates_the_article(stamp: str) -> None:
    a = document_from_text(f"푸틴 대통령 평양 도착\n{stamp}\n푸틴 대통령이 어제 평양에 도착했다.")
    assert a.date == "2024-06-20"


def test_yesterday_is_the_day_before_the_stamp() -> None:
    wire = load_document(DATA / "ko_a.txt").text
    a = document_from_text(
        wire.replace("송고시간 2024-06-19 05:30", "입력 2024.06.20 08:00").replace(
            "19일 새벽 평양에", "어제 새벽 평양에"
        )
    )
    b = load_document(DATA / "ko_b.txt")
    al = align(a, b, method="lexical")
    numbers = [(a.slice(m.a), b.slice(m.b)) for m in al.matches if m.kind is MatchKind.NUMBER]
    assert ("어제", "6월 19일") in numbers
    assert [(a.slice(d.a), b.slice(d.b)) for d in al.discrepancies] == [("24", "23")]
