"""Names of institutions with a small word inside: "Corpo de Bombeiros", "Cuerpo Nacional
de Policía", "Sapeurs-Pompiers de Paris", "Vigili del Fuoco", "Banca d'Italia",
"Ministère de l'Intérieur".

The sentence rules read a run of capitalised words, so such a name came out as two
("Corpo" and "Bombeiros"), keyed apart though a reader sees one. A run whose first word
(after an article opening it) is a noun that names an institution (:data:`HEADS`: a
corps, firemen, a guard, a ministry, a court, a bank, a council, a police, an agency)
and the run after it that only a particle parts from it (de, del, di, du, des, do, da,
della, von; with an article: "de la", "von der"; elided: "d'", "de l'", "dell'") are one
name. They are joined once: the institution with what it is of ("Vigili del Fuoco"), not
the place it serves too ("... di Genova"), so that "Vigili del Fuoco di Genova" and
"Vigili del Fuoco" keep one key in common. A person's name with a particle ("Ursula von
der Leyen") stays split in the features and is put together for the reader
(reader.analysis.joined_names.whole_names).

What the institution is of is still a name of its own when the pair names it alone
(:func:`place_after`): "le tribunal de Paris" (its head in small letters, so "Paris"
alone) and "le Tribunal de Paris" share "Paris" (reader.analysis.cased_names).
"""

from __future__ import annotations

import re

from reader.analysis.article_names import ARTICLES

# nouns heading an institution's name in French, Spanish, Italian, Portuguese, German,
# which the reports write capitalised; not a government nor a state ("del Gobierno", "de
# l'État": reader.analysis.offices), nor what the reports often write in small letters
# before a place ("la mairie de Paris", "le parquet de Paris"), whose place the two would
# then no longer share as a name
HEADS = frozenset(
    """
    corps corpo cuerpo garde guardia guarda pompiers bomberos bombeiros vigili
    gendarmerie policía polícia polizia
    ministère ministerio ministero ministério ministerium tribunal tribunale cour corte
    banque banco banca conseil consejo consiglio conselho
    agence agencia agenzia agência commission comisión commissione comissão
    institut instituto istituto servicio servizio serviço unidad unità unidade
    protección protezione proteção secrétariat secretaría
    """.split()  # noqa: SIM905
)
_ARTICLES = frozenset().union(*ARTICLES.values())
# what parts the institution from what it is of: " de ", " del ", " de la ", " d'"
_PARTICLE = re.compile(
    r" (?:(?:de|von) (?:la|las|los|der|den) |(?:de|del|di|du|des|do|da|dos|das|della|dello"
    r"|delle|dei|degli|von) |(?:d|de l|dell)['\u2019])"
)


def institution_particle(words: list[tuple[int, str]], between: str) -> bool:
    """True when the run of capitalised ``words`` heads an institution's name and
    ``between`` (the text up to the next run) is a particle that goes on with it: "Corpo"
    and " de " of "Corpo de Bombeiros"."""
    plain = [w.lower() for _, w in words]
    if len(plain) > 1 and plain[0] in _ARTICLES:
        plain = plain[1:]  # "El Cuerpo Nacional" opening a sentence
    return plain[0] in HEADS and _PARTICLE.fullmatch(between) is not None


def place_after(surface: str) -> int | None:
    """Where, in the ``surface`` of a name, the run after an institution's particle
    starts ("Paris" of "Tribunal de Paris"); None when the name is no institution joined
    with what it is of."""
    for m in _PARTICLE.finditer(surface):
        words = [(k.start(), k.group()) for k in re.finditer(r"\S+", surface[: m.start()])]
        if words and institution_particle(words, m.group()):
            return m.end()
    return None
