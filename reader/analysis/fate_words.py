"""What befell the people a count counts, besides the dead, injured and missing of a
toll (reader.analysis.tolls), in French, German, Spanish, Italian and Portuguese: the
arrested, rescued, evacuated, hospitalised, survivors and displaced, as English reads
them (reader.analysis.casualties).

Read as English reads them: a participle or noun of the fate in the count's clause just
after the figure and its noun ("40 manifestants arrêtés", "40 Demonstranten wurden
festgenommen", "40 detenidos"), or the verb right before the figure, bounds and
articles aside ("la police a arrêté environ 40 manifestants", "la policía detuvo a 40
manifestantes"); German's separable "nahm 40 Demonstranten fest" too. A fate's noun
before the figure ("the arrest of the 23 pirates", "l'arrestation de 40 manifestants",
"die Festnahme von 40 Demonstranten") tells that something befell them
(:func:`fate_noun_before`).
"""

from __future__ import annotations

import re

ARRESTED, RESCUED, EVACUATED = "arrested", "rescued", "evacuated"
IN_HOSPITAL, SURVIVED, DISPLACED = "in hospital", "survived", "displaced"

_FR_PP = r"(?:é|ée|és|ées)"  # French past participle of a verb in -er
_ES_PP = r"(?:ado|ada|ados|adas)"
_IT_PP = r"(?:ato|ata|ati|ate)"
_PT_PP = r"(?:ado|ada|ados|adas)"
_DE_PP = r"(?:t|te|ten|ter)"  # "verhaftet", "die Verhafteten"

# the words of each fate, as written (lower case), whole words
_WORDS: dict[str, dict[str, str]] = {
    "French": {
        ARRESTED: rf"(?:arrêt|interpell|captur|appréhend|écrou){_FR_PP}|détenue?s?",
        RESCUED: rf"secourue?s?|sauv{_FR_PP}",
        EVACUATED: rf"évacu{_FR_PP}",
        IN_HOSPITAL: rf"hospitalis{_FR_PP}",
        SURVIVED: rf"survivante?s?|rescap{_FR_PP}",
        DISPLACED: rf"déplac{_FR_PP}",
    },
    "German": {
        ARRESTED: rf"(?:verhafte|inhaftier|festgesetz){_DE_PP}|festgenommene?[nr]?"
        r"|verhaftete[n]?|inhaftierte[n]?",
        RESCUED: rf"gerette{_DE_PP}|rettete[n]?",
        EVACUATED: rf"evakuier{_DE_PP}|evakuierte[n]?",
        IN_HOSPITAL: r"eingeliefert|hospitalisiert",
        SURVIVED: r"überlebende[nr]?|überlebten?",
        DISPLACED: r"vertriebene?[nr]?",
    },
    "Spanish": {
        ARRESTED: rf"(?:deten|arrest|captur|apres)(?:id[oa]s?|{_ES_PP})"
        r"|detuvo|detuvieron|arrestó|arrestaron|capturó|capturaron|apresó|apresaron",
        RESCUED: rf"rescat{_ES_PP}|rescató|rescataron",
        EVACUATED: rf"evacu{_ES_PP}|evacuó|evacuaron",
        IN_HOSPITAL: rf"hospitaliz{_ES_PP}",
        SURVIVED: r"sobrevivientes?|supervivientes?",
        DISPLACED: rf"desplaz{_ES_PP}",
    },
    "Italian": {
        ARRESTED: rf"(?:arrest|ferm|cattur){_IT_PP}",
        RESCUED: rf"soccors[oaie]|salv{_IT_PP}",
        EVACUATED: rf"evacu{_IT_PP}",
        IN_HOSPITAL: rf"ricover{_IT_PP}",
        SURVIVED: r"sopravvissut[oaie]|superstiti",
        DISPLACED: rf"sfoll{_IT_PP}",
    },
    "Portuguese": {
        ARRESTED: rf"pres[oa]s?|detid[oa]s?|captur{_PT_PP}"
        r"|prendeu|prenderam|deteve|detiveram|capturou|capturaram",
        RESCUED: rf"resgat{_PT_PP}|resgatou|resgataram|socorrid[oa]s?",
        EVACUATED: rf"evacu{_PT_PP}|evacuou|evacuaram",
        IN_HOSPITAL: rf"(?:hospitaliz|intern){_PT_PP}",
        SURVIVED: r"sobreviventes?",
        DISPLACED: rf"(?:desaloj|desloc|desabrig){_PT_PP}",
    },
}
_FATE_OF: dict[str, re.Pattern[str]] = {
    language: re.compile(
        "|".join(f"(?P<{fate.replace(' ', '_')}>{rx})" for fate, rx in fates.items())
    )
    for language, fates in _WORDS.items()
}
# words between a verb and its figure: bounds and articles ("a arrêté environ 40",
# "detuvo a unos 40", "ha arrestato almeno 40", "prendeu pelo menos 40")
_BETWEEN = {
    "French": "au moins plus de d près environ quelque quelques les des ses leurs",
    "German": "mindestens über mehr als rund etwa fast knapp ungefähr insgesamt die den der",
    "Spanish": "a al menos más de unos unas casi cerca alrededor los las sus",
    "Italian": "almeno oltre più di circa quasi i gli le suoi loro",
    "Portuguese": "pelo menos mais de cerca quase os as seus",
}
_SKIPPED = {language: frozenset(words.split()) for language, words in _BETWEEN.items()}
# a clause's other part begins with these: "2 000 manifestants ont défilé et la police"
_CONJUNCTIONS = frozenset(
    """
    et mais ou qui que dont pendant und aber oder sondern während y pero o mientras
    e ma che mentre mas ou enquanto
    """.split()  # noqa: SIM905
)
# German's separable verb: "nahm 40 Demonstranten fest", "nehmen ... fest"
_TAKING = frozenset("nahm nahmen nimmt nehmen".split())  # noqa: SIM905
_AFTER_WORDS = 4


def fate_word(word: str, language: str) -> str:
    """The fate ``word`` tells in ``language`` ("arrêtés": ARRESTED), '' for none."""
    rx = _FATE_OF.get(language)
    m = rx.fullmatch(word.lower()) if rx is not None else None
    if m is None or m.lastgroup is None:
        return ""
    return m.lastgroup.replace("_", " ")


def foreign_fate(after: list[str], before: list[str], language: str) -> str:
    """What befell the people a figure counts in an article in ``language``, other than
    a toll: a fate's word among the first words of its clause after it (``after``),
    else the verb right before it (``before``: its clause's words before it), bounds
    and articles aside; '' when neither says."""
    after = _until_conjunction(after)
    for word in after[:_AFTER_WORDS]:
        fate = fate_word(word, language)
        if fate:
            return fate
    before = _until_conjunction(before[::-1])
    words = [w for w in before if w.lower() not in _SKIPPED.get(language, frozenset())]
    if words:
        fate = fate_word(words[0], language)
        if fate:
            return fate
    if language == "German" and "fest" in (w.lower() for w in after):
        return ARRESTED if any(w.lower() in _TAKING for w in before) else ""
    return ""


def _until_conjunction(words: list[str]) -> list[str]:
    for k, word in enumerate(words):
        if word.lower() in _CONJUNCTIONS:
            return words[:k]
    return words


# a fate told by its noun before the count: "the arrest of the 23 pirates", "the rescue
# of 12 sailors", "l'arrestation de 40 manifestants", "die Festnahme von 40"
_FATE_NOUN_BEFORE = re.compile(
    r"\b(?:(?:arrest|capture|detention|killing|killings|deaths?|rescue|evacuation|release)"
    r"\s+of\s+(?:the\s+)?"
    r"|(?:arrestation|interpellation|capture|détention|libération|évacuation|sauvetage|mort)"
    r"\s+(?:de\s+|des\s+|d[’'])"
    r"|(?:Festnahme|Verhaftung|Inhaftierung|Rettung|Evakuierung|Freilassung|Tod)"
    r"\s+(?:von\s+|der\s+)"
    r"|(?:detención|arresto|captura|rescate|evacuación|liberación|muerte)"
    r"\s+de\s+(?:los\s+|las\s+)?"
    r"|(?:arresto|fermo|cattura|salvataggio|evacuazione|liberazione|morte)"
    r"\s+(?:di|dei|degli|delle)\s+"
    r"|(?:prisão|detenção|captura|resgate|evacuação|libertação|morte)"
    r"\s+(?:de|dos|das)\s+)$",
    re.IGNORECASE,
)


def fate_noun_before(text: str) -> bool:
    """``text`` (what comes before a figure) ends with a fate's noun and its "of": "the
    arrest of the", "l'arrestation de", "die Festnahme von", "la detención de", "l'arresto
    di", "a prisão de"."""
    return _FATE_NOUN_BEFORE.search(text) is not None
