"""Titles in quote marks, told from quotations: a film's, a book's, a law's, a list's
("American Pie", "The Big Show: High Times and Dirty Dealings Backstage at the Academy
Awards.", "15 Most Wanted", a law 'On political parties').

News puts a title between quote marks as it does someone's words. A title is a name,
matched as an entity; read as a quotation it would repeat that match and make a passage
look shared for naming a film, and give the title to a speaker. ``quotes`` asks
:func:`is_title` of every quotation it finds and keeps only the others:

- a few words, each capitalised but the small ones ("Lord of the Rings"), with no pronoun
  or auxiliary of a sentence ("We Will Win." is one); over six words, none at all
  (:func:`looks_like_title`); a title may open with a figure ("15 Most Wanted", not "20
  percent"); after a German indefinite article a capitalised word is a noun the writer
  marks ('von einem „Durchbruchsdokument“'), a quotation;
- whatever its case, the title of the law, the bill, the book, the film ... named right
  before it, opening with a capital (:func:`named_work`).
"""

from __future__ import annotations

import re

__all__ = ["LONG_TITLE_MAX_WORDS", "TITLE_MAX_WORDS", "is_title", "looks_like_title", "named_work"]

_TITLE_WORDS = re.compile(r"[^\W_][\w'.-]*", re.UNICODE)
# lowercase words a title may hold ("Revolutionary Road", "Lord of the Rings")
_MINOR = frozenset({"a", "an", "and", "as", "at", "by", "de", "for", "from", "in", "la", "le",
                    "nor", "of", "on", "or", "the", "to", "vs", "with"})  # fmt: skip
TITLE_MAX_WORDS = 6
# a longer title, a book's, a song's, an award's ("The Big Show: High Times and Dirty
# Dealings Backstage at the Academy Awards", "Take Me Out to the Ball Game", "Outstanding
# Individual Performance in a Variety or Music Program."): every word capitalised but the
# small ones, as before, and no pronoun or auxiliary of a sentence set in capitals ("We
# Will Win", "Relations Between Our Countries Have Risen To A New High Level")
LONG_TITLE_MAX_WORDS = 14


def looks_like_title(inner: str) -> bool:
    """True for quote marks around a title ("American Pie", 'New Moon,', "X-Men: First
    Class", '15 Most Wanted', and "The Hunger Games." with the sentence's full stop inside
    the marks, as American usage puts it) rather than someone's words: a few words, each
    capitalised (small words aside), no person or auxiliary in them ("We Will Win." is a
    sentence); over six words, none of them at all.
    Titles are names, matched as entities; as quotations they would repeat those
    matches and make a passage look shared for naming a film."""
    words = _TITLE_WORDS.findall(inner)
    if not words or len(words) > LONG_TITLE_MAX_WORDS or not _opens_title(words):
        return False
    if inner.rstrip(" ,.")[-1:] in tuple("!?:;") or inner.rstrip().endswith(".."):
        return False
    sentence = any(w.lower() in _SPEAKING for w in words)
    if sentence and (len(words) > TITLE_MAX_WORDS or inner.rstrip().endswith(".")):
        return False
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in _MINOR for w in words)


def _opens_title(words: list[str]) -> bool:
    """True when ``words`` open as a title does: with a capital, or with a figure and a
    capitalised word ('15 Most Wanted', "30 Rock"), not a figure and a small word ("20
    percent")."""
    if words[0][0].isupper():
        return True
    return words[0][0].isdigit() and len(words) > 1 and words[1][0].isupper()


def named_work(folded: str, start: int, inner: str) -> bool:
    """True when the quotation ``inner``, opening at ``start`` of ``folded``, is the title
    of the law, the bill, the book, the film ... named right before it, whatever its case
    ("a law 'On political parties' was adopted", ECB+ 11_1ecbplus; "the film "Chasing
    the wind""): a few words opening with a capital or a figure. Words quoted after such
    a noun in small letters are someone's ("the bill "would destroy jobs"")."""
    words = _TITLE_WORDS.findall(inner)
    if not words or len(words) > LONG_TITLE_MAX_WORDS or not inner.lstrip()[:1].isupper():
        return False
    return _WORK_BEFORE.search(folded, max(0, start - 40), start) is not None


# the nouns a title follows: "a law 'On political parties'", "his new book "A Walk"",
# "the film titled "..."" (not a programme or a show, which people speak on and are told:
# 'he told the show "I am done"')
_WORK_BEFORE = re.compile(
    r"\b(?:law|bill|act|decree|statute|ordinance|resolution|book|novel|memoir|biography"
    r"|film|movie|documentary|play|musical|song|album|poem|painting|exhibition)"
    r"\s+(?:(?:titled|entitled|called|named)\s+)?$",
    re.IGNORECASE,
)


# German indefinite articles: a capitalised word quoted after one is a noun the writer
# marks ('von einem „Durchbruchsdokument“'), not a title, which German writes with "der",
# "die", "das" ('dem „Spiegel“')
_INDEFINITE = re.compile(r"\b(?:ein|eine|einen|einem|einer|eines)\s+$", re.IGNORECASE)


def _after_indefinite(folded: str, start: int) -> bool:
    """The quotation opening at ``start`` of ``folded`` follows a German indefinite
    article."""
    return _INDEFINITE.search(folded, max(0, start - 12), start) is not None


# words that make a capitalised line a sentence rather than a title
_SPEAKING = frozenset(
    """
    i we you he she they it is are was were will would can could should must do does did
    has have had am not
    """.split()  # noqa: SIM905
)


def is_title(folded: str, start: int, inner: str) -> bool:
    """True when the quotation ``inner``, its opening mark at ``start`` of ``folded``, is
    a title rather than someone's words (see the module)."""
    if named_work(folded, start, inner):
        return True
    return looks_like_title(inner) and not _after_indefinite(folded, start)
