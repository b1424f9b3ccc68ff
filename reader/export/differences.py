"""What the two passages of each match disagree on, as the exports list it: the
discrepancies of the alignment by match, with the value each article gives."""

from __future__ import annotations

from reader.export.entry import Difference
from reader.model.alignment import Alignment, DiscrepancyKind
from reader.model.document import Document
from reader.model.span import Span


def differences_by_match(al: Alignment) -> dict[str, list[Difference]]:
    """The discrepancies of the alignment by match id, with the values they set apart.

    A quotation the two articles give to two people ("said by Merkel vs said by
    Sarkozy") disagrees on its speaker: its values are the speakers, each where its
    article names it beside the quotation (at the quotation itself when the name is
    written further off, as a "he said" the analysis followed back to a name), not the
    quotation, which is the same words on both sides."""
    speakers_a = {q.span: q.speaker for q in al.quotes_a if q.speaker}
    speakers_b = {q.span: q.speaker for q in al.quotes_b if q.speaker}
    out: dict[str, list[Difference]] = {}
    for d in al.discrepancies:
        who_a, who_b = speakers_a.get(d.a), speakers_b.get(d.b)
        if d.kind is DiscrepancyKind.NAME and who_a and who_b and who_a != who_b:
            a, a_text = _speaker_at(al.a, d.a, who_a), who_a
            b, b_text = _speaker_at(al.b, d.b, who_b), who_b
        else:
            a, a_text, b, b_text = d.a, al.a.slice(d.a), d.b, al.b.slice(d.b)
        found = Difference(d.kind.value, a, a_text, b, b_text, d.detail, d.counted)
        out.setdefault(d.match, []).append(found)
    return out


def _speaker_at(doc: Document, quotation: Span, speaker: str) -> Span:
    """Where the paragraph of ``quotation`` names ``speaker`` outside the quotation, the
    nearest such place; the quotation itself when it names them nowhere there."""
    para = next((p for p in doc.paragraphs if p.start <= quotation.start < p.end), quotation)
    start, end = min(para.start, quotation.start), max(para.end, quotation.end)
    found: list[Span] = []
    at = doc.text.find(speaker, start, end)
    while at != -1:
        name = Span(at, at + len(speaker))
        if name.end <= quotation.start or name.start >= quotation.end:
            found.append(name)
        at = doc.text.find(speaker, at + 1, end)

    def distance(name: Span) -> int:
        return (
            quotation.start - name.end
            if name.end <= quotation.start
            else name.start - quotation.end
        )

    return min(found, key=distance, default=quotation)
