"""Korean words without their particles, as lexical matching reads them.

Korean spaces its words, but each noun carries its particle (josa) glued to it: "평양에서",
"평양을", "푸틴 대통령은", "김정은 위원장이". Two reports of one event share few whole words,
and there is no Snowball stemmer for Korean. :func:`korean_word` takes a common particle
off a word's end ("대통령이" and "대통령은" are "대통령", "영빈관에서" "영빈관"), and the
endings of a verb made of a noun and 하다 ("서명했다", "제공하도록" are "서명", "제공"), so the
evidence shown reads as the noun. Only from a word of three syllables or more, the
remainder two at least: "국가" (country), "결과", "회의" and "정도" end as a particle does
and keep their last syllable. A name before a title takes no subject or topic particle
("김정은 위원장": the "은" of "김정은" is no particle), nor does a word before another noun
in general, which is why only a word before a title is kept whole. A particle written
alone after a quotation ("“……”라고", "“……”고") is no word (:func:`korean_word` gives "").
"""

from __future__ import annotations

import re

__all__ = [
    "COUNTERS",
    "HANGUL",
    "PARTICLES",
    "SHORT_WORDS",
    "TITLES",
    "glued_counter",
    "korean_word",
    "word_set",
]

HANGUL = "\uac00-\ud7a3"


def word_set(listed: str) -> frozenset[str]:
    """The words of ``listed`` (separated by spaces)."""
    return frozenset(listed.split())


def _longest_first(listed: str) -> list[str]:
    """The words of ``listed`` (separated by "|"), longest first."""
    return sorted(listed.split("|"), key=len, reverse=True)


_HANGUL_WORD = re.compile(f"[{HANGUL}]+")

# the common particles, stacked ones first ("에서는" before "에서" before "에"); not "도"
# alone ("한반도", "제주도") nor "고" alone ("최고"), which nouns end in too
_PARTICLES = _longest_first(
    "에서는|에서도|에서의|에서부터|에게서|에게는|으로는|으로도|으로의|으로서|으로써|"
    "이라고|이라는|이라며|이라면|이라도|까지는|부터는|과의|와의|에는|에도|에의|"
    "께서|에서|에게|한테|으로|까지|부터|라고|라는|라며|이나|이다|처럼|보다|"
    "은|는|이|가|을|를|의|에|로|와|과|만"
)
# any one of them, longest first: r"(?:에서는|...|만)"
PARTICLES = f"(?:{'|'.join(_PARTICLES)})"
# a particle written on its own, after a quotation's closing mark ("”라고 말했다")
_ALONE = frozenset([*_PARTICLES, "고", "며", "도", "이라", "라"])
# the endings of a verb of a noun and 하다/되다 ("서명했다", "환영했다고", "제공한다는",
# "도착해", "체결됐다"), longest first
_VERB_ENDINGS = _longest_first(
    "했다고|했다는|했으며|했지만|했는데|하였다|한다고|한다는|하도록|하겠다|하기로|"
    "했다|한다|하는|하고|하며|하여|해서|하기|했던|할|한|해|"
    "됐다고|됐다|되었다|된다|되는|되며|된|"
    # an adjective of a noun ("군사적 원조" as "군사 원조"; "포괄적", "군사적인")
    "적인|적으로|적"
)
# the counters of one syllable written glued after a figure ("24년", "3명", "71세"): each a
# word, as "years" and "people" are in English, though words of one letter are left out
COUNTERS = word_set("년 명 세 살 개 척 대 곳 건 채")
# a noun of one syllable bound to the count before it: "24년 만에", "24년 만이다" (since,
# "for the first time in 24 years"), a word as "since" is
BOUND = frozenset({"만"})
# the words of one syllable that are evidence
SHORT_WORDS = COUNTERS | BOUND
# titles a name goes before without a particle ("김정은 위원장", "푸틴 대통령")
TITLES = word_set(
    "대통령 위원장 국무위원장 총비서 총리 장관 주석 의장 의원 대표 대변인 "
    "대사 총장 회장 사장 국왕 여왕 왕세자 서기장 부장 씨 외무장관 "
    "국방장관 부총리"
)


def glued_counter(text: str, start: int, word: str) -> str | None:
    """The counter ``word`` (found at ``start`` of ``text``) opens, when it is glued after
    a figure ("24년 만에": "년"; "3명이": "명"), else None."""
    if start == 0 or not text[start - 1].isdigit():
        return None
    head, rest = word[:1], word[1:]
    return head if head in COUNTERS and (not rest or rest in _ALONE) else None


def korean_word(word: str, next_word: str = "") -> str:
    """``word`` (written in Hangul) without its particle or its verb's ending; ``word``
    as it is when what is left would be one syllable, or when ``next_word`` is a title
    (a name before it takes no particle); "" for a particle alone."""
    if "'" in word:  # "‘포괄적 전략 동반자 관계 조약’에": the particle after the mark
        head, _, rest = word.partition("'")
        return korean_word(head, next_word) if rest in _ALONE else word
    if _HANGUL_WORD.fullmatch(word) is None:
        return word
    if word in _ALONE:
        return ""
    if next_word in TITLES or korean_word(next_word) in TITLES:
        return word
    if word[:1] in BOUND and word[1:] in _ALONE:  # "만에", "만이다": "만"
        return word[:1]
    for ending in (*_VERB_ENDINGS, *_PARTICLES):
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            return word[: -len(ending)]
    return word
