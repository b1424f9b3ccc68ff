"""Durations: a figure counting seconds, minutes, hours, days or weeks, read as a length
in minutes, so that one length told in two units compares as one figure ("48 hours" and
"two days" agree, "three hours and 30 minutes" and "three and a half hours" too; "48
hours" and "three days" do not), in English, German, French, Spanish, Italian and
Portuguese; and the frame it is told in, which two durations must share to compare:

- a deadline ("within 48 hours", "innerhalb von 48 Stunden", "binnen 48 Stunden", "dans
  les 48 heures", "dentro de 48 horas", "entro 48 ore", "no prazo de 48 horas"): the
  most that may pass, not how long something took ("in 72 hours" is no deadline);
- a rate ("24 hours a day", "24 Stunden am Tag", "24 heures sur 24", "24 horas al día",
  "24 ore al giorno", "24 horas por dia"): no length at all;
- a distance from another moment ("two hours later", "zwei Stunden später", "vor zwei
  Stunden", "deux heures plus tard", "il y a deux heures", "dos horas después", "hace
  dos horas", "due ore dopo", "due ore fa", "duas horas depois", "há duas horas"): a
  story tells several ("Two hours later, the roof collapsed", "An hour later, police
  closed the road"), so two such compare on a close link only
  (:attr:`reader.analysis.conflict.Conflict.needs_close_link`).

Months and years keep their counts as they are ("25 years", "vor 25 Jahren"): their
lengths vary and they are rarely told in another unit.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from reader.analysis.conflict import Conflict
from reader.analysis.features import UnitFeatures
from reader.analysis.mention import Mention
from reader.model import DiscrepancyKind, Span

# the unit word of a figure read as a duration (its key is "num:<minutes>")
DURATION = "duration"
LENGTH, DEADLINE, RATE, DISTANCE = "", "deadline", "rate", "distance"

_SECOND, _MINUTE, _HOUR, _DAY, _WEEK = 1 / 60, 1.0, 60.0, 1440.0, 10080.0
# the units of time, by language, lower case, singular and plural (not Italian "ora",
# "now", nor Spanish and Portuguese "segundo", "according to": see lexicon.UNITS_OF_TIME)
_UNITS: dict[str | None, dict[str, float]] = {
    None: {"second": _SECOND, "seconds": _SECOND, "minute": _MINUTE, "minutes": _MINUTE,
           "hour": _HOUR, "hours": _HOUR, "day": _DAY, "days": _DAY, "week": _WEEK,
           "weeks": _WEEK},
    "German": {"sekunde": _SECOND, "sekunden": _SECOND, "minute": _MINUTE,
               "minuten": _MINUTE, "stunde": _HOUR, "stunden": _HOUR, "tag": _DAY,
               "tage": _DAY, "tagen": _DAY, "woche": _WEEK, "wochen": _WEEK},
    "French": {"seconde": _SECOND, "secondes": _SECOND, "minute": _MINUTE,
               "minutes": _MINUTE, "heure": _HOUR, "heures": _HOUR, "jour": _DAY,
               "jours": _DAY, "semaine": _WEEK, "semaines": _WEEK},
    "Spanish": {"segundos": _SECOND, "minuto": _MINUTE, "minutos": _MINUTE, "hora": _HOUR,
                "horas": _HOUR, "día": _DAY, "días": _DAY, "dia": _DAY, "dias": _DAY,
                "semana": _WEEK, "semanas": _WEEK},
    "Italian": {"secondi": _SECOND, "minuto": _MINUTE, "minuti": _MINUTE, "ore": _HOUR,
                "giorno": _DAY, "giorni": _DAY, "settimana": _WEEK, "settimane": _WEEK},
    "Portuguese": {"segundos": _SECOND, "minuto": _MINUTE, "minutos": _MINUTE,
                   "hora": _HOUR, "horas": _HOUR, "dia": _DAY, "dias": _DAY,
                   "semana": _WEEK, "semanas": _WEEK},
}  # fmt: skip

_AND = r"(?:and|et|und|y|e|ed)"
# "three and a half hours": the half before the unit (English)
_HALF_BEFORE = re.compile(r"\s+and\s+a\s+half(?=\s)", re.IGNORECASE)
# "trois heures et demie", "tres horas y media", "tre ore e mezza", "três horas e meia",
# "two hours and a half": the half after the unit
_HALF_AFTER = re.compile(
    r"\s+(?:et\s+demie?|y\s+medi[ao]|e\s+mezz[ao]|e\s+mei[ao]|and\s+a\s+half|und\s+eine\s+halbe)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
# the unit's figure joined to a smaller unit's: "three hours and 30 minutes", "drei
# Stunden und 30 Minuten", "trois heures et 30 minutes", "tres horas y 30 minutos"
_JOINED = re.compile(rf",?\s+{_AND}\s+", re.IGNORECASE)
_WORD = re.compile(r"(?:\s+|-)([^\W\d_]+)")  # "90 days", "a 90-day stay"

_DEADLINE_BEFORE = re.compile(
    r"\b(?:within|inside(?:\s+of)?|innerhalb(?:\s+von)?|binnen|d'ici|dans\s+les"
    r"|dans\s+un\s+délai\s+de|sous|dentro\s+de|en\s+un\s+plazo\s+de|en\s+las\s+próximas"
    r"|en\s+los\s+próximos|entro|nel\s+giro\s+di|nell'arco\s+di|no\s+prazo\s+de|em\s+até"
    r"|nas\s+próximas|nos\s+próximos)\s+(?:(?:the|der|den|les|las|los|le|gli|i|as|os)\s+)?"
    r"(?:(?:next|coming|first|nächsten|ersten|prossime|prossimi)\s+)?$",
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
# controlado", "sechs Stunden lang": a length, whatever follows
_LENGTH_BEFORE = re.compile(
    r"\b(?:for|during|für|während|pendant|durant|durante|per)\s+(?:(?:the|les|los|las|le|gli|i|as|os)\s+)?$",
    re.IGNORECASE,
)
_LENGTH_AFTER = re.compile(r"\s+lang(?![^\W\d_])", re.IGNORECASE)
_DISTANCE_BEFORE = re.compile(r"\b(?:vor|il\s+y\s+a|hace|há)\s+$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Duration:
    """A length of time told in ``f``: ``mention`` is its first figure read as minutes
    (key "num:<minutes>", unit word DURATION, surface the whole phrase: "three hours and
    30 minutes"), ``parts`` the spans of all the figures it is told by, ``frame`` how it
    is told (LENGTH, DEADLINE, RATE or DISTANCE)."""

    mention: Mention
    parts: tuple[Span, ...]
    frame: str
    # the minutes of its unit when told by one figure and its unit alone ("six hours":
    # 60), else None ("three and a half hours", "three hours and 30 minutes")
    unit: float | None
    finest: float  # the minutes of the smallest unit it is told in


def durations(f: UnitFeatures) -> list[Duration]:
    """The durations the sentence of ``f`` tells, in its order."""
    units = _UNITS.get(f.language, _UNITS[None])
    text, base = f.unit.text, f.unit.span.start
    figures = [m for m in f.numbers if m.kind == "number" and m.key.startswith("num:")]
    out: list[Duration] = []
    taken: set[Span] = set()
    for m in figures:
        if m.span in taken:
            continue
        read = _read(text, m.span.end - base, units)
        if read is None:
            continue
        per_unit, end, halved = read
        minutes = (float(m.key[4:]) + (0.5 if halved else 0.0)) * per_unit
        parts = [m.span]
        joined = _smaller_unit(text, end, base, figures, units, per_unit)
        if joined is not None:
            n, n_minutes, end = joined
            minutes += n_minutes
            parts.append(n.span)
        start = m.span.start - base
        value = f"num:{minutes:g}"
        phrase = text[start:end]
        head = replace(m, key=value, surface=phrase, unit_word=DURATION)
        taken.update(parts)
        frame = _frame(text, start, end)
        alone = not halved and joined is None
        finest = joined[1] / float(joined[0].key[4:]) if joined is not None else per_unit
        out.append(Duration(head, tuple(parts), frame, per_unit if alone else None, finest))
    return out


def as_durations(numbers: Sequence[Mention], told: Sequence[Duration]) -> list[Mention]:
    """``numbers`` with the figures of each duration in ``told`` as its one mention."""
    heads = {d.parts[0]: d.mention for d in told}
    rest = {s for d in told for s in d.parts[1:]}
    return [heads.get(m.span, m) for m in numbers if m.span not in rest]


def duration_of(told: Sequence[Duration], m: Mention) -> Duration | None:
    """The duration of ``told`` whose mention is ``m``; None when ``m`` is none."""
    return next((d for d in told if d.mention.span == m.span), None)


def frame_of(told: Sequence[Duration], m: Mention) -> str | None:
    """How the duration whose mention is ``m`` is told; None when ``m`` is none."""
    found = duration_of(told, m)
    return found.frame if found is not None else None


def duration_conflict(
    told_a: Sequence[Duration], na: Mention, told_b: Sequence[Duration], nb: Mention
) -> Conflict | None:
    """Durations ``na`` against ``nb`` as a number discrepancy: told as the figures alone
    when both are in one unit ("six vs eight"), else whole ("48 hours vs three days"); a
    distance from another moment only on a close link, and only against one in its unit
    ("nine days before" the inauguration and "six weeks before" it tell two moments).
    None when they agree: a length in days or weeks counts calendar days, which hold any
    length in hours up to theirs ("four days deliberating" and "30 hours of
    deliberation"), or when either is no duration."""
    da, db = duration_of(told_a, na), duration_of(told_b, nb)
    if da is None or db is None:
        return None
    if DISTANCE in (da.frame, db.frame) and (da.unit is None or da.unit != db.unit):
        return None
    if (da.finest >= _DAY) != (db.finest >= _DAY):
        days, hours = (na, nb) if da.finest >= _DAY else (nb, na)
        if float(hours.key[4:]) <= float(days.key[4:]):
            return None
    if da.unit is not None and da.unit == db.unit:
        a, b = _figure_alone(na, da), _figure_alone(nb, db)
        detail = f"{a} vs {b}"
    else:
        detail = f"{na.surface} vs {nb.surface}"
    return Conflict(
        DiscrepancyKind.NUMBER, na, nb, detail, by_told_value=DISTANCE in (da.frame, db.frame)
    )


def _figure_alone(m: Mention, d: Duration) -> str:
    """The figure of duration ``d`` (mention ``m``) as written, without its unit."""
    return m.surface[: d.parts[0].end - d.parts[0].start]


def _read(text: str, end: int, units: dict[str, float]) -> tuple[float, int, bool] | None:
    """The unit after a figure ending at ``end``: its minutes, where the unit (and a half
    after it) ends, and whether a half is added; None when no unit of time follows."""
    halved = False
    half = _HALF_BEFORE.match(text, end)
    if half is not None:
        halved, end = True, half.end()
    word = _WORD.match(text, end)
    if word is None or word.group(1).lower() not in units:
        return None
    end = word.end()
    if not halved:
        after = _HALF_AFTER.match(text, end)
        if after is not None:
            halved, end = True, after.end()
    return units[word.group(1).lower()], end, halved


def _smaller_unit(
    text: str,
    end: int,
    base: int,
    figures: Sequence[Mention],
    units: dict[str, float],
    per_unit: float,
) -> tuple[Mention, float, int] | None:
    """The figure of a smaller unit joined to the duration ending at ``end`` ("and 30
    minutes"): that figure, its minutes and where its unit ends; else None."""
    for n in figures:
        start = n.span.start - base
        if start <= end:
            continue
        if not _JOINED.fullmatch(text, end, start):
            return None
        word = _WORD.match(text, n.span.end - base)
        if word is None or units.get(word.group(1).lower(), per_unit) >= per_unit:
            return None
        return n, float(n.key[4:]) * units[word.group(1).lower()], word.end()
    return None


def _frame(text: str, start: int, end: int) -> str:
    """How the duration at ``start .. end`` of ``text`` is told."""
    before = text[max(0, start - 40) : start]
    if _DEADLINE_BEFORE.search(before):
        return DEADLINE
    if _RATE_AFTER.match(text, end):
        return RATE
    if _LENGTH_BEFORE.search(before) or _LENGTH_AFTER.match(text, end):
        return LENGTH
    if _DISTANCE_AFTER.match(text, end) or _DISTANCE_BEFORE.search(before):
        return DISTANCE
    return LENGTH
