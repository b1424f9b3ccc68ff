"""The common words of the cased languages other than English, beyond their function
words (``lexicon.FOREIGN_FUNCTION_WORDS``): what is no evidence that two sentences say
the same thing, and what names nothing when it opens a sentence capitalised.

- **Auxiliaries and pronouns** ("ont", "était", "hat", "wurde", "fue", "hay", "è",
  "foi"): two sentences sharing only these and the articles share nothing; they are
  scored as any word, but a link needs a word beyond them (``word_forms``,
  ``lexical.LexicalIndex.content_rows``).
- **Words opening a sentence** ("Cinco personas", "Segundo día", "Dopo l'incendio",
  "Quelques habitants", "Vamos a investigar"): a count, an ordinal (``lexicon``'s
  ``FOREIGN_ORDINALS``, the table ``ordinals`` reads counts with), or one of the
  language's commonest words written in small letters, which jusText's stoplists (a
  dependency of trafilatura, counted over each language's Wikipedia) list as written.
  Those lists hold content words too ("ville", "gouvernement", "millions"), so they tell
  only that a lone capitalised word opening a sentence is no name, never what is
  evidence.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

from reader.analysis.words.lexicon import FOREIGN_NUMBER_WORDS, FOREIGN_ORDINALS, by_language

__all__ = ["AUXILIARIES", "commonest_words", "opening_words", "small_words"]


# the forms of "be", "have", "become", the common modals and "go" as an auxiliary, the
# object pronouns, the commonest adverbs and quantifiers, and the indefinite pronouns
# ("Ninguém ficou ferido", "Niemand wurde verletzt")
AUXILIARIES = by_language(
    {
        "German": """bin bist ist sind seid war warst waren wäre wären gewesen sein habe
            hast hat haben habt hatte hatten hätte hätten gehabt werde wirst wird werden
            wurde wurden würde würden worden kann können konnte konnten muss müssen musste
            mussten soll sollen sollte sollten will wollen wollte wollten mich dich sich
            uns euch ihm ihn ihnen ihr ihre ihren ihrem ihrer ihres seine seinen seinem
            seiner seines unser unsere nicht sehr mehr so auch noch immer wieder etwa
            rund fast niemand jemand nichts etwas""",
        "French": """suis es est sommes êtes sont étais était étions étaient serai sera
            serons seront serait seraient fut furent soit soient été étant ai as avons
            avez ont avais avait avions avaient aurai aura aurons auront aurait auraient
            eu eut ayant va vont allons me te se lui eux y ne pas plus très bien tout tous
            toute toutes autre autres même encore comme donc car rien personne""",
        "Spanish": """soy eres es somos son era eran fue fueron será serán sería serían
            sido siendo estoy está están estaba estaban estuvo estar he has ha hemos han
            había habían habrá hubo haya hay haber vamos va van me te se nos le les lo mi
            mis tu nuestro nuestra no muy más todo toda todos todas otro otra otros otras
            mismo misma estamos estás estáis estuvieron nadie nada alguien algo""",
        "Italian": """sono sei è siamo siete era erano fu furono sarà saranno sarebbe
            stato stata stati state essere ho hai ha abbiamo avete hanno aveva avevano
            avrà avuto avere va vanno mi ti si ci vi gli ne lo non più molto tutto tutti
            tutta tutte altro altri altra altre stesso stessa sto stai sta stiamo stanno
            stava stavano nessuno niente nulla qualcuno qualcosa""",
        "Portuguese": """sou é somos são era eram foi foram será serão seria sido sendo
            ser estou está estão estava estavam esteve estar tenho tem temos têm tinha
            tinham teve tiveram ter há havia houve vamos vai vão me te se lhe lhes nos
            não muito mais todo toda todos todas outro outra outros outras mesmo mesma
            estamos estás estiveram ninguém nada alguém algo""",
        "Dutch": """ben bent is zijn was waren geweest heb hebt heeft hebben had hadden
            gehad word wordt worden werd werden geworden zal zullen zou zouden kan kunnen
            kon konden moet moeten moest moesten mag mogen mocht mochten wil willen wilde
            wilden niet zeer meer""",
        # (and Swedish's verbs of saying, which name no fact: "säger", "uppger")
        "Swedish": """är var varit vara blir blev blivit bli har hade haft ha ska skulle
            kan kunde kunnat måste får fick fått vill ville kommer mig dig sig oss er honom
            henne inte mycket mer mest ingen inget ingenting någon något säger sade sa
            uppger uppgav berättar berättade""",
    }
)
# jusText's name of each language's stoplist: the Latin-script ones only (Russian's holds
# nearly 4,000 words, and Russian names a person "Вера" or "Лев")
_STOPLISTS = {
    language: language
    for language in ("German", "French", "Spanish", "Italian", "Portuguese", "Dutch", "Swedish")
}


@lru_cache(maxsize=16)
def small_words(language: str) -> frozenset[str]:
    """The commonest words of ``language`` that it writes in small letters (jusText's
    stoplist, words listed capitalised or with punctuation left out); none when the
    list is missing."""
    if language not in _STOPLISTS:
        return frozenset()
    return frozenset(w for w in commonest_words(language) if w.islower())


@lru_cache(maxsize=16)
def commonest_words(language: str) -> frozenset[str]:
    """The commonest words of ``language`` as jusText's stoplist writes them (German's
    nouns capitalised: "Menschen", "Jahr"), of letters only; none when the list is
    missing. English's too."""
    # the package's folder, found without importing it (which imports lxml: 50 ms)
    spec = importlib.util.find_spec("justext")
    if spec is None or not spec.submodule_search_locations:
        return frozenset()
    path = Path(next(iter(spec.submodule_search_locations)), "stoplists", f"{language}.txt")
    try:
        words = path.read_text(encoding="utf-8").split()
    except OSError:
        return frozenset()
    return frozenset(w for w in words if w.isalpha())


@lru_cache(maxsize=16)
def opening_words(language: str) -> frozenset[str]:
    """Words that, capitalised alone at the start of a sentence, name nothing in
    ``language``: its counts, ordinals, auxiliaries and commonest small-letter words."""
    return (
        frozenset(FOREIGN_NUMBER_WORDS.get(language, {}))
        | frozenset(FOREIGN_ORDINALS.get(language, {}))
        | AUXILIARIES.get(language, frozenset())
        | small_words(language)
    )
