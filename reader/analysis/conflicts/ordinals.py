"""Ordinals that two linked sentences give the same thing with different values: "his
third title" vs "his fourth title", "the second time" vs "the third time", "the 12th
victim" vs "the 13th victim", in English, French, German, Spanish, Italian and
Portuguese ("troisième fois", "zum dritten Mal", "tercera vez", "terza volta",
"terceira vez").

An ordinal counts the noun it stands before (the last of a run of small words in
English, "third straight title"; the next word elsewhere, "la tercera vez consecutiva").
Two ordinals compare only when they count one noun (or two words for it: "fifth
straight league win" and "sixth consecutive league victory"), neither sentence gives
the other's value of it ("the first and second games"), neither lies in a clause of
another occasion ("since his first title"), and the two tell one act: their clauses share
a word as written, before or after the ordinal ("fourth consecutive quarter of profit
growth", "fifth straight quarter of higher profit"), or both count a run that has one
length at a time ("fourth consecutive quarter", "fifth straight quarter"), or a tenure of
one person both name ("Frederiksen is set to win a third term", "Frederiksen on course
for a second term"). Years the sentences tell differently put them on two occasions,
unless the years are themselves a disagreement on one act ("the 50th summit since the
group first met in 1975" vs "the 49th summit of the group, which first met in 1976").
They stand only on a close link.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from reader.analysis.conflicts.conflict import Conflict, told_value
from reader.analysis.conflicts.told_times import same_occasions
from reader.analysis.features import STOPWORDS, UnitFeatures
from reader.analysis.linking.word_forms import word_forms
from reader.analysis.mention import Mention
from reader.analysis.words.clauses import CLAUSE_BREAK, context_words, occasion_before
from reader.analysis.words.lexicon import ENGLISH_ORDINALS, FOREIGN_ORDINALS, MONTHS, NUMBER_WORDS
from reader.analysis.words.stems import stem
from reader.ingest.calendar_words import OTHER_MONTHS
from reader.lazy_regex import longest_first
from reader.model import DiscrepancyKind, Span


@dataclass(frozen=True, slots=True)
class Ordinal:
    mention: Mention  # key "ordinal:<value>"
    value: int
    noun: str  # the stem of what it counts, one for the words of one thing ("win", "victory")
    word: str = ""  # that noun's stem as written
    run: bool = False  # the count of a run ("third straight", "quarta vittoria di fila")


def ordinals(f: UnitFeatures) -> list[Ordinal]:
    """The ordinals of sentence ``f`` with the nouns they count."""
    text, base = f.unit.folded, f.unit.span.start
    language = f.language if f.language in _WORDS else None
    out: list[Ordinal] = []
    for m in _pattern(language).finditer(text):
        word = m.group().lower()
        value = int(m.group("digits")) if m.group("digits") else _WORDS[language][word]
        word = _noun(text, m.end(), language)
        if word == _MINUTE:
            continue  # a minute of a match (reader.analysis.conflicts.match_minutes)
        if word and not (value == 1 and word in _OCCASIONS):
            span = Span(base + m.start(), base + m.end())
            mention = Mention("number", f"ordinal:{value}", span, m.group())
            run = bool(_RUN.search(CLAUSE_BREAK.split(text[m.end() : m.end() + 40])[0]))
            out.append(Ordinal(mention, value, _SAME_THING.get(word, word), word, run))
    return out


def ordinal_conflicts(fa: UnitFeatures, fb: UnitFeatures) -> list[Conflict]:
    """Ordinals of one noun with different values in ``fa`` and ``fb``."""
    if not same_occasions(fa, fb):
        return []
    in_a, in_b = ordinals(fa), ordinals(fb)
    told_a = {(o.noun, o.value) for o in in_a}
    told_b = {(o.noun, o.value) for o in in_b}
    out: list[Conflict] = []
    for oa in in_a:
        if (oa.noun, oa.value) in told_b or _elsewhere(fa, oa):
            continue
        for ob in in_b:
            if ob.noun != oa.noun or (ob.noun, ob.value) in told_a or _elsewhere(fb, ob):
                continue
            if not _one_act(fa, oa, in_a, fb, ob, in_b):
                continue  # "floored Rahman in the sixth round", "stopped him in the seventh"
            out.append(told_value(DiscrepancyKind.NUMBER, oa.mention, ob.mention))
    return out


def _one_act(
    fa: UnitFeatures,
    oa: Ordinal,
    in_a: list[Ordinal],
    fb: UnitFeatures,
    ob: Ordinal,
    in_b: list[Ordinal],
) -> bool:
    """``oa`` and ``ob``, ordinals of one noun, count one thing: both count a run, or a
    tenure of a person both sentences name, or their clauses share a word or tell
    nothing else."""
    if oa.run and ob.run:
        return True  # "fourth consecutive quarter", "fifth straight quarter"
    if oa.noun in _TENURES and min(oa.value, ob.value) > 1 and fa.name_keys & fb.name_keys:
        return True  # "Frederiksen is set to win a third term", "... a second term"
    words_a, words_b = _clause_words(fa, oa, in_a), _clause_words(fb, ob, in_b)
    # "It was the 50th G7 summit." and "It was the 49th G7 summit.": the ordinal is all
    # either clause tells
    return bool(words_a & words_b) or not (words_a or words_b)


def _clause_words(f: UnitFeatures, o: Ordinal, others: list[Ordinal]) -> set[str]:
    """What the clause of ``o`` tells besides the noun it counts, as written, on both
    sides of the ordinal ("won" of "won his third title", "arrested" of "the second time
    he was arrested", "profit" of "fourth quarter of profit growth"; "hosting" of
    "hosting the Oscars for the second time" is not "host" of "an Oscars host the first
    time")."""
    words = context_words(
        f, o.mention, [x.mention for x in others], by_days=False, exact=True, both_sides=True
    )
    nouns = (o.noun, o.word, *_ORDINAL_STEMS)
    read = stem if f.language is None else word_forms(f.language).stem
    return {w for w in words if read(w) not in nouns and w not in nouns and not _RUN.search(w)}


def _elsewhere(f: UnitFeatures, o: Ordinal) -> bool:
    return occasion_before(f, o.mention.span.start - f.unit.span.start)


def _noun(text: str, end: int, language: str | None) -> str:
    """The stem of the noun an ordinal ending at ``end`` counts, '' when none follows
    ("the first of June", "he came first", "secondo la polizia": no count of a thing)."""
    if language is None:
        run = _ENGLISH_RUN.match(text, end)
        if run is None:
            return ""
        words = [w for w in re.split(r"[\s-]+", run.group(1).lower()) if w]
        words = words[: next((k for k, w in enumerate(words) if w in STOPWORDS), len(words))]
        if not words or words[0] in _NOT_COUNTED or words[0] in NUMBER_WORDS:
            return ""  # "the first two games": a selection, compared as a count
        if words[-1] in MONTHS:
            return ""
        return stem(words[-1])
    after = _NEXT_WORD.match(text, end)
    if after is None:
        return ""
    word = after.group(1).lower()
    forms = word_forms(language)
    if forms.function(word) or word in STOPWORDS or word in OTHER_MONTHS:
        return ""
    return forms.stem(word)


# up to four small words after an English ordinal, joined by spaces or a hyphen
# ("third straight title", "first-round knockout"); the last counts
# ("third straight title", "first-round knockout", "50th G7 summit": a group's code is
# a small word too)
_ENGLISH_RUN = re.compile(
    r"[\s-]((?:[a-z]+|[A-Z]{1,3}\d{1,2})(?:[\s-](?:[a-z]+|[A-Z]{1,3}\d{1,2})){0,3})\b"
)
_NEXT_WORD = re.compile(r"\s+([^\W\d_]{2,})")
# words after "first" or "second" that make no count: "first reported", "second half"
# is a count of halves, kept; an adverb or a verb is not
_NOT_COUNTED = frozenset(
    "of and or to in on at by for as is was were be been has have had said told".split()  # noqa: SIM905
)
_OCCASION_WORDS = {
    "French": "fois",
    "German": "mal",
    "Spanish": "vez",
    "Italian": "volta",
    "Portuguese": "vez",
}
# a first period of a tenure is told as background as often as a count ("in his first
# season as head coach" beside "starting his fourth season as coach": ECB+ 5_2/5_3)
_FIRST_PERIODS = {
    None: "season year month week term",
    "French": "saison année mois semaine mandat",
    "German": "saison jahr monat woche amtszeit",
    "Spanish": "temporada año mes semana mandato",
    "Italian": "stagione anno mese settimana mandato",
    "Portuguese": "temporada ano mês semana mandato",
}
# the languages whose ordinals are read as counts (lexicon.ENGLISH_ORDINALS, FOREIGN_ORDINALS)
_WORDS: dict[str | None, dict[str, int]] = {
    None: ENGLISH_ORDINALS,
    **{language: FOREIGN_ORDINALS[language] for language in _OCCASION_WORDS},
}
# "the first time" tells an earlier occasion as often as a count ("was so nice as an
# Oscars host the first time" beside "will host the Oscars for a second time"): a first
# occasion (or period, _FIRST_PERIODS) is not compared, a second against a third is
_OCCASIONS = frozenset(
    {stem("time")}
    | {word_forms(lang).stem(w) for lang, w in _OCCASION_WORDS.items()}
    | {
        (word_forms(lang).stem if lang else stem)(w)
        for lang, words in _FIRST_PERIODS.items()
        for w in words.split()
    }
)
_ORDINAL_STEMS = frozenset(stem(w) for w in ENGLISH_ORDINALS)
_MINUTE = stem("minute")


@cache
def _pattern(language: str | None) -> re.Pattern[str]:
    """The ordinals of ``language``: its words, and figures with an ordinal's ending
    ("12th", "3e", "3ème", "3º", "3ª", "3°", Italian's "23esimo"; German's "3." is a
    date's day as often)."""
    words = "|".join(longest_first(_WORDS[language]))
    digits = {
        None: r"(?P<digits>\d{1,3})(?:st|nd|rd|th)",
        "French": r"(?P<digits>\d{1,3})(?:e|ème|er|re)",
        "Spanish": r"(?P<digits>\d{1,3})[ºª°]",
        "Italian": r"(?P<digits>\d{1,3})(?:[ºª°]|esim[oaie])",
        "Portuguese": r"(?P<digits>\d{1,3})[ºª°]",
    }.get(language, r"(?P<digits>(?!))")
    return re.compile(rf"(?<![\w-])(?:{digits}|(?:{words}))(?![\w])", re.IGNORECASE)


# a run has one length at a time: "third straight", "fourth consecutive", "successive",
# "in a row"; "consécutive", "d'affilée", "de suite"; "in Folge", "nacheinander",
# "hintereinander"; "consecutiva", "seguida", "di fila"
_RUN = re.compile(
    r"\b(?:straight|consecutive|successive|in a row|consécuti\w*|d'affilée|de suite"
    r"|in folge|nacheinander|hintereinander|consecutiv\w*|seguid\w*|di fila)\b",
    re.IGNORECASE,
)
# words of one thing an ordinal counts, each language's stemmed as its articles are; the
# thing is named by the first English word of its row
_SYNONYMS = {
    None: ["win victory triumph", "defeat loss", "title championship crown", "term mandate"],
    "French": ["victoire succès", "défaite revers", "titre sacre", "mandat"],
    "German": ["sieg erfolg", "niederlage pleite", "titel meisterschaft", "amtszeit mandat"],
    "Spanish": ["victoria triunfo", "derrota", "título campeonato", "mandato"],
    "Italian": ["vittoria successo", "sconfitta", "titolo scudetto", "mandato"],
    "Portuguese": ["vitória triunfo", "derrota", "título campeonato", "mandato"],
}
_SAME_THING = {
    (stem(w) if lang is None else word_forms(lang).stem(w)): stem(_SYNONYMS[None][k].split()[0])
    for lang, rows in _SYNONYMS.items()
    for k, row in enumerate(rows)
    for w in row.split()
}
# a person holds one term at a time: "term", "mandat", "Amtszeit", "mandato"
_TENURES = frozenset({stem("term")})
