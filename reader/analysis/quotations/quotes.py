"""Quotations: find them in a document, find the speaker (a title in quote marks is none:
``titles``; how alike two are: ``quote_similarity``; worded differently where:
``quote_wording``; matched across documents: ``quote_matching``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.analysis.mention import Mention
from reader.analysis.names.full_names import with_full_names
from reader.analysis.quotations.antecedents import (
    Reading,
    antecedent,
    by_first_name,
    introduced_by,
    may_stand_for,
    quoted_on,
    surname,
    titled,
)
from reader.analysis.quotations.arabic_speakers import arabic_speaker, has_arabic
from reader.analysis.quotations.cjk_speakers import cjk_speaker
from reader.analysis.quotations.dialogue import dialogue_quotations
from reader.analysis.quotations.office_speakers import office_holder, only_holder, renamed_holder
from reader.analysis.quotations.opening_subject import opening_subject
from reader.analysis.quotations.speakers import Attribution, said_by, speaker
from reader.analysis.quotations.titles import is_title
from reader.analysis.quotations.transcript import answer_parts, answer_speaker, transcript_turns
from reader.analysis.quotations.unnamed_speakers import group_in, one_person
from reader.analysis.words.korean_particles import HANGUL
from reader.analysis.words.lexicon import DEMONYMS
from reader.analysis.words.saying import SAYING
from reader.analysis.words.stems import clitic_apart
from reader.analysis.words.unspaced import UNSPACED
from reader.ingest.normalize import fold
from reader.model import Document, Span

# what opens and closes a line of dialogue's words, folded: its dash, a comma, a stop
_DIALOGUE_ENDS = "-,.;: "
_DOUBLE = re.compile(r'"([^"\n]{2,}?)"')
_SINGLE = re.compile(r"(?<![\w'])'([^'\n]{3,80}?)'(?![\w])")
# Chinese and Japanese corner brackets, which folding leaves as written: 「…」, 『…』 (the
# other marks, « » „ “ ‚ ‘ ‹ ›, fold to " and ')
_CORNER = re.compile(r"[\u300c\u300e]([^\u300c\u300d\u300e\u300f\n]+?)[\u300d\u300f]")
# a word of a quotation; a possessive or a contraction is one ("family's", "don't"); a
# character of Chinese or Japanese, which write no spaces between words (words.unspaced);
# those scripts and Korean's have no capitals to tell a speaker's name by
_UNCASED = re.compile(f"[{UNSPACED}{HANGUL}]")
WORDS = re.compile(rf"[{UNSPACED}]|[^\W_{UNSPACED}]+(?:'[^\W_{UNSPACED}]+)*", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Quotation:
    span: Span  # including the quote marks
    words: tuple[str, ...]  # lowercased words inside the marks
    speaker: str | None
    unnamed: bool = False  # the speaker is a source the article does not name: "police"


def find_quotations(doc: Document, names: list[Mention]) -> list[Quotation]:
    """Quotations in the non-boilerplate paragraphs of ``doc``, with a speaker when named.

    A quotation is found inside a line, or over a few lines of one paragraph when the
    text puts one sentence a line (see ``_across_lines``). A social post the page embeds
    (``doc.posts``) is one quotation, whole, of its poster ("Day five on the picket line
    at Gate 3 ..." of "DHWU Carrowick"), and no quotation is looked for inside it."""
    folded = fold(doc.text)
    paras = list(doc.paragraphs or (Span(0, len(doc.text)),))
    posted = [p.span for p in doc.posts]
    content = [
        not (doc.is_boilerplate(p) and doc.within_boilerplate(p))
        and not any(s.overlaps(p) for s in posted)
        for p in paras
    ]
    across, resume = _across_lines(doc.text, folded, paras, content)
    said: list[tuple[Span, tuple[str, ...], Attribution]] = []
    for i, para in enumerate(paras):
        if not content[i]:
            continue
        skip = resume.get(i, 0)
        chunk = folded[para.start + skip : para.end]
        found: list[tuple[int, int, str]] = [
            (s - para.start, e - para.start, inner) for s, e, inner in across.get(i, ())
        ]
        for m in _DOUBLE.finditer(chunk):
            found.append((skip + m.start(), skip + m.end(), m.group(1)))
        for m in _CORNER.finditer(chunk):
            found.append((skip + m.start(), skip + m.end(), m.group(1)))
        # "— Nous irons jusqu'au bout, a répondu Yannick Lestrade", "—Sabían lo que
        # buscaban —explicó la directora—. No tocaron nada."
        for a, b in dialogue_quotations(doc.text, folded, para.start + skip, para.end):
            found.append((a - para.start, b - para.start, folded[a:b].strip(_DIALOGUE_ENDS)))
        for m in _SINGLE.finditer(chunk):
            start = skip + m.start()
            if not any(s <= start < e for s, e, _ in found):
                found.append((start, skip + m.end(), m.group(1)))
        for s, e, inner in found:
            span = Span(para.start + s, para.start + e)
            if doc.is_boilerplate(span):
                continue
            words = tuple(m.group().lower() for m in word_matches(inner))
            if words and not is_title(folded, span.start, inner):
                said.append((span, words, _speaker(doc, folded, span, names)))
    said = _with_answers(doc, folded, said, names)
    said.sort(key=lambda x: x[0].start)
    quoted = with_full_names(doc, folded, _resolved(doc, folded, said, names), names)
    if not doc.posts:
        return quoted
    posts = [
        Quotation(
            p.span, tuple(m.group().lower() for m in word_matches(p.span.slice(folded))), p.poster
        )
        for p in doc.posts
    ]
    return sorted((*quoted, *posts), key=lambda q: q.span.start)


def _with_answers(
    doc: Document,
    folded: str,
    said: list[tuple[Span, tuple[str, ...], Attribution]],
    names: list[Mention],
) -> list[tuple[Span, tuple[str, ...], Attribution]]:
    """``said`` with each answer of an interview's transcript a quotation of the one who
    answers (``transcript``), in place of the quotations inside it (the interviewee's
    words, whoever they quote)."""
    turns = transcript_turns(doc, folded)
    who = Attribution(answer_speaker(doc, turns, names))
    answers = [t.words for t in turns if t.answer]  # each one quotation, or two a note parts
    if not answers or who.name is None:
        return said
    kept = [s for s in said if not any(a.overlaps(s[0]) for a in answers)]
    for span in (part for a in answers for part in answer_parts(doc, a)):
        words = tuple(m.group().lower() for m in word_matches(span.slice(folded)))
        if words:
            kept.append((span, words, who))
    return kept


# A quotation over several lines of a one-sentence-a-line text (ECB+): its opening mark
# ends one line's marks, its closing mark opens a later line's, and the lines between
# hold none: '"There are very few billboards around the city.' / 'With just four days
# to go ..., "said Maral, 45, an Ashgabat resident.' It ends at most this many lines
# (and characters) further on, within one paragraph (no blank line between), so that a
# stray mark never makes the rest of an article a quotation. (On ECB+ dev, 130 such
# quotations; the longest runs over ten short lines: '"No. / I've done it. / ...'.)
ACROSS_LINES = 10
ACROSS_CHARS = 1200


def _across_lines(
    text: str, folded: str, paras: list[Span], content: list[bool]
) -> tuple[dict[int, list[tuple[int, int, str]]], dict[int, int]]:
    """Quotations over several lines: (start, end, inner) in text offsets by the index of
    the line they open in, and, by the index of the line each closes in, the offset in
    that line after its closing mark (where its own quotations are looked for)."""
    across: dict[int, list[tuple[int, int, str]]] = {}
    resume: dict[int, int] = {}
    marks = [[m.start() for m in _MARK.finditer(folded, p.start, p.end)] for p in paras]
    for i, para in enumerate(paras):
        if not content[i]:
            continue
        opener = _opener(text, folded, para, marks[i], resume.get(i, 0))
        if opener is None:
            continue
        if _reopened(folded, paras, content, i, opener):
            # news quoting one speaker over paragraphs: each opens with a mark, only the
            # last closes; this paragraph's quotation ends with it, as each line's does
            # below, and the next paragraph's is found on its own
            end = _attributed_within(folded, opener, para.end)
            across.setdefault(i, []).append((opener, end, folded[opener + 1 : end]))
            continue
        for j in range(i + 1, min(len(paras), i + 1 + ACROSS_LINES)):
            line = paras[j]
            gap = folded[paras[j - 1].end : line.start]
            if not content[j] or gap.count("\n") != 1 or line.end - opener > ACROSS_CHARS:
                break
            if not marks[j]:
                continue  # a line inside the quotation
            close = marks[j][0]
            if not folded[line.start : close].strip() and not folded[para.start : opener].strip():
                # a quoted paragraph reopening, as news goes on quoting one speaker over
                # paragraphs: the first, quoted from its start, ends unclosed where this
                # one opens
                end = _attributed_within(folded, opener, paras[j - 1].end)
                across.setdefault(i, []).append((opener, end, folded[opener + 1 : end]))
                break
            if len(marks[j]) % 2 == 0:
                break  # a quotation of its own: the first was stray
            across.setdefault(i, []).append((opener, close + 1, folded[opener + 1 : close]))
            resume[j] = close + 1 - line.start
            break
    return across, resume


_MARK = re.compile('"')


def _reopened(folded: str, paras: list[Span], content: list[bool], i: int, opener: int) -> bool:
    """True when the quotation left open at ``opener`` goes on into the next paragraph, as
    news writes one speaker's words over paragraphs (English, German, Italian, Portuguese
    reopen each with a mark, French « and Spanish », all folded to '"'; only the last
    closes): a blank line ends paragraph ``i``, its quotation ends a sentence there, and
    the next paragraph, of content, opens with a mark. Only the next one: a stray mark is
    never paired with a quotation paragraphs further on."""
    para = paras[i]
    if i + 1 >= len(paras) or not content[i + 1] or para.end - opener > ACROSS_CHARS:
        return False
    after = paras[i + 1]
    if folded[para.end : after.start].count("\n") < 2:
        return False  # lines of one paragraph: see the loop of ``_across_lines``
    return (
        folded[after.start : after.start + 1] == '"'
        and _SENTENCE_END.search(folded, opener, para.end) is not None
    )


# a quoted paragraph left open ends a sentence: its stop (or ?, !, an ellipsis), perhaps a
# closing parenthesis or an inner quotation's mark, then nothing
_SENTENCE_END = re.compile(r"[.!?\u2026][)\]']?\s*$")


def _attributed_within(folded: str, opener: int, end: int) -> int:
    """Where a quotation left open from ``opener`` to ``end`` ends: before an attribution
    its source forgot to close the quotation for ('"By rolling back this regulation we
    ensure ..., the two men said in a statement.'; "... for 'New Moon,' she wrote", the
    comma inside the title's marks), else at ``end``."""
    found = _FORGOTTEN_CLOSE.search(folded, opener, end)
    return found.end() if found is not None else end


# a comma (with the closing mark of a title or a quotation within, before or after it:
# "for 'New Moon,' she wrote", "'New Moon', she wrote"), then a short subject and a verb
# of saying, or a verb of saying and its subject ("said Smith"): an attribution, not
# quoted words
_SUBJECT = r"(?:he|she|they|the\s+\w+(?:\s+\w+)?|[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})"
_FORGOTTEN_CLOSE = re.compile(
    rf"'?,'?(?=\s+(?:{_SUBJECT}\s+(?:said|says|wrote|writes|added|told|explained|noted"
    rf"|insisted)|(?:said|says|wrote|writes|added|explained|noted|insisted)\s+{_SUBJECT})\b)"
)


def _opener(text: str, folded: str, para: Span, marks: list[int], skip: int) -> int | None:
    """The offset of a quotation mark left open at the end of line ``para`` (an odd
    number of marks after offset ``skip``, the last one followed by words, right after
    it but for a guillemet's space, "« Elle"), or None."""
    mine = [m for m in marks if m >= para.start + skip]
    if len(mine) % 2 == 0:
        return None
    last = mine[-1]
    after = folded[last + 1 : para.end]
    spaced = text[last] in _GUILLEMETS and after[:1] == " "  # a no-break one folded
    return last if after.strip() and (spaced or not after[:1].isspace()) else None


# French (and sometimes Italian, Spanish, Portuguese) sets a guillemet apart from its words
# by a space, often a no-break one; a straight mark followed by a space closes instead
_GUILLEMETS = "\u00ab\u00bb"


# "he said" (or a quotation standing alone) is the last named speaker's, if that one
# spoke at most this many sentences before and nobody else was named since: '"...,"
# Roesler said. "...," he said.' (Two
# sentences back, on the ECB+ articles, "she" was as often someone else: the agent
# quoted the actress, then the actress spoke.)
PRONOUN_REACH = 1
# "the chief said" is the chief named at most this many sentences before
OFFICE_REACH = 4


def _resolved(
    doc: Document,
    folded: str,
    said: list[tuple[Span, tuple[str, ...], Attribution]],
    names: list[Mention],
) -> list[Quotation]:
    """The quotations, a speaker referred back to ("he said") taken from the quotation
    before, or from the sentence just before when someone named in it says something
    ("Raj Patel said he had moved his stock. '...,' he said.")."""
    quoted = [span for span, _, _ in said]
    out: list[Quotation] = []
    # the last speaker's sentence and name, and whether the article named that speaker
    last: tuple[int, str, bool] | None = None
    known = titled(folded)  # the pronoun of people a "he said" stood for, by surname
    first_names = by_first_name(folded, names)  # the pronoun a first name allows
    for span, words, who in said:
        here = doc.sentence_index_at(span.start)
        name, named = who.name, not who.unnamed
        if who.refers_back and here is not None and here > 0:
            before = doc.sentences[here - 1]
            if not any(before.overlaps(q) for q in quoted):
                # "A Defence Ministry statement said ...": an unnamed source, whom only a
                # quotation going on continues
                subject = said_by(folded, before, names)
                sayer = subject.name if subject is not None else None
                if sayer is None and (who.personal or who.dropped):
                    # "El jefe del gabinete, Gustavo Adrianzén, se trasladó a la zona.
                    # '...', afirmó.": the subject left out is the one just spoken of
                    sayer = opening_subject(folded, before, names)
                if sayer is not None:
                    last = (here - 1, sayer, subject is None or not subject.unnamed)
        # "he said" after "officials said" is not the officials: only a quotation going
        # on by itself continues an unnamed source, or "he" one person ("a senior officer")
        if who.refers_back and last is not None and here is not None:
            sentence, previous, previous_named = last
            since = doc.sentences[sentence].end
            going_on = quoted_on(doc, folded, sentence, here, quoted)
            others = [
                n
                for n in names
                if since <= n.span.start < span.start
                and n.surface not in previous
                and n.key not in DEMONYMS  # "Greeks must understand," he said: no person
                and not any(q.contains(n.span) for q in (*quoted, *going_on))
                and not _told(doc, folded, here, n)
                and not _after_pronoun(doc, folded, here, n, who.pronoun)
            ]
            continuing = previous_named or not who.personal or one_person(previous, who.pronoun)
            if who.personal and not may_stand_for(previous, who.pronoun, known, first_names):
                continuing = False  # "she said" after Mark Roesler's quotation is not his
            reach = here - sentence - len(going_on)
            if 0 <= reach <= PRONOUN_REACH and not others and continuing:
                name, named = previous, previous_named
        if name is None and who.refers_back and here is not None:
            spoken = [(q.span, q.speaker) for q in out]
            reading = Reading(doc, folded, names, spoken, known, first_names)
            name = (
                antecedent(reading, here, span, who.pronoun)
                if who.personal
                else introduced_by(reading, here)
            )
            named = True
        if who.office and not (name is not None and named) and here is not None:
            # "the chief said" two sentences after "fire chief Dan Ross said"; further
            # on, when the article names no other chief before it
            first = doc.sentences[max(0, here - OFFICE_REACH)].start
            office, sex = who.office, who.office_pronoun
            holder = office_holder(folded, first, span.start, names, office, sex)
            if holder is None:  # named with the office earlier, by name alone since
                holder = renamed_holder(folded, first, span.start, names, office, sex)
            if holder is None:  # the only holder of the office the article names
                holder = only_holder(folded, span.start, names, office, sex)
            if holder is not None:
                name, named = holder, True
        if who.member and here is not None:
            # "says one" after "sources involved with the franchise are betting ...": one
            # of that group, named in its own sentence before it or in the one before
            name, named = _member_of(doc, folded, here, span, who.member), False
        if who.personal and who.pronoun and name is not None and named:
            known.setdefault(surname(name), who.pronoun)
        if name is not None and here is not None:  # "he said" resolved speaks on too
            # from the sentence the quotation ends in, which names its speaker: in '"We
            # will stay. We have no choice," Lina Haddad said. "...," she said.' "she"
            # is one sentence after Haddad's, two after the quotation opens
            ends = doc.sentence_index_at(max(span.start, span.end - 1))
            last = (here if ends is None else ends, name, named)
        out.append(Quotation(span, words, name, name is not None and not named))
    return out


def _member_of(doc: Document, folded: str, here: int, quote: Span, member: str) -> str | None:
    """The speaker "one" or "another" (``member``) of the quotation at ``quote`` in
    sentence ``here`` stands for: one of the group of sources its sentence names before
    the quotation, else the sentence before ("one of the sources involved with the
    franchise"); None when neither names a group."""
    own = doc.sentences[here]
    group = group_in(folded, own.start, max(own.start, quote.start))
    if group is None and here > 0:
        before = doc.sentences[here - 1]
        group = group_in(folded, before.start, before.end)
    return None if group is None else f"{member} of {group}"


def _told(doc: Document, folded: str, here: int, name: Mention) -> bool:
    """True when ``name`` is the one told in sentence ``here``, the sentence of a "he
    said": 'He told Parliament that "..."', "she told the BBC"."""
    start = doc.sentences[here].start
    return start <= name.span.start and bool(_TOLD.search(folded, start, name.span.start))


def _after_pronoun(doc: Document, folded: str, here: int, name: Mention, pronoun: str) -> bool:
    """True when ``name`` comes after ``pronoun`` ("he", "she") in sentence ``here``,
    whose subject it is: a name after the pronoun is not whom it stands for, so it does
    not stop "he" meaning the speaker just quoted ('He also reaffirmed Pyongyang's
    "unwavering support"' after Kim's quotation)."""
    if not pronoun:
        return False
    sentence = doc.sentences[here]
    at = re.search(rf"\b{pronoun}\b", folded[sentence.start : sentence.end], re.IGNORECASE)
    return at is not None and sentence.start + at.start() < name.span.start


# the verb right before the one told: "told", "tells", "told the"
_TOLD = re.compile(r"\b(?:told|tells)\s+(?:the\s+)?$", re.IGNORECASE)


def _speaker(doc: Document, folded: str, quote: Span, names: list[Mention]) -> Attribution:
    """Who says the quotation, from its sentence (or the sentence after a quotation that
    fills its own): see ``speakers``."""
    idx = doc.sentence_index_at(quote.start)
    sent = doc.sentences[idx] if idx is not None else Span(quote.start, quote.end)
    # a quotation of several sentences is attributed in the sentence where it ends:
    # '"We'll be on the streets. You never win," said Constantinos Doganis.'
    last = doc.sentence_index_at(max(quote.start, quote.end - 1))
    end = doc.sentences[last].end if last is not None else sent.end
    start = min(sent.start, quote.start)
    if last is not None and not folded[quote.end : end].strip() and not _says(folded, start, quote):
        # '"Murder is quite another!" Prime Minister George Papandreou thundered.': the
        # quotation ends its sentence and the next, in the same paragraph, says who spoke
        # (not when its own sentence has a verb of saying: 'Putin said ... while adding
        # that it "does not rule out ..." Kim described ...' is Putin's)
        end = _attribution_after(doc, folded, last, end)
    region = Span(start, max(sent.end, end, quote.end))
    found = speaker(folded, region, quote, names)
    if found.name is None and _UNCASED.search(folded, quote.start, quote.end):
        # "金正恩表示：“……”", "김 위원장은 “……”라고 말했다": no capitals (cjk_speakers)
        who = cjk_speaker(folded, region, quote)
        return found if who is None else Attribution(who)
    if found.name is None and has_arabic(folded, region.start, region.end):
        # "وقال الوزير عبد الوافي لفتيت: «...»": no capitals either (arabic_speakers)
        who = arabic_speaker(folded, region, quote)
        return found if who is None else Attribution(who)
    return found


def _says(folded: str, start: int, quote: Span) -> bool:
    """True when a verb of saying comes between ``start`` and the quotation at ``quote``."""
    return SAYING.search(folded, start, quote.start) is not None


def _attribution_after(doc: Document, folded: str, index: int, end: int) -> int:
    """The end of sentence ``index + 1`` when it goes on the paragraph of sentence
    ``index`` (ending at ``end``), opens with no quotation and has a verb of saying;
    else ``end``."""
    if index + 1 >= len(doc.sentences):
        return end
    after = doc.sentences[index + 1]
    between = folded[end : after.start]
    if folded[after.start : after.start + 1] in "\"'":
        return end
    if "\n" in between and not (between.count("\n") == 1 and _only_said(folded, after)):
        return end
    return after.end if SAYING.search(folded, after.start, after.end) else end


def _only_said(folded: str, sentence: Span) -> bool:
    """True when ``sentence`` is only a short attribution, a subject and a verb of saying
    ("Roesler said.", "said Mark Roesler."): a corpus that puts one sentence a line
    breaks the line before it (ECB+ 4_6ecb: '..., leading many to believe ... already
    dead." / Roesler said.'), though it says who spoke the quotation just before."""
    text = folded[sentence.start : sentence.end].strip()
    verb = SAYING.search(text)
    if _SHORT_ATTRIBUTION.fullmatch(text) is None or verb is None:
        return False
    # the verb ends the sentence or opens it: not "Smith said no." after a question
    return verb.end() == len(text) - 1 or verb.start() == 0


# a sentence of two to five words, ending with a full stop
_SHORT_ATTRIBUTION = re.compile(r"\s*(?:[\w.'-]+\s+){1,4}[\w'-]+\.\s*")


def word_matches(folded: str) -> list[re.Match[str]]:
    """The words of a quotation's ``folded`` text; a clitic written apart from its word (a
    tokenised "family 's", "do n't") is none."""
    return [m for m in WORDS.finditer(folded) if not clitic_apart(folded, m.start(), m.group())]
