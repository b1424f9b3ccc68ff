"""The news agencies a dateline, a byline or a credit may name ("WASHINGTON (AP) —", "By
Jane Doe, Reuters", "Hamburg, 19. Juni 2024 (dpa)"), as each spells itself."""

from __future__ import annotations

_AGENCY_NAMES = (
    "AP|Associated Press|AFP|Agence France-Presse|Reuters|Yonhap|EPA|Xinhua|KCNA|TASS|"
    "ITAR-TASS|Interfax|RIA Novosti|Kyodo|UPI|dpa|ANSA|Bloomberg|PA|CNA|EFE|ANP|APA|SDA|"
    "Belga|KNA|epd|ATS|Lusa|Europa Press|Adnkronos"
)
AGENCIES = {name.casefold(): name for name in _AGENCY_NAMES.split("|")}
"""Each agency's name in small letters, with its own spelling."""

SHORT_AGENCIES = "|".join(
    sorted((k for k in AGENCIES if k.isalpha() and len(k) <= 4), key=len, reverse=True)
)
"""The agencies of one short word, in small letters, for a regular expression: as German
and Swiss datelines write them ("Hamburg, 19. Juni 2024 (dpa)")."""


def is_agency(name: str) -> bool:
    """``name`` is a news agency's, however cased: "Reuters", "DPA", "associated press"."""
    return name.strip().casefold() in AGENCIES
