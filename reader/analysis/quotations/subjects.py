"""Where the subject of a verb of saying is named: the name right before the verb (past
the words between a subject and its verb, a bracket, a short apposition), the person an
apposition is about, or the name the words after an inverted verb end with.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis.mention import Mention
from reader.analysis.names.name_particles import completes_noun
from reader.analysis.names.office_places import place_words
from reader.analysis.names.offices import OFFICES, completes_office, foreign_office
from reader.analysis.quotations.unnamed_speakers import (
    OFFICE_HEADS,
    SOURCE_NOUNS,
    names_a_role,
    unnamed_after,
)
from reader.analysis.words.lexicon import DEMONYMS
from reader.analysis.words.saying import SAYING
from reader.model import Span

# words between a subject and its verb: "Kim later said", "she has said"
_BETWEEN = frozenset(
    """
    also later then now earlier previously once recently further again has have had was is
    would will reportedly himself herself
    """.split()  # noqa: SIM905
)
WORD_BEFORE = re.compile(r"([\w'’.-]+)\W*$")
# where the words after an inverted verb stop naming its subject
# (a full stop is not one: "said Lt. Gregg Hastings"; the sentence ends the phrase anyway)
_PHRASE_END = re.compile(
    r"[,;:!?()\u2014\u2013\"\u201c\u201d]"
    r"|\s(?:of|in|at|on|during|after|before|to|from|with|when|while|who|that"
    # "sagte Olaf Scholz in Berlin", "explicó José Manuel Albares en Madrid", "a déclaré
    # Vladimir Poutine après les entretiens", "сказал Путин в Пхеньяне"
    r"|en|à|au|aux|dans|après|avant|lors|devant|tras|ante|durante|nach|bei|im|am|vor|auf"
    r"|em|nel|nella|ai|agli|dopo"  # "ha detto Meloni ai giornalisti", "disse Lula em"
    # "aldus dijkgraaf Hendrik ter Horst van Waterschap Maasvallei", "zei Van der Meulen op
    # een persconferentie" (not the "van" inside a name: _phrase_end)
    r"|van|uit|bij|op|tijdens|tegenover|tegen"
    # "uppger Johan Ekberg till TT", "säger Eva Holmgren på kommunen", "vid", "från"
    r"|till|på|vid|från|hos"
    r"|für|в|во|на|после|перед|с|со|для)\s"
    # Italian's "of" ("ha spiegato l'ingegnere Paolo Sartini dell'Agenzia regionale ...",
    # "della Regione"), as "of" ends "said Lt. Gregg Hastings of the Oregon State Police"
    r"|\s(?:dell['’]|(?:della|dello|degli|delle|dei)\s)"
)
_OFFICE_OF = re.compile(r"\s*(?:[A-Z][\w.]*\s+){1,3}of\s$")
_JOIN = re.compile(r"\s*(?:and|&)\s*$")


# a source noun right after a name, whose modifier the name is ("U.S. official")
_ROLE_AFTER = re.compile(rf"\s+(?:[a-z]+\s+)?(?:{'|'.join(sorted(SOURCE_NOUNS))})\b")
# an office ending the phrase right after a name, which qualifies it: "said the Navy
# chief", "said the Fulton County district attorney" (not "said Smith as chief")
_OFFICE_AFTER = re.compile(
    rf"\s+(?:(?!(?:as|and|or|the|a|an|to|of|for|by|is|was)\s)[a-z]+\s+)?"
    rf"(?:{'|'.join(sorted(OFFICE_HEADS))})\.?\s*"
)
# the number a role is told by after it: "Juror No. 8", "juror 12"
_NUMBER_AFTER = re.compile(r"\s+(?:No\.?\s*|Number\s+|#\s*)?\d+\.?\s*", re.IGNORECASE)
_OWNS_ROLE = re.compile(rf"(?:'s|’s|'|’)\s+(?:[a-z]+\s+)?(?:{'|'.join(sorted(SOURCE_NOUNS))})\b")


# what may come before a subject in its clause: titles and offices ("Red Sox owner John
# Henry", "Sen. Barbara Boxer", "Professor Varoufakis"), "the", "former"
BEFORE_SUBJECT = (
    OFFICES | DEMONYMS | frozenset("the former late mr mrs ms dr miss".split())  # noqa: SIM905
)
# the definite articles of an office in another language: "La alcaldesa Ana Torres", "Le
# ministre Jean Dupont", "Die Bürgermeisterin Anna Weber", "Il ministro Carlo Rossi", "A
# prefeita Ana Costa"
_FOREIGN_ARTICLES = frozenset("le la l' l’ el il lo o a der die".split())  # noqa: SIM905


def before_subject(words: Sequence[str]) -> bool:
    """True when ``words`` may all come before a subject in its clause: titles and offices
    in English (:data:`BEFORE_SUBJECT`), or an office in another language with its
    article ("La alcaldesa", "Le Premier ministre", "Bundeskanzler", "Il ministro")."""
    bare = [w.strip(".,") for w in words]
    foreign = any(foreign_office(w) for w in bare)
    return all(
        w.lower() in BEFORE_SUBJECT
        or (foreign and (w.lower() in _FOREIGN_ARTICLES or foreign_office(w)))
        for w in bare
    )


APOSTROPHES = ("'", "\u2019")
# a source (in small letters: "Secretary of State Condoleezza Rice" is a name) and the
# word opening its complement, right before a name: "a spokesman for the", "a friend of"
COMPLEMENT_OF_SOURCE = re.compile(
    rf"(?<![\w'’.-])(?-i:{'|'.join(sorted(SOURCE_NOUNS))})\s+"
    r"(?:of|for|at|with|from|close\s+to|familiar\s+with|in|to)\s+(?:the\s+)?"
    r"(?:[A-Z][\w.'’-]*\s+){0,3}$"  # an office before the name: "for Prime Minister"
)


def subject_end(text: str, start: int, pos: int) -> int:
    """Where the subject of the verb at ``pos`` ends, past the words between a subject
    and its verb ("Kim later said", "she has said")."""
    end = pos
    while True:
        bracket = _BRACKET_BEFORE.search(text, start, end)
        if bracket is not None:  # "Sen. Barbara Boxer (D-Calif.) said"
            end = bracket.start()
            continue
        when = _WHEN_BEFORE.search(text, start, end)
        if when is not None:  # "Clara Vennick last night promised"
            end = when.start()
            continue
        m = WORD_BEFORE.search(text, start, end)
        if m is None or m.group(1).lower() not in _BETWEEN:
            return end
        end = m.start()


_BRACKET_BEFORE = re.compile(r"\s*\([^()]{1,60}\)\s*$")
# a time between a subject and its verb, as British news puts it there
_WHEN_BEFORE = re.compile(
    r"\s\b(?:yesterday|today|tonight|last\s+(?:night|week|month|year)"
    r"|this\s+(?:morning|afternoon|evening|week))\s*$",
    re.IGNORECASE,
)


def name_ending(
    text: str,
    end: int,
    names: Sequence[Mention],
    start: int,
    possessive: bool = False,
    joined: bool = False,
) -> Mention | None:
    """The name that ends right before ``end`` (spaces and a comma between; "'s" when
    ``possessive``; "and" when ``joined``), if any."""
    gap = _POSSESSIVE_GAP if possessive else _AND_GAP if joined else _GAP
    for n in names:
        if start <= n.span.start and n.span.end <= end and gap.fullmatch(text, n.span.end, end):
            return n
    return None


def set_off_before(text: str, end: int, names: Sequence[Mention], start: int) -> Mention | None:
    """The name before a short apposition set off by commas right before ``end``:
    "Hugh Hefner, the magazine's founder, said", "Nichols, 37, told", "Captain Manohar
    Nambiar, Chief Public Relations Officer, Defence, said" (up to
    :data:`APPOSITION_PARTS` parts, :data:`APPOSITION_CHARS` characters in all, none
    holding a verb of saying)."""
    close = text.rfind(",", start, end)
    if close < 0 or text[close + 1 : end].strip(" \t\n\"'"):  # 'for "Revolutionary Road," said'
        return None
    open_ = close
    for _ in range(APPOSITION_PARTS):
        open_ = text.rfind(",", start, open_)
        longest = RELATIVE_CHARS if _RELATIVE.match(text, open_ + 1) else APPOSITION_CHARS
        if open_ < 0 or close - open_ > longest or _says_in_part(text, open_, close):
            return None
        if text.count('"', open_, end) % 2:
            return None  # a quotation closes that opened before: 'work it out," says one'
        bracket = _BRACKET_BEFORE.search(text, start, open_)  # "Rahall II (D-W. Va.), who"
        found = name_ending(text, bracket.start() if bracket else open_, names, start)
        if found is not None:
            return found
    return None


def _says_in_part(text: str, open_: int, close: int) -> bool:
    """The part ``text[open_:close]`` of an apposition holds a verb of saying of its own
    clause, not one of a relative clause about the name ("Ortega, a New Mexico Democrat
    who wrote the bill, told colleagues": the one who wrote is the one who told)."""
    said = SAYING.search(text, open_, close)
    return said is not None and _WHO_BEFORE.search(text, open_, said.start()) is None


# a relative pronoun about a person, opening a clause inside an apposition
_WHO_BEFORE = re.compile(r"\s(?:who|whose|whom)\s")
APPOSITION_CHARS = 110
APPOSITION_PARTS = 3
# a relative clause set off after the name runs longer: "Reid, whose personal life and
# plastic-surgery travails have earned her far more headlines than her career over the
# last few years, described herself"
RELATIVE_CHARS = 250
_RELATIVE = re.compile(r"\s*(?:who|whose|whom)\b")


def head_of_apposition(text: str, name: Mention, names: Sequence[Mention], start: int) -> str:
    """The person a subject ending with ``name`` is about: in "Jamie Clark, director of
    Fish and Wildlife under President Clinton, said", Jamie Clark; in "Lt. Gregg Hastings
    of the Oregon State Police said", Gregg Hastings."""
    if text[name.span.end : name.span.end + 3].lstrip().startswith(","):
        comma = text.rfind(",", start, name.span.start)
        # past an age set off before the place: "Gwen Adair, 67, from Lisford, said"
        age = _AGE_SET_OFF.search(text, start, max(start, comma))
        if age is not None:
            comma = age.start()
        earlier = name_ending(text, comma, names, start) if comma >= 0 else None
        # not the name a role's complement ends with: "a spokesman for the Foreign
        # Ministry, Maria Zakharova, said" is hers
        if earlier is not None and not _completes_role(text, earlier, start):
            return earlier.surface
    of = _OF_BEFORE.search(text, start, name.span.start) or _PLACE_OF_BEFORE.search(
        text, start, name.span.start
    )
    if of is not None:
        owner = name_ending(text, of.start(), names, start)
        if owner is not None:
            return owner.surface
    partner = name_ending(text, name.span.start, names, start, joined=True)
    if partner is not None:  # "producers Craig Zadan and Neil Meron said"
        return text[partner.span.start : name.span.end]
    return name.surface


def _completes_role(text: str, name: Mention, start: int) -> bool:
    """True when ``name`` completes a role or an office written before it (after
    ``start``): "a spokesman for the Foreign Ministry", "the chairman of Acme Corp", "el
    delegado del Gobierno", "la direction de la SNCF"."""
    return (
        _COMPLEMENT_OF_ROLE.search(text, start, name.span.start) is not None
        or completes_office(text, name.span.start, start)
        or completes_noun(text, name)
    )


_COMPLEMENT_OF_ROLE = re.compile(
    rf"(?<![\w'’.-])(?-i:{'|'.join(sorted(SOURCE_NOUNS | OFFICES))})\s+"
    r"(?:of|for|at|with|from|close\s+to|familiar\s+with|in|to)\s+(?:the\s+)?"
    r"(?:[A-Z][\w.'’-]*\s+){0,3}$"
)
# "Lt. Gregg Hastings of the Oregon State Police", and German's "Ulrich Brandes von der
# Universität Lorstadt", "vom Institut", "aus dem Landtag" (the body's noun, capitalised,
# and up to two words more before its name)
_OF_BEFORE = re.compile(
    r"\s+of\s+(?:the\s+)?$|\s+(?:vom|von\s+(?:der|dem|den)|aus\s+(?:der|dem|den))\s+"
    r"(?:[\w'’-]+\s+){0,3}$"
)
# a person's age set off by commas after the name ("Gwen Adair, 67,")
_AGE_SET_OFF = re.compile(r",\s*\d{1,3}\s*$")
# where the person's body is, then its place: "Dr. JoAnn Whitlock of the Lakemont Heart
# Institute in Ohio said", "Ann Lee at a hospital near Leeds told" are hers, not Ohio's
_PLACE_OF_BEFORE = re.compile(
    r"\s+(?:of|at|from)\s+(?:the|a|an)?\s*(?:[\w.'’-]+\s+){1,5}(?:in|at|near)\s+(?:the\s+)?$"
)
_GAP = re.compile(r",?\s*")
PUNCTUATION = " \t\n,-\u2013\u2014"
_POSSESSIVE_GAP = re.compile(r"(?:'s|’s|'|’)?\s*")
_AND_GAP = re.compile(r"\s+(?:and|&)\s+")


def named_in_apposition(
    text: str, pos: int, region: Span, quote: Span, names: Sequence[Mention]
) -> str | None:
    """The name set off after the source the words right after ``pos`` name: "said her
    lawyer, Mark Heller", "said a spokesman for the Foreign Ministry, John Smith, on
    Tuesday", "sagte der Kommandant der Feuerwehr, Stefan Huber", "said the man, who gave
    his name only as Ahmad" -> the name; None when those words name no source or no name
    follows them at once (or after the words giving it)."""
    stop = region.end if quote.start < pos else min(region.end, quote.start)
    comma = text.find(",", pos, stop)
    if comma < 0 or not (
        unnamed_after(text, pos, comma) is not None
        or names_a_role(text, pos, comma)
        or _FOREIGN_ROLE.fullmatch(text, pos, comma)
    ):
        return None
    start = comma + 1
    while start < stop and text[start] == " ":
        start += 1
    given = _NAME_GIVEN.match(text, start, stop)
    if given is not None:
        start = given.end()  # "the man, who asked to be identified only as Ahmad"
    name = next((n for n in names if n.span.start == start and n.span.end <= stop), None)
    if name is None or not _APPOSITION_ENDS.match(text, name.span.end, stop):
        return None  # "said police, Smith added", "said the police, Athens officials"
    return name.surface


# the words that give a source's name, or only part of it, after a comma: "who gave his
# name only as", "who asked to be identified only as", "who gave only her first name,",
# "identified only as"
_NAME_GIVEN = re.compile(
    r"(?:who\s+(?:(?:only\s+)?gave|would\s+(?:only\s+)?give|(?:asked|wished|wanted|agreed)\s+"
    r"to\s+be\s+(?:identified|named)|identified\s+(?:himself|herself|themselves))\s+"
    r"(?:only\s+)?(?:(?:his|her|their)\s+(?:first\s+|full\s+)?names?\s*,?\s+)?(?:only\s+)?"
    r"(?:as\s+)?|identified\s+only\s+as\s+)",
    re.IGNORECASE,
)
# a role in another language, its article first ("der Kommandant der Feuerwehr", "le
# porte-parole du ministère", "el portavoz del Gobierno"): the source nouns are English
_FOREIGN_ROLE = re.compile(
    r"\s+(?:der|die|das|ein|eine|le|la|l'|un|une|el|los|las|il|lo|uno|o|um|uma|de|het|een)"
    r"\s*[^\W\d][\w'-]*(?:\s+[^\W\d][\w'-]*){0,5}\s*"
)
# what may follow a name set off after a source: the attribution's end (a Spanish
# incise's closing dash, folded to a hyphen: "—explicó la directora, Inés Valcárcel—."),
# or when and where
_APPOSITION_ENDS = re.compile(
    r"\s*(?:$|[,.;:!?)\u2014\u2013\"\u201c\u201d-]|(?:on|in|at|during|after|before|when|while"
    r"|am|im|bei|le|à|au|el|en)\s)"
)


def named_after(
    text: str, pos: int, region: Span, quote: Span, names: Sequence[Mention]
) -> str | None:
    """The name (or names joined by "and") the words right after ``pos`` end with, up to
    the end of that phrase: "said ABC Entertainment Group prexy Paul Lee" -> Paul Lee."""
    stop = region.end if quote.start < pos else min(region.end, quote.start)
    end_match = _phrase_end(text, pos, stop, names)
    end = end_match.start() if end_match else stop
    found = [n for n in names if pos <= n.span.start and n.span.end <= end]
    if not found and end_match is not None and _OFFICE_OF.match(text, pos, end_match.end()):
        # an office of something before the name: "said Secretary of the Interior Dirk
        # Kempthorne" (not "said Lt. Gregg Hastings of the Oregon State Police")
        end_match = _phrase_end(text, end_match.end(), stop, names)
        end = end_match.start() if end_match else stop
        found = [n for n in names if pos <= n.span.start and n.span.end <= end]
    if not found:
        return None
    found.sort(key=lambda n: n.span.start)
    last = found[-1]
    if COMPLEMENT_OF_SOURCE.search(text, pos, last.span.start):
        return None  # the name completes the source: "said a spokesman for the ministry"
    if completes_office(text, last.span.start, pos):
        return holder_completing(last)  # "a déclaré le chef de l'État"
    if _ROLE_AFTER.match(text, last.span.end, end) or _OFFICE_AFTER.fullmatch(
        text, last.span.end, end
    ):
        return None  # the name qualifies a role: "said a U.S. official", "the Navy chief"
    if last.surface.lower() in SOURCE_NOUNS and _NUMBER_AFTER.fullmatch(text, last.span.end, end):
        return None  # a role and its number, no name: "said Juror No. 8" (unnamed_speakers)
    if _OWNS_ROLE.match(text, last.span.end, end):
        return None  # the name owns the role that speaks: "said Biancardi's attorney"
    joined = [last]
    for n in reversed(found[:-1]):
        if _JOIN.fullmatch(text, n.span.end, joined[0].span.start) is None:
            break
        joined.insert(0, n)
    if len(joined) > 1:
        return text[joined[0].span.start : last.span.end]
    return last.surface


def _phrase_end(text: str, pos: int, stop: int, names: Sequence[Mention]) -> re.Match[str] | None:
    """Where the phrase from ``pos`` ends (before ``stop``): at the first of _PHRASE_END's
    marks that no name of ``names`` holds ("van" of "Anouk van der Meulen" is the name's,
    of "Ter Horst van Waterschap Maasvallei" the phrase's end)."""
    found = _PHRASE_END.search(text, pos, stop)
    while found is not None:
        within = next((n for n in names if n.span.start <= found.start() < n.span.end), None)
        if within is None:
            return found
        found = _PHRASE_END.search(text, within.span.end, stop)
    return None


def holder_completing(name: Mention) -> str | None:
    """The office holder's name read with ``name``, which completes an office in another
    language: "Laurent Nuñez" of "Intérieur Laurent Nuñez" in "le ministre de l'Intérieur
    Laurent Nuñez"; None when ``name`` is only what the office is of ("le chef de
    l'État", "le maire de Marseille", "le maire de New York": a place of several words is
    read whole, :func:`reader.analysis.names.office_places.place_words`)."""
    words = name.surface.split()
    count = place_words(words)
    if count >= len(words):
        return None
    offsets = [m.start() for m in re.finditer(r"\S+", name.surface)]
    return name.surface[offsets[count] :]
