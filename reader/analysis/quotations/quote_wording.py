"""Two matched quotations worded differently: where, and the detail shown for it."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from reader.analysis.quotations.quote_similarity import FRAGMENT_SHORTER, contains, fragment
from reader.analysis.quotations.quotes import WORDS, Quotation, word_matches
from reader.analysis.times.clock_notation import agreed_zones, one_notation
from reader.analysis.words.lexicon import ENGLISH_ORDINALS
from reader.analysis.words.negation_words import ALL_NEGATORS
from reader.ingest.normalize import fold
from reader.model import Document, Span
from reader.model.alignment import QUOTED_VS

DETAIL_CHARS = 60  # each side of a wording discrepancy's detail, at most


def wording_difference(
    doc_a: Document, qa: Quotation, doc_b: Document, qb: Quotation
) -> tuple[Span, Span, str] | None:
    """Where two matched quotations word the same statement differently: on each side,
    the stretch from the first to the last word that differs (with the words around a
    word only one side has), and the detail "“within Europe” vs “in Europe”". None when
    the words agree, or one quotation is part of the other (an excerpt is not a
    misquote)."""
    a, b = qa.words, qb.words
    gist_a, gist_b = agreed_zones(_gist(doc_a, qa.span), _gist(doc_b, qb.span))
    for x, y in ((a, b), (gist_a, gist_b)):
        short, long_ = (x, y) if len(x) <= len(y) else (y, x)
        doc, quote = (doc_a, qa) if len(x) <= len(y) else (doc_b, qb)
        if x == y or (contains(long_, short) and not _denies(long_, short, doc, quote)):
            return None
    spans_a, spans_b = word_spans(doc_a, qa.span), word_spans(doc_b, qb.span)
    if len(spans_a) != len(a) or len(spans_b) != len(b):
        return None
    # a fragment is compared with the stretch of the longer quotation it quotes again
    if len(a) < len(b):
        window = _quoted_stretch(a, b, _clause_starts(doc_b, spans_b), _picked_up(doc_a, spans_a))
    else:
        window = _quoted_stretch(b, a, _clause_starts(doc_a, spans_a), _picked_up(doc_b, spans_b))
    if window is not None:
        s0, s1, l0, l1 = window
        (a0, a1, b0, b1) = (s0, s1, l0, l1) if len(a) < len(b) else (l0, l1, s0, s1)
        a, spans_a, b, spans_b = a[a0:a1], spans_a[a0:a1], b[b0:b1], spans_b[b0:b1]
        if a == b:
            return None
    ops = [op for op in SequenceMatcher(None, a, b, autojunk=False).get_opcodes()]
    if all(
        tag == "equal"
        or (tag == "delete" and _left_out(doc_a, spans_a, i1, i2, doc_b, qb.span, spans_b, j1))
        or (tag == "insert" and _left_out(doc_b, spans_b, j1, j2, doc_a, qa.span, spans_a, i1))
        for tag, i1, i2, j1, j2 in ops
    ):
        return None  # "the city ... I still": the words left out are marked as left out
    lo_a = lo_b = max(len(a), len(b))
    hi_a = hi_b = 0
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal":
            continue
        if tag != "replace":  # words only one side has: show them with their neighbours
            i1, i2, j1, j2 = (
                max(0, i1 - 1),
                min(len(a), i2 + 1),
                max(0, j1 - 1),
                min(len(b), j2 + 1),
            )
        lo_a, hi_a = min(lo_a, i1), max(hi_a, i2)
        lo_b, hi_b = min(lo_b, j1), max(hi_b, j2)
    span_a = _closed(doc_a, _whole_figures(doc_a, Span(spans_a[lo_a].start, spans_a[hi_a - 1].end)))
    span_b = _closed(doc_b, _whole_figures(doc_b, Span(spans_b[lo_b].start, spans_b[hi_b - 1].end)))
    shown_a, shown_b = clip_detail(doc_a.slice(span_a)), clip_detail(doc_b.slice(span_b))
    detail = f"\u201c{shown_a}{QUOTED_VS}{shown_b}\u201d"
    return span_a, span_b, detail


def _quoted_stretch(
    short: tuple[str, ...], long_: tuple[str, ...], starts: list[int], picked_up: bool = False
) -> tuple[int, int, int, int] | None:
    """The stretch of ``long_`` that ``short`` quotes again, as ``fragment`` gives it:
    (start, end) in ``short``, then in ``long_``. Besides a fragment, a shorter quotation
    whose words mostly come, in order, in one part of the longer is compared with that
    part only: "we should be looking at ways to strengthen [the Endangered Species Act]
    -- not weaken it" with the "we should be looking for ways to improve it, not weaken
    it" that ends a longer statement, not with its opening "For more than three
    decades". The part begins where a clause of the longer begins (``starts``, ascending,
    0 first): "This is about nothing less than the future of Europe" stays whole against
    "The future of Europe ... is at stake", a rewording, not a part quoted again; but a
    short quotation ``picked_up`` mid-sentence whose first word is the longer's (the
    government "will build 14,000 ...", of "We will build 40,000 ...") begins at that
    word: the words before it are the writer's own, outside the marks, quoted by one
    article only."""
    window = fragment(short, long_)
    if (
        window is not None
        or len(long_) - len(short) < FRAGMENT_SHORTER
        or contains(long_, short)  # all of it inside: a denial, shown whole (``_denies``)
    ):
        return window
    matcher = SequenceMatcher(None, short, long_, autojunk=False)
    blocks = [m for m in matcher.get_matching_blocks() if m.size]
    if sum(m.size for m in blocks) * 2 < len(short):
        return None
    first, last = blocks[0], blocks[-1]
    # the words of ``short`` before its first block and after its last one stand for as
    # many words of ``long_`` (they differ, so they are shown)
    l0 = max(k for k in starts if k <= max(0, first.b - first.a))
    if picked_up and first.a == 0:
        l0 = first.b
    l1 = min(len(long_), last.b + last.size + len(short) - (last.a + last.size))
    if l1 - l0 >= len(long_):
        return None
    return 0, len(short), l0, l1


def _clause_starts(doc: Document, spans: list[Span]) -> list[int]:
    """The words of a quotation (at ``spans``) that begin a clause: the first, those after
    a stop, a colon, a semicolon or a comma, and those after "and" or "but" following
    one."""
    starts = [0]
    for k in range(1, len(spans)):
        gap = doc.text[spans[k - 1].end : spans[k].start]
        joined = k >= 2 and doc.text[spans[k - 1].start : spans[k - 1].end].lower() in _JOINERS
        if _CLAUSE_GAP.search(gap) or (
            joined and _CLAUSE_GAP.search(doc.text[spans[k - 2].end : spans[k - 1].start])
        ):
            starts.append(k)
    return starts


def _picked_up(doc: Document, spans: list[Span]) -> bool:
    """The quotation (its words at ``spans``) opens mid-sentence, on a word in lower case
    ("the government “will build ...”"), not on a statement's first word."""
    return bool(spans) and doc.text[spans[0].start].islower()


_CLAUSE_GAP = re.compile(r"[.!?;:,]")
_JOINERS = frozenset(("and", "but"))


def _whole_figures(doc: Document, span: Span) -> Span:
    """``span`` with the figures it cuts read whole: a figure's groups of thousands are
    words of their own ("40" and "000" of "40,000"), so a stretch ending or starting at
    one shows the whole figure ("“40,000” vs “14,000”", not "“40” vs “14”")."""
    start, end = span.start, span.end
    if doc.text[end - 1 : end].isdigit():
        after = _GROUPS_AFTER.match(doc.text, end)
        end = after.end() if after is not None else end
    if _GROUP.match(doc.text, start):
        before = _GROUPS_BEFORE.search(doc.text[max(0, start - _FIGURE_CHARS) : start])
        start -= len(before.group()) if before is not None else 0
    return Span(start, end)


# a figure's groups of thousands after its first digits (",000", ".500"), the digits and
# groups before a group, and a group of three digits
_GROUPS_AFTER = re.compile(r"(?:[,.]\d{3}(?!\d))+")
_GROUPS_BEFORE = re.compile(r"(?<![\d,.])\d{1,3}(?:[,.]\d{3})*[,.]$")
_GROUP = re.compile(r"\d{3}(?!\d)")
_FIGURE_CHARS = 40


def _closed(doc: Document, span: Span) -> Span:
    """``span`` with the bracket that closes an insertion it opens: "[the Endangered
    Species Act]", not "[the Endangered Species Act"."""
    text = doc.slice(span)
    for opener, closer in ("[]", "()"):
        if text.count(opener) > text.count(closer) and doc.text[span.end : span.end + 1] == closer:
            return Span(span.start, span.end + 1)
    return span


def _left_out(
    doc: Document,
    spans: list[Span],
    start: int,
    end: int,
    other: Document,
    quote: Span,
    other_spans: list[Span],
    at: int,
) -> bool:
    """Words ``start`` .. ``end`` of one quotation (its words at ``spans``), which the other
    (at ``quote``, its words at ``other_spans``) leaves out before its word ``at``, are
    marked as left out there (:func:`_elided`), or are whole sentences: "Tuesday was the
    right call. Thursday was the reward," quotes two sentences of "Tuesday was the right
    call. We stand down when the data tell us to, and today the team showed exactly why
    that discipline matters. Thursday was the reward," and leaves out the one between, a
    trimmed quotation, not a misquote (each sentence it gives is word for word)."""
    if _elided(other, quote, other_spans, at):
        return True
    return _sentence_edge(doc, spans, start) and _sentence_edge(doc, spans, end)


def _sentence_edge(doc: Document, spans: list[Span], at: int) -> bool:
    """A sentence of the quotation (its words at ``spans``) ends before its word ``at``:
    a full stop, "?" or "!" between the two words (at the first or past the last: the
    quotation's own edge)."""
    if at <= 0 or at >= len(spans):
        return True
    return _SENTENCE_END.search(doc.text, spans[at - 1].end, spans[at].start) is not None


_SENTENCE_END = re.compile(r"[.!?]")


def _elided(doc: Document, quote: Span, spans: list[Span], at: int) -> bool:
    """The quotation at ``quote`` (its words at ``spans``) marks words left out before
    its word ``at`` (after the last when ``at`` is past it) with an ellipsis: "...",
    "…", "[...]", "(...)"."""
    start = spans[at - 1].end if at > 0 else quote.start
    end = spans[at].start if at < len(spans) else quote.end
    return _ELLIPSIS.search(doc.text, start, end) is not None


_ELLIPSIS = re.compile(r"\.\s?\.\s?\.|…")


def _denies(
    long_: tuple[str, ...], short: tuple[str, ...], doc: Document, quote: Quotation
) -> bool:
    """``long_`` holds ``short`` after a negator, so it denies what ``short`` says rather
    than quoting more of it ("Vamos recorrer" / "Não vamos recorrer"); not when the
    writer put a negator just before the short quotation's marks (he would "never"
    "negotiate with terrorists")."""
    at = next(k for k in range(len(long_) - len(short) + 1) if long_[k : k + len(short)] == short)
    if at == 0 or not _negator(long_[at - 1]):
        return False
    before = fold(doc.text[max(0, quote.span.start - NEGATED_BEFORE) : quote.span.start])
    return not any(_negator(w.lower()) for w in WORDS.findall(before)[-2:])


NEGATED_BEFORE = 40  # characters before a quotation looked at for the writer's negator


def _negator(word: str) -> bool:
    """``word`` negates what follows it, in one of the languages read ("not", "don't",
    "nicht", "ne", "n'a", "não")."""
    return word in ALL_NEGATORS or word.endswith("n't") or word.startswith("n'")


def _gist(doc: Document, quote: Span) -> tuple[str, ...]:
    """A quotation's words as a reader compares them: without an editor's insertion in
    brackets ("her (Tara Reid) and"), clock times in one notation
    (reader.analysis.times.clock_notation), with contractions spelt out ("I'm" = "I am"), and
    without articles and demonstratives ("into the Promises" = "into Promises")."""
    inner = _INSERTION.sub(" ", fold(doc.text[quote.start : quote.end]).lower())
    inner = one_notation(inner)  # "6:41pm PST" = "18:41" (reader.analysis.times.clock_notation)
    for short, full in _CONTRACTIONS:
        inner = inner.replace(short, full)
    inner = inner.replace("'", "")  # "population's" = "populations'"
    words = (_ORDINALS.get(w, w) for w in WORDS.findall(_ARABIC_MARKS.sub("", inner)))
    return tuple(_AND_GLUED.sub("", w) for w in words if w not in _DETERMINERS)


# Arabic's short vowels and tanween ("أحداً" = "أحدا"), and its "and" glued to a word
# ("وسنعيد" = "سنعيد": a quotation trimmed at its "and", «...، وسنعيد بناء كل بيت»)
_ARABIC_MARKS = re.compile("[\u064b-\u0652\u0640]")
_AND_GLUED = re.compile("^و(?=[\u0621-\u064a]{3})")


_INSERTION = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_CONTRACTIONS = (
    ("n't", " not"), ("'m", " am"), ("'re", " are"), ("'ve", " have"), ("'ll", " will"),
    ("'d", " would"),
)  # fmt: skip
_DETERMINERS = frozenset(("a", "an", "the", "this", "that", "these", "those"))
_ORDINALS = {
    word: f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"
    for word, n in ENGLISH_ORDINALS.items()
}  # "eleventh-hour" = "11th hour"


def word_spans(doc: Document, quote: Span) -> list[Span]:
    """The spans of the words inside a quotation, as ``Quotation.words`` counts them."""
    folded = fold(doc.text[quote.start : quote.end])
    return [Span(quote.start + m.start(), quote.start + m.end()) for m in word_matches(folded)]


def clip_detail(text: str) -> str:
    """``text`` on one line, cut to DETAIL_CHARS with an ellipsis, after a whole word
    when one ends in the last CLIP_SLACK characters ("within…", not "wi…")."""
    text = " ".join(text.split())
    if len(text) <= DETAIL_CHARS:
        return text
    cut = text[: DETAIL_CHARS - 1]
    space = cut.rfind(" ", DETAIL_CHARS - 1 - CLIP_SLACK)
    if space > 0 and not text[DETAIL_CHARS - 1].isspace():
        cut = cut[:space]
    return cut.rstrip(" ,;:") + "\u2026"


CLIP_SLACK = 15
