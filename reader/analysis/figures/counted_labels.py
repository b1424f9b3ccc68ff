"""What two differing counts both count, as a discrepancy names it after its values: "87
vs 85 seats", "12 vs fourteen dead", "71% vs 67 percent (turnout)".

A reader checking a list of discrepancies wants to see what each figure counts without
opening its two sentences. The label is given only when the analysis knows it from both
sentences and they agree (:func:`counted_label`); else none, and the discrepancy reads as
its two values alone: a wrong noun would mislead more than none.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from reader.analysis.features import UnitFeatures
from reader.analysis.figures.casualties import DEAD, PEOPLE_UNITS
from reader.analysis.figures.currency_codes import CURRENCIES
from reader.analysis.figures.percent_subjects import percent_subject
from reader.analysis.figures.seat_nouns import counted_stem
from reader.analysis.linking.word_forms import word_forms
from reader.analysis.mention import Mention
from reader.analysis.words.stems import WORD

# the words after a figure its noun may stand among: "87 of the 150 seats", "two pirate
# boats", "12 crew members"
_WORDS_AFTER = 5
# what ends the figure's phrase: its noun is told before
_PHRASE_END = re.compile(r"[,;:()\[\].!?\"\u201c\u201d]")
VOTE_SHARE = "vote share"
# a fate after the noun of the people it befell: "12 vs 14 soldiers killed"
_AFTER_NOUN = {DEAD: "killed"}
_OF_THE_VOTE = re.compile(
    r"\s+of\s+(?:the\s+)?(?:(?:popular|national|total)\s+)?(?:vote|votes|ballots)"
    r"(?:\s+cast)?(?!\w)",
    re.IGNORECASE,
)


def counted_label(
    fa: UnitFeatures, na: Mention, role_a: str, fb: UnitFeatures, nb: Mention, role_b: str
) -> str:
    """What counts ``na`` of ``fa`` and ``nb`` of ``fb`` (each with the fate its people
    met, '' when not told: reader.analysis.figures.casualties) both count, '' when not
    known from both or not the same:

    - a percentage of the turnout or a poll on both sides: "turnout", "poll"
      (reader.analysis.figures.percent_subjects); a share told "of the vote" on both
      sides, neither of those: "vote share" ("won 52.3% of the vote", "had 53.2 percent
      of the vote"); a share told otherwise ("won 47.7 percent") gets none;
    - people that one fate befell on both sides: the fate ("dead", "injured", "missing",
      "arrested", "in hospital"), after the noun when two English sentences write the
      same one and it is not a word for people of any kind ("soldiers killed", but "dead"
      for "killed 12 people" and "claimed 14 lives", and for "58 Tote");
    - else the noun both write after the figure, the same word or its singular and plural
      (the plural shown: "1 vs 2 seats"), as the article writes it.

    A sum of money, a length of time or a figure hyphened to its noun ("a three-storey
    building") tells its unit with its value: none."""
    pct_a, pct_b = na.key.startswith("pct:"), nb.key.startswith("pct:")
    if pct_a or pct_b:
        subject = percent_subject(fa, na) if pct_a and pct_b else ""
        if subject:
            return subject if subject == percent_subject(fb, nb) else ""
        return VOTE_SHARE if pct_a and pct_b and _share(fa, na) and _share(fb, nb) else ""
    if na.qualifier or nb.qualifier or CURRENCIES & {na.unit_word, nb.unit_word}:
        return ""
    noun = _one_noun(told_noun(fa, na), told_noun(fb, nb), word_forms(fb.language).stem)
    if na.unit_word != nb.unit_word or _told_with(fa, na) or _told_with(fb, nb):
        # "soldiers" and "troops", "people" and "Menschen": one group, two words; "34
        # years old": the value tells its noun itself
        noun = ""
    if role_a and role_a == role_b:
        # "58 Tote", "12 dead", "12 people": the fate says it all
        english = fa.language is None and fb.language is None
        kind = english and bool(noun) and na.unit_word not in PEOPLE_UNITS
        return f"{noun} {_AFTER_NOUN.get(role_a, role_a)}" if kind else role_a
    return noun


def _told_with(f: UnitFeatures, m: Mention) -> bool:
    """Figure ``m`` is written with the word it counts ("34 years old")."""
    stem_word = word_forms(f.language).stem
    return any(stem_word(w.lower()) == m.unit_word for w in WORD.findall(m.surface))


def _share(f: UnitFeatures, m: Mention) -> bool:
    """Percentage ``m`` of ``f`` is told as a share of the vote: "52.3% of the vote",
    "53.2 percent of the votes cast" (not "of voters", a turnout)."""
    return _OF_THE_VOTE.match(f.unit.text, m.span.end - f.unit.span.start) is not None


def written_noun(f: UnitFeatures, m: Mention) -> str:
    """The noun count ``m`` counts (its ``unit_word``) as sentence ``f`` writes it, among
    the few words of its phrase after it ("seats" of "87 of the 150 seats"), '' when none
    of them is that word."""
    if not m.unit_word or "+" in m.unit_word:
        return ""
    text, base = f.unit.text, f.unit.span.start
    end = m.span.end - base
    phrase = _PHRASE_END.split(text[end : end + 80], maxsplit=1)[0]
    stem_word = word_forms(f.language).stem
    words: list[str] = WORD.findall(phrase)
    return next(
        (w for w in words[:_WORDS_AFTER] if counted_stem(w, f.language, stem_word) == m.unit_word),
        "",
    )


def told_noun(f: UnitFeatures, m: Mention) -> str:
    """The noun count ``m`` counts as sentence ``f`` writes it (:func:`written_noun`), or,
    for an item of a list whose noun is said once, as written after the nearest figure
    before it counting the same ("72" of "312 seats, the Conservatives 121 and the Liberal
    Democrats 72": "seats", written after "312"); '' when none."""
    own = written_noun(f, m)
    if own or not m.unit_word:
        return own
    before = [n for n in f.numbers if n.span.end <= m.span.start and n.unit_word == m.unit_word]
    return next((w for n in reversed(before) if (w := written_noun(f, n))), "")


def _one_noun(a: str, b: str, stem: Callable[[str], str]) -> str:
    """The one noun ``a`` and ``b`` (two forms of one stem, or two nouns of one thing:
    "Mandate" and "Sitze") write: the same word (in lower case when one writes it so), its
    singular and plural (the plural, the longer: "seats" of "seat" and "seats"), or B's
    noun of two (as a length is told in B's unit words); '' when either writes none."""
    if not a or not b:
        return ""
    if a.lower() == b.lower():
        return b if b.islower() else a  # "magazines" of "12 Magazines" and "31 magazines"
    if stem(a.lower()) != stem(b.lower()):
        return b  # "41 Mandate", "40 Sitze": "41 vs 40 Sitze"
    return max(a, b, key=len)
