"""Tests of reader/ingest/site_lines.py through boilerplate: a non-English site's own
lines (paywall notices, subscription asks, links to other stories, share and advert
labels) are dimmed; prose that mentions the same words is not."""

from __future__ import annotations

import pytest

from reader.ingest.boilerplate import is_boilerplate_line


@pytest.mark.parametrize(
    "line",
    [
        "Il vous reste 78.43% de cet article à lire. La suite est réservée aux abonnés.",
        "Article réservé aux abonnés",
        "Lire aussi | Entre la Russie et la Corée du Nord, une alliance de circonstance",
        "À lire aussi : Le traité de Pyongyang",
        "Partager",
        "Anzeige",
        "Lesen Sie auch: Putin in Nordkorea",
        "Dieser Artikel ist nur für Abonnenten",
        "Jetzt abonnieren und weiterlesen",
        "Este contenido es exclusivo para suscriptores",
        "Lea también: Putin y Kim firman un pacto",
        "Suscríbete para seguir leyendo",
        "Leggi anche: il patto tra Mosca e Pyongyang",
        "Questo articolo è riservato agli abbonati",
        "Per continuare a leggere abbonati a Repubblica",
        "Leia também: Putin e Kim assinam pacto",
        "Conteúdo exclusivo para assinantes",
        "Compartilhar",
        # a French regional site's link in capitals after a full stop
        "LIRE AUSSI. Grève à la CNF : ce qu'il faut savoir avant de partir",
        "À lire aussi → Grève : vos droits en cas d'annulation",
    ],
)
def test_a_sites_own_line_in_another_language_is_boilerplate(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Les abonnés du club ont voté contre la réforme.",
        "Lire aussi ce livre est un plaisir, a-t-il dit.",
        "Lire aussi la presse étrangère, c'est son conseil.",
        "Die Abonnenten der Zeitung erhielten die Ausgabe am Montag.",
        "Los suscriptores de la plataforma crecieron un 12% en junio.",
        "Gli abbonati al servizio sono 2 milioni, secondo l'azienda.",
        "Os assinantes da petição entregaram o texto ao Congresso.",
        "Il vous reste deux jours pour voter, a rappelé le maire.",
    ],
)
def test_prose_about_subscribers_is_not_boilerplate(line: str) -> None:
    assert not is_boilerplate_line(line)


# was a passage "only in A" of tests/data/pages/robo_*: the ask ran past 80 characters
def test_a_long_spanish_subscription_ask_is_boilerplate() -> None:
    line = (
        "Suscríbete a La Crónica Nacional por 1 € el primer mes y accede sin límites a "
        "toda nuestra información."
    )
    assert is_boilerplate_line(line)


# was a passage "only in A" of tests/data/pages/incendio_*: the ask ran past 80 characters
def test_a_long_portuguese_subscription_ask_is_boilerplate() -> None:
    line = (
        "Assine o Diário da Capital por 1 euro no primeiro mês e tenha acesso ilimitado a "
        "todas as notícias, análises e opinião."
    )
    assert is_boilerplate_line(line)


# were passages of the story in tests/data/pages/dijk_* (a "Lees ook" link linked as a
# claim to the other paper's)
@pytest.mark.parametrize(
    "line",
    [
        "Lees ook: Hoe veilig zijn onze dijken? Een op de drie voldoet niet aan de nieuwe norm",
        "Lees meer | Hoogwater in de Maas",
        "Bekijk ook: de beelden van de doorbraak",
        "Meer over: Dijkdoorbraak Maas Limburg",
        "Abonneer nu op Het Nationaal Dagblad en lees het eerste jaar onbeperkt voor €1 per week.",
        "Abonneer je op de nieuwsbrief van Maasdal Dagblad en ontvang elke ochtend het "
        "belangrijkste nieuws uit de regio in je mailbox.",
        "Word abonnee en lees onbeperkt",
        "Al abonnee? Log in",
        "Dit artikel is alleen voor abonnees",
        "Abonneer",
        "Advertentie",
        "Aanmelden",
    ],
)
def test_a_dutch_site_s_own_line_is_boilerplate(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Lees ook de brief die de burgemeester aan de inwoners stuurde, zei de wethouder.",
        "De abonnees van de krant kregen de bijlage zaterdag gratis.",
        "Meer over de schade wordt volgende week bekend, aldus het waterschap.",
    ],
)
def test_dutch_prose_about_reading_and_subscribers_is_not_boilerplate(line: str) -> None:
    assert not is_boilerplate_line(line)


# were lines of the story (the "Läs också" links linked to each other as claims)
@pytest.mark.parametrize(
    "line",
    [
        "Läs också: Skärgårdstrafiken får sex nya färjor till 2028",
        "Läs mer: Så fungerar sjöräddningen",
        "Prenumerera på Dagens Riksnytt – läs allt för 1 krona första månaden.",
        "Prenumerera på vårt nyhetsbrev och få de viktigaste nyheterna från skärgården "
        "varje morgon.",
        "Bli prenumerant",
        "Redan prenumerant? Logga in",
        "Artikeln är endast för prenumeranter",
        "Dela artikeln",
        "Dela artikeln:",
        "Annons",
        "Anmäl dig",
        "Mest läst",
    ],
)
def test_a_swedish_site_s_own_line_is_boilerplate(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Läs också vad kommunen skrev till invånarna, säger kommunalrådet.",
        "Prenumeranterna fick tidningen gratis i lördags.",
        "Annonsen låg i tidningen i tre veckor.",
    ],
)
def test_swedish_prose_about_reading_and_subscribers_is_not_boilerplate(line: str) -> None:
    assert not is_boilerplate_line(line)
