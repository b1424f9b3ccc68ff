"""A sentence's first word is capitalised whatever it is.

"People fled their homes", "Riots spread to Thessaloniki", "Officials said": the sentence
rules take a capitalised word for a name, so such openers became entities that matched
each other across the articles ("People" with "People", the magazine). Only the pair
tells "Riots spread" from "Putin said": a lone capitalised word opening a sentence, with
the sentence going on in small letters, is no name when the pair writes it in small
letters elsewhere ("the riots") or when it is a noun for people ("People").

A quotation opens a sentence of its speaker's ('"Tonight we vote for the river," she
said'), and the same holds there. Some English words name nothing wherever they stand,
and two reports quoting one sentence open with the same one, seldom writing it in small
letters elsewhere: an adverb of time ("Tonight", "Earlier"), of manner or of comment
("Never", "Perhaps", "Sadly"), an indefinite pronoun ("Nobody", "Everything"), a word of
speech ("Please", "Thank", "Yes"). Alone, opening an English sentence or quotation, such
a word is no name, whatever follows it ("Earlier, police said").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis.features import UnitFeatures
from reader.analysis.mention import Mention
from reader.analysis.names.cased_names import refine_cased_names
from reader.analysis.words.headline_case import headline_case
from reader.analysis.words.lexicon import PERSON_NOUNS

_SMALL_WORD = re.compile(r"(?<![\w'\u2019-])[a-z][a-z'\u2019-]*")
_FIRST_WORD = re.compile(r"[\W_]*")
_GOES_ON_SMALL = re.compile(r"\s+[a-z]")
# an opening quote mark right before (after a space, a colon or the start): '"Every'
_QUOTE_OPENS = re.compile(r"(?:^|[\s:,(])[\"\u201c\u2018']$")
# English words that name nothing opening a sentence or a quotation (see the module)
_ENGLISH_OPENERS_TEXT = """
    tonight earlier later overnight recently currently previously initially eventually
    finally soon already again once twice never always sometimes often usually perhaps
    maybe instead indeed otherwise together meanwhile nowadays someday hopefully
    unfortunately fortunately sadly luckily clearly obviously honestly frankly apparently
    certainly surely actually really basically ultimately nobody everyone everybody
    someone somebody anyone anybody nothing something anything everything nowhere
    somewhere everywhere please thank thanks sorry yes yeah enough let listen
"""
ENGLISH_OPENERS = frozenset(_ENGLISH_OPENERS_TEXT.split())


def drop_common_openers(*sides: Sequence[UnitFeatures]) -> None:
    """Remove, in place, the name that is only a common word opening its sentence; in a
    cased language other than English, read the names again against the pair (see
    ``cased_names``)."""
    units = [f for side in sides for f in side]
    small = {w.lower() for f in units for w in _SMALL_WORD.findall(f.unit.folded)}
    for f in units:
        if not f.names or headline_case(f.unit.folded):
            continue
        text = f.unit.folded
        opening = _FIRST_WORD.match(text).end()  # type: ignore[union-attr]
        english = f.language is None
        f.names = [
            n
            for n in f.names
            if not _common_opener(
                text, n, n.span.start - f.unit.span.start, opening, small, english=english
            )
        ]
    refine_cased_names(*sides)


def _common_opener(
    text: str, name: Mention, start: int, opening: int, small: set[str], *, english: bool
) -> bool:
    """``name`` (at ``start`` of ``text``) is a lone word opening the sentence or a
    quotation inside it ('said: "Every time ...'), and either an English word that names
    nothing (``ENGLISH_OPENERS``, in an ``english`` sentence) or, the words after it in
    small letters, a common word of the pair or a noun for people."""
    opens = start == opening or _QUOTE_OPENS.search(text, 0, start) is not None
    if not opens or " " in name.surface:
        return False
    if english and name.key in ENGLISH_OPENERS:
        return True
    goes_on_small = _GOES_ON_SMALL.match(text, start + len(name.surface))
    return bool(goes_on_small and (name.key in small or name.key in PERSON_NOUNS))
