"""A length after "in" that tells how long something took, not a deadline: the clause
before it tells a completion in the past ("Firefighters brought the blaze under control
in three hours", "The blaze was put out in three hours", "Die Feuerwehr hat den Brand in
drei Stunden gelöscht", "Les pompiers ont maîtrisé l'incendie en trois heures", "Los
bomberos controlaron el fuego en tres horas", "I vigili del fuoco hanno domato
l'incendio in tre ore", "Os bombeiros controlaram o fogo em três horas"), while a modal
or a future keeps it a deadline ("Congress must pass the bill in 72 hours", "The court
will decide in 72 hours", "Le Parlement doit adopter la loi en 72 heures", "El Congreso
aprobará la ley en 72 horas"), as does a verb in the present ("The bill passes in 72
hours"). Only "in", "en", "em" of a length, and "within" and its like ("Firefighters
arrived within 10 minutes", "Die Feuerwehr traf binnen zehn Minuten ein", "Les pompiers
sont arrivés dans les dix minutes", "I soccorsi sono arrivati entro 20 minuti", "Los
bomberos llegaron dentro de 15 minutos": the most it took; "must leave within 72 hours",
"arriveranno entro 20 minuti", "llegarán dentro de 15 minutos" stay deadlines): "dans
72 heures", "tra 72 ore" tell a moment from now whatever the tense.

Read from the clause's words only (from the last clause mark before the length; when the
length opens the sentence, the clause after its phrase: "Within 10 minutes,
firefighters arrived"), a modal or future anywhere in it winning over a past ("The firm
said it will decide in 72 hours"): precision first, a deadline compares with no length.
"""

from __future__ import annotations

from reader.analysis.words.lexicon import IRREGULAR_VERBS
from reader.lazy_regex import LazyPattern

_CLAUSE_MARK = LazyPattern(r"[,;:(\u2014\u2013\"\u201c\u201d]")
_WORDS = LazyPattern(r"[^\W\d_]+(?:'[^\W\d_]+)?")

# the words of a modal, a future or an infinitive to come, by language (None: English)
_MODALS: dict[str | None, frozenset[str]] = {
    None: frozenset(
        "will would shall should must can could may might 'll to".split()  # noqa: SIM905
    ),
    "German": frozenset(
        """
        muss müssen musste mussten soll sollen sollte sollten will wollen wird werden
        kann können könnte könnten darf dürfen zu
        """.split()  # noqa: SIM905
    ),
    "French": frozenset(
        """
        doit doivent devra devront devrait devraient va vont pourra pourront peut
        peuvent faut faudra
        """.split()  # noqa: SIM905
    ),
    "Spanish": frozenset(
        """
        debe deben deberá deberán debería tiene tienen tendrá va van puede pueden podrá
        hay
        """.split()  # noqa: SIM905
    ),
    "Italian": frozenset(
        """
        deve devono dovrà dovranno dovrebbe può possono potrà potranno va vanno
        bisogna
        """.split()  # noqa: SIM905
    ),
    "Portuguese": frozenset(
        """
        deve devem deverá deverão deveria tem têm terá vai vão pode podem poderá
        """.split()  # noqa: SIM905
    ),
}
# a future told by its ending ("aprobará", "votera", "voterà", "aprovará")
_FUTURE_ENDINGS: dict[str | None, tuple[str, ...]] = {
    "French": ("era", "ira", "ront"),
    "Spanish": ("rá", "rán"),
    "Italian": ("rà", "ranno"),
    "Portuguese": ("rá", "rão"),
}
# English verbs that are "to" before an act done, not one to come ("managed to bring")
_DONE_BEFORE_TO = frozenset("managed able succeeded".split())  # noqa: SIM905
# words in "-ed" that are no past
_NOT_PAST = frozenset("hundred need speed seed feed bed red shed breed".split())  # noqa: SIM905

# the auxiliaries of a past ("was put out", "hat gelöscht", "a maîtrisé", "han
# controlado", "hanno domato", "tinham controlado")
_PAST_AUXILIARIES: dict[str | None, frozenset[str]] = {
    None: frozenset("was were had did".split()),  # noqa: SIM905
    "German": frozenset("hatte hatten war waren wurde wurden".split()),  # noqa: SIM905
    "French": frozenset("avait avaient fut furent".split()),  # noqa: SIM905
    "Spanish": frozenset("fue fueron había habían hubo".split()),  # noqa: SIM905
    "Italian": frozenset("fu furono aveva avevano".split()),  # noqa: SIM905
    "Portuguese": frozenset("foi foram tinha tinham havia".split()),  # noqa: SIM905
}
# the auxiliaries of a perfect, a past with a participle after them in the clause
_PERFECT_AUXILIARIES: dict[str | None, frozenset[str]] = {
    None: frozenset("has have".split()),  # noqa: SIM905
    "German": frozenset("hat haben ist sind".split()),  # noqa: SIM905
    "French": frozenset("a ont est sont".split()),  # noqa: SIM905
    "Spanish": frozenset("ha han".split()),  # noqa: SIM905
    "Italian": frozenset("ha hanno è sono".split()),  # noqa: SIM905
    "Portuguese": frozenset("tem têm".split()),  # noqa: SIM905
}
# German strong pasts of arriving and ending ("Die Feuerwehr traf binnen zehn Minuten
# ein"); the weak ones end in "-te", "-ten"
_GERMAN_STRONG_PAST = frozenset(
    """
    traf trafen kam kamen fand fanden fuhr fuhren flog flogen gelang erschien erschienen
    """.split()  # noqa: SIM905
)
# German adjectives in "-te", "-ten", as a weak past ends
_GERMAN_ADJECTIVES = frozenset(
    """
    alte alten gute guten letzte letzten dritte dritten achte achten weite weiten
    breite breiten harte harten rechte rechten echte echten leichte leichten schlechte
    schlechten mittleren gesamte gesamten bekannte bekannten geplante geplanten
    """.split()  # noqa: SIM905
)
_PARTICIPLE: dict[str | None, LazyPattern] = {
    None: LazyPattern(r"\w{2,}ed|" + "|".join(sorted(IRREGULAR_VERBS))),
    # with a separable prefix too ("eingetroffen", "angekommen", "ausgerückt")
    "German": LazyPattern(
        r"(?:ab|an|auf|aus|ein|mit|nach|vor|zu|zurück|weg|fest|her|hin|durch|um)?ge\w{2,}(?:t|en)"
    ),
    "French": LazyPattern(r"\w{2,}(?:é|ée|és|ées|i|is|ie|u|us|ue|it|ert)"),
    "Spanish": LazyPattern(r"\w{2,}(?:ado|ido|cho|to)"),
    "Italian": LazyPattern(r"\w{2,}(?:at[oaie]|ut[oaie]|it[oaie]|nt[oaie]|ss[oaie])"),
    "Portuguese": LazyPattern(r"\w{2,}(?:ado|ido|to)"),
}
# a simple past told by its ending ("brachte", "löschten", "controlaron", "controló",
# "maîtrisèrent", "domarono", "controlaram", "controlou")
_PAST_ENDINGS: dict[str | None, tuple[str, ...]] = {
    "German": ("te", "ten"),
    "French": ("èrent",),
    "Spanish": ("aron", "ieron", "ó", "ió"),
    "Italian": ("arono", "erono", "irono", "ò"),
    "Portuguese": ("aram", "eram", "iram", "ou", "eu", "iu"),
}


def told_as_taken(text: str, start: int, end: int, language: str | None) -> bool:
    """The length at ``start:end`` of ``text`` (in ``language``, None for English),
    after "in", "en" or "em", tells how long something took: its clause tells a past
    (a verb in the past, or a perfect's auxiliary with its participle) and no modal nor
    future."""
    if language not in _MODALS:
        return False
    words = _clause_words(text[:start])
    if len(words) <= _OPENER_WORDS:  # "Within 10 minutes, firefighters arrived"
        words += _main_clause_words(text[end:])
    if any(_modal(words, k, language) for k in range(len(words))):
        return False
    if any(w in _PAST_AUXILIARIES[language] or _simple_past(w, language) for w in words):
        return True
    after = _CLAUSE_MARK.split(text[end:], maxsplit=1)[0]
    later = [w.lower() for w in _WORDS.findall(after)]
    # German tells the participle at the clause's end ("hat den Brand in drei Stunden
    # gelöscht")
    participles = words + later if language == "German" else words
    return any(w in _PERFECT_AUXILIARIES[language] for w in words) and any(
        _PARTICIPLE[language].fullmatch(w) for w in participles
    )


def told_as_to_come(text: str, start: int, language: str | None) -> bool:
    """The clause before ``start`` of ``text`` (in ``language``) tells a modal or a
    future ("The first firefighters will arrive in 10 minutes", "llegarán"); not an
    English infinitive ("the first rain to fall in 10 days")."""
    if language not in _MODALS:
        return False
    words = _clause_words(text[:start])
    return any(words[k] != "to" and _modal(words, k, language) for k in range(len(words)))


# at most this many words before a length opening its sentence ("Within", "Nel giro di",
# "Within the first"): the clause telling what took it follows the phrase
_OPENER_WORDS = 3


def _main_clause_words(after: str) -> list[str]:
    """The words of the clause after a phrase that opens a sentence: after its first
    clause mark, up to the next ("Within 10 minutes [of the alarm], firefighters
    arrived"), or all that follows when no mark ends the phrase ("Within 48 hours the
    suspect was arrested")."""
    parts = _CLAUSE_MARK.split(after, maxsplit=2)
    return [w.lower() for w in _WORDS.findall(parts[1] if len(parts) > 1 else parts[0])]


def _clause_words(before: str) -> list[str]:
    """The words of the last clause of ``before``, lower case."""
    marks = list(_CLAUSE_MARK.finditer(before))
    return [w.lower() for w in _WORDS.findall(before[marks[-1].end() if marks else 0 :])]


def _modal(words: list[str], k: int, language: str | None) -> bool:
    w = words[k]
    if w in _MODALS[language]:
        return not (language is None and w == "to" and k and words[k - 1] in _DONE_BEFORE_TO)
    return w.endswith(_FUTURE_ENDINGS.get(language, ())) and len(w) > 4


def _simple_past(w: str, language: str | None) -> bool:
    if language is None:
        return w in IRREGULAR_VERBS or (len(w) > 4 and w.endswith("ed") and w not in _NOT_PAST)
    if language == "German" and (w.endswith(("ste", "sten")) or w in _GERMAN_ADJECTIVES):
        return False  # "die erste", "den letzten", "den alten Dachstuhl"
    if language == "German" and w in _GERMAN_STRONG_PAST:
        return True
    return len(w) > 3 and w.endswith(_PAST_ENDINGS.get(language, ()))
