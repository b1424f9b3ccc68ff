"""How much of each article is the other's words (Qt-free): the share a fact-checker asks
for first when holding a story against the press release or the wire copy it was built on.

Each content sentence of an article (its boilerplate and its crossheads left out: they
state nothing, and the aligner links them to nothing, :mod:`reader.analysis.crossheads`)
falls in one of four parts, weighted by its words (runs of letters and digits):

- **word for word** in the other: a claim or quote match pairs it with sentences of the
  other article that hold every word of it, in order (:func:`wording_changes` finds no word
  of it missing from them): the same sentence, or one the other made longer ("the
  patient's front door." inside "the patient's front door, and the results ...");
- **closely reworded**: the sentences keep most of each other's words, a few told
  differently (a title dropped, a month changed, a quotation trimmed on this side): what
  the exports call "Words differ";
- **told in other words**: matched, but worded apart (a rewritten lead);
- **only in this article**: no claim or quote match.

A sentence is compared whole with the whole sentences its partner passage lies in, so a
quotation copied inside a sentence whose attribution was rewritten is reworded, not word
for word. A sentence with several partners (claim and quote matches) is counted once, by
the best of them, each read alone: two of A's sentences B joined into one make B's
sentence closely reworded when matched one by one, word for word when one match pairs
it with both (read together, two partners would let a word of one and the rest of the
other pass for a copy: B's "Mayor Ruiz said at least 40" against A's "... Mayor Ana Ruiz
said." and "Ruiz said at least 40"). Rejected matches are left out; entity and number
matches do not make a sentence matched.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import IntEnum

from reader.analysis.crossheads import crossheads
from reader.analysis.units import document_units
from reader.model.alignment import Alignment, MatchKind
from reader.model.document import Document
from reader.model.span import Span
from reader.session.match_wording import SHORTER_KEPT, wording_changes, words_in
from reader.session.text_edits import TOKEN, WORDY

# when the window and the export header say an article's share (whole percent): when
# COPIED_PERCENT of its words or more are word for word in the other and TELLING_PERCENT
# or more word for word or closely reworded (a story built on a release or a wire story,
# sentences copied whole), or when REWRITTEN_PERCENT or more are word for word or closely
# reworded (a wire story an outlet rewrote sentence by sentence). Two reports of one event
# written apart keep some sentences close, a quotation both give, a formula of results
# ("took 47.7% of the vote" / "won 47.7 percent"), none whole: the election pages 0% word
# for word and 26% closely reworded, the blast pages 0% and 37%. Measured on the test pages
# and the 1,607 ECB+ same-event pairs (benchmarks/word_shares.py, semantic): a tenth word
# for word or closely reworded alone told 306 pairs and both independent test pairs;
# this rule tells 162, the flood and release pairs, no independent one (117 since only
# the outlet's own sentences count as copied whole, STOCK_WORDS: the wildfire, study and
# crash pages, written apart, are told by no rule counting quotations and stock phrases).
# Among the ECB+ pairs under 5% word for word, 40% sits in a gap (1 pair at 35-39%, none
# at 40-44%, 16 from 45%: the AP sentences of a pirate raid, of a courthouse killer's
# sentence, rewritten)
COPIED_PERCENT = 5
TELLING_PERCENT = 10
REWRITTEN_PERCENT = 40
SHARING_KINDS = frozenset({MatchKind.CLAIM, MatchKind.QUOTE})
# a sentence word for word in the other tells that one article was made of the other's
# words only when it is the outlet's own writing: not a sentence this short (a stock
# phrase two reporters write alike: "The cause is under investigation.") nor one that is
# a quotation in the main ('"But we held the line at the river last night."': two
# reporters quoting one chief give the same words). The wildfire pages, written apart,
# read 6% word for word and 7% closely reworded of B's words, both sentences such.
STOCK_WORDS = 6
STOCK_WORDS_SAID = "six"  # as the tooltip says it (WordShares.quoted_said)
QUOTED_SHARE = 0.8  # of a sentence's characters inside quotation marks: a quotation
# a sentence whose words are all in its partner's is word for word there when they lie
# in at most this many places of the partner apart ('"We will rebuild," Ruiz said' in
# '"We will rebuild, and we will do it together," Mayor Ana Ruiz said'), else reworded:
# words picked out of the partner here and there are the copier's own sentence
MAX_GAPS = 2


class Wording(IntEnum):
    """How a sentence stands to the other article, the best first."""

    SAME = 0  # word for word in the other
    REWORDED = 1  # closely reworded
    OTHER = 2  # told in other words
    ONLY = 3  # only in this article


@dataclass(frozen=True, slots=True)
class SentenceWording:
    """One content sentence, its words, and how the other article tells it."""

    span: Span
    words: int
    wording: Wording
    own: bool = True  # the outlet's own writing: no stock phrase, no quotation


@dataclass(frozen=True, slots=True)
class WordShares:
    """How the words of article ``side`` ("a" or "b") stand to the other's: ``words`` in
    all, and how many of them are in sentences of each :class:`Wording`."""

    side: str
    words: int
    same: int
    reworded: int
    other: int
    only: int
    # of ``same``, the words of the outlet's own writing (SentenceWording.own); None: all
    copied_own: int | None = field(default=None, compare=False)

    @property
    def counts(self) -> tuple[int, int, int, int]:
        return (self.same, self.reworded, self.other, self.only)

    def percents(self) -> tuple[int, int, int, int]:
        """The four shares in whole percent, each rounded to the nearest (half up), so
        that each says what the JSON's share says (they may add up to 99 or 101); all 0
        for an article without words."""
        if not self.words:
            return (0, 0, 0, 0)
        same, reworded, other, only = (int(100 * n / self.words + 0.5) for n in self.counts)
        return (same, reworded, other, only)

    @property
    def taken_percent(self) -> int:
        """The share of the words word for word or closely reworded in the other."""
        same, reworded, _, _ = self.percents()
        return same + reworded

    @property
    def telling(self) -> bool:
        """Whether the article is much made of the other's words (see COPIED_PERCENT):
        sentences of its own writing copied whole (STOCK_WORDS), or most of it rewritten
        sentence by sentence."""
        own = self.same if self.copied_own is None else self.copied_own
        copied_whole = self.words and 100 * own / self.words + 0.5 >= COPIED_PERCENT
        copied = bool(copied_whole) and self.taken_percent >= TELLING_PERCENT
        return copied or self.taken_percent >= REWRITTEN_PERCENT

    def said(self) -> str:
        """ "B's words: 41% word for word in A, 15% closely reworded, 14% told in other
        words, 30% only in B" (a part at 0% left out, but the first)."""
        other, this = ("B", "A") if self.side == "a" else ("A", "B")
        same, reworded, told, only = self.percents()
        parts = [f"{this}'s words: {same}% word for word in {other}"]
        parts += [f"{reworded}% closely reworded"] if reworded else []
        parts += [f"{told}% told in other words"] if told else []
        parts += [f"{only}% only in {this}"] if only else []
        return ", ".join(parts)

    def quoted_said(self) -> str:
        """ "Of B's 37% word for word in A, 9% are quotations or sentences of fewer than
        six words, which two outlets may give alike without copying each other." ('' when
        no whole percent is such): what :attr:`telling` leaves out of its reckoning."""
        if self.copied_own is None or not self.words:
            return ""
        share = int(100 * (self.same - self.copied_own) / self.words + 0.5)
        if not share:
            return ""
        other, this = ("B", "A") if self.side == "a" else ("A", "B")
        return (
            f"Of {this}'s {self.percents()[0]}% word for word in {other}, {share}% are "
            f"quotations or sentences of fewer than {STOCK_WORDS_SAID} words, which two outlets "
            "may give alike without copying each other."
        )

    def to_json(self) -> dict[str, int | float]:
        """``{"words": 812, "word_for_word": 0.412, "reworded": 0.15, "other_words":
        0.138, "only_here": 0.3}``: the shares of the words, three decimals."""
        share = [round(n / self.words, 3) if self.words else 0.0 for n in self.counts]
        return {
            "words": self.words,
            "word_for_word": share[0],
            "reworded": share[1],
            "other_words": share[2],
            "only_here": share[3],
        }


def _sentences_in(sentences: Sequence[Span], span: Span) -> list[Span]:
    """The ``sentences`` ``span`` overlaps (``span`` itself when none does)."""
    inside = [s for s in sentences if s.overlaps(span)]
    return inside or [span]


def _joined(doc: Document, spans: Collection[Span]) -> str:
    return " ".join(doc.slice(s) for s in sorted(set(spans)))


def _told_sentences(doc: Document) -> list[Span]:
    """The content sentences of ``doc`` in reading order, its crossheads left out."""
    units = document_units(doc)
    heads = {units[i].span for i in crossheads(units, doc)}
    return [s for s in sorted(doc.content_sentences()) if s not in heads]


def _word_bag(text: str) -> Counter[str]:
    return Counter(t for t in TOKEN.findall(text) if WORDY.search(t))


def _wording(mine: str, theirs: str) -> Wording:
    """How sentence text ``mine`` stands to its partner's text ``theirs``."""
    ours, their = _word_bag(mine), _word_bag(theirs)
    shorter = min(ours.total(), their.total())
    if (ours & their).total() < SHORTER_KEPT * shorter:  # too few words shared to be alike
        return Wording.OTHER
    changes = wording_changes(mine, theirs)
    if changes is None:
        return Wording.OTHER
    mine_missing = any(WORDY.search(c.a) for c in changes)
    if not mine_missing and len(changes) <= MAX_GAPS:  # every word of mine there, in order
        return Wording.SAME
    return Wording.REWORDED


def sentence_wordings(
    al: Alignment, side: str, rejected: Collection[str] = ()
) -> list[SentenceWording]:
    """Each content sentence of article ``side`` ("a" or "b"), in reading order, with
    its words and how the other article tells it (see the module); the claim and quote
    matches whose ids are in ``rejected`` are left out."""
    doc, other = (al.a, al.b) if side == "a" else (al.b, al.a)
    theirs = other.content_sentences()
    pairs = [
        (m.a, m.b) if side == "a" else (m.b, m.a)
        for m in al.matches
        if m.kind in SHARING_KINDS and m.id not in rejected
    ]
    quoted = [q.span for q in (al.quotes_a if side == "a" else al.quotes_b)]
    out: list[SentenceWording] = []
    for s in _told_sentences(doc):
        mine = doc.slice(s)
        partners = [_sentences_in(theirs, there) for here, there in pairs if here.overlaps(s)]
        wording = min(
            (_wording(mine, _joined(other, spans)) for spans in partners), default=Wording.ONLY
        )
        words = words_in(mine)
        own = words >= STOCK_WORDS and not _a_quotation(s, quoted)
        out.append(SentenceWording(s, words, wording, own))
    return out


def _a_quotation(sentence: Span, quoted: Sequence[Span]) -> bool:
    """Whether QUOTED_SHARE of ``sentence`` or more lies inside the ``quoted`` spans."""
    inside = sum(max(0, min(q.end, sentence.end) - max(q.start, sentence.start)) for q in quoted)
    return inside >= QUOTED_SHARE * (sentence.end - sentence.start)


def _shares(side: str, sentences: Sequence[SentenceWording]) -> WordShares:
    by = [sum(s.words for s in sentences if s.wording is w) for w in Wording]
    own = sum(s.words for s in sentences if s.wording is Wording.SAME and s.own)
    return WordShares(side, sum(by), by[0], by[1], by[2], by[3], own)


def word_shares(al: Alignment, rejected: Collection[str] = ()) -> tuple[WordShares, WordShares]:
    """How the words of A and of B stand to the other article's (see the module)."""
    a, b = (_shares(side, sentence_wordings(al, side, rejected)) for side in ("a", "b"))
    return a, b


def told_side(al: Alignment, shares: tuple[WordShares, WordShares]) -> WordShares | None:
    """The article whose share the window and the export header tell, or None when
    neither is much made of the other's words (:attr:`WordShares.telling`). When both
    are, the later one if they are dated apart (a story may be built
    on the release of the day before, not the release on it), else the one more made of
    the other's words (A when they are even)."""
    telling = [s for s in shares if s.telling]
    if len(telling) < 2:
        return telling[0] if telling else None
    a, b = shares
    try:
        gap = (date.fromisoformat(al.b.date or "") - date.fromisoformat(al.a.date or "")).days
    except ValueError:
        gap = 0
    if gap:
        return b if gap > 0 else a
    return b if b.taken_percent > a.taken_percent else a


def told_shares(
    al: Alignment, rejected: Collection[str] = ()
) -> tuple[WordShares, WordShares] | None:
    """The shares of the article :func:`told_side` chooses, then the other's; None when
    neither is much made of the other's words."""
    shares = word_shares(al, rejected)
    told = told_side(al, shares)
    if told is None:
        return None
    return (told, shares[1] if told is shares[0] else shares[0])


def told_lines(al: Alignment, rejected: Collection[str] = ()) -> tuple[str, str]:
    """ "B's words: 41% word for word in A, 15% closely reworded, 14% told in other
    words, 30% only in B" for the article :func:`told_side` chooses, then the same of the
    other article; ("", "") when neither is much made of the other's words."""
    told = told_shares(al, rejected)
    return ("", "") if told is None else (told[0].said(), told[1].said())


def shares_line(al: Alignment, rejected: Collection[str] = ()) -> str:
    """The told article's line of :func:`told_lines` ("" when none is told)."""
    return told_lines(al, rejected)[0]


__all__ = [
    "COPIED_PERCENT",
    "REWRITTEN_PERCENT",
    "TELLING_PERCENT",
    "SentenceWording",
    "WordShares",
    "Wording",
    "sentence_wordings",
    "shares_line",
    "told_lines",
    "told_shares",
    "told_side",
    "word_shares",
    "words_in",
]
