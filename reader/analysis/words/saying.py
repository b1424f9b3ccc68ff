"""Verbs of saying: the words that attribute a quotation ("said", "told", "according
to", "sagte", "a déclaré", "dijo", "заявил"), and which of them may have their subject
after them ('"...," said Paul Lee').
"""

from __future__ import annotations

import re

from reader.model import Span

_FRENCH_PARTICIPLES = (
    r"déclaré|dit|affirmé|expliqué|ajouté|souligné|estimé|indiqué|assuré|précisé"
    r"|insisté|averti|annoncé|confié|répondu|promis|lancé|martelé|prévenu|rappelé|jugé"
    r"|reconnu|dénoncé|poursuivi|commenté|réagi|écrit|raconté|confirmé|tweeté|relevé"
    r"|fait\s+savoir"
)
# French verbs of saying in the present or the simple past, inverted with their pronoun
# Spanish participles after "ha" / "han": '«...», ha declarado la directora'
_SPANISH_PARTICIPLES = (
    r"dicho|declarado|afirmado|explicado|asegurado|señalado|añadido|indicado|subrayado"
    r"|advertido|manifestado|comentado|agregado|insistido|prometido|reconocido|denunciado"
    r"|recordado|escrito|destacado|apuntado|precisado|sostenido|contado|relatado"
)
# Portuguese verbs of saying besides the commonest (in SAYING itself), every one of which
# may have its subject after it
_PORTUGUESE = (
    r"adiantou|referiu|contou|relatou|lamentou|garantiu|assegurou|frisou|salientou"
    r"|destacou|ressaltou|admitiu|reconheceu|indicou|sustentou|defendeu|respondeu"
    r"|comentou|alertou|reiterou|insistiu|lembrou|recordou|diz|acrescenta|garante"
    r"|sublinha|refere|adianta|frisa|salienta|lamenta|defende|sustenta"
)
_FRENCH_INVERTED = (
    r"dit|déclare|affirme|explique|ajoute|souligne|estime|indique|assure|précise|insiste"
    r"|poursuit|lance|confie|raconte|martèle|prévient|rappelle|répond|reconnaît|note"
    r"|observe|avertit|conclut|écrit|commente|déclara|affirma|expliqua|ajouta|souligna"
    r"|précisa|assura|confia|lança|poursuivit|répondit|insista|conclut"
)
# Dutch verbs of saying (each may have its subject after it) and "volgens" (according to)
_DUTCH = (
    r"zei|zegt|zeiden|zeggen|aldus|vertelt|vertelde|vertellen|verklaarde|verklaart"
    r"|benadrukt|benadrukte|stelt|stelde|waarschuwt|waarschuwde|schrijft|schreef|meldt"
    r"|meldde|erkent|erkende|reageert|reageerde|beaamt|beaamde|volgens"
)
# Swedish verbs of saying in the present and the past (each may have its subject after
# it: "säger hon", "uppger Johan Ekberg till TT") and "enligt" (according to); "sa" (said)
# only before its subject, a pronoun or a name (French and Italian write "sa" as "his")
_SWEDISH = (
    r"säger|sade|berättar|berättade|uppger|uppgav|konstaterar|konstaterade|förklarar"
    r"|förklarade|betonar|betonade|skriver|skrev|menar|framhåller|framhöll|enligt"
    r"|sa(?=\s+(?:han|hon|hen|de|(?-i:[A-ZÅÄÖ])))"
)
# verbs that tell what a speaker called a thing, of saying only before "as" and the
# quotation ("dismissed the plan as "a fantasy"", "hailed it as "historic""), or the
# quotation alone after "branded", "labelled" ("branded the plan "a fantasy""): "The judge
# dismissed the case" says nothing
_CHARACTERISING = (
    r"(?:dismissed|dismisses|hailed|hails|denounced|denounces|condemned|condemns|derided"
    r"|derides|decried|decries|praised|praises|slammed|slams|rejected|rejects|criticised"
    r"|criticized|attacked|mocked|ridiculed|lambasted|blasted|touted|welcomed|welcomes)"
    r"(?=(?:\s+[\w'’-]+){1,6}?\s+as\s+[\"“])"
    r"|(?:branded|brands|labell?ed|labels)(?=(?:\s+[\w'’-]+){1,6}?\s+(?:as\s+)?[\"“])"
)
SAYING = re.compile(
    r"(?<!so-)\b(?:said|says|say|told|tells|added|adds|asked|asks|wrote|writes|called|calls"
    rf"|{_CHARACTERISING}"
    r"|described|describes|insisted|insists|stated|states|declared|vowed|warned|warns|noted"
    r"|notes|argued|argues|explained|recalled|announced|admitted|acknowledged|claimed"
    r"|replied|responded|commented|continued|thundered|shouted|exclaimed|cried|urged"
    r"|stressed|conceded|tweeted|quipped|joked|remarked|observed|pleaded|promised"
    # a message sent by a means: "Whitcombe radioed", "she texted", "he e-mailed"
    r"|radioed|texted|emailed|e-mailed"
    r"|predicted|suggested|countered|complained|lamented|boasted|confirmed|testified"
    r"|reiterated|reaffirmed|reaffirms|read|reads|chanted|chant|chants|emphasized|emphasised|recounted|maintained|maintains|contended|contends"
    r"|asserted|asserts|cautioned|cautions|echoed|repeated|mused|wondered|pointed\s+out"
    # the present where it is no noun as well ("his claims", "in remarks to reporters")
    r"|confirms|admits|acknowledges|announces|explains|responds|concedes|predicts"
    r"|suggests|pleads|declares|reiterates|observes|continues|complains|points\s+out"
    r"|according to"
    # "she is quoted as saying", "Kim was quoted by KCNA as saying": the subject spoke
    r"|(?:is|was|were|are|been)\s+quoted(?:\s+by\s+[^,.;:\"]{1,60}?)?(?:\s+as)?\s+saying"
    # German, French, Spanish, Russian: "sagte Scholz", "a déclaré Macron", "dijo
    # Sánchez", "заявил Путин", "so Scholz" (only right after a quotation and a comma,
    # before a name or a German article: English writes "so" everywhere; "so die
    # 58-Jährige", "so der Minister"), "selon", "según", "по словам"
    r"|sagte|sagt|sagten|erklärte|erklärt|erklärten|betonte|betont|betonten"
    r"|fügte|ergänzte|meinte|warnte|schrieb|bekräftigte|unterstrich|kritisierte"
    r"|(?<=\",\s)(?-i:so)(?=\s+(?:[A-ZÀ-ÖØ-Þ]|(?:der|die)\s+[\dA-ZÀ-ÖØ-Þ]))"
    # French with its pronoun after it: '"...", a-t-il déclaré', "ajoute-t-elle", "dit-il"
    rf"|a-t-(?:il|elle)\s+(?:{_FRENCH_PARTICIPLES})|(?:{_FRENCH_INVERTED})-(?:t-)?(?:il|elle)"
    rf"|a\s+(?:{_FRENCH_PARTICIPLES})|déclare|affirme|explique|ajoute|souligne"
    r"|estime|indique|assure|précise|selon"
    # Dutch, in the present and the past: "zei burgemeester Van der Meulen", "zegt hij",
    # "aldus de dijkgraaf", "vertelt Jansen", "volgens RWS"; "laat ... weten" with its
    # subject between ("laat dijkgraaf Ter Horst weten", "liet zij weten")
    rf"|{_DUTCH}|(?:laat|liet|lieten)(?=(?:\s+[\w'’.-]+){{1,6}}?\s+weten\b)"
    r"|dijo|afirmó|declaró|explicó|aseguró|señaló|añadió|indicó|subrayó|sostuvo|advirtió"
    r"|manifestó|comentó|agregó|insistió|prometió|reconoció|denunció|recordó|escribió"
    r"|destacó|apuntó|precisó|afirma|asegura|explica|señala|según"
    rf"|han?\s+(?:{_SPANISH_PARTICIPLES})"
    # Italian and Portuguese: "ha detto Meloni", "ha dichiarato", "disse Lula", "segundo"
    r"|ha\s+(?:detto|dichiarato|affermato|spiegato|aggiunto|sottolineato|promesso"
    r"|annunciato|ricordato|scritto|raccontato|commentato)|secondo"
    # ... the present and the simple past of narration: "racconta l'automobilista",
    # "spiega il sindaco", "dichiarò" (not "dice": English dice)
    r"|racconta|spiega|afferma|aggiunge|sottolinea|commenta|raccontò|spiegò|dichiarò"
    r"|aggiunse|affermò|sottolineò|commentò"
    r"|disse|afirmou|declarou|explicou|acrescentou|sublinhou|prometeu|segundo"
    # ... and the other verbs Portuguese news attributes with, in the past and the present
    # ("adiantou o comandante", "contou Maria de Lurdes", "diz o autarca"; not "conta", a
    # bill, nor "precisou", needed, nor "avançou", as a fire does)
    rf"|{_PORTUGUESE}"
    # Swedish: "säger han", "uppger presschefen Johan Ekberg till TT", "enligt Kustbevakningen"
    rf"|{_SWEDISH}"
    r"|сказал|сказала|сказали|заявил|заявила|заявили|отметил|отметила|отметили"
    r"|подчеркнул|подчеркнула|добавил|добавила|сообщил|сообщила|пояснил|пояснила"
    r"|говорит|по\s+словам)(?!\w)",
    re.IGNORECASE,
)
# "reported" says who reported, for an unnamed source in a sentence with no other verb
# of saying ("the agency reported"); a name before it is as often the reporter ("Lynch
# reported") or a paper ("Reuters reported") as the one who spoke
REPORTED = re.compile(r"\b(?:reported|reports)\b", re.IGNORECASE)
# verbs that, like "according to", name the source of what they introduce after them
ACCORDING = frozenset(
    (
        "according to",
        "selon",
        "según",
        "secondo",
        "segundo",
        "so",
        "volgens",
        "enligt",
        "по словам",
    )
)
# verbs whose subject may follow them: '"...," said Paul Lee' (not "told", "called")
_INVERTING = frozenset(
    """
    said says added adds asked asks wrote writes insisted insists stated states declared
    warned warns noted notes argued argues explained recalled replied responded commented
    continued thundered shouted exclaimed cried stressed conceded quipped joked remarked
    observed countered complained lamented boasted reiterated emphasized emphasised
    recounted tweeted maintained maintains contended contends asserted asserts cautioned
    radioed texted emailed e-mailed
    cautions echoed claimed confirmed confirms admitted admits acknowledged acknowledges
    announced announces explains responds concedes vowed promised predicted predicts
    suggested suggests urged pleaded pleads repeated declares reiterates observes continues
    complains mused wondered read reads
    sagte sagt sagten erklärte erklärt erklärten betonte betont betonten fügte ergänzte
    meinte warnte schrieb bekräftigte unterstrich kritisierte déclare affirme explique
    ajoute souligne estime indique assure précise dijo afirmó declaró explicó aseguró
    señaló añadió indicó subrayó sostuvo advirtió manifestó comentó agregó insistió afirma
    asegura explica señala prometió reconoció denunció recordó escribió destacó apuntó
    precisó disse afirmou declarou explicou acrescentou sublinhou prometeu
    racconta spiega afferma aggiunge sottolinea commenta raccontò spiegò dichiarò aggiunse
    affermò sottolineò commentò
    zei zegt zeiden zeggen aldus vertelt vertelde vertellen verklaarde verklaart benadrukt
    benadrukte stelt stelde waarschuwt waarschuwde schrijft schreef meldt meldde erkent
    erkende reageert reageerde beaamt beaamde laat liet lieten
    säger sade sa berättar berättade uppger uppgav konstaterar konstaterade förklarar
    förklarade betonar betonade skriver skrev menar framhåller framhöll
    сказал сказала сказали заявил заявила заявили отметил отметила
    отметили подчеркнул подчеркнула добавил добавила сообщил сообщила пояснил пояснила
    говорит
    """.split()  # noqa: SIM905
) | frozenset(_PORTUGUESE.split("|"))


def inverted(text: str, region: Span, v: re.Match[str]) -> bool:
    """True when the verb of saying ``v`` may have its subject after it: a verb that
    inverts, right after a quotation or a comma ('"...," said Paul Lee')."""
    verb = verb_text(v)
    return bool(
        (verb in _INVERTING or verb.startswith(("a ", "ha ")))
        and _CLOSES_BEFORE.search(text, region.start, v.start())
        and not _BY.match(text, v.end())  # a passive: 'The "surgical" strike, announced by'
    )


_BY = re.compile(r"\s+by\b", re.IGNORECASE)


# whom a verb of saying was told, before its subject set after it: '«...», ha declarado
# a este periódico la directora', "explicó a los periodistas el alcalde"
_ADDRESSEE = re.compile(
    r"\s+(?:a|al|à|au|aux)\s+(?:(?:este|esta|estos|ce|cette|los|las|la|le|les)\s+)?"
    r"(?:periódico|diario|medio|cadena|emisora|redacción|agencia|journal|quotidien"
    r"|periodistas|journalistes|prensa|presse|medios|médias)(?=[\s,.;:])",
    re.IGNORECASE,
)


# Portuguese's "to the" ("ao", "à", "aos", "às") opens no subject: whom the verb was told,
# an outlet by name or a noun, before the subject's article or a comma ('«...», afirmou ao
# Diário da Capital o comandante', "disse à agência Lusa o ministro", "referiu aos
# jornalistas a autarca")
_TO_THE = re.compile(
    r"\s+(?:ao|à|aos|às)\s+(?:(?:este|esta|estes|estas|nosso|nossa)\s+)?"
    r"(?:(?:jornal|jornalistas|imprensa|agência|rádio|televisão|semanário|diário|repórteres)"
    r"(?:\s+[A-ZÀ-Þ][\w'’-]*)?|[A-ZÀ-Þ][\w'’-]*(?:\s+(?:d[aoe]s?\s+)?[A-ZÀ-Þ][\w'’-]*){0,3})"
    r"(?=\s+(?:o|a|os|as)\s|\s*,)"
)


def past_addressee(text: str, pos: int) -> int:
    """``pos`` (a verb of saying's end) past the one told that follows it ("a este
    periódico", "a los periodistas", "à la presse", "ao Diário da Capital"), where its
    subject comes after."""
    m = _ADDRESSEE.match(text, pos) or _TO_THE.match(text, pos)
    return pos if m is None else m.end()


def verb_text(v: re.Match[str]) -> str:
    """The verb of saying ``v`` found, in small letters, its words one space apart."""
    return " ".join(v.group().lower().split())


# an inverted subject follows a quotation or a comma: '"...," said Paul Lee', "It is, said
# Rep. Jay Inslee, ..."; after anything else the verb's object follows ("The agency said
# Article 4 of the agreement states ...")
# (and a dash: '«...», — заявил Путин', folded '"...", - заявил')
# (and an object pronoun before the verb in French, Spanish and Italian: '« ... », lui a
# répondu Yannick Lestrade', "m'a dit", '"...", le dijo Pedro Blanco', "gli ha detto")
_OBJECT_PRONOUN = r"(?:(?:lui|leur|nous|vous|me|te|le|les|nos|gli|ci|mi)\s+|[mt]')"
# (and a dash after a space, the incise of Spanish dialogue: "—Sabían lo que buscaban
# —explicó la directora—.", or Portuguese, a space after it: "... a noite — adiantou")
_CLOSES_BEFORE = re.compile(
    rf"(?:[,\"'\u201d\u2019]\s*(?:[-\u2013\u2014]\s*)?|\s[-\u2013\u2014]\s?)"
    rf"{_OBJECT_PRONOUN}?$",
    re.IGNORECASE,
)
_OBJECT_ONLY = re.compile(rf"[\s,\"'\u201d\u2019\u2013\u2014-]*{_OBJECT_PRONOUN}", re.IGNORECASE)


def object_pronoun_only(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]``, between a quotation and its verb of saying, is an
    object pronoun alone ('« ... », lui a répondu X': "lui" is whom X answered, not he
    who spoke)."""
    return _OBJECT_ONLY.fullmatch(text, start, end) is not None
