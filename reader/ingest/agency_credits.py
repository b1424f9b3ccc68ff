"""An agency's credit after a story, as papers in the languages Crossread reads print it:
"Mit Material von dpa", "Mit Material der Nachrichtenagenturen dpa und AFP", "(dpa/AFP)",
"Avec AFP", "Avec agences", "Con información de EFE", "Con información de agencias",
"Con informazioni di ANSA", "Com informações da Lusa", "Com informações da Agência
Brasil", "With agencies". Only names follow the credit's words, one of them an agency's
or the word for agencies: "Con información de la Policía Nacional" is no credit, nor a
sentence opening with "Avec" or "Mit Material von".
"""

from __future__ import annotations

import re

from reader.ingest.agencies import AGENCIES

__all__ = ["is_agency_credit"]

# the words a credit opens with, in small letters: German, French, Spanish, Italian,
# Portuguese, English
_LEAD = re.compile(
    r"^(?:mit material (?:von|der|des)|mit agenturmaterial (?:von|der)|avec|"
    r"con información (?:de|del)|con (?:la )?colaboración de|"
    r"con informazioni (?:di|da|dell['’]|della|delle|dalle|dall['’])|"
    r"com informações (?:de|da|do|das|dos)|with reporting (?:by|from)|con|com|with)"
    r"(?:\s+|(?<=['’]))",
    re.IGNORECASE,
)
# the word for news agencies, in small letters
_AGENCY_WORDS_TEXT = """
    agentur agenturen nachrichtenagentur nachrichtenagenturen agence agences agencia
    agencias agenzia agenzie agência agências agencies agency wires
"""
_AGENCY_WORDS = frozenset(_AGENCY_WORDS_TEXT.split())
# the small words between names: articles, "and"
_SMALL_TEXT = """
    der des den die la las los el le les l da das do dos de du the
    dell della delle degli dalle dall und et y e and
"""
_SMALL = frozenset(_SMALL_TEXT.split())
_AGENCY_NAMES = sorted(AGENCIES, key=len, reverse=True)
_AGENCY_NAME = re.compile(
    r"(?<!\w)(?:" + "|".join(re.escape(name) for name in _AGENCY_NAMES) + r")(?!\w)",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\S")
_PUNCTUATION = ",/&'’"
_MAX_LINE = 90
_MAX_NAMES = 6


def is_agency_credit(line: str) -> bool:
    """``line`` credits news agencies with the story: "Mit Material von dpa", "(dpa/AFP)",
    "Avec AFP", "Con información de agencias", "Com informações da Agência Brasil"; a
    bracket holds agencies only ("(dpa)", "(AFP, Reuters)"), words before them
    otherwise."""
    line = line.strip().rstrip(".").strip()
    if len(line) > _MAX_LINE:
        return False
    bracketed = line.startswith("(") and line.endswith(")")
    body = line[1:-1].strip() if bracketed else line
    lead = _LEAD.match(body)
    if lead is None:
        return bracketed and _only_agencies(body)
    return _names_agencies(body[lead.end() :])


def _only_agencies(body: str) -> bool:
    """``body`` names agencies and nothing else: "dpa/AFP", "AFP, Reuters"."""
    rest = _AGENCY_NAME.sub(" ", body)
    words = [w for w in _WORD.findall(rest) if w not in _PUNCTUATION]
    return rest != body and all(w.casefold() in _SMALL for w in words)


def _names_agencies(names: str) -> bool:
    """``names`` are names only, joined by commas, slashes or "and", one at least an
    agency's or the word for agencies: "dpa und AFP", "la Agência Brasil", "agencias"."""
    rest = _AGENCY_NAME.sub(" ", names)
    words = [w for w in _WORD.findall(rest) if w not in _PUNCTUATION]
    agency_words = [w for w in words if w.casefold() in _AGENCY_WORDS]
    if rest == names and not agency_words:
        return False
    kept = [w for w in words if w.casefold() not in _SMALL and w not in agency_words]
    # "la Agência Brasil", "Europa Press": names, capitalised
    return len(kept) <= _MAX_NAMES and all(w[:1].isupper() for w in kept)
