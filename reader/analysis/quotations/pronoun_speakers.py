"""Speakers a pronoun stands for, or a subject a language leaves out: a quotation going on
'"...," he added' is the speaker's just named, and so is one going on in another
language: French '"...", a-t-il déclaré', "ajoute-t-elle", "selon lui"; German "Er fügte
hinzu: ...", '"...", sagte sie'; Spanish "añadió él", "según ella"; Italian "ha aggiunto
lui", "secondo lei"; Portuguese "acrescentou ele", "segundo ela"; Dutch '"...", laat zij
weten', "Hij vertelt: ...", "volgens haar"; Swedish '"...", säger hon', "enligt honom".
German tells the one just named by age as a pronoun would: '"...", so die 58-Jährige';
so does English, of either sex: '"...," the 58-year-old said', "said the 58-year-old"
(given as the pronoun "", which stands for a man or a woman).

Spanish, Italian and Portuguese drop a subject the reader knows: '"...", añadió.', "Ha
aggiunto: ...", '"...", acrescentou aos jornalistas.' name nobody new, and the speaker
is the one just quoted, as a quotation standing alone is; '"...", añadió el delegado' or
"dijo ayer la ministra" name their subject after the verb, and are not read so.

The pronouns are given as "he" and "she", the English words the rest of the speaker
rules (:mod:`reader.analysis.quotations.quotes`,
:mod:`reader.analysis.quotations.antecedents`) read.
"""

from __future__ import annotations

import re

from reader.analysis.words.saying import verb_text

# personal pronouns that are a verb of saying's subject, by the English one they stand for
PERSONAL = {
    "he": "he", "she": "she", "er": "he", "sie": "she", "il": "he", "elle": "she",
    "él": "he", "ella": "she", "lui": "he", "lei": "she", "ele": "he", "ela": "she",
    "hij": "he", "zij": "she", "ze": "she", "han": "he", "hon": "she",
}  # fmt: skip
# Swedish "han", "hon" are pronouns in small letters only ('"...", säger han'; not "said
# Han Zheng")
_SMALL_ONLY = frozenset(("han", "hon"))
# those that may follow an inverted verb ("sagte er", "dijo ella"; not Italian's article
# "il": "ha detto il sindaco"), and those "selon", "según" take ("selon lui")
_INVERTED = frozenset(PERSONAL) - {"il", "elle"}
_OBJECTS = {"him": "he", "her": "she", "lui": "he", "elle": "she", "él": "he", "ella": "she",
            "lei": "she", "ele": "he", "ela": "she", "hem": "he", "haar": "she",
            "honom": "he", "henne": "she"}  # fmt: skip
# pronouns that name nobody one: "they", "we", "who", and so in other languages
NOBODY_PRONOUNS = frozenset(
    """
    they it we i you who which ils elles on nous vous wir ihr ellos ellas nosotros
    vosotros loro noi voi eles elas nós wij ik jullie
    """.split()  # noqa: SIM905
)
# verbs in the plural, whose German "sie" and Dutch "zij" or "ze" are "they": '"...",
# sagten sie', "zeiden ze", "lieten zij weten"
PLURAL_VERBS = frozenset("sagten erklärten betonten zeiden zeggen vertellen lieten".split())  # noqa: SIM905
_THEY_TOO = frozenset(("sie", "zij", "ze"))


def they(word: str, verb: str) -> bool:
    """True when the pronoun ``word`` (in small letters), subject of the verb of saying
    ``verb``, is "they": "sie" or "zij" of a verb in the plural ("sagten sie")."""
    return word in _THEY_TOO and verb in PLURAL_VERBS


# one told by age alone after the verb, as a pronoun is: "so die 58-Jährige", "sagte der
# 71-Jährige" stand for the one just named, of the sex the article tells
_AGED = re.compile(r"\s+(der|die)\s+\d{1,3}-[Jj]ährige\b(?!\s+[A-ZÄÖÜ])")
# English "the 58-year-old" alone (no noun after it: "the 58-year-old mayor" is an office
# told), where its clause ends or goes on with a word of place or time
_AGED_ENGLISH = (
    r"the\s+\d{1,3}-year-old(?=\s*(?:$|[,.;:!?)\"\u2014\u2013])|\s+(?:in|on|at|after)\s)"
)
_AGED_AFTER = re.compile(rf"\s+{_AGED_ENGLISH}")
_AGED_BEFORE = re.compile(rf"[\s,]*{_AGED_ENGLISH}[\s,]*", re.IGNORECASE)
_CARRIED = re.compile(r"-(?:t-)?(il|elle)\b")
# a pronoun right after a verb (or "selon"): '"...", sagte er', "selon lui", "said he"
_AFTER = re.compile(r"\s+([^\W\d_]+)")
# where a clause goes on after an object pronoun: its end, or a word of place or time
# (or, in Dutch, the verb that comes second after it: "Volgens haar is het ...")
_OBJECT_ENDS = re.compile(
    r"\s*(?:$|[,.;:!?)\"\u2014\u2013]|\s(?:in|on|at|during|after|before|when|while)\s"
    r"|\s(?:is|was|zijn|waren|heeft|had|hebben|hadden|wordt|werd|moet|moest|kan|kon|zal"
    r"|zou|gaat|ging|staat|stond|komt|kwam|ligt|lag)\s)"
)


def aged_subject(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]``, a verb of saying's subject, is one told by age alone,
    who stands for the one just named as a pronoun does: '"...," the 58-year-old
    said'."""
    return _AGED_BEFORE.fullmatch(text, start, end) is not None


def carried_pronoun(verb: re.Match[str]) -> str | None:
    """ "he" or "she" for a French verb of saying written with its pronoun: "a-t-il
    déclaré", "ajoute-t-elle", "dit-il"; else None."""
    m = _CARRIED.search(verb_text(verb))
    return PERSONAL[m.group(1)] if m else None


def pronoun_after(text: str, verb: re.Match[str], end: int, objective: bool = False) -> str | None:
    """ "he" or "she" when a personal pronoun is the word right after ``verb`` (before
    ``end``): the subject of an inverted verb ('"...", sagte er', "dijo ella", "said
    he"; "" for one of either sex told by age: "said the 58-year-old") or, when
    ``objective``, the source "according to" names ("selon lui", "according to her",
    not "according to her lawyer"); else None."""
    m = _AFTER.match(text, verb.end(), end)
    if m is None:
        return None
    word = m.group(1).lower()
    if word in _SMALL_ONLY and m.group(1) != word:
        return None
    aged = _AGED.match(text, verb.end(), end)
    if aged is not None:  # '"...", so die 58-Jährige': her, named before
        return "she" if aged.group(1).lower() == "die" else "he"
    if not objective and _AGED_AFTER.match(text, verb.end(), end):
        return ""  # '"...," said the 58-year-old': the one just named, either sex
    if not objective:
        plural = they(word, verb_text(verb))  # '"...", sagten sie'
        return PERSONAL[word] if word in _INVERTED and not plural else None
    if word in ("him", "her", "haar") and not _OBJECT_ENDS.match(text, m.end(), end):
        return None  # "according to her lawyer", "volgens haar advocaat"
    return _OBJECTS.get(word)


def dropped_subject(text: str, verb: re.Match[str], end: int) -> bool:
    """True when ``verb``, a verb of saying in Spanish, Italian or Portuguese, has no
    subject written after it up to where its clause ends (before ``end``): nothing, or a
    word of time or place with the object told ('"...", añadió.', '"...", ha aggiunto ai
    giornalisti', "Acrescentou: ..."), not a noun phrase ("añadió el delegado", "dijo
    ayer la ministra", "acrescentou a ministra") nor a name."""
    if verb_text(verb) not in _DROPPING:
        return False
    rest = _CLAUSE_END.split(text[verb.end() : end], maxsplit=1)[0]
    words = rest.split()
    if any(w[:1].isupper() for w in words):
        return False  # "dijo en Madrid el presidente Pedro Sánchez"
    for k, word in enumerate(words):
        low = word.lower()
        after = words[k + 1].lower() if k + 1 < len(words) else ""
        previous = words[k - 1].lower() if k else ""
        if (low in _DETERMINERS or _ELIDED_ARTICLE.match(low)) and previous not in _PREPOSITIONS:
            # a subject: "añadió el delegado", "dijo ayer la ministra", "ha detto
            # l'allenatore" (not "ha aggiunto all'uscita")
            return False
        if low == "a" and after not in _DETERMINERS:
            return False  # a Portuguese article: "acrescentou a ministra"
    return True


def opens_without_subject(text: str, start: int, verb: re.Match[str]) -> bool:
    """True when ``verb`` opens its clause (from ``start``), past a conjunction or an
    adverb only, as a verb whose subject is dropped does: "Añadió: ...", "Y añadió que
    ...", "Poi ha aggiunto: ..."."""
    return _OPENING.fullmatch(text, start, verb.start()) is not None


_ELIDED_ARTICLE = re.compile(r"l['’][^\W\d_]")
# Spanish, Italian and Portuguese verbs of saying in the third person singular
_DROPPING = frozenset(
    """
    dijo afirmó declaró explicó aseguró señaló añadió indicó subrayó sostuvo advirtió
    manifestó comentó agregó insistió prometió reconoció denunció recordó escribió destacó
    apuntó precisó afirma asegura explica señala disse afirmou declarou explicou
    acrescentou sublinhou prometeu
    """.split()  # noqa: SIM905
) | frozenset(
    f"ha {p}"
    for p in """
    detto dichiarato affermato spiegato aggiunto sottolineato promesso annunciato ricordato
    scritto
    """.split()  # noqa: SIM905
)
_DETERMINERS = frozenset(
    "el la los las un una unos unas il lo gli uno i le o os as um uma uns umas".split()  # noqa: SIM905
)
_PREPOSITIONS = frozenset(
    """
    a en ante tras con para por de desde sobre entre ai agli alle al alla allo in con per
    da su tra fra di davanti em aos às ao à com para por perante diante sobre
    """.split()  # noqa: SIM905
)
# where a verb's clause ends: punctuation, a quotation, "que" or "che" opening what was said
_CLAUSE_END = re.compile(r"[.;:!?\"\u2014\u2013(]|\b(?:que|che)\b", re.IGNORECASE)
_OPENING = re.compile(
    r"\W*(?:(?:y|e|pero|ma|mas|además|luego|después|también|poi|inoltre|anche|depois"
    r"|ainda|também|más\s+tarde|più\s+tardi|mais\s+tarde)\W+)*",
    re.IGNORECASE,
)
