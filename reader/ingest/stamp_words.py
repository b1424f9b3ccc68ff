"""The words a site stamps an article's date with, in the languages Crossread reads
dates in: "Published", "Publié le", "Veröffentlicht am", "Publicado el"; and those of an
update, "Updated", "Mis à jour le", "Aktualisiert am", "Stand:". One list for the lines
shown dimmed (reader.ingest.boilerplate), the article's date (reader.ingest.metadata),
which prefers the publication to an update, and the order of its numeric dates
(reader.ingest.date_order: "Publié le 05/06/2024" is the 5th of June).
"""

from __future__ import annotations

__all__ = ["OTHER_LABELS", "PUBLISHED", "STAMP_FILLERS", "UPDATED"]

# a first publication's label too, the word for "first" before or after the label: "Publié
# initialement le", "Première publication le", "Zuerst veröffentlicht am",
# "Erstveröffentlichung:", "Publicado originalmente em", "Pubblicato per la prima volta il"
_OTHER_PUBLISHED = (
    r"publi[ée]e?(?:\s+(?:initialement|originellement|pour\s+la\s+premi[èe]re\s+fois))?"
    r"|premi[èe]re\s+publication"
    r"|(?:(?:zuerst|erstmals|ursprünglich)\s+)?(?:ver[öo]ffentlicht|erschienen)"
    r"|erstver[öo]ffentlich(?:t|ung)"
    r"|publicad[oa](?:\s+(?:originalmente|inicialmente|por\s+primera\s+vez|pela\s+primeira\s+vez))?"
    r"|primera\s+publicaci[óo]n|primeira\s+publica[çc][ãa]o"
    r"|pubblicat[oa](?:\s+(?:originariamente|inizialmente|per\s+la\s+prima\s+volta))?"
    r"|prima\s+pubblicazione|gepubliceerd"
    # Korean: "입력 2024.06.19 15:30", "등록 :2024-06-19", "송고시간 2024-06-19"
    r"|입력|등록|송고(?:시간)?|기사입력"
)
_OTHER_UPDATED = (
    r"mis\s+[àa]\s+jour|modifi[ée]e?|(?:zuletzt\s+)?aktualisiert|stand|actualizad[oa]"
    r"|atualizad[oa]|aggiornat[oa]|bijgewerkt|수정|업데이트"
)

PUBLISHED = rf"(?:(?:originally|first|initially)\s+)?(?:posted|published)|{_OTHER_PUBLISHED}"
"""A publication's label, for a regular expression (English, French, German, Spanish,
Portuguese, Italian, Dutch, Korean)."""

UPDATED = rf"(?:last\s+)?(?:updated|modified|edited|revised)|{_OTHER_UPDATED}"
"""An update's label, for a regular expression, as :data:`PUBLISHED`."""

OTHER_LABELS = rf"{_OTHER_PUBLISHED}|{_OTHER_UPDATED}"
"""The labels of the languages other than English, which write the day first."""

STAMP_FILLERS = (
    r"le|à|a|am|um|uhr|el|a\s+las|las|il|alle|ore|em|às|op|om|du|de|del|den|at|on|the|of"
)
"""The small words between a stamp's label, its date and its time ("Publié le 19 juin
2024 à 14h30", "Veröffentlicht am 19.06.2024 um 14:30 Uhr", "Publicado el 19 jun 2024 a
las 14:30", "Aggiornato il 19 giugno 2024 alle ore 14:30")."""
