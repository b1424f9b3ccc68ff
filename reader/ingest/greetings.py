"""Greetings and sign-offs: "Good morning.", "Welcome to our live coverage", "Thanks for
following.", "That's all for today.", "We'll be back tomorrow."

A live blog opens and closes its day with them; they carry no fact, yet two unrelated
live pages share them word for word, and the aligner linked them as a claim. They are
dimmed as boilerplate (never matched): a whole line, or a sentence of its own inside a
paragraph ("Good morning. The chancellor delivers her first budget today, ..."). A
sentence that only starts like one stays ("Good morning America reported ...", "Good
morning and welcome to our live coverage of Storm Isha, which has brought disruption to
large parts of the UK": the storm's disruption is a fact). The same is read in German,
French, Spanish, Italian and Portuguese ("Guten Morgen und willkommen zu unserem
Liveblog", "Bonjour et bienvenue dans ce direct", "Gracias por seguirnos", "Ce direct
est maintenant terminé").
"""

from __future__ import annotations

import re

__all__ = ["greeting_parts", "is_greeting"]

_COVERAGE = (
    r"(?:our|the|this)\s+(?:live\s+)?(?:coverage|blog|updates|page)"
    r"(?:\s+(?:of|on)\s+[^.!?,;:]{1,60})?"  # "of the budget", not "of X, which ..."
)
_WELCOME = rf"welcome(?:\s+back)?(?:\s+to\s+{_COVERAGE})?"
_GREETING = (
    r"(?:"
    # "Good morning", "Hello and welcome to our live coverage", "Good evening from Paris"
    r"(?:good\s+(?:morning|afternoon|evening|night)|hello)"
    r"(?:\s*,?\s*(?:everyone|everybody|all|again))?"
    rf"(?:\s*,?\s*(?:and\s+)?{_WELCOME})?"
    r"(?:\s+from\s+[^.!?,;:]{1,40})?"
    rf"|{_WELCOME}"
    # "Thanks for following", "Thank you for joining us this morning"
    r"|(?:thanks|thank\s+you)(?:\s+(?:so|very)\s+much)?\s+for\s+"
    r"(?:following|reading|watching|joining\s+us|staying\s+with\s+us|being\s+with\s+us)"
    r"(?:\s+(?:along|today|tonight|this\s+(?:morning|afternoon|evening)))?"
    rf"(?:\s+{_COVERAGE})?"
    # "That's all for today", "That's it from us for now"
    # (not a bare "That's it.", which ends many a quotation: "... spare my life. That's it.")
    r"|that(?:'s|\s+is|\s+was)\s+(?:all|it)"
    r"(?:\s+from\s+(?:us|me)(?:\s+for\s+(?:today|tonight|now))?"
    r"|\s+for\s+(?:today|tonight|now|this\s+(?:morning|afternoon|evening|week)))"
    # "We'll be back tomorrow", "We will be back on Monday with more"
    r"|(?:we(?:'ll|\s+will)|i(?:'ll|\s+will))\s+be\s+back"
    r"(?:\s+(?:tomorrow|later|soon|shortly|on\s+\w+|next\s+\w+))?"
    r"(?:\s+(?:morning|afternoon|evening))?"
    r"(?:\s+with\s+more(?:\s+(?:updates|coverage|news))?)?"
    # "This live blog is now closed", "We're pausing our live coverage for now"
    r"|this\s+(?:live\s+)?blog\s+is\s+(?:now\s+)?closed"
    r"|we(?:'re|\s+are)\s+(?:pausing|ending|closing|wrapping\s+up)\s+"
    r"(?:our|this)\s+(?:live\s+)?(?:coverage|blog)(?:\s+(?:here|for\s+(?:now|today|tonight)))?"
    r")"
)

# The same in German, French, Spanish, Italian and Portuguese: "Guten Morgen und
# willkommen zu unserem Liveblog", "Bonjour et bienvenue dans ce direct", "Buenos días y
# bienvenidos a nuestro directo", "Buongiorno e benvenuti alla nostra diretta", "Bom dia e
# bem-vindos ao nosso direto"; their thanks and closings. What the coverage is of may
# follow, up to a comma ("zum Sturm", "consacré à la tempête"), as in English.
_LIVE_PAGE = (
    r"(?:live-?blog|live-?ticker|news-?blog|ticker|live|direct|fil|suivi|directo|"
    r"minuto\s+a\s+minuto|diretta|blog|direto|cobertura(?:\s+ao\s+vivo)?|acompanhamento|"
    r"berichterstattung|en\s+vivo|en\s+direct|in\s+diretta|ao\s+vivo)"
)
_OF = (
    r"(?:\s+(?:zu[mr]?|über|zu\s+den|sur|à|au|aux|de|du|des|consacré\s+à|consacré\s+aux|"
    r"sobre|del|de\s+la|della|dello|sulla|sul|su|do|da|dos|das)\s+[^.!?,;:]{1,60})?"
)
_OTHER_COVERAGE = (
    r"(?:unserem|unserer|unseren|diesem|dieser|dem|den|im|ce|cette|notre|nuestro|nuestra|"
    r"este|esta|el|la|al|nostra|nostro|questa|questo|nosso|nossa|o|a)?\s*"
    rf"(?:{_LIVE_PAGE})(?:\s+(?:en\s+(?:direct|vivo)|live|in\s+diretta|ao\s+vivo))?{_OF}"
)
_OTHER_WELCOME = (
    r"(?:herzlich\s+)?(?:willkommen|bienvenue|bienvenid[oa]s?|benvenut[ieoa]|bem-vind[oa]s?)"
    r"(?:\s+(?:zurück|de\s+nouveau|de\s+nuevo|di\s+nuovo|de\s+novo))?"
    r"(?:\s+(?:zu[mr]?|in|bei|im|dans|sur|à|au|a|al|en|alla|nella|nel|in|ao|à|no|na)\s+"
    rf"{_OTHER_COVERAGE})?"
)
_OTHER_GREETING = (
    r"(?:"
    r"(?:guten\s+(?:morgen|tag|abend)|hallo|bonjour|bonsoir|salut|"
    r"buen(?:os|as)\s+(?:días|dias|tardes|noches)|hola|buongiorno|buonasera|ciao|"
    r"bom\s+dia|boa\s+(?:tarde|noite)|olá|ola)"
    r"(?:\s*,?\s*(?:zusammen|à\s+tous(?:\s+et\s+à\s+toutes)?|a\s+todos|a\s+tutti|"
    r"a\s+todas|a\s+todos))?"
    rf"(?:\s*,?\s*(?:und|et|y|e)?\s*{_OTHER_WELCOME})?"
    rf"|{_OTHER_WELCOME}"
    # "Danke fürs Mitlesen", "Merci de nous avoir suivis", "Gracias por seguirnos",
    # "Grazie per averci seguito", "Obrigado por nos acompanhar"
    r"|(?:vielen\s+)?dank(?:e)?\s+(?:fürs\s+(?:mitlesen|lesen|dabeisein)|"
    r"für\s+(?:ihr\s+interesse|ihre\s+aufmerksamkeit))"
    r"|merci(?:\s+à\s+(?:tous|toutes|vous))?\s+(?:de\s+nous\s+avoir\s+suivi(?:e?s)?|"
    r"d'avoir\s+suivi\s+(?:ce|notre)\s+(?:direct|live|fil))"
    r"|(?:muchas\s+)?gracias\s+por\s+(?:seguirnos|acompañarnos|acompanarnos|leernos)"
    r"|grazie\s+per\s+(?:averci\s+seguit[oiae]|l'attenzione)"
    r"|obrigad[oa]s?\s+por\s+(?:nos\s+)?(?:acompanhar(?:em)?|seguir(?:em)?)"
    # "Dieser Liveblog ist beendet", "Ce direct est terminé", "Este directo ha finalizado",
    # "La diretta si chiude qui", "Encerramos aqui este direto"
    rf"|(?:dieser|unser)\s+{_LIVE_PAGE}\s+ist\s+(?:nun\s+|jetzt\s+|hiermit\s+)?beendet"
    rf"|damit\s+(?:beenden|schließen)\s+wir\s+(?:unseren|diesen)\s+{_LIVE_PAGE}"
    r"(?:\s+für\s+heute)?"
    rf"|(?:ce|notre)\s+{_LIVE_PAGE}\s+est\s+(?:maintenant\s+)?(?:terminé|clos|fermé)"
    rf"|c'est\s+la\s+fin\s+de\s+(?:ce|notre)\s+{_LIVE_PAGE}"
    rf"|(?:este|nuestro)\s+{_LIVE_PAGE}\s+ha\s+(?:finalizado|terminado|concluido)"
    rf"|(?:aquí\s+)?(?:terminamos|cerramos|finalizamos)\s+(?:aquí\s+)?(?:este|nuestro)\s+"
    rf"{_LIVE_PAGE}"
    rf"|(?:la|questa)\s+{_LIVE_PAGE}\s+(?:è\s+(?:conclusa|terminata)|si\s+chiude(?:\s+qui)?)"
    rf"|chiudiamo\s+(?:qui\s+)?(?:la|questa)\s+{_LIVE_PAGE}"
    rf"|(?:encerramos|terminamos)\s+(?:aqui\s+)?(?:este|esta|o\s+nosso|a\s+nossa)\s+"
    rf"{_LIVE_PAGE}"
    r")"
)
# the whole of a sentence: a greeting, its stop or exclamation mark, quotes around it
_WHOLE = re.compile(rf"[\"“‘'„]?(?:{_GREETING}|{_OTHER_GREETING})\s*[.!…]*[\"”’'“]?", re.IGNORECASE)
# where a sentence ends inside a paragraph: after . ! ? … (and a closing quote), a space
_SENTENCE_END = re.compile(r"(?<=[.!?…])([\"”’']?)\s+")


def is_greeting(sentence: str) -> bool:
    """``sentence`` (a line, or one sentence of it) is a greeting or a sign-off and no
    more."""
    return _WHOLE.fullmatch(sentence.strip().replace("\u2019", "'")) is not None


def greeting_parts(line: str) -> list[tuple[int, int]]:
    """(start, end) in ``line`` of each sentence of it that is a greeting or a sign-off."""
    out = []
    start = 0
    ends = [(m.start() + len(m.group(1)), m.end()) for m in _SENTENCE_END.finditer(line)]
    for end, after in [*ends, (len(line), len(line))]:
        piece = line[start:end]
        if piece.strip() and is_greeting(piece):
            lead = len(piece) - len(piece.lstrip())
            out.append((start + lead, start + len(piece.rstrip())))
        start = after
    return out
