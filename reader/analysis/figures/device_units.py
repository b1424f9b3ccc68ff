"""The units a device's specifications are told in, as tech news writes them: storage
("256GB", "1TB", "512 gigabytes"), a battery's charge ("5,000mAh"), a screen's refresh
rate or a chip's clock ("120Hz", "3.2GHz", "120 times a second") and a camera's
resolution ("48MP", "48 megapixels"). Each is a unit of
:mod:`reader.analysis.figures.written_units`, so that "5,000mAh" counts milliamp-hours
and stands against "4,800mAh", and "1TB" is 1,000 of the gigabytes "1,000GB" counts. The
symbols are read in their own case only ("GB", not "gb"; "mAh"), and "MP" glued to its
figure only ("48MP", not "48 MPs"). "GB" before a noun a team's tally counts is Great
Britain, not gigabytes: "won 5 GB medals", "5 GB golds" count medals, as "Team GB won 5
medals" does; "5 GB of data", "the 512GB model", "256 GB storage" stay bytes."""

from __future__ import annotations

# each as reader.analysis.figures.written_units.WrittenUnit takes it: how it is written,
# its dimension, size, offset, the word its figures count, its metric prefix and its name
# what Great Britain's team is counted in: "5 GB medals", "3 GB gold medals", "12 GB athletes"
_BRITAIN_COUNTS = (
    r"(?!\s+(?:(?:gold|silver|bronze|olympic|paralympic)\s+)?(?:medals?|golds?|silvers?|bronzes?"
    r"|athletes?|competitors?|olympians?|paralympians?|swimmers?|cyclists?|rowers?|riders?"
    r"|boxers?|sprinters?|runners?|medallists?|medalists?|finalists?|podiums?|titles?)\b)"
)
DEVICE_UNITS: tuple[tuple[str, str, float, float, str, float, str], ...] = (
    (r"terabytes?|(?-i:TB)", "storage", 1.0, 0.0, "byte", 1e12, "TB"),
    (rf"gigabytes?|(?-i:GB){_BRITAIN_COUNTS}", "storage", 1.0, 0.0, "byte", 1e9, "GB"),
    (r"milliamp[\s-]hours?|(?-i:mAh)", "charge", 1.0, 0.0, "milliamp-hour", 1.0, "mAh"),
    (r"gigahertz|(?-i:GHz)", "frequency", 1.0, 0.0, "hertz", 1e9, "GHz"),
    (r"megahertz|(?-i:MHz)", "frequency", 1.0, 0.0, "hertz", 1e6, "MHz"),
    (r"hertz|(?-i:Hz)", "frequency", 1.0, 0.0, "hertz", 1.0, "Hz"),
    # a rate told in words, a hertz's own: "refreshes 120 times a second" is 120Hz, as
    # German's "120-mal pro Sekunde", French's "120 fois par seconde", Spanish's "120 veces
    # por segundo", Italian's "120 volte al secondo" and Dutch's "120 keer per seconde" are
    # (not "three times a week", "zweimal am Tag", which stay counts of times)
    (
        r"times (?:a|per) second|mal (?:pro|in der|je) sekunde|fois par seconde"
        r"|veces (?:por|al|cada) segundo|volte (?:al|per|ogni) secondo|keer per seconde",
        "frequency",
        1.0,
        0.0,
        "hertz",
        1.0,
        "Hz",
    ),
    (r"megapixels?|(?<=\d)(?-i:MP)", "resolution", 1.0, 0.0, "megapixel", 1.0, "MP"),
)

# the same symbols glued to a figure, in lower case: a figure they follow is a measure,
# not part of a name as "the 76ers" is (reader.analysis.figures.figure_names)
GLUED_SYMBOLS = frozenset({"tb", "gb", "mah", "ghz", "mhz", "hz", "mp"})
