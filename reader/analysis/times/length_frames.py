"""How a length of time is told (reader.analysis.times.durations): as a length, a
deadline ("within 48 hours"), a rate ("24 hours a day"), a distance from another moment
("two hours later") or a span a first time is told against ("the first time in 25
years"), read from the words around it, in English, German, French, Spanish, Italian and
Portuguese."""

from __future__ import annotations

import re

from reader.analysis.times.compared_spans import compared_span, first_of_subject
from reader.analysis.times.completed_lengths import told_as_taken, told_as_to_come
from reader.analysis.words.hedges import hedge_start

__all__ = ["COMPARED", "DEADLINE", "DISTANCE", "LENGTH", "RATE", "length_frame", "told_within"]

LENGTH, DEADLINE, RATE, DISTANCE = "", "deadline", "rate", "distance"
COMPARED = "compared"
_MONTH = 30 * 1440.0  # a month in minutes, nominally 30 days

_DEADLINE_BEFORE = re.compile(
    r"\b(?:within|inside(?:\s+of)?|innerhalb(?:\s+von)?|binnen|d'ici|dans\s+les"
    r"|dans\s+un\s+délai\s+de|sous|dentro\s+de|en\s+un\s+plazo\s+de|en\s+las\s+próximas"
    r"|en\s+los\s+próximos|entro|nel\s+giro\s+di|nell'arco\s+di|no\s+prazo\s+de|em\s+até"
    r"|nas\s+próximas|nos\s+próximos|in|dans|en|tra|fra|em)"
    r"\s+(?:(?:the|der|den|les|las|los|le|gli|i|as|os)\s+)?"
    r"(?:(?:next|coming|first|nächsten|ersten|prossime|prossimi)\s+)?$",
    re.IGNORECASE,
)
# "in", "en", "em" alone before a length, which a past makes how long something took
_IN = re.compile(r"(?:in|en|em)\s+", re.IGNORECASE)
# "within" and its like, which a past makes the most it took ("Firefighters arrived
# within 10 minutes", "Die Feuerwehr traf binnen zehn Minuten ein", "Les pompiers sont
# arrivés dans les dix minutes", "I soccorsi sono arrivati entro 20 minuti", "Los
# bomberos llegaron dentro de 15 minutos", "Os bombeiros chegaram em até 15 minutos",
# "Nel giro di 20 minuti sono arrivati i soccorsi"): a
# length told as a bound from above
_WITHIN = re.compile(
    r"(?:within|inside(?:\s+of)?|binnen|innerhalb(?:\s+von)?|dans\s+les|entro|dentro\s+de"
    r"|nel\s+giro\s+di|nell'arco\s+di|em\s+até)\s+",
    re.IGNORECASE,
)
_RATE_AFTER = re.compile(
    r"\s+(?:(?:a|an|per|each|every|am|pro|je|par|al|por|ao|a)\s+(?:day|week|tag|woche|jour"
    r"|semaine|día|dia|semana|giorno|settimana)|(?:sur|su)\s+(?:24|7|sette)"
    r"|täglich|daily|diarias|diárias|quotidiane)(?![^\W\d_])",
    re.IGNORECASE,
)
_DISTANCE_AFTER = re.compile(
    r"\s+(?:later|earlier|ago|before|after|afterwards|vor|nach|avant|après|später|früher|zuvor|danach|vorher|plus\s+tard"
    r"|plus\s+tôt|auparavant|más\s+tarde|después|antes|più\s+tardi|dopo|prima|fa"
    r"|mais\s+tarde|depois|atrás)(?![^\W\d_])",
    re.IGNORECASE,
)
# "for six hours before firefighters put it out", "durante seis horas antes de ser
# controlado", "sechs Stunden lang": a length, whatever follows; a bound or a hedge may
# come between ("closed for at least three months after the collapse", "pendant près de
# trois heures après": reader.analysis.words.hedges)
_LENGTH_BEFORE = re.compile(
    r"\b(?:for|during|für|während|pendant|durant|durante|per)\s+(?:(?:the|les|los|las|le|gli|i|as|os)\s+)?$",
    re.IGNORECASE,
)
_LENGTH_AFTER = re.compile(r"\s+lang(?![^\W\d_])", re.IGNORECASE)
_DISTANCE_BEFORE = re.compile(r"\b(?:vor|il\s+y\s+a|hace|há)\s+$", re.IGNORECASE)
# a launch's count: "T+8 minutes 30 seconds" after lift-off, "T-minus 10 minutes" before
# it, "T plus 90 seconds": a distance from the launch, as "8 minutes and 30 seconds after
# lift-off" is
_COUNTDOWN_BEFORE = re.compile(r"(?<![\w-])T\s*(?:[+\-−]|-?\s*(?:[Pp]lus|[Mm]inus)\s)\s*$")


def told_within(text: str, start: int) -> bool:
    """The duration starting at ``start`` of ``text`` follows "within" or its like."""
    deadline = _DEADLINE_BEFORE.search(text[max(0, start - 40) : start])
    return deadline is not None and _WITHIN.fullmatch(deadline.group()) is not None


def _first_ones(text: str, start: int, end: int, language: str | None, per_unit: float) -> bool:
    """The duration at ``start .. end`` of ``text`` follows the first ones of its
    clause's subject and their verb ("The first firefighters arrived in 10 minutes",
    "Officials said the first firefighters arrived in 10 minutes", "The first
    firefighters will arrive in 10 minutes"): how long they took, or when they will come,
    no span of comparison. A span of comparison is told in months and years ("the first
    rain in 10 months"), or with no verb between the first and it ("the first snow in 10
    days fell", "the first rain to fall in 10 days")."""
    first = first_of_subject(text, start, language) if per_unit < _MONTH else None
    if first is None:
        return False
    clause = text[first:]  # its tense from the first on, not "Forecasters said"
    return told_as_taken(clause, start - first, end - first, language) or told_as_to_come(
        clause, start - first, language
    )


def length_frame(text: str, start: int, end: int, language: str | None, per_unit: float) -> str:
    """How the duration at ``start .. end`` of ``text`` (in ``language``, its unit of
    ``per_unit`` minutes) is told."""
    before = text[max(0, start - 40) : start]
    if compared_span(text, start, language) and not _first_ones(
        text, start, end, language, per_unit
    ):
        return COMPARED
    deadline = _DEADLINE_BEFORE.search(before)
    if deadline is not None:
        taken = _IN.fullmatch(deadline.group()) or _WITHIN.fullmatch(deadline.group())
        if taken and told_as_taken(text, start, end, language):
            return LENGTH  # "brought the blaze under control in three hours"
        return DEADLINE
    if _RATE_AFTER.match(text, end):
        return RATE
    if _told_for(text, start) or _LENGTH_AFTER.match(text, end):
        return LENGTH
    if (
        _DISTANCE_AFTER.match(text, end)
        or _DISTANCE_BEFORE.search(before)
        or _COUNTDOWN_BEFORE.search(before)
    ):
        return DISTANCE
    return LENGTH


def _told_for(text: str, start: int) -> bool:
    """The length at ``start`` of ``text`` follows "for" or its like, a hedge between or
    not ("for six hours", "for at least three months", "per almeno tre mesi")."""
    hedged = hedge_start(text, start)
    at = start if hedged is None else hedged
    return _LENGTH_BEFORE.search(text[max(0, at - 40) : at]) is not None
