"""Greetings and sign-offs: "Good morning.", "Welcome to our live coverage", "Thanks for
following.", "That's all for today.", "We'll be back tomorrow."

A live blog opens and closes its day with them; they carry no fact, yet two unrelated
live pages share them word for word, and the aligner linked them as a claim. They are
dimmed as boilerplate (never matched): a whole line, or a sentence of its own inside a
paragraph ("Good morning. The chancellor delivers her first budget today, ..."). A
sentence that only starts like one stays ("Good morning America reported ...", "Good
morning and welcome to our live coverage of Storm Isha, which has brought disruption to
large parts of the UK": the storm's disruption is a fact).
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
# the whole of a sentence: a greeting, its stop or exclamation mark, quotes around it
_WHOLE = re.compile(rf"[\"“‘']?{_GREETING}\s*[.!…]*[\"”’']?", re.IGNORECASE)
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
