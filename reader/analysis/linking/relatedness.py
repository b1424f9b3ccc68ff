"""Does the pair report one event? A verdict the reader sees before reading the links.

Measured on ECB+ dev (``benchmarks/quality.py --pairs 300``: 300 same-event pairs and a
different-event control for each): the semantic aligner finds no claim or quote in
common for 59% of the different-event pairs and for 2% of the same-event pairs (lexical:
64% and 8%). Among pairs with at least one link, neither the density of links nor the
number of shared names and figures told the two apart, so the verdict speaks only when
nothing is shared.
"""

from __future__ import annotations

from datetime import date

from reader.analysis.words.brief_language import brief_language
from reader.ingest.languages import ENGLISH_WORDS, WORD, main_language, main_script
from reader.ingest.normalize import fold
from reader.model import Alignment, Document, MatchKind

NOTHING_SHARED = (
    "No claim or quote in common was found: these two articles seem to report different "
    "events. Check that this is the pair you meant to compare."
)


def shared_statements(alignment: Alignment) -> int:
    """How many claim and quote links the pair has (hand-made links included)."""
    return sum(1 for m in alignment.matches if m.kind in (MatchKind.CLAIM, MatchKind.QUOTE))


SAME_TEXT = (
    "The two articles have the same text: every passage is its own match. Open another "
    "article on one side to compare two reports."
)
# one article read twice from two forms (its web page and its text pasted or saved), whose
# bylines, date lines or credits the two forms give differently
SAME_WORDS = (
    "The two articles have the same text but for their bylines, date lines or credits: "
    "every passage is its own match. Open another article on one side to compare two "
    "reports."
)


def _body(doc: Document) -> str:
    """``doc``'s words outside its boilerplate (the dimmed bylines, date lines and
    credits), spacing and quote marks folded."""
    text, out, at = doc.text, [], 0
    for span in sorted(doc.boilerplate, key=lambda s: s.start):
        out.append(text[at : span.start])
        at = max(at, span.end)
    out.append(text[at:])
    return " ".join(fold("".join(out)).split())


def pair_notice(alignment: Alignment) -> str | None:
    """A sentence for the reader when the two sides hold one text, when they are written
    in two scripts or two languages, when the pair looks unrelated, or when the two
    articles are dated more than a week apart; else None."""
    if alignment.a.text.strip() and alignment.a.content_hash == alignment.b.content_hash:
        return SAME_TEXT
    body = _body(alignment.a)
    if body and body == _body(alignment.b):
        return SAME_WORDS
    two = two_languages(alignment.a.text, alignment.b.text)
    if two is not None:
        x, y, what, shared = two
        model = f" {ENGLISH_ONLY_MODEL}" if ENGLISH_ONLY_MODEL in alignment.notices else ""
        return (
            f"Article A is written in {x}{what} and article B in {y}{what}: Crossread "
            "matches two articles of one language, so this pair can share little more "
            f"than {shared}.{model}"
        )
    if shared_statements(alignment) == 0:
        return _too_short(alignment) or NOTHING_SHARED
    notices = [n for n in (language_notice(alignment), date_notice(alignment)) if n]
    return " ".join(notices) or None


ENGLISH_ONLY_MODEL = (
    "The installed sentence model reads English only: to match articles in two languages "
    "by meaning, choose a multilingual model folder in Edit > Settings (or with --model-dir)."
)
"""What the aligner notes (``Alignment.notices``) when the installed model matched a pair
of two languages, and the two-language notice then says after its own sentence: a model
folder of the reader's own may read both, so nothing is said of English then."""


def two_languages(text_a: str, text_b: str) -> tuple[str, str, str, str] | None:
    """When the two articles are written in two scripts or two languages: each one's
    ("German", "English"), how the notice names them (" script" or ""), and what such a
    pair can share; else None."""
    for read, what, shared in (
        (main_script, " script", "figures and dates"),
        # a brief is enough to tell two languages apart (see not_english)
        (_brief_language, "", "names, figures and dates"),
    ):
        x, y = read(text_a), read(text_b)
        if x is not None and y is not None and x != y:
            return x, y, what, shared
    return None


# an article of fewer words than a news brief's lead has too little in it to share:
# nothing in common is no sign that the pair reports different events
SHORT_ARTICLE_WORDS = 20


def _too_short(alignment: Alignment) -> str | None:
    """A sentence saying that article A or B is too short to share anything, if it is."""
    for side, doc in (("A", alignment.a), ("B", alignment.b)):
        n = len(WORD.findall(doc.text))
        if n < SHORT_ARTICLE_WORDS:
            words = f"{n} word" + ("" if n == 1 else "s")
            return (
                f"Article {side} holds only {words}: too little to find what the two "
                "articles share. Check that it is the article you meant to open."
            )
    return None


def not_english(text: str) -> str | None:
    """What ``text`` is written in ("German", "Arabic script") when that is clearly not
    English, the only language the sentence model reads; else None (English, or too
    short to tell)."""
    return told_language(text) or None


def told_language(text: str) -> str | None:
    """What ``text`` is written in when that is clearly not English ("German", "Arabic
    script"); "" when it is English; None when it is too short to tell."""
    script = main_script(text)
    if script is None:
        return None
    if script != "Latin":
        return f"{script} script"
    # a short report is enough to tell the sentence model cannot read it
    language = main_language(text, minimum=MODEL_LANGUAGE_WORDS)
    if language is None:
        # Latvian, Lithuanian, Vietnamese, Swahili...
        return OTHER_LANGUAGE if little_english(text) else None
    return "" if language == "English" else language


OTHER_LANGUAGE = "a language other than English"
# English prose uses the English function words (reader.ingest.languages) in about a
# quarter of its words (the 264 ECB+ articles of 60 words or more: 0.10 at least, 0.27
# the median); a Latin-script text of as many words that uses them in under one word in
# twenty is in a language the lists do not tell (Latvian, Lithuanian, Vietnamese: 0)
ENGLISH_SHARE = 0.05
ENGLISH_SHARE_WORDS = 60


def little_english(text: str) -> bool:
    """True when ``text`` has enough words and few of them are English function words."""
    words = WORD.findall(text[:20_000].lower())
    if len(words) < ENGLISH_SHARE_WORDS:
        return False
    return sum(w in ENGLISH_WORDS for w in words) < ENGLISH_SHARE * len(words)


MODEL_LANGUAGE_WORDS = 10
PAIR_BRIEF_WORDS = 4
"""The function words two briefs too short to tell alone must have between them to be
read in a language other than English ("Der Film Das Boot von Wolfgang Petersen wurde
1981 gedreht." and "Wolfgang Petersen drehte Das Boot im Jahr 1981.": der, das, von,
wurde, im): their names, nouns and counts are read in it (:func:`pair_language`). The
sentence model's notice keeps MODEL_LANGUAGE_WORDS."""


def pair_language(text: str) -> str | None:
    """What the two sides of a pair, joined in ``text``, are written in when that is
    clearly not English (as :func:`not_english`), told from as few as
    PAIR_BRIEF_WORDS function words when they are too short for more, else from their
    counts, common nouns and verbs (reader.analysis.words.brief_language); None otherwise."""
    told = told_language(text)
    if told is None and main_script(text) == "Latin":
        told = main_language(text, minimum=PAIR_BRIEF_WORDS)
        if told is None:  # "Vier Menschen starben in Passau.": one function word
            return brief_language(text)
        return None if told == "English" else told
    return told or None


def _brief_language(text: str) -> str | None:
    """The language of ``text`` told from as few function words as a news brief has."""
    return main_language(text, minimum=MODEL_LANGUAGE_WORDS)


def language_notice(alignment: Alignment) -> str | None:
    """A sentence saying that the links of a pair matched on words alone rest on shared
    words, when both articles are written in one language other than English."""
    if alignment.method != "lexical":
        return None  # a model read them: the aligner says when it cannot be trusted to
    x, y = not_english(alignment.a.text), not_english(alignment.b.text)
    if x is None or x != y:
        return None
    return model_language_notice(x)


def model_language_notice(language: str) -> str:
    """What the reader is told when both articles are in ``language``, which the sentence
    model does not read: the aligner's notice (the command line's, the status bar's) and
    the window's above the articles, in the same words, so it is said once."""
    return (
        f"Both articles are in {language}, and Crossread's sentence model reads only "
        "English: these links rest on shared words, names and figures alone, so a claim "
        "the two put in different words may go unlinked."
    )


# Two reports of one event a week or more apart may tell two stages of it: 80 of the 530
# same-event ECB+ pairs whose two dates are known (Lohan checking into Betty Ford on May 3,
# 2013 and leaving it on June 13; Obama's memo of March 3, 2009 and the rule's repeal on
# April 28), and what they state can differ because time passed, not because one is wrong.
DATE_GAP_DAYS = 7


def date_notice(alignment: Alignment) -> str | None:
    """ "B is dated 41 days after A (...)" when the articles' dates lie more than
    DATE_GAP_DAYS apart, else None (also when a date is missing or unreadable)."""
    try:
        da = date.fromisoformat(alignment.a.date or "")
        db = date.fromisoformat(alignment.b.date or "")
    except ValueError:
        return None
    gap = abs((db - da).days)
    if gap <= DATE_GAP_DAYS:
        return None
    first, last = sorted((da, db))  # the same words after a swap, so a closed notice stays so
    return (
        f"The two articles are dated {gap} days apart ({first.isoformat()} and "
        f"{last.isoformat()}): they may tell different stages of the story."
    )
