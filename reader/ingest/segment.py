"""Paragraphs (one a line) and sentences (rule-based) as spans with exact offsets.

A line break always ends a paragraph, hence a sentence (news pastes put one paragraph a
line, ECB+ one sentence a line). Inside a line, sentences end at ``. ! ? … ؟`` followed
by whitespace and a capital, a quote, a digit or a letter of a script without capitals
(Arabic, Hebrew), and at Chinese and Japanese ``。！？`` with or without a space, except
after abbreviations and initials and a day's ordinal dot before a month ("20. Juni"),
and except where a closing quotation is followed by its attribution
(``“…,” Kim said.`` / ``“…?” asked Kim.`` / ``“….” Kim said.`` stay one sentence).
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from reader.ingest.place_words import AP_STATES
from reader.model.span import Span

__all__ = ["ABBREVIATIONS", "paragraph_spans", "sentence_spans", "split_sentences", "strip_span"]

# Lower-cased, without the final dot; internal dots kept ("u.s", "a.m", "e.g").
_ABBREVIATION_WORDS = """
    mr mrs ms mx dr prof gen sen rep gov lt col maj capt cpt sgt cdr cmdr adm brig cpl pvt st
    jr sr rev fr hon pres supt insp det amb atty u.s u.k u.n u.s.a e.u a.m p.m jan feb mar apr
    jun jul aug sep sept oct nov dec mon tue tues thu thur thurs fri vs etc e.g i.e cf al
    approx dept figs inc ltd corp bros mt ft ave blvd hwy ariz calif colo conn fla kan mass
    mich minn mont neb nev okla penn tenn tex wis wyo
"""
ABBREVIATIONS: frozenset[str] = frozenset(_ABBREVIATION_WORDS.split())
# Titles abbreviated only with a capital ("Hon.", "Det.", "Sen."), which in small letters
# are Swedish words a sentence may end with: "säger hon.", "än det.", "för sen."
_CAPITALISED_ONLY = frozenset(("hon", "det", "sen"))
# Abbreviations only before a number: "No. 1", "Art. 4", "Vol. 2", the Scandinavian
# clock's "kl. 14.30" and "ca. 1200" (circa).
_NUMBER_ABBREVIATIONS = frozenset(
    {"no", "nos", "art", "vol", "fig", "p", "pp", "sec", "ch", "may", "june", "july", "kl", "ca"}
)

# A terminator, any closing quotes/brackets, then whitespace, then the next character.
# A closing quote set off by a space (`stop. " Then`, tokenised text) belongs to the close.
_BOUNDARY = re.compile(
    r"(?P<term>[.!?…؟۔।]+)(?P<close>[\"'”’»)\]]*(?:\s+[\"”'’](?=\s))?)"
    r"(?P<space>\s+)(?=(?P<next>\S))"
)
# Chinese and Japanese end a sentence with a full-width stop and no space; a stop inside
# a quotation ("“…第一位。”他说。") leaves the sentence going on with its attribution.
_CJK_BOUNDARY = re.compile(r"[。！？]+[）」』】]*(?![\s。！？”’\"'」』]|$)")
# "am 20. Juni", "den 3. Oktober": a day's ordinal dot before a month (German, Danish,
# Norwegian) ends no sentence
_ORDINAL_DAY = re.compile(r"\d{1,2}$")
_MONTH_AFTER_ORDINAL = re.compile(
    r"(?i:januar|jänner|februar|feber|märz|marts|mars|april|mai|maj|juni|juli|august|"
    r"september|oktober|november|dezember|december|desember)\b"
)
# a paragraph's opening place in capitals, as French regional papers set their dateline
# before a full stop: "MONTCLARIN.", "SAINT-AUBRAC-LES-PINS." (one to four words)
_CAPITALS_DATELINE = re.compile(r"[A-ZÀ-ÖØ-Þ]{3,}(?:[ '’-][A-ZÀ-ÖØ-Þ]+){0,3}")
# "2,4 Mio. Euro", "3 Mrd. Dollar", "5 Tsd. Menschen": a magnitude's abbreviation after
# a figure (German) ends no sentence, though a capital (a noun) follows
_MAGNITUDE_AFTER_FIGURE = re.compile(r"\d\s(?:Mio|Mrd|Tsd)$")
_MAX_TOKEN = 40  # longest word looked at before a dot (keeps the splitter linear)

_SAY = (
    r"(?:said|says|say|told|tells|added|adds|asked|asks|wrote|writes|explained|"
    r"noted|insisted|replied|stated|declared|warned|argued|continued|recalled|"
    r"according|tweeted|posted)"
)
_NAME = r"(?:[A-Z][\w'’.-]*|al|bin|de|del|der|di|la|le|van|von)"
# After a closing quote: a name (a few capitalised words) followed by a speech verb,
# or a pronoun/the + speech verb.
_ATTRIBUTION = re.compile(
    rf"(?:{_NAME}(?:\s+{_NAME}){{0,4}}|He|She|They|It|We|I)\s+{_SAY}\b"
    rf"|(?:The|A|An)\s+(?:\w+\s+){{0,3}}{_SAY}\b"
)
_OPENERS = "\"'“‘«([„"
_DETACHABLE_QUOTES = "\"'”’"
_TOKEN_PARTS = re.compile(r"[/\-–—]")
_SHORT_NUMBER = re.compile(r"(?:^|[^\d,])\d{1,3}$")
_WORD = re.compile(r"\w+")
# Abbreviations that may end a sentence, and the words that then start the next one.
_FINAL_ABBREVIATIONS = frozenset(
    {"u.s", "u.k", "u.n", "u.s.a", "e.u", "a.m", "p.m", "etc", "inc", "ltd", "corp", "jr", "sr"}
)
_SENTENCE_OPENER_WORDS = """
    The A An He She It They We I You But And Yet So In On At By For From With As If This
    That These Those His Her Their Its Our My There Here When While After Before Since
    However Meanwhile Still Some Many Most Officials Police Both Neither Such Then Now
"""
_SENTENCE_OPENERS = frozenset(_SENTENCE_OPENER_WORDS.split())
_BANG_NAMES = frozenset({"yahoo", "e", "jeopardy", "wham"})  # names ending in "!"


def strip_span(text: str, start: int, end: int) -> Span | None:
    """``Span(start, end)`` with whitespace trimmed at both ends; None if blank."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if start < end else None


def paragraph_spans(text: str) -> list[Span]:
    """One span per line holding any non-whitespace character, trimmed."""
    spans: list[Span] = []
    start = 0
    n = len(text)
    while start <= n:
        end = text.find("\n", start)
        if end < 0:
            end = n
        span = strip_span(text, start, end)
        if span is not None:
            spans.append(span)
        start = end + 1
    return spans


def _is_abbreviation(token: str, nxt: str) -> bool:
    """``token`` is the word before a final dot (without that dot), ``nxt`` what follows."""
    word = _TOKEN_PARTS.split(token)[-1].lstrip(_OPENERS)
    if not word:
        return False
    low = word.lower()
    if low in _CAPITALISED_ONLY and not word[0].isupper():
        return False  # Swedish "säger hon.", "än det.", "för sen."
    if low in ABBREVIATIONS:
        return True
    if low in _NUMBER_ABBREVIATIONS:
        return nxt.isdigit()
    # Single letters (initials "J. K.", tokenised "U. S.", "p. m.").
    if len(word) == 1 and word.isalpha():
        return True
    # Dotted acronyms not in the list: "D.C", "N.Y", "Ph.D".
    return "." in word and all(len(part) <= 2 for part in word.split(".")) and word[-1].isalpha()


def _token_before(para: str, end: int) -> str:
    """The non-whitespace run ending at ``end`` (at most ``_MAX_TOKEN`` characters)."""
    start = end
    while start > 0 and end - start < _MAX_TOKEN and not para[start - 1].isspace():
        start -= 1
    return para[start:end]


def _ends_sentence(token: str, para: str, after: int) -> bool:
    """After an abbreviation that may close a sentence ("in the U.S."), a boundary only
    when a typical sentence opener follows ("in the U.S. The talks", not "U.S. Army"), and
    not in a headline, whose every word opens with a capital ("Arcade Joseph Comeaux Jr.
    On The Lam in Texas" is one line)."""
    if token.lower().lstrip(_OPENERS) not in _FINAL_ABBREVIATIONS:
        return False
    word = _WORD.match(para, after)
    return word is not None and word.group(0) in _SENTENCE_OPENERS and not _headline(para)


_LONG_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")
_FINAL_STOP = re.compile(r"[.!?…][\"'”’)\]]*\s*$")


def _headline(para: str) -> bool:
    """A line in title case with no final stop: all its words of four letters or more open
    with a capital, but for the small words some styles keep small ("with", "from"). A
    sentence has its verbs and nouns in small letters, even one that lost its final stop
    ("... Comeaux Jr. The Texas Department of Criminal Justice said Thursday")."""
    words = _LONG_WORD.findall(para)
    small = [w for w in words if not w[0].isupper() and w.lower() not in _TITLE_SMALL_WORDS]
    return len(words) >= 3 and not small and not _FINAL_STOP.search(para)


# words of four letters or more that a title in some styles keeps in small letters
_TITLE_SMALL_WORDS = frozenset(
    """
    with from into onto upon over than that about after under amid among near past
    through during without against toward towards across behind between within around
    below above beyond inside outside along despite except until
    """.split()  # noqa: SIM905
)


def _splits_here(para: str, m: re.Match[str]) -> bool:
    term, close, nxt = m.group("term"), m.group("close"), m.group("next")
    # a letter of a script without capitals (Arabic, Hebrew, Chinese...) may open one
    caseless = nxt.isalpha() and not nxt.isupper() and not nxt.islower()
    after = m.end()
    opens = nxt.isupper() or nxt.isdigit() or nxt in _OPENERS or caseless
    if not (opens or _opening_as_closer(para, after)):
        return False
    if nxt in _DETACHABLE_QUOTES and (after + 1 == len(para) or para[after + 1].isspace()):
        return False  # a closing quote set off by a space: `stop. "` (tokenised text)
    token = _token_before(para, m.start())
    if term == ".":
        if (not close or close[0] in ")]") and _is_abbreviation(token, nxt):
            return _ends_sentence(token, para, after)
        if not close and nxt == "(" and token.lstrip(_OPENERS) in AP_STATES:
            return False  # "ST. LOUIS, Mo. (AP) — ...": a state ends no sentence there
        if not close and nxt.isdigit() and _SHORT_NUMBER.search(token):
            return False  # `$27. 5 million`, `at 9. 30` (a decimal or time split by a space)
        if not close and _ORDINAL_DAY.search(token) and _MONTH_AFTER_ORDINAL.match(para, after):
            return False  # "20. Juni 2024"
        if not close and _CAPITALS_DATELINE.fullmatch(para, 0, m.start()):
            return False  # "MONTCLARIN. La grève ...": a French regional paper's dateline
        if not close and _MAGNITUDE_AFTER_FIGURE.search(para, max(0, m.start() - 6), m.start()):
            return False  # "2,4 Mio. Euro"
    elif term == "!" and not close and token.lower().lstrip(_OPENERS) in _BANG_NAMES:
        return False
    if close and any(q in close for q in "\"'”’»"):
        rest = para[m.end() : m.end() + 120]
        if _ATTRIBUTION.match(rest) and not _introduced(para, m.start()):
            return False
    return True


# the quotation marks Swedish and Finnish open a quotation with as they close it
# ("hänt. ”Vi beklagar”"), and Danish and German guillemets (»Vi beklager«)
_CLOSERS_THAT_OPEN = "”»"


def _opening_as_closer(para: str, at: int) -> bool:
    """The mark at ``at`` of ``para`` is a closing quotation mark or a guillemet that
    opens a quotation there, glued to the capital of its first word."""
    return para[at] in _CLOSERS_THAT_OPEN and at + 1 < len(para) and para[at + 1].isupper()


def _introduced(para: str, end: int) -> bool:
    """The quotation closing at ``end`` of ``para`` opens after a colon, its speaker told
    before it ('Ostrowski told GridBeat: "We lost a line." She said ...'): a verb of
    saying after it opens the next sentence, as it does after no quotation."""
    opening = max(para.rfind(mark, 0, end) for mark in _DOUBLE_OPENERS)
    return opening > 0 and para[:opening].rstrip().endswith(":")


_DOUBLE_OPENERS = '"“«„'  # a single quote may be an apostrophe


def split_sentences(para: str, offset: int = 0) -> list[Span]:
    """Sentence spans of one paragraph (no newline inside), shifted by ``offset``."""
    cuts = [m.start("space") for m in _BOUNDARY.finditer(para) if _splits_here(para, m)]
    if any("\u3000" <= ch <= "\uffef" for ch in para):
        cuts = sorted({*cuts, *(m.end() for m in _CJK_BOUNDARY.finditer(para))})
    spans: list[Span] = []
    start = 0
    for cut in cuts:
        if cut < start:
            continue
        span = strip_span(para, start, cut)
        if span is not None:
            spans.append(Span(span.start + offset, span.end + offset))
        start = cut
    span = strip_span(para, start, len(para))
    if span is not None:
        spans.append(Span(span.start + offset, span.end + offset))
    return spans


def sentence_spans(text: str, paragraphs: list[Span], apart: Sequence[Span] = ()) -> list[Span]:
    """Sentences of every paragraph, in order; none runs over an edge of a span of
    ``apart`` (the boilerplate): a dimmed tail after a post's last words, "... the soup
    and the horns. #PortStrike — DHWU Carrowick (@DHWUCarrowick) December 5, 2026", is a
    sentence of its own, and the words before it one the aligner may match."""
    out: list[Span] = []
    for p in paragraphs:
        out.extend(split_sentences(text[p.start : p.end], p.start))
    edges = sorted({e for b in apart for e in (b.start, b.end)})
    if not edges:
        return out
    cut: list[Span] = []
    for s in out:
        inside = edges[bisect_right(edges, s.start) : bisect_left(edges, s.end)]
        bounds = [s.start, *inside, s.end]
        pieces = (strip_span(text, a, b) for a, b in itertools.pairwise(bounds))
        cut.extend(piece for piece in pieces if piece is not None)
    return cut
