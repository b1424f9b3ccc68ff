"""Names of several words that name a team or an organisation, not a person: "Boston Red
Sox", "Philadelphia 76ers".

A name's first word used alone may be a person's surname written first ("Kim Jong Un"
... "Kim had expressed thanks") or the city a team is named for ("Boston Red Sox" ...
"Boston has not made another offer to Varitek"); nothing in the words themselves tells
them apart, but the article does: a team's name holds a figure ("76ers"), is written
before the office of someone who works for it ("Boston Red Sox majority owner John W.
Henry", "Boston Red Sox general manager Theo Epstein"), or has its words after the city
used alone, after "the" ("the Red Sox"); a person's given names written after the
surname are not ("the Jong Un" is nobody's phrase). One word after the city is too
little to go on ("the Bush administration" is George Bush's). A broadcaster or a
company is named by letters in capitals ("Boston WCVB"; not a numeral, "Nick J. Rahall
II", nor a headline all in capitals).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis.mention import Mention

# a role held in a team or a company, after its name and before the holder's: "majority
# owner John W. Henry", "general manager Theo Epstein", "president Ed Stefanski" (not an
# aide, a lawyer or a spokesman, whom a person has too: "Trump lawyer Rudy Giuliani")
_OFFICE_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:owner|owners|president|chairman|chairwoman|director|manager"
    r"|coach|executive|founder|ceo|gm)\s+[A-Z]"
)
_THE_BEFORE = re.compile(r"\b(?i:the)\s$")
# call letters or a company's initials: "WCVB", "ESPN" (not a numeral: "III", "XIV")
_CAPITALS = re.compile(r"(?![IVXLC]+\b)[A-Z]{3,}")


def team_names(text: str, names: Sequence[Mention]) -> frozenset[str]:
    """The keys of ``names`` (spans in ``text``, a document's folded text) of several
    words that name a team or an organisation by the module's rules."""
    after_the = {
        n.key for n in names if _THE_BEFORE.search(text, max(0, n.span.start - 4), n.span.start)
    }
    out = set()
    for n in names:
        words = n.key.split()
        if len(words) < 2:
            continue
        if (
            any(c.isdigit() for c in n.key)
            or (any(_CAPITALS.fullmatch(w) for w in n.surface.split()) and not n.surface.isupper())
            or _OFFICE_AFTER.match(text, n.span.end) is not None
            or (len(words) > 2 and " ".join(words[1:]) in after_the)
        ):
            out.add(n.key)
    return frozenset(out)
