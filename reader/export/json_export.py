"""JSON export: the exported entries, machine-readable (schema ``reader.export/1``).

``{"schema": "reader.export/1", "exported": ISO time, "only_annotated": bool,
"documents": [{"title", "source", "date", "path"} x2], "entries": [{"kind", "match",
"manual", "rejected" (a match the reader rejected, listed for its notes), "score",
"loose" (a claim scored under 0.7, ``reader.model.LOOSE_SCORE``; added later),
"speaker", "evidence", "discrepancies", "a": {"start", "end", "text"} or null, "b": ...,
"tags", "notes": [note as in a session file], "differences": [each discrepancy as
{"kind": "date", "number", "name", "quote" or "negation", "detail", "a": {"start", "end", "text"},
"b": ...}: the value in each article; added later, beside "discrepancies"]}], "only": [the passages
only one article reports, entries of kind "only_a" or "only_b"], "quoted": [every
quotation with its "speaker", entries of kind "quoted_a" or "quoted_b"; "match" is the
quote match when the other article quotes it too], "method": "semantic" or "lexical",
"notices": [the sentences the window showed about the pair], "all_kinds": bool (name and
number matches listed without a note), "rejected_left_out": the number of matches the
reader rejected that are not listed, "only_shown": null, or {"shown", "of"} when only
the matches the window's Matches panel showed (or ``crossread export --matches`` listed)
were asked for and some were left out: how many of the matches listed without a note
were kept, of how many (one left out is listed only for its notes), "word_shares":
{"a": {"words", "word_for_word", "reworded", "other_words", "only_here"}, "b": ...}: of
each article's words (its boilerplate left out), the shares in sentences word for word
in the other, closely reworded, told in other words and only in it
(reader.session.copied_share; added later), or null, "corrections": [each article's
correction notes, {"side", "start", "end", "fixes": [{"right", "wrong"}], "stale": [what
the other article still gives that the note says was wrong]}, A's first; added
later]}``. A claim or quote entry whose passages keep most of each other's words has
"wording" ("Word for word the same", or "Words differ: “Mayor Ana” only in A"; added
later). The last seven came later: a reader of the schema finds them missing in older exports.
"""

from __future__ import annotations

import json
from typing import Any

from reader.export.entries import DocumentInfo, ExportData
from reader.export.entry import Entry
from reader.model.span import Span

EXPORT_SCHEMA = "reader.export/1"


def _doc(d: DocumentInfo) -> dict[str, str | None]:
    return {"title": d.title, "source": d.source or None, "date": d.date or None, "path": d.path}


def _passage(span: Span | None, text: str) -> dict[str, Any] | None:
    return None if span is None else {"start": span.start, "end": span.end, "text": text}


def _entry(e: Entry) -> dict[str, Any]:
    return {
        "kind": e.kind,
        "match": e.match_id,
        "manual": e.manual,
        "rejected": e.rejected,
        "score": e.score,
        "loose": e.loose,
        "speaker": e.speaker,
        "evidence": list(e.evidence),
        # the details alone ("87 vs 85"), as before what they count came into the text
        "discrepancies": [d.detail for d in e.differences],
        "a": _passage(e.a, e.a_text),
        "b": _passage(e.b, e.b_text),
        "tags": list(e.tags),
        "notes": [n.to_json() for n in e.notes],
        "differences": [
            {
                "kind": d.kind,
                "detail": d.detail,
                "counted": d.counted,
                "a": _passage(d.a, d.a_text),
                "b": _passage(d.b, d.b_text),
            }
            for d in e.differences
        ],
        # a passage only one article reports: the other's closest sentence (added later)
        **({"closest": _passage(e.closest, e.closest_text)} if e.closest is not None else {}),
        # a claim's or quote's: "Word for word the same" or the words that differ (added
        # later; left out when the passages are told in other words)
        **({"wording": e.wording} if e.wording else {}),
    }


def _only_shown(counts: tuple[int, int] | None) -> dict[str, int] | None:
    return None if counts is None else {"shown": counts[0], "of": counts[1]}


def _shares(data: ExportData) -> dict[str, Any] | None:
    if data.shares is None:
        return None
    a, b = data.shares
    return {"a": a.to_json(), "b": b.to_json()}


def render_json(data: ExportData) -> str:
    out = {
        "schema": EXPORT_SCHEMA,
        "exported": data.exported,
        "only_annotated": data.only_annotated,
        "documents": [_doc(data.a), _doc(data.b)],
        "entries": [_entry(e) for e in data.entries],
        "only": [_entry(e) for e in data.only],
        "quoted": [_entry(e) for e in data.quoted],
        "method": data.method,
        "notices": list(data.notices),
        "all_kinds": data.minor,
        "rejected_left_out": data.rejected_left_out,
        "only_shown": _only_shown(data.only_shown),
        "word_shares": _shares(data),
        "corrections": [c.to_json() for c in data.corrections],
    }
    return json.dumps(out, ensure_ascii=False, indent=2) + "\n"
