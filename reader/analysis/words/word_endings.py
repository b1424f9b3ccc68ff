"""A capitalised word opening a sentence told a common word by its ending.

``opening_words`` asks this of a lone word opening an English sentence that the pair never
names inside one nor writes in small letters, that the sentence model's vocabulary holds
whole and that is no given name, place nor nationality ("Registration will run",
"Violence was also reported", "Approval ratings for the chancellor").

- **Endings of words made from other words** (-tion, -sion, -ment, -ness, -ship, -ism,
  -ial, -ual, -ive, -ous, -ful, -less, -able, -ible, -ally, -ately): a name seldom ends
  so, and one that does speaks ("Mission said", "Guinness said"); such a word is common
  before any word in small letters but a verb of saying.
- **Endings many names share** (-ity, -ence, -ance, -ary, -al: "Trinity", "Unity",
  "Laurence", "Providence", "Reliance", "Calgary", "Continental", "Universal"): the ending
  alone tells nothing, so the word is common only when more says so. Either it goes on
  with a noun it qualifies ("Celebrity website TMZ", "Approval ratings for", "Legendary
  pinup queen", "Ordinary workers are"): a word in small letters no verb's form (no
  function word, no "-ed", no irregular past, no verb of saying, no "-ly"), itself
  followed by no object ("Calgary beat them", "Unity won the vote" stay). Or it is an
  "-ence" or "-ance" noun whose "-ent" or "-ant" adjective the vocabulary holds as a word,
  not a given name ("Violence" of "violent"; not "Laurence" of "Laurent", "Providence",
  "Reliance"), before any word in small letters but a verb of saying.

A word the pair names inside a sentence only as a longer name's first word ("the
Presidential Guard", "the Congressional Review Act") is asked less: whether it has
either ending and goes on with a noun it qualifies (``qualifier_by_ending``:
"Presidential guards, who", "Congressional critics and"; not "Summit officials said",
"Interior officials said", of no such ending).
"""

from __future__ import annotations

import re

from reader.analysis.names.office_places import first_name
from reader.analysis.words.lexicon import IRREGULAR_VERBS, STOPWORDS
from reader.analysis.words.model_vocabulary import vocabulary_word

__all__ = ["common_by_ending", "qualifier_by_ending"]

_COMMON_ENDING = re.compile(
    r"^[a-z]{3,}(?:tion|sion|ment|ness|ship|ism|ial|ual|ive|ous|ful|less|able|ible|ally"
    r"|ately)$"
)
_SHARED_ENDING = re.compile(r"^[a-z]{3,}(?:ity|ence|ance|ary|al)$")
# an abstract noun's ending and its adjective's: "violence" of "violent"
_NOUN_OF_ADJECTIVE = re.compile(r"^([a-z]{3,}[ea])nce$")
# verbs of saying, which a name goes on with, not a common word: "Guinness said"
_SPEECH_VERBS = frozenset(("said", "says", "told", "tells", "added", "announced"))
# the word after, or a comma closing the noun ("Presidential guards, who stand")
_WORD_AFTER = re.compile(r"\s+([A-Za-z0-9][\w'\u2019-]*)|,")
# words opening a verb's object or complement: "Calgary beat them", "Unity won the vote"
_OBJECT_OPENERS = frozenset(
    """
    the a an this that these those his her its their my our your him them me us it to
    some any every each no all both another what which who whom whose there here
    """.split()  # noqa: SIM905
)


def common_by_ending(low: str, following: str, text: str, end: int) -> bool:
    """``low`` (a lone capitalised word opening an English sentence, in small letters),
    going on with the word ``following`` in small letters that ends at ``end`` of
    ``text``, is a common word by its ending (see the module)."""
    if following in _SPEECH_VERBS:
        return False
    if _COMMON_ENDING.search(low):
        return True  # "Registration will", "Television icon", "Perennial party girl"
    if not _SHARED_ENDING.search(low):
        return False
    return _noun_after(following, text, end) or _noun_of_adjective(low)


def qualifier_by_ending(low: str, following: str, text: str, end: int) -> bool:
    """``low`` (as for ``common_by_ending``) has the ending of a word made from another or
    one many names share and goes on with a noun it qualifies: "Presidential guards,",
    "Congressional critics and", "Perennial party girl"; not "Summit said"."""
    ending = _COMMON_ENDING.search(low) or _SHARED_ENDING.search(low)
    return ending is not None and _noun_after(following, text, end)


def _noun_after(word: str, text: str, end: int) -> bool:
    """``word`` (ending at ``end`` of ``text``) is a noun a word before it qualifies: no
    form of a verb, and followed by a word opening no object or by a comma ("website
    TMZ", "ratings for", "workers are", "guards, who"; not "beat them", "won the")."""
    if (
        word in STOPWORDS
        or word in IRREGULAR_VERBS
        or word.endswith(("ed", "ly"))
        or not word.isalpha()
    ):
        return False
    after = _WORD_AFTER.match(text, end)
    return after is not None and after.group(1) not in _OBJECT_OPENERS


def _noun_of_adjective(low: str) -> bool:
    """``low`` is an "-ence" or "-ance" noun of an "-ent" or "-ant" adjective the
    vocabulary holds, not a given name: "violence" ("violent"); not "laurence"
    ("Laurent"), "reliance"."""
    made = _NOUN_OF_ADJECTIVE.fullmatch(low)
    if made is None:
        return False
    adjective = made.group(1) + "nt"
    return vocabulary_word(adjective) and not first_name(adjective.capitalize())
