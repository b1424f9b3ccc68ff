"""The names of the months and weekdays dates are written with: English (with its
abbreviations), German, French, Spanish, Italian, Portuguese, Dutch and Swedish, and the months
of Russian, Arabic and Hebrew. One list for the reading of an article's date and date
lines (reader.ingest) and of the dates its sentences tell (reader.analysis).

A German, French or Spanish article opens with "Pjöngjang, 19. Juni 2024", "Paris, 19
juin 2024" or "Madrid, 19 de junio de 2024" as an English one with "ATHENS, May 5,
2010": the line is the article's date, shown dimmed, not a claim to match. The other
languages' names are only read in dates written day first, as those languages write
them, so that no English word ("Mars", "Mai" as a name) is taken for a month; their
weekdays are read in sentences only in an article of that language
(reader.analysis.times.weekdays), so that no name ("Plácido Domingo", "Mardi") is a day.
"""

from __future__ import annotations

import re

from reader.lazy_regex import longest_first

ENGLISH_MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}

# each language's twelve months in order ("märz/maerz": two spellings of one month;
# Russian's in the genitive a date uses, then the nominative)
MONTHS_BY_LANGUAGE = {
    "German": "januar/jänner februar märz/maerz april mai juni juli august september "
    "oktober november dezember",
    "French": "janvier février/fevrier mars avril mai juin juillet août/aout septembre "
    "octobre novembre décembre/decembre",
    "Spanish": "enero febrero marzo abril mayo junio julio agosto septiembre/setiembre "
    "octubre noviembre diciembre",
    "Italian": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre "
    "novembre dicembre",
    "Portuguese": "janeiro fevereiro março abril maio junho julho agosto setembro "
    "outubro novembro dezembro",
    "Dutch": "januari februari maart april mei juni juli augustus september oktober "
    "november december",
    "Swedish": "januari februari mars april maj juni juli augusti september oktober "
    "november december",
    "Russian": "января/январь февраля/февраль марта/март апреля/апрель мая/май июня/июнь "
    "июля/июль августа/август сентября/сентябрь октября/октябрь ноября/ноябрь "
    "декабря/декабрь",
    # Arabic: the Egyptian and Gulf names, the Levantine and Iraqi ones ("حزيران": June;
    # "كانون_الثاني", two words, "_" a space) and the Maghreb's ("يوليوز", "غشت")
    "Arabic": "يناير/كانون_الثاني فبراير/شباط مارس/آذار أبريل/إبريل/نيسان مايو/أيار "
    "يونيو/حزيران يوليو/تموز/يوليوز أغسطس/آب/غشت سبتمبر/أيلول/شتنبر أكتوبر/تشرين_الأول "
    "نوفمبر/تشرين_الثاني/نونبر ديسمبر/كانون_الأول/دجنبر",
    "Hebrew": "ינואר פברואר מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר",
}
ENGLISH_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
"""English's weekdays in order from Monday (``datetime.date.weekday``'s 0)."""

# each language's seven days in order from Monday ("samstag/sonnabend": two names of one
# day; "miércoles/miercoles", "lunedì/lunedi": a day written with and without its accent)
WEEKDAY_NAMES_BY_LANGUAGE = {
    "German": "montag dienstag mittwoch donnerstag freitag samstag/sonnabend sonntag",
    "French": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "Spanish": "lunes martes miércoles/miercoles jueves viernes sábado/sabado domingo",
    "Italian": "lunedì/lunedi martedì/martedi mercoledì/mercoledi giovedì/giovedi "
    "venerdì/venerdi sabato domenica",
    "Portuguese": "segunda-feira terça-feira/terca-feira quarta-feira quinta-feira "
    "sexta-feira sábado/sabado domingo",
    "Dutch": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "Swedish": "måndag tisdag onsdag torsdag fredag lördag söndag",
}


def months_of(language: str) -> dict[str, int]:
    """Each spelling of ``language``'s months, in small letters, with its number."""
    return _numbered(MONTHS_BY_LANGUAGE.get(language, ""), first=1)


def weekdays_of(language: str) -> dict[str, int]:
    """Each spelling of ``language``'s weekdays, in small letters, with its number as
    ``datetime.date.weekday`` gives it (Monday 0)."""
    return _numbered(WEEKDAY_NAMES_BY_LANGUAGE.get(language, ""), first=0)


def _numbered(listing: str, first: int) -> dict[str, int]:
    """The spellings of a listing of names in order ("samstag/sonnabend sonntag"), each
    with its place, counted from ``first``."""
    return {
        spelling: number
        for number, spellings in enumerate(listing.split(), start=first)
        for spelling in spellings.replace("_", " ").split("/")
    }


WEEKDAYS_BY_LANGUAGE = {
    language: frozenset(weekdays_of(language)) for language in WEEKDAY_NAMES_BY_LANGUAGE
}
"""Each language's weekdays, every spelling, in small letters."""


OTHER_MONTHS: dict[str, int] = {
    spelling: number
    for language in MONTHS_BY_LANGUAGE
    for spelling, number in months_of(language).items()
}
"""Every other language's months, in small letters, with their numbers."""

OTHER_WEEKDAYS = frozenset().union(*WEEKDAYS_BY_LANGUAGE.values())

# each month's short forms in the languages above, where they differ from its full name
# ("19. Jun. 2024", "19 juil. 2024", "19 ene 2024", "12 mrt 2022"); one number each
# whatever the language ("set" is September in Italian, Portuguese and Spanish)
_SHORT_MONTHS = (
    "jan janv ene gen",
    "feb févr fevr fév fev",
    "mär mrz mrt mar",
    "apr avr abr",
    "mag",
    "jun giu",
    "jul juil juill lug",
    "aug ago",
    "sep sept set",
    "okt oct ott out",
    "nov",
    "dez déc dec dic",
)
OTHER_SHORT_MONTHS: dict[str, int] = {
    name: number for number, names in enumerate(_SHORT_MONTHS, start=1) for name in names.split()
}
"""The other languages' short month names, in small letters, with their numbers: read only
after a day ("19. Jun."), since "mar", "set" or "out" are also words."""


def alternation(names: frozenset[str] | dict[str, int]) -> str:
    """A regular expression's alternation of ``names``, longest first."""
    return "|".join(re.escape(n) for n in longest_first(names))


# the Latin-script ones: a date line's, with a place in Latin letters
OTHER_DAY_OR_MONTH = alternation(
    OTHER_WEEKDAYS | {m for m in OTHER_MONTHS if m.isascii() or m[0] < "\u0370"}
)
"""The other languages' weekdays and months in Latin letters, for a regular expression."""
