"""The words a denial is told by in French, German, Spanish, Italian and Portuguese, as
reader.analysis.conflicts.negation tells English's: the plain negators of a verb, the words that
complete one ("ne ... pas", "non ... mai"), the other negative words that leave a pair
alone, the small words that may stand beside a negator, and the words around one that
make it bound, contrast or hedge rather than deny."""

from __future__ import annotations

from dataclasses import dataclass

from reader.analysis.words.common_words import AUXILIARIES as COMMON_SMALL
from reader.analysis.words.lexicon import FOREIGN_FUNCTION_WORDS, by_language


@dataclass(frozen=True, slots=True)
class NegationWords:
    """One language's words of negation (all in lower case)."""

    negators: frozenset[str]  # "nicht", "no", "non", "não", "ne"
    # words completing a negator a word or two before ("ne ... pas", "non ... mai"); in
    # French the negator needs one ("ne ... que" is "only")
    completing: frozenset[str]
    needs_completing: bool
    negative: frozenset[str]  # "rien", "nadie", "niente", "nichts": left alone
    beside: frozenset[str]  # auxiliaries, pronouns and articles beside a negator
    small: frozenset[str]  # the words a denial's detail goes on past ("à", "la")
    not_denying_after: frozenset[str]  # "nicht nur", "no sólo", "non solo"
    not_denying_before: frozenset[str]  # "ob nicht", "si no", "o no"
    instead: frozenset[str]  # "sondern", "sino", "mais", "bis", "hasta"
    scope: frozenset[str]  # "weil", "parce", "porque": may tell why it happened
    # words beside the verb on the side without the negator only: French "toujours" is
    # "still" against "n'est plus" ("est toujours en vie" / "n'est plus en vie"), but
    # "always" after one ("n'est pas toujours présent" denies no "est présent")
    kept_only: frozenset[str] = frozenset()


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_NEGATORS = by_language(
    {
        "German": "nicht nie niemals kein keine keinen keinem keiner keines",
        "French": "ne n'",
        "Spanish": "no nunca jamás",
        "Italian": "non",
        "Portuguese": "não nunca jamais",
    }
)
_COMPLETING = by_language(
    {
        "German": "mehr",
        "French": "pas plus jamais point guère",
        "Spanish": "nunca jamás",
        "Italian": "mai più affatto",
        "Portuguese": "mais nunca",
    }
)
_NEGATIVE = by_language(
    {
        "German": """nichts niemand niemanden weder ohne keineswegs bestreitet bestritt
            bestritten dementiert dementierte lehnt lehnte abgelehnt verweigert
            verweigerte""",
        "French": """rien personne aucun aucune nul nulle ni sans nie niait nié démenti
            dément refuse refusé refusait rejette rejeté""",
        "Spanish": """nada nadie ningún ninguno ninguna ni sin niega negó negado rechaza
            rechazó rechazado""",
        "Italian": """niente nulla nessuno nessuna nessun né senza nega negato rifiuta
            rifiutato respinge respinto""",
        "Portuguese": """nada ninguém nenhum nenhuma nem sem nega negou negado recusa
            recusou rejeita rejeitou""",
    }
)
# the articles a German "kein" stands for ("eine Einigung" / "keine Einigung"), the
# elided pronouns of French and Italian ("ne l'a pas"), "ya no", "já não", "non ancora"
_BESIDE = by_language(
    {
        "German": "ein eine einen einem einer eines noch",
        "French": "a l' m' t' s' y en encore",
        "Spanish": "ya todavía aún",
        "Italian": "l' m' t' s' c' v' ancora",
        "Portuguese": "já ainda",
    }
)
_NOT_DENYING_AFTER = by_language(
    {
        "German": """nur erst einmal zuletzt unbedingt ganz genau weit lange so bis vor
            seit wegen weil weniger als zu""",
        "French": """seulement uniquement que même forcément tout vraiment loin avant
            depuis parce moins""",
        "Spanish": """solo sólo solamente únicamente siquiera necesariamente muy tan
            hasta antes desde porque lejos menos""",
        "Italian": """solo soltanto solamente neanche nemmeno necessariamente proprio
            tanto molto fino prima perché lontano meno""",
        "Portuguese": """só somente apenas necessariamente muito tão até antes desde
            porque longe menos""",
    }
)
_NOT_DENYING_BEFORE = by_language(
    {
        "German": "oder ob wenn falls aber und warum",
        "French": "ou si mais et pourquoi",
        "Spanish": "o si pero y e qué",
        "Italian": "o se ma e perché",
        "Portuguese": "ou se mas e porque",
    }
)
_INSTEAD = by_language(
    {
        "German": "sondern stattdessen bis außer",
        "French": "mais plutôt jusqu' jusque sauf avant",
        "Spanish": "sino pero hasta salvo excepto",
        "Italian": "ma bensì invece fino tranne",
        "Portuguese": "mas sim até exceto salvo",
    }
)
_SCOPE = by_language(
    {
        "German": "weil wegen",
        "French": "parce cause",
        "Spanish": "porque causa",
        "Italian": "perché poiché causa",
        "Portuguese": "porque causa",
    }
)

_KEPT_ONLY = by_language({"French": "toujours"})


def negation_words(language: str | None) -> NegationWords | None:
    """``language``'s words of negation; None for English (reader.analysis.conflicts.negation's
    own) and for a language without them."""
    if language not in _NEGATORS:
        return None
    negators = _NEGATORS[language]
    completing = _COMPLETING[language]
    small = (COMMON_SMALL.get(language, frozenset()) | _BESIDE[language]) - negators - completing
    return NegationWords(
        negators=negators,
        completing=completing,
        needs_completing=language == "French",
        negative=_NEGATIVE[language],
        beside=small,
        small=small | FOREIGN_FUNCTION_WORDS.get(language, frozenset()),
        not_denying_after=_NOT_DENYING_AFTER[language],
        not_denying_before=_NOT_DENYING_BEFORE[language],
        instead=_INSTEAD[language],
        scope=_SCOPE[language],
        kept_only=_KEPT_ONLY.get(language, frozenset()),
    )


# every language's plain negators, English's with them: a quotation whose extra words
# put one of these before the other's words denies them ("Não vamos recorrer")
ALL_NEGATORS = frozenset().union(*_NEGATORS.values()) | {"not", "never", "cannot"}
