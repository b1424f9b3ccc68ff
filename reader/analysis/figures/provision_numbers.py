"""A law's or a bill's number, which one and not how many: "Section 4(b)", "§ 12",
"Article 50", "Clause 7", "Title IX"'s "Title 9", "H.R. 4821", "S. 1190", "H.Res. 12".
Each is one identifier (``no:section 4(b)``, ``no:h.r. 4821``), however spaced, so that
two outlets' "Section 4(b)" and "the bill's Section 4(b)" match as one name; none is a
count to compare ("Section 4(b)" is not four of anything, nor "S. 1190" 1,190)."""

from __future__ import annotations

import re

from reader.analysis.figures.found_mentions import FoundMentions
from reader.lazy_regex import LazyPattern

# the provision's word, capitalised ("Section", "Article", "§"), or the bill's prefix,
# then the number and any lettered sub-parts: "4(b)(ii)"
_PROVISION = LazyPattern(
    r"(?<![\w.])(?P<word>(?:Section|Sec\.|Article|Art\.|Clause|Title|Chapter|Paragraph"
    r"|Subsection|Amendment|Rule)\s|§\s?"
    r"|H\.\s?R\.\s?|S\.\s|H\.\s?Res\.\s?|S\.\s?Res\.\s?)"
    r"(?P<n>\d{1,5}(?:\([a-z0-9]{1,4}\))*)(?![\w,.]?\d)(?![\w%-])"
)


def read_provisions(found: FoundMentions) -> None:
    """Adds to ``found`` the law's and bill's numbers of its text ("Section 4(b)", "H.R.
    4821"), each an identifier keyed ``no:``, its word in small letters and its number."""
    if not found.digits:
        return
    for m in _PROVISION.finditer(found.text):
        if found.free(m.start(), m.end()):
            word = re.sub(r"\s+", "", m.group("word")).lower()
            word = {"sec.": "section", "art.": "article", "§": "section"}.get(word, word)
            found.add("number", f"no:{word} {m.group('n')}", m.start(), m.end())
