"""A figure that is what analysts expected, or a sum a company expects, not what was
reported.

A business story sets a company's results against the market's expectations: "earnings
per share of $1.23 ... Analysts had expected $1.18 a share, according to LSEG data",
"revenue of $4.2bn, roughly in line with estimates of $4.19bn", "Analysts on average
expect $17.1bn". The estimate is no value of the result the other article reports
("$1.23 per diluted share" against "$1.18" is no disagreement): it compares only with
another estimate. Likewise a sum of money looked forward to ("For the fourth quarter, the
company forecast revenue of between $4.35bn and $4.45bn", "Norvane expects revenue of
$17 billion") is an outlook, compared only with another outlook, not with the quarter's
revenue ("Revenue for the third quarter was $4.21 billion").
"""

from __future__ import annotations

import re

from reader.analysis.features import UnitFeatures
from reader.analysis.figures.currency_codes import CURRENCIES
from reader.analysis.figures.earlier_occasions import figure_clause
from reader.analysis.mention import Mention
from reader.lazy_regex import LazyPattern

ESTIMATE = "estimate"
OUTLOOK = "outlook"


def looked_ahead(f: UnitFeatures, m: Mention) -> str:
    """What figure ``m`` of sentence ``f`` is when not a result: ESTIMATE when it is
    analysts' (:func:`estimated`), OUTLOOK when it is a sum of money its clause tells as
    expected or forecast ("the company forecast revenue of between $4.35bn and $4.45bn",
    "expects revenue in the range of ...", "its outlook of $16.6 billion"), else ''."""
    if estimated(f, m):
        return ESTIMATE
    money = m.unit_word in CURRENCIES or m.surface[:1] in _SIGNS
    if not money:
        return ""
    start = m.span.start - f.unit.span.start
    before, _ = figure_clause(f.unit.text, start, m.span.end - f.unit.span.start)
    return OUTLOOK if _OUTLOOK.search(before) is not None else ""


def estimated(f: UnitFeatures, m: Mention) -> bool:
    """Figure ``m`` of sentence ``f`` is analysts' or the market's expectation: its clause
    tells an expectation before it ("had expected", "estimates of", "forecast",
    "consensus") and the sentence, before it, names whose (analysts, Wall Street, the
    consensus, an estimates' data source such as LSEG or FactSet, or "estimates" itself).
    A company's own outlook ("Norvane expects revenue of ...") is none."""
    start = m.span.start - f.unit.span.start
    before, _ = figure_clause(f.unit.text, start, m.span.end - f.unit.span.start)
    return (
        _EXPECTING.search(before) is not None and _WHOSE.search(f.unit.text, 0, start) is not None
    )


def _words(*alternatives: str) -> LazyPattern:
    return LazyPattern(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)


_EXPECTING = _words(
    r"expect(?:s|ed|ing|ations?)?",
    r"estimat(?:e|es|ed)",
    r"forecast(?:s|ed|ing)?",
    r"consensus",
    r"predict(?:s|ed|ing|ions?)?",
    r"anticipated",
    r"projected",
)
_WHOSE = _words(
    r"analysts?",
    r"wall\s+street",
    r"consensus",
    r"estimates",
    r"(?:LSEG|FactSet|Refinitiv|I/B/E/S|Visible\s+Alpha|Zacks|Bloomberg)\s+(?:data|consensus|estimates?)",
)
_SIGNS = frozenset("$£€¥")
# a sum looked forward to: "expects revenue of", "forecast revenue of between", "outlook
# of", "guidance of", "sees revenue of"
_OUTLOOK = _words(
    r"expect(?:s|ed|ing|ations?)?",
    r"forecast(?:s|ed|ing)?",
    r"outlook",
    r"guidance",
    r"projects?",
    r"anticipates?",
    r"sees",
)
