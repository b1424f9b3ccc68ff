"""Places that hold towns: countries, states and provinces, continents, as name keys.

No gazetteer is at hand offline; this list tells, where it can, a region from a town, so
that "in Oregon" against "in Salem" (a town and the state holding it) is not taken for
one place told in another's place (reader.analysis.conflicts.substituted_places). Countries are
given in English and, for those news names most, as German, French, Spanish, Italian
and Portuguese write them; a name starting with a point of the compass ("Southern
California", "Nordrhein-Westfalen" aside) is a region too. In the ingest layer (moved from
reader.analysis) so a byline's place after a comma is read by it too
(reader.ingest.byline_places).
"""

from __future__ import annotations

_COUNTRIES = """
afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan
bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia
bosnia botswana brazil brunei bulgaria burkina_faso burundi cambodia cameroon canada
chad chile china colombia comoros congo costa_rica croatia cuba cyprus czech_republic
czechia denmark djibouti dominica dominican_republic ecuador egypt el_salvador eritrea
estonia eswatini ethiopia fiji finland france gabon gambia georgia germany ghana greece
grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq
ireland israel italy ivory_coast jamaica japan jordan kazakhstan kenya kosovo kuwait
kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg
madagascar malawi malaysia maldives mali malta mauritania mauritius mexico moldova monaco
mongolia montenegro morocco mozambique myanmar burma namibia nepal netherlands holland
new_zealand nicaragua niger nigeria north_korea north_macedonia macedonia norway oman
pakistan palestine panama paraguay peru philippines poland portugal qatar romania russia
rwanda samoa san_marino saudi_arabia senegal serbia seychelles sierra_leone singapore
slovakia slovenia somalia south_africa south_korea south_sudan spain sri_lanka sudan
suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga
trinidad tunisia turkey turkmenistan uganda ukraine united_arab_emirates uae
united_kingdom uk britain great_britain england scotland wales northern_ireland
united_states usa america uruguay uzbekistan vatican venezuela vietnam yemen zambia
zimbabwe somaliland puntland gaza west_bank
"""

# countries as the other languages write them, where that is not the English name
_COUNTRIES_ABROAD = """
deutschland frankreich spanien italien russland griechenland türkei ägypten
vereinigte_staaten usa grossbritannien großbritannien england österreich schweiz
niederlande belgien polen ungarn tschechien dänemark schweden norwegen japan syrien
irak libyen mexiko brasilien kanada
allemagne espagne italie russie grèce turquie égypte états-unis etats-unis
angleterre autriche suisse pays-bas belgique pologne hongrie danemark suède norvège
japon syrie irak libye mexique brésil chine inde maroc algérie tunisie
alemania francia españa italia rusia grecia turquía egipto estados_unidos inglaterra
suiza países_bajos bélgica polonia suecia noruega japón siria libia méxico brasil
perú marruecos argelia túnez
germania spagna grecia turchia egitto stati_uniti inghilterra svizzera paesi_bassi
belgio svezia norvegia giappone messico brasile cina
alemanha frança espanha itália rússia grécia turquia egito estados_unidos suíça
holanda bélgica polónia polônia suécia noruega japão síria líbia méxico
"""

_STATES = """
alabama alaska arizona arkansas california colorado connecticut delaware florida
georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland
massachusetts michigan minnesota mississippi missouri montana nebraska nevada
new_hampshire new_jersey new_mexico north_carolina north_dakota ohio
oklahoma oregon pennsylvania rhode_island south_carolina south_dakota tennessee texas
utah vermont virginia west_virginia wisconsin wyoming
alberta british_columbia manitoba new_brunswick newfoundland nova_scotia ontario quebec
québec saskatchewan queensland tasmania new_south_wales
bavaria bayern catalonia cataluña catalogne andalusia andalucía tuscany toscana
sicily sicilia sardinia lombardy lombardia kashmir punjab bengal kerala darfur
chechnya crimea siberia tibet xinjiang kurdistan
"""

_CONTINENTS = """
africa afrika afrique áfrica asia asien asie ásia europe europa américa amerika
amérique oceania antarctica middle_east near_east far_east balkans caribbean
scandinavia latin_america central_america south_america north_america
"""

REGIONS = frozenset(
    word.replace("_", " ")
    for words in (_COUNTRIES, _COUNTRIES_ABROAD, _STATES, _CONTINENTS)
    for word in words.split()
)

# "Southern California", "northern Mali", "Ostdeutschland" aside: a compass word first
COMPASS = frozenset(
    """
    north south east west northern southern eastern western central northeast northwest
    southeast southwest northeastern northwestern southeastern southwestern upper lower
    greater nord sud süd est ost ouest norte sur este oeste
    """.split()  # noqa: SIM905
)


def is_region(key: str) -> bool:
    """Name key ``key`` names a country, a state or province, a continent or a region
    told by a compass word ("southern california"), as far as this list knows."""
    return key in REGIONS or key.split()[0] in COMPASS
