"""An article's correction notes: the paragraphs in which the outlet says what an earlier
version of the article got wrong ("Correction: ...", "An earlier version of this article
misstated ...", "Editor's note: ...", German "Korrektur:", French "Rectificatif :",
Spanish "Fe de errores:"), and the figures such a note puts right ("It was 60, not 80").

A note is a paragraph that opens with such words, in English, German, French or Spanish:
a label and its colon ("Correction:", "Clarification (Oct. 12):", "Note de la rédaction
:") or a sentence naming an earlier version of the article ("Una versión anterior de este
artículo ..."). A sentence of the body that merely uses the word ("The correction in
stock prices ...", "a clarification from the ministry said ...") is none.

:func:`pair_corrections` tells, for an aligned pair, each note of either article and the
wrong values the other still gives in a sentence linked to one of the note's article
giving the right value ("A still gives 80, which B's correction says was wrong").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from reader.analysis.cut_ends import beyond_cut
from reader.model.alignment import Alignment, MatchKind
from reader.model.document import Document
from reader.model.span import Span

# a label opening the paragraph, then an optional date or parenthesis, then its colon
# (a French colon has a space before it) or a dash
_LABELS = (
    r"corrections?|clarifications?|editor['’]?s['’]? note|editors['’] note|note to readers"
    r"|correction appended"
    r"|korrektur|berichtigung|richtigstellung|anmerkung der redaktion|in eigener sache"
    r"|rectificatif|rectification|correctif|erratum|précision|note de la rédaction"
    r"|fe de errores|corrección|aclaración|rectificación|nota de la redacción|nota del editor"
)
_LABEL = re.compile(
    rf"(?:{_LABELS})(?:\s*\([^()\n]{{1,40}}\)|,[^:\n.]{{1,30}}(?:\.[^:\n.]{{1,30}})?)?\s*[:—–]",
    re.IGNORECASE,
)
_ARTICLE = r"(?:article|story|report|piece|post|column|text)"
# sentences that open a note without a label
_OPENERS = re.compile(
    "|".join(
        (
            rf"(?:an|a) (?:earlier|previous|prior) version of this {_ARTICLE}",
            # a live page's entry, named by its time ("An earlier version of the 16:10
            # post said ..."); "the" only before a live page's nouns, not "the report"
            r"(?:an|a) (?:earlier|previous|prior) version of (?:this|the|our)"
            r"(?: \d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?: [a-z]{2,4})?)? (?:post|entry|update)\b"
            r"(?! (?:to|of|for|on)\b)",
            rf"this {_ARTICLE} (?:has been|was) (?:corrected|amended)",
            # updated or changed to put something in or right ("updated to include the
            # marshal's findings", "changed on Dec. 3 to correct ..."); one updated "with
            # the latest figures" or "throughout the day" is a live story's notice
            rf"this {_ARTICLE} (?:has been|was) (?:updated|changed)\b"
            r"(?:[^.\n]|\.(?!\s+[A-Z])){0,40}?\bto\b",
            r"(?:in )?(?:einer|eine) früheren? (?:version|fassung) (?:dieses|des) "
            r"(?:artikels|textes|beitrags|berichts)",
            r"(?:dieser|der) (?:artikel|text|beitrag|bericht) wurde (?:aktualisiert|korrigiert)",
            r"(?:dans )?une (?:version précédente|précédente version|version antérieure) "
            r"(?:de cet|du présent) (?:article|texte)",
            r"cet article a été (?:mis à jour|corrigé|modifié|rectifié)",
            r"(?:en )?una versión anterior de (?:este|esta) (?:artículo|nota|información|texto)",
            r"(?:este|esta) (?:artículo|nota|información) (?:ha sido|fue) "
            r"(?:actualizad[oa]|corregid[oa]|modificad[oa])",
        )
    ),
    re.IGNORECASE,
)
# what a paragraph may open with before its words: quote marks, stars and underscores of
# emphasis, brackets, dashes, spaces
_LEAD = re.compile(r"^[\s*_\[(«\"“'‘—–-]*")

# a value put right: "60, not 80", "1891 rather than 1881", "60, nicht 80", "60 et non 80",
# "60, no 80", "60 statt 80"; a value is a figure, or a month or weekday with a figure
_VALUE = r"(?:\$|€|£)?\d[\d,.]*\d(?:%| percent| million| billion)?|(?:\$|€|£)?\d(?:%)?"
_MONTHS = (
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|January|February|March|April|May|June"
    r"|July|August|September|October|November|December"
)
_DATED = rf"(?:(?:{_MONTHS})\.? )?(?:{_VALUE})"
_NOT = (
    r",? (?:and )?not|,? rather than|,? instead of|,? nicht|,? (?:an)?statt|,? und nicht"
    r"|,? et non(?: pas)?|,? pas|,? au lieu de|,? no|,? y no|,? en lugar de|,? en vez de"
)
_FIX = re.compile(rf"(?<![\w.,])({_DATED})(?:{_NOT}) ({_DATED})(?![\w]|[.,]\d)")


@dataclass(frozen=True, slots=True)
class Fix:
    """A value a note puts right: ``right`` now, ``wrong`` before."""

    right: str
    wrong: str


@dataclass(frozen=True, slots=True)
class CorrectionNote:
    """One paragraph of an article that is a correction note, and what it puts right."""

    span: Span
    fixes: tuple[Fix, ...] = ()


@dataclass(frozen=True, slots=True)
class PairCorrection:
    """A correction note of article ``side`` ("a" or "b") of an aligned pair, its words,
    and what the other article still gives that the note says was wrong."""

    side: str
    note: CorrectionNote
    text: str
    stale: tuple[str, ...] = ()  # "A still gives 80, which B's correction says was wrong"

    def said(self) -> str:
        """ "B has a correction note: “Editor's note: ...”", and what the other still
        gives, as sentences."""
        told = f"{self.side.upper()} has a correction note: “{' '.join(self.text.split())}”"
        return " ".join((told, *(f"{s}." for s in self.stale)))

    def to_json(self) -> dict[str, object]:
        return {
            "side": self.side,
            "start": self.note.span.start,
            "end": self.note.span.end,
            "fixes": [{"right": f.right, "wrong": f.wrong} for f in self.note.fixes],
            "stale": list(self.stale),
        }


def opens_note(paragraph: str) -> bool:
    """Whether ``paragraph`` (its text) opens as a correction note does."""
    body = _LEAD.sub("", paragraph, count=1)
    return bool(_LABEL.match(body) or _OPENERS.match(body))


def fixes_in(text: str) -> tuple[Fix, ...]:
    """The values ``text`` (a note) puts right, in its order: "It was 60, not 80" gives
    Fix("60", "80")."""
    return tuple(Fix(m.group(1), m.group(2)) for m in _FIX.finditer(text))


def correction_notes(doc: Document) -> tuple[CorrectionNote, ...]:
    """The paragraphs of ``doc`` that are correction notes, in reading order."""
    out = []
    for para in doc.paragraphs:
        text = doc.slice(para)
        if opens_note(text):
            out.append(CorrectionNote(para, fixes_in(text)))
    return tuple(out)


def pair_corrections(al: Alignment) -> tuple[PairCorrection, ...]:
    """The correction notes of A, then of B, with the wrong values the other article
    still gives (:func:`stale_values`)."""
    out = []
    for side, doc in (("a", al.a), ("b", al.b)):
        for note in correction_notes(doc):
            stale = tuple(
                f"{'B' if side == 'a' else 'A'} still gives {wrong}, which "
                f"{side.upper()}'s correction says was wrong"
                for wrong in stale_values(al, side, note)
            )
            out.append(PairCorrection(side, note, doc.slice(note.span), stale))
    return tuple(out)


def _gives(text: str, value: str) -> bool:
    """``text`` gives ``value`` as a whole figure (80, not 1880 nor 80,000)."""
    return re.search(rf"(?<![\w.,$€£]){re.escape(value)}(?![\w]|[.,]\d)", text) is not None


def stale_values(al: Alignment, side: str, note: CorrectionNote) -> list[str]:
    """The wrong values of ``note`` (of article ``side``) that the other article gives in
    a sentence a claim or quote links to one of ``side``'s giving the right value."""
    found: list[str] = []
    for fix in note.fixes:
        for other_text, own_text in _linked_texts(al, side):
            wrong_there = _gives(other_text, fix.wrong) and not _gives(other_text, fix.right)
            if fix.wrong not in found and wrong_there and _gives(own_text, fix.right):
                found.append(fix.wrong)
    return found


def _linked_texts(al: Alignment, side: str) -> Iterable[tuple[str, str]]:
    """The two passages of each claim and quote match: the other article's, then
    ``side``'s."""
    for m in al.matches:
        if m.kind in (MatchKind.CLAIM, MatchKind.QUOTE):
            own, other = (m.a, m.b) if side == "a" else (m.b, m.a)
            yield (
                (al.b if side == "a" else al.a).slice(other),
                (al.a if side == "a" else al.b).slice(own),
            )


@dataclass(frozen=True, slots=True)
class OnlyPassage:
    """A passage only article ``side`` ("a" or "b") reports; ``correction``: it lies in
    one of that article's correction notes; ``after_cut``: it comes after the other
    article's text ends, that page cut short (reader.analysis.cut_ends), no omission."""

    side: str
    span: Span
    correction: bool
    after_cut: bool = False


def only_passages(al: Alignment) -> tuple[OnlyPassage, ...]:
    """The passages only one article reports (``al.only_a``, then ``al.only_b``, each in
    reading order), those in a correction note first: as the Only in one panel lists
    them, and the exports and ``align --format text`` after it (a fact-checker's first
    question; the note ends the article, where reading order would put it last). Those
    after the other article's text ends (it is cut short) come last, marked."""
    out: list[OnlyPassage] = []
    for side, doc, spans in (("a", al.a, al.only_a), ("b", al.b, al.only_b)):
        notes = [n.span for n in correction_notes(doc)]
        end = beyond_cut(al, side)
        for s in sorted(spans, key=lambda s: s.start):
            after = end is not None and s.start >= end
            out.append(OnlyPassage(side, s, any(n.overlaps(s) for n in notes), after))
    return tuple(sorted(out, key=lambda p: (not p.correction, p.after_cut)))  # stable otherwise


def notes_told(al: Alignment) -> str:
    """The status bar's words on the notes ("B has a correction note", "A and B have
    correction notes", "A has 2 correction notes"; "" for none)."""
    sides = [c.side for c in pair_corrections(al)]
    if not sides:
        return ""
    if set(sides) == {"a", "b"}:
        return "A and B have correction notes"
    n = len(sides)
    return f"{sides[0].upper()} has {'a correction note' if n == 1 else f'{n} correction notes'}"
