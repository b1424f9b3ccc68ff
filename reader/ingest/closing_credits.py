"""Credits a story ends with that name no agency on a line of their own: an editor's
initials, as German papers sign a story ("mes", "(mes)", "mes/jk", "Text: mes"; with an
agency, "mes/dpa", reader.ingest.agency_credits), and a sentence crediting the news
services the story was written with ("Este texto foi escrito com informações da
Folhapress.", "Dieser Artikel wurde mit Material der dpa erstellt.", "This story
includes reporting from Reuters.").

Initials alone are only read at the story's end (reader.ingest.boilerplate): a line of
two to four small letters elsewhere may be anything. A real last line is not initials:
"Ja.", "Nein", "Ende." are capitalised or closed by a stop. A credit's sentence names
the story as its subject ("This story", "Este texto", "Dieser Artikel", "Cet article"),
says little more (the verb's words) and ends in an agency's credit
(reader.ingest.agency_credits.is_agency_credit): "This story includes reporting from a
woman who fled the town." names no news service, and "Este texto foi lido por milhares
de pessoas." no credit.
"""

from __future__ import annotations

import re

from reader.ingest.agency_credits import is_agency_credit

__all__ = ["is_credit_sentence", "is_initials_credit"]

# an editor's initials, two to four small letters, several joined by slashes ("mes/jk"),
# in brackets or after the word for text ("(mes)", "Text: mes")
_INITIALS = re.compile(
    r"^(?:(?i:text|texte|texto|testo|tekst)\s*:\s*)?"
    r"(?P<open>\()?[a-zäöüß]{2,4}(?:\s*/\s*[a-zäöüß]{2,4})*(?(open)\))$"
)


def is_initials_credit(line: str) -> bool:
    """``line`` is an editor's initials alone: "mes", "(mes)", "mes/jk", "Text: mes"."""
    return _INITIALS.match(line.strip()) is not None


# the story, as a credit's sentence names it first: "This story", "Der Artikel", "Cet
# article", "Este texto", "A reportagem", "Questo articolo", "Dit artikel"
_SUBJECT = re.compile(
    r"^(?:(?:this|the)\s+(?:story|article)|this\s+report"
    r"|(?:dieser|der|diese|die)\s+(?:text|artikel|beitrag|bericht|meldung)"
    r"|(?:cet|ce|l['’])\s*(?:article|texte)"
    r"|(?:este|el|o)\s+(?:texto|artículo|artigo)"
    r"|(?:esta|la|a)\s+(?:nota|noticia|notícia|reportagem|matéria)"
    r"|(?:questo|l['’])\s*(?:articolo|testo)"
    r"|(?:deze|dit|het)\s+(?:tekst|artikel|bericht))\s+",
    re.IGNORECASE,
)
# English says the reporting the story includes without "with": "This story includes
# reporting from Reuters" reads as the credit "With reporting from Reuters"
_ENGLISH_REPORTING = re.compile(r"^(?:additional\s+)?reporting\s+(?:by|from)\s", re.IGNORECASE)
# a participle a German sentence ends with after the credit ("... mit Material der dpa
# erstellt"), and the small words of a verb before the credit at most
_LAST_VERB = re.compile(r"\s+(?:erstellt|verfasst|geschrieben|ergänzt|aktualisiert)$")
_VERB_WORDS = 6
_MAX_SENTENCE = 160


def is_credit_sentence(line: str) -> bool:
    """``line`` is a sentence crediting the news services the story was written with:
    "Este texto foi escrito com informações da Folhapress.", "This story includes
    reporting from Reuters.", "Dieser Artikel wurde mit Material der dpa erstellt."."""
    line = line.strip()
    subject = _SUBJECT.match(line) if len(line) <= _MAX_SENTENCE else None
    if subject is None:
        return False
    rest = _LAST_VERB.sub("", line[subject.end() :].rstrip(".").strip())
    if re.search(r"[.!?;]", rest):
        return False  # one sentence only
    words = rest.split()
    for start in range(min(_VERB_WORDS, len(words) - 1) + 1):
        credit = " ".join(words[start:])
        if _ENGLISH_REPORTING.match(credit):
            credit = f"With {credit}"
        if is_agency_credit(credit):
            return True
    return False
