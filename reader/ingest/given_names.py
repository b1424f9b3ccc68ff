"""Given names as news writes them, in small letters: those nearly always a woman's
(FEMALE) or a man's (MALE) in English-language news, and others (GIVEN: names both sexes
carry, and names common in news in French, German, Spanish, Italian, Portuguese, Dutch, Swedish
and elsewhere). A data table of the ingest layer, as reader.ingest.agencies and
reader.ingest.calendar_words are, so ingestion may read a byline's second writer by it
(reader.ingest.byline_places) and the analysis a pronoun's person
(reader.analysis.names.first_names).
"""

from __future__ import annotations

import unicodedata

FEMALE = frozenset(
    """
    abigail agnes aisha alice alicia alison allison amanda amber amelia amy anastasia
    angela angelika angelina anita ann anna anne annette annie antoinette audrey barbara
    beatrice bernadette beth bethany betsy bettie betty beverly beyonce bonnie brenda
    bridget brigitte britney brittany camilla candace candice carla carmela carol carole
    caroline carolyn cassandra cate catherine cathy cecilia charlene charlize charlotte
    cheryl christa christina christine cindy claire clara claudia colleen condoleezza
    connie constance cristina cynthia daisy danielle dawn debbie debora deborah debra
    delia denise diana diane dolores donna doris dorothy edith eileen elaine eleanor
    elena eliza elizabeth ella ellen eloise elsa emily emma erica erin esther ethel
    eugenia eva eve evelyn faith fatima fiona florence frances francesca gabriela
    gabrielle gail georgia geraldine gina gladys gloria goldie grace gwen gwendolyn
    gwyneth halle hannah harriet hazel heather heidi helen helena helene hillary holly ida
    ingrid irene irina iris isabel isabella isabelle ivy jacqueline jane janet janice
    jasmine jennifer jenny jessica jill joan joanna joanne josephine joy joyce judith
    judy julia juliana julianne julie juliet june karen karina kate katherine kathleen
    kathryn kathy katie katrina kayla keira kimberly kirsten kristen kristin laura
    lauren leah leila lena lillian lily linda lisa lois loretta lorraine louise lucille
    lucy ludmila lydia lynda mabel madeleine madeline madison madonna maggie marcia
    margaret margarita margo maria marian marianne marie marilyn marina marjorie marsha
    martha martina mary maureen maxine megan melanie melinda melissa meredith meryl
    michelle mildred miranda molly monica nadia nancy naomi natalia natalie nathalie
    nicole nina nora norma oksana olga olivia oprah pamela patricia paula pauline peggy
    penelope penny phyllis portia priscilla rachel rebecca regina renee rhonda rita
    roberta rosa rosalind rose rosemary roxanne ruth sabine sabrina sally samantha sandra
    sara sarah scarlett selena serena sharon sheila shirley silvia sofia sonia sophia
    sophie stacy stella stephanie stephenie susan susanne suzanne svetlana sylvia sylvie
    tamara tammy tanya tara tatiana teresa theresa tiffany tina ursula valentina valerie
    vanessa vera veronica vicki victoria viola violet virginia vivian wendy whoopi wilma
    yolanda yulia yvette yvonne zoe
    """.split()  # noqa: SIM905
)

MALE = frozenset(
    """
    aaron abdul adam adrian ahmed alan albert alberto alexander alfred alistair allen
    andre andrew angus anthony antonio arnold arthur barack barry ben benjamin bernard
    bill billy bob bobby boris brad bradley brandon brendan brett brian bruce bryan
    byron calvin carl carlos cecil charles christopher clarence clifford clint clinton
    colin craig curtis dan daniel darren dave david dean dennis derek diego dmitry
    dominic don donald douglas duncan dwight earl eddie edgar edmund eduardo edward
    edwin elijah elliot elmer emmanuel eric ernest eugene evan felix fernando frank
    franklin fred frederick gabriel gareth gary gavin geoffrey george gerald gerhard
    gilbert giovanni giuseppe glenn gordon graham greg gregory gustavo hamish hank hans
    harold harry harvey hassan hector helmut henry herbert herman howard hugh hugo
    hussein ian ibrahim igor isaac ivan jack jacob jacques jake james jared jason javier
    jay jeff jeffrey jeremy jerome jerry jim jimmy joe joel john johnny jon jonathan
    jorge jose joseph joshua juan julian justin karl keith ken kenneth kevin klaus kurt
    kyle lance larry lawrence leo leon leonard leonardo lloyd louis luis luke malcolm
    manuel marco marcus mario mark martin marvin matt matthew maurice max melvin michael
    miguel mike mitchell mohammed muhammad nathan neil nelson neville nicholas nick
    nigel nikolai norman oliver omar oscar otto owen patrick paul pedro peter phil
    philip pierre ralph randy raymond reginald richard rick ricky rob robert roberto
    rodney roger roland ron ronald roy rudolph rupert russell ryan salvatore samuel scott
    sean sergei sergio seth shane sidney silvio simon stanley stephen steve steven stuart
    ted terrence theo theodore thomas tim timothy todd tom tommy tony travis trevor troy
    vernon victor viktor vincent vladimir wade walter warren wayne wesley wilbur william
    winston wolfgang xavier yuri zachary
    """.split()  # noqa: SIM905
)

# given names neither list holds: names both sexes carry, and names common in news in
# French, German, Spanish, Italian, Portuguese and elsewhere (Russian, Ukrainian, Polish
# and Czech ones as English, German and their own languages spell them: "Pjotr", "Pyotr",
# "Piotr", "Dmitrij", "Mykola", "Katarzyna"; Dutch and Flemish ones, "Pieter", "Anouk");
# with the two lists they tell where a person's name starts ("Milano Giuseppe Sala"),
# never a pronoun (written without accents: "gerald" is "Gérald")
GIVEN = frozenset(
    """
    jordan kim alex leslie jamie jan andrea jean chris pat sam robin ashley gillian
    laurent francois olivier philippe thierry alain michel gilles yves herve bruno benoit
    nicolas sebastien stephane christophe didier dominique emmanuelle gerard guillaume
    julien mathieu remi segolene rachida
    jurgen dieter horst gunter manfred joachim jens jorg uwe reinhard rainer ulrich
    markus stefan thorsten torsten andreas friedrich olaf annalena
    franziska renate kristina
    pablo ricardo rafael alfredo alejandro gonzalo ignacio inigo jaime joaquin
    jordi josep mariano emiliano enrique esteban felipe francisco
    guillermo ramon raul rodrigo vicente ada esperanza
    inmaculada lucia mercedes pilar rocio soledad ximo
    giorgio giorgia matteo enrico luigi luca paolo massimo stefano
    vincenzo gianni fabio franco giancarlo pierluigi alessandro beppe dario
    chiara elly raffaele ignazio attilio
    joao jair luiz marcelo augusto paulo rui cristiano geraldo tarcisio
    dilma simone
    sadiq recep tayyip abdullah abdel ahmad ali hamid mahmoud mohamed mohammad
    muhammed mustafa osama reza yusuf narendra rahul shinzo fumio xi li
    volodymyr sergey alexei mikhail jacinda kamala olena oleksandr giulia ana
    shaun
    pjotr pyotr piotr petr pavel pawel pavlo andrei andrey andrej andriy andrzej anton
    dmitri dmitrij dmytro yevgeny evgeny jewgeni sergej alexej michail wladimir nikolaj
    nikolay aleksei aleksey alexey yury yuriy dmitriy
    juri jurij mykola taras oleg oleh oleksiy tomasz krzysztof marek michal jakub
    wojciech lukasz grzegorz jerzy jiri vaclav
    katarzyna agnieszka malgorzata ewa natalya tetiana kateryna iryna yuliia olha daria
    pieter piet kees henk hendrik gerrit willem wim johan johannes cornelis klaas dirk
    geert gert joost daan sem lars thijs ruud rutger sander stijn teun koen joris wouter
    maarten jeroen jaap luuk niels pim sjoerd tjeerd arjen arie bert bart frans jelle
    wietse mathijs jef anouk sanne lieke anneke annemarie els femke ilse ineke inge
    janneke lotte marieke marjolein mieke nienke noor petra renske saskia sietske sofie
    hanneke jolanda marloes tineke lieve karin
    erik anders magnus mats mikael jonas fredrik henrik stefan björn göran ulf bengt
    gunnar sven olof åke leif kjell håkan patrik niklas oskar gustav axel viktor emil
    linus lars-göran kristina birgitta margareta kerstin ulrika annika malin elin johanna
    åsa linnea ebba frida agneta
    """.split()  # noqa: SIM905
)

# The endings of Czech and Polish given names the lists leave out, a man's and a woman's:
# "Jaroslav", "Przemysław", "Vladimír", "Zdeněk", "Marek", "Mariusz", "Tomasz" and
# "Jaroslava", "Bronisława", "Kristýna", "Kristína", "Kateřina" (no word of four
# letters or fewer; "Uzbek", "Greek" are none)
_SLAVIC_MALE_ENDINGS = ("slav", "sław", "mír", "ěk", "ek", "usz", "asz")
_SLAVIC_FEMALE_ENDINGS = ("slava", "sława", "míra", "ína", "ýna", "řina")
_SLAVIC_SHORTEST = 4
# words of those endings that are no given name: places and peoples ("Bratislava")
_NOT_SLAVIC_GIVEN = frozenset("bratislava jaroslavl uzbek kazbek".split())  # noqa: SIM905


def slavic_sex(word: str) -> str | None:
    """ "female" or "male" when ``word`` ends as a Czech or Polish given name of a woman
    ("Kristýna", "Jaroslava") or of a man ("Jaroslav", "Przemysław", "Tomasz", "Zdeněk")
    does; None for another word ("Greek", "Bratislava", "Creek")."""
    low = word.casefold().rstrip(".")
    if len(low) <= _SLAVIC_SHORTEST or low in _NOT_SLAVIC_GIVEN or not low.isalpha():
        return None
    if low.endswith(_SLAVIC_FEMALE_ENDINGS):
        return "female"
    if low.endswith("eek") or (low.endswith("ek") and low[-3] in "aeiouy"):
        return None  # "Cheek", "Kopeek": a vowel before "-ek" opens no given name's ending
    return "male" if low.endswith(_SLAVIC_MALE_ENDINGS) else None


def is_given_name(word: str) -> bool:
    """``word`` is a given name the lists hold (accents aside: "Jürgen", "François"), or
    one of a Czech or Polish given name's endings (:func:`slavic_sex`)."""
    low = word.casefold().rstrip(".")
    plain = "".join(c for c in unicodedata.normalize("NFD", low) if not unicodedata.combining(c))
    return low in _NAMES or plain in _NAMES or slavic_sex(word) is not None


_NAMES = FEMALE | MALE | GIVEN
