"""Credits of the people who worked on a story with its writer, as papers print them
after it: "Mitarbeit: Anna Müller", "Unter Mitarbeit von Tom Schmidt", "Redaktion: Anna
Müller", "Avec la collaboration de Marie Martin", "Collaboration : Marie Martin",
"Colaboración: María López", "Con la colaboración de Carlos Ruiz", "Ha collaborato
Giulia Bianchi", "Hanno collaborato Marco Rossi e Giulia Bianchi", "A cura di Marco
Rossi", "Colaborou Ana Souza", "Colaboração: Ana Souza", "Contributing: Jane Doe, USA
TODAY", "Editing by John Doe" (English forms with "by": reader.ingest.bylines).

The credit's word (a noun, with its colon; a verb or "with the help of" without), then
names only: capitalised words, the small words inside names ("de", "von", "da"), "and",
where they wrote from ("in Kyiv", "à Kiev") and agencies. "Redaktion: Die Bundesregierung
plant ..." and "Ha collaborato con la polizia per anni" say more, and are no credit;
nor is a phrase opened by an indefinite article ("Mitarbeit: Eine Frage der Zeit").
"""

from __future__ import annotations

import re

from reader.ingest.agencies import AGENCIES

__all__ = ["is_collaboration_credit"]

# the nouns a credit names the work with, before a colon
_NOUNS = (
    r"mitarbeit|redaktion|recherche|bearbeitung|übersetzung|"
    r"collaboration|rédaction|édition|traduction|"
    r"colaboración|redacción|edición|traducción|"
    r"collaborazione|redazione|traduzione|"
    r"colaboração|redação|edição|tradução|"
    r"contributing|contributors?|editing|translation"
)
# the words that lead to the names without a colon
_LEADS = (
    r"(?:unter )?mitarbeit von|"
    r"avec la (?:collaboration|participation) d(?:e|['’])|"
    r"con la (?:colaboración|participación) de|"
    r"(?:ha|hanno) collaborato|con la collaborazione di|a cura di|"
    r"colaborou|colaboraram|com (?:a )?colaboração de|"
    r"with (?:the )?(?:help|assistance) (?:of|from)"
)
_CREDIT = re.compile(
    rf"^(?:(?:{_NOUNS})\s*:|(?:{_LEADS})(?=\s|(?<=['’])))\s*(?P<names>\S.*?)\.?$",
    re.IGNORECASE,
)
# the small words among names: particles, "and", where they wrote from
_SMALL = frozenset(
    """
    de del della di da das do dos du la le van von der den ten ter zu y
    und et y e and en in à a em aus from at
    """.split()  # noqa: SIM905
)
# an indefinite article opens a phrase, never a name: "Mitarbeit: Eine Frage der Zeit"
_INDEFINITE = frozenset("ein eine einen einer eines un une una uno um uma an".split())  # noqa: SIM905
_WORD = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*")
_MAX_LINE = 120
_MAX_WORDS = 14


def is_collaboration_credit(line: str) -> bool:
    """``line`` credits the people who worked on the story with its writer, and names
    them only: "Mitarbeit: Anna Müller", "Ha collaborato Giulia Bianchi", "Colaborou Ana
    Souza, em Brasília"."""
    line = line.strip()
    m = _CREDIT.match(line) if len(line) <= _MAX_LINE else None
    if m is None:
        return False
    words = _WORD.findall(m.group("names"))
    names = [w for w in words if w.casefold() not in _SMALL and w.casefold() not in AGENCIES]
    return (
        bool(names)
        and words[0].casefold() not in _INDEFINITE
        and len(words) <= _MAX_WORDS
        and all(w[:1].isupper() for w in names)
        and not re.search(r"[!?;]", m.group("names"))
    )
