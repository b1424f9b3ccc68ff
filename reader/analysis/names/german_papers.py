"""German newspapers told something, and those whose words German reads as nouns.

A German report names the paper it quotes, or the one a speaker talked to, in the dative:
"sagte Braun dem Spiegel", "Dem Spiegel sagte er", "der Welt zufolge". "dem Spiegel" and
"der Welt" are common nouns too (the mirror, the world), so such a form is read as the
paper only where a paper is told something: a verb of telling in its clause before it
("sagte er gegenüber dem Spiegel") or right after it ("Dem Spiegel sagte Braun"), or
"zufolge" after it (:func:`told_to`). The article the paper's name holds is given by
:data:`TOLD_PAPERS` ("dem Spiegel" is "Der Spiegel").

Some papers are named by words German writes in small letters or reads as nouns
("Süddeutsche Zeitung", "Handelsblatt", "Frankfurter Allgemeine"): the capitalised words
of such a name, declined or not ("der Süddeutschen Zeitung"), are a name
(:func:`paper_at`), not a noun after an article.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from reader.analysis.linking.word_forms import snowball

# (German article in small letters, paper's word in small letters) of a paper named in
# the dative, a common noun too, and the article the paper's name holds
TOLD_PAPERS: dict[tuple[str, str], str] = {
    ("dem", "spiegel"): "der",
    ("der", "welt"): "die",
    ("der", "zeit"): "die",
    ("dem", "standard"): "der",
    ("dem", "freitag"): "der",
    ("der", "bild"): "die",  # "das Bild" is the picture; "der Bild" only the paper
    ("dem", "tagesspiegel"): "der",  # no common noun, but told as the others are
}
# the verbs a paper is told something with: "sagte", "erklärte", "bestätigte"
_TELLING = r"(?:sag|erklär|bestätig|schilder|versicher|antworte|verri|schrieb)\w*"
# a verb of telling before the article, in its clause (no mark between), up to five
# words apart: "sagte Braun dem", "sagte er am Dienstag gegenüber dem"
_TOLD_BEFORE = re.compile(rf"(?<!\w){_TELLING}(?:\s+[^\W\d_][\w-]*){{0,5}}\s+$", re.IGNORECASE)
# what follows the paper's word: "zufolge", or a verb of telling ("Dem Spiegel sagte er",
# "Dem Spiegel gegenüber erklärte er"; not "vor dem Spiegel und sagte")
_TOLD_AFTER = re.compile(rf"\s+(?:zufolge\b|(?:gegenüber\s+)?{_TELLING})", re.IGNORECASE)
# a preposition before the article, which makes the word a thing: "vor dem Spiegel"
_PLACED = re.compile(
    r"(?<!\w)(?:in|an|auf|aus|bei|mit|nach|von|vor|zu|über|unter|hinter|neben|zwischen)\s+$",
    re.IGNORECASE,
)


def told_to(text: str, article_at: int, word_end: int) -> bool:
    """The paper whose article is at ``article_at`` of ``text`` and whose word ends at
    ``word_end`` is told something, or quoted with "zufolge" (see the module's
    docstring)."""
    if _PLACED.search(text, max(0, article_at - 12), article_at):
        return False
    before = _TOLD_BEFORE.search(text, max(0, article_at - 80), article_at) is not None
    return before or _TOLD_AFTER.match(text, word_end) is not None


# papers named by words German reads as nouns or writes in small letters, each a run of
# stems of the German stemmer (the longest first: "Frankfurter Allgemeine Zeitung")
PAPERS = (
    ("frankfurt", "allgemein", "zeitung"),
    # another paper (reader.analysis.names.sunday_papers)
    ("frankfurt", "allgemein", "sonntagszeit"),
    ("neu", "zurch", "zeitung"),
    ("suddeutsch", "zeitung"),
    ("frankfurt", "allgemein"),
    ("berlin", "zeitung"),
    ("stuttgart", "zeitung"),
    ("rheinisch", "post"),
    ("handelsblatt",),
    ("wirtschaftswoch",),
    ("deutschlandfunk",),
)


def paper_at(words: Sequence[str], stem: Callable[[str], str]) -> int:
    """How many of ``words`` (from the first) name a paper of :data:`PAPERS`, compared by
    ``stem`` (so declined: "Süddeutschen Zeitung"); 0 when they name none."""
    stems = tuple(stem(w.lower()) for w in words[:3])
    for paper in PAPERS:
        if stems[: len(paper)] == paper:
            return len(paper)
    return 0


# the article in the dative right before a paper's name: "dem", "der" (capitalised opening
# a sentence: "Dem Spiegel sagte er")
_DATIVE = re.compile(r"(?<![\w-])(dem|der)\s+$", re.IGNORECASE)


def dative_paper(text: str, start: int, end: int) -> int | None:
    """The offset of the dative article ("dem", "der") right before the paper named at
    ``start .. end`` of ``text`` ("der Süddeutschen Zeitung", "dem Spiegel"); None when
    no paper is named there so."""
    m = _DATIVE.search(text, max(0, start - 5), start)
    if m is None:
        return None
    article, words = m.group(1).lower(), text[start:end].split()
    paper = (article, words[0].lower()) in TOLD_PAPERS or paper_at(words, _stem) == len(words)
    return m.start(1) if paper else None


def addressed(text: str, start: int, end: int) -> bool:
    """The name at ``start .. end`` of ``text`` is a paper told something in the dative,
    the verb's object, not its subject: "sagte Braun dem Spiegel", "sagte er der
    Süddeutschen Zeitung", "Dem Handelsblatt sagte er"; not "Wie der Spiegel berichtete"
    nor "sagte der Spiegel-Reporter Peter Müller"."""
    at = dative_paper(text, start, end)
    return at is not None and told_to(text, at, end)


def _stem(word: str) -> str:
    once = snowball("german")
    return once(once(word))


# a paper told something opening a clause before its verb: "Dem Spiegel", "Gegenüber der
# Süddeutschen Zeitung", "Dem Handelsblatt gegenüber" (the name's words in group 1)
_FRONTED = re.compile(
    r"[\W\d]*(?:gegenüber\s+)?(?:dem|der)\s+([^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){0,2}?)"
    r"(?:\s+gegenüber)?\s*$",
    re.IGNORECASE,
)


def fronted_paper(text: str, start: int, verb_at: int) -> bool:
    """The clause from ``start`` of ``text`` to its verb of saying at ``verb_at`` opens with
    a paper told something, so the verb's subject comes after it: "Dem Spiegel sagte
    Braun, ...", "Der Süddeutschen Zeitung sagte der Minister, ..."."""
    m = _FRONTED.fullmatch(text, start, verb_at)
    return m is not None and dative_paper(text, m.start(1), m.end(1)) is not None
