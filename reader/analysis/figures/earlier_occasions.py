"""Figures told of an earlier moment or another match than the sentence's own.

A toll given as the one it rose from ("rose to 58, up from 41 earlier in the day",
"contre 41 plus tôt", "frente a los 41 anteriores") or as it stood at an earlier moment
("the quake had killed 41 people by midday", "initially 41 were reported dead", "first
reports said 41") is not the toll told now: two counts compare only when both or neither
are so told (:func:`earlier_figure`). A score told with another occasion ("Arsenal had won
2-0 at Anfield a year ago", "last season", "in the first leg", "l'an dernier", "im
Hinspiel") is another match's (:func:`another_match`).

Both are read in the figure's clause: the text between the clause marks around it, with a
short opener of the sentence before it ("Initially, 41 people were reported dead").
"""

from __future__ import annotations

import re

from reader.analysis.features import UnitFeatures
from reader.analysis.mention import Mention
from reader.analysis.words.clause_marks import CLAUSE_MARK
from reader.lazy_regex import LazyPattern

_OPENER_WORDS = 4  # an opener of the sentence ("At first,", "Earlier in the day,")


def figure_clause(text: str, start: int, end: int) -> tuple[str, str]:
    """The clause of the figure at ``text[start:end]``: its text before and after the
    figure, with the sentence's opener when the clause follows it."""
    marks = list(CLAUSE_MARK.finditer(text))
    before = [m for m in marks if m.end() <= start]
    left = before[-1].end() if before else 0
    right = min([m.start() for m in marks if m.start() >= end], default=len(text))
    opener = text[: before[-1].start()] if before else ""
    if before and CLAUSE_MARK.search(opener) is None and len(opener.split()) <= _OPENER_WORDS:
        left = 0
    return text[left:start], text[end:right]


def _words(*alternatives: str, at_end: bool = False) -> LazyPattern:
    """Any of ``alternatives`` as whole words (right before the end when ``at_end``)."""
    end = r"\s*$" if at_end else ""
    return LazyPattern(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)" + end, re.IGNORECASE)


# words right before a figure that make it the one something rose or fell from
_FROM = _words(
    r"(?:up|down|rising|risen|rose|climbing|climbed|increased|revised)\s+from",
    r"to\s+[\d.,]+\s+(?:[^\W\d_]+\s+)?from",
    r"compared\s+(?:with|to)",
    r"contre",  # "58 morts, contre 41 plus tôt"
    r"(?:nach|statt|von)\s+zuvor",  # "nach zuvor 41", "von zuvor 41 auf 58"
    r"frente\s+a(?:\s+l[oa]s)?",
    r"rispetto\s+a(?:i|gli|lle)?",
    r"contra(?:\s+(?:os|as))?",
    r"face\s+a(?:os|às)?",
    at_end=True,
)
# words right before a figure that make it the one a measure was put right to, told now
# whatever earlier one its clause tells: "initially put the magnitude at 7.1 and later
# lowered it to 6.8"
_REVISED_TO = _words(
    r"(?:revis|lower|rais|downgrad|upgrad|correct|adjust)(?:ed|ing)"
    r"(?:\s+(?:it|them|the\s+\w+|its\s+\w+))?\s+to",
    at_end=True,
)
# words after a figure or anywhere in its clause that tell an earlier moment or report
_EARLIER = {
    None: _words(
        r"earlier",
        r"initially",
        r"at\s+first",
        r"previously",
        r"first\s+reports?",
        # a measure put right later: "first measured the quake at magnitude 7.1 before
        # revising it to 6.8" (the figure revised to is the sentence's own: _REVISED_TO)
        r"first\s+(?:measured|put|estimated|gave|recorded|rated|registered)",
        r"before\s+(?:revising|lowering|raising|downgrading|upgrading|correcting)",
        r"(?:an\s+)?(?:earlier|previous|initial|preliminary)\s+(?:toll|count|tally|figure)s?",
        # "upgraded their initial offer - eight years, $160 million - to $184 million"
        r"(?:earlier|previous|initial|original|opening)\s+(?:offer|bid|proposal)s?",
    ),
    "French": _words(
        r"plus\s+tôt",
        r"initialement",
        r"auparavant",
        r"précédemment",
        r"dans\s+un\s+premier\s+temps",
        r"(?:un|le)\s+premier\s+bilan",
        r"(?:un|le)\s+(?:précédent\s+bilan|bilan\s+précédent)",
        r"premières\s+informations",
        r"(?:offre|proposition)s?\s+initiales?",
    ),
    "German": _words(
        r"zuvor",
        r"zunächst",
        r"ursprünglich",
        r"anfangs",
        r"früher\s+am\s+Tag",
        r"erste[nr]?\s+(?:Angaben|Berichte[n]?|Bilanz)",
        r"erste[nrs]?\s+(?:Angebot|Gebot)",
    ),
    "Spanish": _words(
        r"anteriores?",
        r"inicialmente",
        r"previamente",
        r"más\s+temprano",
        r"en\s+un\s+primer\s+momento",
        r"(?:los\s+)?primeros\s+informes",
        r"(?:un|el)\s+primer\s+balance",
        r"ofertas?\s+inicial(?:es)?",
    ),
    "Italian": _words(
        r"precedent[ei]",
        r"inizialmente",
        r"in\s+precedenza",
        r"in\s+un\s+primo\s+momento",
        r"(?:un|il)\s+primo\s+bilancio",
        r"offert[ae]\s+inizial[ei]",
    ),
    "Portuguese": _words(
        r"anteriores?",
        r"inicialmente",
        r"anteriormente",
        r"mais\s+cedo",
        r"num\s+primeiro\s+momento",
        r"em\s+um\s+primeiro\s+momento",
        r"(?:um|o)\s+primeiro\s+balanço",
        r"ofertas?\s+inicia(?:l|is)",
    ),
}
# the moment a change is measured from ("prices rose 3.4% from a year earlier", "up 12%
# on a year earlier", "higher than a month before")
_BASIS = _words(
    r"(?:from|on|than|over|against|compared\s+(?:with|to)|versus|vs\.?)\s+(?:a|the|one)\s+"
    r"(?:year|month|quarter|week)\s+(?:earlier|before|ago)"
)
# a pluperfect with the moment it held by: "had killed 41 people by midday"
_HAD = {
    None: _words(r"had"),
    "French": _words(r"avai(?:t|ent)", r"étai(?:t|ent)"),
    "German": _words(r"hatten?", r"waren?"),
    "Spanish": _words(r"había[n]?"),
    "Italian": _words(r"aveva(?:no)?", r"era(?:no)?"),
    "Portuguese": _words(r"tinha[m]?", r"havia[m]?"),
}
_BY_A_MOMENT = {
    None: _words(
        r"by\s+(?:the\s+)?(?:midday|noon|mid-?morning|morning|early\s+afternoon|dawn"
        r"|daybreak|then|that\s+time|\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?)",
    ),
    "French": _words(r"(?:à|vers|en)\s+(?:la\s+)?(?:mi-journée|midi|milieu\s+de\s+journée)"),
    "German": _words(r"bis\s+(?:zum\s+)?(?:Mittag|Vormittag|Morgen)"),
    "Spanish": _words(r"(?:hasta|para|a)\s+(?:el\s+)?(?:mediodía|media\s+mañana)"),
    "Italian": _words(r"(?:entro|fino\s+a|a)\s+(?:metà\s+giornata|mezzogiorno)"),
    "Portuguese": _words(r"(?:até\s+ao?|ao)\s+meio-dia", r"até\s+(?:a\s+)?meio\s+do\s+dia"),
}


def earlier_figure(f: UnitFeatures, m: Mention) -> bool:
    """Figure ``m`` of sentence ``f`` is told as it stood at an earlier moment than the
    sentence's own figures: the one a figure rose from ("up from 41", "contre 41",
    "frente a los 41"), or told in a clause of an earlier moment or report ("41 earlier in
    the day", "initially", "first reports said", "first measured ... at 7.1 before
    revising it", "zunächst", "inicialmente"), unless it is the figure a measure was
    revised to ("later lowered it to 6.8"), or in a
    pluperfect with the moment it held by ("had killed 41 people by midday", "hatte bis
    Mittag 41 Menschen getötet")."""
    start, end = m.span.start - f.unit.span.start, m.span.end - f.unit.span.start
    before, after = figure_clause(f.unit.text, start, end)
    if _FROM.search(before) is not None:
        return True
    if _REVISED_TO.search(before) is not None:
        return False
    # "rose 3.4% from a year earlier": the year ago is what the figure is measured
    # against, not the moment it stood at
    clause = _BASIS.sub(" ", before + " " + after)
    language = f.language if f.language in _EARLIER else None
    if _told_earlier(clause, language):
        return True
    if _HAD[language].search(clause) and _BY_A_MOMENT[language].search(clause):
        return True
    # "upgraded their initial offer - - eight years, $160 million - - to $184 million": a
    # figure set off after what it tells of is read in the clause of what it tells of
    opening = figure_aside(f, m)
    if opening is None:
        return False
    return _told_earlier(figure_clause(f.unit.text, opening, opening)[0], language)


def _told_earlier(clause: str, language: str | None) -> bool:
    """``clause`` tells an earlier moment or report, in ``language`` or in English."""
    return bool(_EARLIER[language].search(clause) or _EARLIER[None].search(clause))


def figure_aside(f: UnitFeatures, m: Mention) -> int | None:
    """Where the aside figure ``m`` of sentence ``f`` is told in opens (an offset of the
    unit's text), when it is one: between dashes or in brackets, figures only, each with
    at most three words of what it counts, listed with commas or "and" ("- - eight years,
    $160 million - -", "(eight years and $160 million)", "— 12 dead, 40 injured —");
    None otherwise (an aside that says more, such as "- the toll now stands at 58 -",
    is a clause of its own)."""
    text, base = f.unit.text, f.unit.span.start
    start = m.span.start - base
    openings = list(_ASIDE_OPEN.finditer(text, 0, start))
    if not openings:
        return None
    opening = openings[-1]
    figures = [x for x in f.numbers if opening.end() <= x.span.start - base and x.kind == "number"]
    at = opening.end()
    for k, x in enumerate(figures):
        x_start, x_end = x.span.start - base, x.span.end - base
        if not (_PIECE_GAP if k else _SPACE).fullmatch(text, at, x_start):
            return None if x_start <= start else _closed(text, at, opening)
        at = x_end
    return _closed(text, at, opening) if figures else None


def _closed(text: str, at: int, opening: re.Match[str]) -> int | None:
    """``opening`` if the aside closes right after the figure ending at ``at`` (three
    words of what it counts at most, then the closing dash or bracket, or the sentence's
    end), else None."""
    closing = _ASIDE_CLOSE["(" if opening.group().strip() == "(" else "-"]
    return opening.start() if closing.match(text, at) else None


# an aside opens with a dash set off by spaces ("- -", "--", " - ", "—", "–") or a bracket
_ASIDE_OPEN = LazyPattern(r"\s(?:-\s?-|-|—|–)\s|—|–|\(")
_WORDS_OF_A_FIGURE = r"(?:\s+[^\W\d_][\w'-]*){0,3}"
_SPACE = LazyPattern(r"\s*")
_PIECE_GAP = LazyPattern(_WORDS_OF_A_FIGURE + r"\s*(?:,|;|\s(?:and|et|und|y|e|ed))\s*", re.I)
_ASIDE_CLOSE = {
    "(": LazyPattern(_WORDS_OF_A_FIGURE + r"\s*\)"),
    "-": LazyPattern(_WORDS_OF_A_FIGURE + r"\s*(?:(?:-\s?-|-|—|–)\s|[.!?]?\s*$)"),
}


# a score's clause telling another match: a time before this one, the first leg, a
# pluperfect of the result
_ANOTHER_MATCH = {
    None: _words(
        r"(?:a|one|two|three|four|five|\d+)\s+(?:years?|seasons?|months?)\s+ago",
        r"last\s+(?:season|year|term|time|month|campaign)",
        r"(?:the\s+)?(?:previous|last|reverse|corresponding|return)\s+(?:season|fixture|meeting)",
        r"(?:the\s+)?first\s+leg",
        r"had\s+(?:won|beaten|defeated|lost|drawn|edged|thrashed)",
    ),
    "French": _words(
        r"il\s+y\s+a\s+(?:un|deux|trois|\d+)\s+(?:an|ans|saison|saisons)",
        r"l[’']an\s+(?:dernier|passé)",
        r"l[’']année\s+dernière",
        r"la\s+saison\s+(?:dernière|passée)",
        r"(?:au|lors\s+du)\s+match\s+aller",
        r"à\s+l[’']aller",
        r"avai(?:t|ent)\s+(?:gagné|battu|perdu|remporté|dominé)",
        r"s[’']étai(?:t|ent)\s+imposée?s?",
    ),
    "German": _words(
        r"vor\s+(?:einem|zwei|drei|\d+)\s+(?:Jahr|Jahren|Saison|Saisons)",
        r"(?:in\s+der\s+)?(?:vergangenen|letzten|Vor)saison",
        r"(?:in\s+der\s+)?(?:vergangenen|letzten)\s+Saison",
        r"(?:im\s+)?(?:letzten|vergangenen|Vor)jahr",
        r"im\s+Hinspiel",
        r"hatten?\s+(?:[^\W\d_]+\s+){0,4}?(?:gewonnen|geschlagen|verloren|besiegt)",
    ),
    "Spanish": _words(
        r"hace\s+(?:un|dos|tres|\d+)\s+(?:año|años|temporada|temporadas)",
        r"la\s+temporada\s+pasada",
        r"el\s+año\s+pasado",
        r"en\s+(?:el\s+partido\s+de\s+)?(?:la\s+)?ida",
        r"había[n]?\s+(?:ganado|vencido|derrotado|perdido|empatado|goleado)",
    ),
    "Italian": _words(
        r"(?:un|due|tre|\d+)\s+(?:anno|anni|stagione|stagioni)\s+fa",
        r"(?:la\s+)?(?:scorsa\s+stagione|stagione\s+scorsa)",
        r"(?:lo\s+)?scorso\s+anno|l[’']anno\s+scorso",
        r"all[’']andata|(?:nella\s+)?gara\s+d[’']andata",
        r"aveva(?:no)?\s+(?:vinto|battuto|sconfitto|perso|pareggiato)",
    ),
    "Portuguese": _words(
        r"há\s+(?:um|dois|três|\d+)\s+(?:ano|anos|temporada|temporadas|época|épocas)",
        r"(?:na\s+)?(?:temporada|época)\s+passada",
        r"(?:no\s+)?ano\s+passado",
        r"(?:na\s+)?primeira\s+mão|(?:no\s+)?jogo\s+de\s+ida",
        r"(?:tinha|tinham|havia|haviam)\s+(?:vencido|ganho|ganhado|derrotado|perdido|empatado)",
    ),
}


def another_match(f: UnitFeatures, m: Mention) -> bool:
    """Score ``m`` of sentence ``f`` is told as another match's, an earlier one: its
    clause tells a time before ("a year ago", "last season", "il y a un an", "la temporada
    pasada"), the first leg ("im Hinspiel", "all'andata") or a pluperfect of the result
    ("Arsenal had won 2-0", "avait battu", "había ganado")."""
    start, end = m.span.start - f.unit.span.start, m.span.end - f.unit.span.start
    before, after = figure_clause(f.unit.text, start, end)
    clause = before + " " + after
    language = f.language if f.language in _ANOTHER_MATCH else None
    found = _ANOTHER_MATCH[language].search(clause) or _ANOTHER_MATCH[None].search(clause)
    return found is not None
