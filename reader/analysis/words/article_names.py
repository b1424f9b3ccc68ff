"""The article opening a sentence in French, Spanish, Italian, Portuguese and German.

A sentence (or a quotation) of these languages opens with a capitalised article, so the
sentence rules read it as the first word of the name after it: "Les Britanniques ont
quitté", "Die Briten reisten ab", "« Les habitants doivent ..." gave the name keys "les
britanniques", "die briten" and "les". The article is no part of a name there, unless
the name holds it as a fixed part: "Le Monde", "Los Angeles", "La Paz", "El Salvador",
"Le Havre", "Die Linke", "La Repubblica". Those are known from :data:`FIXED`, or from
the pair itself: an article written capitalised inside a sentence, right before a
capitalised word ("à Los Angeles", "selon Le Monde", "in La Paz"), is a fixed part of
that name.

A preposition written with the article of such a name ("du Havre", "au Mans", "della
Spezia", "do Globo", "del Cairo"), or the article in small letters ("selon le Monde",
"secondo la Repubblica"), gives the name's key with its article, as "Le Havre" has it
(:func:`held_article`). Not German prepositions, whose fixed names are common nouns after
such a word: "zur Zeit", "am Freitag", "in der Welt", "im Spiegel"; but a German article
in small letters before a declined form of a fixed name that is no common noun in that
form gives the name's key: "der Linken" and "die Linke", "der Grünen" and "die Grünen",
"des Spiegels" and "Der Spiegel" (:data:`GERMAN_DECLINED`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from reader.analysis.names.german_papers import TOLD_PAPERS, told_to

# the articles each language opens a sentence with, in small letters
ARTICLES: dict[str, frozenset[str]] = {
    "French": frozenset("le la les".split()),  # noqa: SIM905
    "Spanish": frozenset("el la los las".split()),  # noqa: SIM905
    "Italian": frozenset("il lo la i gli le".split()),  # noqa: SIM905
    "Portuguese": frozenset("o a os as".split()),  # noqa: SIM905
    "German": frozenset("der die das den dem des".split()),  # noqa: SIM905
}
_ALL_ARTICLES = frozenset().union(*ARTICLES.values())
# names that hold their article: places, newspapers, parties, surnames ("Le Pen", "Le
# Maire"); the article and the name's first word, in small letters, accents kept
FIXED = frozenset(
    """
    le_monde le_figaro le_parisien le_point le_soir le_temps le_havre le_mans le_caire
    le_cap le_pen le_maire le_drian le_bourget le_touquet le_creusot le_puy la_haye
    la_rochelle la_réunion la_défense la_mecque la_valette la_havane la_nouvelle-orléans
    la_courneuve la_croix la_tribune la_poste la_baule la_seyne la_roche les_échos
    les_républicains les_verts les_mureaux les_sables-d'olonne
    los_angeles los_ángeles las_vegas las_palmas los_alamos los_álamos la_paz la_habana
    la_rioja la_coruña la_plata la_haya la_meca la_nación la_vanguardia la_razón la_liga
    la_moncloa la_zarzuela la_sexta el_país el_mundo el_salvador el_paso el_cairo el_cabo
    el_aaiún el_confidencial el_periódico el_universal el_tiempo el_comercio el_alto
    la_repubblica la_stampa la_spezia la_gazzetta la_scala la_mecca la_valletta
    la_maddalena la_nazione il_messaggero il_sole il_fatto il_giornale il_foglio
    il_mattino il_manifesto il_tempo il_cairo il_gazzettino le_iene
    o_globo o_estado o_dia o_jogo a_bola a_coruña a_capital os_verdes
    die_linke die_grünen die_zeit die_welt die_presse die_partei der_spiegel
    der_standard der_tagesspiegel der_bund der_freitag das_erste den_haag des_moines
    """.split()  # noqa: SIM905
)
# German fixed names whose word is a common noun too ("der Zeit": of the time; "dem
# Spiegel": the mirror; "des Freitags": of the Friday): only their genitive in -s, which
# a news report writes of the paper, not of a mirror ("des Spiegels"), is read as the name
GERMAN_COMMON = frozenset("zeit welt presse partei bund freitag standard erste spiegel".split())  # noqa: SIM905
_GERMAN_COMMON_GENITIVE = frozenset("bund freitag standard".split())  # noqa: SIM905


def _german_declined() -> dict[tuple[str, str], str]:
    """(German article in small letters, word in small letters) of the declined forms of
    the fixed names of :data:`FIXED`, and the article the name's key holds: ("der",
    "linken") -> "die", ("des", "spiegels") -> "der"."""
    out: dict[tuple[str, str], str] = {}
    for pair in FIXED:
        article, word = pair.split("_", 1)
        if article == "die" and word not in GERMAN_COMMON:
            plural = word.endswith("en")  # "die Grünen": "der Grünen", "den Grünen"
            out |= {("die", word): "die", ("der", word if plural else f"{word}n"): "die"}
            if plural:
                out[("den", word)] = "die"
        elif article == "der":
            if word not in GERMAN_COMMON:
                out[("der", word)] = "der"  # "wie der Tagesspiegel berichtet"
                out[("dem", word)] = "der"  # "sagte dem Tagesspiegel"
            if word not in _GERMAN_COMMON_GENITIVE:
                out[("des", f"{word}s")] = "der"  # "des Spiegels", "des Tagesspiegels"
    return out


# a German article in small letters and a declined form of a fixed name after it, and the
# article the name's key holds; none after a preposition written with an article ("im
# Spiegel", "zur Linken": a mirror, a side)
GERMAN_DECLINED = _german_declined()
# the prepositions written with an article, and the article each holds ("du" = "de le")
CONTRACTIONS: dict[str, dict[str, str]] = {
    "French": {"du": "le", "au": "le", "des": "les", "aux": "les"},
    "Spanish": {"del": "el", "al": "el"},
    "Italian": {
        p + end: article
        for p in ("de", "a", "da", "ne", "su")
        for end, article in (
            ("l", "il"),
            ("llo", "lo"),
            ("lla", "la"),
            ("i", "i"),
            ("gli", "gli"),
            ("lle", "le"),
        )
    },
    "Portuguese": {
        p + article: article for p in ("d", "n", "pel") for article in ARTICLES["Portuguese"]
    }
    | {"ao": "o", "aos": "os", "\u00e0": "a", "\u00e0s": "as"},
}
# where a sentence or a quotation opens, in a unit's folded text (quotes folded to '"'):
# its start, after an opening mark, a colon or a spaced dash
OPENING = re.compile(r"(?:^\W*|(?<![^\W\d_])[\"'(:]\s*|\s-\s)$")
# a capitalised article inside a sentence, after a word in small letters or a figure,
# and the capitalised word it is part of the name of: "à Los Angeles", "selon Le Monde"
_ARTICLE_BEFORE = re.compile(r"(?<![\w'\u2019-])([A-Z][a-z]{0,2})\s+$")
_INNER = re.compile(r"(?<=[^\W_])[,]?\s+([A-Z][a-z]{0,2})\s+([^\W\d_][\w'\u2019-]*)")


def _pair(article: str, word: str) -> str:
    return f"{article.lower()}_{word.lower()}"


def fixed(article: str, word: str, inner: Iterable[str] = ()) -> bool:
    """``article`` + ``word`` open a name that holds its article: listed in :data:`FIXED`
    or among ``inner`` (see :func:`inner_articles`)."""
    key = _pair(article, word)
    return key in FIXED or key in inner


def holds_article(words: list[str], inner: Iterable[str] = ()) -> bool:
    """The name made of ``words`` opens with an article it holds: "Die Linke"."""
    return len(words) > 1 and fixed(words[0], words[1], inner)


def inner_articles(texts: Iterable[str]) -> frozenset[str]:
    """The article + word pairs ``texts`` write capitalised inside a sentence, right
    after a word in small letters: names that hold their article ("à Los Angeles")."""
    found = set()
    for text in texts:
        for m in _INNER.finditer(text):
            article, word = m.group(1), m.group(2)
            preceding = text[: m.start(1)].rstrip(", ").rsplit(None, 1)
            last = preceding[-1] if preceding else ""
            small = last[:1].islower() or last[:1].isdigit()
            if small and article.lower() in _ALL_ARTICLES and word[:1].isupper():
                found.add(_pair(article, word))
    return frozenset(found)


def opening_article(
    text: str, start: int, words: list[str], language: str | None, inner: Iterable[str] = ()
) -> bool:
    """``words`` (a name at ``start`` of ``text``) open with an article of ``language`` at
    the start of a sentence or a quotation, which is no part of the name: not "Los
    Angeles", "Le Monde" (:func:`fixed`)."""
    articles = ARTICLES.get(language or "")
    if not articles or not words or words[0].lower() not in articles:
        return False
    if OPENING.search(text, 0, start) is None:
        return False
    return not holds_article(words, inner)


def article_before(text: str, start: int, language: str | None) -> tuple[int, str] | None:
    """The article of ``language`` opening a sentence or a quotation right before ``start``
    of ``text`` ("Los" of "Los Angeles" when the name was read as "Angeles"): its offset
    and the word; None when there is none."""
    articles = ARTICLES.get(language or "")
    if not articles:
        return None
    m = _ARTICLE_BEFORE.search(text, max(0, start - 8), start)
    if m is None or m.group(1).lower() not in articles:
        return None
    at = m.start()
    if OPENING.search(text, 0, at) is None:
        return None
    return at, m.group(1)


# the word in small letters right before a name, and the word before that, if any
_WORD_BEFORE = re.compile(r"(?:([^\W\d_][\w'\u2019-]*)\s+)?([^\W\d_]+)\s+$")


def held_article(
    text: str, start: int, word: str, language: str | None, inner: Iterable[str] = ()
) -> str | None:
    """The article of the name opening with ``word`` at ``start`` of ``text`` that a
    preposition or an article in small letters right before it holds, when the name holds
    its article (:func:`fixed`): "le" for "Havre" in "le port du Havre", "la" for
    "Spezia" in "il sindaco della Spezia"; None otherwise, and after a capitalised word,
    inside a sentence, which makes the two a title's words ("la Coupe du Monde"; not
    "Segundo o Globo"). In German, the article of a fixed name declined after a small
    article: "die" for "Linken" in "der Antrag der Linken" (:data:`GERMAN_DECLINED`)."""
    articles = ARTICLES.get(language or "")
    contractions = CONTRACTIONS.get(language or "")
    german = language == "German"
    if not articles or not (contractions or german):
        return None
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return None
    small = m.group(2)
    if german:  # a German noun before it is no title's word ("der Antrag der Linken")
        return _german_held(text, m.start(2), start + len(word), small, word)
    if (m.group(1) or "")[:1].isupper() and OPENING.search(text, 0, m.start(1)) is None:
        return None
    if not contractions:
        return None
    article = contractions.get(small, small if small in articles else None)
    return article if article is not None and fixed(article, word, inner) else None


def _german_held(text: str, at: int, end: int, article: str, word: str) -> str | None:
    """The article of the German fixed name whose declined ``word`` ends at ``end`` of
    ``text``, after the ``article`` at ``at``: one in small letters ("der Antrag der
    Linken"), or capitalised opening a sentence ("Der Linken zufolge", "Den Grünen
    zufolge"); a paper told something in the dative too ("sagte Braun dem Spiegel", "Dem
    Spiegel sagte er": reader.analysis.names.german_papers). None otherwise, and after a
    capitalised article inside a sentence ("drehte Das Boot")."""
    if article[:1].isupper():
        if OPENING.search(text, 0, at) is None:
            return None
        article = article.lower()
    pair = (article, word.lower())
    held = GERMAN_DECLINED.get(pair)
    if held is None and pair in TOLD_PAPERS and told_to(text, at, end):
        held = TOLD_PAPERS[pair]
    return held
