"""A table's row and the sentence telling one of its figures, linked (reader.analysis
.pair_analysis): a pollster's "| Margaret Okafor (Progressive Alliance) | 41.6 | 39.8 |"
and the paper's "... puts Ms Okafor, the Progressive Alliance candidate, on 41 per cent".

The row is read against its header for the sentence model (reader.analysis
.table_reading), yet scores low against any sentence (a name and figures), and the
sentence's best partner is a sentence telling all of it ("Okafor leads Lindqvist 42% to
38%"): the row never comes within half of it, the rule of relative evidence. A row is a
detail of a sentence, not its rival: a row and a sentence that name the row's subject
(the name of its first cell, or all the words of it when it names no one: "Undecided")
and tell a figure of one kind close in value (within
MAX_GAP: "41.6" of a share column and "41 per cent"; "8.2" and "8 per cent") gain
ROW_BONUS, and are linked when that takes them to the floor and within the ratio of the
row's own best, whatever the sentence's best. A row linked with a sentence not naming its subject is
no link (``without_rows_of_another``).
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.analysis.features import UnitFeatures
from reader.analysis.linking.select import Link
from reader.analysis.mention import Mention
from reader.analysis.words.clauses import content_words

__all__ = ["ROW_BONUS", "row_pairs", "subject_told", "without_rows_of_another"]

ROW_BONUS = 0.1
MAX_GAP = 0.05  # of the larger figure: "41.6" and "41 per cent", not "41.6" and "38"
_KINDS = ("num:", "pct:")  # amounts and percentages: not years, dates, times, ages


def row_pairs(
    feats_a: Sequence[UnitFeatures], feats_b: Sequence[UnitFeatures]
) -> dict[tuple[int, int], bool]:
    """The unit pairs (i, j) of which one is a table row and the other a sentence (not a
    row) naming the row's subject and telling a figure close to one of the row's; each
    with whether A's unit (True) or B's is the row."""
    out: dict[tuple[int, int], bool] = {}
    rows_a = [i for i, f in enumerate(feats_a) if _row(f)]
    rows_b = [j for j, f in enumerate(feats_b) if _row(f)]
    if not rows_a and not rows_b:
        return out
    others_a = sorted(set(range(len(feats_a))) - set(rows_a))
    others_b = sorted(set(range(len(feats_b))) - set(rows_b))
    for i in rows_a:
        out.update(((i, j), True) for j in others_b if _tells(feats_a[i], feats_b[j]))
    for j in rows_b:
        out.update(((i, j), False) for i in others_a if _tells(feats_b[j], feats_a[i]))
    return out


def _row(f: UnitFeatures) -> bool:
    row = f.unit.row
    return row is not None and not row.header


def _tells(row: UnitFeatures, sentence: UnitFeatures) -> bool:
    """``sentence`` names the subject of ``row`` and tells a figure close to one of its."""
    if not subject_told(row, sentence):
        return False
    told = [m for m in sentence.numbers if m.key.startswith(_KINDS)]
    return any(_close(x, y) for x in row.numbers if x.key.startswith(_KINDS) for y in told)


def subject_told(row: UnitFeatures, sentence: UnitFeatures) -> bool:
    """``sentence`` names the subject of the table row ``row``: a name of its first cell
    ("Margaret Okafor (Progressive Alliance)": "Ms Okafor"), or all its words when it
    names no one ("Undecided": "nine per cent of voters are still undecided")."""
    first = row.unit.text.strip().removeprefix("|").split("|", 1)[0]
    start = row.unit.span.start + row.unit.text.index(first)
    subject = {m.key for m in row.names if m.span.start < start + len(first)}
    if subject & sentence.name_keys:
        return True
    words = content_words(first, row.language, titled=True)
    return bool(words) and words <= content_words(
        sentence.unit.text, sentence.language, titled=True
    )


def without_rows_of_another(
    links: Sequence[Link], feats_a: Sequence[UnitFeatures], feats_b: Sequence[UnitFeatures]
) -> list[Link]:
    """``links`` less those of a table's row and a sentence not naming its subject: "|
    Port Aubin | 2 | 9 | 600 |" is no detail of "In Eastvale, nine people died ... when
    the Aubin river burst its banks", however alike the sentence model reads them."""
    out = []
    for link in links:
        fa, fb = feats_a[link.i], feats_b[link.j]
        if _row(fa) != _row(fb) and not (
            subject_told(fa, fb) if _row(fa) else subject_told(fb, fa)
        ):
            continue
        out.append(link)
    return out


def _close(x: Mention, y: Mention) -> bool:
    if x.key[:4] != y.key[:4]:
        return False
    try:
        a, b = float(x.key[4:]), float(y.key[4:])
    except ValueError:
        return False
    return abs(a - b) <= MAX_GAP * max(abs(a), abs(b))
