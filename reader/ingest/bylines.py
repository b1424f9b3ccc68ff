"""Bylines: "By Lee Je-hun, senior staff writer", "By The Associated Press", a writer's name
alone beside the writer's role ("Jean Mackenzie" above "Seoul correspondent"), and the
lines of that role or desk (:func:`is_byline`, :func:`is_bare_byline`); a line of the
page's own writers' names (:func:`is_writers_line`, "Shaun Walker in Kyiv").

Bylines in the languages Crossread reads besides English: "Von Anna Müller", "Par Jean
Dupont et Marie Martin", "Por María López", "di Marco Rossi", "Por João Silva", "Door Jan
de Vries", "Av Anna Lindqvist", and the word a byline opens with in each of them
(reader.ingest.html writes a page's writer back in the page's own language: "Par Jean
Dupont" in a French article, not "By ...").

A byline is short and is only names: each writer a first name and a surname at least
(particles such as "de", "von", "di", "dos", "van den" between them), writers joined by a
comma or "und", "et", "y", "e", "en"; after them a place or the agency, set off by a
comma, a bar or a dash ("Von Anna Müller, Berlin", "Par Jean Dupont | AFP"), after "in",
"à", "en", "em" ("Par Jean Dupont à Kiev"), the agency in brackets or the agency the
story was written with ("Par Jean Dupont avec AFP"). The piece may be named first
("Propos recueillis par", "Ein Kommentar von", "Escrito por", "Testo di"), and a desk or
a correspondent may stand for the writer ("Van onze verslaggever", "De notre envoyé
spécial à Kiev", "Dal nostro inviato Marco Rossi"). A sentence that opens with the same
word is prose: "Par ailleurs, ...", "Por eso ...", "Von Montag an ...", "Di recente ...",
"Door de regen ..." (a small word after the first, or a day or month where a name would
be); so is a German line of nouns ("Von Tätern und Opfern"), each "writer" a single word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from reader.ingest.agencies import SHORT_AGENCIES
from reader.ingest.agency_credits import is_agency_credit
from reader.ingest.byline_dates import set_off_date
from reader.ingest.byline_places import is_place_name, reads_as_writer, story_names
from reader.ingest.calendar_words import (
    ENGLISH_MONTHS,
    ENGLISH_WEEKDAYS,
    OTHER_MONTHS,
    OTHER_WEEKDAYS,
)
from reader.ingest.closing_credits import is_credit_sentence
from reader.ingest.collaboration_credits import is_collaboration_credit
from reader.ingest.date_lines import DAY_OR_MONTH
from reader.ingest.funding_credits import is_funding_credit
from reader.ingest.place_words import AP_STATES
from reader.lazy_regex import LazyPattern

__all__ = [
    "BY_WORDS",
    "Byline",
    "byline_parts",
    "byline_word",
    "is_bare_byline",
    "is_byline",
    "is_foreign_byline",
    "is_later_writer",
    "is_role_line",
    "is_writers_line",
    "is_writing_credit",
    "language_of_tag",
    "writer_names",
]

BY_WORDS = {
    "English": "By",
    "Dutch": "Door",
    "French": "Par",
    "German": "Von",
    "Spanish": "Por",
    "Portuguese": "Por",
    "Italian": "di",
    "Swedish": "Av",
}
"""The word a byline opens with, by language (as reader.ingest.languages names them)."""

# a language tag's first part ("fr-FR", "de_CH", "pt-BR") -> the language
_TAG_LANGUAGES = {
    "en": "English",
    "fr": "French",
    "de": "German",
    "es": "Spanish",
    "pt": "Portuguese",
    "it": "Italian",
    "nl": "Dutch",
    "sv": "Swedish",
}


def language_of_tag(tag: str | None) -> str | None:
    """The language of a language tag ("fr-FR", "de_CH", "pt-BR") among those of
    BY_WORDS, or None."""
    if not tag:
        return None
    return _TAG_LANGUAGES.get(re.split(r"[-_]", tag.strip().lower(), maxsplit=1)[0])


def byline_word(language: str | None) -> str:
    """The word a byline opens with in ``language`` ("Par" in French), "By" in English or
    a language not listed."""
    return BY_WORDS.get(language or "", "By")


_UPPER = "A-ZÀ-ÖØ-ÞĆČĎĐĚŁŃŇŘŚŠŤŮŹŻŽ"
_LOWER = "a-zß-öø-ÿćčďđěłńňřśšťůźżž"
# a name's word: "Anna", "Müller", "MÜLLER", "Jean-Baptiste", "O'Neill", "McKenzie", "J.",
# "A.-M."
_NAME_START = rf"[{_UPPER}](?:[{_LOWER}{_UPPER}'’]*[{_LOWER}{_UPPER}]|\.)"
_NAME_PART = rf"{_NAME_START}(?:-{_NAME_START})*"
# the small words inside a name: "Jean-Baptiste de Montvalon", "Ursula von der Leyen",
# "Maria da Silva dos Santos", "Carlo di Stefano", "d'Ormesson"
# (Dutch: "Jan van den Berg", "Peter ter Horst")
_PARTICLE = r"(?:de|del|della|den|der|des|di|da|das|do|dos|du|la|le|ten|ter|van|von|zu|y|af)"
_WRITER = rf"{_NAME_PART}(?:\s+(?:{_PARTICLE}\s+){{0,2}}(?:d['’])?{_NAME_PART}){{1,4}}"
_AND = r"(?:,|\s+(?:und|et|y|e|en|and|och|&))"
# what may follow the names: a place, a role, the agency ("Von Anna Müller, Berlin",
# "Par Jean Dupont, envoyé spécial à Kiev", "Por María López | EFE", "Par Jean Dupont
# (AFP)", "Par Jean Dupont avec AFP", "Von Anna Müller mit dpa")
# where the writers wrote from: "Von Anna Müller in Berlin", "Par Jean Dupont à Kiev",
# "Por João Silva em Lisboa", "Door Jan de Vries in Brussel", "By Jane Smith in Kyiv"
_AT = r"(?:in|at|from|à|au|a|en|em|aus|uit|te)"
_PLACE = rf"[{_UPPER}][\w'’.-]*(?:[\s-][{_UPPER}][\w'’.-]*){{0,2}}"
_TAIL = (
    r"(?:\s*[,|/–—-]\s*[^\s.!?,;:][^\n.!?;:]{0,60}"
    r"|\s*\([\w .,/&'’-]{2,30}\)"  # "(dpa)", "(Berlin)", "(à Paris)", "(dpa, Berlin)"
    rf"|\s+{_AT}\s+{_PLACE}"
    rf"|\s+(?:avec|mit|con|com|met)\s+(?:l['’])?"
    rf"(?:[{_UPPER}][\w.&-]*(?:\s+[{_UPPER}][\w.&-]*){{0,2}}|(?i:{SHORT_AGENCIES})))"
)
# what a byline may name the piece before its word, or put in its place: "Propos
# recueillis par", "Ein Kommentar von", "Texto de", "Escrito por", "Testo di", "Un
# commento di", "Uma análise de", "Een analyse van", "Texte :", "Tekst:"
_LEAD_IN = (
    r"(?i:propos recueillis par|(?:une? )?(?:analyse|chronique|tribune|reportage|éditorial|"
    r"entretien|récit) (?:de|d['’])|texte ?:|"
    r"eine?n? (?:kommentar|analyse|reportage|gastbeitrag|interview|essay|kolumne|"
    r"bericht|einordnung) von|text ?:|"
    r"escrito por|(?:un |una )?(?:análisis|reportaje|crónica|comentario|entrevista|"
    r"columna|opinión) de|texto ?(?::|por)|"
    r"(?:un |una |un['’])?(?:commento|analisi|reportage|intervista|editoriale) di|"
    r"testo ?(?::|di)|scritto da|"
    r"(?:uma |um )?(?:análise|reportagem|crónica|crônica|entrevista|comentário|opinião) "
    r"(?:de|por)|escrito por|"
    r"(?:een )?(?:analyse|column|reportage|commentaar|interview|beschouwing) (?:van|door)|"
    r"tekst ?:)"
)
_FOREIGN_BYLINE = LazyPattern(
    rf"^(?:(?:Von|VON|Par|PAR|Por|POR|di|Di|DI|Door|DOOR|Av|AV)\s+|{_LEAD_IN}\s*)"
    rf"(?P<names>{_WRITER}(?:{_AND}\s+{_WRITER}){{0,3}})(?P<tail>{_TAIL})?\s*$"
)
# an office or a correspondent for a writer: "Par la rédaction", "Von unserer Redaktion",
# "Por Redacción", "Door onze correspondent", "Van onze verslaggever", "De notre envoyé
# spécial à Kiev", "Dal nostro inviato", "Do nosso correspondente em Paris", "By our
# Seoul correspondent"; the office's words after "our", "notre", "unserem", "onze" ...
_OUR = (
    r"(?:our|notre|nos|unserer|unserem|unseren|unsere|nuestr[oa]s?|nostr[oaei]|noss[oa]s?|"
    r"onze|la|le|les|der|de|the|el|il|lo|o|a)"
)
_OFFICE = (
    r"(?:rédaction|redaktion|redacción|redação|redazione|redactie|newsroom|staff|"
    r"correspondents?|correspondante?s?|korrespondent(?:en|in)?|corresponsal(?:es)?|"
    r"corrispondent[ei]|correspondentes?|envoyée?s?\s+spéciale?s?|envoyés\s+spéciaux|"
    r"enviad[oa]s?\s+especial(?:es)?|inviat[oa](?:\s+special[ei])?|verslaggevers?|"
    r"redacteurs?|reporters?)"
)
_DESK = LazyPattern(
    r"^(?:by|from|von|par|de|por|di|dal|dalla|da|do|door|van)\s+"
    rf"(?:{_OUR}\s+(?:[\w'’-]+\s+){{0,2}})?{_OFFICE}"
    rf"(?:\s+(?-i:{_WRITER}))?"  # "Dal nostro inviato Marco Rossi"
    r"(?:\s*[,|/–—-]\s*[^\n.!?]{1,40}"  # "Von unserer Redaktion, Berlin"
    r"|\s+(?:in|à|a|en|em|aus|at|au|to|uit|te)\s+(?-i:[A-ZÀ-Þ])[\w'’-]*"  # "... à Kiev"
    r"(?:[\s-](?-i:[A-ZÀ-Þ])[\w'’-]*){0,2})?$",
    re.IGNORECASE,
)
# days and months are no names ("Von Montag Abend", "Por Lunes Santo"), nor the small
# words of an English headline written in capitals ("Par For The Course"); a month's
# short form may be a first name ("Door Jan de Vries")
_CALENDAR = frozenset(
    w
    for w in (*ENGLISH_MONTHS, *ENGLISH_WEEKDAYS, *OTHER_WEEKDAYS, *OTHER_MONTHS)
    if len(w) > len("jan")
)
_ENGLISH_SMALL_TEXT = "the an for of in on to at with is as after over from"
_ENGLISH_SMALL = frozenset(_ENGLISH_SMALL_TEXT.split())
_MAX_LINE = 100
_TAIL_WORDS = 6


def is_foreign_byline(line: str) -> bool:
    """``line`` is a byline in French, German, Spanish, Portuguese or Italian: "Von Anna
    Müller und Tom Schmidt", "Par Jean Dupont, envoyé spécial à Kiev", "di Marco Rossi".
    Not a sentence opening with the same word ("Par ailleurs, ...", "Von Montag an")."""
    line = line.strip()
    if len(line) > _MAX_LINE:
        return False
    if _DESK.match(line):
        return True
    m = _FOREIGN_BYLINE.match(line)
    if m is None:
        return False
    # the writers' names, a place after a comma left to the tail ("Rio de Janeiro")
    writers, tail = _regrouped(m.group("names"), m.group("tail") or "", None)
    words = re.findall(r"[^\W\d_]+", " ".join(writers).casefold())
    if any(w in _CALENDAR or w in _ENGLISH_SMALL for w in words):
        return False
    return len(tail.split()) <= _TAIL_WORDS


# A writer's role and whereabouts under the name, as the BBC prints them: "Seoul
# correspondent", "Reporting from Seoul", "BBC News"; and how long ago a story was posted
# ("19 hrs ago", "2 days ago"). Boilerplate, and beside a bare name, they make it a byline.
_ROLE_LINES: tuple[LazyPattern, ...] = (
    LazyPattern(r"^(?=.{0,50}$)(?:[\w'’-]+\s+){0,3}(?:correspondent|editor|reporter)$", re.I),
    LazyPattern(r"^(?=.{0,60}$)reporting from [^\W\d_][\w .,'’-]*$", re.I),
    LazyPattern(  # the BBC as the writer's desk ("BBC News", "BBC News, Seoul"), not a headline
        r"^BBC (?:News|World Service|Verify|Monitoring|Sport)(?:,? [A-Z][\w'’-]*){0,2}$"
    ),
)
_AGO_LINE = LazyPattern(
    r"^(?:\d+|an?|one)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|"
    r"wks?|weeks?|months?|years?)\s+ago$",
    re.IGNORECASE,
)

_NAME_WORD = r"(?:[A-Z][\w'’.-]*|[A-Z]{2,}|and|de|van|von|al|bin|da|di|del|la|le)"
# A writer's name on a line of its own, as the BBC prints it above the role: "Jean
# Mackenzie", "Rupert Wingfield-Hayes", "Laura Bicker and Jean Mackenzie"
_BARE_NAME = LazyPattern(rf"^(?=[^\d]{{4,60}}$)[A-Z][\w'’.-]*(?:\s+{_NAME_WORD}){{1,6}}$")
_NOT_A_NAME = (
    rf"(?!(?i:{DAY_OR_MONTH}|the|a|an|this|that|then|now|far|contrast|comparison|law|mid|"
    r"early|late|noon|night)\b)"
)
# a dot a place's shortened word ends with, in a byline's tail: "St." of "St. Louis",
# "Mt." of "Mt. Vernon", a state's as the AP shortens it ("St. Paul, Minn.", "Ann Arbor,
# Mich.", "Atlanta, Ga."), an initial ("Washington, D.C."); no sentence's end
_SHORT_PLACE_WORDS = ("St", "Ste", "Mt", "Ft", *sorted(AP_STATES))
_ABBREVIATION_DOT = "|".join(
    [r"(?<=\b[A-Z])\."]
    + [
        rf"(?<=\b(?i:{'|'.join(w for w in _SHORT_PLACE_WORDS if len(w) == size)}))\."
        for size in sorted({len(w) for w in _SHORT_PLACE_WORDS})
    ]
)
_BYLINE = LazyPattern(
    rf"^(?i:by)\s+(?P<names>{_NOT_A_NAME}[A-Z][\w'’.-]*(?:\s+{_NAME_WORD}){{0,6}})"
    # "By Jane Doe (Reuters)", "By Jane Smith (Washington)", "By Jane Doe, St. Paul, Minn."
    rf"(?P<tail>\s*(?:[,|/–—-]\s*(?:[^\n.!?]|{_ABBREVIATION_DOT}){{0,80}}"
    r"|\([\w .,/&'’-]{2,30}\)))?$"
)
# "By Jane Smith in Kyiv", "By Jane Smith and John Doe in Washington": two words of a name
# at least before the place ("By Christmas in London" is none)
_BYLINE_AT = LazyPattern(
    rf"^(?i:by)\s+(?P<names>{_NOT_A_NAME}[A-Z][\w'’.-]*(?:\s+{_NAME_WORD}){{1,6}})"
    r"(?P<tail>\s+(?:in|at|from)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
    # the state after the town: "By Jane Doe in St. Paul, Minn."
    rf"(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:{_ABBREVIATION_DOT})?)?)$"
)

# "By The Associated Press", "By The Times Staff"
_BYLINE_THE = LazyPattern(r"^(?i:by)\s+The\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}$")


def is_byline(line: str) -> bool:
    """``line`` is a byline: "By Lee Je-hun, senior staff writer", "By The Associated
    Press", or one in another language ("Von Anna Müller", "Par Jean Dupont et Marie
    Martin", reader.ingest.bylines), also with a date stamp set off after it ("Von Anna
    Müller (dpa) | 12.03.2024, 06:40 Uhr", reader.ingest.byline_dates)."""
    if _is_byline(line):
        return True
    dated = set_off_date(line)
    return dated is not None and _is_byline(dated.before)


def _is_byline(line: str) -> bool:
    line = line.strip()
    return len(line) <= 100 and bool(
        _BYLINE.match(line)
        or _BYLINE_THE.match(line)
        or _BYLINE_AT.match(line)
        or is_foreign_byline(line)
    )


@dataclass(frozen=True)
class Byline:
    """A byline's ``line`` (without a date stamp set off after it) and its parts: the
    writers it names ("Anna Müller", "Tom Schmidt") and what follows them ("(Berlin)",
    ", envoyé spécial à Kiev", "in Kyiv", "(dpa)"; "" when nothing does), as the page
    writes them; and the ``stamp`` set off after it ("Published March 12, 2026" of "By
    Maria Delgado, Staff Writer — Published March 12, 2026"; "" for none)."""

    line: str
    writers: tuple[str, ...]
    tail: str
    stamp: str = ""


def byline_parts(
    line: str, *, spaced: bool = False, named: str | None = None, story: str = "", credits: str = ""
) -> Byline | None:
    """The parts of the byline ``line`` ("Von Anna Müller (Berlin)", "By Jane Smith,
    Washington"), a date stamp set off after it left out (by a space too when ``spaced``:
    a page's byline element, reader.ingest.byline_dates); None when it is no byline
    naming its writers (a desk's, "By The Associated Press", prose). A part after a comma
    is a writer or the tail's (see ``_regrouped``; ``named``: the writers the page names,
    when known; ``story``: the article's lines but its bylines and credits, whose places
    are no writers and whose speakers are people; ``credits``: its credit lines, whose
    names are people's)."""
    dated = set_off_date(line, spaced=spaced)
    if dated is not None and not _is_byline(dated.before):
        dated = None
    line = (line if dated is None else dated.before).strip()
    if not _is_byline(line) or _DESK.match(line):
        return None
    m = _FOREIGN_BYLINE.match(line) or _BYLINE_AT.match(line) or _BYLINE.match(line)
    if m is None or _BYLINE_THE.match(line):
        return None
    writers, tail = _regrouped(m.group("names"), m.group("tail") or "", named, story, credits)
    stamp = "" if dated is None else dated.date.strip()
    return Byline(line=line, writers=tuple(filter(None, writers)), tail=tail.strip(), stamp=stamp)


# more writers after a comma, which the English byline reads as its tail: ", Olena
# Kovalenko" of "By Shaun Walker, Olena Kovalenko", ", Olena Kovalenko and Pjotr Sauer"
_MORE_WRITERS = LazyPattern(
    rf"^\s*,\s*(?:and\s+)?{_WRITER}(?:{_AND}\s+{_WRITER}){{0,3}}(?![\w'’.-])"
)
_APART = LazyPattern(r"(\s*[,;]\s*(?:and\s+)?|\s+(?:and|und|et|y|e|en|&)\s+)")


def _regrouped(
    names: str, tail: str, named: str | None, story: str = "", credits: str = ""
) -> tuple[list[str], str]:
    """The writers among a byline's ``names`` and the names its ``tail`` opens with, and
    what follows them: a part after a comma is a writer when it reads as one
    (reader.ingest.byline_places: "Olena Kovalenko", not "Bad Homburg", "Buenos Aires",
    "Associated Press", "Baton Rouge", nor a place the ``story`` names; one the
    ``credits`` name, or the story says speaks, is); when the page names its writers
    (``named``, its metadata's), only a part it names is one. The rest goes to the tail
    as written."""
    more = _MORE_WRITERS.match(tail)
    if more is not None:
        names, tail = names + tail[: more.end()], tail[more.end() :]
    pieces = _APART.split(names)
    writers, marks = pieces[0::2], pieces[1::2]
    while marks and not _is_writer(writers[-1], marks[-1], named, story, credits):
        tail = marks.pop() + writers.pop() + tail
    return [w.strip() for w in writers], tail


def _is_writer(name: str, mark: str, named: str | None, story: str, credits: str) -> bool:
    """The byline's part ``name``, after ``mark`` (a comma, "and"), is a writer's."""
    if named is None and "," not in mark and ";" not in mark:
        return True
    return is_later_writer(name, named, story, credits)


def is_later_writer(name: str, named: str | None, story: str = "", credits: str = "") -> bool:
    """``name``, a byline's part after its first writer and a comma, is a writer's: one
    ``named`` names (the page's metadata's writers) when it names any, else one that
    reads as a writer's (reader.ingest.byline_places); never a place, nor one the
    ``story`` names, unless the ``credits`` name it or the story says it speaks."""
    if named is not None:
        return (
            name.strip().casefold() in named.casefold()
            and not is_place_name(name)
            and not story_names(story, name)
        )
    return reads_as_writer(name, story, credits)


# Credits of the writing, as a story's last line gives them: "Reporting by Jane Smith in
# Hamburg; Editing by John Doe", "(Additional reporting by Tom Lee)", "Choe Sang-Hun
# contributed reporting from Seoul."
_WRITING_CREDIT = LazyPattern(
    r"^(?:reporting|writing|editing|written|edited|compiled|story|text|words|"
    r"additional reporting|contributing) by\b.{0,120}$"
    r"|^\((?:reporting|writing|editing|additional reporting)\b.{0,200}\)$"
    r"|^(?=.{0,200}$).*\bcontributed (?:to )?(?:this|the) (?:report|story|article)\b"
    # "Choe Sang-Hun contributed reporting from Seoul.", as American papers credit
    # (a name's initials and "Mr." within the sentence, no other sentence before it)
    r"|^(?=.{0,160}$)(?:[^.!?]|(?-i:(?<=[A-Z])\.)|(?<=Mr|Ms|Dr|Jr|St)\.){0,100}"
    r"\bcontributed (?:additional )?reporting\b[^!?]{0,60}$",
    re.IGNORECASE,
)


def is_writing_credit(line: str) -> bool:
    """``line`` credits the story's writing: "Reporting by Jane Smith; Editing by John
    Doe", "(Additional reporting by Tom Lee)", "Jane Doe contributed to this report.",
    or the agencies it was written with ("Mit Material von dpa", "Avec AFP", "(dpa/AFP)",
    reader.ingest.agency_credits), or those who worked on it with the writer
    ("Mitarbeit: Anna Müller", "Ha collaborato Giulia Bianchi",
    reader.ingest.collaboration_credits), or a sentence crediting the services it was
    written with ("Este texto foi escrito com informações da Folhapress.",
    reader.ingest.closing_credits), or a wire's note of who funds its desk ("... receives
    support from the Halvorsen Foundation. CP is solely responsible for all content.",
    reader.ingest.funding_credits)."""
    return (
        _WRITING_CREDIT.search(line) is not None
        or is_agency_credit(line)
        or is_collaboration_credit(line)
        or is_credit_sentence(line)
        or is_funding_credit(line)
    )


def is_role_line(line: str) -> bool:
    """``line`` is a writer's role or desk, or how long ago the story was posted, as a
    byline prints them beside the writer's name (_ROLE_LINES, _AGO_LINE)."""
    return bool(_AGO_LINE.match(line)) or any(p.match(line) for p in _ROLE_LINES)


def is_bare_byline(lines: list[str], i: int) -> bool:
    """``lines[i]`` is a writer's name alone, in a byline: beside a line of the writer's
    role or desk or of how long ago the story was posted ("Jean Mackenzie" above "Seoul
    correspondent"). A name-like line elsewhere in the article stays."""
    if not _BARE_NAME.match(lines[i].strip()):
        return False
    beside = lines[max(0, i - 1) : i] + lines[i + 1 : i + 2]
    return any(is_role_line(line.strip()) for line in beside)


# A line naming the page's writers and nothing else, as the Guardian prints its byline
# under the headline: "Shaun Walker", "Shaun Walker in Kyiv", "Jane Smith and John Doe",
# "Jean Dupont à Kiev". The names are read only beside the page's own author metadata
# (reader.ingest.page_byline): a line holding one name may be a crosshead or a caption.
_WRITERS_APART = LazyPattern(r"\s*[,;]\s*(?:and\s+)?|\s+(?:and|und|et|y|e|en|&)\s+")
_AT_PLACE = LazyPattern(
    rf"\s+(?:in|at|from|à|a|en|em|aus|uit|te)\s+[{_UPPER}][\w'’.-]*"
    rf"(?:[\s-][{_UPPER}][\w'’.-]*){{0,2}}$"
)

# the writers, then where they wrote from after a comma or in brackets, as a page prints
# them after the story without "By": "Jane Smith, Hamburg", "Jane Smith (Hamburg)"
_PLACE_AFTER = LazyPattern(rf"^(?P<names>.+?)(?:\s*,\s*{_PLACE}|\s*\({_PLACE}\))$")


def writer_names(writers: Iterable[str]) -> frozenset[str]:
    """Each name among ``writers`` (each a name or several: "Jane Smith, John Doe",
    "Jane Smith and John Doe"), in small letters; a name of one word ("Staff", "Admin",
    "Kim") is none a line may be read by."""
    names = (_name_key(name) for text in writers for name in _WRITERS_APART.split(text.strip()))
    return frozenset(name for name in names if " " in name)


def is_writers_line(line: str, writers: frozenset[str]) -> bool:
    """``line`` names the page's ``writers`` (writer_names) and nothing more but where they
    wrote from: "Shaun Walker in Kyiv", "Jane Smith and John Doe"."""
    line = line.strip()
    if not writers or not line or len(line) > _MAX_LINE:
        return False
    if _names_writers(line, writers):
        return True
    placed = _PLACE_AFTER.match(line)
    return placed is not None and _names_writers(placed.group("names"), writers)


def _names_writers(line: str, writers: frozenset[str]) -> bool:
    names = [_AT_PLACE.sub("", part) for part in _WRITERS_APART.split(line)]
    return all(_name_key(name) in writers for name in names)


def _name_key(name: str) -> str:
    return " ".join(name.casefold().split())
