"""What befell the people a figure counts, in German, French, Spanish, Italian,
Portuguese and Arabic ("مقتل ٧٢ شخصاً", "315 جريحاً"): the toll's fates (the dead,
injured and missing) and the others English reads
(reader.analysis.figures.casualties): the arrested, rescued, evacuated, hospitalised, survivors
and displaced, and in English those sheltered ("35 people spent the night at the rest
centre").

One table (``_WORDS``) holds the words of each fate in each language, and where they
may stand: after the figure ("25 getötet", "12 blessées", "40 manifestants arrêtés"),
before it ("Beim Unglück starben am Montag 25.", "la police a arrêté 40 manifestants"),
or both; and the nouns of a toll's phrase ("the number of victims", "die Zahl der
Opfer": reader.analysis.figures.tolls), in English too. Nouns of a toll ("58 Tote", "58
morts", "58 muertes") stand after it only; its verbs and participles on either side
("25 Menschen sterben", "Sterben 25"; "25 personnes ont péri", "ont péri 25";
"resultaron muertos 25", "25 resultaron muertos"). A fate may be told by a phrase, its
words apart by one space ("ins Krankenhaus gebracht", "placés en garde à vue",
"trasladados al hospital", "taken to hospital"); those taken to hospital are
IN_HOSPITAL, as "hospitalisés" and "hospitalized" are, not the injured, whose count news
tells beside theirs ("30 injured, 12 of them taken to hospital"); so are those told kept
there ("12 people spent the night in hospital", "five are still in hospital"), whom
SHELTERED never reads.
Three readings use the table:

- :func:`toll_after`: a toll's noun, participle or verb right after a figure, however many
  words of people, auxiliaries and degree stand between ("Bei dem Busunglück wurden 25
  getötet", "25 Menschen kamen ums Leben", "12 personnes ont été grièvement blessées").
  A death and an injury are two fates; an injury told fatal ("tödlich verletzt",
  "mortellement blessés") is a death.
- :func:`toll_before`: a toll's verb before a bare figure, its subject after it ("Murieron
  25", "Sono morti 25", "Resultaron heridos 25") or its object ("a tué 12 ouvriers",
  "mató a 12 mineros", "tötete 12 Arbeiter"), as English reads "killing 25": at most
  three words before the figure, a bound aside; no conjunction nor count in words
  between ("Es starben drei Menschen und 25 ..." tells nothing of the 25).
- :func:`other_fate`: a fate besides a toll, as English reads it: a participle or noun in
  the count's clause just after the figure and its noun ("40 Demonstranten wurden
  festgenommen", "40 detenidos"), or the verb right before the figure, bounds and
  articles aside ("la policía detuvo a 40 manifestantes"); German's separable "nahm 40
  Demonstranten fest" too.

A fate's noun before the figure ("the arrest of the 23 pirates", "l'arrestation de 40
manifestants", "die Festnahme von 40 Demonstranten") tells that something befell them
(:func:`fate_noun_before`).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence

from reader.analysis.figures.person_kinds import person_word
from reader.analysis.words.lexicon import FOREIGN_NUMBER_WORDS, by_language
from reader.lazy_regex import LazyPattern

DEAD, INJURED, MISSING = "dead", "injured", "missing"
ARRESTED, RESCUED, EVACUATED = "arrested", "rescued", "evacuated"
IN_HOSPITAL, SURVIVED, DISPLACED = "in hospital", "survived", "displaced"
SHELTERED = "sheltered"  # "35 people spent the night at the rest centre"
TOLL = frozenset({DEAD, INJURED, MISSING})


class Stands(enum.Flag):
    """Where a fate's word stands to the figure whose people it tells of."""

    AFTER = enum.auto()  # "25 getötet", "40 manifestants arrêtés"
    BEFORE = enum.auto()  # "starben 25", "a arrêté 40 manifestants"
    BOTH = AFTER | BEFORE
    # the noun of a toll's phrase, which leads to the figure ("the number of dead rose to
    # 58", "die Zahl der Toten stieg auf 58": reader.analysis.figures.tolls)
    OF = enum.auto()


_A, _B, _AB, _OF = Stands.AFTER, Stands.BEFORE, Stands.BOTH, Stands.OF
_FR_PP = r"(?:é|ée|és|ées)"  # French past participle of a verb in -er
_ES_PP = r"(?:ado|ada|ados|adas)"
_IT_PP = r"(?:ato|ata|ati|ate)"
_PT_PP = r"(?:ado|ada|ados|adas)"
_DE_PP = r"(?:t|te|ten|ter)"  # "verhaftet", "die Verhafteten"
# a hospital and being taken there, in phrases: "ins Krankenhaus", "transportés à
# l'hôpital", "taken to a local hospital"
_DE_HOSPITAL = r"(?:krankenhaus|spital|klinikum|klinik)"
_FR_TAKEN = r"(?:transporté|conduit|emmené|admis|acheminé)e?s?"
_AR_AND = "(?:و|ف)?"  # "and" glued to an Arabic word
_EN_SOME = r"(?:(?:the|a|local|area|nearby|several|two|three) )*"

# the words of each fate, lower case, whole words (a pattern; a phrase its words apart by
# one space, as a clause's words are joined), and where they stand
_WORDS: dict[str, list[tuple[str, Stands, str]]] = {
    "German": [
        (DEAD, _AB, "getötet|gestorben|umgekommen|starben|sterben"),
        (DEAD, _A | _OF, "toten|todesopfer"),
        (DEAD, _A, "tote|tot|ums"),  # "ums Leben"
        (DEAD, _OF, "opfer"),
        (DEAD, _B, "tötete|töteten"),  # "Die Explosion tötete 12 Arbeiter"
        (INJURED, _AB, "verletzt|verwundet"),
        (INJURED, _A | _OF, "verletzten"),
        (INJURED, _A, "verletzte|verwundete"),
        (INJURED, _OF, "verwundeten"),
        (MISSING, _AB, "vermisst"),
        (MISSING, _A, "vermisste"),
        (ARRESTED, _AB, rf"(?:verhafte|inhaftier|festgesetz){_DE_PP}|festgenommene?[nr]?"
         r"|verhaftete[n]?|inhaftierte[n]?"),
        (RESCUED, _AB, rf"gerette{_DE_PP}|rettete[n]?"),
        (EVACUATED, _AB, rf"evakuier{_DE_PP}|evakuierte[n]?"),
        (IN_HOSPITAL, _AB, r"eingeliefert|hospitalisiert"),
        (IN_HOSPITAL, _A, rf"ins {_DE_HOSPITAL}|in (?:ein|eine|das|die) {_DE_HOSPITAL}"
         rf"|in (?:die )?(?:krankenhäuser|kliniken|spitäler)|im {_DE_HOSPITAL} "
         r"(?:behandelt|versorgt|aufgenommen)|stationär (?:behandelt|aufgenommen)"),
        (ARRESTED, _A, r"in (?:polizeilichen )?gewahrsam|in (?:untersuchungs)?haft"),
        (SURVIVED, _AB, r"überlebende[nr]?|überlebten?"),
        (DISPLACED, _AB, r"vertriebene?[nr]?"),
    ],
    "French": [
        (DEAD, _AB | _OF, "tués"),
        (DEAD, _AB, "tuées|décédés|décédées|moururent|périrent|péri"),
        (DEAD, _A | _OF, "morts"),
        (DEAD, _A, "mortes"),
        (DEAD, _OF, "décès|victimes"),
        (DEAD, _B, "tué|tuant"),  # "l'explosion a tué 12 ouvriers"
        (INJURED, _B, "blessé|blessant"),
        (INJURED, _AB | _OF, "blessés"),
        (INJURED, _AB, "blessées"),
        (MISSING, _A, "disparus|disparues"),
        (ARRESTED, _AB, rf"(?:arrêt|interpell|captur|appréhend|écrou){_FR_PP}|détenue?s?"),
        (RESCUED, _AB, rf"secourue?s?|sauv{_FR_PP}"),
        (EVACUATED, _AB, rf"évacu{_FR_PP}"),
        (IN_HOSPITAL, _AB, rf"hospitalis{_FR_PP}"),
        (IN_HOSPITAL, _A, rf"{_FR_TAKEN} (?:à|vers|dans) (?:l|un|les|des) hôpita(?:l|ux)"
         rf"|{_FR_TAKEN} aux urgences"),
        (ARRESTED, _AB, r"(?:placée?s? |mise?s? )?en garde à vue|gardée?s? à vue"),
        (SURVIVED, _AB, rf"survivante?s?|rescap{_FR_PP}"),
        (DISPLACED, _AB, rf"déplac{_FR_PP}"),
    ],
    "Spanish": [
        (DEAD, _AB, "murieron|fallecieron|perecieron|muerto|fallecido"),  # "han muerto"
        (DEAD, _AB | _OF, "muertos|fallecidos"),
        (DEAD, _AB, "muertas|fallecidas|asesinados|asesinadas"),
        (DEAD, _A, "muertes"),
        (DEAD, _OF, "víctimas"),
        (DEAD, _B, "mató|mataron|matando"),  # "la explosión mató a 12 mineros"
        (INJURED, _B, "hirió|hirieron|hiriendo"),
        (INJURED, _AB | _OF, "heridos|lesionados"),
        (INJURED, _AB, "heridas|lesionadas"),
        (MISSING, _AB, "desaparecidos|desaparecidas|desaparecieron"),
        (ARRESTED, _AB, rf"(?:deten|arrest|captur|apres)(?:id[oa]s?|{_ES_PP})"
         r"|detuvo|detuvieron|arrestó|arrestaron|capturó|capturaron|apresó|apresaron"),
        (RESCUED, _AB, rf"rescat{_ES_PP}|rescató|rescataron"),
        (EVACUATED, _AB, rf"evacu{_ES_PP}|evacuó|evacuaron"),
        (IN_HOSPITAL, _AB, rf"hospitaliz{_ES_PP}"),
        (IN_HOSPITAL, _A, r"(?:trasladad|llevad|ingresad|atendid|internad)[oa]s? "
         r"(?:al|a un|a los|a|en el|en un|en los|en) "
         r"(?:hospital|hospitales|centros? hospitalarios?)"),
        (SURVIVED, _AB, r"sobrevivientes?|supervivientes?"),
        (DISPLACED, _AB, rf"desplaz{_ES_PP}"),
    ],
    "Italian": [
        (DEAD, _AB | _OF, "morti|deceduti"),
        (DEAD, _AB, "morte|uccisi|uccise|decedute|morirono"),
        (DEAD, _OF, "vittime"),
        (DEAD, _B, "ucciso|uccidendo"),  # "l'esplosione ha ucciso 12 operai"
        (INJURED, _B, "ferito|ferendo"),
        (INJURED, _AB | _OF, "feriti"),
        (INJURED, _AB, "ferite"),
        (MISSING, _AB, "dispersi|disperse"),
        (ARRESTED, _AB, rf"(?:arrest|ferm|cattur){_IT_PP}"),
        (RESCUED, _AB, rf"soccors[oaie]|salv{_IT_PP}"),
        (EVACUATED, _AB, rf"evacu{_IT_PP}"),
        (IN_HOSPITAL, _AB, rf"ricover{_IT_PP}"),
        (IN_HOSPITAL, _A, r"(?:portat|trasportat|trasferit|condott|accompagnat|finit)[oaie] "
         r"(?:in|all|al|nell|negli|agli) (?:ospedale|ospedali|pronto soccorso)"),
        (SURVIVED, _AB, r"sopravvissut[oaie]|superstiti"),
        (DISPLACED, _AB, rf"sfoll{_IT_PP}"),
    ],
    "Portuguese": [
        (DEAD, _AB | _OF, "mortos"),
        (DEAD, _AB, "mortas|morreram|faleceram|morrido"),
        (DEAD, _A | _OF, "mortes|óbitos"),
        (DEAD, _A, "falecidos"),
        (DEAD, _OF, "vítimas"),
        (DEAD, _B, "matou|mataram|matando"),  # "a explosão matou 12 mineiros"
        (INJURED, _B, "feriu|feriram|ferindo"),
        (INJURED, _AB | _OF, "feridos"),
        (INJURED, _AB, "feridas"),
        (MISSING, _AB, "desaparecidos|desaparecidas"),
        (ARRESTED, _AB, rf"pres[oa]s?|detid[oa]s?|captur{_PT_PP}"
         r"|prendeu|prenderam|deteve|detiveram|capturou|capturaram"),
        (RESCUED, _AB, rf"resgat{_PT_PP}|resgatou|resgataram|socorrid[oa]s?"),
        (EVACUATED, _AB, rf"evacu{_PT_PP}|evacuou|evacuaram"),
        (IN_HOSPITAL, _AB, rf"(?:hospitaliz|intern){_PT_PP}"),
        (IN_HOSPITAL, _A, r"(?:levad|transportad|encaminhad|conduzid|transferid)[oa]s? "
         r"(?:ao|aos|a|à|para o|para os|para um|para|a um) (?:hospital|hospitais)"),
        (SURVIVED, _AB, r"sobreviventes?"),
        (DISPLACED, _AB, rf"(?:desaloj|desloc|desabrig){_PT_PP}"),
    ],
    # Arabic, unvowelled (a word's tanween is no letter of it: "72 قتيلاً" reads
    # "قتيلا"), "و"/"ف" glued to a word before the figure ("وإصابة ٣١٥ آخرين")
    "Arabic script": [
        (DEAD, _A, "قتيلا|قتيل|قتلى|قتلي|ميتا|موتى|وفيات"),
        (DEAD, _OF, "(?:ال)?(?:قتلى|وفيات|ضحايا|موتى)"),
        (DEAD, _B, rf"{_AR_AND}(?:مقتل|وفاة|مصرع|بحياة|قتل|قتلت|مات|توفي)"),
        (INJURED, _A, "جريحا|جريح|جرحى|مصابا|مصاب|مصابين|مصابون|إصابات|اصابات"),
        (INJURED, _OF, "(?:ال)?(?:جرحى|مصابين|إصابات|اصابات)"),
        (INJURED, _B, rf"{_AR_AND}(?:إصابة|اصابة|جرح|أصيب|اصيب)"),
        (MISSING, _A, "مفقودا|مفقود|مفقودين|مفقودون"),
        (MISSING, _OF, "(?:ال)?(?:مفقودين|مفقودون)"),
        (MISSING, _B, rf"{_AR_AND}(?:فقدان|اختفاء|فقد)"),
        (ARRESTED, _A, "معتقلا|معتقلين|موقوفا|موقوفين|محتجزا|محتجزين"),
        (ARRESTED, _B, rf"{_AR_AND}(?:اعتقال|توقيف|احتجاز|اعتقلت|اعتقل|أوقفت|اوقفت)"),
        (RESCUED, _B, rf"{_AR_AND}(?:إنقاذ|انقاذ|انتشال)"),
        (EVACUATED, _B, rf"{_AR_AND}(?:إجلاء|اجلاء|أجلت|اجلت)"),
        (IN_HOSPITAL, _A, r"(?:نقلوا|نقل|أدخلوا|ادخلوا) (?:إلى|الى) (?:ال)?مستشفيات?"
         r"|(?:نقلوا|نقل|أدخلوا|ادخلوا) (?:إلى|الى) (?:ال)?مستشفى"),
        (SURVIVED, _A, "ناجيا|ناج|ناجين|ناجون|ناجي"),
        (DISPLACED, _A, "نازحا|نازح|نازحين|نازحون|مشردا|مشردين|مشردون"),
        (DISPLACED, _B, rf"{_AR_AND}(?:يشرد|شرد|تشريد|نزوح)"),
    ],
    # English reads its fates' words by their stems (reader.analysis.figures.casualties); these
    # are its phrases, and the nouns of its toll's phrase
    "English": [
        (DEAD, _OF, "dead|deaths|fatalities|victims|killed"),
        (INJURED, _OF, "injured|wounded|hurt|injuries"),
        (IN_HOSPITAL, _A, r"(?:taken|rushed|airlifted|flown|admitted|transported) to "
         rf"{_EN_SOME}hospitals?|treated (?:at|in) {_EN_SOME}hospitals?"),
        # a night or a stay in hospital ("spent the night in hospital", "are still in
        # hospital", "were kept in hospital overnight"): before SHELTERED, which it is not
        (IN_HOSPITAL, _A, r"(?:(?:spent|spend|spending) (?:the|last|that|a|one|\w+day) nights?"
         r" |stayed (?:overnight |the night )?|(?:kept|remain|remains|remained|still|treated|"
         rf"detained) (?:overnight )?)(?:at|in) {_EN_SOME}hospitals?"),
        (ARRESTED, _A, r"(?:taken )?into custody|(?:held )?in (?:police )?custody"
         r"|placed under arrest"),
        # those given a roof for the night, not the rescued nor the evacuated, whose
        # counts news tells beside theirs ("18 rescued ... 35 people spent the night
        # at the rest centre"): a night in hospital is IN_HOSPITAL's
        (SHELTERED, _A, r"(?:spent|spend|spending) (?:the|last|that) night (?:at|in)"
         rf"(?! {_EN_SOME}hospitals?(?: |$))|stayed overnight (?:at|in)"
         r"|(?:were |was |being )?(?:sheltered|housed|put up) (?:at|in|by|overnight)"
         r"|(?:took|taking|found|sought) shelter|in (?:a |the )?(?:rest|emergency|evacuation)"
         r" (?:centres?|centers?|shelters?)"),
    ],
}  # fmt: skip


def _pattern(words: str, where: Stands) -> LazyPattern:
    """A pattern for a fate's ``words`` (or phrases) at the start of the words after a
    figure (or of a toll's phrase's noun), or at the end of those before it, each whole."""
    if where == Stands.BEFORE:
        return LazyPattern(rf"(?:^|\s)(?:{words})$")
    return LazyPattern(rf"^(?:{words})(?=\s|$)")


_READ: dict[tuple[str, Stands], list[tuple[str, LazyPattern]]] = {
    (language, where): [
        (fate, _pattern(words, where)) for fate, stands, words in entries if where in stands
    ]
    for language, entries in _WORDS.items()
    for where in (Stands.AFTER, Stands.BEFORE, Stands.OF)
}
_PHRASE_WORDS = 8  # the longest phrase of a fate, in words ("spent the night in a local hospital")


def fate_at(words: Sequence[str], language: str, where: Stands, toll: bool = False) -> str:
    """The fate a word or phrase tells at the start of ``words`` (those after a figure:
    "ins Krankenhaus gebracht", "getötet"), or at their end (``where`` BEFORE: those
    before it, "a placé en garde à vue"), in ``language``, of the toll's fates
    (``toll``) or of the others; '' for none."""
    run = words[:_PHRASE_WORDS] if where == Stands.AFTER else words[-_PHRASE_WORDS:]
    text = " ".join(run).lower()
    for fate, rx in _READ.get((language, where), []):
        if (fate in TOLL) == toll and rx.search(text):
            return fate
    return ""


def fate_word(word: str, language: str, where: Stands, toll: bool) -> str:
    """The fate ``word`` tells standing ``where`` to a figure in ``language``, of the
    toll's fates (``toll``) or of the others: "arrêtés" ARRESTED, "getötet" DEAD; ''
    for none."""
    return fate_at([word], language, where, toll)


def toll_noun(word: str) -> str:
    """The toll's fate ``word`` tells after a figure, or as the noun of a toll's phrase
    ("the number of victims"), in any of the six languages ("dead", "blessés",
    "Verletzte", "getötet", "Opfer": DEAD, INJURED, MISSING), '' for any other word."""
    low = word.lower()
    return next(
        (
            fate
            for where in (_OF, _A)
            for language in _WORDS
            if (fate := fate_word(low, language, where, toll=True))
        ),
        "",
    )


def toll_phrase_nouns(language: str) -> str:
    """The nouns a toll's phrase in ``language`` names its fate by ("dead|deaths|...",
    "toten|todesopfer|opfer|..."), as a pattern's alternatives."""
    return "|".join(
        words for fate, stands, words in _WORDS[language] if fate in TOLL and _OF in stands
    )


# what may stand between a figure and its toll: people, auxiliaries, a degree ("25
# Menschen wurden schwer verletzt", "12 personnes ont été légèrement blessées")
_PEOPLE_AND_AUXILIARIES = {
    "German": "menschen personen leute wurden wurde sind waren ist worden seien kamen "
    "schwer leicht lebensgefährlich teils",
    "French": "personnes gens ont été sont furent grièvement légèrement gravement",
    "Spanish": "personas fueron han habían sido resultaron quedaron resultado gravemente levemente",
    "Italian": "persone sono stati state furono rimasti rimaste gravemente leggermente",
    "Portuguese": "pessoas foram ficaram ficado têm sido gravemente levemente",
    "Arabic script": "شخصا شخص أشخاص اشخاص آخرين آخرون آخر مواطنا مواطنين",
}
# a degree that makes an injury a death, before it ("12 wurden tödlich verletzt",
# "mortellement blessés") or after it ("feriti mortalmente", "feridos mortalmente")
_FATALLY = frozenset("tödlich mortellement mortalmente".split())  # noqa: SIM905
_MOST_BETWEEN_AFTER = 4


def toll_after(after: Sequence[str], language: str) -> str:
    """The toll's fate the words ``after`` a figure (of its clause, in order) tell of the
    people it counts in an article in ``language``: DEAD, INJURED, MISSING, or ''. The
    figure's noun may name a kind of person ("12 ouvriers ont été tués", "12 Bergleute
    kamen ums Leben": reader.analysis.figures.person_kinds)."""
    between = frozenset(_PEOPLE_AND_AUXILIARIES.get(language, "").split())
    fatal = False
    middle = 0  # the words of a German middle field passed after its auxiliary
    for k, word in enumerate(after[: _MOST_BETWEEN_AFTER + 1 + _MIDDLE_FIELD]):
        low = word.lower()
        fate = fate_word(low, language, _A, toll=True)
        then = after[k + 1].lower() if k + 1 < len(after) else ""
        if fate == INJURED and (fatal or then in _FATALLY):
            return DEAD  # "tödlich verletzt", "feriti mortalmente"
        if fate:
            return fate
        passed = low in between or (k == 0 and person_word(low, language))
        if low in _FATALLY:
            fatal = True
        elif not passed:  # a word of its own: a German middle field's, or the toll ends
            if middle >= _MIDDLE_FIELD or not _in_middle_field(after[:k], low, language):
                return ""
            middle += 1
        if k - middle >= _MOST_BETWEEN_AFTER:
            return ""
    return ""


# German puts a participle at its clause's end, past what its auxiliary governs: "12
# Menschen wurden bei dem Angriff getötet", "kamen am Dienstag ums Leben"; at most so many
# words of that middle field, none of them a conjunction or a figure
_MIDDLE_FIELD = 5
_GERMAN_AUXILIARIES = frozenset("wurden wurde sind waren ist seien kamen".split())  # noqa: SIM905


def _in_middle_field(passed: Sequence[str], low: str, language: str) -> bool:
    """Word ``low``, after the words ``passed`` after a figure, may stand in a German
    clause's middle field: an auxiliary was passed, and it is no conjunction nor a
    figure's word."""
    return (
        language == "German"
        and any(w.lower() in _GERMAN_AUXILIARIES for w in passed)
        and low not in _CONJUNCTIONS.get(language, frozenset())
        and low not in FOREIGN_NUMBER_WORDS.get(language, {})
        and not low.isdigit()
    )


# what begins a clause's other part: a fate told past it is not the figure's, after it
# ("2 000 manifestants ont défilé et la police a arrêté") or before it ("Es starben drei
# Menschen und 25"). Not Portuguese "o", its article ("levados para o hospital")
_CONJUNCTIONS = by_language(
    {
        "French": "et mais ou qui que dont pendant",
        "German": "und aber oder sondern während",
        "Spanish": "y e o pero mas mientras que",
        "Italian": "e ed o ma che mentre",
        "Portuguese": "e ou mas que enquanto",
    }
)
# bounds between a toll's verb and its figure ("starben mindestens 25", "murieron al
# menos 25")
_TOLL_BOUNDS = frozenset(
    "mindestens über mehr als rund etwa fast knapp au moins plus de environ près "  # noqa: SIM905
    "al menos más unos unas casi cerca almeno oltre più di circa quasi pelo mais quase "
    "نحو حوالي حوالى قرابة زهاء أكثر من ما لا يقل عن".split()
)
_MOST_BETWEEN_BEFORE = 3


def toll_before(before: Sequence[str], language: str) -> str:
    """The toll's fate a verb among the words ``before`` a bare figure (of its clause, in
    order) tells of the people it counts in an article in ``language``: DEAD, INJURED,
    MISSING, or ''."""
    numbers = FOREIGN_NUMBER_WORDS.get(language, {})
    conjunctions = _CONJUNCTIONS.get(language, frozenset())
    words = [w.lower() for w in before if w.lower() not in _TOLL_BOUNDS]
    for word in reversed(words[-(_MOST_BETWEEN_BEFORE + 1) :]):
        fate = fate_word(word, language, _B, toll=True)
        if fate:
            return fate
        if word in conjunctions or word in numbers:
            return ""
    return ""


# words between a verb and its figure: bounds and articles ("a arrêté environ 40",
# "detuvo a unos 40", "ha arrestato almeno 40", "prendeu pelo menos 40")
_BOUNDS_AND_ARTICLES = {
    "French": "au moins plus de d près environ quelque quelques les des ses leurs",
    "German": "mindestens über mehr als rund etwa fast knapp ungefähr insgesamt die den der",
    "Spanish": "a al menos más de unos unas casi cerca alrededor los las sus",
    "Italian": "almeno oltre più di circa quasi i gli le suoi loro",
    "Portuguese": "pelo menos mais de cerca quase os as seus",
}
_SKIPPED = {language: frozenset(words.split()) for language, words in _BOUNDS_AND_ARTICLES.items()}
# German's separable verb: "nahm 40 Demonstranten fest", "nehmen ... fest"
_TAKING = frozenset("nahm nahmen nimmt nehmen".split())  # noqa: SIM905
_OTHER_AFTER_WORDS = 4


def other_fate(after: list[str], before: list[str], language: str) -> str:
    """What befell the people a figure counts in an article in ``language``, other than
    a toll: a fate's word among the first words of its clause after it (``after``),
    else the verb right before it (``before``: its clause's words before it), bounds
    and articles aside; '' when neither says."""
    after = _until_conjunction(after, language)
    for k in range(min(len(after), _OTHER_AFTER_WORDS)):
        fate = fate_at(after[k:], language, _A)
        if fate:
            return fate
    before = _until_conjunction(before[::-1], language)
    words = [w for w in before if w.lower() not in _SKIPPED.get(language, frozenset())]
    fate = fate_at(words[::-1], language, _B)
    if fate:
        return fate
    if language == "German" and "fest" in (w.lower() for w in after):
        return ARRESTED if any(w.lower() in _TAKING for w in before) else ""
    return ""


def _until_conjunction(words: list[str], language: str) -> list[str]:
    conjunctions = _CONJUNCTIONS.get(language, frozenset())
    for k, word in enumerate(words):
        if word.lower() in conjunctions:
            return words[:k]
    return words


# a fate told by its noun before the count: "the arrest of the 23 pirates", "the rescue
# of 12 sailors", "l'arrestation de 40 manifestants", "die Festnahme von 40"
_FATE_NOUN_BEFORE = LazyPattern(
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
