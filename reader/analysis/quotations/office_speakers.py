"""A speaker told by an office alone ("the chief said", "the mayor said") after the
article has named who holds it ("fire chief Dan Ross", "Mayor Ana Torres", "Dan Ross,
the fire chief,"): the holder last named with that office a few sentences before speaks,
as a reader takes "the chief" to be Ross.

So in other languages, the office told with its definite article before or after the
verb: "le maire a déclaré", "a déclaré la maire" (French), "sagte der Bürgermeister",
"die Bürgermeisterin sagte" (German), "dijo el alcalde", "la alcaldesa dijo" (Spanish),
"ha detto il sindaco", "la sindaca ha detto" (Italian), "disse o prefeito", "a prefeita
disse" (Portuguese); its holder named as "le maire Benoît Payan", "Bürgermeister Jürgen
Dupper" (or "Oberbürgermeister": German glues an office to what it is of), "la
alcaldesa, Ana Torres," or "Giuseppe Sala, sindaco di Milano,". The office is matched
in the form it is told ("la alcaldesa" is not "el alcalde"), the offices are
:data:`reader.analysis.names.offices.OFFICES` and those :func:`reader.analysis.names.offices.
foreign_office` reads.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from reader.analysis.mention import Mention
from reader.analysis.names.first_names import pronoun_of
from reader.analysis.names.offices import OFFICES, foreign_office, without_office
from reader.analysis.words.lexicon import FOREIGN_FUNCTION_WORDS, GERMAN_TITLE_ENDINGS
from reader.lazy_regex import LazyPattern

# the definite articles an office told as known opens with: "the chief", "le maire",
# "l'ambassadeur", "der Bürgermeister", "el alcalde", "il sindaco", "o prefeito"
_ARTICLE = LazyPattern(r"(?:the|our|le|la|el|il|lo|o|a|der|die)\s+|l['’]", re.I)
_ENGLISH_ARTICLES = frozenset(("the", "our"))
# the sex an article tells (Portuguese "a" only in an office told after it, which English's
# "a" never is: :func:`_an_office`)
_ARTICLE_PRONOUNS = {
    **dict.fromkeys(("la", "a", "die", "une", "una", "uma", "eine"), "she"),
    **dict.fromkeys(("le", "el", "il", "lo", "o", "der", "den", "dem", "un", "uno", "um"), "he"),
}
# the words opening what an office is of: "the mayor of Chicago", "le maire de Marseille",
# "der Bürgermeister der Stadt", "el alcalde de Madrid", "il sindaco di Milano"
_OF = frozenset("of de du des del di dello della da do dos das von vom der".split())  # noqa: SIM905
_MODIFIERS = 2  # words at most before the office: "the fire chief", "le Premier ministre"
_COMPLEMENT_WORDS = 4  # words at most of what the office is of, "of" and "de" first
# where the office told after an inverted verb ends: the attribution's end, or a word
# opening what comes next ("dijo el alcalde a los periodistas", "sagte der Bürgermeister
# am Morgen", "a déclaré le maire lors d'une conférence", "said the chief on Monday")
_TOLD_ENDS = LazyPattern(
    r"\s*(?:$|[,.;:!?()\u2014\u2013\"\u201c\u201d«»„])|\s+(?:on|in|at|to|after|before"
    r"|during|when|while|à|au|aux|en|dans|après|lors|devant|sur|pendant|a|al|ante|tras"
    r"|durante|ai|agli|alla|nel|nella|dopo|ao|aos|em|no|na|após|im|am|bei|nach|vor|auf"
    r"|gegenüber|zu|zum|zur|gestern|heute|hier|aujourd'hui|ayer|hoy|ieri|oggi|ontem|hoje"
    r"|yesterday|today)\s",
    re.I,
)
# at most two words (of time: "a déclaré jeudi le maire", "dijo ayer el alcalde") between
# an inverted verb and the office it names
_BEFORE_TOLD = LazyPattern(r"\s*(?:[^\W\d_][\w'’-]*\s+){0,2}?(?=" + _ARTICLE.pattern + ")", re.I)
# Portuguese's feminine article is also English's indefinite one: after "a" only a
# feminine office or one of both genders reads as told ("a prefeita", "a presidente")
_BOTH_GENDERS = frozenset("presidente chefe porta-voz".split())  # noqa: SIM905


def office_told(phrase: str) -> str | None:
    """The office ``phrase`` (a verb's subject) tells its speaker by, when it is "the"
    and an office ("the chief", "The fire chief", "le maire de Marseille", "die
    Bürgermeisterin"), in small letters; None otherwise ("a chief", "officials", "the
    warehouse")."""
    phrase = phrase.strip()
    article = _ARTICLE.match(phrase)
    return None if article is None else _office_after(phrase, article)


def told_pronoun(phrase: str) -> str:
    """The sex the article of an office told as known (``phrase``) gives its holder, as
    a pronoun: "she" of "la ministre", "la presidente", "die Sprecherin", "he" of "le
    ministre", "el presidente", "o porta-voz"; "" when it tells none ("the chief",
    "l'ambassadeur") or ``phrase`` tells no office."""
    phrase = phrase.strip()
    article = _ARTICLE.match(phrase)
    if article is None or _office_after(phrase, article) is None:
        return ""
    return _ARTICLE_PRONOUNS.get(article.group().strip().lower(), "")


def _office_after(phrase: str, article: re.Match[str]) -> str | None:
    told = article.group().strip().lower()
    words = phrase[article.end() :].split()
    for k, word in enumerate(words[: _MODIFIERS + 1]):
        rest = words[k + 1 :]
        if told not in _ENGLISH_ARTICLES:
            rest = _past_adjectives(rest)  # "el alcalde socialista", "la ministra española"
        if rest and not _of_a_name(rest) and not _of_the_place(rest):
            continue  # "the chief executive", "le Premier ministre", "the chief of staff"
        if _an_office(word, told):
            return word.lower()
    return None


def _past_adjectives(words: list[str]) -> list[str]:
    """``words`` (after an office of another language) past up to two adjectives in small
    letters: "socialista", "española de Defensa", "uscente"; not past a word of
    function ("el alcalde de la ciudad"), a capitalised one or an office."""
    k = 0
    while (
        k < min(len(words), _ADJECTIVES)
        and words[k][:1].islower()
        and words[k].isalpha()
        and words[k].lower() not in _FUNCTION_WORDS
        and not foreign_office(words[k])  # "le Premier ministre": the office is "ministre"
    ):
        k += 1
    return words[k:]


def _of_the_place(words: list[str]) -> bool:
    """True when ``words``, after an office, tell it is of the place the article is
    about: "de la ciudad", "de la ville", "della città", "da cidade", "of the city"."""
    if len(words) > 3 or words[0].lower() not in _OF:
        return False
    rest = words[2:] if len(words) == 3 and words[1].lower() in _ITS_ARTICLES else words[1:]
    return len(rest) == 1 and rest[0].lower().strip(".,") in _LOCAL_PLACES


def _of_a_name(words: list[str]) -> bool:
    """True when ``words``, after an office, tell what it is of by a name: "of Chicago",
    "de Marseille", "de l'État", "d'Italie", "der Stadt", "di Milano"; not another office
    ("the chief of staff", "el jefe de bomberos")."""
    if len(words) > _COMPLEMENT_WORDS:
        return False
    elided = _ELIDED.match(words[0])
    if elided is not None:  # "d'Italie"
        head = words[0][elided.end() :]
    elif words[0].lower() in _OF and len(words) > 1:
        rest = words[2:] if words[1].lower() in _ITS_ARTICLES else words[1:]
        head = _ELIDED.sub("", rest[0]) if rest else ""  # "de l'État"
    else:
        return False
    return head[:1].isupper()


_ELIDED = LazyPattern(r"[dl]['’]", re.I)
_ITS_ARTICLES = frozenset("the la le les el los las il lo dei degli o a os as".split())  # noqa: SIM905
_ADJECTIVES = 2  # words at most between an office and what it is of: "ministra española"
_FUNCTION_WORDS = (
    _OF
    | _ITS_ARTICLES
    | frozenset(
        w
        for language in ("French", "Spanish", "Italian", "Portuguese")
        for w in FOREIGN_FUNCTION_WORDS[language]
    )
)
# the place an article is about, told as such: "el alcalde de la ciudad", "le maire de
# la commune", "il sindaco della città", "o prefeito da cidade"
_LOCAL_PLACES = frozenset(
    """
    ciudad localidad municipio villa capital provincia región comunidad isla pueblo
    ville commune capitale région province localité île
    città comune capitale regione provincia paese isola
    cidade município capital região província vila localidade ilha
    city town
    """.split()  # noqa: SIM905
)


def office_told_after(text: str, pos: int, end: int) -> str | None:
    """The office the words right after ``pos`` (an inverted verb of saying) tell their
    speaker by, up to where the attribution ends (before ``end``): "dijo el alcalde",
    "ha detto ieri il sindaco ai giornalisti", "sagte der Bürgermeister der Stadt",
    "said the chief"; None when they tell none ("said a chief", "sagte der Bürgermeister
    Jürgen Dupper")."""
    return office_told(told_after(text, pos, end))


def told_after(text: str, pos: int, end: int) -> str:
    """The words right after ``pos`` (an inverted verb of saying) that may tell an
    office, up to where the attribution ends (before ``end``): "el alcalde" of "dijo
    ayer el alcalde a los periodistas"; "" when no article follows."""
    lead = _BEFORE_TOLD.match(text, pos, end)
    article = None if lead is None else _ARTICLE.match(text, lead.end(), end)
    if lead is None or article is None:
        return ""
    stop = _TOLD_ENDS.search(text, article.end(), end)
    return text[lead.end() : stop.start() if stop else end]


def _an_office(word: str, article: str) -> bool:
    """True when ``word`` is an office told with ``article`` ("the", "le", "a"): an
    English one after "the" or "our", one of another language after its articles."""
    if article in _ENGLISH_ARTICLES:
        return word.lower() in OFFICES
    if not foreign_office(word):
        return False
    # "a director said", "a chef said": English
    return article != "a" or word.lower().endswith("a") or word.lower() in _BOTH_GENDERS


def office_holder(
    text: str, start: int, end: int, names: Sequence[Mention], office: str, pronoun: str = ""
) -> str | None:
    """The person last named with ``office`` between ``start`` and ``end`` of ``text``
    ("fire chief Dan Ross", "Fire Chief Dan Ross", "Dan Ross, the fire chief", "le maire
    Benoît Payan", "la alcaldesa, Ana Torres", "Giuseppe Sala, sindaco di Milano",
    "Oberbürgermeister Dieter Reiter" for "der Bürgermeister"), without the office; None
    when nobody is. With ``pronoun`` ("she" of "la ministre", "he" of "el presidente":
    :func:`told_pronoun`), a holder told as of the other sex is passed over: by the
    article before the office ("le ministre Jean Dupont"), else by a first name that
    only one sex carries (:func:`reader.analysis.names.first_names.pronoun_of`)."""
    return next(_holders(text, start, end, names, office, pronoun), None)


def only_holder(
    text: str, end: int, names: Sequence[Mention], office: str, pronoun: str = ""
) -> str | None:
    """The one person named with ``office`` before ``end`` of ``text``, as
    :func:`office_holder` reads them ("Prime Minister Clara Vennick" in the lead, for
    "the prime minister said" ten sentences on); None when nobody is, or two are."""
    found = {h for h in _holders(text, 0, end, names, office, pronoun) if h}
    if len({h.split()[-1] for h in found}) != 1:  # "Clara Vennick", "Vennick": one
        return None
    return max(found, key=len)


def _holders(
    text: str, start: int, end: int, names: Sequence[Mention], office: str, pronoun: str
) -> Iterator[str]:
    """The people named with ``office`` between ``start`` and ``end``, the last first."""
    # German glues an office to what it is of: "der Bürgermeister" is the
    # "Oberbürgermeister" named before, "der Sprecher" the "Regierungssprecher"; a word
    # for a local office is its head's ("o autarca" is "o presidente da câmara")
    word = (r"[^\W\d_]*" if office.endswith(GERMAN_TITLE_ENDINGS) else "") + "|".join(
        re.escape(o) for o in _HELD_AS.get(office, (office,))
    )
    # the office, then capitalised words only up to the name: "fire chief Dan Ross", not
    # "a naval officer said here Friday. Patrol vessel INS Sukanya"
    # (past what it is of: "le maire de Marseille, Benoît Payan", "il sindaco di Milano
    # Giuseppe Sala", "der Bürgermeister von Passau, Jürgen Dupper")
    before = re.compile(
        rf"\b(?i:{word})(?:{_NAMED_OF}|{_OF_LOCAL_BODY})?,?\s+(?:[A-Z][\w.'-]*\s+)*$"
    )
    after = re.compile(
        rf",\s+(?:(?:the|a|an|le|la|un|une|el|una|il|lo|uno|o|um|uma|der|die|ein|eine)\s+"
        rf"(?:[\w'’-]+\s+){{0,3}}|l['’])?({word})\b",
        re.I,
    )
    written = re.compile(rf"\b(?i:{word})\b")
    for n in sorted(names, key=lambda n: n.span.start, reverse=True):
        if not start <= n.span.start < end:
            continue
        surface = text[n.span.start : n.span.end]
        inside = next(
            (w for w in re.finditer(r"\S+", surface) if written.fullmatch(w.group())), None
        )
        found = before.search(text, max(start, n.span.start - _HOLDER_REACH), n.span.start)
        set_off = after.match(text, n.span.end, min(end, n.span.end + _HOLDER_REACH))
        if inside is not None:
            at: int | None = n.span.start + inside.start()
        elif found is not None:
            at = found.start()
        else:
            at = None if set_off is None else set_off.start(1)
        if at is None:
            continue
        holder = without_office(surface)
        if not pronoun or _holder_pronoun(text, at, holder) in ("", pronoun):
            yield holder


def renamed_holder(
    text: str, recent: int, end: int, names: Sequence[Mention], office: str, pronoun: str = ""
) -> str | None:
    """The person named with ``office`` anywhere before ``end`` of ``text``, when named
    again since ``recent``, by any of their names: "Ministerpräsidentin Katrin Albers" in
    the lead, then "Albers räumte die Niederlage ein. „...“, erklärte die
    Ministerpräsidentin." (:func:`office_holder`, ``pronoun`` as there); None else."""
    holder = office_holder(text, 0, end, names, office, pronoun)
    if holder is None:
        return None
    words = set(holder.lower().split())
    again = any(
        recent <= n.span.start < end and words & set(n.surface.lower().split()) for n in names
    )
    return holder if again else None


def _holder_pronoun(text: str, at: int, holder: str) -> str:
    """The sex told of the holder named with the office at ``at``, as a pronoun: by the
    article right before the office ("la ministre Claire Martin", "Claire Martin, la
    ministre"), else by the holder's first name; "" when neither tells."""
    article = _ARTICLE_BEFORE.search(text, max(0, at - 12), at)
    told = "" if article is None else _ARTICLE_PRONOUNS.get(article.group(1).lower(), "")
    return told or (pronoun_of(holder.split()[0]) or "" if holder else "")


_ARTICLE_BEFORE = LazyPattern(r"(?<![\w'’])([^\W\d_]+)\s+$")
_HOLDER_REACH = 40  # characters between an office and the name it is given to, at most
# what an office is of, by name, before its holder's name
_NAMED_OF = (
    r"(?:\s+(?i:of|de|du|des|del|di|dello|della|da|do|dos|das|von|vom|der)"
    r"(?:\s+(?i:the|la|le|el|il|lo|o|a|die|das))?\s+(?:[dl]['’])?[A-Z][\w.'’-]*)"
)
# the local body an office heads, in small letters or capitalised, before its holder's
# name: "o presidente da câmara, Joaquim ...", "o presidente da Câmara Municipal, ...",
# "il sindaco del comune", "el alcalde del ayuntamiento"
_OF_LOCAL_BODY = (
    r"\s+(?i:da\s+câmara(?:\s+municipal)?|do\s+município|del\s+ayuntamiento"
    r"|del\s+comune|de\s+la\s+commune|of\s+the\s+council)"
)
# offices told by a word of their own whose holder is named with another's: "o autarca"
# (the local official) is the mayor, named "o presidente da câmara" or "o prefeito"
_HELD_AS = {"autarca": ("autarca", "presidente", "prefeito", "prefeita")}
