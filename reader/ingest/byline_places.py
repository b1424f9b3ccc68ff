"""What a byline names after a comma: a second writer or where the writers wrote from.
"By Shaun Walker, Olena Kovalenko" names two writers, "By Shaun Walker, Kyiv" a writer
and a place; so do "Von Anna Müller, Tom Schmidt" and "Von Anna Müller, Bad Homburg",
"Por María López, Buenos Aires", "Par Jean Dupont, Le Havre".

A part of two capitalised words or more is a writer when it reads as one: a known given
name first (reader.ingest.given_names: "Olena Kovalenko", "Victoria Kim"), then a
surname; or two words, the last shaped as surnames are ("Bohdan Kovalchuk", "Siobhan
McCarthy": reader.ingest.surname_shapes). It is no writer when it reads as something
else: a place the project's tables know (a country or state, reader.ingest.regions; a
place opened or closed by a word of places, reader.ingest.place_words: "New York", "San
José", "Bad Homburg", "Mexico City"), a place the story names ("Reggio Emilia" of "Von
Anna Müller, Reggio Emilia" in a story opening "REGGIO EMILIA –" or telling of a flood
"in Reggio Emilia"), a news agency, a paper or broadcaster ("Associated Press", "BBC
News", "USA TODAY", "Süddeutsche Zeitung") or a writer's role ("Senior Staff Writer",
"Chief Correspondent"). Two words no table knows, the last no surname's shape ("Baton
Rouge", "Reggio Emilia", "Lake Jackson"), are a place: a byline's second writer is nearly
always named by a given name the tables know or a surname of a known shape, and a place
read as a writer would be joined to the first ("Von Anna Müller und Reggio Emilia").
Where the page names its writers (its metadata), a part they do not name is
no writer (reader.ingest.page_byline).
"""

from __future__ import annotations

import re
import unicodedata

from reader.ingest.agencies import AGENCIES
from reader.ingest.closed_places import closed_place, person_by_text
from reader.ingest.given_names import is_given_name
from reader.ingest.place_words import PLACE_CLOSERS, PLACE_GOERS, PLACE_OPENERS
from reader.ingest.regions import is_region
from reader.ingest.surname_shapes import reads_as_full_name

__all__ = ["credited", "is_place_name", "reads_as_writer", "says", "story_names"]

# words naming a paper, a broadcaster or a news site, as a byline names the writer's
_MEDIA_TEXT = """
    news press presse post times today zeitung journal herald tribune telegraph guardian
    observer express mail mirror standard chronicle gazette independent review monitor
    radio tv television télévision televisión televisione televisão magazine weekly daily
    online digital network channel media médias medios mídia monde figaro país globo
    folha estadão corriere repubblica stampa spiegel welt zeit allgemeine rundschau
    nachrichten tagesschau presse-agentur
"""
# words of a writer's role or desk: "Senior Staff Writer", "Chief Political
# Correspondent", "Rédacteur en chef", "Korrespondentin", "Enviado Especial"
_ROLE_TEXT = """
    writer writers staff reporter reporters correspondent correspondents editor editors
    senior chief political diplomatic foreign security economics business sports science
    health technology bureau desk contributor columnist analyst producer photographer
    special envoy international national deputy associate contributing
    korrespondent korrespondentin redakteur redakteurin reporterin autor autorin
    redaktion correspondant correspondante envoyé envoyée spécial spéciale rédacteur
    rédactrice rédaction corresponsal redactor redactora enviado enviada especial
    redacción corrispondente inviato inviata speciale redazione correspondente repórter
    enviada redação manager designer researcher presenter commentator blogger
"""
_NOT_WRITER_WORDS = frozenset((_MEDIA_TEXT + _ROLE_TEXT).split())
_WORD = re.compile(r"[^\W\d_]+(?:['’.-][^\W\d_]+)*\.?")


def _folded(word: str) -> str:
    """``word`` in small letters without accents or a closing dot: "São" -> "sao"."""
    decomposed = unicodedata.normalize("NFD", word.casefold().rstrip("."))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def is_place_name(name: str, story: str = "") -> bool:
    """``name`` (capitalised words) reads as a place: a country, state or region the
    project knows ("South Korea", "New Mexico"), or a place of several words opened or
    closed by a word of places ("Bad Homburg", "Buenos Aires", "São Paulo", "Le Havre",
    "Mexico City", "St. Paul"), its first word no known given name ("Victoria Bay" is a
    person's), or closed by a word that closes places ("Ann Arbor", "Beverly Hills",
    reader.ingest.place_words.PLACE_CLOSERS), unless it opens with a given name and the
    ``story`` tells of it as a person ("Ambassador Carla Hills", "Hills said":
    reader.ingest.closed_places)."""
    words = _WORD.findall(name)
    if not words:
        return False
    if is_region(" ".join(w.casefold() for w in words)):
        return True
    first, last = _folded(words[0]), _folded(words[-1])
    if len(words) > 1 and last in PLACE_CLOSERS:
        return not (closed_place(name) and person_by_text(story, name))
    if is_given_name(words[0]):
        return False
    return first in PLACE_OPENERS or words[0].casefold() in PLACE_OPENERS or last in PLACE_GOERS


def reads_as_writer(name: str, story: str = "", credits: str = "") -> bool:
    """``name`` (a byline's part after a comma, two capitalised words or more: "Olena
    Kovalenko", "Bad Homburg", "Baton Rouge", "Associated Press") reads as a writer's name:
    a known given name first, and no place, agency, paper or role; not named in the
    ``story`` (the article's lines but its bylines and credits), which names a place it
    was written from, not its writer (see the module's notes). A name the ``credits``
    (the article's credit lines: "Reporting by ...", "Photo: ...") name as a person's,
    or one the story says speaks ("... Jordan Valley said"), no known place (a place only
    by the word closing it, such as "Carla Hills", when the story tells of a person),
    is a writer's however its words read (:func:`credited`, :func:`says`)."""
    words = _WORD.findall(name)
    if len(words) < 2:
        return False
    folded = [w.casefold().rstrip(".") for w in words]
    if " ".join(folded) in AGENCIES or any(w in AGENCIES for w in folded):
        return False
    if any(w in _NOT_WRITER_WORDS or _folded(w) in _NOT_WRITER_WORDS for w in folded):
        return False
    if credited(credits, name) or (not is_place_name(name, story) and says(story, name)):
        return True
    if is_place_name(name, story) or story_names(story, name):
        return False
    return is_given_name(words[0]) or reads_as_full_name(words)


# where a credit line names people: after "by" or a label's colon, up to where they wrote
# from ("Reporting by Jane Smith in Hamburg; Editing by John Doe", "Photo: Jane Doe/AP"),
# and before "contributed" ("Choe Sang-Hun contributed reporting from Seoul.")
_CREDITED = re.compile(
    r"(?:\bby|:)\s+(?P<after>[^;()\n]+)|(?P<before>[^;().\n]+?)\s+contributed\b",
    re.IGNORECASE,
)
_CREDIT_PLACE = re.compile(r"\s+(?:in|from|at|for|with)\s+.*$", re.IGNORECASE)
_CREDIT_APART = re.compile(r"\s*(?:,|/|&|\band\b|\bund\b|\bet\b)\s*", re.IGNORECASE)


def credited(credits: str, name: str) -> bool:
    """The credit lines ``credits`` name ``name`` as a person's, whole: "Reporting by
    Ayesha Rascoe; Editing by John Doe", "Additional reporting by Carla Hills", "Photo:
    Jane Doe/Reuters"; not a place they were written from ("Reporting by Jane Smith in
    Ann Arbor")."""
    key = " ".join(name.casefold().split())
    for m in _CREDITED.finditer(credits):
        names = _CREDIT_PLACE.sub("", m.group("after") or m.group("before"))
        if any(" ".join(part.casefold().split()) == key for part in _CREDIT_APART.split(names)):
            return True
    return False


# a verb of saying after a name or before it: "Jordan Valley said", "Jordan Valley, a
# farmer, told", "said Jordan Valley"
_SAYS = r"(?:said|says|told|tells|added|adds|wrote|writes|asked|explained|recalled)"


def says(story: str, name: str) -> bool:
    """``story`` tells of ``name`` saying something: "... Jordan Valley said", "...,"
    said Jordan Valley", "Jordan Valley, 34, told reporters": a person's name."""
    if not story:
        return False
    words = r"\s+".join(re.escape(w) for w in name.split())
    said = (
        rf"(?<!\w){words}(?:,[^,\n]{{1,60}},)?\s+{_SAYS}\b"
        rf"|\b(?:said|says|told|added)\s+{words}(?!\w)"
    )
    return re.search(said, story) is not None


def story_names(story: str, name: str) -> bool:
    """``story`` holds ``name`` as whole words, whatever their case ("BATON ROUGE, La.
    (AP) —", "in Reggio Emilia")."""
    if not story:
        return False
    words = r"\s+".join(re.escape(w) for w in name.split())
    return re.search(rf"(?<!\w){words}(?!\w)", story, re.IGNORECASE) is not None
