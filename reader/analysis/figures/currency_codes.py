"""The currencies a sum may be told in, as the codes a sum's ``unit_word`` carries: a sign
before the figure ("$", "€", "C$", "HK$", "R$", "₹", "Rs", "Kr"), an ISO code before or
after it ("CHF 2.5 million", "SEK 400m", "2.5 million CHF") and a currency's name after it
("2.5 million Swiss francs", "20 Mio. Franken", "5 trillion won"). Each currency is its
own code: a Canadian dollar ("C$1.2 billion") is no US one ("US$1.2 billion"), and two
sums of different codes are never one figure nor a discrepancy unless a rate the pair
tells converts one into the other (reader.analysis.figures.told_rates). So are a
country's crowns ("SEK 400m", "400 million Swedish kronor", "NOK 420m", "Danish kroner",
"Czech korunas"); crowns told by no country ("Kr98bn", "110 billion crowns", "Kronen")
are "kr", one sum with any country's crowns (:func:`crowns_alike`), and the plurals two
countries write ("kroner", Danish and Norwegian; "krona", Swedish and Icelandic without its
accent) one sum with either's."""

from __future__ import annotations

import re

from reader.analysis.mention import Mention
from reader.analysis.words.lexicon import STOPWORDS
from reader.lazy_regex import longest_first

# a dollar told by the country before its sign ("C$1.2 billion", "HK$ 5m"); a bare "$" is
# the US dollar; "R$" is the Brazilian real
_DOLLAR_PREFIXES = {
    "US": "usd", "C": "cad", "CA": "cad", "CAN": "cad", "A": "aud", "AU": "aud",
    "NZ": "nzd", "HK": "hkd", "S": "sgd", "NT": "twd", "MX": "mxn", "R": "brl",
}  # fmt: skip
# a sign a sum in dollars or another currency starts with, an end of a range or a part
# told with one ("between C$4,000 and C$4,500", "HK$140- HK$150", "178 of $369";
# reader.analysis.figures.parts_and_ranges)
RANGE_SIGN = (
    "(?:(?-i:" + "|".join(sorted(_DOLLAR_PREFIXES, key=len, reverse=True)) + r")\$|[$€£¥₹])"
)
# the signs of currencies; "Rs" and "Rs." (rupees) only so written, not "RS 232"
SIGNS = {"$": "usd", "€": "eur", "£": "gbp", "¥": "jpy", "₹": "inr", "Kr": "kr", "kr": "kr"}
# a country's crowns as the London financial press signs them ("SKr4bn", "NKr 420m",
# "DKr1.5bn"): a sum only when scaled (numerals: "the DKr5 prototype" names a thing)
SIGNS |= {"SKr": "sek", "NKr": "nok", "DKr": "dkk"}
SIGNS |= {"Rs": "inr", "Rs.": "inr"} | {f"{p}$": code for p, code in _DOLLAR_PREFIXES.items()}
# ISO 4217 codes of currencies news tells sums in, written in capitals before or after a
# figure ("CHF 2.5 million", "2.5 million CHF"); codes that are also English words ("ALL",
# "TRY", "TOP", "CUP") are left out, and "NIS" (new Israeli shekels) is in
_OWN_CODES = (
    "USD", "EUR", "GBP", "JPY", "CHF", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD", "MXN",
    "BRL", "INR", "CNY", "ZAR", "RUB", "PLN", "HUF", "ILS", "KRW", "ARS", "CLP", "COP",
    "PHP", "IDR", "THB", "MYR", "AED", "SAR", "NGN", "KES", "EGP", "PKR", "UAH",
)  # fmt: skip
ISO_CODES = {
    **{code: code.lower() for code in _OWN_CODES},
    "RMB": "cny", "NIS": "ils",
    # each country's crowns its own, as its name after a figure is
    "SEK": "sek", "NOK": "nok", "DKK": "dkk", "ISK": "isk", "CZK": "czk",
}  # fmt: skip
# a country's crowns told after a figure, by the country's adjective in English, German,
# French, Spanish, Italian and Portuguese ("Swedish kronor", "schwedische Kronen",
# "couronnes suédoises", "coronas suecas", "corone svedesi", "coroas suecas"), and by
# its own words: "kronor" alone is Swedish (Iceland's plural is "krónur", Denmark's and
# Norway's "kroner"), "krónur" Icelandic, "koruna", "korunas", "koruny", "korun" and its
# sign "Kč" Czech
_COUNTRY_CROWNS = {
    "sek": ("Swedish", "schwedisch", "su[ée]doise", "suec", "svedesi", "suec", "kronor"),
    "nok": ("Norwegian", "norwegisch", "norv[ée]gienne", "norueg", "norvegesi", "noruegues"),
    "dkk": ("Danish", "dänisch", "danoise", "danes", "danesi", "dinamarques"),
    "isk": ("Icelandic", "isländisch", "islandaise", "islandes", "islandesi", "islandes",
            "kr[oó]nur"),
    "czk": ("Czech", "tschechisch", "tch[èe]que", "chec", "ceche", "t?chec",
            r"korun[ay]?s?|Kč"),
}  # fmt: skip
# any crown's word after a country's adjective in English ("Swedish crowns", "Danish
# kroner", "Icelandic krona", "Czech koruna")
_CROWN_WORDS = r"(?:crowns?|kr[oó]n(?:or|er|e|as?|ur)|korun[ay]?s?)"


def _country_crowns(adjectives: tuple[str, ...]) -> str:
    """The pattern of a country's crowns after a figure, told by its adjectives (the
    Spanish and Portuguese ones to their gender's ending: "suec" of "suecas"), and its own
    words after them, if any."""
    english, german, french, spanish, italian, portuguese, *own = adjectives
    told = (
        rf"{english}\s+{_CROWN_WORDS}|{german}(?:e[nrs]?)?\s+Kronen?"
        rf"|couronnes?\s+{french}s?|coronas?\s+{spanish}as?|corone\s+{italian}"
        rf"|coroas?\s+{portuguese}as?"
    )
    return "|".join([told, *own])


# the currencies a word after a figure names, in the six languages ("5 million dollars",
# "20 Mio. Franken", "2 millions de francs suisses", "500 crore rupees"); "pound",
# "livre", "libra" alone may be a weight: sterling only when it says so; a name of several
# countries' currency told alone ("pesos") is one code of its own, not any country's
NAMES = {
    "cad": r"Canadian\s+dollars?",
    "aud": r"Australian\s+dollars?",
    "nzd": r"New\s+Zealand\s+dollars?",
    "hkd": r"Hong\s+Kong\s+dollars?",
    "sgd": r"Singapore\s+dollars?",
    "twd": r"(?:New\s+)?Taiwan(?:ese)?\s+dollars?",
    "usd": r"(?:US-?)?dollars?|d[oó]lar(?:es)?|dollar[io]",
    "eur": r"euros?",
    "gbp": r"(?:pounds?|livres?|libras?)\s+sterling|libras?\s+esterlinas?|sterlin[ae]",
    "egp": r"Egyptian\s+pounds?",
    # crowns told by their country (below), or of two countries: the plural Danes and
    # Norwegians write ("kroner", "krone"), the singular Swedes and Icelanders (without
    # its accent) write ("krona")
    **{code: _country_crowns(told) for code, told in _COUNTRY_CROWNS.items()},
    "kroner": r"kroner?",
    "krona": r"kronas?",
    # not "coronas de flores" (wreaths); "kr." as Danes, Norwegians and Swedes write it
    # after a figure ("400 mio. kr.", "250 kr")
    "kr": r"crowns?|Kronen|kr\.?",
    "xof": r"CFA\s+francs?|francs?\s+CFA",
    "chf": r"(?:Swiss\s+)?francs?|francs?\s+suisses?|(?:Schweizer\s+)?Franken"
    r"|francos?\s+suizos?|franchi\s+svizzeri",
    "jpy": r"yen",
    "cny": r"(?:Chinese\s+)?(?:yuan|renminbi)",
    "pkr": r"Pakistani\s+rupees?",
    "inr": r"(?:Indian\s+)?rupees?|roupies?|rupias?",
    "rub": r"(?:Russian\s+)?(?:roubles?|rubles?)|Rubel|rublos?|rubli",
    "mxn": r"Mexican\s+pesos?",
    "ars": r"Argentine\s+pesos?",
    "php": r"Philippine\s+pesos?",
    "peso": r"pesos?",
    "brl": r"(?:Brazilian\s+)?reais|Brazilian\s+reals?",
    "zar": r"(?:South\s+African\s+)?(?-i:rand)(?!-)",  # not "rand-new", nor "Rand Paul"
    "lbp": r"Lebanese\s+(?:pounds?|liras?)",
    "try": r"(?:Turkish\s+)?liras?|lire",
    "pln": r"zlotys?|z[lł]oty|z[lł]otych",
    "huf": r"forints?|fiorini",
    "ils": r"(?:new\s+)?(?:Israeli\s+)?shekels?",
    "krw": r"(?:South\s+)?Korean\s+won",
}
CURRENCIES = frozenset(SIGNS.values()) | frozenset(ISO_CODES.values()) | frozenset(NAMES)

_CODES = "|".join(sorted(ISO_CODES))
_SIGN_NAMES = "|".join(longest_first(re.escape(s) for s in SIGNS if s[:1].isalpha()))
# a currency right before a figure, perhaps with a space: a sign not after a letter ("C$",
# not the "K$" of "HK$"; "Kr" not in "DKr5"), or an ISO code in capitals
_BEFORE = re.compile(
    rf"(?<![^\W\d_])(?:(?P<sign>{_SIGN_NAMES}|[$€£¥₹])|(?P<code>{_CODES})) ?$"
    rf"|(?P<dollar>[$€£¥₹]) ?$"
)
# an ISO code right after a figure ("2.5 million CHF", "400m SEK"), not a word going on
_CODE_AFTER = re.compile(rf"\s+(?P<code>{_CODES})(?![^\W\d_])")
# a currency told right after a magnitude glued to its figure, which makes the magnitude
# one ("400m SEK", "5m euros", "40k Swiss francs"; "5m" alone is five metres): an ISO code
# in capitals, not before a long word it names a thing of ("a 400m SAR operation", search
# and rescue), or a currency's name (reader.analysis.figures.numerals)
CURRENCY_AHEAD = (
    rf"(?=\s+(?:(?-i:(?:{_CODES})(?![^\W\d_])(?!\s+[a-z]{{5,}}))|(?:"
    + "|".join(names for code, names in NAMES.items() if code != "kr")
    + r")(?![^\W\d_])))"
)
# the look-behinds a figure may follow glued to a currency in letters ("Kr98bn",
# "CHF2.5m", "Rs500", "Rs.500"), and then with a space too before a magnitude glued to
# its figure ("SEK 400m", "R$ 20m", "$ 20m", "Rs 50m"): fixed widths, one each; a
# country's crowns signed in letters ("SKr4bn", "DKr1.5 billion") only before a scaled
# figure, as "the DKr5 prototype" names a thing
LETTER_SIGNS = (
    r"(?<=\bkr)|(?-i:(?<=\bRs)|(?<=\bRs\.)|(?<=\b(?:" + _CODES + r"))"
    r"|(?<=\b[DNS]Kr)(?=\d[\d.,]*(?:bn|tn|trn|mn|m|\s(?:million|billion|trillion))\b))"
)  # fmt: skip
SPACED_SIGNS = (
    r"(?<=[$€£¥₹] )|(?-i:(?<=\b[Kk]r )|(?<=\b[DNS]Kr )|(?<=\bRs )|(?<=\bRs\. )"
    r"|(?<=\b(?:" + _CODES + r") ))"
)  # fmt: skip


def currency_before(text: str, start: int, end: int, scaled: bool) -> tuple[int, str] | None:
    """Where the currency told right before a figure from ``start`` to ``end`` of
    ``text`` starts and its code ("C$1.2 billion": cad, "CHF 2.5 million": chf), None
    when none. Capitals before a figure not ``scaled`` by a magnitude that counts a noun
    after it name a thing ("the SEK 3 squad", a police unit's), no sum."""
    found = _BEFORE.search(text, max(0, start - 6), start)
    if found is None:
        return None
    if found.group("code") or found.group("sign") in _NAMES_TOO:
        noun = _NOUN_AFTER.match(text, end)
        if not scaled and noun is not None and noun.group(1) not in STOPWORDS:
            return None
    if found.group("code"):
        return found.start(), ISO_CODES[found.group("code")]
    return found.start(), SIGNS[found.group("sign") or found.group("dollar")]


# signs in letters that may begin a name too ("RS 232", "the DKr 5 prototype")
_NAMES_TOO = frozenset({"Rs", "Rs.", "SKr", "NKr", "DKr"})
_NOUN_AFTER = re.compile(r" ([a-z]{2,})\b(?!-)")


def code_after(text: str, end: int) -> str:
    """The currency of the ISO code right after a figure ending at ``end`` ("2.5 million
    CHF": chf), '' when none."""
    found = _CODE_AFTER.match(text, end)
    return "" if found is None else ISO_CODES[found.group("code")]


def currencies_apart(a: str, b: str) -> bool:
    """Unit words ``a`` and ``b`` are sums of two currencies ("cad" and "usd", "sek" and
    "nok"), never one figure unless a told rate converts one (reader.analysis.figures
    .told_rates); crowns of no country told are not apart from a country's
    (:func:`crowns_alike`)."""
    return a != b and a in CURRENCIES and b in CURRENCIES and not crowns_alike(a, b)


# the countries whose crowns each crown's code may be: a country's its own, "kroner"
# Denmark's or Norway's, "krona" Sweden's or Iceland's, "kr" (the sign "Kr", "crowns",
# "Kronen") any
_CROWN_COUNTRIES = {
    "sek": "sek", "nok": "nok", "dkk": "dkk", "isk": "isk", "czk": "czk",
    "kroner": "dkk nok", "krona": "sek isk", "kr": "sek nok dkk isk czk",
}  # fmt: skip


def crowns_alike(a: str, b: str) -> bool:
    """Unit words ``a`` and ``b`` are two codes of crowns that may be one country's: a
    sum told in crowns of no country ("Kr400m", "400 million crowns") and one in a
    country's ("SEK 400m", "400 million kronor"), or in the plural two countries write
    ("400 million kroner") and one of theirs ("NOK 400m"); not two countries' ("SEK" and
    "NOK")."""
    countries = set(_CROWN_COUNTRIES.get(a, "").split())
    return a != b and not countries.isdisjoint(_CROWN_COUNTRIES.get(b, "").split())


def told_currency(m: Mention) -> str:
    """The currency sum ``m`` is told in: its unit word when a currency's code, else the
    sign written before its digits ("$4,000" of "between $4,000 and $4,500", an end of a
    range, which counts nothing: reader.analysis.figures.parts_and_ranges), or the
    currency such an end with no sign takes (``Mention.currency``); '' for none."""
    if m.unit_word in CURRENCIES:
        return m.unit_word
    if m.currency:
        return m.currency  # "4,500" of "between $4,000 and 4,500"
    digit = next((k for k, ch in enumerate(m.surface) if ch.isdigit()), 0)
    found = currency_before(m.surface, digit, len(m.surface), True) if digit else None
    return "" if found is None else found[1]
