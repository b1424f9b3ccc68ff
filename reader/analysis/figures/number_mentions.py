"""The figures of a unit as :class:`~reader.analysis.mention.Mention`: dates, years,
ages, times of day, percentages, counts and sums of money, each with what it counts: a
currency, else the stemmed word after it ("24 years" counts "year"), nothing for a score,
a range or a part of a whole. A figure that is part of a name ("AK-47", "two Boeing 747
jets", "Juror No. 8") is no mention.

Each kind is read by a module of its own, in this order, each where no earlier one has
read (reader.analysis.figures.found_mentions): dates (date_mentions), ages (age_mentions), times
(time_mentions), compound counts ("dreistöckig", "a one-storey house"), figures in digits
(digit_mentions) and counts in words (worded_mentions); what a figure counts is read by
reader.analysis.figures.counted_words.
"""

from __future__ import annotations

from collections.abc import Callable

from reader.analysis.figures.age_mentions import read_ages
from reader.analysis.figures.cjk_counts import joined_magnitudes
from reader.analysis.figures.compound_counts import compound_counts
from reader.analysis.figures.digit_mentions import read_figures
from reader.analysis.figures.elided_units import elided_units
from reader.analysis.figures.found_mentions import FoundMentions
from reader.analysis.figures.model_numbers import read_hyphened_names
from reader.analysis.figures.numbered_names import read_numbered
from reader.analysis.figures.numerals import ENGLISH, Writing
from reader.analysis.figures.one_storey import one_storeys
from reader.analysis.figures.one_thing_nouns import one_thing_nouns
from reader.analysis.figures.phone_numbers import phone_numbers
from reader.analysis.figures.provision_numbers import read_provisions
from reader.analysis.figures.ratio_words import ratios
from reader.analysis.figures.seat_nouns import as_seats
from reader.analysis.figures.worded_mentions import read_worded
from reader.analysis.mention import Mention
from reader.analysis.times.date_mentions import read_dates
from reader.analysis.times.stopwatch_times import read_stopwatch
from reader.analysis.times.time_mentions import read_times
from reader.analysis.units import Unit
from reader.analysis.words.stems import stem
from reader.model import Span


def number_mentions(
    unit: Unit, writing: Writing = ENGLISH, stem_word: Callable[[str], str] = stem
) -> list[Mention]:
    """The figures of ``unit``, read as its document writes them (``writing``), what each
    counts stemmed by ``stem_word`` (the stemmer of its language: "drei Tote" and "vier
    Toten" count one thing)."""
    found = FoundMentions(unit.folded, unit.span.start)
    if found.digits:  # "call 1-800-555-0199": no figures (phone_numbers)
        found.taken.extend(phone_numbers(found.text))
    read_dates(found, day_first=writing.counts_in is not None)
    read_ages(found, writing.counts_in)
    read_stopwatch(found)  # "2:02:41", "2hr 2min 41sec": one length, no clock time
    read_times(found, english=writing.counts_in is None)
    read_provisions(found)  # "Section 4(b)", "H.R. 4821": a law's or a bill's number
    read_numbered(found)  # "the No 9 shirt", "the number 9 shirt": which one
    read_hyphened_names(found)  # "Wi-Fi 7": a standard's name
    # "deux trains sur cinq": a share (reader.analysis.figures.fraction_words), no counts
    found.taken.extend((r.start, r.end) for r in ratios(found.text))
    _read_compounds(found, writing, stem_word)
    read_figures(found, writing, stem_word)
    read_worded(found, writing, stem_word)
    found.out.sort(key=lambda x: x.span.start)
    if writing.counts_in is None:  # "2,500 roles" counts jobs (English nouns only)
        out = one_thing_nouns(found.text, found.base, found.out)
    else:  # "41 Mandate" counts seats ("Sitze")
        out = as_seats(found.out, writing.counts_in, stem_word)
    out = joined_magnitudes(found.text, found.base, out)  # "3万8千人": 38,000 people
    # "die CDU 41 Sitze, die SPD 33": the noun said once counts the list's every figure
    return elided_units(found.text, found.base, out)


def _read_compounds(
    found: FoundMentions, writing: Writing, stem_word: Callable[[str], str]
) -> None:
    """Adds to ``found`` the counts written in one word with what they count: "dreistöckig",
    "driedaagse" (as "three-storey"), "der 22-Jährige" (as "the 22-year-old"), "a
    one-storey house", "de una planta"."""
    text, base = found.text, found.base
    if writing.counts_in is not None:
        for c in compound_counts(text, stem_word, writing.counts_in):
            if found.free(c.start, c.end):
                found.taken.append((c.start, c.end))
                where = Span(base + c.start, base + c.end)
                word = text[c.start : c.end]
                if c.age:
                    found.out.append(Mention("number", f"age:{c.value}", where, word, "age"))
                else:
                    mention = Mention("number", f"num:{c.value}", where, word, c.counted, True)
                    found.out.append(mention)
    for one in one_storeys(text, writing.counts_in):
        if found.free(one.start, one.end):
            found.add("number", "num:1", one.start, one.end, stem_word(one.noun.lower()))
