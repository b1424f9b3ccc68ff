"""A German article opening a sentence before a common noun is no part of a name: "Die
Partei will ...", "Der Bund zahlt ...", "Die Welt schaut auf Berlin" name no party, body
or paper, though "Die Partei", "Der Bund" and "Die Welt" are names that hold their
article (reader.analysis.words.article_names.FIXED). Such a name is read at a sentence's
opening only when it names a paper and its sentence tells of reporting ("Die Welt
berichtete", "Der Spiegel hatte zuerst darüber geschrieben"). Names whose word is no
common noun ("Die Linke", "Die Grünen", "Der Tagesspiegel") keep their article as
before."""

from __future__ import annotations

import re
from collections.abc import Iterable

from reader.analysis.words.article_names import GERMAN_COMMON, OPENING, holds_article

# the common nouns of FIXED names that name a paper or a channel, read as one when their
# sentence tells of reporting
_PAPERS = frozenset("zeit welt presse spiegel standard freitag".split())  # noqa: SIM905
_REPORTING = re.compile(
    r"[^.;:!?]*?\b(?:berichte|schreib|schrieb|geschrieben|meld|zitier|zufolge|enthüll"
    r"|veröffentlich|recherch|erfuhr|erfahren|sagte|sagten|erklärte|interview)",
    re.IGNORECASE,
)


def holds_opening_article(
    text: str, start: int, words: list[str], inner: Iterable[str] = ()
) -> bool:
    """The name of ``words`` at ``start`` of ``text`` opens with an article it holds
    (reader.analysis.words.article_names.holds_article), unless it opens a German sentence
    before a common noun (see the module's docstring)."""
    if not holds_article(words, inner):
        return False
    word = words[1].lower()
    if word not in GERMAN_COMMON:
        return True
    if OPENING.search(text, 0, start) is None:
        return True
    end = text.find(words[1], start) + len(words[1])
    return word in _PAPERS and _REPORTING.match(text, end) is not None
