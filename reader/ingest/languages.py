"""What a text is written in: its script (Latin, Cyrillic, Korean...) and, for Latin
script, its language, told from its function words ("the", "der", "się", "och") and the
letters only some languages write (ł, ř, ő, ș, ğ, æ).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

__all__ = [
    "ENGLISH_WORDS",
    "LANGUAGES",
    "LANGUAGE_MARGIN",
    "MIN_FUNCTION_WORDS",
    "WORD",
    "main_language",
    "main_script",
]

# the writing systems told apart, by the first word of a letter's Unicode name
_SCRIPTS = {
    "LATIN": "Latin",
    "CYRILLIC": "Cyrillic",
    "GREEK": "Greek",
    "ARABIC": "Arabic",
    "HEBREW": "Hebrew",
    "HANGUL": "Korean",
    "CJK": "Chinese",
    "HIRAGANA": "Japanese",
    "KATAKANA": "Japanese",
    "DEVANAGARI": "Devanagari",
    "THAI": "Thai",
}
JAPANESE_KANA_SHARE = 0.1  # kana among a text's Chinese characters and kana, at least


# letters: ASCII ones (all Latin) counted apart from the others, whose script is looked up
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_OTHER_LETTER = re.compile(r"[^\W\d_A-Za-z]")


@functools.lru_cache(maxsize=4096)
def _script_of(letter: str) -> str | None:
    return _SCRIPTS.get(unicodedata.name(letter, "").split(" ", 1)[0])


def main_script(text: str, sample: int = 20_000) -> str | None:
    """The writing system of most letters of ``text`` (its first ``sample`` characters),
    or None when it has too few letters to tell."""
    return _main_script(text[:sample])


# A pair's two texts are told several times over: the last few answers are kept, by the
# part of the text read (never a whole long text, which the cache would keep alive).
@functools.lru_cache(maxsize=8)
def _main_script(head: str) -> str | None:
    found: Counter[str] = Counter()
    first: dict[str, int] = {}  # where each script's first letter stands (ties: the first)
    ascii_letter = _ASCII_LETTER.search(head)
    if ascii_letter is not None:
        found["Latin"] = len(_ASCII_LETTER.findall(head))
        first["Latin"] = ascii_letter.start()
    for letter, n in Counter(_OTHER_LETTER.findall(head)).items():  # in order of appearance
        script = _script_of(letter) if letter.isalpha() else None
        if script is not None:
            found[script] += n
            if script not in first or (script == "Latin" and head.find(letter) < first[script]):
                first[script] = head.find(letter)
    return most_letters(
        Counter({script: found[script] for script in sorted(first, key=first.__getitem__)})
    )


def most_letters(counts: Counter[str]) -> str | None:
    """The script of most letters counted (of two as many, the one seen first), or None
    for under 20 letters."""
    if sum(counts.values()) < 20:
        return None
    # Japanese writes most words in Chinese characters, its endings and particles in kana
    kana, han = counts["Japanese"], counts["Chinese"]
    if kana >= JAPANESE_KANA_SHARE * (kana + han):
        counts["Japanese"] += counts.pop("Chinese", 0)
    return counts.most_common(1)[0][0]


@dataclass(frozen=True, slots=True)
class Profile:
    """What a language's text is told by: its commonest function words (with the articles
    and pronouns it elides before a vowel, "l'", "dell'") and the letters that few other
    Latin-script languages write."""

    words: frozenset[str]
    letters: str = ""


# Each language's commonest function words, a word in the list of every language it is
# common in ("de", "la", "na", "je", "se"): a word two languages share tells neither from
# the other (see main_language). English's list ends with the common English words that
# are other languages' function words too ("a", "in", "die", "men"), so that English
# prose points to no other language. Then the letters few other languages write.
# Romanian's ș and ț are also written with a cedilla (ş, ţ), as old fonts had it: its
# words are listed both ways.
_ENGLISH = """the and of to is was that with for it he she they have has had were are been
    which would not this said his her but from at by be will their who"""
_TABLE = {
    "English": (_ENGLISH + " a an in on as i do no we see over die war men man come", ""),
    "French": ("""le la les des du de et est une un que qui dans pour pas sur au aux avec
        ce cette il elle ont sont été mais par plus ses sa son leur leurs nous en être ne
        se selon après lors depuis sans dont ou où aussi déjà entre a on y
        l' d' qu' j' n' s' c' m' jusqu' lorsqu' puisqu'""", "œç"),
    "German": ("""der die das und ist nicht ein eine einen einem einer den dem des mit
        sich auf für von zu in im an am zum zur vom auch es wird wurde hat sind werden sie
        bei nach aus dass daß er ihr ihre seine noch nur schon aber oder wenn wie über
        gegen seit laut bereits hatte haben wurden war man""", "äöüß"),
    "Spanish": ("""el la los las de del al a y que en es un una por con para se su sus lo
        le les más pero fue ha han está este esta son como sobre entre también tras según
        desde hasta muy ya hay sin cuando no""", "ñ"),
    "Italian": ("""il lo la i gli le di da a in e o che è un una per con non del della
        dei delle degli al alla ai alle dal dalla sul sulla nel nella nei sono ha hanno
        anche più ma stato stata si ci ne tra fra dopo questo questa come sua suo loro
        era essere secondo cui mentre già ieri oggi
        l' dell' nell' all' dall' sull' un' quest' d'""", "ì"),
    "Galician": ("""o a os as de do da dos das e que en un unha para non na nas no nos
        por se é máis foi ao seu súa ten el ela son polo pola con pero tamén xa segundo
        sobre entre ata cando isto dun dunha coa""", "ñ"),
    "Portuguese": ("""o a os as de do da dos das e que em um uma para não na nas no nos por
        se é mais foi ao à às seu sua seus suas ele ela são pelo pela com mas também já
        segundo após sobre entre até foram está ser sem ainda disse há num numa""",
        "ãõç"),
    "Dutch": ("""de het een en van dat die in is niet op met voor zijn te er aan ook om
        bij als maar werd heeft naar wordt worden nog dit ze hij zij uit door tot dan geen
        wel hebben zou kan deze hun volgens tegen tussen omdat over was had""", ""),
    "Catalan": ("""el la els les de del dels al als a en i que per amb un una es és va van
        ha han més però seu seva seus seves aquest aquesta també com sobre fins des entre
        perquè molt hi ho li no on l' d' s'""", "ç"),
    "Romanian": ("""și în de la cu pe din care că nu să a o un este sunt fost au al ale
        lui mai pentru după ca fi va se ce acest această iar însă sau fără prin între ei
        le unei unui cel cea cei fiind când despre până doar""", "șțăşţ"),
    "Polish": ("""w z na się nie że jest są był była było po za o od ze do i a to oraz
        który która które którzy przez jak ale tym jego jej ich został została także już
        tylko dla czy przy pod lub może gdy tego tej według między jednak we""",
        "ąęłśźżńć"),
    "Czech": ("""v ve se na je že z ze s k o po za od do i a to jako které který která
        jsou byl byla bylo bude také jeho jejich ale podle pro při před když už jen má
        mezi tak však než nebo aby tento této toto kde""", "řěů"),
    "Slovak": ("""v vo sa na je že z zo s k o po za od do i a to ako ktoré ktorý ktorá
        sú bol bola bolo bude aj tiež jeho ich ale podľa pre pri pred keď už len má
        medzi tak však alebo aby tento tejto toto kde""", "ľĺŕä"),
    "Slovenian": ("""in je v na se za da so pa z s ki bo bi ter tudi po od iz do to kot
        ali še že bil bila bilo lahko pri med saj jih ga ne vse ko kar zaradi glede tako
        le bodo sta ni ob""", ""),
    # Bosnian, Croatian, Serbian in Latin letters: one list, for one language to a reader
    "Croatian or Serbian": ("""i je u na se da za su od s sa o a do to koji koja koje
        kojeg kojem kao što šta ali iz će bi biti bio bila bilo nije te po prema nakon
        također kako ga mu ih ili već samo jer još godine tijekom tokom prije pre posle
        između dok""", "đć"),
    "Albanian": ("""e të i në dhe për me se nga do një që ka është janë u më nuk si edhe
        por ishte pas tha sipas kjo ky ai ajo atë duke mbi deri gjithashtu""", "ëç"),
    "Hungarian": ("""a az és hogy nem is egy meg van volt már csak de mint el ki ezt azt
        ez amely amelyek aki akik után szerint között pedig még vagy lesz kell miatt
        alatt mert ha ami amit sem így azonban valamint során illetve""", "őűöü"),
    "Swedish": ("""och att i det som på är av för med till den har de inte om en ett var
        han hon sig från vid efter också kan ska skulle sina sin sitt när enligt mot
        eller vara blev hade nu men mellan blivit deras hennes sade""", "åäö"),
    "Danish": ("""og at i er en det som på af til den har de ikke med for et var han hun
        sig fra efter også kan skal vil ville blev havde der ifølge mod når eller være
        blevet siger sagde deres hendes nu men kun mellem""", "åæø"),
    "Norwegian": ("""og at i er en det som på av til den har de ikke med for et var han
        hun seg fra etter også kan skal vil ville ble hadde der ifølge mot når eller være
        blitt sier sa deres hennes nå men bare mellom""", "åæø"),
    "Finnish": ("""ja on ei se että oli ovat joka jotka jonka jota jossa kun mutta myös
        hän hänen hänet tai sen sitä kuin mukaan jo vain nyt ole olisi jälkeen aikana
        vuonna mitä koska vielä kanssa tämä tätä tällä tämän ollut olivat mikä siitä sekä
        eikä sanoi noin niin jos kaikki""", "äö"),
    "Estonian": ("""ja on ei et ka see oli mis kes keda mida aga ning kui ta nad oma
        selle pärast vastu välja juba veel ainult kuid või nii siis kõik olid olnud ütles
        mille sest seda tema kas üle sõnul""", "õäöü"),
    "Turkish": ("""ve bir bu da de için ile olarak olan çok daha gibi en ama ancak kadar
        sonra göre ise değil var yok o şu her tarafından mi ki ya veya dedi ilk üzere
        ayrıca karşı önce sadece bunun""", "ğışçöü"),
    # Indonesian and Malay: one list, for one language to a reader
    "Indonesian or Malay": ("""yang dan di ini itu dengan untuk dari pada tidak dalam
        akan telah juga oleh ke karena kerana bahwa bahawa adalah ialah tersebut ada kata
        sudah atau saat bisa boleh lebih mereka namun para setelah selepas kepada hingga
        sebagai antara""", ""),
}  # fmt: skip


def _profile(words: str, letters: str) -> Profile:
    listed = set(words.split())
    listed |= {w.replace("ș", "ş").replace("ț", "ţ") for w in listed}
    return Profile(frozenset(listed), letters)


LANGUAGES = {language: _profile(*entry) for language, entry in _TABLE.items()}
# the English function words no other language writes often
ENGLISH_WORDS = frozenset(_ENGLISH.split())
WORD = re.compile(r"[^\W\d_]+")
# a short word written before an apostrophe and a vowel ("l’accord", "d’agression",
# "qu’il", "dell’accordo"): an elided article or pronoun when a list holds it; standalone,
# so not English's "Kim’s" or "I’d"
_ELIDED = re.compile(r"(?<![^\W\d_])([^\W\d_]{1,7})['’](?=[aeiouyhàâäéèêëîïìíòóôöùúûü])")
# the languages each function word and each letter points to
_WORDS: dict[str, tuple[str, ...]] = {}
_LETTERS: dict[str, tuple[str, ...]] = {}
for _language, _of in LANGUAGES.items():
    for _word in _of.words:
        _WORDS[_word] = (*_WORDS.get(_word, ()), _language)
    for _letter in _of.letters:
        _LETTERS[_letter] = (*_LETTERS.get(_letter, ()), _language)
# a word, or a letter alone but for an initial, an elision or a possessive ("U.S.",
# "W. Bush", "O’Brien", "Kim’s")
_TOKEN = re.compile(r"[^\W\d_]{2,}|(?<!['’])[^\W\d_](?![.'’])")

# Too few words pointing to a language (a brief, a list of names) and none is told, nor
# when its function words are under one word in twenty (Vietnamese has Croatian's "đ"
# but not its words); and the language that most words point to must use twice as many
# of the words that tell it from each other language as that language uses of its own
# (words both share left out), so that an English article quoting a French phrase ("a
# certain je ne sais quoi") stays English and an Italian brief's "la", "le", "il", "un"
# count for no French.
MIN_FUNCTION_WORDS = 25
FUNCTION_SHARE = 0.05
LANGUAGE_MARGIN = 2.0


def main_language(text: str, sample: int = 20_000, minimum: int = MIN_FUNCTION_WORDS) -> str | None:
    """The language of Latin-script ``text`` (its first ``sample`` characters) among
    LANGUAGES, from how often it uses each one's function words and letters; None when
    fewer than ``minimum`` of its words point to the language or it is not clearly one
    of them."""
    return _main_language(text[:sample], minimum)


@functools.lru_cache(maxsize=8)  # as _main_script
def _main_language(head: str, minimum: int) -> str | None:
    # NFC, and "İ" lowered to "i" without the dot above it keeps
    low = unicodedata.normalize("NFC", head.lower()).replace("i\u0307", "i")
    tokens = Counter(_TOKEN.findall(low))
    tokens.update(f"{m}'" for m in _ELIDED.findall(low))
    # the words that point to each language: its function words, the words with its letters
    pointing: dict[str, dict[str, int]] = {language: {} for language in LANGUAGES}
    function: Counter[str] = Counter()
    for token, n in tokens.items():
        for language in _WORDS.get(token, ()):
            pointing[language][token] = n
            function[language] += n
        for letter in _LETTERS.keys() & set(token):
            for language in _LETTERS[letter]:
                pointing[language][token] = n
    ranked = sorted(LANGUAGES, key=lambda lang: sum(pointing[lang].values()), reverse=True)
    first, best = ranked[0], pointing[ranked[0]]
    if sum(best.values()) < minimum or function[first] < FUNCTION_SHARE * tokens.total():
        return None
    return first if stands_apart(best, [pointing[other] for other in ranked[1:]]) else None


def stands_apart(best: Mapping[str, int], others: list[Mapping[str, int]]) -> bool:
    """The words pointing to the best language outweigh, by LANGUAGE_MARGIN, those that
    point to each other one and not to it."""
    for theirs in others:
        told = sum(n for w, n in best.items() if w not in theirs)
        against = sum(n for w, n in theirs.items() if w not in best)
        if told == 0 or told < LANGUAGE_MARGIN * against:
            return False
    return True
