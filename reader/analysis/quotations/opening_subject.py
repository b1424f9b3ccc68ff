"""The one person a sentence speaks of, as its subject, for a "he said" that follows it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from reader.analysis.mention import Mention
from reader.analysis.names.full_names import NOT_GIVEN
from reader.analysis.names.joined_names import whole_names
from reader.analysis.names.names_within import names_within
from reader.analysis.names.offices import without_office
from reader.analysis.names.team_names import team_names
from reader.analysis.quotations.subjects import before_subject
from reader.analysis.quotations.unnamed_speakers import SOURCE_NOUNS
from reader.analysis.words.lexicon import DEMONYMS, FACILITIES
from reader.lazy_regex import LazyPattern
from reader.model import Span


def opening_subject(text: str, region: Span, names: Sequence[Mention]) -> str | None:
    """The one person the sentence at ``region`` speaks of, as the subject of its verb,
    for a following '"...," he wrote': "Henry had expressed concern about a contract.",
    "Reached by telephone yesterday, O'Brien declined to comment.", "Nichols, who argued
    he was insane, spoke for the first time in court.", "Professor Varoufakis blames
    angry youths for the violence." The subject opens the sentence or the clause after
    an opening phrase and a comma, after nothing but titles ("Professor", "German
    Chancellor"); an apposition, a bracket and an adverb or two may stand between it and
    its verb (in the past, the present or "had", "has", "was", "is"). None when the
    sentence names another person ("Filmmaker Howard Hughes also pursued Page but she
    rebuffed him") but for one it opens with, right before its verb ("Page avoided the
    camera, though she was photographed with Hefner"), or when the person only owns the
    subject ("Nichols' mother expressed").
    A person: two words or more ("John Henry"), or one that is the last word of such a
    name elsewhere in the text ("Henry"), or the first word of a person's name written
    surname first ("Kim" of "Kim Jong Un"), or one the text gives a person's office right
    before ("Obama" of "President Obama", "Teixeira" of "Mr. Teixeira"); not a people
    ("Russians") nor, as far as can be told, an organisation ("Reuters", "Summit
    Entertainment")."""
    inside = names_within(_read_whole(text, names).whole, region)
    people = people_in(text, region, names)
    if not people:
        return None
    name = people[0]
    lead = (
        region.start
        + len(text[region.start : region.end])
        - len(text[region.start : region.end].lstrip())
    )
    comma = text.rfind(",", lead, name.span.start)
    clause = lead if comma < 0 else comma + 1
    if comma >= 0 and _ASIDE_OPENS.search(text, lead, comma + 1):
        return None  # within an aside or a quotation, not after an opening phrase
    if comma >= 0 and _OWNED_WORK.fullmatch(text, lead, comma):
        return None  # "Her fourth, Tidewater Hymns, won ...": her book, not a person
    before = text[clause : name.span.start].split()
    if not before_subject([w for w in before if not _within(w, inside)]):
        return None
    # in apposition to an opening noun, the name's closing comma before the verb: "El
    # jefe del gabinete, Gustavo Adrianzén, se trasladó a la zona."
    closing = comma >= 0 and text.startswith(",", name.span.end)
    if not (
        _SUBJECT_VERB.match(text, name.span.end, region.end)
        or (closing and _SUBJECT_VERB.match(text, name.span.end + 1, region.end))
    ):
        return None
    opens = name.span.start == lead and _OPENING_VERB.match(text, name.span.end, region.end)
    if len(people) > 1 and not opens:
        return None  # another person named: only the one the sentence opens with is sure
    return without_office(text[name.span.start : name.span.end])


def people_in(text: str, region: Span, names: Sequence[Mention]) -> list[Mention]:
    """The people named in ``region`` of ``text``, names read whole, in the order they
    come (see :func:`opening_subject` for what reads as a person's name)."""
    article = _read_whole(text, names)  # "O'Brien" is the surname of "Jim O'Brien"
    return [n for n in names_within(article.whole, region) if _person(n, article)]


@dataclass(frozen=True, slots=True)
class _Article:
    """What an article's names tell of its people, worked out once an article."""

    teams: frozenset[str]  # the keys of the names that name a team ("Boston Red Sox")
    whole: list[Mention]  # the names read whole ("Jim O'Brien")
    surnames: frozenset[str]  # the words that are a person's surname (see _surname_of)


# the article last read: its text, its names (the very objects, kept alive so that they
# are the ones compared), how many, and what they tell
_last: tuple[str, Sequence[Mention], int, _Article] | None = None


def _read_whole(text: str, names: Sequence[Mention]) -> _Article:
    """What ``names`` tell of the article's people, worked out once an article: a
    quotation's speaker is looked for sentence by sentence, and reading the article's
    names each time made a long article's quotations take time in the square of its
    length (1,000,000 characters in one paragraph: 38 s of alignment, 17 s without)."""
    global _last
    last = _last  # one read: another thread may set it meanwhile
    if last is not None and last[0] is text and last[1] is names and last[2] == len(names):
        return last[3]
    teams, whole = team_names(text, names), whole_names(text, names)
    fulls = [n.surface.split() for n in whole if n.key not in teams]
    surnames = frozenset(w for full in fulls for w in full[:1] + full[-1:] if _surname_of(w, full))
    surnames |= _titled(text, whole)
    article = _Article(teams, whole, surnames)
    _last = (text, names, len(names), article)
    return article


_OPENING_VERB = LazyPattern(
    r"\s+(?:(?:also|[a-z]+ly)\s+)?(?:had|has|was|is|[a-z]+ed|(?!this\b|his\b)[a-z]{2,}[^\Ws]s)\b"
)


def _person(name: Mention, article: _Article) -> bool:
    """True when ``name`` reads as a person's (see :func:`opening_subject`), given what
    the article's names tell (its teams: "Boston Red Sox", whose "Boston" is no surname
    written first)."""
    words = name.surface.split()
    if (
        name.key in DEMONYMS
        or name.key in article.teams
        or words[-1].lower().strip(".") in _ORGANISATION_WORDS
        or (len(words) > 2 and words[1] == "of" and words[0].lower() in _ORGANISATION_WORDS)
    ):  # "Summit Entertainment", "University of Athens"
        return False
    return len(words) > 1 or name.surface in article.surnames


def _titled(text: str, whole: Sequence[Mention]) -> frozenset[str]:
    """The one-word names the text gives an office right before: "President Obama",
    "Sen. Boxer" (a person the article never names in full)."""
    out = set()
    for n in whole:
        if " " in n.surface:
            continue
        m = _OFFICE_BEFORE.search(text, max(0, n.span.start - 30), n.span.start)
        if m is not None and m.group(1).lower() in _PERSONAL_OFFICES:
            out.add(n.surface)
    return frozenset(out)


_OFFICE_BEFORE = LazyPattern(r"\b([A-Z][a-z]+)\.? $")
# offices held by a person, written before the surname ("President Obama", "Sen. Boxer",
# "Mr. Teixeira"; not "Chief", "Director", "Star", which may open an organisation's name)
_PERSONAL_OFFICES = frozenset(
    """
    president senator sen rep gov governor secretary minister chancellor mayor judge
    ambassador commissioner professor coach pope prince princess queen gen adm admiral col
    lt sgt capt captain detective lieutenant sergeant mr mrs ms dr
    """.split()  # noqa: SIM905
)


def _surname_of(word: str, full: list[str]) -> bool:
    """True when ``word`` is the surname of the person's name ``full``: its last word
    ("Henry" of "John Henry"), or its first, a surname written first ("Kim" of "Kim Jong
    Un") when the name reads as a person's (not "New" of "New York", "Boston" of "Boston
    College")."""
    if len(full) < 2 or word not in (full[0], full[-1]):
        return False
    return word == full[-1] or not (
        full[-1].lower().strip(".") in _ORGANISATION_WORDS | FACILITIES
        or any(w.lower().strip(".") in NOT_GIVEN | DEMONYMS for w in full[:-1])
    )


def _within(word: str, names: Sequence[Mention]) -> bool:
    """True when ``word`` is a word of one of ``names`` ("German", "Red Sox")."""
    return any(word.strip(".,") in n.surface.split() for n in names)


# an opening phrase holds no open bracket, dash or quotation mark
# a work someone owns, in apposition to the name after it: "Her fourth, Tidewater Hymns,
# won", "His best-known film, Dark Water, opened", "Their debut album, Salt, sold": the
# name is a title, and "she said" after it is still the owner's (not "Her husband, ...")
_OWNED_WORK = LazyPattern(
    r"(?:his|her|their)\s+(?:[\w'’-]+\s+){0,3}?(?:(?:first|second|third|fourth|fifth|sixth"
    r"|seventh|eighth|ninth|tenth|last|latest|next|final|debut)(?:\s+(?:one|effort))?"
    r"|(?:book|novel|novella|memoir|film|movie|album|song|single|record|play|opera|poem"
    r"|collection|series|show|symphony|painting|documentary)s?)",
    re.IGNORECASE,
)
_ASIDE_OPENS = LazyPattern(r"[(\u2014\u2013\"]|\s-\s")
# last words that make a name an organisation's, not a person's
_ORGANISATION_WORDS = SOURCE_NOUNS | frozenset(
    """
    inc corp co ltd llc plc university college school committee council party union
    center centre institute foundation association company group bank fund network news
    times post press magazine journal club team court house service services entertainment
    pictures studios studio records airlines airways commission bureau organization
    organisation corporation league channel theatre theater hospital clinic church
    """.split()  # noqa: SIM905
)
# after the subject: a bracket, an apposition set off by commas, an adverb or two, and a
# verb: in the past, in the present ("blames"; not a word ending in "ss", "this", "his"),
# or "had", "has", "was", "is"; in Spanish, Italian and Portuguese, whose quotations go
# on with the subject left out ('"...", afirmó.'), the past or an auxiliary; in French
# and German, whose "Il a ajouté", "Er fügte hinzu" go on, an auxiliary or the past
_SUBJECT_VERB = LazyPattern(
    r"(?:\s*\([^()]{1,60}\))?(?:,[^,;\"]{1,110},)?"
    r"\s+(?:(?:also|later|then|now|once|still|never|again|reportedly|[a-z]+ly|yesterday"
    r"|today|tonight|this\s+(?:morning|afternoon|evening|week)"
    r"|last\s+(?:night|week|month|year))\s+){0,2}"
    r"(?:had|has|was|is|did|does|would|will|[a-z]+ed|(?!this\b|his\b)[a-z]{2,}[^\Ws]s"
    r"|spoke|told|wrote|went|made|took|sat|came|gave|met|led|ran|won|lost|left|held|kept"
    r"|sent|got|found|felt|saw|became|began|brought|thought|fought|stood|knew|threw|drove"
    r"|rode|rose|chose|broke|wore|swore|struck|hung|sang|fell|shot|put|set|let|spent|built"
    r"|heard|sold|paid|said"
    # Spanish, Italian, Portuguese: an auxiliary, or the past in -ó, -ò, -ou, after a
    # reflexive or not ("se trasladó", "si è recato", "deslocou-se", "visitó")
    r"|(?:(?:se|si)\s+)?(?:ha|había|fue|es|está|è|era|foi|é|tem|[^\W\d_]{2,}(?:ó|ò|ou))"
    # French: an auxiliary ("a affirmé", "s'est rendue"); German: the past in -te, "hat",
    # "ist", "war" or a strong past ("sagte", "besuchte", "traf")
    r"|(?:s['’])?(?:a|avait|est|était)|hat|hatte|ist|war|wird|traf|sprach|kam|gab|hielt"
    r"|rief|ging|stand|schrieb|nahm|fuhr|(?!despite\b|quite\b|white\b)[a-zäöüß]{3,}te)\b"
)
