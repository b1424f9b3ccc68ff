"""An auxiliary verb right after a figure is no noun the figure counts: "6 hanno colpito",
"6 sono gravi", "6 han muerto", "6 fueron detenidos", "6 ont été arrêtés", "6 sont morts",
"6 foram presos", "davon 6 sind gestorben" count nothing (they were read as "hann",
"son", "han", "ont"...), as "six were injured" counts no noun in English. "ha" is one
only before a participle ("6 ha segnato"), else a hectare ("600 ha di bosco":
reader.analysis.figures.auxiliary_ha)."""

from __future__ import annotations

import re

from reader.analysis.figures.auxiliary_ha import verb_ha

# the auxiliaries of each language a figure's subject may take, lower case
_AUXILIARIES = {
    language: frozenset(words.split())
    for language, words in {
        "Italian": "ha hanno è sono era erano fu furono sarà saranno sia siano avevano aveva",
        "Spanish": "ha han fue fueron es son era eran serán habían había están estaban",
        "French": "a ont est sont était étaient furent seront avaient avait",
        "Portuguese": "foi foram é são era eram serão tem têm estão estavam ficaram",
        "German": "sind waren wurden wurde werden haben hatten hatte hat ist war seien",
    }.items()
}
_WORD_AFTER = re.compile(r" ([^\W\d_]+)")


def auxiliary_after(text: str, at: int, language: str | None) -> bool:
    """The word right after ``at`` of ``text`` (where what a figure counts is told) is an
    auxiliary verb of the article's ``language``; "ha" only before a participle."""
    m = _WORD_AFTER.match(text, at)
    if m is None or m.group(1) not in _AUXILIARIES.get(language or "", frozenset()):
        return False
    return m.group(1) != "ha" or verb_ha(text, at, language)
