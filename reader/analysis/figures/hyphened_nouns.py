"""A counted noun of two words joined by a hyphen ("sapeurs-pompiers", "fire-fighters",
"Feuerwehr-Leute", "US-Soldaten") counts what its simple form counts ("pompiers",
"firefighters", "Feuerwehrleute", "Soldaten"): its unit word is the stem of its parts
written as one word, its first parts as written, lower case, hyphened to the rest
("sapeurs-pompi", "fire-fight"), which names one thing with that stem ("firefight") and
with its last part ("pompi")."""

from __future__ import annotations

from collections.abc import Callable


def hyphened_unit(word: str, stem: Callable[[str], str]) -> str:
    """The unit word of the counted noun ``word`` when it is hyphened of words of letters
    and a noun: a plural ("fire-fighters") or capitalised ("Feuerwehr-Leute"); '' when it
    is not ("year-old", "AK-47", "U-boats": read as before)."""
    parts = word.split("-")
    if len(parts) < 2 or not all(len(p) > 1 and p.isalpha() for p in parts):
        return ""
    last = parts[-1]
    if not (word[0].isupper() or (len(last) > 3 and last.endswith(("s", "x")))):
        return ""
    first = [p.lower() for p in parts[:-1]]
    whole = stem("".join(first) + last.lower())  # "firefighters": "firefight"
    told = "".join(first)
    end = whole[len(told) :] if whole.startswith(told) and len(whole) > len(told) else ""
    return "-".join([*first, end or stem(last.lower())])


def one_noun(a: str, b: str) -> bool:
    """Unit words ``a`` and ``b`` name one noun: equal, the same parts written hyphened
    and as one word ("fire-fight" and "firefight"), a hyphened noun and its last part
    ("sapeurs-pompi" and "pompi"), or two hyphened with one last part and a first told
    in the singular and the plural ("sapeur-pompi" and "sapeurs-pompi")."""
    if a == b:
        return True
    if "-" not in a and "-" not in b:
        return False
    if a.replace("-", "") == b.replace("-", ""):
        return True
    first_a, _, last_a = a.rpartition("-")
    first_b, _, last_b = b.rpartition("-")
    if not (first_a and first_b):  # one simple: the other's last part
        return last_a == last_b
    return last_a == last_b and first_a.rstrip("s") == first_b.rstrip("s")
