"""An interview printed as a transcript: an intro, then the interviewer's questions and
the interviewee's answers, each paragraph opening with a label, "Q:" / "A:", the
interviewee's surname ("Lindqvist: We will not ..."), the outlet's name ("Ledger: Why
now?"), or the question set in bold with no label. An answer carries no quotation
marks, yet it is the interviewee's words, as a quotation is: another outlet's story
quotes it ("... for twenty years," she told the Ledger) and its words are compared with
that story's as two quotations' are.

A page is read as a transcript when at least ``MIN_ANSWERS`` paragraphs open with one
label that is no question's ("Q", the outlet's name) and at least ``MIN_QUESTIONS`` of
them follow a question (a paragraph labelled otherwise, or ending with "?"): a fact box's
"Location: ..." lines and a "Update:" or two follow no questions. The answer's
quotation runs from the first word after its label (and after a stage direction opening
it, "[laughs]", "(inaudible)") to the paragraph's end; its speaker is the label, or, for
"A", the person the intro names first (the interviewee: "Karin Lindqvist has been housing
minister for eleven weeks"). A question is the interviewer's and no quotation; a label
is no name of the one who speaks (``label_spans``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.analysis.mention import Mention
from reader.model import Document, Span

MIN_ANSWERS = 3
MIN_QUESTIONS = 2
# a paragraph's label: "Q", "A", a surname or two or three capitalised words, a colon
_LABEL = re.compile(r"(?:Q|A|[A-Z][\w'\u2019.-]*(?: [A-Z][\w'\u2019.-]*){0,2})(?=\s?:\s+\S)")
_COLON = re.compile(r"\s?:\s+")
# a stage direction opening an answer, "[laughs]", "(inaudible)", "[pause]"
_ASIDE = re.compile(r"(?:\[[^\]\n]{1,30}\]|\([^)\n]{1,30}\))\s*")
# the labels of a question, whoever asks it
_QUESTION_LABELS = frozenset({"Q", "Question", "Interviewer"})
_ANSWER_LETTER = "A"


@dataclass(frozen=True, slots=True)
class Turn:
    """One labelled paragraph of a transcript: its label and the words after it."""

    label: Span
    words: Span
    answer: bool


def transcript_turns(doc: Document, folded: str) -> list[Turn]:
    """The labelled paragraphs of ``doc`` when it is an interview's transcript (see the
    module's doc), in order; none when it is not one."""
    paras = [p for p in doc.paragraphs if not doc.is_boilerplate(p)]
    labelled: list[tuple[int, Span]] = []
    for i, para in enumerate(paras):
        found = _LABEL.match(doc.text, para.start, para.end)
        if found is not None:
            labelled.append((i, Span(found.start(), found.end())))
    asking = _asking_labels(doc)
    # who answers: the label of the most paragraphs asking nothing (an interviewer
    # labelled by name, "Marsh: Why now?", asks)
    counts: dict[str, int] = {}
    for i, label in labelled:
        name = label.slice(doc.text)
        if not _asks(name, asking) and not _ends_asking(folded, paras[i]):
            counts[name] = counts.get(name, 0) + 1
    if not counts:
        return []
    answerer = max(counts, key=lambda k: counts[k])
    if counts[answerer] < MIN_ANSWERS:
        return []
    by_para = dict(labelled)
    turns: list[Turn] = []
    asked = 0
    for i, label in labelled:
        name = label.slice(doc.text)
        answer = name == answerer
        if answer and i > 0 and _question(doc, folded, paras[i - 1], by_para.get(i - 1)):
            asked += 1
        if answer or _asks(name, asking):
            colon = _COLON.match(doc.text, label.end)
            start = colon.end() if colon is not None else label.end
            if answer:
                aside = _ASIDE.match(doc.text, start, paras[i].end)
                start = aside.end() if aside is not None else start
            turns.append(Turn(label, Span(start, paras[i].end), answer))
    return turns if asked >= MIN_QUESTIONS else []


# a stage note after a sentence's stop inside an answer: "predecessor. (inaudible) I have",
# "[laughs]", "(crosstalk)", "[long pause]": a few words of letters in brackets (not "(That
# is a lot.)", the speaker's own aside, nor "(2029)")
_NOTE = r"[^\W\d_]+(?: [^\W\d_]+){0,2}"
_NOTE_AFTER_STOP = re.compile(
    rf"(?<=[.!?\u2026])[\"'\u201d\u2019]?\s+(?:\[{_NOTE}\]|\({_NOTE}\))\s+(?=\S)"
)


def answer_parts(doc: Document, answer: Span) -> list[Span]:
    """The quotations an answer's words make: one, or one each side of a stage note
    after a sentence's stop ("I am not my predecessor. (inaudible) I have the money ...":
    "I am not my predecessor." and "I have the money ..."): the note tells words missed
    or a pause, so a story quoting the first sentence quotes one whole quotation, not
    the start of a longer one."""
    parts: list[Span] = []
    start = answer.start
    for note in _NOTE_AFTER_STOP.finditer(doc.text, answer.start, answer.end):
        close = note.group()[:1]
        end = note.start() + (1 if close in "\"'\u201d\u2019" else 0)
        if end > start:
            parts.append(Span(start, end))
        start = note.end()
    if answer.end > start:
        parts.append(Span(start, answer.end))
    return parts


def answer_speaker(doc: Document, turns: list[Turn], names: list[Mention]) -> str | None:
    """Who answers: the answers' label, or for "A" the first person of two words or more
    the page names before the first turn (its intro, or its headline)."""
    answer = next((t for t in turns if t.answer), None)
    if answer is None:
        return None
    label = answer.label.slice(doc.text)
    if label != _ANSWER_LETTER:
        return label
    before = [n for n in names if n.kind == "name" and n.span.end <= turns[0].label.start]
    full = [n for n in before if len(n.surface.split()) >= 2]
    return (full or before)[0].surface if (full or before) else None


def label_spans(doc: Document, folded: str) -> list[Span]:
    """The labels of a transcript's turns ("Lindqvist", "Ledger", "Q"): a label names who
    speaks, no mention of them in what is said."""
    return [t.label for t in transcript_turns(doc, folded)]


def _asking_labels(doc: Document) -> frozenset[str]:
    """The labels of the interviewer's questions: "Q", and the words of the outlet's name
    ("Ledger" of "The Northbridge Ledger")."""
    outlet = (doc.source or "").split()
    return _QUESTION_LABELS | frozenset(w for w in outlet if w[:1].isupper() and w != "The")


def _asks(label: str, asking: frozenset[str]) -> bool:
    """True when ``label`` is a question's: "Q", or the outlet's name or a word of it."""
    return all(w in asking for w in label.split())


def _question(doc: Document, folded: str, para: Span, label: Span | None) -> bool:
    """True when paragraph ``para`` is a question: labelled as the interviewer's, or
    ending with a question mark (a bold question with no label)."""
    if label is not None and _asks(label.slice(doc.text), _asking_labels(doc)):
        return True
    return _ends_asking(folded, para)


def _ends_asking(folded: str, para: Span) -> bool:
    """True when paragraph ``para`` ends with a question mark."""
    return folded[para.start : para.end].rstrip(" *_\"')").endswith("?")
