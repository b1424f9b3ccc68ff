"""A product's number, part of its name, not a count: "last year's Nova 8 Pro", "the
iPhone 15 Pro Max", "a Galaxy 24 Ultra", "the Nova 7 and Nova 8", "Wi-Fi 7". Three
writings a name's figure takes that reader.analysis.figures.figure_names' article or
preposition before a capitalised word ("the Nova 9") does not cover:

- a figure between a capitalised word and a model's suffix ("Pro", "Max", "Ultra",
  "Plus", ...), whatever comes before ("last year's Nova 8 Pro": not 8 of "pro");
- a figure after a name that another figure already followed, the two joined by "and",
  "or" or a comma ("the Nova 7 and Nova 8": not 8 of anything);
- a figure after a capitalised word hyphened to another ("Wi-Fi 7", "Blu-Ray 3"), a
  standard's or a product's name (not "Wi-Fi 7 standard" as 7 standards): read as one
  identifier (``no:wi-fi 7``, as "No 9" is ``no:9``), so that two outlets' "Wi-Fi 7"
  stay shared evidence of a claim;
- a figure after a capitalised word that follows a colon, an owner's "'s", an article
  or an owner and a word or two in small letters ("The new Helix 4 chip"), or after two
  that follow an article ("The Apple Helix 4 chip"), before a noun in the singular ("a
  new processor: Helix 4 chip", "Apple's Helix 4 chip"): four
  of a singular noun is no count, so the figure is the name's (not "Results: Labour
  312, Conservatives 250", nor "Apple's Helix 4 chips").

A headline's capitalised words ("Storm Kills 12 People") are none of these: the suffix
is one of a short list, and a repeated name needs its figure before."""

from __future__ import annotations

import re

from reader.analysis.figures.found_mentions import FoundMentions
from reader.analysis.figures.place_counts import names_people
from reader.analysis.figures.written_units import UNIT_WORDS
from reader.analysis.times.half_lengths import length_unit
from reader.analysis.words.lexicon import STOPWORDS

# the suffixes of models' names: "Pro", "Pro Max", "Ultra", "Plus", "Lite", "Max",
# "Fold", "Flip", "SE", "XL", "FE" (hyphened, no suffix: "Pro-Russian"; not "Mini" nor
# "Air", which a headline's count may name: "Recalls 300 Mini Coopers", "12 Air Bases")
_SUFFIX_AFTER = re.compile(r" (?:Pro|Max|Ultra|Plus|Lite|Fold|Flip|SE|XL|FE)(?![\w-])")
# a capitalised name, or one capitalised after its first letter ("iPhone", "iPad")
_NAME_BEFORE = re.compile(r"\b[a-z]?[A-Z][A-Za-z]+ $")
# "Nova 7 and Nova " of "the Nova 7 and Nova 8": one name with two figures
_REPEATED_NAME = re.compile(r"\b(?P<name>[A-Z][A-Za-z]+) \d{1,4}(?:,| and| or| &) (?P=name) $")
# "Wi-Fi " of "Wi-Fi 7": capitalised words hyphened
_HYPHENED_NAME = re.compile(r"\b[A-Z][A-Za-z]*-[A-Z][A-Za-z]* $")
# "Wi-Fi 7" whole: the name, then a whole figure
_HYPHENED_NUMBER = re.compile(
    r"\b(?P<name>[A-Z][A-Za-z]*-[A-Z][A-Za-z]*) (?P<n>\d{1,3})(?![\w,.]?\d)(?![\w%-])"
)


# "processor: Helix " of "a new processor: Helix 4 chip", "Apple's Helix ": a capitalised
# word after a colon or an owner's "'s" (where reader.analysis.figures.figure_names'
# article or preposition would be), after an article or an owner and a word or two in
# small letters ("The new Helix ", "its latest Helix ", "Apple's new Helix "), or two after
# an article: "The Apple Helix "
_NAME_OPENING = re.compile(
    r"(?::|\w['’]s(?: [a-z]+){0,2}"
    r"|\b(?i:the|a|an|its|their|his|her|our|this|that)(?: [a-z]+){1,2}"
    r"|\b(?i:the|an?) [A-Z][A-Za-z]+) [A-Z][A-Za-z]+ $"
)
# a noun in the singular right after the figure: lower case, not a plural's "s", a verb's
# "ed" or "ing", nor a unit ("Apple's Seattle 10 day forecast") or a toll's word
_SINGULAR_AFTER = re.compile(r" (?P<word>[a-z]{3,})\b(?![-'’])")


def _singular_noun(word: str) -> bool:
    return (
        not word.endswith(("s", "ed", "ing"))
        and word not in STOPWORDS
        and word not in UNIT_WORDS
        and not length_unit(word, None)
        and not names_people(word)
    )


def read_hyphened_names(found: FoundMentions) -> None:
    """Adds to ``found`` each figure of its text after capitalised words hyphened ("Wi-Fi
    7"), with its name, as one identifier keyed ``no:`` and the two ("no:wi-fi 7")."""
    if not found.digits:
        return
    for m in _HYPHENED_NUMBER.finditer(found.text):
        if found.free(m.start(), m.end()):
            key = f"no:{m.group('name').lower()} {int(m.group('n'))}"
            found.add("number", key, m.start(), m.end())


def model_number(text: str, m: re.Match[str]) -> bool:
    """The whole figure ``m`` of ``text`` is a product's or a standard's number, part of
    its name: between a capitalised word and a model's suffix ("Nova 8 Pro"), after a
    name that already took a figure ("Nova 7 and Nova 8"), after capitalised words
    hyphened ("Wi-Fi 7"), or after a capitalised word opening a phrase before a singular
    noun ("processor: Helix 4 chip")."""
    start = m.start()
    if _SUFFIX_AFTER.match(text, m.end()) and _NAME_BEFORE.search(text, max(0, start - 30), start):
        return True
    if _REPEATED_NAME.search(text, max(0, start - 60), start):
        return True
    if _HYPHENED_NAME.search(text, max(0, start - 30), start):
        return True
    singular = _SINGULAR_AFTER.match(text, m.end())
    return (
        singular is not None
        and m.group().lstrip("0") != "1"  # "one chip" is singular as a count
        and _singular_noun(singular.group("word"))
        and _NAME_OPENING.search(text, max(0, start - 30), start) is not None
    )
