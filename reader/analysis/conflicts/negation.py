"""A claim and its denial: two linked sentences worded alike, one of them negating what
the other states ("The jury sentenced Nichols to death" / "The jury did not sentence
Nichols to death"; "will travel to Cairo" / "will not travel to Cairo").

Precision first: the two sentences' words (stems, contractions spelt out) must differ in
a negator ("not", "n't", "never", "no longer") and, around it, auxiliaries alone ("did
not", "has not been"), the verb after it shared; a few other words may differ elsewhere
("confirmed" / "said"), no more than a fifth of the sentence. Left alone: a sentence
with any other negative word on either side ("no", "nobody", "denied", "refused": the
other may say the same in other words), two negators on one side, a question, a
negation in quotation marks on both sides (the quotations are compared as quotations,
reader.analysis.quotations.quote_matching), and the negations that deny nothing the
other states: "not only ... but", "whether or not", "if not", ", not the army", "did not land until
Friday", "not more than".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from reader.analysis.features import UnitFeatures
from reader.analysis.units import Unit
from reader.analysis.words.lexicon import IRREGULAR_PAST
from reader.analysis.words.negation_words import NegationWords, negation_words
from reader.analysis.words.stems import base_word, clitic_apart, stem
from reader.model import Span
from reader.model.alignment import QUOTED_VS

NEGATOR = "not"  # what "not", "n't", "never" and "no longer" are compared as
NO_LONGER = ("no", "longer")
# words that make a sentence negative without being a plain negator of its verb: a
# sentence holding one says in other words what the other may say with "not"
# ("declined to comment" / "did not comment"), or denies something else ("nobody")
_NEGATIVE = frozenset(
    """
    no none nobody nothing nowhere neither nor without
    deny denies denied denying denial refuse refuses refused refusing refusal
    decline declines declined declining fail fails failed failing failure
    reject rejects rejected rejecting unable lack lacks lacked lacking
    """.split()  # noqa: SIM905
)
# the small verbs that may stand beside a negator ("did not", "has not been")
AUXILIARIES = frozenset(
    """
    do does did is are was were be been being am has have had will would shall should
    can could may might must
    """.split()  # noqa: SIM905
)
# words after a negator that make it bound, contrast or hedge, not deny ("not only",
# "not until Friday", "not more than 30", "not far from")
_NOT_DENYING_AFTER = frozenset(
    """
    only just merely simply even least until till since because necessarily quite
    entirely exactly far long much so as more less fewer over under
    """.split()  # noqa: SIM905
)
NOT_TO_MENTION = ("to", "mention")
# words before a negator that make it an alternative ("whether or not", "if not", "but
# not the army")
_NOT_DENYING_BEFORE = frozenset(("or", "if", "whether", "but", "and", "why"))
# words elsewhere on the negated side that tell what happened instead ("did not sentence
# him to death but to life", "did not leave until Friday")
_INSTEAD = frozenset(("but", "instead", "rather", "until", "till", "unless", "except"))
# words after a negator that may take it for themselves: "did not crash because of the
# weather" may tell that it crashed, for another reason
_SCOPE = frozenset(("because",))
# of the words of the shorter sentence, at most this share may differ elsewhere
CLOSE_SHARE = 0.2
MIN_WORDS = 4  # "Nichols not sentenced to death": fewer words are too few to compare
# the denied word is shown with the small words before it ("not yet been charged", "no
# longer the director", "not to sell"), these many at most
SHOWN_AFTER = 4
_SMALL = AUXILIARIES | {"a", "an", "the", "to"}
_MAY_NEGATE = re.compile(r"\b(?:not|never|cannot|no\s+longer)\b|n't\b", re.IGNORECASE)
_TOKEN = re.compile(r"[^\W_]+(?:['\-][^\W_]+)*", re.UNICODE)
_CONTRAST = re.compile(r"[,;:(\[\u2013\u2014-]")
_CLOSING = "\"')]\u201d\u2019 \n"
# a word of another language, an elision apart ("n'", "l'", "dell'")
_ELIDED_TOKEN = re.compile(r"[^\W_]+(?:-[^\W_]+)*'?", re.UNICODE)
COMPLETED_WITHIN = 4  # "ne l'a pas": the completing word comes within these many words
# a negator before "more than" bounds a figure ("nicht mehr als 30", "pas plus de 30")
_NOT_MORE_THAN = frozenset(
    (("mehr", "als"), ("plus", "de"), ("plus", "que"), ("más", "de"), ("más", "que"),
     ("più", "di"), ("più", "che"), ("mais", "de"), ("mais", "que"))
)  # fmt: skip
ENGLISH_WORDS = NegationWords(
    negators=frozenset(("not", "never", "n't")),
    completing=frozenset(),
    needs_completing=False,
    negative=_NEGATIVE,
    beside=AUXILIARIES | {"yet"},
    small=_SMALL,
    not_denying_after=_NOT_DENYING_AFTER,
    not_denying_before=_NOT_DENYING_BEFORE,
    instead=_INSTEAD,
    scope=_SCOPE,
    kept_only=frozenset(("still",)),  # "is still on the run" / "is no longer on the run"
)


@dataclass(frozen=True, slots=True)
class Word:
    key: str  # what the two sentences compare: a stem, "not" for every negator
    span: Span  # in the document
    low: str  # the word as written, in lower case


@dataclass(frozen=True, slots=True)
class Denial:
    """The stretch of each side around a negator only one of them has, and the detail
    "“did not sentence” vs “sentenced”" (A's words first)."""

    a: Span
    b: Span
    detail: str


def denial(fa: UnitFeatures, fb: UnitFeatures) -> Denial | None:
    """Where one of two linked sentences of one language negates what the other states,
    as the module says; None otherwise."""
    if fa.language != fb.language or _question(fa) or _question(fb):
        return None
    if fa.language is None:
        if bool(_MAY_NEGATE.search(fa.unit.folded)) == bool(_MAY_NEGATE.search(fb.unit.folded)):
            return None  # neither negates, or both do: most linked pairs, told apart quickly
        if _negative(fa) or _negative(fb):
            return None
        vocabulary, wa, wb = ENGLISH_WORDS, words(fa), words(fb)
    else:
        found_words = negation_words(fa.language)
        if found_words is None:
            return None
        vocabulary = found_words
        if _has(fa, vocabulary.negative) or _has(fb, vocabulary.negative):
            return None
        wa, wb = foreign_words(fa, vocabulary), foreign_words(fb, vocabulary)
    nots_a = [k for k, w in enumerate(wa) if w.key == NEGATOR]
    nots_b = [k for k, w in enumerate(wb) if w.key == NEGATOR]
    if len(nots_a) + len(nots_b) != 1:
        return None
    a_negates = bool(nots_a)
    neg, other = (wa, wb) if a_negates else (wb, wa)
    unit = (fa if a_negates else fb).unit
    found = _stretches(other, neg, (nots_a or nots_b)[0], unit, vocabulary)
    if found is None:
        return None
    kept, negated = found
    if _quoted(fa if a_negates else fb, negated) and _quoted(fb if a_negates else fa, kept):
        return None
    span_a, span_b = (negated, kept) if a_negates else (kept, negated)
    shown_a, shown_b = _shown(fa.unit, span_a), _shown(fb.unit, span_b)
    return Denial(span_a, span_b, f"\u201c{shown_a}{QUOTED_VS}{shown_b}\u201d")


def foreign_words(f: UnitFeatures, vocabulary: NegationWords) -> list[Word]:
    """The words of ``f``'s sentence in another language as they are compared: in lower
    case, an elision a word of its own ("n'", "l'"), and a negator with the word that
    completes it and the small words between one "not" ("n'a pas", "non ha mai", "nicht
    mehr"); a French "ne" that nothing completes ("ne ... que") a word like any other."""
    text, base = f.unit.folded, f.unit.span.start
    found = list(_ELIDED_TOKEN.finditer(text))
    out: list[Word] = []
    completes: dict[int, int] = {}  # completing word's index: its negator's start
    for k, m in enumerate(found):
        low = m.group().lower()
        if k in completes:
            span = Span(base + completes[k], base + m.end())
            out.append(Word(NEGATOR, span, text[completes[k] : m.end()].lower()))
        elif low not in vocabulary.negators:
            out.append(Word(low, Span(base + m.start(), base + m.end()), low))
        elif (end := _completed_at(found, k, vocabulary)) is not None:
            completes[end] = m.start()  # the negator counts where it is completed
        elif vocabulary.needs_completing:
            out.append(Word(low, Span(base + m.start(), base + m.end()), low))
        else:
            out.append(Word(NEGATOR, Span(base + m.start(), base + m.end()), low))
    return out


def _completed_at(found: list[re.Match[str]], k: int, vocabulary: NegationWords) -> int | None:
    """The index of the word completing the negator at ``k`` ("pas" of "ne se rendra
    pas", "mai" of "non ha mai"), a few words at most between them (the verb, in French);
    None when none does."""
    for n in range(k + 1, min(len(found), k + 1 + COMPLETED_WITHIN)):
        if found[n].group().lower() in vocabulary.completing:
            return n
    return None


def _has(f: UnitFeatures, listed: frozenset[str]) -> bool:
    """``f``'s sentence holds one of the words ``listed``."""
    return any(m.group().lower() in listed for m in _ELIDED_TOKEN.finditer(f.unit.folded))


def words(f: UnitFeatures) -> list[Word]:
    """The words of ``f``'s sentence as they are compared: stems of words without their
    possessive, a contraction spelt out ("didn't", "did n't" -> "did", "not"), "can",
    "not" for "cannot", one "not" for "never" and for "no longer"."""
    text, base = f.unit.folded, f.unit.span.start
    found = [m for m in _TOKEN.finditer(text) if not _possessive(text, m)]
    out: list[Word] = []
    for k, m in enumerate(found):
        low = m.group().lower()
        span = Span(base + m.start(), base + m.end())
        if k and (found[k - 1].group().lower(), low) == NO_LONGER:
            out[-1] = Word(NEGATOR, Span(out[-1].span.start, span.end), "no longer")
        elif low in ("n't", "never", "not"):
            out.append(Word(NEGATOR, span, low))
        elif k + 1 < len(found) and found[k + 1].group().lower() == "n't":
            verb = base_word(f"{low}n't")  # "wo n't" is "will", "not"
            out.append(Word(_key(verb), span, verb))
        elif low.endswith("n't") or low == "cannot":
            verb = base_word(low) if low != "cannot" else "can"
            out.extend((Word(_key(verb), span, verb), Word(NEGATOR, span, "not")))
        else:
            out.append(Word(_key(base_word(low)), span, low))
    return out


def _possessive(text: str, m: re.Match[str]) -> bool:
    """``m`` is a clitic written apart from its word other than a negation ("family 's",
    "we 've"; not "do n't")."""
    return m.group().lower() != "n't" and clitic_apart(text, m.start(), m.group())


def _key(word: str) -> str:
    return word if word in AUXILIARIES else stem(IRREGULAR_PAST.get(word, word))


def _stretches(
    other: list[Word], neg: list[Word], at: int, unit: Unit, vocabulary: NegationWords
) -> tuple[Span, Span] | None:
    """The stretch of ``other`` and of ``neg`` around ``neg``'s negator at ``at`` when
    the two sentences differ there by the negator (and auxiliaries) alone, and little
    elsewhere."""
    if min(len(other), len(neg)) < MIN_WORDS:
        return None
    ops = SequenceMatcher(
        None, [w.key for w in other], [w.key for w in neg], autojunk=False
    ).get_opcodes()
    k = next(n for n, op in enumerate(ops) if op[0] != "equal" and op[3] <= at < op[4])
    _, i1, i2, j1, j2 = ops[k]
    differing = sum(
        max(o[2] - o[1], o[4] - o[3]) for n, o in enumerate(ops) if n != k and o[0] != "equal"
    )
    if differing > CLOSE_SHARE * min(len(other), len(neg)):
        return None
    if any(w.low in vocabulary.instead for o in ops if o[0] != "equal" for w in neg[o[3] : o[4]]):
        return None
    if k + 1 >= len(ops) or ops[k + 1][0] != "equal":
        return None
    # the verb after the negator is shared, and more after it; or, in another language,
    # the verb that ends the sentence ("Der Minister trat nicht zurück")
    last = vocabulary is not ENGLISH_WORDS and k + 2 == len(ops)
    if ops[k + 1][2] - ops[k + 1][1] < 2 and not last:
        return None
    if not _beside_a_verb(other[i1:i2], neg[j1:j2], at - j1, vocabulary):
        return None
    if not _denies(neg, j1, j2, unit, vocabulary):
        return None
    # shown: from the auxiliary before the negator to the word it denies
    if vocabulary is ENGLISH_WORDS:
        lo_n, lo_o = (j1, i1) if j1 < at or i1 < i2 else (j1 - 1, i1 - 1)
    else:
        lo_n, lo_o = _shown_from(neg, at, j1, i1, i2, vocabulary)
    shared = ops[k + 1][2] - ops[k + 1][1]
    e = next(
        (e for e in range(min(shared, SHOWN_AFTER)) if neg[j2 + e].low not in vocabulary.small),
        0,
    )
    kept = Span(other[lo_o].span.start, other[i2 + e].span.end)
    negated = Span(min(neg[lo_n].span.start, neg[at].span.start), neg[j2 + e].span.end)
    return kept, negated


def _shown_from(
    neg: list[Word], at: int, j1: int, i1: int, i2: int, vocabulary: NegationWords
) -> tuple[int, int]:
    """Where the shown stretch of a sentence in another language starts, on the negated
    side and on the other: at the first word within the negator ("se" of "ne se rendra
    pas", "ha" of "non ha mai"), else at an auxiliary just before it, else at the words
    that differ."""
    start = neg[at].span.start
    within = next(j for j in range(j1 + 1) if j == j1 or neg[j].span.start >= start)
    if within < j1:
        return within, i1 - (j1 - within)
    if i1 == i2 and j1 > 0 and neg[j1 - 1].low in vocabulary.beside:
        return j1 - 1, i1 - 1
    return j1, i1


def _denies(neg: list[Word], j1: int, j2: int, unit: Unit, vocabulary: NegationWords) -> bool:
    """The negator among ``neg[j1:j2]`` denies the verb after it: not "not only", "not
    until", "not to mention", "whether or not", "if not", nor a contrast after a comma
    (", not the army")."""
    if j1 == 0:  # "No vamos a recurrir", not "No, vamos a recurrir"
        start, end = neg[j1].span.end - unit.span.start, neg[j2].span.start - unit.span.start
        if vocabulary is ENGLISH_WORDS or _CONTRAST.search(unit.folded[start:end]):
            return False
    after = [w.low for w in neg[j2 : j2 + 2]]
    if (
        after[0] in vocabulary.not_denying_after
        or after[0].endswith("ly")
        or tuple(after) == NOT_TO_MENTION
    ):
        return False  # "not only", "not surprisingly"
    if tuple(after) in _NOT_MORE_THAN:
        return False  # "nicht mehr als", "pas plus de"
    if any(w.low in vocabulary.scope for w in neg[j2:]):
        return False  # "did not crash because of the weather" may say why it crashed
    if j1 == 0:
        return True
    before = neg[j1 - 1]
    base = unit.span.start
    between = unit.folded[before.span.end - base : neg[j1].span.start - base]
    return before.low not in vocabulary.not_denying_before and not _CONTRAST.search(between)


def _beside_a_verb(
    kept: list[Word], negated: list[Word], at: int, vocabulary: NegationWords
) -> bool:
    """The words differing around the negator (``negated``, the negator at ``at``) and
    the other side's words there (``kept``) are auxiliaries alone ("did not", "has not
    yet been" against "was"), or the "still" a "no longer" contradicts ("is still alive"
    against "is no longer alive", "est toujours en vie" against "n'est plus en vie")."""
    rest = negated[:at] + negated[at + 1 :]
    kept_beside = vocabulary.beside | vocabulary.kept_only
    return all(_among(w, vocabulary.beside) for w in rest) and all(
        _among(w, kept_beside) for w in kept
    )


def _among(word: Word, words: frozenset[str]) -> bool:
    return word.key in words or word.low in words


def _negative(f: UnitFeatures) -> bool:
    """``f``'s sentence holds a negative word other than a plain negator ("no longer"
    is one)."""
    low = [m.group().lower() for m in _TOKEN.finditer(f.unit.folded)]
    return any(w in _NEGATIVE and low[k : k + 2] != list(NO_LONGER) for k, w in enumerate(low))


def _question(f: UnitFeatures) -> bool:
    return f.unit.folded.rstrip(_CLOSING).endswith("?")


def _quoted(f: UnitFeatures, span: Span) -> bool:
    """``span`` lies inside one of the quotations of ``f``'s sentence."""
    return any(q.start <= span.start and span.end <= q.end for q, _ in f.quotes)


def _shown(unit: Unit, span: Span) -> str:
    """The words of ``unit``'s sentence at ``span`` (a span of its document)."""
    base = unit.span.start
    return " ".join(unit.text[span.start - base : span.end - base].split())
