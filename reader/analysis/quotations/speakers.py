"""Who is quoted: the subject of the verb of saying next to a quotation.

News attribution comes in a few shapes: "..., Roesler said", "..., said agent Mark
Roesler in a statement", "Tara Reid's rep told Us: ...", "according to Mr. Smith",
"Putin called it a ...". The speaker is the verb's subject, never its object: in "Angels
general manager Tony Reagins told MLB.com" MLB.com was told, and in "Van Rompuy said in
Brussels" Brussels is where. "He said" refers back to the speaker just named (resolved
in ``quotes``); an unnamed subject ("the official said", "her spokesman said") names
nobody, so no name nearby is taken for it: when no name is the speaker, the source is
given in the article's words ("a senior officer", "police", "a spokesman for the
ministry"; :mod:`reader.analysis.quotations.unnamed_speakers`).

The verbs of saying are in :mod:`reader.analysis.words.saying`, where a subject's name lies
around them in :mod:`reader.analysis.quotations.subjects`, and the person a sentence opens with,
whom a "he said" after it may mean, in :mod:`reader.analysis.quotations.opening_subject`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from reader.analysis.mention import Mention
from reader.analysis.names.described_names import description_only
from reader.analysis.names.german_papers import addressed, fronted_paper
from reader.analysis.names.joined_names import whole_names
from reader.analysis.names.names_within import names_within
from reader.analysis.names.offices import completes_office, without_office
from reader.analysis.quotations.aged_speakers import aged_after
from reader.analysis.quotations.office_speakers import office_told, told_after, told_pronoun
from reader.analysis.quotations.opening_subject import opening_subject
from reader.analysis.quotations.participles import absolute_speaker, participle_speaker
from reader.analysis.quotations.passive_speakers import passive_agent
from reader.analysis.quotations.pronoun_speakers import (
    NOBODY_PRONOUNS,
    PERSONAL,
    aged_subject,
    carried_pronoun,
    dropped_subject,
    opens_without_subject,
    pronoun_after,
    they,
)
from reader.analysis.quotations.subjects import (
    APOSTROPHES,
    COMPLEMENT_OF_SOURCE,
    PUNCTUATION,
    WORD_BEFORE,
    head_of_apposition,
    holder_completing,
    name_ending,
    named_after,
    named_in_apposition,
    set_off_before,
    subject_end,
)
from reader.analysis.quotations.unnamed_speakers import (
    MEMBER,
    SOURCE_NOUNS,
    TEXTS,
    unnamed_after,
    unnamed_before,
)
from reader.analysis.words.lexicon import DEMONYMS
from reader.analysis.words.saying import (
    ACCORDING,
    REPORTED,
    SAYING,
    inverted,
    object_pronoun_only,
    past_addressee,
    verb_text,
)
from reader.model import Span

# a speaker named by a role and its owner: "Reid's rep"; alone ("the official said", "her
# spokesman said") or after a name that only qualifies it ("a U.S. official", "Interior
# Department officials") it names nobody, and is an unnamed source
_ROLES = frozenset(
    """
    rep reps representative representatives spokesman spokeswoman spokesperson spokesmen
    lawyer lawyers attorney attorneys agent publicist official officials source sources
    statement aide aides
    """.split()  # noqa: SIM905
)


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who says a quotation: a name; or whoever spoke just before (``refers_back``: "he
    said", or a quotation standing alone as its own sentence after another one, as news
    goes on quoting one speaker); or nobody."""

    name: str | None = None
    refers_back: bool = False
    personal: bool = False  # "he said", "she wrote": a person spoken of just before
    pronoun: str = ""  # which: "he" or "she" ("": either, "the 58-year-old said")
    unnamed: bool = False  # a source in the article's words: "a senior officer", "police"
    dropped: bool = False  # a subject left out ('"...", afirmó.'): the one just spoken of
    office: str = ""  # an office alone ("the chief said"): its holder named before, if any
    office_pronoun: str = ""  # the sex its article tells: "she" of "la ministre"
    member: str = ""  # "one", "another" (of them): one of the group of sources just named


NOBODY = Attribution()
REFERS_BACK = Attribution(refers_back=True)
DROPPED = Attribution(refers_back=True, dropped=True)


def speaker(text: str, region: Span, quote: Span, names: Sequence[Mention]) -> Attribution:
    """The speaker of the quotation at ``quote`` in ``text`` (folded, so offsets are the
    document's), looking in ``region`` (its sentence) and given the document's name
    mentions."""
    inside = [
        n
        for n in whole_names(text, _not_addressed(text, names_within(names, region)))
        if not n.span.overlaps(quote) and n.key not in DEMONYMS
    ]
    asides = [a for a in _asides(text, region) if not a.overlaps(quote)]
    verbs, reported = (
        [
            v
            for v in verb.finditer(text, region.start, region.end)
            if not quote.contains_offset(v.start())
            and not any(a.contains_offset(v.start()) for a in asides)
        ]
        for verb in (SAYING, REPORTED)
    )
    if not verbs and not reported and not text[region.start : quote.start].strip():
        return REFERS_BACK  # '"...," Kim said. "I express deep satisfaction ..."'
    # the nearest verb first; "according to" last, as it names the source of a report
    # ('Kim said he would "seek cooperation", according to the Russian news agency')
    for listed in (verbs, reported):
        listed.sort(
            key=lambda v: (
                verb_text(v) in ACCORDING,
                min(abs(v.start() - quote.end), abs(quote.start - v.end())),
            )
        )
    if _in_opening_contrast(text, region, quote, verbs):
        return NOBODY
    absolute = absolute_speaker(text, region, quote, names)
    if absolute is not None:  # "... with a spokesman stating: "..."", not the one who stated
        return Attribution(absolute[0], unnamed=absolute[1])
    named = _named(text, region, quote, verbs, inside)
    if named.unnamed and _SO_CALLED.search(text, region.start, quote.start):
        return NOBODY  # as in _unnamed
    if named != NOBODY:
        return named
    by = passive_agent(text, region, quote)
    if by is not None:  # "was dismissed as “a fantasy” by the opposition leader"
        return _agent(text, by, region, quote, inside)
    coordinated = _coordinated(text, region, quote, verbs, names) or _introduced(
        text, region, quote, verbs, names
    )
    if coordinated is not None:
        return coordinated
    unnamed = _unnamed(text, region, quote, verbs or reported)
    brought = participle_speaker(text, region, quote, names) if unnamed == NOBODY else None
    return unnamed if brought is None else Attribution(brought[0], unnamed=brought[1])


def _coordinated(
    text: str, region: Span, quote: Span, verbs: Sequence[re.Match[str]], names: Sequence[Mention]
) -> Attribution | None:
    """The speaker of a verb of saying coordinated with the sentence's first verb, before
    the quotation it introduces: the subject the sentence opens with ("DeGeneres made the
    announcement on Twitter on Friday and said: ...", ECB+ 2_9ecbplus; "He thanked his
    staff and added, ..." is the one "he" stands for); None when no such verb or the
    sentence opens with no one person (see ``opening_subject``)."""
    for v in verbs:
        if v.end() > quote.start or not _AND.search(text, region.start, v.start()):
            continue
        first = _WORD.search(text, region.start, v.start())
        if first is not None and first.group().lower() in ("he", "she"):
            return _personal(first.group().lower())
        name = opening_subject(text, Span(region.start, v.start()), names)
        if name is not None:
            return Attribution(name)
    return None


def _introduced(
    text: str, region: Span, quote: Span, verbs: Sequence[re.Match[str]], names: Sequence[Mention]
) -> Attribution | None:
    """The person a sentence with no verb of saying before its quotation opens with, the
    quotation set after a colon: "Bürgermeisterin Anna Feld zeigte sich erleichtert:
    „Die Mauer hat gehalten.“", "Smith was blunt: "We failed."" (the clause before the
    colon tells how the subject spoke), or "he" or "she" before a verb in the past ("She
    ended the address with a promise: ..."), the one just spoken of; None when not so."""
    colon = _COLON_BEFORE.search(text, region.start, quote.start)
    if colon is None or any(v.start() < quote.start for v in verbs):
        return None
    first = _SUBJECT_PRONOUN.match(text, region.start, colon.start())
    if first is not None:  # "She ended the address with a promise: ..."
        return _personal(first.group(1).lower())
    name = opening_subject(text, Span(region.start, colon.start()), names)
    return None if name is None else Attribution(name)


# a colon right before a quotation's opening mark
# "he" or "she" opening a sentence as its subject, a verb in the past after it
_SUBJECT_PRONOUN = re.compile(r"\s*(he|she)\s+(?:[a-z]+ly\s+)?[a-z]+ed\b", re.IGNORECASE)
_COLON_BEFORE = re.compile(r":\s*$")


# the conjunction right before a verb of saying that a clause of its own subject goes on
# with: "... and said:", "... and then added,"
_AND = re.compile(r"\s(?:and|but)\s+(?:then\s+|later\s+|also\s+)?$", re.IGNORECASE)


def _not_addressed(text: str, names: Sequence[Mention]) -> list[Mention]:
    """``names`` less a paper told something, the verb's object: "Spiegel" of "sagte
    Braun dem Spiegel" (reader.analysis.names.german_papers); less a description read as a
    name where the sentence was not read as German: "Ihr Sprecher" (described_names)."""
    return [
        n
        for n in names
        if not addressed(text, n.span.start, n.span.end) and not description_only(n.surface)
    ]


def _after_paper(text: str, region: Span, quote: Span, v: re.Match[str]) -> bool:
    """The verb of saying ``v`` follows a paper told something that opens its clause, so
    its subject comes after it: "Dem Spiegel sagte Braun, ..." (german_papers)."""
    start = max(region.start, quote.end) if quote.end <= v.start() else region.start
    return fronted_paper(text, start, v.start())


def _named(
    text: str, region: Span, quote: Span, verbs: Sequence[re.Match[str]], inside: Sequence[Mention]
) -> Attribution:
    """The named speaker of the quotation at ``quote`` (or "he said"): the subject of
    the first of ``verbs`` that has one."""
    for v in verbs:
        verb = verb_text(v)
        stop = region.end if quote.start < v.end() else min(region.end, quote.start)
        if verb in ACCORDING:
            who = _named_after(text, v.end(), region, quote, inside)
            if who:
                return Attribution(without_office(who))
            pronoun = pronoun_after(text, v, stop, objective=True)  # "selon lui"
            if pronoun is not None:
                return _personal(pronoun)
            continue
        pronoun = carried_pronoun(v)  # '"...", a-t-il déclaré'
        if pronoun is not None:
            return _personal(pronoun)
        subject = _subject_before(text, v.start(), region, quote, inside)
        if subject is not None:
            return subject
        if inverted(text, region, v) or _after_paper(text, region, quote, v):
            aged = aged_after(text, past_addressee(text, v.end()), stop)
            if aged is not None:  # "sagte ein 67-jähriger Mann aus Köln": not Köln
                return Attribution(aged, unnamed=True)
            who = _named_after(text, past_addressee(text, v.end()), region, quote, inside)
            if who:
                return Attribution(without_office(who))
            pronoun = pronoun_after(text, v, stop)  # '"...", sagte er'
            if pronoun is not None:
                return _personal(pronoun)
            if dropped_subject(text, v, stop):  # '"...", añadió.'
                return DROPPED
        elif _opens_clause(text, region, quote, v) and dropped_subject(text, v, stop):
            return DROPPED  # "Añadió: ...", "Ha aggiunto che ..."
    return NOBODY


def _agent(
    text: str, by: re.Match[str], region: Span, quote: Span, inside: Sequence[Mention]
) -> Attribution:
    """The agent after ``by`` of a passive verb of saying (:mod:`passive_speakers`),
    read as the subject after an inverted verb: a name, "him" or "her", an office told
    as known ("the opposition leader"), an unnamed source ("critics"), or nobody."""
    stop = region.end if quote.start < by.end() else min(region.end, quote.start)
    who = _named_after(text, by.end(), region, quote, inside)
    pronoun = None if who else pronoun_after(text, by, stop, objective=True)
    if who or pronoun is not None:
        return Attribution(without_office(who)) if who else _personal(pronoun or "")
    phrase = told_after(text, by.end(), stop)
    office, sex = office_told(phrase) or "", told_pronoun(phrase)
    source = unnamed_after(text, by.end(), stop)
    if source:
        return Attribution(source, unnamed=True, office=office, office_pronoun=sex)
    return Attribution(office=office, office_pronoun=sex) if office else NOBODY


def _a_name(text: str, at: int, names: Sequence[Mention]) -> bool:
    """True when the pronoun of another language at ``at`` is a name: one of ``names``
    holds it and the article never writes it in small letters ("Ella said", not "Ella
    dijo" in an article that writes "ella" elsewhere)."""
    word = _WORD.match(text, at)
    lower = word.group().lower() if word else ""
    return any(n.span.contains_offset(at) for n in names) and not re.search(
        rf"(?<!\w){re.escape(lower)}(?!\w)", text
    )


_WORD = re.compile(r"\w+")


def _personal(pronoun: str) -> Attribution:
    """A speaker a personal pronoun ("he", "she") stands for: the one just spoken of."""
    return Attribution(refers_back=True, personal=True, pronoun=pronoun)


def _opens_clause(text: str, region: Span, quote: Span, v: re.Match[str]) -> bool:
    """True when the verb of saying ``v`` opens its clause (past a conjunction or an
    adverb): at its sentence's start, or right after the quotation at ``quote``."""
    start = max(region.start, quote.end) if quote.end <= v.start() else region.start
    return opens_without_subject(text, start, v)


def _named_after(
    text: str, pos: int, region: Span, quote: Span, names: Sequence[Mention]
) -> str | None:
    """The name the attribution after ``pos`` gives: set off after the source or the
    office it names ("said her lawyer, Mark Heller", "said the president, John Smith",
    "dijo el responsable del Gobierno, Pedro Blanco", where "Gobierno" is not the one
    who spoke), or in its first phrase ("said ABC prexy Paul Lee")."""
    return named_in_apposition(text, pos, region, quote, names) or named_after(
        text, pos, region, quote, names
    )


def _unnamed(text: str, region: Span, quote: Span, verbs: Sequence[re.Match[str]]) -> Attribution:
    """The unnamed source of the quotation at ``quote`` ("a senior officer", "police"),
    for a quotation nobody named says: the subject of the first of ``verbs`` that has
    one, when that subject is a source (:mod:`unnamed_speakers`); else nobody. A term
    after "so-called" is the writer's, not the source's ('the administration announced
    it would reverse the so-called "medical conscience" rule')."""
    if _SO_CALLED.search(text, region.start, quote.start):
        return NOBODY
    for v in verbs:
        stop = region.end if quote.start < v.end() else min(region.end, quote.start)
        if verb_text(v) in ACCORDING:
            who = unnamed_after(text, v.end(), stop)
            if who:
                return Attribution(who, unnamed=True)
            continue
        start = max(region.start, quote.end) if quote.end <= v.start() else region.start
        end = subject_end(text, start, v.start())
        if _JOINING.fullmatch(text, start, end):
            continue  # 'lamented the loss of "homes ..." and promised': the first verb's
        if text[start:end].strip(PUNCTUATION):
            if _quoted_text(text, start, end):
                continue  # "The agency said Article 4 of the agreement states": the agency
            # the verb's subject decides: "The protesters, whom police said numbered
            # 5,000, chanted" is nobody's, as "the suspect told" is
            who = unnamed_before(text, start, end, conjunction=v.end() <= quote.start)
            # "the chief said", "the mayor said": the holder named before, if any
            phrase = text[start:end].strip(PUNCTUATION)
            member = MEMBER.fullmatch(phrase)
            if member is not None:  # '"...," one of them said'
                return Attribution(member=member.group(1).lower())
            office, sex = office_told(phrase) or "", told_pronoun(phrase)
            if who:
                return Attribution(who, unnamed=True, office=office, office_pronoun=sex)
            return Attribution(office=office, office_pronoun=sex) if office else NOBODY
        if inverted(text, region, v):
            member = MEMBER.fullmatch(text[v.end() : stop].rstrip(PUNCTUATION + ".;"))
            if member is not None:  # '"...," says one.'
                return Attribution(member=member.group(1).lower())
            who = unnamed_after(text, v.end(), stop)
            # "said the chief", "dijo el alcalde", "sagte der Bürgermeister": the holder
            # named before, if any
            phrase = told_after(text, v.end(), stop)
            office, sex = office_told(phrase) or "", told_pronoun(phrase)
            if who:
                return Attribution(who, unnamed=True, office=office, office_pronoun=sex)
            if office:
                return Attribution(office=office, office_pronoun=sex)
    return NOBODY


def _in_opening_contrast(
    text: str, region: Span, quote: Span, verbs: Sequence[re.Match[str]]
) -> bool:
    """True when the quotation at ``quote`` lies in a clause of contrast that opens its
    sentence, before the comma that ends it and the verbs of saying: "While the Bush rule
    prohibited consultations on the basis of “global processes” such as climate change,
    an Interior official said ..." quotes the rule, not the official. A clause with no
    subject of its own is the speaker's: "While praising the “historic” deal, Putin
    said"."""
    if not _CONTRAST.match(text, region.start) or not verbs:
        return False
    first = min(v.start() for v in verbs)
    return quote.end <= first and "," in text[quote.end : first]


_CONTRAST = re.compile(r"\s*(?:while|although|though|whereas)\s+(?!\w+ing\b)", re.IGNORECASE)
_SO_CALLED = re.compile(r"\bso-called\s*$", re.IGNORECASE)
# a conjunction alone between a quotation and a verb of saying after it: the verb shares
# the subject of the clause before ('The mayor lamented the loss of "homes" and promised
# ...', 'O autarca lamentou a perda de "casas ..." e garantiu ...')
_JOINING = re.compile(r"[\s,]*(?:and|e|y|et|und|ed)\s+", re.IGNORECASE)


def _quoted_text(text: str, start: int, end: int) -> bool:
    """True when the subject ``text[start:end]`` of a verb of saying ends with a text or a
    finding ("Article 4 of the agreement states", "the law reads", "evidence suggested"),
    which whoever reports it quotes, not a speaker."""
    m = WORD_BEFORE.search(text, start, end)
    return m is not None and m.group(1).lower().rstrip(".") in TEXTS


def said_by(text: str, region: Span, names: Sequence[Mention]) -> Attribution | None:
    """The subject of the first verb of saying in ``region`` of ``text`` (a sentence
    quoting nobody: "Raj Patel said he had moved his stock"), when a name is in it: the
    name, or an unnamed source a name qualifies or completes, flagged unnamed ("A Defence
    Ministry statement said", "a spokesman for the Foreign Ministry said"); else None."""
    inside = [n for n in whole_names(text, names_within(names, region)) if n.key not in DEMONYMS]
    end = Span(region.end, region.end)
    for v in SAYING.finditer(text, region.start, region.end):
        if verb_text(v) in ACCORDING:
            continue
        subject = _subject_before(text, v.start(), region, end, inside)
        if subject is not None:
            return subject if subject.name is not None else None
    return None


# an aside between dashes or brackets: "Terry White told The Post a couple hours after a
# court hearing — where Lohan's lawyer Mark Heller said she was ... — “I hear she's on
# her way”" is White's; Heller's verb speaks only for what the aside quotes
_ASIDE = re.compile(
    r"\s[\u2014\u2013-]{1,2}\s[^\u2014\u2013]{3,300}?\s[\u2014\u2013-]{1,2}\s|\([^()]{3,300}\)"
)


def _asides(text: str, region: Span) -> list[Span]:
    """The asides of ``region``: text set off by a pair of dashes, or in brackets."""
    return [Span(m.start(), m.end()) for m in _ASIDE.finditer(text, region.start, region.end)]


def _subject_before(
    text: str, pos: int, region: Span, quote: Span, names: Sequence[Mention]
) -> Attribution | None:
    """The subject before the verb at ``pos``: a name, a pronoun, nobody named ("the
    official"), or None when the verb has no subject before it."""
    start = max(region.start, quote.end) if quote.end <= pos else region.start
    end = subject_end(text, start, pos)
    if not text[start:end].strip(PUNCTUATION) or object_pronoun_only(text, start, end):
        return None  # the quotation itself comes first: '"...," said X', '"...", - сказал X'
    m = WORD_BEFORE.search(text, start, end)
    if m is None:
        return None
    word = m.group(1).lower().rstrip(".")
    if aged_subject(text, start, end):  # '"...," the 58-year-old said': as "he said"
        return Attribution(refers_back=True, personal=True)
    # "he said", "Er fügte hinzu", "Il a ajouté": the one the article was speaking of
    # (not "Ella said", Ella Fitzgerald); "they", "we", "who", "Sie sagten" name nobody
    if word in PERSONAL and (word in ("he", "she") or not _a_name(text, m.start(1), names)):
        verb = _WORD.match(text, pos)
        if verb is not None and they(word, verb.group().lower()):
            return NOBODY  # "Sie sagten", "Ze zeiden"
        return Attribution(refers_back=True, personal=True, pronoun=PERSONAL[word])
    if word in NOBODY_PRONOUNS:
        return NOBODY
    name = name_ending(text, end, names, start) or set_off_before(text, end, names, start)
    if name is not None:
        if completes_office(text, name.span.start, start):
            # the name completes an office: "Le maire de Marseille a déclaré" is the
            # mayor's, told by the office (see :mod:`office_speakers`), not Marseille's
            holder = holder_completing(name)
            return Attribution(holder) if holder else None
        head = head_of_apposition(text, name, names, start)
        if head == name.surface and COMPLEMENT_OF_SOURCE.search(text, start, name.span.start):
            # the name completes the source, which speaks: "a spokesman for the Foreign
            # Ministry said", "a lawyer for Nichols said"
            who = unnamed_before(text, start, end, conjunction=pos < quote.start)
            return Attribution(who, unnamed=True) if who else NOBODY
        return Attribution(without_office(head))
    if word in _ROLES or word in SOURCE_NOUNS:
        owner = name_ending(text, m.start(), names, start, possessive=True)
        if owner is not None and text[owner.span.end : owner.span.end + 1] in APOSTROPHES:
            if word in _ROLES:  # "Reid's rep"
                return Attribution(text[owner.span.start : m.end()].strip())
        elif owner is not None:
            # the name only qualifies the role: "a U.S. official", "Interior Department
            # officials", "a Defence Ministry statement", an unnamed source
            who = unnamed_before(text, start, end, conjunction=pos < quote.start)
            return Attribution(who, unnamed=True) if who else NOBODY
        if word in _ROLES:
            return NOBODY
    return None
