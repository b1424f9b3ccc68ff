"""Words places of several words are made of, read by name: a word opening one ("New
York", "San José", "Los Angeles", "Bad Homburg") and a word going on with the one before
it ("New York City", "Orange County", "Foreign Affairs"). Used to tell a place from a
holder's name after an office (reader.analysis.names.office_holders) and from a second writer
after a byline's comma (reader.ingest.byline_places). Pure data, in the ingest layer so
both may read it (as reader.ingest.agencies)."""

from __future__ import annotations

# words that open a place of several words: "New York", "San José", "Los Angeles", "Rio
# de Janeiro" (the sentence rules part "Rio" and "Janeiro" at the particle), "Hong Kong"
PLACE_OPENERS = frozenset(
    """
    new nueva nuevo nouvelle nouveau neu san santa santo são sao saint sainte st ste sankt
    los las la le el les il lo rio río buenos porto puerto port hong sri costa monte mont
    north south east west northern southern eastern western upper lower greater great
    united baden bad frankfurt tel kuala abu ciudad cidade
    """.split()  # noqa: SIM905
)
# words that go on with the word before them in a place or a department: "New York City",
# "Orange County", "Foreign Affairs", "Homeland Security", "Home Office"
PLACE_GOERS = frozenset(
    """
    city county state states province region district island islands republic kingdom
    valley beach springs falls heights village town borough parish territory coast bay
    affairs security office department ministry defence defense justice health interior
    finance treasury economy education transport transportation agriculture energy
    labor labour commerce trade environment housing culture services development council
    committee authority board bank university college school court police
    """.split()  # noqa: SIM905
)
# words that close a place's name whatever opens it, a given name too: "Ann Arbor",
# "Beverly Hills", "Palm Beach", "Niagara Falls", "Grand Rapids", "Cedar Springs",
# "Washington Heights" (a person's surname rarely: "Carla Hills" reads as a place unless
# the text tells of a person, reader.ingest.closed_places)
PLACE_CLOSERS = frozenset("arbor hills falls rapids springs beach heights".split())  # noqa: SIM905
# American states as the AP shortens them, with the dot left out ("St. Paul, Minn.",
# "Ann Arbor, Mich.", "ST. LOUIS, Mo. (AP) —"): read by bylines and the sentence splitter
AP_STATES = frozenset(
    """
    Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo
    Mont Neb Nev Okla Ore Pa Tenn Tex Va Vt Wash Wis Wyo
    """.split()  # noqa: SIM905
)
