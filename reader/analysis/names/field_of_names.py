"""An office named for its field, joined by "of": "Texas Division of Emergency Management",
"Federal Bureau of Investigation", "National Institutes of Health".

The features join a run of capitals and the run after "of" when the first ends with a
word that heads such names (``features._OF_HEADS``: "Bank of America", "University of
Texas"; "Department of" and "Ministry of" with "the" too). An office's noun no list
holds ("Division", "Bureau", "Institutes") left two names, "Texas Division" and
"Emergency Management", neither of which names anything. The two runs are one name too
(``field_of``) when

- the first is of two words or more, each capitalised, none a given name (a title ends
  a run before it), its last a common word (``noun_qualifiers.common_written``: the
  vocabulary holds it whole, no place, nationality nor given name): "Texas Division";
  not "Gordon Brown" (of Britain), "Kim" (of North Korea), "Putin" (of Russia, the title
  read apart);
- what it is of is a field named in common words, no place: each word written as a
  common word, none a region, and the whole no place the lists know (a region, or of
  several words ``byline_places.is_place_name``): "Emergency Management", "Investigation",
  "Health"; not "Russia", "North Korea", "Beverly Hills".

- a field of one word follows no office named by the plural of an agent noun, as teams
  and bodies of people are ("Texas Rangers", "Oakland Raiders", "Green Bay Packers":
  ``noun_qualifiers.agent_plural``), whose "of" names their town: "Texas Rangers of
  Dallas" is two names, as no list holds "Dallas"; "U.S. Army Corps of Engineers" and
  "National Institutes of Health" are one.

"The mayor of Mill Creek" holds no run before "of" and stays apart. A town of one word
no list holds is read as a field after any other office: "Los Angeles Angels of
Anaheim" (the team's name, as it happens) is one name.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.analysis.names.office_places import first_name
from reader.analysis.words.noun_qualifiers import agent_plural, common_written
from reader.ingest.byline_places import is_place_name
from reader.ingest.regions import is_region

__all__ = ["field_of"]


def field_of(office: Sequence[str], field: Sequence[str]) -> bool:
    """The run of capitals ``office`` (its words), "of", then the run ``field`` are one
    name: an office's noun after a word or more naming no one ("Texas Division",
    "Federal Bureau"), of a field in common words that is no place ("Emergency
    Management", "Investigation"); not a team's town ("Texas Rangers" of "Dallas")."""
    return (
        len(office) >= 2
        and all(w[:1].isupper() and not first_name(w) for w in office)
        and common_written(office[-1])
        and bool(field)
        and all(common_written(w) and not is_region(w.lower()) for w in field)
        and not is_region(" ".join(field).lower())
        # of several words, a place the lists know ("Beverly Hills"); one word is never
        # one by its ending ("Health", of PLACE_GOERS for "Department of Health")
        and not (len(field) > 1 and is_place_name(" ".join(field)))
        # a team or a body of people, and its town: "Texas Rangers of Dallas"
        and not (len(field) == 1 and agent_plural(office[-1].lower()))
    )
