"""Who a "he said" means when the sentence just before names nobody who speaks: the
person the article was last speaking of, read back sentence by sentence as a reader
reads it.

'Jack Ketsoyan said Friday that the star went to the Promises Treatment Center. / He did
not specify what she was being treated for. / "We appreciate your respect ...," he said.'
is Ketsoyan's; 'Page, who became religious ..., inspired the 2005 film ... / She became a
cult figure ... / After resurfacing in the 1990s, she occasionally granted interviews. /
"I don't want to be photographed in my old age," she said.' is Page's. Going back, a
sentence that names nobody passes (but for one naming a person by a role someone owns:
"Nichols' mother expressed their sentiments", whom "she" then is); the first that names
people decides: the one it says said something, or its subject, or the one person it
names ("For Page, the bondage photos were harmless fun."; not a reporter, "first reported
by John Henry", nor one a different pronoun is known to stand for), but not one named
after the pronoun goes on meaning someone else ("she had her born-again experience ...
the Rev Billy Graham", "Jerry Tibbs ... asked her to pose"); a quotation on the way is its
speaker's only when that speaker is known to be "he" (or "she"), else the walk stops
there (the agent quoted just before is not the actress who then speaks). Known: someone
a "he said" of the article was already attributed to, or called Mr, Ms, Mrs or Miss.

A first name the article gives a person rules that person out for the other pronoun
(:mod:`reader.analysis.names.first_names`), never in: "she" is not Mark Roesler, so the walk goes
on past his quotation, and "Roesler said Page had been in hospital" then stands for
Page; "he" after "Matthew O'Connor, who coproduced Reid" is O'Connor, not Tara Reid.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from reader.analysis.mention import Mention
from reader.analysis.names.first_names import pronoun_of
from reader.analysis.names.joined_names import whole_names
from reader.analysis.names.offices import OFFICES, without_office
from reader.analysis.quotations.opening_subject import opening_subject, people_in
from reader.analysis.quotations.speakers import said_by, speaker
from reader.analysis.quotations.unnamed_speakers import SOURCE_NOUNS, described
from reader.lazy_regex import LazyPattern
from reader.model import Document, Span

# sentences looked back over, at most (not counting a quotation of someone the pronoun
# cannot stand for)
REACH = 4
# the words that stand for a person of each pronoun
_FORMS = {"he": ("he", "him", "his", "himself"), "she": ("she", "her", "hers", "herself")}
_TITLES = {"mr": "he", "sir": "he", "mrs": "she", "ms": "she", "miss": "she", "lady": "she"}
_TITLED = LazyPattern(r"\b(Mr|Mrs|Ms|Miss|Sir|Lady)\.?\s+((?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+)")
# a person named by a role someone owns: "Nichols' mother", "her publicist", "his wife"
_OWNED = LazyPattern(
    rf"(?:\b(?:his|her|their)|[\w.-]+(?:'s|’s|'|’))\s+(?:[a-z-]+\s+)?"
    rf"(?:{'|'.join(sorted(SOURCE_NOUNS))})\b"
)


def surname(name: str) -> str:
    """The key a person is known by in a pronoun's table: the name's last word."""
    return name.split()[-1].lower().strip(".,") if name.split() else ""


def titled(text: str) -> dict[str, str]:
    """The pronoun of each person the text calls Mr, Ms, Mrs or Miss, by surname."""
    return {surname(m.group(2)): _TITLES[m.group(1).lower()] for m in _TITLED.finditer(text)}


def by_first_name(text: str, names: Sequence[Mention]) -> dict[str, str]:
    """The pronoun the first name of each person named in full in the text rules in, by
    surname ("Tara Reid": "reid" is "she"); a surname two people of both sexes carry is
    left out ("Bettie Page", "Jimmy Page")."""
    found: dict[str, set[str]] = {}
    for n in whole_names(text, names):
        words = n.surface.split()
        for word in words[:-1]:  # the given name comes before the surname, after an office
            if word.lower() == "and":
                break  # "Laurence Mark and Bill Condon": two people
            pronoun = pronoun_of(word.strip(".,"))
            if pronoun is not None:
                found.setdefault(surname(n.surface), set()).add(pronoun)
                break
    return {key: next(iter(p)) for key, p in found.items() if len(p) == 1}


def may_stand_for(
    name: str, pronoun: str, known: Mapping[str, str], first_names: Mapping[str, str]
) -> bool:
    """False when ``pronoun`` cannot stand for ``name``: a "he said" known to be another's
    pronoun, or a woman's first name for "he" (a man's for "she"); True otherwise, and
    always for "" (one of either sex: "the 58-year-old said")."""
    if not pronoun:
        return True
    key = surname(name)
    return known.get(key, first_names.get(key, pronoun)) == pronoun


@dataclass(frozen=True, slots=True)
class Reading:
    """What a "he said" is read against: the document, its folded text and name
    mentions, the quotations attributed so far (where, who), the pronoun of people it is
    known of and the pronoun their first names allow, by surname."""

    doc: Document
    text: str
    names: Sequence[Mention]
    spoken: Sequence[tuple[Span, str | None]]
    known: Mapping[str, str]
    first_names: Mapping[str, str]


def antecedent(reading: Reading, here: int, quote: Span, pronoun: str) -> str | None:
    """The person a "he said" (``pronoun``) of the quotation at ``quote``, in sentence
    ``here``, stands for, looking back at most :data:`REACH` sentences (None when its own
    sentence names someone before it)."""
    doc, text, names, spoken, known = (
        reading.doc,
        reading.text,
        reading.names,
        reading.spoken,
        reading.known,
    )
    forms = _FORMS.get(pronoun, ())  # "" (either sex) has none
    own = doc.sentences[here]
    if _people(text, Span(own.start, max(own.start, quote.start)), names, spoken):
        return None  # "When King hired O'Brien, he had called him a "perfect fit""
    k, read = here - 1, 0
    while k >= 0 and read < REACH:
        sentence = doc.sentences[k]
        k -= 1
        # a person only described ("the star said ... a “social drinker”") may be the
        # one named before, whom "she" stands for: read on past that quotation
        said = [
            who for span, who in spoken if who and not described(who) and span.overlaps(sentence)
        ]
        if said:  # not across a quotation of someone not known to be "she"
            if known.get(surname(said[-1])) == pronoun:
                return said[-1]
            if may_stand_for(said[-1], pronoun, known, reading.first_names):
                return None
            # "she" is not Mark Roesler: his quotation is passed over, and not counted
            continue
        read += 1
        people = _people(text, sentence, names, spoken)
        ruled_out = all(
            not may_stand_for(n.surface, pronoun, known, reading.first_names) for n in people
        )
        if people and not ruled_out and not _before(text, sentence, people[0], forms, names):
            return _decided(reading, sentence, people, pronoun)
        if _OWNED.search(text, sentence.start, sentence.end) or _opens_with_name(
            text, sentence, names
        ):
            return None  # "Nichols' mother expressed ...", "Boston has not made an offer"
    return None


def _opens_with_name(text: str, sentence: Span, names: Sequence[Mention]) -> bool:
    """True when ``sentence`` opens with a name (after "The"), its subject: one that is
    no person's ("Boston has not made another offer", "The Red Sox met the agent")."""
    lead = _LEAD.match(text, sentence.start, sentence.end)
    at = lead.end() if lead else sentence.start
    return any(n.span.start == at and _a_name(text, n, names) for n in names)


def _a_name(text: str, name: Mention, names: Sequence[Mention]) -> bool:
    """True when ``name``, opening a sentence, is a name and not a word any sentence may
    open with ("Moreover", "Earlier"): of two words or more, a word of a longer name
    ("Boston" of "Boston Red Sox"), or written with its capital inside a sentence."""
    word = name.surface
    return (
        len(word.split()) > 1
        or any(word in n.surface.split() and n.surface != word for n in names)
        or re.search(rf"[\w,;] {re.escape(word)}\b", text) is not None
    )


_LEAD = LazyPattern(r"\s*(?:the\s+)?", re.IGNORECASE)


def _people(
    text: str, region: Span, names: Sequence[Mention], spoken: Sequence[tuple[Span, str | None]]
) -> list[Mention]:
    """The people ``region`` names outside quotations, but for the owner of a role
    ("Nichols' mother") and a name qualifying a noun ("The American Pie actress")."""
    return [
        n
        for n in people_in(text, region, names)
        if not any(span.contains(n.span) for span, _ in spoken)
        and not _owner(text, n)
        and not _modifier(text, n)
    ]


def _before(
    text: str, sentence: Span, first: Mention, forms: tuple[str, ...], names: Sequence[Mention]
) -> bool:
    """True when the pronoun (one of ``forms``) stands in ``sentence`` before the first
    person it names, who is not its subject: the pronoun goes on meaning someone named
    earlier ("It was while living in Florida that she had her born-again experience and
    committed herself to ... the Rev Billy Graham")."""
    words = _WORD.findall(text, sentence.start, first.span.start)
    return any(w.lower() in forms for w in words) and opening_subject(text, sentence, names) is None


def _decided(
    reading: Reading, sentence: Span, people: Sequence[Mention], pronoun: str
) -> str | None:
    """The one of ``people``, named in ``sentence``, that the pronoun stands for: the one
    said to say something, the subject, or the only one; None when it cannot be told.
    The subject a first name rules out leaves the others ("Roesler said Page had been in
    hospital": "she" is Page); one a "he said" was known for, nobody."""
    text, names, known = reading.text, reading.names, reading.known
    subject = said_by(text, sentence, names)
    who = subject.name if subject is not None and not subject.unnamed else None
    who = who or opening_subject(text, sentence, names)
    if who is not None:
        either = not pronoun  # "the 58-year-old said": a man or a woman
        if (either or known.get(surname(who), pronoun) == pronoun) and may_stand_for(
            who, pronoun, known, reading.first_names
        ):
            return who
        if surname(who) in known:
            return None
    object_form = _OBJECT.get(pronoun)
    if object_form is not None and object_form.search(text, people[0].span.end, sentence.end):
        return None  # "Jerry Tibbs admired the 27-year-old's firm, curvy body and asked her"
    fits: dict[str, Mention] = {}
    for n in people:
        if may_stand_for(n.surface, pronoun, known, reading.first_names):
            fits.setdefault(surname(n.surface), n)  # "Page" before "The Notorious Bettie Page"
    if len(fits) != 1 or _BY.search(text, sentence.start, next(iter(fits.values())).span.start):
        return None  # two people, or one who only reported: "first reported by John Henry"
    return without_office(next(iter(fits.values())).surface)


# the pronoun as an object, someone other than the subject of its verb: "asked her to
# pose", "rebuffed him as well" (not "her bondage poses", "she said")
_OBJECT = {
    pronoun: LazyPattern(
        rf"\b{word}\b(?=\s+(?:to|as|and|at|in|on|for|with|by|from|into|about|that)\b|\s*[.,;:!?])",
        re.IGNORECASE,
    )
    for pronoun, word in (("he", "him"), ("she", "her"))
}


_WORD = LazyPattern(r"[\w'’]+")
_BY = LazyPattern(r"\bby\s+(?:[\w.'’-]+\s+){0,4}$")


def _owner(text: str, name: Mention) -> bool:
    """True when ``name`` owns what follows it: "Nichols' mother", "Page's image"."""
    return text[name.span.end : name.span.end + 2] in ("'s", "’s", "' ", "’ ")


def _modifier(text: str, name: Mention) -> bool:
    """True when ``name`` qualifies a noun after "the": "The American Pie actress"."""
    before = text[max(0, name.span.start - 4) : name.span.start].lower()
    after = text[name.span.end : name.span.end + 2]
    return before.endswith("the ") and len(after) == 2 and after[0] == " " and after[1].islower()


def introduced_by(reading: Reading, here: int) -> str | None:
    """The speaker of a quotation standing alone at the start of sentence ``here`` that
    the sentence before introduces, ending with a colon: "Andrew Wetzler, director of
    ..., was blunt:", "One big difference between Page and most neighbors, said
    Yeager:", "Asked if that gave him pause ..., he replied:" (then whom "he" stands
    for), "His exact words:", "Below is a statement by Francesca Grifo, director of
    ...:" (the one whose statement it is); None for "The judge had advice for anyone who deals with
    Nichols:" (an unnamed subject) and any other sentence."""
    if here < 1:
        return None
    doc, text, names = reading.doc, reading.text, reading.names
    sentence = doc.sentences[here - 1]
    if not text[sentence.start : sentence.end].rstrip().endswith(":") or any(
        span.overlaps(sentence) for span, _ in reading.spoken
    ):
        return None
    said = speaker(text, sentence, Span(sentence.end, sentence.end), names)
    if said.name is not None:
        return None if said.unnamed else said.name
    by = _STATEMENT_BY.search(text, sentence.start, sentence.end)
    author = next(
        (
            n
            for n in names
            if by is not None and _OFFICE_FIRST.fullmatch(text, by.end(), n.span.start)
        ),
        None,
    )
    if author is not None:  # "Below is a statement by Francesca Grifo, director of ...:"
        return without_office(author.surface)
    pronoun = said.pronoun or _POSSESSIVE.get(_first_word(text, sentence), "")
    if pronoun:
        at = _PRONOUN.search(text, sentence.start, sentence.end)
        mark = Span(at.start(), at.start()) if at else Span(sentence.start, sentence.start)
        return antecedent(reading, here - 1, mark, pronoun)
    return opening_subject(text, sentence, names)


# what someone wrote or said, "by" whom: "a statement by Francesca Grifo" (ECB+ 9_4ecbplus)
_STATEMENT_BY = LazyPattern(
    r"\b(?:statement|remarks|comments|message|letter|speech|testimony|address)\s+"
    r"(?:(?:issued|released|given|delivered|written|made)\s+)?by\s+(?:the\s+)?",
    re.IGNORECASE,
)
# an office between "by" and the name: "by Senator Ann Lee"
_OFFICE_FIRST = LazyPattern(rf"(?:(?i:{'|'.join(sorted(OFFICES))})\.?\s+)?")
_POSSESSIVE = {"his": "he", "her": "she"}
_PRONOUN = LazyPattern(r"\b(?:he|she|his|her)\b", re.IGNORECASE)


def _first_word(text: str, sentence: Span) -> str:
    """The first word of ``sentence``, in small letters."""
    m = _WORD.search(text, sentence.start, sentence.end)
    return m.group().lower() if m else ""


def quoted_on(
    doc: Document, text: str, first: int, here: int, quoted: Sequence[Span]
) -> list[Span]:
    """The sentences between sentence ``first`` and sentence ``here`` that go on a
    quotation over paragraphs, as news writes one: each opens with a quotation mark that
    closes no quotation found ('"What I did witness ...," he said. / "There were a few
    still burning cars ... / "Otherwise, it was an empty city without people."')."""
    return [
        s
        for s in doc.sentences[first + 1 : here]
        if text[s.start : s.start + 1] == '"' and not any(q.overlaps(s) for q in quoted)
    ]
