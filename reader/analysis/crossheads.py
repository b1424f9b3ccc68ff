"""Crossheads: the short lines that head a part of an article ("About the prison:", "Some
known inmates:", "Reaction in Seoul"), a paragraph of their own of a few words with no
verb, ending in a colon or in no mark at all. They state nothing, so they are linked to
no sentence (ECB+ 3_2 linked "About the prison:" to B's '"In his own words, it is not in
his DNA to stay in prison.'), they are no passage "only in one" article, they do not
join the passage of the sentence after them, and the words one quotes ('"Not in his
DNA"') are no quotation of the article (``pipeline._outside``). A sentence introducing
what follows ("The judge told Nichols:", "Macron a déclaré :") has a verb and is linked
as any other.

A paragraph the source marks as a heading (``Document.headings``: an HTML <h2>, a
Markdown "##", a Word heading style) is a crosshead whatever its shape ("Protections
found lacking", "SAG 'S DARK CLOUD", "What The New Law Will Change For Families"), when it
comes after a sentence of the body (so not a deck under the headline that a page writes
as an <h2>) and is no sentence of the body itself: at most MARKED_WORDS words, and not a
sentence ending in a full stop of more than HEADING_WORDS (a publisher's lede in an <h2>).

A line without a colon the source does not mark (plain text, or a page whose headings
are <p><strong>) is told by its shape alone: it comes after a sentence of the body and
before more of it (so neither the headline, nor the deck under it, nor a sign-off), opens
with a capital, holds no figure, quotation mark, comma or verb, and no name followed by a
word in small letters ("Putin arrives in Pyongyang", a live blog's update, is a claim).
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections.abc import Sequence

from reader.analysis.conflicts.negation import AUXILIARIES as ENGLISH_AUXILIARIES
from reader.analysis.units import Unit, own_paragraph
from reader.analysis.words.common_words import AUXILIARIES
from reader.analysis.words.headline_case import headline_case
from reader.analysis.words.lexicon import FOREIGN_FUNCTION_WORDS, IRREGULAR_PAST, STOPWORDS
from reader.analysis.words.saying import REPORTED, SAYING
from reader.ingest.given_names import is_given_name
from reader.model import Document

CROSSHEAD_WORDS = 5  # words of a crosshead ending in a colon, at most
HEADING_WORDS = 6  # words of a crosshead without one, at most
TITLE_CASE_WORDS = 3  # ... when it is written in Title Case or capitals ("BIGGEST PROTEST")
MARKED_WORDS = 12  # words of a crosshead the source marks as a heading, at most

_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
# the verbs a short line may hold: English auxiliaries and modals (``negation``'s),
# regular and irregular pasts; other languages' auxiliaries (``common_words.AUXILIARIES``,
# less the articles and pronouns one of them shares with another: Spanish "les", French
# "les") and verbs of saying
_VERBS = ENGLISH_AUXILIARIES.union(
    IRREGULAR_PAST,
    frozenset().union(*AUXILIARIES.values()).difference(*FOREIGN_FUNCTION_WORDS.values()),
)


def crossheads(units: Sequence[Unit], doc: Document) -> set[int]:
    """The indexes of the ``units`` of ``doc`` that are crossheads: see the module's
    docstring."""
    starts = [p.start for p in doc.paragraphs]
    headline_end = doc.paragraphs[0].end if doc.paragraphs else 0
    marked = {h.start for h in doc.headings}
    found: set[int] = set()
    told = False  # a sentence of the body came before
    for k, u in enumerate(units):
        if own_paragraph(u, doc, starts) and (
            _crosshead(u.folded)
            or (told and _marked(u.text) and _paragraph_start(u.span.start, starts) in marked)
            or (told and k + 1 < len(units) and _heading(u.folded, doc.text))
        ):
            found.add(u.index)
        told = told or (u.span.start >= headline_end and u.folded.rstrip().endswith(_ENDS))
    return found


def _paragraph_start(offset: int, starts: Sequence[int]) -> int | None:
    """Where the paragraph holding ``offset`` starts (``starts``: the paragraphs')."""
    at = bisect_right(starts, offset) - 1
    return starts[at] if at >= 0 else None


def _marked(text: str) -> bool:
    """A heading the source marks is a crosshead unless it is a sentence of the body: more
    than MARKED_WORDS words, or more than HEADING_WORDS ending in a full stop."""
    words = len(_WORD.findall(text))
    if not 0 < words <= MARKED_WORDS:
        return False
    return words <= HEADING_WORDS or not text.rstrip().endswith(".")


# verbs of thinking and finding in the present, which a short line introducing what follows
# ends with ("Police believe:", "Officials fear:") and the saying verbs leave out
_THINKING = frozenset(
    """
    believe believes think thinks fear fears hope hopes suspect suspects expect expects
    recall recalls know knows find finds feel feels worry worries agree agrees allege
    alleges conclude concludes estimate estimates reckon reckons doubt doubts remember
    remembers understand understands want wants
    """.split()  # noqa: SIM905
)
# words that join two nouns of a heading ("Hopes and fears:"), so the noun after them is
# no verb
_JOINING = frozenset(("and", "or", "&"))
# question words opening an explainer's heading ("What we know:", "Who they are:")
# the question words an explainer's heading opens with ("What happens next", "Where it
# came from"); not "when", which opens a clause introducing a quotation too ("When asked:")
_ASKING = frozenset(("what", "why", "how", "who", "where", "which"))
# the prepositions such a heading may end with ("What it pays for", "Who it is for")
_STRANDED = frozenset(("about", "at", "for", "from", "in", "of", "on", "to", "with"))


# how a sentence of the body ends (a quotation's closing mark included)
_ENDS = (".", "!", "?", '"', "'", ":")
_FUNCTION_WORDS = STOPWORDS.union(*FOREIGN_FUNCTION_WORDS.values())
_QUOTE_MARK = re.compile(r"[\"«»]|(?<![^\W_])'|'(?![^\W_])")


def _heading(text: str, doc_text: str) -> bool:
    """A crosshead without a colon ("Reaction in Seoul", "What happens next"): a few words
    opening with a capital and ending with a letter, no figure, quotation mark, comma or
    semicolon, not ending with an English function word (a sentence cut short: "Where the
    action is wholly beneficial, or") but for a preposition after a question word ("What
    it pays for"), and no verb (see ``_no_verb``). ``doc_text``: the
    article, where a name is written with its capital inside a sentence. A line naming a
    person by a given name is left to ``bare_names``, which reports it "only in one" when
    the other article does not name that person."""
    text = text.strip()
    if not text or not text[0].isupper() or not text[-1].isalpha():
        return False
    if any(c.isdigit() or c in ",;" for c in text) or _QUOTE_MARK.search(text):
        return False
    words = _WORD.findall(text)
    if len(words) > HEADING_WORDS or (len(words) > TITLE_CASE_WORDS and headline_case(text)):
        return False
    if len(words) > 1 and words[-1].lower() in STOPWORDS and not _asked_after(words):
        return False
    if any(is_given_name(w) and after[0].isupper() for w, after in itertools.pairwise(words)):
        return False  # a person's name ("Sergei Shoigu"): see reader.analysis.names.bare_names
    return _no_verb(text, words, doc_text)


def _asked_after(words: Sequence[str]) -> bool:
    """A question word opening the line and a preposition ending it: an explainer's
    heading ("What it pays for", "Who it is for"), not a sentence cut short."""
    return words[0].lower() in _ASKING and words[-1].lower() in _STRANDED


def _crosshead(text: str) -> bool:
    """A few words ending in a colon, none of them a verb, or opening with a question
    word."""
    text = text.strip()
    if not text.endswith(":"):
        return False
    words = _WORD.findall(text)
    if not words or len(words) > CROSSHEAD_WORDS:
        return False
    return _no_verb(text, words)


def _no_verb(text: str, words: Sequence[str], doc_text: str | None = None) -> bool:
    """None of the ``words`` of ``text`` is a verb (of saying, an auxiliary, a past, a verb
    of thinking after a noun), or they open with a question word ("What happens next").
    With ``doc_text`` (the article), a line without a colon, a word in small letters after
    a name is a verb too, and so is one ending in -s before a function word (see
    ``_subject_and_verb``, ``_present_verb``)."""
    if SAYING.search(text) or REPORTED.search(text):
        return False
    lowered = [w.lower() for w in words]
    if lowered[0] in _ASKING and len(words) > 1:
        return True
    if any(w in _VERBS or w.endswith("ed") for w in lowered):
        return False
    if any(w in _THINKING and before not in _JOINING for before, w in itertools.pairwise(lowered)):
        return False
    return doc_text is None or not any(
        _subject_and_verb(words, k, doc_text) or _present_verb(words, k)
        for k in range(len(words) - 1)
    )


def _subject_and_verb(words: Sequence[str], k: int, doc_text: str) -> bool:
    """``words[k]`` a name and the word after it a word in small letters, not a function
    word: a subject and its verb ("Zelenskyy arrives in Washington", "Putin and Kim sign
    pact", "Donau steigt weiter"). The first word is a name when the article writes it
    with its capital inside a sentence ("Feuerwehrmann stirbt", not "Military
    cooperation")."""
    word, after = words[k], words[k + 1]
    if not word[0].isupper() or word.lower() in _FUNCTION_WORDS or "'" in word:
        return False
    if not after.islower() or after in _FUNCTION_WORDS:
        return False
    return k > 0 or re.search(rf"(?:[^\W\d_A-Z]|,) {re.escape(word)}\b", doc_text) is not None


def _present_verb(words: Sequence[str], k: int) -> bool:
    """``words[k]`` in small letters ending in -s before a function word: a verb in the
    present ("Tension mounts in Seoul")."""
    word = words[k]
    return (
        word.islower()
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is", "'s"))
        and words[k + 1].lower() in _FUNCTION_WORDS
    )
