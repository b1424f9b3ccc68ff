"""What a figure counts: a currency for a sum of money (``$141 billion``, ``40 euros``),
else the stemmed word after it ("24 years" counts "year", "two pirate boats" boats,
"12 Poles" people), or a crowd it is told of ("a crowd of 52,341"), nothing when a verb
follows it. Currencies are told by reader.analysis.figures.currency_codes."""

from __future__ import annotations

import re
from collections.abc import Callable

from reader.analysis.figures.auxiliaries_after import auxiliary_after
from reader.analysis.figures.casualties import reported_fate
from reader.analysis.figures.cjk_counts import counter, korean_counter
from reader.analysis.figures.currency_codes import currency_before
from reader.analysis.figures.hyphened_nouns import hyphened_unit
from reader.analysis.figures.hyphened_points import hyphened_points
from reader.analysis.figures.million_codes import million_code_before
from reader.analysis.figures.money_words import currency_after, past_preposition
from reader.analysis.figures.numerals import GLUED_SCRIPTS
from reader.analysis.names.cased_nationalities import nationality_unit
from reader.analysis.names.name_modifiers import past_name
from reader.analysis.words.lexicon import FOREIGN_FUNCTION_WORDS, STOPWORDS
from reader.analysis.words.stems import WORD
from reader.analysis.words.verbs_after_figures import verb_after

_DESIGNATION = re.compile(r"[A-Z][A-Za-z]*[- ]?\d+s?\b")
_CURRENCY_AFTER = {"dollar": "usd", "euro": "eur"}  # stems of the word after the figure
# a crowd told before its figure: "a crowd of 52,341", "an attendance of more than 52,000"
_CROWD_OF = re.compile(
    r"\b(?:crowd|attendance)\s+of\s+(?:(?:about|around|some|more\s+than|over|nearly|almost"
    r"|just\s+(?:over|under))\s+)?$",
    re.IGNORECASE,
)


def money(
    text: str,
    start: int,
    end: int,
    stem: Callable[[str], str],
    scaled: bool = False,
    language: str | None = None,
) -> tuple[int, str]:
    """Where a figure starts (its currency sign included) and what it counts: a currency
    code for money (``$141 billion``, ``40 euros``, ``5 milioni di dollari``), else the
    word after it (after the preposition of a ``scaled`` figure: "5 milioni di persone"
    counts persons); nothing when a verb follows (reader.analysis.words.verbs_after_figures)
    in the article's ``language``."""
    sign = currency_before(text, start, end, scaled)  # "$141 billion", "CHF 2.5m"
    sign = sign or million_code_before(text, start)  # "MNOK 400"
    if sign is not None:
        return sign
    currency = currency_after(text, end)
    if currency:
        return start, currency
    at = past_preposition(text, end) if scaled else end
    if (
        language is None
        and not _counted_noun_after(text, at)
        and _CROWD_OF.search(text, max(0, start - 40), start)
    ):
        return start, stem("crowd")  # "a crowd of 52,341 watched": its people
    if verb_after(text, at, language) or auxiliary_after(text, at, language):
        # "25 Millionen gefordert hatten", "6 hanno colpito": a verb, not what is counted
        return start, ""
    after = _unit_after(text, at, stem, language)
    return start, _CURRENCY_AFTER.get(after, after)


def _unit_after(text: str, end: int, stem: Callable[[str], str], language: str | None) -> str:
    """The stemmed word counted by a number (``24 years`` -> ``year``), or ''. Of a few
    lower-case words, a plural after a singular is what is counted: ``two pirate boats``
    counts boats, ``13 fully loaded magazines`` magazines, ``23 pirates arrested`` pirates;
    after a group noun, only the word right after it (``12 crew members`` counts members,
    ``the 400 militia attacked towns`` the militia); in English, a name before the noun
    tells what kind (``400 Al-Shabaab fighters`` counts fighters: reader.analysis
    .name_modifiers); after "-strong", the noun it tells the size of, a group noun after a
    singular too (``a 5,000-strong force``, ``a 22,000-strong peacekeeping force`` count
    the force)."""
    apart = korean_counter(text, end)
    if apart is not None:  # "3만8천 명이": Korean counts people with "명" written apart
        return apart
    glued = _GLUED_COUNTER.match(text, end)
    if glued is not None:  # "35万人", "1200个航班", "3人": the counter word after the figure
        return counter(glued.group())  # "名" and "位" count people as "人" does
    strong = _STRONG.match(text, end)
    if strong is not None:  # "a 5,000-strong force": its people, told by the noun after
        of = _GROUP_OF.match(text, strong.end())
        # "the 400-strong contingent of Kenyan troops" counts them as "400 Kenyan troops"
        inside = _unit_after(text, of.end(), stem, language) if of is not None else ""
        if inside:
            return inside
        end = strong.end()
    if hyphened_points(text, end):  # "a 4.6-percentage-point lead": points, as "by 4.6 points"
        return stem("points")
    hyphened = HYPHEN_UNIT.match(text, end)
    if hyphened is not None:  # "an eight-year offer", "a five-boat attack"; not "8-by-12"
        word = hyphened.group(1).lower()
        return "" if word in STOPWORDS else stem(word)
    words: list[str] = []
    designation = _DESIGNATION.match(text, end + 1) if text[end : end + 1] == " " else None
    if designation is not None and not _german_noun_and_figure(designation.group(), language):
        # "seven AK-47 assault rifles", "seven AK-47s": AK-47s
        return re.sub(r"\W|s$", "", designation.group().lower())
    reported = reported_fate(text, end)
    if reported is not None:  # "nine confirmed dead" counts the dead, as "nine dead" does
        end = reported
    pos = past_name(text, end, _counted_noun, language)
    # "die Grünen 13 und das BSW 9": a function word of the article's language counts
    # nothing, as "and" does not
    function = FOREIGN_FUNCTION_WORDS.get(language or "", frozenset())
    while len(words) < 3 and pos < len(text) and text[pos] == " ":
        m = WORD.match(text, pos + 1)
        if m is not None and not words and m.group().lower() in COUNT_MODIFIERS:
            pos = m.end()  # "two other rifles" counts rifles
            continue
        if m is None or m.group().lower() in STOPWORDS or m.group() in function:
            break
        words.append(m.group())
        pos = m.end()
        if not m.group().islower():
            break
    if not words:
        return ""
    head = words[0].split("-")[0]  # "three defeats-and his 16th" counts defeats
    if nationality_unit(head):
        return nationality_unit(head)  # "12 Poles": people, unlike "12 poles"
    # "400 sapeurs-pompiers", "400 Feuerwehr-Leute": as "400 pompiers"
    counted = hyphened_unit(words[0], stem)
    if not counted:
        if head.islower() and not plural(head) and language not in _PASSIVE_IN_S:
            # a group noun only right before its members: "12 crew members", not "the
            # 400 Al-Shabaab militia attacked towns"
            group = head in COUNTED_GROUPS
            later = words[1:2] if group else words[1:]
            # a group after a word telling what kind: "two teenaged children", "200
            # security personnel" (reader.analysis.figures.narrowed_counts), and after
            # "-strong": "a 22,000-strong peacekeeping force"
            noun = plural if group and strong is None else _counted_noun
            head = next((w for w in later if w.islower() and noun(w)), head)
        counted = stem(head.lower())
    also = _AND_NOUN.match(text, pos)
    if also is not None and _counted_noun(also.group(1)):
        # "some 420 passengers and crew", "150 holiday-makers and crew" count both, not
        # the "246 passengers" alone
        return f"{counted}+{stem(also.group(1))}"
    return counted


# the languages whose passive ends in "-s", which no plural after the count is: Swedish
# "12 personer fördes till sjukhus" counts "personer", not "fördes" (its plurals end in
# "-er", "-ar", "-or", an English eye's singulars)
_PASSIVE_IN_S = frozenset(("Swedish",))


def _german_noun_and_figure(designation: str, language: str | None) -> bool:
    """A designation read in German that is a noun and the next figure ("binnen 24 Stunden
    118 Liter": "Stunden 118"): German writes its nouns with a capital, so a word spaced
    from a figure names a model ("AK 47") only in capitals."""
    word, spaced, _ = designation.partition(" ")
    return language == "German" and bool(spaced) and not word.isupper()


_GLUED_COUNTER = re.compile(f"[{GLUED_SCRIPTS}]")
_AND_NOUN = re.compile(r" and ([a-z]{3,})\b(?! of\b)")
# "an eight-year offer": the hyphened word a figure counts, which qualifies a noun; not
# "-plus", nor "-strong", whose figure counts the noun after it
HYPHEN_UNIT = re.compile(r"-(?!plus\b|strong\b)([a-z]{2,})\b")
_STRONG = re.compile(r"-strong\b")
_GROUP_OF = re.compile(r" [a-z]+ of(?= )")  # "-strong contingent of": what it is made of
COUNTED_GROUPS = frozenset(
    "crew staff personnel people children police equipment "  # noqa: SIM905
    "militia force contingent battalion brigade".split()
)
# "two other rifles" counts rifles, as "Três outros arguidos", "deux autres accusés", "tres
# otros acusados", "zwei weitere Angeklagte" count the accused
COUNT_MODIFIERS = frozenset(
    "other more additional further autres autre otros otras outros outras altri altre "  # noqa: SIM905
    "weitere weiteren weiterer andere anderen".split()
)


def _counted_noun_after(text: str, end: int) -> bool:
    """A noun of things counted follows the figure ending at ``end``: "a crowd of 300
    police officers" counts the officers."""
    m = WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    return m is not None and m.group().islower() and _counted_noun(m.group())


def _counted_noun(word: str) -> bool:
    """``word``, in small letters, names things counted: a plural or a group ("crew")."""
    return plural(word) or word in COUNTED_GROUPS


def plural(word: str) -> bool:
    """``word``, in small letters, is an English plural ("members"; not "glass", "bus")."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))
