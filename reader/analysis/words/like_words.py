"""What "wie", "come", "como", "comme" or "like" right before a figure makes of it.

These words mean "like" (a likeness, or a figure told loosely: "like a thousand suns",
"dejó como 30 heridos", "c'erano come 30 persone"), but also "how" or "as" before a
clause whose subject the figure counts ("Die Polizei berichtete, wie 25 Menschen
starben", "ha raccontato come 25 persone sono morte", "explicó cómo 30 personas
murieron") and "as" in a comparison ("so viele wie 30", "tantos como 30", "tanti come
30"). The word before tells which: a verb of telling, seeing, knowing or asking (or a
preposition after one: "darüber, wie", "di come", "sobre cómo"; in German also a few
words before the comma: "Die Polizei berichtete am Abend, wie 25 Menschen starben")
makes it "how", and the figure a plain count; "so viele", "tantos", "tanti" make it a
comparison, a bound from above (``reader.analysis.words.hedges.UP_TO``); anything else a
figure told loosely.
"""

from __future__ import annotations

import re

from reader.lazy_regex import LazyPattern

HOW = "how"
AS_MANY = "as many as"
LOOSELY = "loosely"

# the word, right before the figure ("wie 25", "come mille"); Spanish "cómo" is "how"
_LIKE = LazyPattern(r"(?<!\w)(like|comme|wie|come|como|cómo)\s+$", re.IGNORECASE)
# a comparison: "so viele wie", "ebenso viele wie", "tantos como", "tanti come"
_AS_MANY = LazyPattern(
    r"(?<!\w)(?:(?:so|ebenso)\s+viele?|tant[oaie]s?)\s+$",
    re.IGNORECASE,
)
# German verbs of telling, seeing, knowing or asking (their forms by their beginnings),
# and their nouns ("Berichte, wie", "Schilderungen, wie", "die Frage, wie": how too)
_GERMAN_TELLING = (
    r"bericht\w*|schilder\w*|beschr(?:ieb|eib)\w*|erzähl\w*|zeig\w*|sah|sahen|sehen|gesehen"
    r"|beobacht\w*|erklär\w*|frag\w*|weiß|wissen|wusste\w*|erinner\w*|erleb\w*|miterleb\w*"
    r"|dokumentier\w*"
)
# a verb of telling, seeing, knowing or asking, with a preposition after it or not,
# right before the word (a comma between): "berichtete, wie", "darüber, wie", "ha
# raccontato come", "ha raccontato di come", "explicó como", "mostrou como", "falou
# sobre como". Not Spanish and Portuguese "contar", which also counts ("la policía contó
# como 30 heridos": about 30), nor a preposition alone ("un grupo de como 30 personas":
# about 30)
_HOW_BEFORE = LazyPattern(
    r"(?<!\w)(?:"
    # German
    rf"{_GERMAN_TELLING}|darüber|davon"
    # Italian
    r"|raccont\w*|descri\w*|spieg\w*|mostr\w*|visto|vide|videro|vedere|sapere|chies\w*"
    r"|ricord\w*|parla\w*"
    # Spanish and Portuguese
    r"|relat\w*|describ\w*|descrev\w*|explic\w*|vio|vieron|viu|viram|ver|saber|sabe"
    r"|pregunt\w*|pergunt\w*|recuerd\w*|lembr\w*|habl\w*|fal\w*"
    r")(?:\s+(?:di|su|de|sobre))?\s*,?\s+$",
    re.IGNORECASE,
)
# German sets off the clause "wie" begins with a comma, so its verb of telling may stand
# a few words before it, an object or an adverb between, in the same clause: "Die Polizei
# berichtete am Abend, wie", "Zeugen schilderten der Polizei, wie", "Ein Video zeigt
# deutlich, wie". No comma between ("Er berichtete, er sei verletzt worden, wie 25
# andere auch": like 25 others)
_GERMAN_HOW_BEFORE = LazyPattern(
    rf"(?<!\w)(?:{_GERMAN_TELLING})(?:\s+[^\W\d_]+){{1,4}}\s*,\s+$", re.IGNORECASE
)


def like_reading(text: str, start: int) -> str:
    """How a figure at ``start`` of ``text`` is read after "wie", "come", "como",
    "comme" or "like" right before it: HOW (a plain count), AS_MANY (a comparison) or
    LOOSELY; '' when no such word stands before it."""
    found = _LIKE.search(text, max(0, start - 12), start)
    if found is None:
        return ""
    word = found.group(1).lower()
    if word == "cómo":
        return HOW
    before = text[max(0, found.start() - 40) : found.start()]
    if _AS_MANY.search(before):
        return AS_MANY
    if word in ("wie", "come", "como") and _HOW_BEFORE.search(before):
        return HOW
    clause = text[max(0, found.start() - 80) : found.start()]
    if word == "wie" and _GERMAN_HOW_BEFORE.search(clause):
        return HOW
    return LOOSELY
