"""The hedges told right before a figure, in English, French, German, Spanish, Italian,
Portuguese and Korean: a bound from below ("more than 40", "au moins huit", "최소 10명"),
from above ("fewer than 40"), one that reaches the figure ("up to 40", "최대 3만 명") and
an approximation ("some 420", "rund 2000", "약 4만 명")."""

from __future__ import annotations

import re


def _bound(*languages: str) -> re.Pattern[str]:
    """A pattern for the hedges of ``languages`` (each its phrases separated by '|', with
    no group inside a phrase) told right before a figure, in any case; one ending in an
    apostrophe is elided onto it ("plus d'un siècle")."""
    words = "|".join(sorted({w for words in languages for w in words.split("|")}))
    return re.compile(r"\b(?:" + words + r")(?:(?<=['’])|\s+)$", re.IGNORECASE)


# the hedges of English, French, German, Spanish, Italian, Portuguese and Korean, in order
# ("au moins huit morts", "mehr als 40 Menschen", "al menos seis muertos"); a hedge that
# ends another ("pas moins de", "moins de") is read as the longer, since "min" is tried
# first. Not Portuguese "ate" without its accent (English "ate 40 hot dogs"), nor German
# "unter" ("unter 40 Verletzten": among them)
AT_LEAST = _bound(
    "more than|over|at least|upwards of|in excess of|no fewer than|no less than"
    "|better than|higher than|greater than|bigger than|larger than|as low as|as little as",
    "au moins|plus de|plus d['’]|pas moins de|pas moins d['’]|au minimum|supérieure? à",
    "mindestens|mehr als|über|wenigstens|nicht weniger als|besser als|höher als",
    "al menos|por lo menos|m[aá]s de|no menos de|como m[ií]nimo|mejor que|superior a",
    "almeno|pi[uù] di|oltre|non meno di|migliore di|superiore a|come minimo|perlomeno|per lo meno",
    "pelo menos|ao menos|mais de|no m[ií]nimo|melhor que|superior a",
    "최소|적어도",
)
AT_MOST = _bound(
    "at most|no more than|fewer than|less than|under|lower than|smaller than|worse than",
    "au plus|au maximum|moins de|moins d['’]|inférieure? à",
    "höchstens|weniger als|niedriger als",
    "como m[aá]ximo|menos de|inferior a",
    "al massimo|meno di|inferiore a|come massimo",
    "no m[aá]ximo|menos de|inferior a",
)
# a bound from above that reaches the figure ("up to 40", "as many as 40", "tantos como
# 40"): negated, it is still one from above ("not quite as many as 20", "nicht ganz so
# viele wie 20": fewer)
UP_TO = _bound(
    "up to|as many as|as high as|as much as",
    "jusqu['’]à|autant que",
    "bis zu|so viele wie|ebenso viele wie",
    "hasta|tant[oa]s como|tanto como",
    "fino a|tant[ie] come|tanto come|tant[ie] quant[ie]",
    "até|tant[oa]s como|tant[oa]s quanto",
    "최대",
)
ABOUT = _bound(
    "about|around|some|roughly|approximately|nearly|almost|close to|an estimated",
    "près de|près d['’]|environ|presque|quelque|autour de",
    "fast|knapp|rund|etwa|ungefähr|circa|zirka|ca\\.",
    "casi|cerca de|unos|unas|alrededor de|aproximadamente",
    "quasi|circa|intorno a|all['’]incirca",
    "quase|cerca de|uns|umas|por volta de|aproximadamente",
    "약|대략|거의",
)
HEDGES = (AT_LEAST, AT_MOST, UP_TO, ABOUT)


def about_reach(told: float) -> float:
    """How far a figure told ABOUT (or loosely: "como mil", reader.analysis.words.like_words)
    reaches either way: a fifth of itself when it is round to one digit ("about 40" holds
    32 to 48, not 50; "como mil", "rund 1000" hold 800 to 1200, not 1250 or 3000), else
    15% ("some 250" holds 213 to 287, not 200): a rounder figure is told more loosely."""
    digits = f"{told:.0f}".rstrip("0") if told >= 1 and told == int(told) else "00"
    return (0.2 if len(digits) <= 1 else 0.15) * told


def hedge_start(text: str, start: int) -> int | None:
    """Where a hedge of any kind that ends right before ``start`` of ``text`` begins
    ("rund 2000"), None when none does."""
    for rx in HEDGES:
        found = rx.search(text, max(0, start - 40), start)
        if found is not None:
            return found.start()
    return None
