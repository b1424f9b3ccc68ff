"""The language of a text too short for its function words alone to tell it: a news
brief ("Vier Menschen starben in Passau.") has one function word ("in", English's too),
but its count ("vier") and its nouns ("Menschen") are German's.

Each word points to the languages that write it: their function words
(reader.ingest.languages), and for the languages whose counts are read (German, French,
Spanish, Italian, Portuguese, Dutch, Swedish) their auxiliaries, counts, ordinals, months and
days, the commonest words of news of deaths, injuries and statements (NEWS_WORDS), and
for German the endings only its nouns have ("Regierung", "Sicherheit"). English points
to its own (its function words, counts, months, jusText's list of its commonest words
and the other languages' words English writes too: "bin", "fast", "hat", "dies"), so a
word both write tells neither.

Names and titles are where English writes other languages' words ("Die Hard", "Das
Boot", "Tour de France", "Rio de Janeiro"): a capitalised word inside a sentence points to
no language but English and, for a German noun, German; a particle between two
capitalised words ("de", "del", "van") to none.

The language most words point to is told when the words that point to it and not to
English are at least BRIEF_WORDS, and those that point to it and not to any other
language are twice as many as those that point to the other and not to it.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from reader.analysis.words.common_words import AUXILIARIES, commonest_words
from reader.analysis.words.lexicon import (
    FOREIGN_CALENDAR_WORDS,
    FOREIGN_FUNCTION_WORDS,
    FOREIGN_NUMBER_WORDS,
    FOREIGN_ORDINALS,
    GERMAN_BARE_NOUNS,
    GERMAN_NOUN_SUFFIXES,
    GERMAN_SUFFIX_STEM,
    MONTHS,
    NAME_PARTICLES,
    NUMBER_WORDS,
    STOPWORDS,
    WEEKDAYS,
)
from reader.ingest.languages import LANGUAGES, stands_apart

__all__ = ["BRIEF_WORDS", "NEWS_WORDS", "brief_language"]

# the words pointing to the language told and not to English, at least
BRIEF_WORDS = 2

# The commonest words of short news of deaths, injuries, fires, arrests and statements,
# none an English word ("brand", "police", "accident" left out)
NEWS_WORDS = {
    "German": """menschen personen leute tote toten verletzte verletzten starben gestorben
        getötet verletzt leben polizei feuerwehr jahr jahre jahren uhr stadt kinder kind
        frau frauen mann männer haus häuser feuer unfall sagte sagten teilte erklärte
        regierung präsident festgenommen brach""",
    "French": """personnes morts mort morte mortes tués tuées tué blessés blessées blessé
        décédé décédés incendie pompiers ans année ville enfants femme femmes homme hommes
        maison déclaré gouvernement arrêté""",
    "Spanish": """personas muertos muertas muerto murieron fallecido fallecidos heridos
        heridas herido incendio policía bomberos años año ciudad niños mujer mujeres hombre
        hombres casa accidente dijo gobierno detenido""",
    "Italian": """persone morti morto morta feriti ferito ferita incendio polizia vigili
        fuoco anni anno città bambini donna donne uomo uomini casa incidente detto governo
        arrestato""",
    "Portuguese": """pessoas mortos mortas morto morreram feridos ferido feridas incêndio
        polícia bombeiros anos ano cidade crianças mulher mulheres homem homens casa
        acidente disse governo preso""",
    "Dutch": """mensen personen doden dode gewonden gewond omgekomen kwamen overleden
        politie brandweer jaar jaren stad kinderen vrouw vrouwen mannen huis ongeluk zei
        regering aangehouden""",
    "Swedish": """personer människor döda dödades skadade skadades omkom avled polisen
        räddningstjänsten brandkåren året åren staden kvinna kvinnor män huset olycka
        sade säger regeringen gripen""",
}
# the other languages' words that English writes too, a word of one of their lists
_ENGLISH_TOO = frozenset(
    """
    bin fast hat will dies so man war die den art bad band gift hut rat mist elf seize car
    sin hay era fine come door word ben dos otto con per tem ser mi ter pro or son once due
    six sept tour final plus me te he has no lo le ante rund sex
    """.split()  # noqa: SIM905
)
_READ = tuple(FOREIGN_NUMBER_WORDS)  # the languages told from more than function words
# a word, with an elided article's apostrophe ("l'", "dell'"); a letter alone but for an
# initial ("U. S.", "W. Bush", "D-W.Va.")
_WORD = re.compile(
    r"[^\W\d_]{2,}(?:['’](?=[^\W\d_]))?|(?<![\w'’.-])[^\W\d_](?:['’](?=[^\W\d_])|(?![.\w-]))"
)
_OPENS = re.compile(r"(?:^|[.!?:;\n\"“”«»(]|--|–|—)[\s\"“”«»'‘’(]*$")
_GERMAN_NOUN = re.compile(rf"[^\W\d_]{{{GERMAN_SUFFIX_STEM},}}(?:{'|'.join(GERMAN_NOUN_SUFFIXES)})")
_PARTICLES = frozenset(NAME_PARTICLES)


def brief_language(text: str, minimum: int = BRIEF_WORDS) -> str | None:
    """The language of Latin-script ``text`` (a brief or two), from every word that
    points to one; None when it is English, or when too few words tell a language."""
    pointing: dict[str, Counter[str]] = {}
    for token, languages in _tokens(text):
        for language in languages:
            pointing.setdefault(language, Counter())[token] += 1
    if not pointing:
        return None
    ranked = sorted(pointing, key=lambda lang: pointing[lang].total(), reverse=True)
    first, best = ranked[0], pointing[ranked[0]]
    english = pointing.get("English", Counter())
    if first == "English" or sum(n for w, n in best.items() if w not in english) < minimum:
        return None
    return first if stands_apart(best, [pointing[other] for other in ranked[1:]]) else None


def _tokens(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """Each word of ``text`` in small letters, and the languages it points to where it
    stands."""
    found = list(_WORD.finditer(text))
    out = []
    for k, m in enumerate(found):
        word = m.group()
        token = word.lower().replace("’", "'")
        languages = _languages_of(token)
        if word[0].isupper() and not _OPENS.search(text, 0, m.start()):
            # inside a sentence, a capitalised word is a name's or a title's, or a noun
            languages = tuple(
                lang for lang in languages if lang == "English" or _german_noun(lang, token)
            )
        elif token in _PARTICLES and 0 < k < len(found) - 1:
            before, after = found[k - 1].group(), found[k + 1].group()
            if before[0].isupper() and after[0].isupper():  # "Rio de Janeiro"
                languages = ()
        out.append((token, languages))
    return out


def _german_noun(language: str, token: str) -> bool:
    """``token``, capitalised inside a sentence, points to German: a word German writes
    that is none of its function words ("Menschen", "Polizei", "Vier"; not "Die"), or a
    noun's ending ("Regierung")."""
    if language != "German":
        return False
    if _GERMAN_NOUN.fullmatch(token):
        return True
    small = FOREIGN_FUNCTION_WORDS["German"] | AUXILIARIES["German"]
    return token in _words()["German"] and token not in small


@cache
def _languages_of(token: str) -> tuple[str, ...]:
    """The languages ``token`` (in small letters) points to, wherever it stands."""
    found = [language for language, words in _words().items() if token in words]
    if "German" not in found and _GERMAN_NOUN.fullmatch(token):
        found.append("German")
    for letter in set(token):
        for language, profile in LANGUAGES.items():
            if letter in profile.letters and language not in found:
                found.append(language)
    return tuple(found)


@cache
def _words() -> dict[str, frozenset[str]]:
    """The words each language writes, in small letters."""
    out = {language: p.words for language, p in LANGUAGES.items()}
    english = frozenset(w.lower() for w in commonest_words("English"))
    out["English"] |= (
        STOPWORDS | frozenset(NUMBER_WORDS) | frozenset(MONTHS) | WEEKDAYS | english
    ) | _ENGLISH_TOO
    for language in _READ:
        listed = FOREIGN_FUNCTION_WORDS.get(language, frozenset())
        out[language] = (
            out.get(language, frozenset())
            # an elision's letter without its apostrophe ("l", "d") is no word
            | frozenset(w for w in listed if len(w) > 1)
            | AUXILIARIES.get(language, frozenset())
            | frozenset(FOREIGN_NUMBER_WORDS[language])
            | frozenset(FOREIGN_ORDINALS.get(language, {}))
            | FOREIGN_CALENDAR_WORDS.get(language, frozenset())
            | frozenset(NEWS_WORDS[language].split())
            | (GERMAN_BARE_NOUNS if language == "German" else frozenset())
        )
    return out
