"""Nouns for the people who take part in an event, counted as news counts people: "200
runners set off", "3000 pilgrims", "250 Läufer", "200 coureurs", "200 corredores", "200
podisti", "200 hardlopers". They name people as "people" or "protesters" do, so "From
Boston 200 runners set off" counts runners after a place (reader.analysis.figures.place_counts)
rather than numbering a "Boston 200", and a sum of them is a sum of people
(reader.analysis.figures.added_counts)."""

from __future__ import annotations

# the plurals, as written after a figure, in English, French, German, Spanish, Italian,
# Portuguese and Dutch (German's plural of "Läufer" is "Läufer")
PARTICIPANT_NOUNS = frozenset(
    """
    runners marathoners joggers marchers pilgrims climbers mountaineers swimmers riders
    cyclists hikers walkers skiers rowers sailors divers athletes competitors entrants
    participants spectators worshippers worshipers mourners pallbearers
    coureurs marathoniens marcheurs manifestants pèlerins alpinistes grimpeurs nageurs
    cavaliers cyclistes randonneurs skieurs athlètes concurrents participants
    spectateurs fidèles
    läufer läuferinnen marathonläufer teilnehmer teilnehmerinnen demonstranten pilger
    pilgerinnen bergsteiger kletterer schwimmer reiter radfahrer wanderer skifahrer
    athleten sportler zuschauer gläubige trauernde
    corredores maratonianos marchistas manifestantes peregrinos escaladores alpinistas
    nadadores jinetes ciclistas senderistas esquiadores atletas competidores
    participantes espectadores fieles
    corridori podisti maratoneti manifestanti pellegrini scalatori alpinisti nuotatori
    ciclisti escursionisti sciatori atleti concorrenti partecipanti spettatori fedeli
    maratonistas peregrinos nadadores cavaleiros ciclistas caminhantes esquiadores
    atletas concorrentes participantes espectadores fiéis
    lopers hardlopers marathonlopers wandelaars betogers demonstranten pelgrims
    klimmers zwemmers ruiters renners wielrenners fietsers schaatsers atleten
    deelnemers toeschouwers gelovigen
    """.split()  # noqa: SIM905
)
