"""Whether a common English first name is a woman's or a man's, for a "he said" or "she
said" after two people: in "The move comes as a surprise to Reunion Pictures' Matthew
O'Connor, who coproduced Reid last year. / "Tara was 100 percent professional," he told
E! News." a reader knows "he" is not Tara Reid.

A first name only rules a person out, never in: "he" may be any man. The lists hold
given names that are nearly always one sex's in English-language news; a name that both
carry often (Jordan, Kim, Alex, Leslie, Jamie, Jan, Andrea, Jean) is in neither, and so
is any name not listed: neither decides anything. The lists are reader.ingest.given_names
(ingestion reads a byline's writers by them too).
"""

from __future__ import annotations

from reader.analysis.words.letters import unaccented
from reader.ingest.given_names import FEMALE, MALE, slavic_sex


def pronoun_of(first: str) -> str | None:
    """ "she" for a woman's first name, "he" for a man's (one of the lists', accents aside,
    or a Czech or Polish one's ending); None for a name both carry or none of them tells."""
    word = first.lower()
    if word not in FEMALE and word not in MALE:
        word = unaccented(word)  # "Zoë", "Hélène", "José": listed plain
    if word in FEMALE and word not in MALE:
        return "she"
    if word in MALE and word not in FEMALE:
        return "he"
    if word in FEMALE or word in MALE:
        return None
    return {"female": "she", "male": "he"}.get(slavic_sex(first) or "")
