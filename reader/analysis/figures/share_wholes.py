"""What a percentage is a share of, where its words say: "28.4% of staff", "33% of
trains", "28,4 % des agents", "33 % des TGV", "el 40 % de los trenes". Two linked
sentences' shares of two wholes neither sentence names as the other's ("28,4 % des
agents étaient en grève" and "33 % des TGV supprimés": the staff on strike and the trains
cancelled) are no two values of one figure; a share whose whole the other sentence names
too still compares ("28,4 % des agents" and "38 % de grévistes parmi les agents")."""

from __future__ import annotations

import re

from reader.analysis.features import UnitFeatures
from reader.analysis.linking.word_forms import word_forms
from reader.analysis.mention import Mention
from reader.lazy_regex import LazyPattern

# "of" and an article after a share, in English, French, Spanish, Italian and Portuguese,
# then the first word of its whole
_OF_WHOLE = LazyPattern(
    r"\s*(?:of\s+(?:the\s+|its\s+|their\s+)?|des\s+|du\s+|de\s+(?:la\s+|l'|los\s+|las\s+)?"
    r"|d'|del\s+|dei\s+|degli\s+|delle\s+|dos\s+|das\s+)([^\W\d_]\w*)",
    re.IGNORECASE,
)


def shares_apart(fa: UnitFeatures, na: Mention, fb: UnitFeatures, nb: Mention) -> bool:
    """Percentages ``na`` of ``fa`` and ``nb`` of ``fb`` are shares of two wholes: each
    says what it is of, and neither whole is named in the other's sentence (both
    sentences in one language)."""
    if not (na.key.startswith("pct:") and nb.key.startswith("pct:")) or fa.language != fb.language:
        return False
    whole_a, whole_b = _whole(fa, na), _whole(fb, nb)
    if whole_a is None or whole_b is None:
        return False
    return whole_a not in fb.stems and whole_b not in fa.stems


def _whole(f: UnitFeatures, m: Mention) -> str | None:
    """The stem of the first word of the whole share ``m`` is told of, None if not told."""
    found = _OF_WHOLE.match(f.unit.text, m.span.end - f.unit.span.start)
    if found is None:
        return None
    return word_forms(f.language).stem(found.group(1).lower())
