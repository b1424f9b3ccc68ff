"""Per-unit evidence: content words (stemmed), names, numbers, dates and quotations.
:func:`extract` gathers a unit's; the names are found here (runs of capitalised words,
:func:`name_runs`), the numbers and dates by :mod:`reader.analysis.figures.number_mentions`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from reader.analysis.figures.match_scores import score_mentions, with_scores
from reader.analysis.figures.number_mentions import number_mentions
from reader.analysis.figures.numerals import ENGLISH, Writing
from reader.analysis.linking.word_forms import ENGLISH_FORMS, WordForms
from reader.analysis.mention import Mention
from reader.analysis.names.acronyms import articled_initials
from reader.analysis.names.cjk_names import titled_names
from reader.analysis.names.described_names import described_lead
from reader.analysis.names.field_of_names import field_of
from reader.analysis.names.figure_units import without_currency_code
from reader.analysis.names.flight_numbers import airline_apart, flight_name
from reader.analysis.names.german_papers import paper_at
from reader.analysis.names.head_lists import for_list_end, head_list_end
from reader.analysis.names.hyphened_surnames import hyphen_joined, hyphened_surname
from reader.analysis.names.institution_names import and_list_end, institution_particle
from reader.analysis.names.job_words import before_title, job_title
from reader.analysis.names.name_tags import tag_words
from reader.analysis.names.office_departments import (
    DEPARTMENTS,
    LIST_ON,
    department_words,
    list_goes_on,
    opens_name,
)
from reader.analysis.names.ship_prefixes import ship_named, without_ship_prefix
from reader.analysis.units import Unit
from reader.analysis.words.article_names import (
    ARTICLES,
    held_article,
    opening_article,
)
from reader.analysis.words.german_nouns import common_lead, nouns_of, titled
from reader.analysis.words.letters import letter_class
from reader.analysis.words.lexicon import (
    GROUP_NOUNS,
    MEMBERS_BODIES,
    MONTHS,
    NOT_NAMES,
    NUMBER_WORDS,
    REPORTING,
    SURNAME_TITLES,
    TITLES,
    WEEKDAYS,
)
from reader.analysis.words.lexicon import STOPWORDS as STOPWORDS
from reader.analysis.words.opening_articles import holds_opening_article
from reader.analysis.words.stems import WORD, base_word, clitic_apart
from reader.analysis.words.unspaced import too_short, word_matches
from reader.model import Span

# a capital or small letter of any cased script: "Élysée", "Ñúñez", "Путин", "Τσίπρας"
UPPER = letter_class(str.isupper)
LOWER = letter_class(str.islower)
# a capitalised word may go on with hyphens: "Il-sung", a designation "AK-47", "F-16"; a
# team is named by a figure: "the 76ers", "Philadelphia 76ers"; a group's possessive
# inside a name keeps it going ("Democratic People's Republic of Korea", "Workers' Party",
# "Employers' Association": lexicon.MEMBERS_BODIES), as "Korea's Kim" does not; the Arabic
# article written small with a hyphen is part of the name ("al-Shabaab", "Bab el-Mandab");
# a word in small letters after a hyphen that makes an adjective of the name before it
# ("Beijing-based", "Saudi-led", "Bush-era", "Kremlin-backed", "MVP-caliber") is no part
# of the name ("Beijing" is named, as in "based in Beijing"), nor is one glued to a figure
# ("der 52-Jährige"); hyphened Korean and Chinese given names go on ("Il-sung", "Ki-moon")
_ADJECTIVE_ENDINGS = (
    "based|led|backed|run|owned|made|born|bred|era|style|styled|like|loving|wise|"
    "caliber|calibre|level|type|linked|related|bound|friendly|free|sized|class|controlled|"
    "funded|sponsored|affiliated|allied|leaning|dominated|centric|inspired|speaking|"
    "focused|oriented|registered|flagged|built|designed|produced|held|occupied|ruled|"
    "governed|listed|headquartered|area|wide|themed|obsessed|bashing"
)
# initials written with no space before the surname: "P.J.Carlesimo" (keyed as "P.J.
# Carlesimo" is), not a sentence's first word after an acronym with no space ("U.S.The")
_GLUED_NOT = "(?:The|A|An|In|It|He|She|We|They|This|That|But|And|On|At|As|If|His|Her)"
_GLUED_INITIALS = re.compile(r"(?<![\w.])((?:[A-Z]\.){2,})(?=[A-Z][a-z])")
_NAME_PART = (
    r"(?:(?!(?:R&D|Q&A|M&A|P&L|B&B)\b)[A-Z]{1,3}&[A-Z]{1,3}\b"
    r"|(?:People|Women|Children|Men)'s(?=\s+[A-Z])|(?:Workers|Veterans|Farmers)'(?=\s+[A-Z])"
    rf"|[A-Z][{LOWER}]+s['’](?=\s+(?:{MEMBERS_BODIES})\b)"
    rf"|(?:[A-Z]\.){{2,}}(?:(?!{_GLUED_NOT}\b)[A-Z][{LOWER}]+)?|\d+(?:ers|ERS)\b"
    rf"|(?:(?<![\w'-])(?:al|el)-)?(?<![{LOWER}\d])(?<!\d-)[{UPPER}][\w]*"
    rf"(?:-(?!(?:{_ADJECTIVE_ENDINGS})\b)[{LOWER}\d][\w]*)*)"
)
# a middle initial goes on with the name ("John F. Kennedy"), unless a function word follows
# it ("Plan B. The"), as does a firm's "&" ("Marks & Spencer", not "EU & IMF"): name_runs
_AMPERSAND = rf"(?:(?<=[{LOWER}])\s+&(?=\s+[{UPPER}][{LOWER}]))?"
_NAME = re.compile(rf"{_NAME_PART}(?:{_AMPERSAND}\s+(?:[{UPPER}]\.\s+)*{_NAME_PART})*")
_INITIAL = re.compile(rf"[{UPPER}]\.")
_QUOTE = re.compile(r'"([^"\n]{2,}?)"')
_ACRONYM_DOTS = re.compile(r"\.")
_ACRONYM = re.compile(r"(?:[A-Z]\.){2,}")
_TOKEN = re.compile(r"\S+")
# a generational suffix, written after the name or after a comma ("Comeaux, Jr.", "Davis
# Love, III")
_SUFFIXES = frozenset(("Jr", "Sr", "II", "III", "IV"))
# a comma inside a name a join made ("Comeaux, Jr.", "Alcohol, Tobacco"), left out of its key
_KEY_COMMA = re.compile(r",\s+")
# "Secretary of State Condoleezza Rice": after an office "of", a department's one-word
# name is part of the title, not of the person's name
_OFFICE_OF = re.compile(
    r"\b(?:secretary|minister|secretary-general)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# a department's or a ministry's name going on with "and" ("Department of Health and
# Human Services"), read whole with it (reader.analysis.names.institution_names.and_list_end)
_INSTITUTION_OF = re.compile(r"\b(?:department|ministry)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_INSTITUTION_HEADS = frozenset(("department", "ministry"))
# words that head a name going on with "of" ("Gulf of Aden", "Bank of America")
_OF_HEADS = frozenset(
    """
    gulf bay sea strait straits cape isle isles island islands horn lake mount bank
    university college institute academy school museum church house court republic
    kingdom federation union league province county district city port council party
    chamber
    """.split()  # noqa: SIM905
)
# words that end a run of capitals: a Title Case clause's auxiliary ("Gary Ross Is Boss"),
# "No" before a number ("Juror No. 8")
_VERBS = frozenset("is are was were has have had could should must would does did no".split())  # noqa: SIM905
_POSSESSIVE = re.compile(r"(?:'s|')$")
_INITIAL_STOP = re.compile(r"(?<!\S)([a-z])\.(?=\s)")  # "george w. bush" = "george w bush"


def name_key(surface: str) -> str:
    """Spelling-insensitive key of a name: ``Kim Jong-un`` and ``Kim Jong Un`` agree, so
    do ``George W. Bush`` and ``George W Bush``."""
    s = _POSSESSIVE.sub("", _KEY_COMMA.sub(" ", surface.strip()))
    s = _GLUED_INITIALS.sub(r"\1 ", s)
    if _ACRONYM.fullmatch(s):
        s = _ACRONYM_DOTS.sub("", s)
    s = _INITIAL_STOP.sub(r"\1", s.replace("-", " ").replace("'", "").lower())
    return " ".join(s.split())


# where a middle initial's stop parts a name into two terms of the words: "Stephen A. Smith"
_AFTER_INITIAL = re.compile(rf"(?<=\s[{UPPER}])\.\s+")


def initial_parts(surface: str) -> list[str]:
    """The keys of a name's parts either side of a middle initial's stop, the initial
    with the words before it: "stephen a" and "smith" of "Stephen A. Smith"; none when
    it has no such initial. The lexical source weighs these: read as one term, "George
    W. Bush" would share nothing with "Bush", and a sentence holding "Stephen A. Smith"
    would weigh its other words more (a wrong lexical link on a held-out careful-reader
    pair, 5_3ecb / 5_9ecb)."""
    parts = _AFTER_INITIAL.split(surface)
    if len(parts) < 2:
        return []
    keys = (name_key(part) for part in parts)
    return [k for k in keys if len(k) >= 2 and k not in NOT_NAMES]


@dataclass(slots=True)
class UnitFeatures:
    unit: Unit
    stems: dict[str, int] = field(default_factory=dict)
    bigrams: set[tuple[str, str]] = field(default_factory=set)
    names: list[Mention] = field(default_factory=list)
    numbers: list[Mention] = field(default_factory=list)
    quotes: list[tuple[Span, str]] = field(default_factory=list)
    surfaces: dict[str, str] = field(default_factory=dict)
    # the days the unit tells by the article's date ("Wednesday", "yesterday"), read as
    # dates when the article has one (reader.analysis.times.told_days)
    days: list[Mention] = field(default_factory=list)
    # stems of function words of a language other than English ("und", "über"): scored as
    # any word, never shown as evidence nor enough for a link (linking.word_forms)
    minor: set[str] = field(default_factory=set)
    # the language the unit's article is written in when that is not English (as its
    # words are stemmed, reader.analysis.linking.word_forms); None for English
    language: str | None = None
    # the outlet its article's page names (Document.source), which its dateline may spell
    # out in brackets ("LUDWIGSHAFEN, Germany (Continental Wire) —"): see
    # reader.analysis.times.told_days.dateline_end
    outlet: str | None = None
    # the article's date (Document.date, or its dateline's day in the other article's
    # year), None when unknown: a year told that is its own is no past occasion
    # (reader.analysis.figures.told_occasions)
    published: date | None = None

    @property
    def name_keys(self) -> set[str]:
        return {m.key for m in self.names}

    @property
    def number_keys(self) -> set[str]:
        return {m.key for m in self.numbers}


def extract(
    unit: Unit, writing: Writing = ENGLISH, forms: WordForms = ENGLISH_FORMS
) -> UnitFeatures:
    """The unit's evidence; ``writing``: how its document writes figures ("3,5" and
    "1.200", "drei Tote"; see :func:`reader.analysis.figures.numerals.writing_of`); ``forms``:
    how its words are stemmed and which are left out (see reader.analysis.linking.word_forms)."""
    f = UnitFeatures(unit, language=forms.language)
    text = unit.folded
    f.names = _names(unit, forms)
    base = unit.span.start
    in_name = [(n.span.start - base, n.span.end - base) for n in f.names]
    german = forms.language == "German"
    first_word = WORD.search(text)
    opening = first_word.start() if first_word is not None else 0
    prev: str | None = None
    for m in word_matches(text):  # Chinese and Japanese as pairs of characters
        if clitic_apart(text, m.start(), m.group()):
            continue  # of the word before: "family 's privacy" reads as "family's privacy"
        low = m.group().lower()
        w = base_word(low)
        raw = m.group()[: len(w)] if len(m.group()) == len(low) and low.startswith(w) else w
        if w in STOPWORDS or too_short(w):
            prev = None
            continue
        # A word keeps its capitals inside a name and as a day or month ("Kim",
        # "Wednesday"), so the evidence shown for a match reads like the text; elsewhere
        # (a sentence's first word, a headline in title case) it is written in lower case.
        named = w in WEEKDAYS or w in MONTHS or any(s <= m.start() < e for s, e in in_name)
        # German capitalises its nouns: "Menschen", "Feuerwehr" (not the first word)
        named = named or (german and m.start() > opening and raw[:1].isupper())
        shown = raw.split("-") if named else w.split("-")
        for part, surface in zip(w.split("-"), shown, strict=False):
            if part in STOPWORDS or too_short(part):
                continue
            st = forms.stem(part)
            if part not in REPORTING:
                f.stems[st] = f.stems.get(st, 0) + 1
                f.surfaces.setdefault(st, surface)
                if forms.function(part):
                    f.minor.add(st)
            if prev is not None:
                f.bigrams.add((prev, st))
            prev = st
    f.numbers = number_mentions(unit, writing, forms.stem)
    f.numbers = with_scores(f.numbers, score_mentions(unit.folded, unit.span.start, f.language))
    for q in _QUOTE.finditer(text):
        f.quotes.append((Span(base + q.start(), base + q.end()), q.group(1)))
    return f


# German dative articles, capitalised opening a sentence (reader.analysis.names.german_papers)
_GERMAN_DATIVES = frozenset(("Dem", "Den"))


def _names(unit: Unit, forms: WordForms) -> list[Mention]:
    """The unit's names; less an article opening the sentence ("Les Britanniques", not "Le
    Monde": words.article_names); in German, less the nouns and counts leading a run ("Vier
    Menschen", "dem Haus"), which German capitalises (words.german_nouns); Korean ones."""
    out: list[Mention] = []
    german = forms.language == "German"
    nouns = nouns_of([unit.folded], forms.stem) if german else set()
    for offset, words in name_runs(unit.folded):
        lead = 0
        plain = [w for _, w in words]
        # not "drehte Das Boot", "Die Linke", "der Linken"
        kept = german and (
            titled(unit.folded, offset, plain[0])
            or holds_opening_article(unit.folded, offset, plain)
            or held_article(unit.folded, offset, plain[0], forms.language) is not None
        )
        if german and not kept:
            leading = _german_lead(unit.folded, offset, words, forms)
            lead = leading if leading is not None else common_lead(plain, forms.stem, nouns)
        elif opening_article(unit.folded, offset + words[0][0], plain, forms.language):
            lead = 1
        language = forms.language
        if not german and _german_dative(unit.folded, offset, words):
            lead, language = 1, "German"
        words = without_currency_code(unit.folded, offset, words[lead:])  # not "Nordbank NOK"
        words = without_ship_prefix(unit.folded, offset, words)  # "M/S Gullskär": "Gullskär"
        if words:  # "Schwester" of "sagte ihre Schwester Maria Braun" read as English
            lead = described_lead(unit.folded, offset + words[0][0], [w for _, w in words])
            words = words[lead:]
        first = words[0] if words else (0, "")
        if tag_words(unit.folded, offset, words):
            continue  # "2,000 IU of vitamin D", "Sen. Howard Brisco (R-Maine)"
        held = held_article(unit.folded, offset + first[0], first[1], language)
        for part in airline_apart(unit.folded, offset, words):  # "Coastline Air", "Flight 4417"
            add_name(out, unit, offset, part, held if part[:1] == words[:1] else None)
    return [*out, *titled_names(unit)]  # "푸틴 대통령", "普京总统": no capitals, a title


def _german_dative(text: str, offset: int, words: list[tuple[int, str]]) -> bool:
    """A run's first word is a German dative article ("Dem", "Den", which no other language
    writes capitalised) opening a sentence before a fixed name it holds, in a sentence not
    read as German (a side too short to tell its language): "Dem Spiegel sagte Hafenchef
    Peter Braun" names "Der Spiegel", "Den Grünen zufolge" "Die Grünen"."""
    if len(words) < 2 or words[0][1] not in _GERMAN_DATIVES:
        return False
    return held_article(text, offset + words[1][0], words[1][1], "German") is not None


def _german_lead(
    text: str, offset: int, words: list[tuple[int, str]], forms: WordForms
) -> int | None:
    """How many of a German run's leading ``words`` (at ``offset`` of ``text``) go before a
    name the run holds though German reads its words as nouns: the article opening a
    sentence before a fixed name declined ("Der Linken zufolge", "Dem Spiegel sagte er":
    reader.analysis.words.article_names), or before a paper's name ("Die Süddeutsche Zeitung",
    reader.analysis.names.german_papers); None when it holds none."""
    plain = [w for _, w in words]
    lead = 1 if plain[0].lower() in ARTICLES["German"] else 0
    if paper_at(plain[lead:], forms.stem):
        return lead
    if lead and len(words) > 1:
        held = held_article(text, offset + words[1][0], plain[1], forms.language)
        return 1 if held is not None else None
    return None


def name_runs(text: str) -> list[tuple[int, list[tuple[int, str]]]]:
    """Runs of capitalised words that may name something: (offset of the run in ``text``,
    [(offset of each word in the run, word)]). A title or a weekday splits a run: "Russian
    President Vladimir Putin" names two things, "Maurice Cheeks Saturday" one; an
    auxiliary ends it ("Gary Ross Is Boss" names Gary Ross)."""
    runs: list[tuple[int, list[tuple[int, str]]]] = []
    listed = -1  # where a department's name after an office may go on in a list
    matches = list(_NAME.finditer(text))
    spans = [(m.start(), m.end(), m.group().split()) for m in matches]
    for i, m in enumerate(matches):
        group: list[tuple[int, str]] = []
        office_at = _OFFICE_OF.search(text, max(0, m.start() - 40), m.start())
        office = office_at is not None
        # an office over a department, which its holder's name follows: "Secretary of
        # State John Kerry", "Minister of Finance and Economic Affairs ..."
        over_department = office_at is not None and "general" not in office_at.group().lower()
        # "Department of Justice", "Ministry of Defence", "Department of Health and Human
        # Services": the institution's name goes on, its words no title nor a department
        # dropped (joined to its head by ``_joined_of``)
        named_institution = ship_named(text, m.start()) or (  # "M/V Queen Mary" too
            _INSTITUTION_OF.search(text, max(0, m.start() - 40), m.start()) is not None
        )
        tokens = list(_TOKEN.finditer(m.group()))
        in_list = listed >= 0 and LIST_ON.fullmatch(text, listed, m.start()) is not None
        dropped, listed = 0, -1
        if in_list or over_department:
            goes_on = list_goes_on(text, spans, i)
            words = [t.group() for t in tokens]
            dropped, listed = department_words(words, m.end(), in_list, goes_on)
        plain = [t.group() for t in tokens]
        for k, w in enumerate(tokens):
            word = w.group()
            low = word.lower().strip(".")
            following = tokens[k + 1].group().lower() if k + 1 < len(tokens) else ""
            if group and low in _VERBS:  # a Title Case clause: "Gary Ross Is Boss"
                break
            if group and low in STOPWORDS and _INITIAL.fullmatch(tokens[k - 1].group()):
                runs.append((m.start(), group))  # "Plan B. The": a stop, no initial
                group = []
            department = k < dropped or (office and w.start() == 0 and low in DEPARTMENTS)
            # no name starts with "The", "Two" ("Two F-16 jets"), "Officials" ("the WHO" may);
            # a title or a weekday ends one anywhere ("Maurice Cheeks Saturday")
            opener = not group and (low in NOT_NAMES or low in NUMBER_WORDS or low in GROUP_NOUNS)
            opener = opener and not articled_initials(text, m.start() + w.end())
            # "King Abdullah" has a title; "Billy King" and "King said" a surname
            # ... and "Defence Ministry", "Foreign Affairs" name an institution, a department
            title = (
                not named_institution
                and low in TITLES
                and not (low in SURNAME_TITLES and w is tokens[-1])
                and not opens_name(low, following)
            )
            # "General Manager Billy King", "Agent David Wilhelm": a job before a name
            job = not named_institution and job_title(plain, k, text, m.end())
            if title or job or department or low in WEEKDAYS or opener:
                # "Head" of "Head Coach" names nothing
                if group := before_title(group) if title or job else group:
                    runs.append((m.start(), group))
                group = []
                continue
            group.append((w.start(), word))
        if group:
            runs.append((m.start(), group))
    return _joined_of(text, runs)


def _joined_of(
    text: str, runs: list[tuple[int, list[tuple[int, str]]]]
) -> list[tuple[int, list[tuple[int, str]]]]:
    """Join "Gulf" + "of" + "Aden" into one name when the first run ends with a word that
    heads such names (a gulf, a bank, a university), as "Putin of Russia" does not; and,
    once, an institution with a particle inside: "Corpo" + "de" + "Bombeiros"
    (reader.analysis.names.institution_names); and a name with the "Jr" or "Sr" written after
    a comma: "Arcade Joseph Comeaux, Jr.", keyed as "Arcade Joseph Comeaux Jr." is."""
    out: list[tuple[int, list[tuple[int, str]]]] = []
    joined: set[int] = set()  # the runs an institution's particle joined
    k = 0
    while k < len(runs):
        # "Academy of Motion Picture Arts and Sciences", "Fish and Wildlife Service",
        # "Centers for Disease Control and Prevention"
        last_run = max(
            and_list_end(text, runs, k), head_list_end(text, runs, k), for_list_end(text, runs, k)
        )
        if last_run > k:
            out.append(_merged(text, runs[k : last_run + 1]))
            k = last_run + 1
            continue
        offset, words = runs[k]
        k += 1
        if out:
            prev_offset, prev = out[-1]
            last_pos, last = prev[-1]
            end = prev_offset + last_pos + len(last)
            first = offset + words[0][0]
            between = text[end:first]
            if hyphened_surname(text, prev, between, words):  # "Hélène Marsh-Otterby"
                out[-1] = hyphen_joined(out[-1], (offset, words))
                continue
            institution = len(out) - 1 not in joined and institution_particle(prev, between)
            suffix = between == ", " and _suffix(prev, words)
            of = (
                (last.lower() in _OF_HEADS and between == " of ")
                or (last.lower() in _INSTITUTION_HEADS and between in (" of ", " of the "))
                or (between == " of " and field_of([w for _, w in prev], [w for _, w in words]))
            )
            if of or institution or suffix or _hyphened_particle(text, out[-1], between):
                out[-1] = _merged(text, [out[-1], (offset, words)])
                if institution:
                    joined.add(len(out) - 1)
                continue
        out.append((offset, words))
    return out


def _merged(
    text: str, runs: list[tuple[int, list[tuple[int, str]]]]
) -> tuple[int, list[tuple[int, str]]]:
    """``runs`` made one, with the words between them ("of", "and", "de"), not a comma."""
    offset, words = runs[0]
    for next_offset, next_words in runs[1:]:
        end = offset + words[-1][0] + len(words[-1][1])
        between = text[end : next_offset + next_words[0][0]]
        particles = [
            (end + m.start() - offset, m.group())
            for m in _TOKEN.finditer(between)
            if m.group() != ","
        ]
        words = [*words, *particles, *((next_offset - offset + p, w) for p, w in next_words)]
    return offset, words


def _suffix(prev: list[tuple[int, str]], words: list[tuple[int, str]]) -> bool:
    """The run ``words`` is a generational suffix alone after a name ``prev``: "Jr", "Sr.",
    or a Roman numeral after a surname ("Davis Love, III"; not "Phase I, II")."""
    if len(words) != 1 or words[0][1].rstrip(".") not in _SUFFIXES:
        return False
    last = prev[-1][1]
    return words[0][1].startswith(("J", "S")) or (last[:1].isupper() and last[1:].islower())


# a particle after a hyphened name going on with a name: "Notre-Dame de Paris", "Notre-Dame
# des Landes", "Notre-Dame de la Garde", "Notre-Dame la Grande"
_HYPHENED_PARTICLE = re.compile(r" (?:de|du|des|la|de la) ")


def _hyphened_particle(text: str, run: tuple[int, list[tuple[int, str]]], between: str) -> bool:
    """``run`` goes on from a capitalised word before a hyphen ("Dame" of "Notre-Dame"),
    and ``between`` (the text up to the next run) is a particle: one name with it."""
    start = run[0] + run[1][0][0]
    hyphened = start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha()
    return hyphened and _HYPHENED_PARTICLE.fullmatch(between) is not None


def add_name(
    out: list[Mention],
    unit: Unit,
    offset: int,
    words: list[tuple[int, str]],
    article: str | None = None,
) -> None:
    """Append the name made of ``words`` (a piece of a run at ``offset`` of the unit's
    folded text) to ``out``, unless it is no name (a month, a lone capitalised word);
    ``article``: the article it holds, written before it in small letters or with a
    preposition ("du Havre" is keyed "le havre": reader.analysis.words.article_names)."""
    if not words:
        return
    text = unit.folded
    first, last = words[0], words[-1]
    a = offset + first[0]
    b = offset + last[0] + len(last[1])
    surface = text[a:b]
    if surface.endswith(".") and not _ACRONYM.fullmatch(surface):
        surface, b = surface[:-1], b - 1
    b, key = flight_name(text, b, name_key(surface))  # "Flight 4417", "Flight XC4417"
    surface = text[a:b]
    if len(key) < 2 or key in MONTHS or (key in NOT_NAMES and not articled_initials(text, b)):
        return
    if article is not None:
        key = f"{article} {key}"
    rest = surface[1:]
    if surface[:1].isupper() and rest.isalpha() and rest.islower() and key in STOPWORDS:
        return  # a capitalised function word opening a sentence: "About 20", "Now", "Even"
    out.append(Mention("name", key, Span(unit.span.start + a, unit.span.start + b), surface))
