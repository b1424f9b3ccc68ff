"""Surnames told by their shape, where no table knows the given name before them: "Pjotr
Sauer", "Bohdan Kovalchuk", "Anna Nowakowska", "Lars Andersen", "Ana Pérez", "Pjotr
Bianchi" read as a person's name; "Baton Rouge", "Reggio Emilia", "Des Moines" do not.

A byline's second writer after a comma is read by it (reader.ingest.byline_places):
two capitalised words, the last one shaped as surnames are (an ending of the surnames of
one language: Ukrainian "-enko", "-chuk"; Russian "-ov", "-ova"; Polish "-ski", "-wicz";
Serbian and Croatian "-ić"; Georgian "-shvili"; Armenian "-yan"; Greek "-opoulos";
Romanian "-escu"; Turkish "-oğlu"; Scandinavian "-sen", "-son"; Spanish "-ez"; German
"-mann" and the trades' "-er": "Sauer", "Müller", "Schneider"; Italian "-chi", "-cci",
"-elli", "-etti", "-ini", "-ardi", "-ieri": "Bianchi", "Ricci", "Martinelli", "Moretti",
"Mancini", "Lombardi", "Barbieri"; Irish and Scottish "Mc", "Mac", "O'"), the first no
word that opens a place ("Lake Jackson", "Fort Myer", "Mount Pleasant", "Glen Ellyn").
English words of places in "-er" ("River", "Center", "Water"), towns in "-chester",
"-cester", "-ster", "-hausen" ("Port Chester", "Bad Münster", "Königs Wusterhausen") and
a Slavic region's adjective closing a town ("Biała Podlaska", "Gorzów Wielkopolski") are
no surnames here; a Polish or Russian town's first word ("Piotrków", "Kamensk") opens no
person's name.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["reads_as_full_name"]

_SURNAME_ENDINGS = tuple(
    """
    enko chuk czuk yuk iuk ov ova ev eva yev yeva sky ski ska skaya skiy skyi vich vych
    wicz ić vić shvili adze dze yan opoulos poulos akis idis escu eanu oglu oğlu sen
    son sson qvist quist ez mann er chi ghi cci zzi elli etti otti ini ardi aldi ieri
    """.split()  # noqa: SIM905
)
# words in "-er" or "-son" that name a place or a part of one, not a person
_PLACE_ENDS = frozenset(
    """
    river center centre water harbor harbour corner manor border creek park square
    quarter tower lower upper nova
    """.split()  # noqa: SIM905
)
_TOWN_ENDINGS = ("chester", "cester", "ster", "hausen")
# a town's name a region's adjective closes, in Polish, Russian or Ukrainian: "Biała
# Podlaska", "Ruda Śląska", "Gorzów Wielkopolski", "Kamensk Uralsky" (stems, folded)
_REGION_ADJECTIVES = tuple(
    """
    wielkopol mazowie slask podlas pomorsk kujawsk lubelsk trybunals gdansk uralsk podilsk
    dnistrovsk
    """.split()  # noqa: SIM905
)
# a town's first word in Polish, Russian or Ukrainian, never a given name's ending:
# "Piotrków", "Grodzisk", "Kamensk", "Nizhny Novgorod", "Bilhorod"
_TOWN_OPENER_ENDINGS = ("ów", "sk", "grad", "gorod", "horod", "hrad")
# words opening a place of two words that reader.ingest.place_words leaves out, as they
# open no holder's office there: "Lake Jackson", "Fort Myer", "Mount Vernon"
_PLACE_NOUNS = frozenset(
    """
    lake fort mount mt cape glen grand palm cedar point isle key pointe villa castel
    castle camp bahía bahia lago monte isla ile île ilha
    """.split()  # noqa: SIM905
)
# a Scottish, Irish or Welsh surname's opening: "McCarthy", "MacLeod", "O'Brien"
_CLAN_PREFIX = re.compile(r"^(?:Mc|Mac|O['’])(?=[A-ZÀ-Þ])")


def _folded(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _capitalised(word: str) -> bool:
    """One capital then small letters, after a clan prefix ("Sauer", "McCarthy")."""
    rest = _CLAN_PREFIX.sub("", word)
    return rest.isalpha() and rest[0].isupper() and (len(rest) == 1 or rest[1:].islower())


def _surname_shaped(word: str) -> bool:
    lower = word.casefold()
    prefix = _CLAN_PREFIX.match(word)
    if prefix:
        return True
    if lower in _PLACE_ENDS or lower.endswith(_TOWN_ENDINGS):
        return False
    if _folded(lower).startswith(_REGION_ADJECTIVES):
        return False
    return any(
        lower.endswith(end) or _folded(lower).endswith(_folded(end)) for end in _SURNAME_ENDINGS
    )


def reads_as_full_name(words: list[str]) -> bool:
    """``words`` are a given name and a surname of a known shape: two words, each one
    capital then small letters ("Pjotr Sauer", "Olha McCarthy"), the last shaped as a
    surname, the first no word that opens a place ("Lake Jackson") nor a Slavic town's
    first word ("Piotrków Trybunalski")."""
    if len(words) != 2 or not all(_capitalised(w) for w in words):
        return False
    first, last = words
    if _folded(first) in _PLACE_NOUNS or len(first) < 3:
        return False
    if first.casefold().endswith(_TOWN_OPENER_ENDINGS):
        return False
    return _surname_shaped(last)
