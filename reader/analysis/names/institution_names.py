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
(reader.analysis.names.joined_names.whole_names).

What the institution is of is still a name of its own when the pair names it alone
(:func:`place_after`): "le tribunal de Paris" (its head in small letters, so "Paris"
alone) and "le Tribunal de Paris" share "Paris" (reader.analysis.names.cased_names).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from reader.analysis.words.article_names import ARTICLES
from reader.ingest.given_names import is_given_name
from reader.ingest.place_words import PLACE_OPENERS
from reader.ingest.regions import is_region

# nouns heading an institution's name in French, Spanish, Italian, Portuguese, German,
# which the reports write capitalised; not a government nor a state ("del Gobierno", "de
# l'État": reader.analysis.names.offices), nor what the reports often write in small letters
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


# English nouns heading an institution named for what it deals with, whose name may hold
# "and" ("Academy of Motion Picture Arts and Sciences", "Office of Management and Budget",
# "Department of Health and Human Services"); not a sea's, a land's or a house's ("Gulf of
# Aden and Indian Ocean", "House of Representatives and Senate" name two)
AND_HEADS = frozenset(
    """
    academy institute institution university college school museum party council league
    union office department bureau ministry agency administration commission committee
    society association foundation board center centre
    """.split()  # noqa: SIM905
)
Run = tuple[int, list[tuple[int, str]]]  # a run of capitalised words, as features reads it


def and_list_end(text: str, runs: list[Run], k: int) -> int:
    """The index of the last run an institution's name starting with ``runs[k]`` holds,
    "and" and commas inside it ("Bureau" + "Alcohol" + "Tobacco" + "Firearms" +
    "Explosives" of "Bureau of Alcohol, Tobacco, Firearms and Explosives"); ``k`` when
    ``runs[k]`` ends with no such head, or when the runs after it name no field of its
    work: a place ("University of Michigan and Ohio State"), a person ("Randy"), an
    acronym ("FBI"), another institution ("Foreign Office"), or a list going on with one
    more "and" ("Homeland Security and Immigration and Customs Enforcement")."""
    if k + 1 >= len(runs) or runs[k][1][-1][1].lower() not in AND_HEADS:
        return k
    if _between(text, runs, k) != " of ":
        return k
    for e in range(k + 1, len(runs)):
        if not is_field(runs[e][1]):
            return k
        after = _between(text, runs, e) if e + 1 < len(runs) else ""
        if after in (" and ", ", and "):
            last = e + 1
            if not is_field(runs[last][1]) or _AND_MORE.match(text, run_end(runs[last])):
                return k
            return last
        if after != ", ":
            return k
    return k


_AND_MORE = re.compile(r",?\s+and\s+[A-Z]")


def run_end(run: Run) -> int:
    """Where ``run`` ends in the text."""
    offset, words = run
    return offset + words[-1][0] + len(words[-1][1])


def _between(text: str, runs: list[Run], k: int) -> str:
    """The text between ``runs[k]`` and the run after it."""
    return text[run_end(runs[k]) : runs[k + 1][0] + runs[k + 1][1][0][0]]


def is_field(words: list[tuple[int, str]], heads: Collection[str] = AND_HEADS) -> bool:
    """A run of capitalised words may name a field an institution deals with ("Motion
    Picture Arts", "Health", "Tobacco"): no place, person, acronym or institution (a
    word of ``heads``)."""
    plain = [w for _, w in words]
    low = [w.lower() for w in plain]
    return not (
        is_region(" ".join(low))
        or is_region(low[0])
        or low[0] in PLACE_OPENERS
        or is_given_name(plain[0])
        or any(w.isupper() and len(w) > 1 for w in plain)
        or any(w in heads for w in low)
    )
