"""How a count is given, which two counts must share to compare: the things it takes
("the first two games"), a running total ("bringing the total to 40"), a bound
("more than three") and what a distance is measured from ("150 miles from Aden")."""

from __future__ import annotations

import re

from reader.analysis.features import UnitFeatures
from reader.analysis.figures.currency_codes import CURRENCIES
from reader.analysis.figures.german_asking import asked_at_clause_end
from reader.analysis.figures.money_words import scaled
from reader.analysis.figures.orders_of_magnitude import order_range
from reader.analysis.figures.rounded_figures import one_rounded, within_a_rounding
from reader.analysis.figures.written_units import past_unit
from reader.analysis.mention import Mention
from reader.analysis.words.clauses import WORDS, content_words
from reader.analysis.words.hedges import ABOUT, AT_LEAST, AT_MOST, UP_TO, about_reach
from reader.analysis.words.like_words import LOOSELY, like_reading
from reader.analysis.words.rough_counts import is_rough_count
from reader.analysis.words.stems import stem
from reader.analysis.words.verbs_after_figures import ASKING_PARTICIPLE
from reader.lazy_regex import LazyPattern

_SELECTORS = frozenset(
    "first next last final previous past other remaining additional another".split()  # noqa: SIM905
)
_SELECTING_AFTER = _SELECTORS | {"more", "further"}  # "two more times", "three other rifles"
# "nine days before", "five rounds sooner": a distance in time or a difference, not a span
_RELATIVE = frozenset(
    "before after ago later earlier sooner longer shorter fewer less faster slower".split()  # noqa: SIM905
)


def same_selection(f: UnitFeatures, m: Mention) -> tuple[str, str]:
    """Which of the things counted a count takes: "the first two games" and "their next 23
    games" count different games, "nine days before" a distance, not a span. Returns the
    selecting word before the figure and the relative word after what it counts ('' when
    none); two counts compare only when these agree."""
    text = f.unit.text
    start, end = m.span.start - f.unit.span.start, m.span.end - f.unit.span.start
    before = WORDS.findall(text[max(0, start - 20) : start])
    following = WORDS.findall(text[end : end + 30])
    after = following[1:2]  # the word after the counted one
    selector = before[-1].lower() if before and before[-1].lower() in _SELECTORS else ""
    if not selector and following and following[0].lower() in _SELECTING_AFTER:
        selector = following[0].lower()  # "three other rifles", "20 more people"
    elif not selector:
        selector = _more_after_unit(m, following)  # "up to 60mm more rain"
    relative = after[0].lower() if after and after[0].lower() in _RELATIVE else ""
    if relative in _TEMPORAL and m.unit_word not in _TIMES:
        # "killing eight people before a police officer shot him": when they died, not a
        # distance in time as "nine days before the vote"
        relative = ""
    if _RATE.match(text, past_unit(text, end)):  # not the "per hour" of "miles per hour"
        relative = "rate"  # "$4 million a year" is no total
    elif after and after[0].lower() == "as" and m.unit_word in _SPANS:
        # "four seasons as the Sixers' director" and "19 seasons with the 76ers" count
        # two spans; "seven seasons as an assistant coach" and "as coach" two roles
        relative = "as " + " ".join(sorted(content_words(text[end : end + 60])))
    return selector, relative


def _more_after_unit(m: Mention, following: list[str]) -> str:
    """ "more" or "further" right after the unit ``m`` counts in (``following``: the words
    after the figure): "up to 60mm more rain", "40 km further" tell an amount added to
    another, not a whole; not "60mm more than forecast", a comparison."""
    if len(following) < 2 or not m.unit_word or stem(following[0].lower()) != m.unit_word:
        return ""
    word = following[1].lower()
    if word not in ("more", "further") or [w.lower() for w in following[2:3]] == ["than"]:
        return ""
    return word


# "$4 million a year", "grew 5% each year": a rate; not a span a figure is told against
# or within ("rose 12% from a year earlier", "than a year ago", "within a year", "for a
# year"): a word before the span word that places or bounds it, or one after it that
# moves it, tells no rate
_RATE = LazyPattern(
    r"\s+(?:(?!(?:from|than|within|in|inside|for|over|after|since|under|about|nearly"
    r"|almost|only|just|less|more|barely)\s)[^\W\d_]+\s+)?"
    r"(?:a|an|per|each|every)\s+(?:year|season|month|week|day|game|hour)\b"
    r"(?!\s+(?:earlier|ago|before|later|after|prior|previously|back)\b)"
    r"|\s+(?:[^\W\d_]+\s+)?(?:annually|yearly|monthly|weekly|daily)\b"
    # "105 runs in each of the past five seasons", "in every one of his games": per item
    r"|\s+(?:[^\W\d_]+\s+)?in\s+(?:each|every\s+one)\s+of\b",
    re.IGNORECASE,
)
_SPANS = frozenset("year season month week day term".split())  # noqa: SIM905
_TEMPORAL = frozenset(("before", "after"))
# what a distance in time counts: "nine days before", "three hours after" (stems)
_TIMES = frozenset(
    stem(w)
    for w in "seconds minutes hours days weeks months years seasons decades".split()  # noqa: SIM905
)


def cumulative(f: UnitFeatures, m: Mention) -> bool:
    """Figure ``m`` counts over a whole, not one occasion: it is a running total
    ("bringing the total to 40"), or its sentence counts over a whole ("in their five
    operations so far", "a combined 157 games", "Overall, ..."), or tells a total in the
    perfect ("has seized a total of 14 rifles"). Such a count does not compare with one
    occasion's. "A total of 23 pirates were captured" is 23 captured: the word "total"
    alone makes no running total."""
    text = f.unit.text
    start = m.span.start - f.unit.span.start
    return bool(
        _TOTAL_TO.search(text, max(0, start - 80), start)
        or _OVER_A_WHOLE.search(text)
        or _TOTAL_SO_FAR.search(text)
    )


_OVER_A_WHOLE = LazyPattern(
    r"\b(?:combined|cumulative|so far|thus far|to date)\b"
    # "Overall, he finished the season with 33 homers", "157 games in all.": summing the
    # clause up (not "firefighters worked overall to contain it")
    r"|(?:^|[,;:(])\s*(?:overall|altogether|in all)\b"
    r"|\b(?:overall|altogether|in all)\s*(?:[,.;:)]|$)",
    re.IGNORECASE,
)
# "bringing the total to 40", "raising the year's total of deaths to 40": a running total
# (not a toll: "bringing the death toll to 15" is the toll of the occasion told)
_TOTAL_TO = LazyPattern(
    r"\b(?:bring|brings|brought|bringing|raise|raises|raised|raising|take|takes|took|taking"
    r"|push|pushes|pushed|pushing|lift|lifts|lifted|lifting)\s+(?:the|its|their|his|her)\s+"
    r"(?:[\w']+\s+){0,2}(?:total|tally)\s+(?:[\w']+\s+){0,3}?to\s+(?:US\$|[$€£])?$",
    re.IGNORECASE,
)
# a total told in the perfect, with a verb between ("INS Sukanya has seized a total of 14
# rifles", "has been in rehab a total of five times"), not "the boats had a total of 26"
_TOTAL_SO_FAR = LazyPattern(
    r"\b(?:has|have|had)\s+(?:[^\W\d_]+\s+){1,3}?a\s+total\s+of\b", re.IGNORECASE
)


def hedge(f: UnitFeatures, m: Mention) -> str:
    """How a figure is given: "min" ("more than three"), "max" ("up to $180 million", "no
    more than 20"), "about" ("some 420", "una ventina"), or "" (exactly). A figure listed
    after a bounded one holds its bound ("more than 30 home runs and 100 RBIs", "au moins
    huit morts et 20 blessés")."""
    base, text = f.unit.span.start, f.unit.text
    negated = _NEGATED_SPANISH if f.language == "Spanish" else _NEGATED
    bound = _bound_before(text, m.span.start - base, negated)
    earlier = _listed_after(f, m)
    while not bound and earlier is not None:
        bound = _bound_before(text, earlier.span.start - base, negated)
        earlier = _listed_after(f, earlier)
    if bound:
        return bound
    if is_rough_count(f.unit.text[m.span.start - base : m.span.end - base]):
        return "about"  # "una ventina di famiglie": some 20
    if _RANGE_WORD.match(text, m.span.end - base):
        return "about"  # "a five-year deal in the $75 million range"
    return ""


def _bound_before(text: str, start: int, negated: LazyPattern) -> str:
    """The bound told right before the figure at ``start`` of ``text``: "min", "max",
    "about" or ''. A negator before a bound (``negated``: the language's) turns it ("no
    more than 20", "non più di 20", "n'a pas fait plus de 20", "não menos de 20"), but
    for one that reaches the figure ("not as many as 20": still from above)."""
    before = text[max(0, start - 60) : start]
    for name, rx in _BOUNDS:
        found = rx.search(before)
        if found is None:
            continue
        if name in _TURNED and negated.search(before, 0, found.start()):
            return _TURNED[name]
        return "max" if name == "up to" else name
    # "dejó como 30 heridos", "c'erano come 30 persone", "like 30 people": about 30
    return "about" if like_reading(text, start) == LOOSELY else ""


_BOUNDS = (("min", AT_LEAST), ("max", AT_MOST), ("up to", UP_TO), ("about", ABOUT))
# what a negator makes of a bound: "not more than 20" is 20 at most, "not fewer than 20"
# at least 20, "not as many as 20" fewer than 20
_TURNED = {"min": "max", "max": "min", "up to": "max"}


# a negator before a bound, in the six languages ("no more than", "pas plus de", "nicht
# mehr als", "no más de", "non più di", "não mais de"), the verb it negates between
# ("did not kill more than", "n'a pas fait plus de", "non ha causato più di", "no dejó
# más de"); not "not only more than 20" ("nicht nur", "pas seulement", "non solo"). A
# bare "no" is Portuguese's "in the" ("morreram no incêndio mais de 20") and English's
# "no" before a noun ("no one expects more than 20"): it turns a bound right after it,
# and past a verb in Spanish only.
_NEGATOR = r"\b(?:not|pas|nicht|non|não)\s+"
_WORD = (
    r"(?!(?:only|just|merely|nur|seulement|solo|sólo|solamente|soltanto|apenas|só)\b)"
    r"[^\W\d_]+\s+"
)
# words that only weaken or stress the negation, as many as stand between it and the
# bound besides two others ("not by any measure more than 20", "pas tout à fait plus de
# 20", "nicht ganz so viele wie 20", "ni siquiera más de 20", "non proprio più di 20",
# "nem sequer mais de 20"); a noun between them is no such word ("did not release the
# names of more than 20 victims": the victims are more than 20)
_STRESS = (
    r"(?:quite|even|really|actually|ever|by\s+any\s+measure|by\s+far|at\s+all|"
    r"tout\s+à\s+fait|vraiment|même|du\s+tout|ganz|einmal|wirklich|sogar|überhaupt|"
    r"siquiera|realmente|del\s+todo|proprio|affatto|neanche|nemmeno|davvero|sequer|"
    r"de\s+todo|nem)\s+"
)
_BETWEEN = rf"(?:{_STRESS})*(?:{_WORD}(?:{_STRESS})*){{0,2}}"
_NEGATED = LazyPattern(rf"(?:{_NEGATOR}{_BETWEEN}|\bno\s+)$", re.IGNORECASE)
_NEGATED_SPANISH = LazyPattern(rf"(?:{_NEGATOR}|\bno\s+){_BETWEEN}$", re.IGNORECASE)


def _listed_after(f: UnitFeatures, m: Mention) -> Mention | None:
    """The count ``m`` is listed after in its sentence ("8 dead and 20 injured", "8 morts
    et 20 blessés", "8 Tote und 20 Verletzte", "8 muertos y 20 heridos", "8 morti e 20
    feriti", "8 mortos e 20 feridos"), None when it follows none."""
    base = f.unit.span.start
    earlier = [x for x in f.numbers if x.kind == "number" and x.span.end <= m.span.start]
    if not earlier:
        return None
    last = earlier[-1]
    between = f.unit.text[last.span.end - base : m.span.start - base]
    return last if _LISTED.fullmatch(between) else None


# what stands between two counts listed one after the other: the first one's noun (three
# words at most), then "and" in one of the six languages
_LISTED = LazyPattern(r"(?:\s+[^\W\d_]+){1,3},?\s+(?:and|et|und|y|e|ed)\s+", re.IGNORECASE)
_RANGE_WORD = LazyPattern(r"\s+range\b", re.IGNORECASE)


def bounded(*told: str) -> bool:
    """One of the ways figures are ``told`` (hedge's) is a bound from below or above."""
    return "min" in told or "max" in told


def consistent(fa: UnitFeatures, na: Mention, fb: UnitFeatures, nb: Mention) -> bool:
    """A bound on one side that the other side's figure keeps: "more than three years" and
    "485 years", "up to $180 million" and "$160 million"; or "about" a figure within
    hedges.about_reach of the figure told about ("como mil" and "1200"). Two bounds of
    the same kind still differ ("at least 24 people" vs "at least 31"), but two counts
    told "about" within a twentieth of each other do not ("about $310 million" and "an
    estimated $300m"; "about 40,000" and "some 45,000" do). A figure that is the other
    rounded keeps it too ("85 percent" and "84.6%"), and an order of magnitude the figures
    of its order ("dozens injured" and "more than 40 injured"). Percentages are bounded so
    too ("Turnout was more than 60%" and "63.8%"), "about" one within a point of it
    ("nearly 8%" and "7.8%", not "almost 90%" and "93.87 percent")."""
    ha, hb = hedge(fa, na), hedge(fb, nb)
    if one_rounded(na, nb, one_digit=not bounded(ha, hb)):
        return True
    kind = na.key[:4]
    if kind not in ("num:", "pct:") or nb.key[:4] != kind:
        return False
    x, y = float(na.key[4:]), float(nb.key[4:])
    if kind == "num:" and (_holds(na, y) or _holds(nb, x)):
        return True
    if ha == hb:
        # two rough counts, one within a rounding of the other: "about $310 million" and
        # "an estimated $300m" (not "about 40,000" and "some 45,000"; two bounds differ)
        near = within_a_rounding(x, y) or within_a_rounding(y, x)
        return ha == "about" and kind == "num:" and near
    if "about" in (ha, hb):
        told = x if ha == "about" else y
        return abs(x - y) <= (_PERCENT_REACH if kind == "pct:" else about_reach(told))
    if ha:
        return y > x if ha == "min" else y <= x
    return x > y if hb == "min" else x <= y


# how far a percentage told "about" reaches either way, in points: "nearly 8%" holds
# "7.8%", "almost 90%" not "93.87 percent" (an ECB+ turnout), which a fifth of 90 would
_PERCENT_REACH = 1.0


def _holds(m: Mention, value: float) -> bool:
    """``m`` is an order of magnitude ("dozens injured") that ``value`` is of ("more than
    40 injured"; not 12, nor 200: reader.analysis.figures.orders_of_magnitude)."""
    held = order_range(m.surface, float(m.key[4:]))
    return held is not None and held[0] <= value < held[1]


# An estimate this many times an exact count of the same thing may tell a larger group
# than the one counted: the pirates of a region ("regions in Somalia, with an estimated
# 1,500 pirates") against those arrested ("Out of 23 arrested pirates"). Of the 102
# discrepancies of the ECB+ scan, the two counts differ by more than a factor of four
# only there (1,500 vs 23); one figure told two ways differs less.
GROUP_FACTOR = 10


def smaller_exact(fa: UnitFeatures, na: Mention, fb: UnitFeatures, nb: Mention) -> Mention | None:
    """The exact count of the two when the other is an estimate ("an estimated 1,500",
    "some 2,000", "environ 2 000") GROUP_FACTOR times it or more; else None."""
    if not (na.key.startswith("num:") and nb.key.startswith("num:")):
        return None
    (fx, x), (fy, y) = sorted(((fa, na), (fb, nb)), key=lambda side: float(side[1].key[4:]))
    small, large = float(x.key[4:]), float(y.key[4:])
    far = small > 0 and large >= GROUP_FACTOR * small
    return x if far and hedge(fy, y) == "about" and hedge(fx, x) == "" else None


def sought(f: UnitFeatures, m: Mention) -> bool:
    """Figure ``m`` is an amount asked for, not one agreed or paid: "seeking up to $6
    million in a suit", "asking for an eight-year contract worth $200 million", "réclame
    6 millions", "fordert 6 Millionen", "pide 6 millones", "chiede 6 milioni", "exige 6
    milhões"; money also with the asking word after it: "a $6 million ransom demanded",
    "une rançon de 6 millions réclamée", "6 Millionen Dollar Lösegeld gefordert". An
    amount sought compares only with another sought."""
    start, end = m.span.start - f.unit.span.start, m.span.end - f.unit.span.start
    if _SOUGHT.search(f.unit.text, max(0, start - 60), start) is not None:
        return True
    # "a $6 million ransom demanded by the pirates", "une rançon de 6 millions réclamée",
    # "6 Millionen Dollar Lösegeld gefordert", "6 millones de dólares exigido": money only
    # (a count of people may be the subject of "demanded": "25 pirates demanded a ransom")
    after = _SOUGHT_AFTER.match(f.unit.text, end)
    if after is None and f.language == "German":  # "... für die Sirius Star gefordert"
        after = asked_at_clause_end(f.unit.text, end)
    # a sum with no currency nor noun: "nachdem die Piraten 25 Millionen gefordert hatten"
    return after is not None and (
        m.unit_word in CURRENCIES
        or _CURRENCY_WORD.search(after.group()) is not None
        or (not m.unit_word and scaled(m.surface))
    )


_SOUGHT = LazyPattern(
    r"\b(?:seek|seeks|seeking|sought|asks?\s+for|asked\s+for|asking\s+for|demands?|demanded"
    r"|demanding|requests?|requested|requesting"
    r"|réclame\w*|exige\w*|fordert\w*|geforderte\w*|verlangt\w*|pide\w*|reclama\w*|chiede\w*"
    r"|esige\w*|pede\w*)\s+(?:[^\W\d_][\w'-]*,?\s+){0,5}(?:US\$|[$\u20ac\u00a3])?$",
    re.IGNORECASE,
)
# the asking word after the figure and at most three words of what it counts, in the six
# languages ("ransom demanded", "millions de dollars réclamée", "Lösegeld gefordert",
# "millones exigidos", "milioni chiesti", "milhões exigidos"), not past a conjunction
# ("offered $200 million and Boras demanded more")
_SOUGHT_AFTER = LazyPattern(
    r"(?:\s+(?!(?:and|but|or|while|whereas|as|when|after|before|et|mais|ou|und|aber|oder"
    r"|y|pero|o|e|ma|mas)\b)[^\W\d_][\w'-]*){0,3}\s+"
    rf"{ASKING_PARTICIPLE}\b",
    re.IGNORECASE,
)
# money told in words after the figure ("6 millones de dólares", "6 milioni di dollari")
_CURRENCY_WORD = LazyPattern(
    r"\b(?:dollars?|dólar(?:es)?|dollar[io]|euros?|pounds?|livres?|libras?|sterlin[ag]\w*)\b",
    re.IGNORECASE,
)


def measured_from(f: UnitFeatures, m: Mention) -> str:
    """What a distance is measured from ("150 nautical miles from Aden": aden; "13 miles
    from the warship": warship), '' when not said or when the figure is no distance. Two
    distances from different points are different facts."""
    if m.unit_word not in _DISTANCES:
        return ""
    end = m.span.end - f.unit.span.start
    found = _FROM.match(f.unit.text, end)
    return stem(found.group(1).lower()) if found else ""


_DISTANCES = frozenset(("mile", "km", "kilometr", "kilometer", "metr", "meter", "yard", "feet"))
# right after the figure and its unit ("150 nautical miles from Aden", "20 kilometres (12
# miles) north-east of Kyiv"), not anywhere after it: in "a surge of 14 feet swept
# through the centre of Port Alder" the surge is measured from nothing
_FROM = LazyPattern(
    r"[\s-]*(?:(?:nautical\s+|statute\s+)?(?:miles?|mi|km|kilomet(?:re|er)s?|"
    r"met(?:re|er)s?|m|yards?|yds?|feet|foot|ft)\b\.?)?\s*(?:\([^()]{1,40}\)\s*)?"
    r"(?:away\s+from|from|off|of|(?:due\s+)?(?:west|east|north|south)(?:-?(?:west|east))?"
    r"\s+of)\s+(?:the\s+)?([^\W\d_]{3,})",
    re.IGNORECASE,
)
