"""What a figure told in another unit comes to, written into the evidence of its match so a
fact-checker can see the conversion hold: "35 km ≈ 22 miles (converted: 35 km is 21.7
miles)", "30C ≈ 86 degrees Fahrenheit (converted: 30°C is 86.0°F)", "$600 million ≈
£475mn (converted at the rate told, $1 = £0.791: $600 million is £475mn)". A value is
written to three significant figures ("1,610", "21.7", "0.0254"), a temperature to one
decimal, in its unit's readable name (reader.analysis.figures.written_units: "metres",
not the "metr" its figures count nor the "-metre" of "a 3.7-metre surge")."""

from __future__ import annotations

import math
import re

from reader.analysis.figures.written_units import UNITS, WrittenUnit

# what the evidence of a figure matched to the other's in another unit says of it, before
# the value converted: "150 mph ≈ 240km/h (converted: 150 mph is 241 km/h)"
CONVERTED = "converted"


def converted_evidence(a: str, b: str, told: str, how: str = CONVERTED) -> str:
    """The evidence of ``a`` and ``b`` matched as one value in two units, ``told`` what
    ``a`` comes to in ``b``'s ("35 km is 21.7 miles"), ``how`` how it was converted."""
    return f"{a} ≈ {b} ({how}: {told})"


def three(x: float) -> str:
    """``x`` to three significant figures, with thousands separated and no trailing
    zeros ("21.7", "1,610", "0.0254", "241")."""
    if x == 0 or not math.isfinite(x):
        return "0"
    places = 2 - math.floor(math.log10(abs(x)))
    rounded = round(x, places)
    if places <= 0:
        return f"{int(rounded):,}"
    return f"{rounded:,.{places}f}".rstrip("0").rstrip(".")


def in_unit(value: float, unit: int, temperature: bool = False) -> str:
    """``value`` written in unit ``unit`` (an index in UNITS): "21.7 miles", "1 mile",
    "86.0°F" (``temperature``: to one decimal)."""
    written = UNITS[unit]
    shown = _decimal(value) if temperature else three(value)
    return with_name(shown, written)


def with_name(figure: str, unit: WrittenUnit) -> str:
    """``figure`` as written with ``unit``'s readable name: "35 km", "1 foot", "30°C"."""
    if unit.name.startswith("°"):
        return f"{figure}{unit.name}"
    return f"{figure} {_singular(unit.name) if figure == '1' else unit.name}"


def _decimal(x: float) -> str:
    shown = f"{x:,.1f}"
    return "0.0" if shown == "-0.0" else shown


_IRREGULAR = {"feet": "foot", "inches": "inch"}


def _singular(name: str) -> str:
    """``name`` of one unit ("mile" of "miles", "foot" of "feet"); a symbol as it is."""
    if name in _IRREGULAR:
        return _IRREGULAR[name]
    return name[:-1] if name.endswith("s") and "/" not in name else name


# a currency's sign before a sum ("$600 million", "£475mn", "US$2bn")
_SIGN = re.compile(r"^(US\$|[$£€¥])")


def amount(value: float, like: str, currency: str = "") -> str:
    """``value`` written as sum ``like`` writes its currency sign and magnitude, to three
    figures ("£474mn", "$23.6bn"); with no sign, ``currency``'s code after it ("400m
    SEK")."""
    sign = _SIGN.match(like)
    prefix = sign.group(1) if sign is not None else ""
    after = "" if prefix else _code(currency)
    for size, word in ((1e12, "tn"), (1e9, "bn"), (1e6, "m")):
        if value >= size:
            glued = "mn" if word == "m" and like.endswith("mn") else word
            return f"{prefix}{three(value / size)}{glued}{after}"
    return f"{prefix}{three(value)}{after}"


def told_sum(surface: str, currency: str) -> str:
    """Sum ``surface`` as written, with ``currency``'s code after it when it shows no
    currency ("400m SEK" of "400m", its "SEK" outside the figure); as it is else."""
    if _SIGN.match(surface) or currency.lower() in surface.lower():
        return surface
    return surface + _code(currency)


def _code(currency: str) -> str:
    """ " SEK" of "sek"; a currency's word as it is (" kr"); '' of none."""
    if not currency:
        return ""
    return f" {currency.upper() if len(currency) == 3 else currency}"
