"""One item of a list told as several on one side and as one on the other.

"The navy recovered seven AK-47 assault rifles, RPG launchers, three speedboats ..."
against "... including seven AK-47 assault rifles, three machine guns, and a
rocket-propelled grenade launcher": A's haul held launchers, B's one launcher. A
discrepancy of kind ``number`` ("RPG launchers vs a rocket-propelled grenade launcher").

Precision first, so a pair is reported only when:

- both sentences list what was counted, and share an item counted alike (the same
  figure of the same thing: "seven AK-47 assault rifles" on both sides), so the two lists
  tell one haul, one toll, one inventory;
- one side's item is a bare plural standing alone between the list's commas or its
  "and" (no figure, article or other word before it: "RPG launchers", not "other
  launchers" or "the launchers"), the other's "a", "an" or "one" with the singular
  ("a rocket-propelled grenade launcher");
- the words before the noun are the same on both sides, or one side's are the initials
  of the other's ("RPG", "rocket-propelled grenade"), so the two name one kind of thing;
- neither side names the item the other way too (several and one of them).

English only: in French, Spanish, Italian and Portuguese a plural item takes its article
("des lance-roquettes", "unos lanzagranadas") and its words follow the noun, and German
plurals are not read by an ending; a list in those languages is left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.analysis.conflicts.conflict import Conflict
from reader.analysis.features import UnitFeatures
from reader.analysis.figures.group_members import counts_one_noun
from reader.analysis.mention import Mention
from reader.model import DiscrepancyKind, Span

# what opens an item of a list, and what ends it
_OPEN = r"(?:,\s*|;\s*|\band\s+|\bincluding\s+)"
_CLOSE = r"(?=\s*(?:,|;|\.|\band\b|$))"
_WORD = r"[A-Za-z][\w-]*"
_ONE = re.compile(
    rf"{_OPEN}(?P<one>an?|one)\s+(?P<words>(?:{_WORD}\s+){{0,2}})(?P<noun>[a-z]+){_CLOSE}"
)
_SEVERAL = re.compile(rf"{_OPEN}(?P<words>(?:{_WORD}\s+){{0,2}})(?P<noun>[a-z]+s){_CLOSE}")
# words that open a noun phrase without counting it: an item with one is no bare plural
_NOT_BARE = frozenset(
    """
    the a an one other some several many few more most all any both each these those its
    their his her our your my such no two three four five six seven eight nine ten
    """.split()  # noqa: SIM905
)


@dataclass(frozen=True, slots=True)
class _Item:
    words: tuple[str, ...]  # the words before the noun, lower case, hyphens apart
    noun: str  # singular, lower case
    span: Span  # absolute, the article included
    surface: str


def several_against_one(fa: UnitFeatures, fb: UnitFeatures) -> list[Conflict]:
    """The items one of two linked sentences lists as several and the other as one, as
    the module says."""
    if fa.language is not None or fb.language is not None or not _same_count(fa, fb):
        return []
    out: list[Conflict] = []
    for several, one, a_several in ((fa, fb, True), (fb, fa, False)):
        ones = _ones(one)
        for item in _severals(several):
            for x in ones:
                if x.noun != item.noun or not _one_kind(item.words, x.words):
                    continue
                if _names_it(several, item.noun) or _names_it(one, item.surface.split()[-1]):
                    continue  # several and one of them
                a, b = (item, x) if a_several else (x, item)
                out.append(
                    Conflict(DiscrepancyKind.NUMBER, _mention(a), _mention(b),
                             f"{a.surface} vs {b.surface}")
                )  # fmt: skip
    return out


def _same_count(fa: UnitFeatures, fb: UnitFeatures) -> bool:
    """The two sentences count one thing alike ("seven AK-47 assault rifles"), hyphened
    or not ("400 fire-fighters" and "400 firefighters")."""
    counted_a, counted_b = (
        [(m.key, m.unit_word) for m in f.numbers if m.kind == "number" and m.unit_word]
        for f in (fa, fb)
    )
    return any(ka == kb and counts_one_noun(ua, ub) for ka, ua in counted_a for kb, ub in counted_b)


def _ones(f: UnitFeatures) -> list[_Item]:
    """The items of ``f``'s sentence told as one ("a rocket-propelled grenade launcher")."""
    return [
        _item(f, m, m.start("one"), _words(m.group("words")), m.group("noun"))
        for m in _ONE.finditer(f.unit.text)
    ]


def _severals(f: UnitFeatures) -> list[_Item]:
    """The bare plurals of ``f``'s sentence standing as items ("RPG launchers")."""
    out = []
    for m in _SEVERAL.finditer(f.unit.text):
        words = _words(m.group("words"))
        singular = _singular(m.group("noun"))
        if singular and not (words and words[0].lower() in _NOT_BARE):
            out.append(_item(f, m, m.start("words"), words, singular))
    return out


def _names_it(f: UnitFeatures, word: str) -> bool:
    """``f``'s sentence has ``word`` (the other side's form of the noun) anywhere."""
    return re.search(rf"\b{re.escape(word)}\b", f.unit.text, re.IGNORECASE) is not None


def _item(
    f: UnitFeatures, m: re.Match[str], start: int, words: tuple[str, ...], noun: str
) -> _Item:
    base = f.unit.span.start
    return _Item(
        words, noun, Span(base + start, base + m.end("noun")), f.unit.text[start : m.end("noun")]
    )


def _words(text: str) -> tuple[str, ...]:
    return tuple(w for w in re.split(r"[\s-]+", text.strip()) if w)


def _singular(plural: str) -> str:
    """ "launchers" -> "launcher", "boxes" -> "box", "batteries" -> "battery"; '' for a
    word that is no regular plural ("ammunition", "glass", "status")."""
    if plural.endswith(("ss", "us", "is")):
        return ""
    if plural.endswith("ies"):
        return plural[:-3] + "y"
    if plural.endswith(("xes", "ches", "shes", "sses")):
        return plural[:-2]
    return plural[:-1]


def _one_kind(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """Two items' words name one kind of thing: the same words, or one side's one word
    in capitals the initials of the other's ("RPG", "rocket-propelled grenade")."""
    if [w.lower() for w in x] == [w.lower() for w in y]:
        return True
    for short, long in ((x, y), (y, x)):
        initials = "".join(w[0] for w in long).lower()
        if (
            len(short) == 1
            and short[0].isupper()
            and len(long) > 1
            and short[0].lower() == initials
        ):
            return True
    return False


def _mention(item: _Item) -> Mention:
    return Mention("number", f"items:{item.noun}", item.span, item.surface)
