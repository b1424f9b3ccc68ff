"""The news agencies a dateline, a byline or a credit may name ("WASHINGTON (AP) —", "By
Jane Doe, Reuters", "Hamburg, 19. Juni 2024 (dpa)"), as each spells itself."""

from __future__ import annotations

import re

from reader.lazy_regex import longest_first

_AGENCY_NAMES = (
    "AP|Associated Press|AFP|Agence France-Presse|Reuters|Yonhap|EPA|Xinhua|KCNA|TASS|"
    "ITAR-TASS|Interfax|RIA Novosti|Kyodo|UPI|dpa|ANSA|Bloomberg|PA|CNA|EFE|ANP|APA|SDA|"
    "Belga|KNA|epd|ATS|Lusa|Europa Press|Adnkronos|TT|NTB|Ritzau"
)
AGENCIES = {name.casefold(): name for name in _AGENCY_NAMES.split("|")}
"""Each agency's name in small letters, with its own spelling."""

SHORT_AGENCIES = "|".join(longest_first(k for k in AGENCIES if k.isalpha() and len(k) <= 4))
"""The agencies of one short word, in small letters, for a regular expression: as German
and Swiss datelines write them ("Hamburg, 19. Juni 2024 (dpa)")."""


def is_agency(name: str) -> bool:
    """``name`` is a news agency's, however cased: "Reuters", "DPA", "associated press"."""
    return name.strip().casefold() in AGENCIES


# an outlet's initials in a dateline's brackets, whatever outlet: "(CW)", "(RFE/RL)"
_INITIALS = re.compile(r"[A-Z]{2,6}(?:[/&][A-Z]{1,6})?")


def is_dateline_outlet(name: str, outlet: str | None = None) -> bool:
    """``name``, in a dateline's brackets after its place ("LUDWIGSHAFEN, Germany (CW)
    —"), is the outlet filing the story: a news agency, any outlet's initials, a short
    word of capitals ("CW", "RFE/RL"), whether or not it is known here, or the page's own
    ``outlet`` spelled out ("(Continental Wire)" on Continental Wire's page)."""
    if is_agency(name) or _INITIALS.fullmatch(name.strip()) is not None:
        return True
    return outlet is not None and _outlet_key(name) == _outlet_key(outlet)


def _outlet_key(name: str) -> str:
    """An outlet's name however cased and spaced, without its "The"."""
    return " ".join(name.casefold().split()).removeprefix("the ")
