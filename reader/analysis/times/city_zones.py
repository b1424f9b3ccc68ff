"""Zones told by a place's name after a clock time, as papers write them for readers
abroad: "1.30pm New York time" is Eastern time (EST or EDT by the article's date), "6.30pm
London time" and "UK time" British time (GMT or BST), "Paris time" Central European time,
"Tokyo time" Japan's. Each stands for the zone of reader.analysis.times.time_zones it
names; a place's name not listed here ("Kyiv time") is a zone of no known offset, compared
only with itself."""

from __future__ import annotations

# each place's time as the zone it names (a name time_zones reads); lower-case
CITY_ZONES: dict[str, str] = {
    "new york time": "eastern time",
    "washington time": "eastern time",
    "chicago time": "central time",
    "denver time": "mountain time",
    "los angeles time": "pacific time",
    "san francisco time": "pacific time",
    "california time": "pacific time",
    "london time": "british time",
    "uk time": "british time",
    "paris time": "central european time",
    "brussels time": "central european time",
    "frankfurt time": "central european time",
    "berlin time": "central european time",
    "moscow time": "msk",
    "tokyo time": "jst",
    "seoul time": "kst",
    "hong kong time": "hkt",
    "beijing time": "hkt",
    "singapore time": "sgt",
}

# the names of more than one word, or of capitals, that a capitalised word before "time"
# does not read (reader.analysis.times.clock_times)
CITY_ZONE_WORDS = "|".join(
    r"\s+".join(w.upper() if w == "uk" else w.title() for w in place.split()) + r"\s+time"
    for place in (name.removesuffix(" time") for name in CITY_ZONES)
    if " " in place or place == "uk"
)


def zone_named(zone: str) -> str:
    """The zone ``zone`` (lower-case) names: itself unless a place's time."""
    return CITY_ZONES.get(zone, zone)
