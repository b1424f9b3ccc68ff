"""Durations: a figure counting seconds, minutes, hours, days, weeks, months or years,
read as a length in minutes, so that one length told in two units compares as one figure
("48 hours" and "two days" agree, "three hours and 30 minutes" and "three and a half
hours" too; "48 hours" and "three days" do not), in English, German, French, Spanish,
Italian and Portuguese; a half told with no figure too ("an hour and a half",
"dreieinhalb Stunden", "une heure et demie": reader.analysis.times.half_lengths). A month
counts 30 days nominally: months and years compare exactly ("two years" and "24
months"), days and weeks with months within 28 to 31 days a month ("90 days" and "three
months" agree, "60 days" and "three months" do not). And the frame it is told in, which
two durations must share to compare (read by reader.analysis.times.length_frames):

- a deadline ("within 48 hours", "innerhalb von 48 Stunden", "binnen 48 Stunden", "dans
  les 48 heures", "dentro de 48 horas", "entro 48 ore", "no prazo de 48 horas", and "in
  72 hours", "in 72 Stunden", "en 72 heures", "dans 72 heures", "en 72 horas", "in 72
  ore", "tra 72 ore", "em 72 horas"): the most that may pass, or when something will
  be, not how long something took ("it took 72 hours", "for 72 hours"); but "in", "en",
  "em" after a completion in the past tell how long it took, a length ("Firefighters
  brought the blaze under control in three hours", "a maîtrisé l'incendie en trois
  heures": reader.analysis.times.completed_lengths), and "within" after one the most it took
  ("Firefighters arrived within 10 minutes", "sono arrivati entro 20 minuti", "llegaron
  dentro de 15 minutos");
- a span a first time or a record is told against ("the first time in 25 years", "the
  worst flood in 50 years", "zum ersten Mal seit 25 Jahren", "pour la première fois
  depuis 25 ans": reader.analysis.times.compared_spans): compared with such spans only;
- a rate ("24 hours a day", "24 Stunden am Tag", "24 heures sur 24", "24 horas al día",
  "24 ore al giorno", "24 horas por dia"): no length at all;
- a distance from another moment ("two hours later", "zwei Stunden später", "vor zwei
  Stunden", "deux heures plus tard", "il y a deux heures", "dos horas después", "hace
  dos horas", "due ore dopo", "due ore fa", "duas horas depois", "há duas horas"): a
  story tells several ("Two hours later, the roof collapsed", "An hour later, police
  closed the road"), so two such compare on a close link only
  (:attr:`reader.analysis.conflicts.conflict.Conflict.needs_close_link`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from reader.analysis.conflicts.conflict import Conflict
from reader.analysis.features import UnitFeatures
from reader.analysis.mention import Mention
from reader.analysis.times.centuries import CENTURY, CENTURY_WORDS, one_century
from reader.analysis.times.half_lengths import half_lengths
from reader.analysis.times.length_frames import (
    DISTANCE,
    LENGTH,
    length_frame,
    told_within,
)
from reader.analysis.times.one_unit_lengths import one_unit_lengths
from reader.analysis.times.rounded_halves import rounds_to_half
from reader.analysis.times.sentence_lengths import length_of_a_penalty
from reader.analysis.times.stopwatch_times import DURATION
from reader.model import DiscrepancyKind, Span

_SECOND, _MINUTE, _HOUR, _DAY, _WEEK = 1 / 60, 1.0, 60.0, 1440.0, 10080.0
# a month in minutes, nominally 30 days: months and years compare with each other exactly
# ("two years" and "24 months"), with days and weeks within the 28 to 31 days of a
# calendar month (duration_conflict)
_MONTH = 30 * _DAY
_YEAR = 12 * _MONTH
_DECADE = 10 * _YEAR
_CENTURY = 100 * _YEAR
_MONTH_DAYS = (28.0, 31.0)
# the units of time, by language, lower case, singular and plural (not Italian "ora",
# "now", nor Spanish and Portuguese "segundo", "according to": see lexicon.UNITS_OF_TIME)
_UNITS: dict[str | None, dict[str, float]] = {
    None: {"second": _SECOND, "seconds": _SECOND, "minute": _MINUTE, "minutes": _MINUTE,
           "hour": _HOUR, "hours": _HOUR, "day": _DAY, "days": _DAY, "week": _WEEK,
           "weeks": _WEEK, "month": _MONTH, "months": _MONTH, "year": _YEAR,
           "years": _YEAR},
    "German": {"sekunde": _SECOND, "sekunden": _SECOND, "minute": _MINUTE,
               "minuten": _MINUTE, "stunde": _HOUR, "stunden": _HOUR, "tag": _DAY,
               "tage": _DAY, "tagen": _DAY, "woche": _WEEK, "wochen": _WEEK,
               "monat": _MONTH, "monate": _MONTH, "monaten": _MONTH, "jahr": _YEAR,
               "jahre": _YEAR, "jahren": _YEAR},
    "French": {"seconde": _SECOND, "secondes": _SECOND, "minute": _MINUTE,
               "minutes": _MINUTE, "heure": _HOUR, "heures": _HOUR, "jour": _DAY,
               "jours": _DAY, "semaine": _WEEK, "semaines": _WEEK, "mois": _MONTH,
               "an": _YEAR, "ans": _YEAR, "année": _YEAR, "années": _YEAR},
    "Spanish": {"segundos": _SECOND, "minuto": _MINUTE, "minutos": _MINUTE, "hora": _HOUR,
                "horas": _HOUR, "día": _DAY, "días": _DAY, "dia": _DAY, "dias": _DAY,
                "semana": _WEEK, "semanas": _WEEK, "mes": _MONTH, "meses": _MONTH,
                "año": _YEAR, "años": _YEAR},
    "Italian": {"secondi": _SECOND, "minuto": _MINUTE, "minuti": _MINUTE, "ore": _HOUR,
                "giorno": _DAY, "giorni": _DAY, "settimana": _WEEK, "settimane": _WEEK,
                "mese": _MONTH, "mesi": _MONTH, "anno": _YEAR, "anni": _YEAR},
    "Portuguese": {"segundos": _SECOND, "minuto": _MINUTE, "minutos": _MINUTE,
                   "hora": _HOUR, "horas": _HOUR, "dia": _DAY, "dias": _DAY,
                   "semana": _WEEK, "semanas": _WEEK, "mês": _MONTH, "mes": _MONTH,
                   "meses": _MONTH, "ano": _YEAR, "anos": _YEAR},
}  # fmt: skip
for _language, _words in CENTURY_WORDS.items():  # "two centuries", "zwei Jahrhunderte"
    _UNITS[_language].update(dict.fromkeys(_words, _CENTURY))
# "four decades", "drei Jahrzehnte", "deux décennies", "dos décadas", "tre decenni": a
# round count of years (duration_conflict)
_DECADE_WORDS: dict[str | None, tuple[str, ...]] = {
    None: ("decade", "decades"),
    "German": ("jahrzehnt", "jahrzehnte", "jahrzehnten"),
    "French": ("décennie", "décennies"),
    "Spanish": ("década", "décadas"),
    "Italian": ("decennio", "decenni"),
    "Portuguese": ("década", "décadas"),
}
for _language, _words in _DECADE_WORDS.items():
    _UNITS[_language].update(dict.fromkeys(_words, _DECADE))
# the units reader.analysis.times.half_lengths, centuries and one_unit_lengths name
_NAMED = {"minute": _MINUTE, "hour": _HOUR, "day": _DAY, "week": _WEEK, "month": _MONTH,
          "year": _YEAR, "decade": _DECADE, CENTURY: _CENTURY}  # fmt: skip

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
# Stunden und 30 Minuten", "trois heures et 30 minutes", "tres horas y 30 minutos", and
# with no word between, as a clock counts: "8 minutes 30 seconds", "T+8 minutes 30
# seconds", "2 hours, 15 minutes"
_JOINED = re.compile(rf",?\s+(?:{_AND}\s+)?", re.IGNORECASE)
_WORD = re.compile(r"(?:\s+|-)([^\W\d_]+)")  # "90 days", "a 90-day stay"


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
    # 60), or by one unit with no figure ("lasted a week"), else None ("three and a half
    # hours", "three hours and 30 minutes", "a century")
    unit: float | None
    finest: float  # the minutes of the smallest unit it is told in
    # the months it tells in months or years ("two years and three months": 27), 0 when
    # told in neither: those minutes are nominal, 30 days a month
    months: float = 0.0
    # the figures listed before its own with no unit, which count in its unit ("eight"
    # and "10" of "eight, 10, 12 years"), each keyed in minutes: they give a value, but
    # are not compared themselves
    listed: tuple[Mention, ...] = ()
    # told as the most it took ("arrived within 10 minutes"): a shorter length agrees
    at_most: bool = False
    # told by a figure ("two years"), not with none ("a year", "a century")
    by_figure: bool = True


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
        if m.unit_word == DURATION:  # "2:02:41", "2hr 2min 41sec" (stopwatch_times)
            out.append(_stopwatch(m))
            continue
        read = _read(text, m.span.end - base, units)
        if read is None:
            continue
        per_unit, end, halved = read
        minutes = (float(m.key[4:]) + (0.5 if halved else 0.0)) * per_unit
        months = minutes / _MONTH if per_unit >= _MONTH else 0.0
        parts = [m.span]
        joined = _smaller_unit(text, end, base, figures, units, per_unit)
        if joined is not None:
            n, n_minutes, end = joined
            minutes += n_minutes
            parts.append(n.span)
        start = m.span.start - base
        value = f"num:{minutes:g}"
        phrase = text[start:end]
        # hyphened to its unit, it tells what kind of thing ("Eight-Year Offer", as "an
        # eight-year offer"), unless the thing is a penalty, which is its length ("an
        # 18-year sentence": reader.analysis.times.sentence_lengths)
        hyphened = text.startswith("-", m.span.end - base)
        kind = (m.qualifier or hyphened) and not (hyphened and length_of_a_penalty(text, end))
        head = replace(m, key=value, surface=phrase, unit_word=DURATION, qualifier=kind)
        taken.update(parts)
        frame = length_frame(text, start, end, f.language, per_unit)
        alone = not halved and joined is None
        finest = joined[1] / float(joined[0].key[4:]) if joined is not None else per_unit
        if joined is not None and finest >= _MONTH:
            months += joined[1] / _MONTH
        listed = _listed_before(text, base, figures, m, per_unit) if alone else ()
        out.append(
            Duration(
                head,
                tuple(parts),
                frame,
                per_unit if alone else None,
                finest,
                months,
                listed,
                frame == LENGTH and told_within(text, start),
            )
        )
    out.extend(_half_lengths(f, figures))
    return sorted(out, key=lambda d: d.mention.span.start)


def _stopwatch(m: Mention) -> Duration:
    """The length figure ``m`` tells as a stopwatch does ("2:02:41"): a time taken, never a
    deadline ("completing the podium in 2:04:30" is how long it took)."""
    return Duration(m, (m.span,), LENGTH, None, _SECOND)


# between two figures of a list of one unit: "eight, 10, 12 years", "six to eight hours",
# "sechs bis acht Stunden", "six ou sept heures", "seis o siete horas", "sei o sette ore"
_LISTED = re.compile(
    r"\s*(?:,|/|-|–)\s*|,?\s+(?:or|to|and|oder|bis|und|ou|à|et|o|y|e|a)\s+", re.IGNORECASE
)


def _listed_before(
    text: str, base: int, figures: Sequence[Mention], m: Mention, per_unit: float
) -> tuple[Mention, ...]:
    """The figures with no unit listed before figure ``m`` (of a unit of ``per_unit``
    minutes), keyed in minutes: "eight" and "10" of "eight, 10, 12 years"."""
    out: list[Mention] = []
    start = m.span.start - base
    for x in reversed([x for x in figures if x.span.end <= m.span.start]):
        if x.unit_word or not _LISTED.fullmatch(text, x.span.end - base, start):
            break
        out.append(replace(x, key=f"num:{float(x.key[4:]) * per_unit:g}"))
        start = x.span.start - base
    return tuple(reversed(out))


def _half_lengths(f: UnitFeatures, figures: Sequence[Mention]) -> list[Duration]:
    """The durations told with a half and no figure ("an hour and a half", "dreieinhalb
    Stunden", "une heure et demie") or a century with none ("more than a century", "un
    siglo": reader.analysis.times.centuries), each one mention of its own; none over a figure,
    nor a century inside a half ("a century and a half"). And a length of one unit told
    with no figure where it is one ("offered a year of free credit monitoring", "lasted a
    week": reader.analysis.times.one_unit_lengths), told by its unit alone as "one year"
    is, so that it compares as one length with "12 months"."""
    text, base = f.unit.text, f.unit.span.start
    out: list[Duration] = []
    halves = half_lengths(text, f.language)
    ones = one_unit_lengths(text, f.language)
    wholes = [
        c
        for c in (*one_century(text, f.language), *ones)
        if not any(h.start < c.end and c.start < h.end for h in halves)
    ]
    for h in sorted(halves + wholes, key=lambda h: h.start):
        span = Span(base + h.start, base + h.end)
        if any(m.span.start < span.end and span.start < m.span.end for m in figures):
            continue
        per_unit = _NAMED[h.unit]
        minutes = h.count * per_unit
        phrase = text[h.start : h.end]
        head = Mention("number", f"num:{minutes:g}", span, phrase, DURATION, qualifier=h.kind)
        months = minutes / _MONTH if per_unit >= _MONTH else 0.0
        frame = length_frame(text, h.start, h.end, f.language, per_unit)
        within = frame == LENGTH and told_within(text, h.start)
        unit = per_unit if h in ones else None
        out.append(
            Duration(head, (span,), frame, unit, per_unit, months, at_most=within, by_figure=False)
        )
    return out


def as_durations(numbers: Sequence[Mention], told: Sequence[Duration]) -> list[Mention]:
    """``numbers`` with the figures of each duration in ``told`` as its one mention (and
    those listed before it keyed in its unit), and the durations told with no figure
    among them."""
    heads = {d.parts[0]: d.mention for d in told}
    heads.update({x.span: x for d in told for x in d.listed})
    rest = {s for d in told for s in d.parts[1:]}
    out = [heads.get(m.span, m) for m in numbers if m.span not in rest]
    # those told with no figure ("an hour and a half") join the figures in their order
    given = {m.span for m in numbers}
    unread = [d.mention for d in told if d.parts[0] not in given]
    return sorted(out + unread, key=lambda m: m.span.start) if unread else out


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
    when both are in one unit ("six vs eight", counted in B's unit words, "hours"), else
    whole ("48 hours vs three days"); a distance from another moment only on a close
    link, and only against one in its unit ("nine days before" the inauguration and "six
    weeks before" it tell two moments).
    None when they agree: a length told as the most it took holds any length up to it
    ("arrived within 10 minutes" and "arrived in eight minutes"); a length in days or
    weeks counts calendar days, which hold any length in hours up to theirs ("four days
    deliberating" and "30 hours of deliberation"); or when either is no duration."""
    da, db = duration_of(told_a, na), duration_of(told_b, nb)
    if da is None or db is None:
        return None
    if DISTANCE in (da.frame, db.frame) and (da.unit is None or da.unit != db.unit):
        return None
    if da.at_most != db.at_most:
        most, other = (na, nb) if da.at_most else (nb, na)
        if float(other.key[4:]) <= float(most.key[4:]):
            return None  # "arrived within 10 minutes" and "arrived in eight minutes"
    if (da.finest >= _DAY) != (db.finest >= _DAY):
        days, hours = (na, nb) if da.finest >= _DAY else (nb, na)
        if float(hours.key[4:]) <= float(days.key[4:]):
            return None
    if (da.months > 0) != (db.months > 0):
        calendar, fixed = (da, nb) if da.months > 0 else (db, na)
        if _within_months(calendar, float(fixed.key[4:])):
            return None
    if _rounds_to_decades(da, nb) or _rounds_to_decades(db, na):
        return None  # "four decades" and "43 years"
    if rounds_to_half(da, db) or rounds_to_half(db, da):
        return None  # "half a minute" and "31 seconds" (rounded_halves)
    counted = ""
    if da.unit is not None and da.unit == db.unit and da.by_figure and db.by_figure:
        a, b = _figure_alone(na, da), _figure_alone(nb, db)
        detail = f"{a} vs {b}"
        unit = nb.surface[len(b) :].strip()  # "six vs eight" hours; not "18-year" ones
        counted = "" if unit.startswith("-") else unit
    else:
        detail = f"{na.surface} vs {nb.surface}"
    far = DISTANCE in (da.frame, db.frame)
    return Conflict(DiscrepancyKind.NUMBER, na, nb, detail, by_told_value=far, counted=counted)


def _rounds_to_decades(d: Duration, other: Mention) -> bool:
    """Duration ``d`` is told in decades, a round count a writer gives for a length the
    other figure ``other`` gives nearer: "four decades" for 43 years (up to half a decade
    from it), not for 25."""
    if d.unit != _DECADE:
        return False
    return abs(float(other.key[4:]) - float(d.mention.key[4:])) < _DECADE / 2


def _within_months(d: Duration, minutes: float) -> bool:
    """A length of ``minutes`` told in days or smaller units fits duration ``d``, told in
    months or years, each month holding 28 to 31 days ("90 days" and "three months", "52
    weeks" and "a year"; not "six weeks" and "one month")."""
    nominal = float(d.mention.key[4:])
    low, high = (nominal + d.months * (days * _DAY - _MONTH) for days in _MONTH_DAYS)
    return low <= minutes <= high


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
    minutes"): that figure, its minutes and where its unit ends; else None, also when it
    tells one of the larger unit or more, a second length or the first restated ("two
    years and 24 months", "two days and 48 hours")."""
    for n in figures:
        start = n.span.start - base
        if start <= end:
            continue
        if not _JOINED.fullmatch(text, end, start):
            return None
        word = _WORD.match(text, n.span.end - base)
        if word is None or units.get(word.group(1).lower(), per_unit) >= per_unit:
            return None
        minutes = float(n.key[4:]) * units[word.group(1).lower()]
        return (n, minutes, word.end()) if minutes < per_unit else None
    return None
