"""Tests of reader/analysis/times/yesterdays.py: "gisteren", "gestern", "hier", "ayer",
"ieri", "ontem" and the day before are read as "yesterday" is, each in its language."""

from __future__ import annotations

import pytest

from tests.analysis.times.test_last_weekdays import days_of


# each was no date: "yesterday" was read in English alone (the article is of Monday,
# November 30)
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("Dutch", "Gisteren mochten de eerste bewoners terug."),
        ("Dutch", "De burgemeester sprak gisteravond met de bewoners."),
        ("German", "Die Feuerwehr kam gestern am Nachmittag."),
        ("French", "Les pompiers sont intervenus hier soir."),
        ("Spanish", "La policía detuvo ayer a tres personas."),
        ("Italian", "Il prefetto ha riunito ieri il comitato."),
        ("Portuguese", "Os bombeiros chegaram ontem à aldeia."),
    ],
)
def test_yesterday_is_the_day_before_the_articles_date(language: str, text: str) -> None:
    assert days_of(text, language) == ["date:11-29"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("Dutch", "De dijk brak eergisteren door."),
        ("Spanish", "El museo cerró anteayer."),
        ("Italian", "Il ponte è stato chiuso l'altro ieri."),
    ],
)
def test_the_day_before_yesterday_is_two_days_back(language: str, text: str) -> None:
    assert days_of(text, language) == ["date:11-28"]


def test_a_word_for_yesterday_is_read_in_its_own_language_alone() -> None:
    assert days_of("Het water staat hier nog tot de vensterbank.", "Dutch") == []


# was no date: Swedish "i går", "i förrgår"
@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Färjan gick på grund i går eftermiddag.", "date:11-29"),
        ("I går bogserades färjan loss.", "date:11-29"),
        ("Stormen började i förrgår.", "date:11-28"),
    ],
)
def test_swedish_yesterday_is_the_day_before(text: str, key: str) -> None:
    assert days_of(text, "Swedish") == [key]


# were no dates: Korean tells the day by "어제" and "오늘", its particle glued
@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("푸틴 대통령은 어제 평양에 도착했다.", ["date:11-29"]),
        ("두 정상은 오늘 조약에 서명했다.", ["date:11-30"]),
        ("어제는 환영 행사가, 오늘은 회담이 열렸다.", ["date:11-29", "date:11-30"]),
        ("그제 새벽 출발했다.", ["date:11-28"]),
        ("오늘날 두 나라의 관계는 가깝다.", []),
        ("어제오늘 일이 아니다.", []),
        # a quoted "today", as English's, is no known day; a quoted "yesterday" is read
        ("그는 “오늘 우리는 새 역사를 쓴다”고 말했다.", []),
        ('그는 "오늘 우리는 새 역사를 쓴다"고 말했다.', []),
        ("그는 “어제 평양에 도착했다”고 말했다.", ["date:11-29"]),
        ("그는 “역사를 쓴다”고 오늘 말했다.", ["date:11-30"]),
    ],
)
def test_korean_yesterday_and_today(text: str, keys: list[str]) -> None:
    assert days_of(text, None) == keys
