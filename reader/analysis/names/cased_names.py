"""Names in a pair written in a cased language other than English.

The sentence rules take a run of capitalised words for a name, which in English is
nearly right. Elsewhere it is not: a Russian, French or Spanish sentence opens with a
capitalised article, pronoun or title ("Президент России Владимир Путин", "Selon Kim
Jong-un", "El presidente"), and German capitalises every noun ("Der Vertrag sieht
gegenseitigen Beistand vor"), so that "Die", "Vertrag" and "Beistand" came out as names
matched across the articles. Russian also declines names ("Путин", "Путина").

For a side written in such a language, each name is read again against the pair:

- the word opening its sentence (or a quotation) is no part of the name when it is a
  function word or a title of that language (a German quantifier or sentence adverb
  too: "Beide", "Zuletzt"), when the pair writes it in small letters (compared by stem:
  "Визит" and "визитом"), or when it is a month or a day on its own ("Lundi, ...");
- a title inside a name ends an office, whose words go with it: "Russlands Präsident
  Wladimir Putin" names Wladimir Putin, as "der russische Präsident Wladimir Putin" does;
- in German, a leading word is no name when it is a noun (reader.analysis.words.german_nouns:
  "der Vertrag", "gegenseitigen Beistand", "Nach Angaben", "Bundeskanzler", a compound
  of a noun: "Bahndamm", "Lebensgefahr"), nor an adjective opening a sentence before
  its noun ("Westliche Regierungen"), and a month or a day is none ("am 19. Juni"); a
  genitive ends a name before the noun or the title it qualifies ("Merkels Sprecher");
- a name made of two names the pair also uses on their own ("России" and "Владимир
  Путин"), or of an acronym and a name ("КНДР Ким Чен Ын"), is read as two;
- a name's key is made of its words' stems, so "Путина" and "Путин" are one name, and a
  German genitive the stemmer keeps ("Nordkoreas") is keyed as the name the pair uses;
  in a Latin script, of its words without their accents, so "São Paulo" and "Sao Paulo",
  "Zürich" and "Zurich" are one name (the Portuguese stemmer cut "São" to "sã"); when
  the other side is in another language of the Latin script, of its words without
  accents alone, as that side's are (reader.analysis.names.two_languages).

English pairs (and any side too short to tell its language) are left as they were.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from reader.analysis.features import UnitFeatures, name_key
from reader.analysis.figures.compound_counts import dutch_person
from reader.analysis.linking.relatedness import MODEL_LANGUAGE_WORDS, not_english, pair_language
from reader.analysis.linking.word_forms import STEMMERS, snowball
from reader.analysis.mention import Mention
from reader.analysis.names.german_papers import paper_at
from reader.analysis.names.institution_names import place_after
from reader.analysis.names.office_places import first_name
from reader.analysis.names.offices import completes_office
from reader.analysis.names.place_particles import verb_before_place
from reader.analysis.names.two_languages import spelled, two_languages
from reader.analysis.words.article_names import (
    OPENING,
    article_before,
    held_article,
    inner_articles,
)
from reader.analysis.words.common_words import opening_words
from reader.analysis.words.german_nouns import (
    TOKEN,
    Stem,
    capitalised_inside,
    german_noun,
    german_nouns,
    glued_nouns,
    opening_adjective,
)
from reader.analysis.words.letters import unaccented
from reader.analysis.words.lexicon import (
    CAPITALISED_CALENDAR,
    DEMONYMS,
    FOREIGN_CALENDAR_WORDS,
    FOREIGN_FUNCTION_WORDS,
    FOREIGN_TITLES,
    GERMAN_TITLE_ENDINGS,
    OFFICE_SCOPES,
)
from reader.analysis.words.opening_articles import holds_opening_article
from reader.analysis.words.romance_openers import LeadWords, lead_words
from reader.ingest.given_names import is_given_name
from reader.ingest.languages import main_language, main_script
from reader.model import Span

# the languages whose names are read again: cased, with function words and titles listed
CASED = frozenset(
    {"German", "French", "Spanish", "Italian", "Portuguese", "Dutch", "Swedish"}
    | {"Cyrillic script", "Greek script"}
)
_WORD_IN = re.compile(r"\S+")
# the languages whose letters keep their marks in a key ("й" is no "и" with an accent)
_OWN_SCRIPTS = frozenset({"Cyrillic script", "Greek script"})
# the languages that never decline a given name
_UNDECLINED = frozenset(("French", "Spanish", "Italian", "Portuguese"))


@dataclass(frozen=True, slots=True)
class _Reading:
    """What a side's names are read against: its language's stemmer and word lists, and
    what the pair writes in small letters and (in German) as nouns."""

    language: str
    stem: Stem
    small: set[str]
    nouns: set[str]
    glued: set[str]  # German nouns written right after a name ("Russland Artilleriegranaten")
    function: frozenset[str]
    calendar: frozenset[str]
    opening: frozenset[str]  # what names nothing alone opening a sentence (common_words)
    inner: frozenset[str]  # articles the pair writes capitalised inside a sentence (article_names)
    lead: LeadWords | None  # what tells a Romance adjective opening a sentence (romance_openers)
    capitalised: frozenset[str]  # words the pair capitalises inside a sentence (German)
    across: bool = False  # the other side is in another language: names keyed unstemmed

    def key_word(self, word: str) -> str:
        """A word of a name's key: its stem without accents ("Путина" and "Путин", "São"
        and "Sao"), a Romance given name without its accents alone; across two languages
        its letters without accents alone, as the other side's ("Kempten", not "kempt":
        reader.analysis.names.two_languages)."""
        if self.across:
            return spelled(word)
        if self.language in _UNDECLINED and first_name(word):
            # a given name, which a Romance language never declines, whole: the Portuguese
            # stemmer cuts "Maria" to the "mar" of "Instituto do Mar"
            return unaccented(word).lower()
        return self.stem(self.letters(word))

    def title(self, word: str) -> bool:
        """A title before a name: "Präsident", "président", "Außenminister"."""
        low = word.lower()
        return low in FOREIGN_TITLES or (
            self.language == "German" and low.endswith(GERMAN_TITLE_ENDINGS)
        )

    def letters(self, word: str) -> str:
        """``word`` as a name's key spells it: without accents in a Latin script ("São
        Paulo" and "Sao Paulo", "Zürich" and "Zurich" are one name)."""
        return word if self.language in _OWN_SCRIPTS else unaccented(word)

    def noun(self, word: str) -> bool:
        """A German noun rather than a name (reader.analysis.words.german_nouns)."""
        return self.language == "German" and german_noun(word, self.stem, self.nouns)


def refine_cased_names(*sides: Sequence[UnitFeatures]) -> None:
    """Read again, in place, the names of each side written in a cased language other
    than English (see the module's docstring)."""
    pair = language_of([f for side in sides for f in side], pair=True)
    languages = [language_of(side, pair) for side in sides]
    foreign = [(side, lang) for side, lang in zip(sides, languages, strict=True) if lang]
    if not foreign:
        return
    units = [f for side, _ in foreign for f in side]
    inner = inner_articles(f.unit.folded for f in units)
    across = two_languages(*sides)
    readings = []
    for side, lang in foreign:
        stem = _stemmer(lang)
        reading = _Reading(
            lang,
            stem,
            _small_stems(units, stem),
            nouns := german_nouns(units, stem) if lang == "German" else set(),
            glued_nouns(units, stem, nouns) if lang == "German" else set(),
            FOREIGN_FUNCTION_WORDS.get(lang, frozenset()),
            FOREIGN_CALENDAR_WORDS.get(lang, frozenset()),
            opening_words(lang),
            inner,
            lead_words((f.unit.folded for f in units), lang),
            capitalised_inside(f.unit.folded for f in units) if lang == "German" else frozenset(),
            across,
        )
        readings.append(reading)
        for f in side:
            f.names = [m for n in f.names if (m := _trimmed(f, n, reading)) is not None]
    alone = {n.key for f in units for n in f.names}
    for (side, lang), reading in zip(foreign, readings, strict=True):
        for f in side:
            f.names = [
                _genitive_apart(part, alone) if lang == "German" else part
                for n in f.names
                for whole in _split(f, n, alone, reading)
                for part in (whole, *_place_of(f, whole, alone, reading))
            ]


def language_of(
    side: Sequence[UnitFeatures], otherwise: str | None = None, *, pair: bool = False
) -> str | None:
    """The cased language other than English ``side`` is written in, if any; when it is
    too short to tell (a brief), ``otherwise`` (the pair's). ``pair``: ``side`` is both
    sides of a pair, told from fewer words when they are two briefs
    (:func:`reader.analysis.linking.relatedness.pair_language`)."""
    text = " ".join(f.unit.folded for f in side)
    language = pair_language(text) if pair else not_english(text)
    unread = main_script(text) in (None, "Latin") and (
        main_language(text, minimum=MODEL_LANGUAGE_WORDS) is None
    )
    if language is None and unread:
        language = otherwise
    return language if language in CASED else None


def _stemmer(language: str) -> Stem:
    return _twice(STEMMERS[language])


@lru_cache(maxsize=16)
def _twice(algorithm: str) -> Stem:
    once = snowball(algorithm)

    @lru_cache(maxsize=65536)
    def stem(word: str) -> str:
        # twice: a declined name and its nominative meet ("Лаврова", "Лавров")
        return once(once(word.lower()))

    return stem


def _small_stems(units: Sequence[UnitFeatures], stem: Stem) -> set[str]:
    """The stems of the words the units write in small letters, also after an elided
    article or preposition ("alluvione" of "L'alluvione", "nell'alluvione"), so that a
    noun opening a headline ("Alluvione in Liguria") is read as the pair writes it."""
    out: set[str] = set()
    for f in units:
        for w in TOKEN.findall(f.unit.folded):
            if w[0].islower() and (len(w) > 1 or w.isalpha()):
                out.add(stem(w))
            tail = _ELIDED.split(w)[-1]
            if tail != w and tail[:1].islower() and len(tail) > 1:
                out.add(stem(tail))
    return out


_ELIDED = re.compile(r"['\u2019]")
_NEXT_WORD = re.compile(r"\s+(\w+)")


def _trimmed(f: UnitFeatures, n: Mention, reading: _Reading) -> Mention | None:
    """``n`` without the words before it that name nothing, rekeyed by stems; None when
    none is left (a month: "am 19. Juni"). A title inside a name ends an office, whose
    words go with it: "Russlands Präsident Wladimir Putin" is Wladimir Putin, as "der
    russische Präsident Wladimir Putin" is."""
    text, base = f.unit.folded, f.unit.span.start
    start = n.span.start - base
    words = [(start + m.start(), m.group()) for m in _WORD_IN.finditer(n.surface)]
    article = article_before(text, start, reading.language)
    held = [article[1], words[0][1]] if article is not None else []
    if article is not None and holds_opening_article(text, article[0], held, reading.inner):
        words = [article, *words]  # "Los Angeles", read as "Angeles" alone (features)
    plain = [w for _, w in words]
    if (
        OPENING.search(text, 0, start) is not None
        and _opener(words, reading, text)
        and not holds_opening_article(text, start, plain, reading.inner)
    ):
        words = words[1:]
    offices = [k for k, (_, word) in enumerate(words[:-1]) if reading.title(word)]
    if offices:
        words = words[offices[-1] + 1 :]
    while words and (reading.title(words[0][1]) or reading.noun(words[0][1])):
        if held_article(text, words[0][0], words[0][1], reading.language, reading.inner):
            break  # a fixed name declined: "der Linken" (reader.analysis.words.article_names)
        if reading.language == "German" and paper_at([w for _, w in words], reading.stem):
            break  # "der Süddeutschen Zeitung" (reader.analysis.names.german_papers)
        words = words[1:]
    while len(words) > 1 and reading.stem(words[-1][1].lower()) in reading.glued:
        words = words[:-1]
    words = words[: _genitive_end([w for _, w in words], reading)]
    if words and words[0][1].lower() in OFFICE_SCOPES and completes_office(text, words[0][0]):
        # "le chef de l'État", "el presidente del Gobierno": an office; "le secrétaire
        # d'État Laurent Nuñez" names Laurent Nuñez
        words = words[1:]
    if not words:
        return None
    german_calendar = reading.language in CAPITALISED_CALENDAR
    if len(words) == 1 and german_calendar and words[0][1].lower() in reading.calendar:
        return None  # German capitalises its months and days
    return _mention(f, words[0][0], words[-1][0] + len(words[-1][1]), reading)


def _opener(words: Sequence[tuple[int, str]], reading: _Reading, text: str) -> bool:
    """The first of ``words``, opening a sentence of ``text``, names nothing: a function
    word or a title, written in small letters elsewhere in the pair, or a month or a day
    on its own ("Lundi, les pompiers", not "Julio Iglesias"); on its own too (German:
    before a noun), a count, an ordinal or a common word of the language ("Cinco
    personas", "Segundo día", "Vamos a investigar", "Fünf Menschen"; not "Primo Levi",
    "Nueva York"), or a Romance adjective before its noun ("Fuerte sismo sacude Chile":
    reader.analysis.words.romance_openers; not "Roma abre sus museos")."""
    start, word = words[0]
    low = word.lower()
    before_noun = reading.language == "German" and len(words) > 1 and reading.noun(words[1][1])
    alone = len(words) == 1 or before_noun
    common = alone and word[1:] == low[1:] and low in reading.opening
    # "Westliche Regierungen beschuldigen" (reader.analysis.words.german_nouns)
    common = common or (before_noun and opening_adjective(word, reading.capitalised))
    if alone and not common and len(words) == 1 and reading.lead is not None:
        common = word[1:] == low[1:] and reading.lead.common(word, text, start + len(word))
        after = _NEXT_WORD.match(text, start + len(word))
        # "Llegaron de Santiago" (reader.analysis.names.place_particles)
        common = common or (
            after is not None and verb_before_place(word, after.group(1), reading.language)
        )
    return (
        low in reading.function
        or reading.title(low)
        or reading.stem(low) in reading.small
        or (low in reading.calendar and len(words) == 1)
        or common
        or _dutch_occupation(words, reading.language)
    )


def _dutch_occupation(words: Sequence[tuple[int, str]], language: str) -> bool:
    """The first of ``words``, opening a Dutch sentence, is a noun for what a person is or
    does before a given name, capitalised as the sentence's first word: "Melkveehouder
    Gerrit Jansen", "Buurtbewoner Anouk de Vries" (Dutch writes such nouns in small
    letters inside a sentence; a surname such as "Bakker" comes after a given name)."""
    return (
        language == "Dutch"
        and len(words) > 1
        and dutch_person(words[0][1])
        and not is_given_name(words[0][1])
        and is_given_name(words[1][1])
    )


def _genitive_end(words: Sequence[str], reading: _Reading) -> int:
    """How many of a German name's ``words`` name, when a genitive is followed by the
    noun or the title it qualifies: 1 of "Merkels Sprecher", "Bayerns Polizei"; all of
    "Deutsches Rotes Kreuz" (an adjective's "-es"), of "Markus Schuster" (a given name)."""
    if reading.language != "German":
        return len(words)
    for k, word in enumerate(words[:-1]):
        genitive = word.endswith("s") and not word.endswith(("es", "ss")) and len(word) > 3
        genitive = genitive and not first_name(word)  # "Hans", "Markus"
        after = words[k + 1]
        if genitive and not reading.noun(word) and (reading.title(after) or reading.noun(after)):
            return k + 1
    return len(words)


def _genitive_apart(n: Mention, alone: set[str]) -> Mention:
    """A German name in the genitive keyed as the pair's name ("Nordkoreas" as
    "Nordkorea"), which the stemmer leaves after a vowel."""
    if n.key.endswith("s") and n.key[:-1] in alone:
        return replace(n, key=n.key[:-1])
    return n


def _mention(f: UnitFeatures, start: int, end: int, reading: _Reading) -> Mention:
    """The name at ``start .. end`` of the unit's folded text, keyed by its words' stems,
    with the article it holds written before it in small letters or with a preposition
    ("du Havre" as "Le Havre": reader.analysis.words.article_names)."""
    text = f.unit.folded
    surface = text[start:end]
    key = name_key(surface)
    article = held_article(text, start, surface.split()[0], reading.language, reading.inner)
    if article is not None:
        key = f"{article} {key}"
    if key not in DEMONYMS:  # a nationality stays one, a topic word ("Britanniques")
        key = " ".join(reading.key_word(w) for w in key.split())
    base = f.unit.span.start
    return Mention("name", key, Span(base + start, base + end), surface)


def _place_of(f: UnitFeatures, n: Mention, alone: set[str], reading: _Reading) -> list[Mention]:
    """What the institution ``n`` is of as a name too, when the pair names it alone: "Paris"
    of "Tribunal de Paris" when the other report writes "le tribunal de Paris"
    (reader.analysis.names.institution_names)."""
    at = place_after(n.surface)
    if at is None:
        return []
    start = n.span.start - f.unit.span.start + at
    place = _mention(f, start, n.span.end - f.unit.span.start, reading)
    return [place] if place.key in alone else []


def _split(f: UnitFeatures, n: Mention, alone: set[str], reading: _Reading) -> list[Mention]:
    """``n`` as two names when an acronym opens it ("КНДР Ким Чен Ын") or when it is made
    of two names the side uses on their own ("России" and "Владимир Путин")."""
    base = f.unit.span.start
    start = n.span.start - base
    words = [(start + m.start(), m.group()) for m in _WORD_IN.finditer(n.surface)]
    for k in range(1, len(words)):
        head = f.unit.folded[start : words[k - 1][0] + len(words[k - 1][1])]
        acronym = words[k - 1][1].isupper() and len(words[k - 1][1]) > 1
        first = _mention(f, start, start + len(head), reading)
        rest = _mention(f, words[k][0], n.span.end - base, reading)
        if (acronym and k == 1 and not words[k][1].isupper()) or (
            first.key in alone and rest.key in alone
        ):
            return [first, rest]
    return [n]
