"""What a session file holds that this version of Crossread does not keep.

A later Crossread may add fields to a ``reader.session/1`` file (a note's colour, a
reply, a link to the article's web page) without changing the schema's number, and a
hand-edited file may carry some of its own. This version reads the file without them,
and would write it back without them: they are found here by comparing the file with
what saving the session read from it would write (:func:`unknown_fields`), so the reader
can be told, and the file kept as it is before it is saved over.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from reader.model.session import Session

_FILE_ONLY = frozenset({"app_version", "saved"})  # written by the store, not the session
_SHOWN = 8  # places listed in the message; the rest are counted


@dataclass(frozen=True, slots=True)
class UnknownField:
    """A field of the file this version drops: where it is (in the reader's words) and
    its name."""

    where: str
    name: str


def unknown_fields(data: dict[str, Any], session: Session) -> tuple[UnknownField, ...]:
    """The fields of the file's JSON ``data`` that ``session`` (read from it) would not
    write back. A field holding nothing (null, an empty string, list or object) is not
    counted: nothing is lost with it. Notes left out of ``session`` are not looked into."""
    kept = session.to_json()
    kept.update(dict.fromkeys(_FILE_ONLY, True))
    by_id = {n["id"]: n for n in kept["notes"]}
    notes = data.get("notes")
    if isinstance(notes, list):  # each note of the file against the note read from it
        kept["notes"] = [by_id.get(n.get("id")) if isinstance(n, dict) else None for n in notes]
    docs = kept.get("alignment", {}).get("documents", [])
    names = {f"alignment.documents.{i}": f"article {'AB'[i]}" for i in range(len(docs))}
    out: list[UnknownField] = []
    for path, name in _lost(data, kept, ""):
        out.append(UnknownField(_where(path, names, data), name))
    return tuple(out)


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str | list | dict) and not value)


def _lost(found: Any, kept: Any, path: str) -> Iterator[tuple[str, str]]:
    """(place, name) of each field of ``found`` missing from ``kept`` (places dotted)."""
    if isinstance(found, dict) and isinstance(kept, dict):
        for key, value in found.items():
            if key not in kept:
                if not _empty(value):
                    yield path.rstrip("."), str(key)
            else:
                yield from _lost(value, kept[key], f"{path}{key}.")
    elif isinstance(found, list) and isinstance(kept, list) and len(found) == len(kept):
        for i, (x, y) in enumerate(zip(found, kept, strict=True)):
            yield from _lost(x, y, f"{path}{i}.")


def _where(path: str, names: dict[str, str], data: dict[str, Any]) -> str:
    """The place ``path`` (``notes.2``, ``alignment.matches.5``...) in the reader's words."""
    if not path:
        return "the session"
    for prefix, name in names.items():
        if path == prefix or path.startswith(prefix + "."):
            return name
    parts = path.split(".")
    if parts[0] == "notes" and len(parts) > 1 and parts[1].isdigit():
        return f"note {int(parts[1]) + 1}"
    if parts[0] == "manual" and len(parts) > 1:
        return "a link made by hand"
    if parts[:2] == ["alignment", "matches"] and len(parts) > 2 and parts[2].isdigit():
        match = data["alignment"]["matches"][int(parts[2])]
        mid = match.get("id") if isinstance(match, dict) else None
        return f"match {mid}" if isinstance(mid, str) else "a match"
    if parts[0] == "alignment":
        return "the alignment"
    if parts[0] == "view":
        return "the view settings"
    return "the session"


def unknown_notice(unknown: tuple[UnknownField, ...], name: str, written_by: str) -> str:
    """What the reader is told about ``unknown`` fields of the file ``name`` ("" when
    none), ``written_by`` the version of Crossread that saved it ("" when unknown)."""
    if not unknown:
        return ""
    places: dict[str, list[str]] = {}
    for u in unknown:
        fields = places.setdefault(u.where, [])
        if u.name not in fields:
            fields.append(u.name)
    by = f" (it was saved by Crossread {written_by})" if written_by else ""
    lines = [f"{name} holds information this version of Crossread does not know{by}:"]
    shown = list(places.items())
    lines += [f"• {where}: {', '.join(fields)}" for where, fields in shown[:_SHOWN]]
    if len(shown) > _SHOWN:
        lines.append(f"• and {len(shown) - _SHOWN} more places")
    lines += [
        "",
        "The session opened without it, and saving here would leave it out. The file itself "
        f"is unchanged; when you save over it, a copy of it as it is now is kept beside it "
        f"({name}.bak).",
    ]
    return "\n".join(lines)
