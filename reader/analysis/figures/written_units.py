"""The units of measure a figure may be written with, as news writes them, each with its
dimension, its size and the one word it is counted by however spelt: "12 metres" and "14
meters", "12 feet" and "14 ft", "80km" and "80 kilometres", "130 miles per hour" and
"150 mph", "18 meter per sekund" and "18 m/s", "35 Nm" and "35 newton-metres", "30
degrees Celsius", "34°C" and "30C" count one unit, as do German's "7,60 Meter" and its
dative plural "von 7,20 Metern"; "2.8 tonnes" is 2,800 kg. Kept to a handful of common
news units; a word that may mean another thing ("m" for million, "tons" short or long,
"degrees" alone) is none."""

from __future__ import annotations

import re
from typing import NamedTuple

from reader.analysis.figures.device_units import DEVICE_UNITS


class WrittenUnit(NamedTuple):
    """A unit: how it is written (lower case, a regex), its dimension, its size in the
    dimension's base unit and (temperatures) its offset (base = value * size + offset),
    and the word a figure of it counts, whatever the spelling; ``prefix``: the multiple of
    that word a figure of a unit with a metric prefix is read in, as a magnitude is
    ("2.3 gigawatts" and "2,300 MW" are one figure of watts: :func:`prefix_after`);
    ``name``: how a value converted into it is written ("miles", "km/h", "°C"), in the
    plural (reader.analysis.figures.converted_values)."""

    written: str
    dimension: str
    size: float
    offset: float
    word: str
    prefix: float = 1.0
    name: str = ""


UNITS: tuple[WrittenUnit, ...] = (
    WrittenUnit(r"mph|miles (?:per|an) hour", "speed", 1.609344, 0.0, "mph", name="mph"),
    WrittenUnit(
        r"km/h|kmh|kph|km (?:per|an) hour|kilomet(?:re|er)s? (?:per|an) hour",
        "speed",
        1.0,
        0.0,
        "km/h",
        name="km/h",
    ),
    WrittenUnit(r"knots", "speed", 1.852, 0.0, "knot", name="knots"),
    # metres a second, as wind is told ("18 m/s", "18 meter per sekund", "18 Meter pro
    # Sekunde"): before the metre, a length
    WrittenUnit(
        r"m/s|m/sek|met(?:re|er)s? (?:per|a) second|meter (?:per|i) sek(?:und|unden)"
        r"|meter pro sekunde|meter per seconde|mètres? (?:par|à la) seconde",
        "speed",
        3.6,
        0.0,
        "m/s",
        name="m/s",
    ),
    WrittenUnit(
        r"square miles?|sq\.? miles?", "area", 258.9988, 0.0, "square mile", name="square miles"
    ),
    WrittenUnit(
        r"square kilomet(?:re|er)s?|sq\.? km|km2|km²", "area", 100.0, 0.0, "square km", name="km²"
    ),
    WrittenUnit(r"acres?", "area", 0.4046856, 0.0, "acr", name="acres"),
    WrittenUnit(r"hectares?|ha", "area", 1.0, 0.0, "hectar", name="hectares"),
    # a distance at sea is counted in miles as one on land is ("13 nautical miles" and
    # "some 13 miles": reader.analysis.figures.count_terms.measured_from)
    WrittenUnit(r"nautical miles?|nmi", "length", 1852.0, 0.0, "mile", name="nautical miles"),
    WrittenUnit(r"miles?", "length", 1609.344, 0.0, "mile", name="miles"),
    WrittenUnit(r"km|kilomet(?:res?|ers?|ern)", "length", 1000.0, 0.0, "km", name="km"),
    WrittenUnit(r"feet|foot|ft", "length", 0.3048, 0.0, "feet", name="feet"),
    WrittenUnit(r"yards?", "length", 0.9144, 0.0, "yard", name="yards"),
    # "6.7in" glued only ("6.7 in the US" is no length)
    WrittenUnit(r"inch(?:es)?|(?<=\d)in", "length", 0.0254, 0.0, "inch", name="inches"),
    WrittenUnit(r"metres?|meters?|metern", "length", 1.0, 0.0, "metr", name="metres"),
    WrittenUnit(r"cm|[cz]entimet(?:res?|ers?|ern)", "length", 0.01, 0.0, "cm", name="cm"),
    WrittenUnit(r"mm|millimet(?:res?|ers?|ern)", "length", 0.001, 0.0, "mm", name="mm"),
    WrittenUnit(
        r"(?:°|º|degrees? )?fahrenheit|°\s?f|(?<=\d)f",
        "temperature",
        5 / 9,
        -160 / 9,
        "fahrenheit",
        name="°F",
    ),
    WrittenUnit(
        r"(?:°|º|degrees? )?(?:celsius|centigrade)|°\s?c|(?<=\d)c",
        "temperature",
        1.0,
        0.0,
        "celsius",
        name="°C",
    ),
    # a torque: "35 Nm", "35 newton-metres", "26 lb-ft" (before the pound, a mass; "nm"
    # in lower case may be a nanometre)
    WrittenUnit(
        r"newton[\s-]?met(?:re|er)s?|(?-i:Nm|N·m|N-m)", "torque", 1.0, 0.0, "newton-metr", name="Nm"
    ),
    WrittenUnit(
        r"pound[\s-](?:feet|foot)|lbs?[\s.-]?ft|foot[\s-]pounds?|ft[\s.-]?lbs?",
        "torque",
        1.3558179483314004,
        0.0,
        "pound-feet",
        name="lb-ft",
    ),
    WrittenUnit(r"pounds?|lbs?", "mass", 0.45359237, 0.0, "pound", name="pounds"),
    WrittenUnit(r"kg|kilos|kilograms?", "mass", 1.0, 0.0, "kg", name="kg"),
    # the metric ton ("2.8 tonnes", "2.8 metric tons"; "tons" alone may be short or long)
    WrittenUnit(r"tonnes?|metric tons?", "mass", 1000.0, 0.0, "tonne", name="tonnes"),
    # a phone's weight: "7 ounces", "7oz" (and "200 grams" below)
    WrittenUnit(r"ounces?|oz", "mass", 0.028349523125, 0.0, "ounc", name="ounces"),
    # a dose: "50 micrograms", "50mcg", "500mg", "2 grams"
    WrittenUnit(r"micrograms?|mcg|µg|μg", "mass", 1e-9, 0.0, "mcg", name="mcg"),
    WrittenUnit(r"milligrams?|mg", "mass", 1e-6, 0.0, "mg", name="mg"),
    WrittenUnit(r"grams?|grammes?", "mass", 1e-3, 0.0, "gram", name="grams"),
    WrittenUnit(r"gallons?", "volume", 3.785411784, 0.0, "gallon", name="gallons"),
    WrittenUnit(r"litres?|liters?|litern", "volume", 1.0, 0.0, "litr", name="litres"),
    # one unit by two names: "940 millibars" is "940 hPa"
    WrittenUnit(r"millibars?|mb", "pressure", 1.0, 0.0, "millibar", name="millibars"),
    WrittenUnit(r"hpa|hectopascals?", "pressure", 1.0, 0.0, "hpa", name="hPa"),
    # a move of a rate: "25 basis points" is "0.25 percentage points", counted as points
    # told alone are ("by 4.6 points", "by 4.6 percentage points")
    WrittenUnit(
        r"basis[\s-]points?|bps|bp", "rate move", 0.01, 0.0, "basis point", name="basis points"
    ),
    WrittenUnit(
        r"percentage[\s-]points?", "rate move", 1.0, 0.0, "point", name="percentage points"
    ),
    # electric energy, power and voltage, a figure read in watt-hours, watts or volts
    # whatever its prefix ("21.9GW" is 21,900 megawatts; energy before power, whose
    # "megawatt" opens "megawatt-hours"); the symbols in their own case ("Mw" is a quake's
    # moment magnitude, "mw" nothing)
    WrittenUnit(r"terawatt[\s-]hours?|(?-i:TWh)", "energy", 1.0, 0.0, "watt-hour", 1e12, "TWh"),
    WrittenUnit(r"gigawatt[\s-]hours?|(?-i:GWh)", "energy", 1.0, 0.0, "watt-hour", 1e9, "GWh"),
    WrittenUnit(r"megawatt[\s-]hours?|(?-i:MWh)", "energy", 1.0, 0.0, "watt-hour", 1e6, "MWh"),
    WrittenUnit(r"kilowatt[\s-]hours?|(?-i:kWh|KWh)", "energy", 1.0, 0.0, "watt-hour", 1e3, "kWh"),
    WrittenUnit(r"gigawatts?|(?-i:GW)", "power", 1.0, 0.0, "watt", 1e9, "GW"),
    WrittenUnit(r"megawatts?|(?-i:MW)", "power", 1.0, 0.0, "watt", 1e6, "MW"),
    WrittenUnit(r"kilowatts?|(?-i:kW|KW)", "power", 1.0, 0.0, "watt", 1e3, "kW"),
    WrittenUnit(r"watts?", "power", 1.0, 0.0, "watt", name="watts"),
    WrittenUnit(r"kilovolts?|(?-i:kV|KV)", "voltage", 1.0, 0.0, "volt", 1e3, "kV"),
    WrittenUnit(r"volts?", "voltage", 1.0, 0.0, "volt", name="volts"),
    *(WrittenUnit(*unit) for unit in DEVICE_UNITS),
)
# a unit right after a figure, glued, spaced or hyphened ("500mm", "12 feet", "3.7-metre")
UNIT = re.compile(
    r"(?:-|\s?)(?:"
    + "|".join(f"(?P<u{i}>{unit.written})" for i, unit in enumerate(UNITS))
    + r")(?![\w/])",
    re.IGNORECASE,
)
# the words figures of a unit count, but points: a figure hyphened to points counts them
# as a margin ("a 4.6-percentage-point lead": reader.analysis.figures.hyphened_points),
# sizing no noun
UNIT_WORDS = frozenset(unit.word for unit in UNITS) - {"point"}


def unit_at(text: str, end: int) -> int | None:
    """The index in UNITS of the unit written right after a figure ending at ``end`` of
    ``text``, None when no known one is."""
    found = UNIT.match(text, end)
    if found is None or found.lastgroup is None:
        return None
    return int(found.lastgroup[1:])


def unit_word_after(text: str, end: int) -> str:
    """The word a figure ending at ``end`` of ``text`` counts when a unit follows it,
    however spelt ("metr" of "12 meters" as of "12 metres", "km" of "80km"); '' else."""
    unit = unit_at(text, end)
    return "" if unit is None else UNITS[unit].word


def prefix_after(text: str, end: int) -> float:
    """The multiple of its unit's word a figure ending at ``end`` of ``text`` is told in,
    by the metric prefix of the unit written right after it (1e9 of "21.9GW", 1e6 of
    "2,300 megawatts"), 1.0 when none is."""
    unit = unit_at(text, end)
    return 1.0 if unit is None else UNITS[unit].prefix


def past_unit(text: str, end: int) -> int:
    """Where the unit written right after a figure ending at ``end`` of ``text`` ends
    ("130 miles per hour": past "hour"), ``end`` when no known unit follows."""
    found = UNIT.match(text, end)
    return end if found is None else found.end()
