"""Units written in capitals after a figure, which are no names: "2,000 IU of vitamin D a
day", "600 to 800 IU", "a 500 MW plant", "3 GW", "1.2 TWh", "16 GB of memory", "5 GHz".
Read as names, "IU" was an entity both sides of a study pair shared (twice) and the name
before a figure, taken for whose figure it was (a follow-up of "7.4 years" was the IU's,
another article's "six years" Caldermoor University's, so never compared)."""

from __future__ import annotations

from reader.lazy_regex import LazyPattern

_UNITS = frozenset(
    """
    IU IUs MW GW KW kW TW MWh GWh TWh kWh KWh MB GB TB KB Mbps Gbps MHz GHz kHz dB PPM ppm
    """.split()  # noqa: SIM905
)
# a figure right before: "2,000 IU", "600 to 800 IU", "4.5GW"
_FIGURE_BEFORE = LazyPattern(r"\d[\d,.]*\s?$")


def figure_unit(text: str, start: int, word: str) -> bool:
    """True when ``word``, a name's only word at ``start`` of ``text``, is a unit written
    in capitals right after a figure ("2,000 IU", "a 500 MW plant")."""
    return word in _UNITS and _FIGURE_BEFORE.search(text, max(0, start - 20), start) is not None
