"""The figures written in digits of a unit as mentions: percentages ("5.3%"), years
("in 2010"), counts and sums of money ("1,200 people", "$141 billion"), each with what it
counts; a figure that is part of a name (reader.analysis.figures.figure_names) is none, and one
that is a part, a range, a score or a time (reader.analysis.figures.parts_and_ranges) counts
nothing."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from reader.analysis.figures.auxiliary_ha import verb_ha
from reader.analysis.figures.counted_words import money
from reader.analysis.figures.counted_years import counts_not_year
from reader.analysis.figures.currency_codes import CURRENCIES
from reader.analysis.figures.figure_names import part_of_name
from reader.analysis.figures.found_mentions import FoundMentions
from reader.analysis.figures.glued_metres import METRE, glued_metres
from reader.analysis.figures.market_levels import LEVEL, level_key, told_level
from reader.analysis.figures.million_codes import million_code_before
from reader.analysis.figures.numerals import NUMBER_COMMA, NUMBER_POINT, Writing, figure, magnitude
from reader.analysis.figures.parts_and_ranges import counts_nothing, whole_after
from reader.analysis.figures.quake_magnitudes import MAGNITUDE, told_magnitude
from reader.analysis.figures.range_currencies import later_currency, range_currency
from reader.analysis.figures.signed_temperatures import signed_start
from reader.analysis.figures.written_units import prefix_after, unit_word_after
from reader.lazy_regex import LazyPattern


def read_figures(found: FoundMentions, writing: Writing, stem_word: Callable[[str], str]) -> None:
    """Adds to ``found`` the figures in digits of its text, read as its document writes
    them (``writing``), what each counts stemmed by ``stem_word``."""
    if not found.digits:
        return
    text = found.text
    rx = NUMBER_COMMA if writing.decimal_comma else NUMBER_POINT
    for m in _figures(rx, text, found.free):
        if not found.free(m.start(), m.end()):
            continue
        scale = magnitude(m)
        if scale == 1.0 and million_code_before(text, m.start()):
            scale = 1e6  # "MNOK 400": 400 million crowns
        whole_number = not (m.group("frac") or m.group("pct") or scale != 1.0)
        if part_of_name(text, m, whole_number, writing.counts_in):
            continue
        whole, value = figure(m)
        value *= scale
        if m.group("pct"):
            found.add("number", f"pct:{value:g}", m.start(), m.end(), "percent")
            continue
        # a year is written without a separator: "2 000 people", "1,900 people" are counts,
        # as are "rund 2000 Demonstranten", "some 2000 protesters" (counted_years)
        if (
            whole_number
            and m.group("int") == whole
            and len(whole) == 4
            and 1800 <= value <= 2100
            and not counts_not_year(text, m.start(), m.end(), writing.counts_in)
        ):
            found.add("year", f"year:{int(value)}", m.start(), m.end())
            found.taken.extend(_season_end(text, m.end(), int(value)))
            _last_year(found, m.end(), int(value))
            continue
        start, unit_word = money(
            text, m.start(), m.end(), stem_word, scale != 1.0, writing.counts_in
        )
        if unit_word not in CURRENCIES:
            # a unit of measure counts one thing however spelt ("12 metres", "14 meters",
            # "80km", "a 3.5-metre surge"), after a magnitude too ("3 mil hectares", "1.2
            # million acres")
            unit_word = unit_word_after(text, m.end()) or unit_word
            value *= prefix_after(text, m.end())  # "21.9GW": 21,900 megawatts
            if glued_metres(text, m.start(), m.end()):
                unit_word = METRE  # "the 20m fishing boat"
            if verb_ha(text, m.end(), writing.counts_in):
                unit_word = ""  # "la scossa di 6 ha colpito": the verb, no hectares
        currency = ""
        if counts_nothing(text, m.start(), m.end(), whole):
            # an end with no sign is told in the currency named after it or the first end's
            if start == m.start():
                currency = unit_word if unit_word in CURRENCIES else range_currency(text, start)
                # "between 4,000 and 4,500 euros": the first end's is the one after
                currency = currency or later_currency(text, m.start(), m.end())
            unit_word = ""  # "a 9-14 record", "10-15 people": a score or range counts nothing
            of_whole = whole_after(text, m.start(), m.end()) if scale == 1.0 else None
            if of_whole is not None:
                # "won 87 of the 150 seats" counts seats, as its whole would
                unit_word = money(text, *of_whole, stem_word, False, writing.counts_in)[1]
        if scale == 1.0 and told_magnitude(text, m.start(), m.end()):
            unit_word = MAGNITUDE  # "a magnitude 6.8 earthquake", "a 6.8-magnitude quake"
        elif not unit_word and scale == 1.0 and told_level(text, m.start(), m.end()):
            unit_word = LEVEL  # "to close at 38,412.50", "lost 2.8% to 5,104.33"
        signed = signed_start(text, m.start(), m.end()) if scale == 1.0 else None
        if signed is not None:
            start, value = signed, -value  # "-14C", "minus 14 degrees": below zero
        key = level_key(value) if unit_word == LEVEL else count_key(value)
        found.add("number", key, start, m.end(), unit_word, currency)


def count_key(value: float) -> str:
    """The key of a figure of ``value`` written in digits: six significant digits, as
    every figure's key has ("num:1.2e+06" for "1.2 million" and "1,200,000"), unless that
    loses a digit told: an exact count keeps them all ("1,204,331" and "1,204,339" votes
    are two tallies, "num:1204331" and "num:1204339", not one "num:1.20433e+06"). A
    product's rounding error ("1.1" times a million) is no digit told."""
    short = f"{value:g}"
    if abs(float(short) - value) <= 1e-9 * abs(value):
        return f"num:{short}"
    return f"num:{value:.12g}"


def _figures(
    rx: LazyPattern, text: str, free: Callable[[int, int], bool]
) -> Iterator[re.Match[str]]:
    """The figures ``rx`` reads in ``text``; a figure grouped by spaces that overlaps a
    date or a time read before (``free`` says it does not) is read again from its second
    group: "June 12 300 people" and "at 5:30 100 officers" tell 300 and 100 people."""
    at = 0
    while (m := rx.search(text, at)) is not None:
        space = _SPACE.search(m.group("int"))
        if space is not None and not free(m.start(), m.end()):
            at = m.start("int") + space.end()
            continue
        yield m
        at = m.end()


_SPACE = re.compile(r"\s")
# the second year of a season or a fiscal year, told by its last two digits
_SEASON_END = re.compile(r"[-–/](\d\d)(?!\d)")


def _season_end(text: str, end: int, year: int) -> list[tuple[int, int]]:
    """Where the year after ``year`` is told right after it, ending at ``end`` ("2027-28",
    "the 2008/09 season": one span of years, not the year 2027 and a count of 28)."""
    found = _SEASON_END.match(text, end)
    if found is None or int(found.group(1)) != (year + 1) % 100:
        return []
    return [(end, found.end())]


def _last_year(found: FoundMentions, end: int, year: int) -> None:
    """Adds to ``found`` the last year of a span of years told by its last two digits
    right after ``year``, ending at ``end``: "the 2022-24 models" are those of 2022 to
    2024, not of 2022 and 24 of something (a season, "2027-28", is one span:
    :func:`_season_end`)."""
    told = _SEASON_END.match(found.text, end)
    if told is None or not found.free(told.start(1), told.end(1)):
        return
    last = year - year % 100 + int(told.group(1))
    if last > year + 1:
        found.add("year", f"year:{last}", told.start(1), told.end(1))
