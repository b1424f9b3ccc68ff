"""A figure that is part of a name, not a count: "AK-47", "F-16", "Juror No. 8", "#3",
"Flight 4417", "Units 3 and 4", "a level 2 alert", "the 76ers", "two Boeing 747 jets", "a
Boeing 737-800", "on Oregon 214", "the FTSE 100" (not "a magnitude-6.8 quake")."""

from __future__ import annotations

import re

from reader.analysis.figures.device_units import GLUED_SYMBOLS
from reader.analysis.figures.elided_units import listed_after_count
from reader.analysis.figures.model_numbers import model_number
from reader.analysis.figures.place_counts import counts_after_place
from reader.analysis.times.countdowns import countdown_at
from reader.analysis.times.half_lengths import length_unit
from reader.analysis.words.lexicon import MONTHS, NUMBER_WORDS, WEEKDAYS

# "AK-" of "AK-47", "six AK " of "six AK 47 rifles": the figure is part of a name (not a
# Hebrew prefix: "ו-2,500" is "and 2,500")
_DESIGNATION_BEFORE = re.compile(
    r"(?:[^\W\d_\u0590-\u05ff]-|(?:\b\d+|\b(?i:" + "|".join(NUMBER_WORDS) + r")) [A-Z]{1,4} )$"
)
# "magnitude-" of "a magnitude-6.8 quake": a quake's magnitude, no name
_MAGNITUDE_BEFORE = re.compile(r"(?i:magnitude)-$")
# a stock index's name before its number: "the FTSE 100", "the S&P 500", "the Nikkei 225",
# "the Russell 2000", "the Stoxx 600": a name, not 100 of anything
_INDEX_BEFORE = re.compile(
    r"\b(?:FTSE(?: AIM)?|S&P(?:/ASX|/TSX)?|Nikkei(?: Stock Average)?|DAX|MDAX|CAC|"
    r"(?:Euro )?(?:STOXX|Stoxx)|Russell|Nifty|ASX|IBEX|Ibex|TOPIX|Topix|Wilshire|KOSPI|Kospi)"
    r" $"
)
# "No. 8", "No 8", "#8", "Flight 4417", "runway 27": a number that tells which one
_NUMBERED = re.compile(r"(?:\bNo\.?|#|\b(?i:flight|runway) )\s?$")
# a noun of things told apart by their numbers, capitalised (or a scale's step in small
# letters), with any numbers listed before: "Unit 3", "Units 3 and 4", "Reactor 4",
# "Terminal 5", "a Category 4 hurricane", "a level 2 alert" (not "3 units", "sold units")
_DESIGNATED = re.compile(
    r"\b(?:(?:Unit|Reactor|Terminal|Platform|Gate|Pier|Berth|Block|Ward|Level|Phase|Stage"
    r"|Category|Tier|Grade)s?|level|phase|stage|category|tier)"
    r" (?:\d{1,3}(?:, | and | or | & ))*$"
)
# a capitalised word after an article, a preposition or a count, right before a whole
# figure: "two Boeing 747 jets", "on Oregon 214" (not "Andre Iguodala 14.9 points")
_NAMED_BEFORE = re.compile(
    r"\b(?P<before>(?i:a|an|the|on|in|at|of|off|from|via|along|\d+|"
    + "|".join(NUMBER_WORDS)
    + r")) (?P<name>[A-Z][a-z]+) $"
)
_NOT_MODEL_NAMES = frozenset(MONTHS) | WEEKDAYS
# a round hundred hyphened to a figure before it: "737-" of "a Boeing 737-800", "A330-" of
# "an Airbus A330-300" (a model's variant, not "102-99", a score)
_VARIANT_OF = re.compile(r"(?<![\d,.])(?P<model>\d{2,4})-$")
_GLUED_LETTER = re.compile(r"[A-Za-z]$")
_GLUED_WORD = re.compile(r"[A-Za-z]+")
# what may follow a figure with no space: an ordinal, a decade, a unit or a magnitude
# (a temperature's "30C", "86F": reader.analysis.figures.unit_conversions; power's
# "750MW", "2.3GW", "500kV"; a phone's "6.7in", "7oz" and its specifications' "256GB",
# "5,000mAh", "120Hz": reader.analysis.figures.device_units)
_GLUED_UNITS = GLUED_SYMBOLS | frozenset(
    """
    st nd rd th s m bn mn k km kg mg mcg mm cm ft lb lbs mph kph kmh am pm c f hpa
    kw mw gw kwh mwh gwh twh kv in oz
    """.split()  # noqa: SIM905
)

# "a 737 landed", "a 747 carrying 400 people": one thing told by its model's number, which a
# verb follows (a count after "a" tells a size: "a 30 minute drive", "a 12-foot wave")
_ARTICLE_BEFORE = re.compile(r"\b[Aa]n? $")
_VERB_AFTER = re.compile(r" [a-z]{2,}(?:ed|ing)\b")


def part_of_name(text: str, m: re.Match[str], whole_number: bool, language: str | None) -> bool:
    """The figure ``m`` of ``text`` is part of a name; a ``whole_number`` (no fraction,
    percent or magnitude) after a capitalised word is, unless it counts what follows a
    place (reader.analysis.figures.place_counts, in the article's ``language``)."""
    if _DESIGNATION_BEFORE.search(text, max(0, m.start() - 20), m.start()) and not (
        _MAGNITUDE_BEFORE.search(text, max(0, m.start() - 10), m.start())
        or countdown_at(text, m.start(), m.end())
    ):
        return True  # "AK-47", "F-16": part of a name ("magnitude-6.8", "T-10 minutes" no)
    if _NUMBERED.search(text, max(0, m.start() - 10), m.start()):
        return True  # "Juror No. 8", "No. 12", "#3": which one, not how many
    if whole_number and _DESIGNATED.search(text, max(0, m.start() - 30), m.start()):
        return True  # "Redcliff Units 3 and 4", "a level 2 alert": which ones
    if whole_number and _INDEX_BEFORE.search(text, max(0, m.start() - 24), m.start()):
        return True  # "the FTSE 100", "the S&P 500": a stock index, not a count
    glued = _GLUED_WORD.match(text, m.end())
    if glued is not None and glued.group().lower() not in _GLUED_UNITS:
        return True  # "the 76ers", "the 49ers": a name, not a figure
    if whole_number and model_number(text, m):
        return True  # "last year's Nova 8 Pro", "Wi-Fi 7": a product's number
    if whole_number and _variant(text, m):
        return True  # "a Boeing 737-800": the model's variant, not 800 of anything
    if (
        whole_number
        and _ARTICLE_BEFORE.search(text, max(0, m.start() - 4), m.start())
        and _VERB_AFTER.match(text, m.end())
    ):
        return True  # "A 737 landed", "a 747 carrying 400 people": a model, not a count
    named = _NAMED_BEFORE.search(text, max(0, m.start() - 30), m.start())
    # "two Boeing 747 jets", "Oregon 214": a model or a road, not a count
    return (
        named is not None
        and whole_number
        and named.group("name").lower() not in _NOT_MODEL_NAMES
        # "binnen 24 Stunden 118 Liter": a German noun of time, capitalised as German
        # nouns are, then a count (in English "Year 11" is a name)
        and not (language == "German" and length_unit(named.group("name").lower(), language))
        and not counts_after_place(
            named.group("before"), named.group("name"), text, m.end(), language
        )
        # "312 seats, the Conservatives 121 and ...": a list's item (elided_units)
        and not listed_after_count(text, m.start(), m.end())
    )


def _variant(text: str, m: re.Match[str]) -> bool:
    """The figure ``m`` of ``text`` is a round hundred hyphened to a model's number, itself
    after a capitalised name or glued to a letter: "a Boeing 737-800", "an Airbus
    A330-300"."""
    if not (len(m.group()) == 3 and m.group().endswith("00")):
        return False
    model = _VARIANT_OF.search(text, max(0, m.start() - 6), m.start())
    if model is None:
        return False
    at = model.start("model")
    if _GLUED_LETTER.search(text, max(0, at - 1), at):
        return True  # "A330-300"
    named = _NAMED_BEFORE.search(text, max(0, at - 30), at)
    return named is not None and named.group("name").lower() not in _NOT_MODEL_NAMES
