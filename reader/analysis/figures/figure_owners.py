"""Whom a figure belongs to when its sentence says so outright: a possessive before it
("Torii Hunter's four-year, $90 million deal") or a relative clause after it naming who
got or gave it ("the $161 million that CC Sabathia received", "le contrat de 90 millions
que Torii Hunter a obtenu", "der Vertrag über 90 Millionen, den Torii Hunter bekam")."""

from __future__ import annotations

import re

from reader.analysis.features import UnitFeatures
from reader.analysis.figures.currency_codes import CURRENCIES
from reader.analysis.figures.race_shares import share_owner
from reader.analysis.mention import Mention
from reader.analysis.words.lexicon import DEMONYMS


def figure_owner(f: UnitFeatures, m: Mention) -> str | None:
    """The key of the name figure ``m`` of sentence ``f`` is told of by a possessive
    right before it or a relative clause right after what it counts; None when the
    sentence says neither. A candidate's share of a race is the candidate's ("Okafor leads
    Lindqvist 42% to 38%", "55% support Okafor": reader.analysis.figures.race_shares)."""
    share = share_owner(f, m)
    if share is not None:
        return share
    text, base = f.unit.text, f.unit.span.start
    start, end = m.span.start - base, m.span.end - base
    names = [n for n in f.names if n.key not in DEMONYMS]
    for n in names:
        n_end = n.span.end - base
        if n_end <= start and _POSSESSIVE.fullmatch(text, n_end, start):
            return n.key
    for n in reversed(names):
        n_end = n.span.end - base
        if n_end <= start and _heads_the_phrase(text, names, base, n_end, start):
            return n.key
    relative = _RELATIVE.match(text, end)
    if relative is not None and _LIST_ITEM.match(text, relative.end()) is None:
        return _name_at(names, base, text, relative.end(), _BEFORE_NAME)
    made = _MADE_BY.match(text, end)
    if made is not None and m.unit_word in CURRENCIES:
        return _name_at(names, base, text, made.end(), _ARTICLE)
    return None


def _heads_the_phrase(text: str, names: list[Mention], base: int, n_end: int, start: int) -> bool:
    """The name ending at ``n_end`` of ``text`` is a possessive heading the phrase the
    figure at ``start`` belongs to, however far inside it: "Nationals' Eight-Year Offer to
    Teixeira Reportedly Bumped as High as $184M", "the Nationals' eight-year offer to
    Teixeira, worth as much as $184 million" is not (a comma ends it). Between them, no
    clause mark, no word opening another clause ("that", "and", "says", "than"), no verb
    in -ed or -ing but one changing or telling an amount ("bumped", "raised", "valued"),
    and no other name but the one the phrase is for ("to Teixeira", "for Teixeira")."""
    mark = _POSSESSIVE_MARK.match(text, n_end, start)
    if mark is None:
        return False
    between = text[mark.end() : start]
    words = [w.lower() for w in _PHRASE_WORD.findall(between)]
    if _PHRASE_END.search(between) is not None or len(words) > _PHRASE_WORDS:
        return False
    if any(
        w in _CLAUSE_WORDS or (w.endswith(("ed", "ing")) and w not in _AMOUNT_VERBS) for w in words
    ):
        return False
    return all(
        _RECIPIENT.search(text, mark.end(), n.span.start - base) is not None
        for n in names
        if mark.end() <= n.span.start - base < start
    )


# the possessive mark after a name and what may stand between it and the figure
_POSSESSIVE_MARK = re.compile(r"['\u2019]s?\s+")
_PHRASE_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
_PHRASE_END = re.compile(r"[,;:()\"\u201c\u201d.!?]")
_PHRASE_WORDS = 12
_CLAUSE_WORDS = frozenset(
    "that which who whom whose and but or nor while whereas after before because if when "  # noqa: SIM905
    "than says said tells told claims reports thinks believes".split()
)
_AMOUNT_VERBS = frozenset(
    "bumped raised upped increased upgraded sweetened boosted lifted hiked valued priced "  # noqa: SIM905
    "pegged rising climbing reaching".split()
)
# the word before a name the phrase is for: "offer to Teixeira", "bid for Teixeira"
_RECIPIENT = re.compile(r"\b(?:to|for)\s+$", re.IGNORECASE)


def _name_at(
    names: list[Mention], base: int, text: str, at: int, between: re.Pattern[str]
) -> str | None:
    """The key of the first of ``names`` after ``at`` in ``text`` with only ``between``
    between (None when there is none)."""
    for n in names:
        n_start = n.span.start - base
        if at <= n_start and between.fullmatch(text, at, n_start):
            return n.key
    return None


# "Hunter's four-year, $90 million deal", "the Nationals' $160 million offer": the
# possessive mark, then at most three words (hyphened, a comma after) before the figure
_POSSESSIVE = re.compile(r"(?:['\u2019]s?)\s+(?:[\w-]+,?\s+){0,3}(?:US\$|[$\u20ac\u00a3])?")
# after the figure: what it counts (three words at most, an aside in brackets), then a
# relative pronoun of English, French, German, Spanish, Italian or Portuguese ("deal
# that", "(over seven years) that", "contrat de 90 millions que", "Vertrag, den")
_RELATIVE = re.compile(
    r"(?:\s+[^\W\d_][\w-]*){0,3}(?:\s+\([^(),;]{0,40}\))?,?\s+"
    r"(?:that|which|whom|que|qu['\u2019]|dont|den|dem|die|das|der|che|cui)\s*",
    re.IGNORECASE,
)

# a list's next item after the pronoun's form, a name and its figure: "41 Mandate, die SPD
# 33", where "die" is the item's article, no relative pronoun
_LIST_ITEM = re.compile(r"(?:[A-ZÀ-Þ][\w/'-]*\s+){1,3}\d")


def figure_sources(f: UnitFeatures, m: Mention) -> list[str]:
    """The keys of the names a count is told to come from, listed right after what it
    counts ("40 observers from the United Nations, the OSCE and the CIS", "40 Beobachter
    aus der EU und der OSZE"); [] when none. French, Spanish, Italian and Portuguese "de",
    "da" are not read: they join too much else to a count."""
    text, base = f.unit.text, f.unit.span.start
    found = _FROM.match(text, m.span.end - base)
    if found is None:
        return []
    out: list[str] = []
    at = found.end()
    for n in sorted(f.names, key=lambda x: x.span.start):
        start = n.span.start - base
        if start < at:
            continue
        if not _LIST_GAP.fullmatch(text, at, start):
            break
        if n.key not in DEMONYMS:
            out.append(n.key)
        at = n.span.end - base
    return out


# what a count comes from: "observers from", "Beobachter aus", "observadores de"
_FROM = re.compile(r"(?:\s+[^\W\d_][\w-]*){1,2}\s+(?:from|aus|von)\s+", re.IGNORECASE)
# between two names of a list, or two words of one long name ("the Organization for
# Security and Cooperation in Europe")
_LIST_GAP = re.compile(r"[\s,]*(?:(?:and|or|for|in|of|the|und|der|die|des|für)\s+)*", re.IGNORECASE)


# money offered or paid by someone: "the $160 million offers by the Angels", "l'offre de
# 160 millions de la part des Angels", "das Angebot über 160 Millionen von den Angels",
# "la oferta de 160 millones por parte de los Angels", "da parte degli Angels"; not a
# toll "killed by" anyone, which is the event's own, nor a figure "reported by" its
# source ("the $184 million reported by WCVB sportscaster Mike Lynch"): no participle
# between ("reported", "cited", "given", "reportado", "rapporté", "citato")
_MADE_BY = re.compile(
    r"(?:\s+(?!(?:made|paid|given|told|said|cited|quoted|shown|seen|known)\b)"
    r"(?![^\W\d_]*(?:ed|ado|ados|ada|adas|ido|idos|ida|idas|ato|ata|ito|ita|é|és|ée|ées)\b)"
    r"[^\W\d_][\w-]*){0,2}\s+"
    r"(?:by|de\s+la\s+part\s+d(?:e|es|u)|von|por\s+parte\s+de|da\s+parte\s+d[ie]\w*|por)\s+",
    re.IGNORECASE,
)
_ARTICLE = re.compile(r"(?:(?:the|les?|la|den|der|die|los|las|el|gli|i|os|as)\s+)?", re.IGNORECASE)
# between the relative pronoun and the name: an article or a few lower-case words ("that
# fellow free agent CC Sabathia", "que le joueur Torii Hunter")
_BEFORE_NAME = re.compile(r"(?:[^\W\d_A-Z][\w-]*\s+){0,4}")
