"""Who is quoted: the subject of the verb of saying next to a quotation.

News attribution comes in a few shapes: "..., Roesler said", "..., said agent Mark
Roesler in a statement", "Tara Reid's rep told Us: ...", "according to Mr. Smith",
"Putin called it a ...". The speaker is the verb's subject, never its object: in "Angels
general manager Tony Reagins told MLB.com" MLB.com was told, and in "Van Rompuy said in
Brussels" Brussels is where. "He said" refers back to the speaker just named (resolved
in ``quotes``); an unnamed subject ("the official said", "her spokesman said") names
nobody, so no name nearby is taken for it: when no name is the speaker, the source is
given in the article's words ("a senior officer", "police", "a spokesman for the
ministry"; :mod:`reader.analysis.unnamed_speakers`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from reader.analysis.features import Mention
from reader.analysis.joined_names import whole_names
from reader.analysis.lexicon import DEMONYMS, TITLES
from reader.analysis.unnamed_speakers import SOURCE_NOUNS, unnamed_after, unnamed_before
from reader.model import Span

SAYING = re.compile(
    r"(?<!so-)\b(?:said|says|say|told|tells|added|adds|asked|asks|wrote|writes|called|calls"
    r"|described|describes|insisted|insists|stated|states|declared|vowed|warned|warns|noted"
    r"|notes|argued|argues|explained|recalled|announced|admitted|acknowledged|claimed"
    r"|replied|responded|commented|continued|thundered|shouted|exclaimed|cried|urged"
    r"|stressed|conceded|tweeted|quipped|joked|remarked|observed|pleaded|promised"
    r"|predicted|suggested|countered|complained|lamented|boasted|confirmed|testified"
    r"|reiterated|emphasized|emphasised|recounted|maintained|maintains|contended|contends"
    r"|asserted|asserts|cautioned|cautions|echoed|repeated|mused|wondered|pointed\s+out"
    # the present where it is no noun as well ("his claims", "in remarks to reporters")
    r"|confirms|admits|acknowledges|announces|explains|responds|concedes|predicts"
    r"|suggests|pleads|declares|reiterates|observes|continues|complains|points\s+out"
    r"|according to"
    # German, French, Spanish, Russian: "sagte Scholz", "a déclaré Macron", "dijo
    # Sánchez", "заявил Путин", "so Scholz" (only right after a quotation and a comma,
    # before a name: English writes "so" everywhere), "selon", "según", "по словам"
    r"|sagte|sagt|sagten|erklärte|erklärt|erklärten|betonte|betont|betonten"
    r"|fügte|ergänzte|meinte|warnte|schrieb|bekräftigte|unterstrich|kritisierte"
    r"|(?<=\",\s)(?-i:so)(?=\s+[A-ZÀ-ÖØ-Þ])"
    r"|a\s+(?:déclaré|dit|affirmé|expliqué|ajouté|souligné|estimé|indiqué|assuré|précisé"
    r"|insisté|averti|annoncé|confié|répondu)|déclare|affirme|explique|ajoute|souligne"
    r"|estime|indique|assure|précise|selon"
    r"|dijo|afirmó|declaró|explicó|aseguró|señaló|añadió|indicó|subrayó|sostuvo|advirtió"
    r"|manifestó|comentó|agregó|insistió|afirma|asegura|explica|señala|según"
    r"|сказал|сказала|сказали|заявил|заявила|заявили|отметил|отметила|отметили"
    r"|подчеркнул|подчеркнула|добавил|добавила|сообщил|сообщила|пояснил|пояснила"
    r"|говорит|по\s+словам)(?!\w)",
    re.IGNORECASE,
)
# "reported" says who reported, for an unnamed source in a sentence with no other verb
# of saying ("the agency reported"); a name before it is as often the reporter ("Lynch
# reported") or a paper ("Reuters reported") as the one who spoke
REPORTED = re.compile(r"\b(?:reported|reports)\b", re.IGNORECASE)
# verbs that, like "according to", name the source of what they introduce after them
ACCORDING = frozenset(("according to", "selon", "según", "so", "по словам"))
# verbs whose subject may follow them: '"...," said Paul Lee' (not "told", "called")
_INVERTING = frozenset(
    """
    said says added adds asked asks wrote writes insisted insists stated states declared
    warned warns noted notes argued argues explained recalled replied responded commented
    continued thundered shouted exclaimed cried stressed conceded quipped joked remarked
    observed countered complained lamented boasted reiterated emphasized emphasised
    recounted tweeted maintained maintains contended contends asserted asserts cautioned
    cautions echoed claimed confirmed confirms admitted admits acknowledged acknowledges
    announced announces explains responds concedes vowed promised predicted predicts
    suggested suggests urged pleaded pleads repeated declares reiterates observes continues
    complains mused wondered
    sagte sagt sagten erklärte erklärt erklärten betonte betont betonten fügte ergänzte
    meinte warnte schrieb bekräftigte unterstrich kritisierte déclare affirme explique
    ajoute souligne estime indique assure précise dijo afirmó declaró explicó aseguró
    señaló añadió indicó subrayó sostuvo advirtió manifestó comentó agregó insistió afirma
    asegura explica señala сказал сказала сказали заявил заявила заявили отметил отметила
    отметили подчеркнул подчеркнула добавил добавила сообщил сообщила пояснил пояснила
    говорит
    """.split()  # noqa: SIM905
)
# "he said": the one the article was speaking of; "they", "we", "who" name nobody
_PERSONAL = frozenset(("he", "she"))
_PRONOUNS = frozenset("they it we i you who which".split())  # noqa: SIM905
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
# words between a subject and its verb: "Kim later said", "she has said"
_BETWEEN = frozenset(
    """
    also later then now earlier previously once recently further again has have had was is
    would will reportedly
    """.split()  # noqa: SIM905
)
_WORD_BEFORE = re.compile(r"([\w'’.-]+)\W*$")
# where the words after an inverted verb stop naming its subject
# (a full stop is not one: "said Lt. Gregg Hastings"; the sentence ends the phrase anyway)
_PHRASE_END = re.compile(
    r"[,;:!?()\u2014\u2013\"\u201c\u201d]"
    r"|\s(?:of|in|at|on|during|after|before|to|from|with|when|while|who|that"
    # "sagte Olaf Scholz in Berlin", "explicó José Manuel Albares en Madrid", "a déclaré
    # Vladimir Poutine après les entretiens", "сказал Путин в Пхеньяне"
    r"|en|à|au|aux|dans|après|avant|lors|devant|tras|ante|durante|nach|bei|im|am|vor|auf"
    r"|für|в|во|на|после|перед|с|со|для)\s"
)
_JOIN = re.compile(r"\s*(?:and|&)\s*$")
# a source noun right after a name, whose modifier the name is ("U.S. official")
_ROLE_AFTER = re.compile(rf"\s+(?:[a-z]+\s+)?(?:{'|'.join(sorted(SOURCE_NOUNS))})\b")


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who says a quotation: a name; or whoever spoke just before (``refers_back``: "he
    said", or a quotation standing alone as its own sentence after another one, as news
    goes on quoting one speaker); or nobody."""

    name: str | None = None
    refers_back: bool = False
    personal: bool = False  # "he said", "she wrote": a person spoken of just before
    unnamed: bool = False  # a source in the article's words: "a senior officer", "police"


NOBODY = Attribution()
REFERS_BACK = Attribution(refers_back=True)
PERSONAL_BACK = Attribution(refers_back=True, personal=True)


def speaker(text: str, region: Span, quote: Span, names: Sequence[Mention]) -> Attribution:
    """The speaker of the quotation at ``quote`` in ``text`` (folded, so offsets are the
    document's), looking in ``region`` (its sentence) and given the document's name
    mentions."""
    inside = [
        n
        for n in whole_names(text, [n for n in names if region.contains(n.span)])
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
                _verb(v) in ACCORDING,
                min(abs(v.start() - quote.end), abs(quote.start - v.end())),
            )
        )
    named = _named(text, region, quote, verbs, inside)
    if named.unnamed and _SO_CALLED.search(text, region.start, quote.start):
        return NOBODY  # as in _unnamed
    if named != NOBODY:
        return named
    return _unnamed(text, region, quote, verbs or reported)


def _named(
    text: str, region: Span, quote: Span, verbs: Sequence[re.Match[str]], inside: Sequence[Mention]
) -> Attribution:
    """The named speaker of the quotation at ``quote`` (or "he said"): the subject of
    the first of ``verbs`` that has one."""
    for v in verbs:
        verb = _verb(v)
        if verb in ACCORDING:
            who = _named_after(text, v.end(), region, quote, inside)
            if who:
                return Attribution(_without_office(who))
            continue
        subject = _subject_before(text, v.start(), region, quote, inside)
        if subject is not None:
            return subject
        if _inverted(text, region, v):
            who = _named_after(text, v.end(), region, quote, inside)
            if who:
                return Attribution(_without_office(who))
    return NOBODY


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
        if _verb(v) in ACCORDING:
            who = unnamed_after(text, v.end(), stop)
            if who:
                return Attribution(who, unnamed=True)
            continue
        start = max(region.start, quote.end) if quote.end <= v.start() else region.start
        end = _subject_end(text, start, v.start())
        if text[start:end].strip(_PUNCTUATION):
            # the verb's subject decides: "The protesters, whom police said numbered
            # 5,000, chanted" is nobody's, as "the suspect told" is
            who = unnamed_before(text, start, end, conjunction=v.end() <= quote.start)
            return Attribution(who, unnamed=True) if who else NOBODY
        if _inverted(text, region, v):
            who = unnamed_after(text, v.end(), stop)
            if who:
                return Attribution(who, unnamed=True)
    return NOBODY


_SO_CALLED = re.compile(r"\bso-called\s*$", re.IGNORECASE)


def _inverted(text: str, region: Span, v: re.Match[str]) -> bool:
    """True when the verb of saying ``v`` may have its subject after it: a verb that
    inverts, right after a quotation or a comma ('"...," said Paul Lee')."""
    verb = _verb(v)
    return bool(
        (verb in _INVERTING or verb.startswith("a "))
        and _CLOSES_BEFORE.search(text, region.start, v.start())
        and not _BY.match(text, v.end())  # a passive: 'The "surgical" strike, announced by'
    )


_BY = re.compile(r"\s+by\b", re.IGNORECASE)


def _verb(v: re.Match[str]) -> str:
    """The verb of saying ``v`` found, in small letters, its words one space apart."""
    return " ".join(v.group().lower().split())


def said_by(text: str, region: Span, names: Sequence[Mention]) -> Attribution | None:
    """The subject of the first verb of saying in ``region`` of ``text`` (a sentence
    quoting nobody: "Raj Patel said he had moved his stock"), when a name is in it: the
    name, or an unnamed source a name qualifies or completes, flagged unnamed ("A Defence
    Ministry statement said", "a spokesman for the Foreign Ministry said"); else None."""
    inside = [
        n
        for n in whole_names(text, [n for n in names if region.contains(n.span)])
        if n.key not in DEMONYMS
    ]
    end = Span(region.end, region.end)
    for v in SAYING.finditer(text, region.start, region.end):
        if _verb(v) in ACCORDING:
            continue
        subject = _subject_before(text, v.start(), region, end, inside)
        if subject is not None:
            return subject if subject.name is not None else None
    return None


def opening_subject(text: str, region: Span, names: Sequence[Mention]) -> str | None:
    """The one person the sentence at ``region`` speaks of, as the subject of its verb,
    for a following '"...," he wrote': "Henry had expressed concern about a contract.",
    "Reached by telephone yesterday, O'Brien declined to comment.", "Nichols, who argued
    he was insane, spoke for the first time in court.", "Professor Varoufakis blames
    angry youths for the violence." The subject opens the sentence or the clause after
    an opening phrase and a comma, after nothing but titles ("Professor", "German
    Chancellor"); an apposition, a bracket and an adverb or two may stand between it and
    its verb (in the past, the present or "had", "has", "was", "is"). None when the
    sentence names another person ("Filmmaker Howard Hughes also pursued Page but she
    rebuffed him") but for one it opens with, right before its verb ("Page avoided the
    camera, though she was photographed with Hefner"), or when the person only owns the
    subject ("Nichols' mother expressed").
    A person: two words or more ("John Henry"), or one that is the last word of such a
    name elsewhere in the text ("Henry"); not a people ("Russians") nor, as far as can be
    told, an organisation ("Reuters", "Summit Entertainment")."""
    inside = [n for n in whole_names(text, names) if region.contains(n.span)]
    people = [n for n in inside if _person(n, names)]
    if not people:
        return None
    name = people[0]
    lead = (
        region.start
        + len(text[region.start : region.end])
        - len(text[region.start : region.end].lstrip())
    )
    comma = text.rfind(",", lead, name.span.start)
    clause = lead if comma < 0 else comma + 1
    if comma >= 0 and _ASIDE_OPENS.search(text, lead, comma + 1):
        return None  # within an aside or a quotation, not after an opening phrase
    before = text[clause : name.span.start].split()
    if any(w.lower().strip(".,") not in _BEFORE_SUBJECT and not _within(w, inside) for w in before):
        return None
    if not _SUBJECT_VERB.match(text, name.span.end, region.end):
        return None
    opens = name.span.start == lead and _OPENING_VERB.match(text, name.span.end, region.end)
    if len(people) > 1 and not opens:
        return None  # another person named: only the one the sentence opens with is sure
    return _without_office(text[name.span.start : name.span.end])


_OPENING_VERB = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:had|has|was|is|[a-z]+ed)\b")


def _person(name: Mention, names: Sequence[Mention]) -> bool:
    """True when ``name`` reads as a person's (see :func:`opening_subject`)."""
    words = name.surface.split()
    if name.key in DEMONYMS or words[-1].lower().strip(".") in _ORGANISATION_WORDS:
        return False
    return len(words) > 1 or any(
        len(n.surface.split()) > 1 and n.surface.split()[-1] == name.surface for n in names
    )


def _within(word: str, names: Sequence[Mention]) -> bool:
    """True when ``word`` is a word of one of ``names`` ("German", "Red Sox")."""
    return any(word.strip(".,") in n.surface.split() for n in names)


# an opening phrase holds no open bracket, dash or quotation mark
_ASIDE_OPENS = re.compile(r"[(\u2014\u2013\"]|\s-\s")
# last words that make a name an organisation's, not a person's
_ORGANISATION_WORDS = SOURCE_NOUNS | frozenset(
    """
    inc corp co ltd llc plc university college school committee council party union
    center centre institute foundation association company group bank fund network news
    times post press magazine journal club team court house service services entertainment
    pictures studios studio records airlines airways commission bureau organization
    organisation corporation league channel theatre theater hospital clinic church
    """.split()  # noqa: SIM905
)
# after the subject: a bracket, an apposition set off by commas, an adverb or two, and a
# verb: in the past, in the present ("blames"; not a word ending in "ss", "this", "his"),
# or "had", "has", "was", "is"
_SUBJECT_VERB = re.compile(
    r"(?:\s*\([^()]{1,60}\))?(?:,[^,;\"]{1,110},)?"
    r"\s+(?:(?:also|later|then|now|once|still|never|again|reportedly|[a-z]+ly|yesterday"
    r"|today|this\s+(?:morning|afternoon|evening|week))\s+){0,2}"
    r"(?:had|has|was|is|did|does|would|will|[a-z]+ed|(?!this\b|his\b)[a-z]{2,}[^\Ws]s"
    r"|spoke|told|wrote|went|made|took|sat|came|gave|met|led|ran|won|lost|left|held|kept"
    r"|sent|got|found|felt|saw|became|began|brought|thought|fought|stood|knew|threw|drove"
    r"|rode|rose|chose|broke|wore|swore|struck|hung|sang|fell|shot|put|set|let|spent|built"
    r"|heard|sold|paid|said)\b"
)


# an aside between dashes or brackets: "Terry White told The Post a couple hours after a
# court hearing — where Lohan's lawyer Mark Heller said she was ... — “I hear she's on
# her way”" is White's; Heller's verb speaks only for what the aside quotes
_ASIDE = re.compile(
    r"\s[\u2014\u2013-]{1,2}\s[^\u2014\u2013]{3,300}?\s[\u2014\u2013-]{1,2}\s|\([^()]{3,300}\)"
)


def _asides(text: str, region: Span) -> list[Span]:
    """The asides of ``region``: text set off by a pair of dashes, or in brackets."""
    return [Span(m.start(), m.end()) for m in _ASIDE.finditer(text, region.start, region.end)]


# an inverted subject follows a quotation or a comma: '"...," said Paul Lee', "It is, said
# Rep. Jay Inslee, ..."; after anything else the verb's object follows ("The agency said
# Article 4 of the agreement states ...")
# (and a dash: '«...», — заявил Путин', folded '"...", - заявил')
_CLOSES_BEFORE = re.compile(r"[,\"'\u201d\u2019]\s*(?:[-\u2013\u2014]\s*)?$")


def _without_office(name: str) -> str:
    """A speaker's name without the office a run of capitals put before it: "Fulton
    County District Attorney Paul Howard" -> "Paul Howard", "Producers Laurence Mark and
    Bill Condon" -> "Laurence Mark and Bill Condon" (two words at least stay)."""
    words = name.split()
    cut = max((k + 1 for k, w in enumerate(words) if w.lower().strip(".") in _OFFICES), default=0)
    return " ".join(words[cut:]) if len(words) - cut >= 2 else name


_OFFICES = TITLES | frozenset(
    "producer producers attorney prosecutor commodore lawyer executive chief head".split()  # noqa: SIM905
)
# what may come before a subject in its clause: titles and offices ("Red Sox owner John
# Henry", "Sen. Barbara Boxer", "Professor Varoufakis"), "the", "former"
_BEFORE_SUBJECT = (
    TITLES | _OFFICES | DEMONYMS | frozenset("the former late mr mrs ms dr miss".split())  # noqa: SIM905
)


def _subject_before(
    text: str, pos: int, region: Span, quote: Span, names: Sequence[Mention]
) -> Attribution | None:
    """The subject before the verb at ``pos``: a name, a pronoun, nobody named ("the
    official"), or None when the verb has no subject before it."""
    start = max(region.start, quote.end) if quote.end <= pos else region.start
    end = _subject_end(text, start, pos)
    if not text[start:end].strip(_PUNCTUATION):
        return None  # the quotation itself comes first: '"...," said X', '"...", - сказал X'
    m = _WORD_BEFORE.search(text, start, end)
    if m is None:
        return None
    word = m.group(1).lower().rstrip(".")
    if word in _PERSONAL:
        return PERSONAL_BACK
    if word in _PRONOUNS:
        return NOBODY
    name = _name_ending(text, end, names, start) or _set_off_before(text, end, names, start)
    if name is not None:
        head = _head_of_apposition(text, name, names, start)
        if head == name.surface and _COMPLEMENT_OF_SOURCE.search(text, start, name.span.start):
            # the name completes the source, which speaks: "a spokesman for the Foreign
            # Ministry said", "a lawyer for Nichols said"
            who = unnamed_before(text, start, end, conjunction=pos < quote.start)
            return Attribution(who, unnamed=True) if who else NOBODY
        return Attribution(_without_office(head))
    if word in _ROLES or word in SOURCE_NOUNS:
        owner = _name_ending(text, m.start(), names, start, possessive=True)
        if owner is not None and text[owner.span.end : owner.span.end + 1] in _APOSTROPHES:
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


_APOSTROPHES = ("'", "\u2019")
# a source (in small letters: "Secretary of State Condoleezza Rice" is a name) and the
# word opening its complement, right before a name: "a spokesman for the", "a friend of"
_COMPLEMENT_OF_SOURCE = re.compile(
    rf"(?<![\w'’.-])(?-i:{'|'.join(sorted(SOURCE_NOUNS))})\s+"
    r"(?:of|for|at|with|from|close\s+to|familiar\s+with|in|to)\s+(?:the\s+)?"
    r"(?:[A-Z][\w.'’-]*\s+){0,3}$"  # an office before the name: "for Prime Minister"
)


def _subject_end(text: str, start: int, pos: int) -> int:
    """Where the subject of the verb at ``pos`` ends, past the words between a subject
    and its verb ("Kim later said", "she has said")."""
    end = pos
    while True:
        bracket = _BRACKET_BEFORE.search(text, start, end)
        if bracket is not None:  # "Sen. Barbara Boxer (D-Calif.) said"
            end = bracket.start()
            continue
        m = _WORD_BEFORE.search(text, start, end)
        if m is None or m.group(1).lower() not in _BETWEEN:
            return end
        end = m.start()


_BRACKET_BEFORE = re.compile(r"\s*\([^()]{1,60}\)\s*$")


def _name_ending(
    text: str,
    end: int,
    names: Sequence[Mention],
    start: int,
    possessive: bool = False,
    joined: bool = False,
) -> Mention | None:
    """The name that ends right before ``end`` (spaces and a comma between; "'s" when
    ``possessive``; "and" when ``joined``), if any."""
    gap = _POSSESSIVE_GAP if possessive else _AND_GAP if joined else _GAP
    for n in names:
        if start <= n.span.start and n.span.end <= end and gap.fullmatch(text, n.span.end, end):
            return n
    return None


def _set_off_before(text: str, end: int, names: Sequence[Mention], start: int) -> Mention | None:
    """The name before a short apposition set off by commas right before ``end``:
    "Hugh Hefner, the magazine's founder, said", "Nichols, 37, told", "Captain Manohar
    Nambiar, Chief Public Relations Officer, Defence, said" (up to
    :data:`APPOSITION_PARTS` parts, :data:`APPOSITION_CHARS` characters in all, none
    holding a verb of saying)."""
    close = text.rfind(",", start, end)
    if close < 0 or text[close + 1 : end].strip(" \t\n\"'"):  # 'for "Revolutionary Road," said'
        return None
    open_ = close
    for _ in range(APPOSITION_PARTS):
        open_ = text.rfind(",", start, open_)
        if open_ < 0 or close - open_ > APPOSITION_CHARS or SAYING.search(text, open_, close):
            return None
        if text.count('"', open_, end) % 2:
            return None  # a quotation closes that opened before: 'work it out," says one'
        found = _name_ending(text, open_, names, start)
        if found is not None:
            return found
    return None


APPOSITION_CHARS = 110
APPOSITION_PARTS = 3


def _head_of_apposition(text: str, name: Mention, names: Sequence[Mention], start: int) -> str:
    """The person a subject ending with ``name`` is about: in "Jamie Clark, director of
    Fish and Wildlife under President Clinton, said", Jamie Clark; in "Lt. Gregg Hastings
    of the Oregon State Police said", Gregg Hastings."""
    if text[name.span.end : name.span.end + 3].lstrip().startswith(","):
        comma = text.rfind(",", start, name.span.start)
        earlier = _name_ending(text, comma, names, start) if comma >= 0 else None
        # not the name a source's complement ends with: "a spokesman for the Foreign
        # Ministry, Maria Zakharova, said" is hers
        if earlier is not None and not _COMPLEMENT_OF_SOURCE.search(
            text, start, earlier.span.start
        ):
            return earlier.surface
    of = _OF_BEFORE.search(text, start, name.span.start)
    if of is not None:
        owner = _name_ending(text, of.start(), names, start)
        if owner is not None:
            return owner.surface
    partner = _name_ending(text, name.span.start, names, start, joined=True)
    if partner is not None:  # "producers Craig Zadan and Neil Meron said"
        return text[partner.span.start : name.span.end]
    return name.surface


_OF_BEFORE = re.compile(r"\s+of\s+(?:the\s+)?$")
_GAP = re.compile(r",?\s*")
_PUNCTUATION = " \t\n,-\u2013\u2014"
_POSSESSIVE_GAP = re.compile(r"(?:'s|’s|'|’)?\s*")
_AND_GAP = re.compile(r"\s+(?:and|&)\s+")


def _named_after(
    text: str, pos: int, region: Span, quote: Span, names: Sequence[Mention]
) -> str | None:
    """The name (or names joined by "and") the words right after ``pos`` end with, up to
    the end of that phrase: "said ABC Entertainment Group prexy Paul Lee" -> Paul Lee."""
    stop = region.end if quote.start < pos else min(region.end, quote.start)
    end_match = _PHRASE_END.search(text, pos, stop)
    end = end_match.start() if end_match else stop
    found = [n for n in names if pos <= n.span.start and n.span.end <= end]
    if not found:
        return None
    found.sort(key=lambda n: n.span.start)
    last = found[-1]
    if _COMPLEMENT_OF_SOURCE.search(text, pos, last.span.start):
        return None  # the name completes the source: "said a spokesman for the ministry"
    if _ROLE_AFTER.match(text, last.span.end, end):
        return None  # the name qualifies a role: "said a U.S. official", "a White House aide"
    joined = [last]
    for n in reversed(found[:-1]):
        if _JOIN.fullmatch(text, n.span.end, joined[0].span.start) is None:
            break
        joined.insert(0, n)
    if len(joined) > 1:
        return text[joined[0].span.start : last.span.end]
    return last.surface
