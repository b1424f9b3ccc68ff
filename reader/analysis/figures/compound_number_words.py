"""The counts from 21 to 99 written in words in German, French, Spanish, Italian,
Portuguese and Dutch, which join a ten and a unit: "vierundzwanzig", "vingt-quatre",
"vingt et un", "soixante-douze", "quatre-vingt-dix-sept", "veinticuatro", "treinta y dos",
"ventiquattro", "ventotto", "vinte e quatro", "vierentwintig", "drieëntwintig". Without
them "vinte e quatro feridos" read as 20 and 4 wounded, and "vingt-quatre blessés" as no
count at all."""

from __future__ import annotations

# the units one to nine as each language joins them to a ten (one in each of its forms)
_ONES: dict[str, list[tuple[str, int]]] = {
    language: [(word, k + 1) for k, words in enumerate(units.split()) for word in words.split("/")]
    for language, units in {
        "German": "ein zwei drei vier fünf sechs sieben acht neun",
        "French": "un deux trois quatre cinq six sept huit neuf",
        "Spanish": "uno/un/una dos tres cuatro cinco seis siete ocho nueve",
        "Italian": "uno due tre/tré quattro cinque sei sette otto nove",
        "Portuguese": "um/uma dois/duas três quatro cinco seis sete oito nove",
        "Dutch": "een/één twee drie vier vijf zes zeven acht negen",
    }.items()
}
_TENS: dict[str, list[tuple[str, int]]] = {
    language: [
        (word, 10 * (k + 2)) for k, words in enumerate(tens.split()) for word in words.split("/")
    ]
    for language, tens in {
        "German": "zwanzig dreißig/dreissig vierzig fünfzig sechzig siebzig achtzig neunzig",
        "French": "vingt trente quarante cinquante soixante septante huitante/octante nonante",
        "Spanish": "veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa",
        "Italian": "venti trenta quaranta cinquanta sessanta settanta ottanta novanta",
        "Portuguese": "vinte trinta quarenta cinquenta sessenta setenta oitenta noventa",
        "Dutch": "twintig dertig veertig vijftig zestig zeventig tachtig negentig",
    }.items()
}  # fmt: skip
# Spanish writes 21 to 29 in one word
_SPANISH_TWENTIES = {
    "veintiuno": 21, "veintiún": 21, "veintiuna": 21, "veintidós": 22, "veintitrés": 23,
    "veinticuatro": 24, "veinticinco": 25, "veintiséis": 26, "veintisiete": 27,
    "veintiocho": 28, "veintinueve": 29,
}  # fmt: skip


def compound_number_words() -> dict[str, dict[str, int]]:
    """Each language's words for the counts from 21 to 99 that join a ten and a unit."""
    out: dict[str, dict[str, int]] = {language: {} for language in _ONES}
    for language, ones in _ONES.items():
        for ten, tens in _TENS[language]:
            for one, unit in ones:
                out[language].update(_joined(language, ten, one, tens + unit))
    out["French"].update(_french_seventies_and_nineties())
    out["Spanish"] = {w: n for w, n in out["Spanish"].items() if n > 29} | _SPANISH_TWENTIES
    return out


def _joined(language: str, ten: str, one: str, value: int) -> dict[str, int]:
    """The ways ``language`` writes the ten ``ten`` joined to the unit ``one``."""
    if language == "German":
        return {f"{one}und{ten}": value}  # "vierundzwanzig"
    if language == "French":
        if one == "un":  # "vingt et un", and since 1990 "vingt-et-un"
            return {f"{ten} et un": value, f"{ten}-et-un": value}
        return {f"{ten}-{one}": value}
    if language == "Spanish":
        return {f"{ten} y {one}": value}
    if language == "Portuguese":
        return {f"{ten} e {one}": value}
    if language == "Dutch":  # "vierentwintig"; "drieëntwintig", also written "drieentwintig"
        if one.endswith("e"):
            return {f"{one}ën{ten}": value, f"{one}en{ten}": value}
        return {f"{one}en{ten}": value}
    # Italian: one word, the ten's last vowel dropped before "uno" and "otto"
    stem = ten[:-1] if one in ("uno", "otto") else ten
    return {f"{stem}{one}": value}


def _french_seventies_and_nineties() -> dict[str, int]:
    """French 71 to 79 and 81 to 99 of France: "soixante et onze", "soixante-douze",
    "quatre-vingt-un", "quatre-vingt-dix-sept"."""
    teens = _FRENCH_TEENS.split()
    out = {"soixante et onze": 71, "soixante-et-onze": 71}
    out |= {f"soixante-{w}": 70 + k for k, w in enumerate(teens) if k > 1}
    out |= {f"quatre-vingt-{w}": 81 + k for k, w in enumerate(_FRENCH_ONES.split())}
    out |= {f"quatre-vingt-{w}": 90 + k for k, w in enumerate(teens) if k > 0}
    return out


_FRENCH_TEENS = "dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf"
_FRENCH_ONES = "un deux trois quatre cinq six sept huit neuf"
