"""A common adjective opening a sentence in French, Spanish, Italian or Portuguese, before
its noun: "Fuerte sismo sacude Chile", "Violento incendio a Roma", "Forte séisme au
Japon".

Such a word opens a headline capitalised, and ``cased_names`` read it as a name: it is no
function word, not in jusText's list of the language's commonest words, and the pair
writes it nowhere else. Dropping a lone first word written nowhere else in the pair drops
the places a headline names once ("Roma abre sus museos", "Chile registra un sismo"), so
a word is read as no name only when it comes before its noun and the pair never writes it
capitalised inside a sentence ("Forte" the surname, "dijo Forte"). Before its noun means:
the word after it is in small letters and either the word is one of the adjectives news
opens a headline with (:data:`LEAD_ADJECTIVES`), or the pair writes that next word after
an article that only stands before a noun ("un sismo", "il terremoto", "du séisme"; not
"la" nor "le", which stand before a verb too: "la abre", "le frappe"). A name is followed
by its verb ("Roma abre"), which the pair writes after no such article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from reader.analysis.words.article_names import OPENING
from reader.analysis.words.lexicon import by_language

__all__ = ["LEAD_ADJECTIVES", "LeadWords", "lead_words"]

# the adjectives of size, strength and novelty news headlines open with, in each form
LEAD_ADJECTIVES = by_language(
    {
        "Spanish": """fuerte fuertes violento violenta violentos violentas grave graves gran
            grandes enorme enormes intenso intensa intensos intensas nuevo nueva nuevos
            nuevas potente potentes terrible terribles trágico trágica trágicos trágicas
            brutal brutales masivo masiva masivos masivas devastador devastadora leve
            leves peligroso peligrosa histórico histórica""",
        "Italian": """forte forti violento violenta violenti violente grave gravi grande
            grandi enorme enormi intenso intensa intensi intense nuovo nuova nuovi nuove
            potente potenti terribile terribili tragico tragica tragici tragiche brutale
            brutali devastante devastanti lieve lievi pesante pesanti pericoloso
            pericolosa storico storica""",
        "French": """fort forte forts fortes violent violente violents violentes grave
            graves grand grande grands grandes énorme énormes intense intenses nouveau
            nouvel nouvelle nouveaux nouvelles puissant puissante puissants puissantes
            terrible terribles tragique tragiques brutal brutale brutaux lourd lourde
            lourds lourdes léger légère dangereux dangereuse historique""",
        "Portuguese": """forte fortes violento violenta violentos violentas grave graves
            grande grandes enorme enormes intenso intensa intensos intensas novo nova novos
            novas potente potentes terrível terríveis trágico trágica trágicos trágicas
            brutal brutais devastador devastadora leve leves pesado pesada perigoso
            perigosa histórico histórica""",
    }
)
# the articles that stand only before a noun (or its adjective), never before a verb
_NOUN_ARTICLES = by_language(
    {
        "Spanish": "el un una unos unas del al",
        "Italian": "il un uno una del dello della dei degli delle nel nello nella al allo alla",
        "French": "un une du au aux des",
        "Portuguese": "um uma uns umas do da dos das no na ao",
    }
)
_WORD = r"[^\W\d_][\w'\u2019-]*"
_WORD_AFTER = re.compile(rf"\s+({_WORD})")
_CAPITALISED = re.compile(rf"(?<![\w'\u2019-]){_WORD}")


@dataclass(frozen=True, slots=True)
class LeadWords:
    """What a pair writes that tells a common word opening a sentence from a name: the
    words it writes after an article of a noun, and those it writes capitalised inside a
    sentence (in small letters)."""

    language: str
    nouns: frozenset[str]
    capitalised: frozenset[str]

    def common(self, word: str, text: str, end: int) -> bool:
        """True when ``word``, opening a sentence of ``text`` and ending at ``end``, is a
        common adjective before its noun (see the module)."""
        after = _WORD_AFTER.match(text, end)
        if after is None or not after.group(1).islower():
            return False
        low = word.lower()
        if low in self.capitalised:
            return False
        adjectives = LEAD_ADJECTIVES.get(self.language, frozenset())
        return low in adjectives or after.group(1) in self.nouns


def lead_words(texts: Iterable[str], language: str) -> LeadWords | None:
    """The pair's :class:`LeadWords` (``texts``: its units' folded texts) when it is
    written in French, Spanish, Italian or Portuguese; None otherwise."""
    articles = _NOUN_ARTICLES.get(language)
    if articles is None:
        return None
    after_article = re.compile(rf"(?<![\w'\u2019-])(?i:{'|'.join(articles)})\s+({_WORD})")
    nouns: set[str] = set()
    capitalised: set[str] = set()
    for text in texts:
        nouns.update(m.group(1) for m in after_article.finditer(text) if m.group(1).islower())
        for word in _CAPITALISED.finditer(text):
            if word.group()[0].isupper() and OPENING.search(text, 0, word.start()) is None:
                capitalised.add(word.group().lower())
    return LeadWords(language, frozenset(nouns), frozenset(capitalised))
