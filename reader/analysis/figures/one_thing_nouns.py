"""Counts of one thing told by two nouns: news calls the jobs a company cuts "jobs",
"roles", "posts" or "positions", its workforce "staff", "employees" or "people it
employs", the homes a fire or flood destroys "homes", "houses", "dwellings" or
"properties". Such a count's unit word is read as one noun's (the first of its set), so
"2,500 jobs" and "2,500 roles" are one figure and "2,500 jobs" and "3,000 roles" a
discrepancy, as two counts of one noun would be.

A noun that may count something else is read so only where its sentence tells of that
thing near the count: "posts" and "positions" where jobs are ("cut 2,500 posts", "2,500
positions will be axed", not the "12 positions" of a chess game or the "40 posts" of a
fence), "properties" where homes are ("destroyed 40 properties", not a material's "12
properties" or the "2 million properties" left without power, which a utility's
customers count: reader.analysis.figures.group_members), "people" and "workers" where a
company employs them ("employs 41,000 people", "a workforce of 45,000 workers", not
"killed 12 people" nor "2,000 workers went on strike"). English only: unit words are
English stems (reader.analysis.words.stems)."""

from __future__ import annotations

import dataclasses
import re

from reader.analysis.mention import Mention
from reader.analysis.words.stems import stem

_BEFORE = 60  # characters before a count, and after its noun, where its cue may be told
_AFTER = 40

# what tells jobs: "cut", "axe", "shed", "jobs", "redundancies", "hiring", "workforce"
_JOB_CUE = re.compile(
    r"\b(?:jobs?|cut(?:s|ting)?|ax(?:e|es|ed|ing)|shed(?:s|ding)?|slash(?:es|ed|ing)?"
    r"|eliminat\w*|redundan\w*|lay(?:s|ing)?\s+off|laid\s+off|layoffs?|hir(?:e|es|ed|ing)"
    r"|recruit\w*|vacan\w*|workforce|staff\w*|employ\w*)\b",
    re.IGNORECASE,
)
# what tells homes: "destroyed", "flooded", "evacuated", "homes", "residential"
_HOME_CUE = re.compile(
    r"\b(?:homes?|hous(?:e|es|ing)|dwellings?|residen\w*|destroy\w*|damag\w*|flood\w*"
    r"|evacuat\w*|burn(?:s|t|ed|ing)?|built|build(?:s|ing)?|demolish\w*|rent(?:s|ed|al)?"
    r"|tenants?)\b",
    re.IGNORECASE,
)
# what tells a company's workforce, right before the count ("employs 41,000 people", "a
# workforce of 45,000") or right after its noun ("41,000 people are employed")
_STAFF_BEFORE = re.compile(
    r"(?:\bemploy(?:s|ed|ing)?|\b(?:workforce|payroll|staff|headcount)\s+of)"
    r"(?:\s+(?:about|around|some|nearly|almost|roughly|over|more\s+than|fewer\s+than))?\s*$",
    re.IGNORECASE,
)
_STAFF_AFTER = re.compile(
    r"\s+(?:(?:are|were|is)\s+)?(?:employed|on\s+(?:the|its)\s+payroll)\b", re.IGNORECASE
)


def _stems(words: str) -> frozenset[str]:
    return frozenset(stem(w) for w in words.split())


# each thing: the unit word all its nouns are read as, the nouns always read so, and the
# nouns read so with a cue near the count
_JOBS = (stem("jobs"), _stems("jobs roles"), _stems("posts positions"))
_HOMES = (stem("homes"), _stems("homes houses dwellings"), _stems("properties"))
_STAFF = (stem("employees"), _stems("employees staff staffers"), _stems("people workers"))


def one_thing_nouns(text: str, base: int, numbers: list[Mention]) -> list[Mention]:
    """``numbers`` (the figures of ``text``, a sentence starting at ``base``), each count
    of a thing told by several nouns read as counting the first of them ("2,500 roles"
    as jobs, "cut 2,500 posts" as jobs, "employs 41,000 people" as employees)."""
    return [_as_one_noun(text, base, m) for m in numbers]


def _as_one_noun(text: str, base: int, m: Mention) -> Mention:
    if m.qualifier or not m.key.startswith("num:") or not m.unit_word:
        return m
    start, end = m.span.start - base, m.span.end - base
    for word, always, with_cue in (_JOBS, _HOMES, _STAFF):
        if m.unit_word in always or (m.unit_word in with_cue and _cued(word, text, start, end)):
            return dataclasses.replace(m, unit_word=word)
    return m


def _cued(word: str, text: str, start: int, end: int) -> bool:
    """The sentence tells of the thing ``word`` counts near the figure at ``start`` to
    ``end``."""
    if word == _STAFF[0]:
        noun = re.match(r"\s*[^\W\d_]+", text[end:])
        after = text[end + noun.end() :] if noun is not None else ""
        return bool(_STAFF_BEFORE.search(text[max(0, start - _BEFORE) : start])) or bool(
            _STAFF_AFTER.match(after)
        )
    cue = _JOB_CUE if word == _JOBS[0] else _HOME_CUE
    near = text[max(0, start - _BEFORE) : start] + " " + text[end : end + _AFTER]
    return cue.search(near) is not None
