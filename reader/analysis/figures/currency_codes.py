"""The currencies a sum may be told in, as the codes a sum's ``unit_word`` carries: a sign
before the figure ("$", "€", "C$", "HK$", "R$", "₹", "Rs", "Kr"), an ISO code before or
after it ("CHF 2.5 million", "SEK 400m", "2.5 million CHF") and a currency's name after it
("2.5 million Swiss francs", "20 Mio. Franken", "5 trillion won"). Each currency is its
own code: a Canadian dollar ("C$1.2 billion") is no US one ("US$1.2 billion"), and two
sums of different codes are never one figure nor a discrepancy unless a rate the pair
tells converts one into the other (reader.analysis.figures.told_rates). Crowns however
named are one code ("kr") as the sign "Kr" is, whichever country's."""

from __future__ import annotations

import re

from reader.analysis.words.lexicon import STOPWORDS
from reader.lazy_regex import longest_first

# a dollar told by the country before its sign ("C$1.2 billion", "HK$ 5m"); a bare "$" is
# the US dollar; "R$" is the Brazilian real
_DOLLAR_PREFIXES = {
    "US": "usd", "C": "cad", "CA": "cad", "CAN": "cad", "A": "aud", "AU": "aud",
    "NZ": "nzd", "HK": "hkd", "S": "sgd", "NT": "twd", "MX": "mxn", "R": "brl",
}  # fmt: skip
# the signs of currencies; "Rs" and "Rs." (rupees) only so written, not "RS 232"
SIGNS = {"$": "usd", "€": "eur", "£": "gbp", "¥": "jpy", "₹": "inr", "Kr": "kr", "kr": "kr"}
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
    # crowns, as the sign "Kr" and the words "kronor", "kroner" are
    "SEK": "kr", "NOK": "kr", "DKK": "kr", "ISK": "kr", "CZK": "kr",
}  # fmt: skip
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
    # crowns however named ("Kr98bn" is "98 billion crowns", "98 milliarder kroner")
    "kr": r"crowns?|kron(?:e|er|a|or)|korun[ay]?",
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
# the look-behinds a figure may follow glued to a currency in letters ("Kr98bn",
# "CHF2.5m", "Rs500", "Rs.500"), and then with a space too before a magnitude glued to
# its figure ("SEK 400m", "R$ 20m", "$ 20m", "Rs 50m"): fixed widths, one each
LETTER_SIGNS = (
    r"(?<=\bkr)|(?-i:(?<=\bRs)|(?<=\bRs\.)|(?<=\b(?:" + _CODES + r")))"
)  # fmt: skip
SPACED_SIGNS = (
    r"(?<=[$€£¥₹] )|(?-i:(?<=\b[Kk]r )|(?<=\bRs )|(?<=\bRs\. )|(?<=\b(?:" + _CODES + r") ))"
)  # fmt: skip


def currency_before(text: str, start: int, end: int, scaled: bool) -> tuple[int, str] | None:
    """Where the currency told right before a figure from ``start`` to ``end`` of
    ``text`` starts and its code ("C$1.2 billion": cad, "CHF 2.5 million": chf), None
    when none. Capitals before a figure not ``scaled`` by a magnitude that counts a noun
    after it name a thing ("the SEK 3 squad", a police unit's), no sum."""
    found = _BEFORE.search(text, max(0, start - 6), start)
    if found is None:
        return None
    if found.group("code") or found.group("sign") in _RUPEES:
        noun = _NOUN_AFTER.match(text, end)
        if not scaled and noun is not None and noun.group(1) not in STOPWORDS:
            return None
    if found.group("code"):
        return found.start(), ISO_CODES[found.group("code")]
    return found.start(), SIGNS[found.group("sign") or found.group("dollar")]


_RUPEES = frozenset({"Rs", "Rs."})
_NOUN_AFTER = re.compile(r" ([a-z]{2,})\b(?!-)")


def code_after(text: str, end: int) -> str:
    """The currency of the ISO code right after a figure ending at ``end`` ("2.5 million
    CHF": chf), '' when none."""
    found = _CODE_AFTER.match(text, end)
    return "" if found is None else ISO_CODES[found.group("code")]


def currencies_apart(a: str, b: str) -> bool:
    """Unit words ``a`` and ``b`` are sums of two currencies ("cad" and "usd"), never one
    figure unless a told rate converts one (reader.analysis.figures.told_rates)."""
    return a != b and a in CURRENCIES and b in CURRENCIES
