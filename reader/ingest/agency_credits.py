"""An agency's credit after a story, as papers in the languages Crossread reads print it:
"Mit Material von dpa", "Mit Material der Nachrichtenagenturen dpa und AFP", "(dpa/AFP)",
"Avec AFP", "Avec agences", "Con información de EFE", "Con información de agencias",
"Con informazioni di ANSA", "Com informações da Lusa", "Com informações da Agência
Brasil", "Met medewerking van ANP", "With agencies"; an agency with its regional
service's code ("Mit Material von dpa/lno", "(dpa/lno)") is the agency's. Only names
follow the credit's words, one of them an agency's or the word for agencies: "Con
información de la Policía Nacional" is no credit, nor a sentence opening with "Avec" or
"Mit Material von".

The credit's longer lead words ("Mit Material von", "Con información de", "Com
informações do", "With reporting by") credit any news service, an agency or not: "Com
informações do G1", "Com informações da Folhapress", "Con información de El País",
"Mit Material von Reuters und eigenen Recherchen", "Con información de medios locales"
(the words for the paper's own reporting and for media may be in small letters). A
common noun after an article in small letters ("von der Baustelle", "de la Policía
Nacional") or a public body ("Polícia Militar", "Ministerio del Interior") is no news
service: a credit names who wrote, not who told. A paper's name with an agency is the
credit of a paper's story written with the agency's copy: "Le Monde avec AFP", "Le
Figaro avec AFP et Reuters", "ntv.de mit dpa".
"""

from __future__ import annotations

import re

from reader.ingest.agencies import AGENCIES
from reader.lazy_regex import longest_first

__all__ = ["is_agency_credit"]

# the words a credit opens with, in small letters: German, French, Spanish, Italian,
# Portuguese, Dutch ("Met medewerking van ANP"), English
_LEAD = re.compile(
    r"^(?:mit material (?:von|der|des)|mit agenturmaterial (?:von|der)|avec|"
    r"con información (?:de|del)|con (?:la )?colaboración de|"
    r"con informazioni (?:di|da|dell['’]|della|delle|dalle|dall['’])|"
    r"com informações (?:de|da|do|das|dos)|with reporting (?:by|from)|"
    r"mit informationen (?:von|der|des)|with information from|"
    r"avec (?:des|les) informations (?:de|du|des|d['’])|"
    r"met (?:medewerking|materiaal|informatie) van|con|com|with|mit)"
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
    dell della delle degli dalle dall und et y e and het en
"""
_SMALL = frozenset(_SMALL_TEXT.split())
# the words a public body is named with, in small letters: the source of a claim, not
# of the writing ("Con información de la Policía Nacional", "Com informações da Polícia
# Militar")
_BODY_WORDS_TEXT = """
    polizei police policía polícia polizia gendarmerie guardia carabinieri bombeiros
    bomberos pompiers feuerwehr vigili ministerium ministère ministerio ministério
    ministero ministry regierung gouvernement gobierno governo government
    staatsanwaltschaft parquet fiscalía procuradoria procura prosecutors gericht
    tribunal tribunale court armée ejército exército esercito army bundeswehr hospital
    hôpital ospedale krankenhaus klinik prefeitura ayuntamiento comune mairie rathaus
    behörden autorités autoridades autorità authorities defesa protección protezione
    secretaria secretaría politie brandweer gemeente ministerie regering kabinet defensie
    rechtbank ziekenhuis provincie waterschap rijkswaterstaat
"""
_BODY_WORDS = frozenset(_BODY_WORDS_TEXT.split())
# the words a credit names media or the paper's own reporting with, in small letters:
# "eigenen Recherchen", "medios locales", "imprensa internacional"
_SOURCE_WORDS_TEXT = """
    eigenen eigene eigener eigenes recherchen recherche medien medios medio médias media
    mídia mídias imprensa prensa presse stampa lokalen lokale locales local locais
    locaux locali regionalen regionales regionais internationalen internationales
    internacionales internacionais internazionali internacional international
    nationales nacionales nacionais nazionali redes sociales sociais sociaux réseaux
    social correspondants corresponsales correspondentes corrispondenti correspondents
    nos nuestros nossos nostri unseren reporters wire services outlets
"""
_SOURCE_WORDS = frozenset(_SOURCE_WORDS_TEXT.split())
# the articles that make what follows a common noun ("von der Baustelle", "de la
# Policía Nacional"), in small letters
_ARTICLES = frozenset(
    "der des den dem die das la las los el le les l un una une ein eine".split()  # noqa: SIM905
)
# the short leads, which credit an agency only ("Avec AFP", "Con EFE", "Com Lusa")
_SHORT_LEADS = frozenset(("avec", "con", "com", "with", "mit"))
# a paper's name, then the agency it wrote with: "Le Monde avec AFP", "ntv.de mit dpa"
# (a byline's word first is a byline's: "Von Anna Müller mit dpa")
_PAPER_WITH = re.compile(
    r"^(?!(?i:by|von|par|por|di|door)\s)(?P<paper>[^\W_][\w.'’-]*(?:\s+[^\W_][\w.'’-]*){0,3}?)\s*,?\s+"
    r"(?i:avec|with|mit|con|com)\s+(?P<names>.+)$"
)
_AGENCY_NAMES = longest_first(AGENCIES)
_AGENCY_ALTERNATIVES = "|".join(re.escape(name) for name in _AGENCY_NAMES)
_AGENCY_NAME = re.compile(rf"(?<!\w)(?:{_AGENCY_ALTERNATIVES})(?!\w)", re.IGNORECASE)
# a dash or bullet a credit may open with: "– Com informações da Agência Brasil"
_DASH = re.compile(r"^[–—•·-]\s+")
# the writers' initials with the agencies, as German papers credit a story ("mes/dpa/AFP",
# "ntv.de, mau/dpa", "lw/Reuters"), a site's address before them, or the outlet's own
# initials after the agency, as a broadcaster credits its story ("dpa/RMR", "dpa/NDR")
_CODE = rf"(?:[a-zäöü]{{2,4}}|[A-ZÄÖÜ]{{2,4}}|(?i:{_AGENCY_ALTERNATIVES}))"
_INITIALS = re.compile(
    rf"^(?:[\w-]+\.[a-z]{{2,3}}\s*,\s*)?(?=[^\n]*(?<![\w])(?i:{_AGENCY_ALTERNATIVES})(?!\w))"
    rf"(?:(?=[a-zäöü]{{2,4}}\s*/)[a-zäöü]{{2,4}}|(?i:{_AGENCY_ALTERNATIVES}))"
    rf"(?:\s*/\s*{_CODE})+$"
)
# an agency's regional service or its writer's initials after it, in small letters:
# "dpa/lno" (dpa's service for the north), "AFP/mes"; read as the agency alone
_SERVICE_CODE = re.compile(
    rf"(?<!\w)({_AGENCY_ALTERNATIVES})(?:\s*/\s*(?-i:[a-zäöü]{{2,4}})(?!\w))+", re.IGNORECASE
)
_WORD = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*|\S")
_PUNCTUATION = ",/&'’"
_MAX_LINE = 90
_MAX_NAMES = 6


def is_agency_credit(line: str) -> bool:
    """``line`` credits news agencies or services with the story: "Mit Material von
    dpa", "(dpa/AFP)", "Avec AFP", "Con información de agencias", "Com informações do
    G1", "Le Monde avec AFP"; a bracket holds agencies only ("(dpa)", "(AFP, Reuters)"),
    words before them otherwise."""
    line = _DASH.sub("", line.strip()).rstrip(".").strip()
    if len(line) > _MAX_LINE:
        return False
    if _INITIALS.match(line):
        return True  # "mes/dpa/AFP", "ntv.de, mau/dpa"
    line = _SERVICE_CODE.sub(r"\1", line)  # "Mit Material von dpa/lno": of dpa
    if _only_agencies(line, words=True):
        return True  # "Agencias", "dpa/AFP"
    bracketed = line.startswith("(") and line.endswith(")")
    body = line[1:-1].strip() if bracketed else line
    lead = _LEAD.match(body)
    if lead is not None:
        short = lead.group(0).strip().casefold() in _SHORT_LEADS
        return _names_agencies(body[lead.end() :], services=not short)
    paper = _PAPER_WITH.match(body)
    if paper is not None and _is_paper(paper.group("paper")):
        return _names_agencies(paper.group("names"), services=False)
    return bracketed and _only_agencies(body)


# the articles a paper's name opens with: "Le Monde", "Der Spiegel", "O Globo"
_PAPER_ARTICLES = frozenset(
    "le la les l' el los las il lo o a os as der die das the de het".split()  # noqa: SIM905
)


def _is_paper(name: str) -> bool:
    """``name`` reads as a paper's or a site's: one word, a domain or a figure first
    ("Franceinfo", "ntv.de", "20 Minutes"), or an article first ("Le Monde", "Der
    Spiegel", "El País"), each word capitalised; a person's name ("Jean Dupont avec
    AFP") is a writer's."""
    words = name.split()
    if not all(w[:1].isupper() or w[:1].isdigit() or "." in w for w in words):
        return False
    first = words[0].casefold()
    return len(words) == 1 or first[:1].isdigit() or first in _PAPER_ARTICLES


def _only_agencies(body: str, *, words: bool = False) -> bool:
    """``body`` names agencies and nothing else: "dpa/AFP", "AFP, Reuters"; or (with
    ``words``) the word for agencies ("Agencias", "Agências")."""
    rest = _AGENCY_NAME.sub(" ", body)
    left = [w for w in _WORD.findall(rest) if w not in _PUNCTUATION]
    named = rest != body or (words and any(w.casefold() in _AGENCY_WORDS for w in left))
    small = _SMALL | _AGENCY_WORDS if words else _SMALL
    return named and all(w.casefold() in small for w in left)


def _names_agencies(names: str, *, services: bool) -> bool:
    """``names`` are names only, joined by commas, slashes or "and", one at least an
    agency's or the word for agencies: "dpa und AFP", "la Agência Brasil", "agencias";
    or, with ``services``, any news service's or the words for media and the paper's
    own reporting ("G1", "Folhapress", "medios locales"), no public body's."""
    rest = _AGENCY_NAME.sub(" ", names)
    words = [w for w in _WORD.findall(rest) if w not in _PUNCTUATION]
    agency_words = [w for w in words if w.casefold() in _AGENCY_WORDS]
    sources = [w for w in words if w.casefold() in _SOURCE_WORDS]
    named = rest != names or bool(agency_words)
    if not named and not _names_services(words, sources, services=services):
        return False
    kept = [w for w in words if w.casefold() not in _SMALL and w not in agency_words]
    # "la Agência Brasil", "Europa Press", "G1": names, capitalised; "eigenen Recherchen"
    return len(kept) <= _MAX_NAMES and all(
        w[:1].isupper() or w[:1].isdigit() or w in sources for w in kept
    )


def _names_services(words: list[str], sources: list[str], *, services: bool) -> bool:
    """``words`` (after a long lead) name news services or media, not a common noun after
    an article ("der Baustelle") nor a public body ("la Policía Nacional")."""
    if not services or not words or words[0] in _ARTICLES:
        return False
    return bool(sources) or not any(w.casefold() in _BODY_WORDS for w in words)
