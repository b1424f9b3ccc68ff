"""A verb after a figure is not what the figure counts. German puts its participles and
infinitives at the clause's end, so the word after a figure may be the clause's verb:
"nachdem die Piraten 25 Millionen gefordert hatten" counts nothing, as "25 millions
réclamés", "25 millones exigidos", "25 milioni chiesti", "25 milhões exigidos" and "$25
million demanded" count nothing: the figure is a sum, its verb says it was asked for
(reader.analysis.figures.count_terms.sought)."""

from __future__ import annotations

import re

from reader.analysis.figures.german_asking import GERMAN_AUXILIARIES

# the participles of asking in the six languages ("demanded", "réclamés", "gefordert",
# "exigidos", "chiesti", "exigidos")
ASKING_PARTICIPLE = (
    r"(?:demanded|sought|requested|asked|réclamée?s?|exigée?s?|demandée?s?|gefordert\w*"
    r"|verlangt\w*|exigid[oa]s?|pedid[oa]s?|reclamad[oa]s?|solicitad[oa]s?|chiest[oiae]"
    r"|richiest[oiae]|pretes[oiae])"
)
_ASKING_AFTER = re.compile(rf"\s+{ASKING_PARTICIPLE}\b", re.IGNORECASE)
# German: a word in small letters (nouns are capitalised) that closes its clause, its
# auxiliaries aside ("gefordert hatten.", "getötet worden,", "zahlen wollte")
_GERMAN_VERB_AT_END = re.compile(
    rf"\s+[a-zäöüß][\w'-]*(?:\s+(?:{GERMAN_AUXILIARIES}|wollte\w*|sollte\w*|konnte\w*"
    r"|musste\w*))*\s*(?:[,;:.!?)\-–—\"»«]|$)"
)


def verb_after(text: str, at: int, language: str | None) -> bool:
    """The word right after ``at`` of ``text`` (where what a figure counts is told) is a
    verb, not a noun: a participle of asking in any of the six languages, or, in German
    (``language``), a word in small letters that ends its clause."""
    if _ASKING_AFTER.match(text, at) is not None:
        return True
    return language == "German" and _GERMAN_VERB_AT_END.match(text, at) is not None
