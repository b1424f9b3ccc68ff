"""The clause a time or a figure is told in: its content words, which tell what the time
is of ("sunk a pirate mother ship on November 19", "the quake struck at 10:15 a.m."), and
whether it tells another occasion than the sentence's ("Putin, who took office in May
2000, ...", "a day after he arrived on Wednesday"). Two sentences' times of one fact share
such words; :mod:`reader.analysis.conflicts.discrepancies` and
:mod:`reader.analysis.conflicts.told_times` compare only those."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from reader.analysis.features import STOPWORDS, UnitFeatures
from reader.analysis.linking.word_forms import word_forms
from reader.analysis.mention import Mention
from reader.analysis.times.entry_dates import entry_text
from reader.analysis.times.weekdays import weekday_mentions
from reader.analysis.words.clause_marks import clause_before
from reader.analysis.words.german_nouns import german_noun, nouns_of
from reader.analysis.words.lexicon import IRREGULAR_VERBS, OCCASION_WORDS, WEEKDAYS
from reader.analysis.words.stems import stem
from reader.ingest.calendar_words import OTHER_WEEKDAYS


def another_occasion(f: UnitFeatures, m: Mention) -> bool:
    """The time ``m`` tells is that of another occasion than the sentence's: it lies in a
    clause of someone's past ("Putin, who took office in May 2000, signed ..."), or of
    what came before or after ("a day after he arrived on Wednesday", "his first visit
    since September 2000", "the previous high, set in January 2024"), or of a time it is
    set against ("the team was 9-14 when Cheeks was fired Saturday morning"); in an
    article in another language, as it says so ("seit Dienstag", "depuis mardi", "cuando
    ... el martes")."""
    return occasion_before(f, m.span.start - f.unit.span.start)


def occasion_before(f: UnitFeatures, start: int) -> bool:
    """:func:`another_occasion` for a time at ``start`` in the sentence's text (a time
    told with a bound, "shortly after 3 p.m.", is judged from before its bound)."""
    clause = clause_before(f.unit.text, start, max(0, start - CONTEXT)).lower()
    own = _FOREIGN_OCCASION_WORD.get(f.language or "")
    return _OCCASION_WORD.search(clause) is not None or (
        own is not None and own.search(clause) is not None
    )


def one_other_occasion(fa: UnitFeatures, ma: Mention, fb: UnitFeatures, mb: Mention) -> bool:
    """Both times tell another occasion than their sentences' (:func:`another_occasion`),
    the same one: each in a clause of the same words up to the time ("The unit, which
    began operating in March 2025, treated ..." and "..., which began operating in April
    2025, ...": a news story copying a press release and changing its month; "Putin, who
    took office in May 2000" and "Putin, who took office in March 2000")."""
    if not (another_occasion(fa, ma) and another_occasion(fb, mb)):
        return False
    return _clause_words(fa, ma) == _clause_words(fb, mb)


def _clause_words(f: UnitFeatures, m: Mention) -> list[str]:
    start = m.span.start - f.unit.span.start
    clause = clause_before(f.unit.text, start, max(0, start - CONTEXT))
    return [w.lower() for w in WORDS.findall(clause)]


_OCCASION_WORD = re.compile(
    r"\b(?:who|whom|whose|which|since|after|before|following|until|till|ahead\s+of|than"
    r"|when|whenever|while"
    # a record beaten, set on its own occasion: "beating the previous high of 20,960
    # megawatts set in January 2024", "the old mark, set in 2019"
    r"|(?:previous|prior|old|former)\s+(?:(?:national|all-time|annual)\s+)?"
    r"(?:record|high|low|peak|mark|best))\b"
)
_FOREIGN_OCCASION_WORD = {
    language: re.compile(r"\b(?:" + "|".join(sorted(words)) + r")\b")
    for language, words in OCCASION_WORDS.items()
}


def context_words(
    f: UnitFeatures,
    m: Mention,
    others: Sequence[Mention],
    ignore: Collection[str] = frozenset(),
    *,
    by_days: bool = True,
    exact: bool = False,
    both_sides: bool = False,
    titled: bool = False,
) -> set[str]:
    """Stems of the lower-case content words of a time's clause (less the words
    ``ignore`` lists): those before it back to the clause's start or the previous time
    ("and also sunk a pirate mother ship on November 19"), or, when the time opens its
    clause or dates the noun after it (:func:`dates_a_noun`), those after it ("On
    November 19, INS Tabar sunk a fishing trawler ...", "the November 18 sinking of a
    Thai fishing trawler").
    ``others`` are the sentence's other times; its weekdays bound the clause too, unless
    not ``by_days`` (a clock time belongs to its day: "struck Thursday at 10:15 a.m.").
    Words are read in the article's language ("Le séisme a frappé la région à 14h30");
    ``exact``: as written, not stemmed ("hosted" is not "to host": a past act and a
    coming one); ``both_sides``: the words after it within its clause as well ("the
    fourth consecutive quarter of profit growth"); ``titled``: a word in title case too, in
    small letters ("Energy Emergency Alert Level 2": "energy", "emergency" ...)."""
    text, base = f.unit.text, f.unit.span.start
    start, end = m.span.start - base, m.span.end - base
    bounds = [(o.span.start - base, o.span.end - base) for o in others if o.span != m.span]
    days = [(w.span.start - base, w.span.end - base) for w in weekday_mentions(f) if by_days]
    bounds += [(s, e) for s, e in days if not start - 3 <= e <= end]
    left = max([0, start - CONTEXT] + [e for _, e in bounds if e <= start])
    entry = entry_text(text, start, end) if m.kind in _ENTRY_KINDS else None
    if entry is not None:
        # a timeline entry's heading date ("April 2019 – The contractor goes into
        # administration"): the time of all its entry tells
        return content_words(entry, f.language, exact=exact, titled=titled) - set(ignore)
    if m.kind == "date" and dates_a_noun(f, start, end):
        before = ""  # "the November 18 sinking of a trawler": the sinking's date
    else:
        before = CLAUSE_BREAK.split(text[left:start])[-1]
    words = content_words(before, f.language, exact=exact, titled=titled) - set(ignore)
    if not words or both_sides:
        right = min([len(text), end + CONTEXT] + [b for b, _ in bounds if b >= end])
        after = CLAUSE_BREAK.split(text[end:right].lstrip(" ,"))[0]
        words |= content_words(after, f.language, exact=exact, titled=titled) - set(ignore)
    return words


def dates_a_noun(f: UnitFeatures, start: int, end: int) -> bool:
    """The date at ``start .. end`` of ``f``'s sentence is told before the noun it dates,
    after an article or a possessive ("the adverse publicity which followed the November
    18 sinking of a Thai fishing trawler", "the 18 November attack", "a Nov. 18
    meeting"): its clause is that noun's, after it, not the words before (an ordinal so
    told, "the sixth round", keeps the words before: "floored Rahman in"). English only:
    the other languages tell the date after its noun ("le naufrage du 18 novembre")."""
    if f.language is not None:
        return False
    text = f.unit.text
    if _DETERMINER_BEFORE.search(text, max(0, start - 8), start) is None:
        return False
    noun = _WORD_AFTER.match(text, end)
    return noun is not None and noun.group(1) not in STOPWORDS


_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|this|that|its|his|her|their|our)\s+$", re.I)
_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")


def content_words(
    text: str, language: str | None = None, *, exact: bool = False, titled: bool = False
) -> set[str]:
    """Stems of the lower-case words of ``text`` that tell something: not function
    words (of English, and of ``language``, the article's), not weekdays; the words
    themselves when ``exact``. German's nouns count as its small words do, in small
    letters ("Die Feuerwehr rückte am Donnerstag aus": "feuerwehr", "rückte");
    names do not (reader.analysis.words.german_nouns); ``titled``: words in title case
    do too, in small letters ("Emergency Alert": "emergency", "alert")."""
    forms = word_forms(language) if language is not None else None
    found = WORDS.findall(text)
    if forms is not None and language == "German":
        nouns = nouns_of([text], forms.stem)
        found = [w.lower() if german_noun(w, forms.stem, nouns) else w for w in found]
    if titled:
        found = [w.lower() if w.istitle() else w for w in found]
    words = [
        w
        for w in found
        if w.islower()
        and len(w) > 2
        and w not in STOPWORDS
        and w not in _ANY_WEEKDAY
        and not (forms is not None and forms.function(w))
    ]
    if exact:
        return set(words)
    if forms is not None:
        return {forms.stem(w) for w in words}
    return {stem(IRREGULAR_VERBS.get(w, w)) for w in words}  # "sunk" and "sinking": sink


WORDS = re.compile(r"[^\W\d_]+")
CLAUSE_BREAK = re.compile(r"[,;:]|\band\b|\bbut\b|\bwhile\b")
_ANY_WEEKDAY = WEEKDAYS | OTHER_WEEKDAYS  # "mardi" is no context word either
CONTEXT = 80  # characters on each side, at most
_ENTRY_KINDS = frozenset({"date", "year"})
