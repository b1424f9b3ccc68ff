"""A news site's own lines around the story, as French, German, Spanish, Italian,
Portuguese, Dutch and Swedish sites print them: the paywall's "Il vous reste 78% de cet
article à lire", subscription asks ("Abonneer nu ...", "Prenumerera på ..."), links to
other stories ("Lire aussi : ...", "Lesen Sie auch", "Lees ook: ...", "Läs också: ..."),
and the one-word labels of share bars and advertisements ("Partager", "Anzeige",
"Advertentie", "Dela artikeln", "Annons").

Boilerplate (reader.ingest.boilerplate) asks ``is_site_line`` of every line; a line is
matched whole, so prose that merely mentions subscribers ("Les abonnés du club ont
voté") stays.
"""

from __future__ import annotations

import re

__all__ = ["is_site_line"]

# Whole lines, as boilerplate's key writes them (lower case, letters, digits, spaces)
_LABELS: frozenset[str] = frozenset(
    w.strip()
    for w in """
    partager|partagez|partager cet article|publicité|pub|s abonner|abonnez vous|abonné
    se connecter|connexion|menu|rechercher|lire plus|lire la suite|voir plus|à lire aussi
    lire aussi|sur le même sujet|dans la même rubrique|newsletter|commentaires|réagir
    teilen|artikel teilen|anzeige|werbung|abonnieren|anmelden|abmelden|suche|mehr anzeigen
    weiterlesen|mehr zum thema|lesen sie auch|kommentare|zum kommentarbereich|drucken
    compartir|compartir en facebook|compartir en twitter|publicidad|suscríbete|suscribirse
    iniciar sesión|buscar|leer más|lee también|lea también|te puede interesar|comentarios
    condividi|pubblicità|abbonati|accedi|cerca|leggi anche|leggi di più|commenti
    compartilhar|compartilhe|partilhar|publicidade|assine|entrar|pesquisar|leia também
    leia mais|veja também|saiba mais|comentários
    delen|deel dit artikel|advertentie|abonneer|abonneren|word abonnee|inloggen|aanmelden
    zoeken|lees meer|lees verder|lees ook|meer over|reacties|gerelateerde artikelen
    meest gelezen|net binnen
    dela|dela artikeln|annons|prenumerera|bli prenumerant|logga in|sök|läs mer|läs också
    mer om ämnet|mest läst|senaste nytt|kommentarer|kopiera länk|skriv ut|nyhetsbrev
    anmäl dig
    """.replace("\n", "|").split("|")
    if w.strip()
)

# after a link's label: a colon, a bar, an arrow, a dash, or a full stop as French
# regional sites set it in capitals ("LIRE AUSSI. Grève à la CNF : ...")
_SEP = r"\s*[:|»›>→–—.…-]"

_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(rf"^(?=.{{0,240}}$){p}", re.IGNORECASE)
    for p in (
        # Links to other stories: "Lire aussi : ...", "Lesen Sie auch: ...", "Leer más | ..."
        rf"(?:à )?lire (?:aussi|également|la suite){_SEP}",
        rf"(?:sur le même sujet|voir aussi){_SEP}",
        rf"(?:lesen sie (?:auch|mehr|hier)|mehr zum thema|auch interessant){_SEP}",
        rf"(?:lea|lee|leer) (?:también|más|además){_SEP}",
        rf"(?:te puede interesar|más información|noticia relacionada){_SEP}",
        rf"(?:leggi anche|leggi di più|potrebbe interessarti){_SEP}",
        rf"(?:leia|veja) (?:também|mais){_SEP}|saiba mais{_SEP}",
        # ... Dutch: "Lees ook: ...", "Lees meer: ...", "Bekijk ook: ...", "Meer over: ..."
        rf"(?:lees (?:ook|meer|verder)|(?:bekijk|kijk|luister|zie) ook|meer over){_SEP}",
        # Dutch asks (which run on as the Spanish does): "Abonneer nu op Het Nationaal
        # Dagblad en lees het eerste jaar onbeperkt voor €1 per week.", "Abonneer je op de
        # nieuwsbrief ...", "Word abonnee ...", "Meld je aan voor onze nieuwsbrief ...", "Al
        # abonnee? Log in", "Dit artikel is alleen voor abonnees"
        r"(?:abonneer|word (?:nu )?abonnee|meld je (?:nu )?aan voor|schrijf je in voor)\b"
        r".{0,160}$",
        r"(?:al (?:een )?abonnee|lees verder met|dit (?:artikel|stuk) is (?:alleen|exclusief) "
        r"voor abonnees)\b.{0,80}$",
        # ... Swedish: "Läs också: ...", "Läs mer: ...", "Se också: ...", "Mer om ämnet: ..."
        rf"(?:läs (?:också|även|mer)|se (?:också|även)|mer om ämnet){_SEP}",
        # Swedish asks, which run on: "Prenumerera på Dagens Riksnytt – läs allt för 1
        # krona första månaden.", "Prenumerera på vårt nyhetsbrev och få ...", "Bli
        # prenumerant ...", "Redan prenumerant? Logga in", "Artikeln är endast för
        # prenumeranter"
        r"(?:prenumerera|bli (?:prenumerant|medlem)|redan prenumerant|anmäl dig till|"
        r"teckna (?:en )?prenumeration)\b.{0,160}$",
        r"(?:den här |denna )?artikel(?:n)? är (?:endast |bara )?för (?:prenumeranter|"
        r"betalande)\b",
        # Paywalls: "Il vous reste 78.43% de cet article à lire. La suite est réservée aux
        # abonnés.", "Dieser Artikel ist nur für Abonnenten", "Este contenido es exclusivo
        # para suscriptores", "Articolo riservato agli abbonati", "Conteúdo exclusivo
        # para assinantes"
        r"il vous reste \d+(?:[.,]\d+)?\s*%\s*de (?:cet |l[’'])article à lire",
        r"(?:la suite est |cet article est |ce contenu est |article )?réservée? "
        r"(?:aux|à nos) abonnés",
        r"(?:déjà abonné|vous êtes abonné|abonnez-vous\b.{0,80}$)",
        r"(?:dieser (?:artikel|beitrag|inhalt) ist )?(?:nur |exklusiv )?für "
        r"(?:abonnenten|abonnentinnen|abonnent\*innen|abonnierende)\b",
        r"(?:jetzt (?:abonnieren|weiterlesen|testen)|weiterlesen mit|lesen sie (?:jetzt )?"
        r"weiter mit|sie sind bereits abonnent|bereits abonniert)\b.{0,80}$",
        r"(?:este |el )?(?:contenido|artículo) (?:es )?(?:exclusivo )?para "
        r"(?:suscriptores|abonados)",
        # (an ask may run on: "Suscríbete a La Crónica por 1 € el primer mes y accede sin
        # límites a toda nuestra información.")
        r"(?:¿ya eres suscriptor|ya soy suscriptor|para seguir leyendo)\b.{0,80}$",
        r"suscríbete\b.{0,160}$",
        r"(?:questo )?(?:articolo|contenuto) (?:è )?riservato agli abbonati",
        r"(?:abbonati (?:a|per|ora|subito)|sei già abbonato|già abbonato|per continuare a "
        r"leggere)\b.{0,80}$",
        r"(?:este )?conteúdo (?:é )?(?:exclusivo|restrito) (?:para|a) assinantes",
        r"(?:já é assinante|já sou assinante|para continuar lendo)\b.{0,80}$",
        # (an ask that runs on as the Spanish one does: "Assine o Diário da Capital por 1
        # euro no primeiro mês e tenha acesso ilimitado a todas as notícias ...")
        r"(?:assine|subscreva)\b.{0,160}$",
    )
)


def is_site_line(line: str, key: str) -> bool:
    """True when ``line`` (stripped; ``key`` its boilerplate key) is one of a
    non-English site's own lines: a label, a link to another story, a paywall's notice."""
    return key in _LABELS or any(p.match(line) for p in _PATTERNS)
