"""Word lists the matchers use: stopwords, reporting verbs, number words, months."""

from __future__ import annotations

from reader.analysis.figures.compound_number_words import compound_number_words
from reader.analysis.figures.participant_nouns import PARTICIPANT_NOUNS
from reader.analysis.words.rough_counts import ROUGH_COUNT_WORDS
from reader.ingest.calendar_words import ENGLISH_WEEKDAYS, WEEKDAYS_BY_LANGUAGE, months_of

STOPWORDS = frozenset(
    """
    a about above after again against all also am an and any are aren't as at be because
    been before being below between both but by can could did do does doing down during
    each few for from further had has have having he her here hers herself him himself
    his how i if in into is it its itself just me more most my myself no nor not now of
    off on once only or other our ours ourselves out over own same she should so some
    such than that the their theirs them themselves then there these they this those
    through to too under until up very was we were what when where which while who whom
    why will with would you your yours yourself yourselves may might must shall us upon
    via per among amid within without across along around toward towards whether yet
    still even ever however though although since unless whose one's it's i'm he's she's
    they're we're they'd he'd she'd we'd they've we've didn't don't doesn't isn't wasn't
    weren't won't wouldn't couldn't shouldn't hasn't haven't hadn't mr mrs ms dr
    """.split()  # noqa: SIM905
)

# Verbs of saying: frequent in news, weak evidence of a shared fact.
REPORTING = frozenset(
    """
    say says said saying tell tells told telling report reports reported reporting
    according add adds added claim claims claimed state states stated note noted
    announce announced describe described call called quote quoted ask asked
    """.split()  # noqa: SIM905
)

# the small words inside a name, written apart in lowercase: Arabic ("bin Laden"), Dutch
# and German ("van Gogh", "von der Leyen"), Swedish ("af Klint"), Romance ("de Gaulle",
# "da Vinci", "dos Santos", "Vale do Souto"; reader.analysis.names.name_particles)
NAME_PARTICLES = (
    "bin", "ibn", "bint", "al", "el", "van", "von", "der", "den", "ter", "ten", "zu", "de",
    "del", "della", "delle", "dei", "degli", "des", "da", "di", "du", "la", "le", "do",
    "dos", "das", "af",
)  # fmt: skip

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}  # fmt: skip

# Time zones after a time ("02:41 GMT", "1100 hrs IST", "6:41pm PST")
TIME_ZONES = frozenset("gmt utc et edt est pt pdt pst ist bst cet".split())  # noqa: SIM905

WEEKDAYS = frozenset(ENGLISH_WEEKDAYS)


def by_language(lists: dict[str, str]) -> dict[str, frozenset[str]]:
    """Each language's words, from a string of them apart by spaces."""
    return {language: frozenset(words.split()) for language, words in lists.items()}


# The languages whose weekdays are read in sentences (reader.analysis.times.weekdays), and the
# words around a weekday that tell it is no day something happened, as the English ones do.
# What told it: the verbs of saying of news, their "according to", and the nouns of a
# statement ("sagte am Dienstag", "teilte ... am Dienstag mit", "a déclaré mardi", "dijo el
# martes", "ha detto martedì", "disse na terça-feira"; "gab am Dienstag bekannt": the
# word after). A verb missing here makes a day of saying look like the event's, so the
# lists are generous: a disagreement missed is better than a false alarm.
WEEKDAY_REPORTING = by_language(
    {
        "German": """sagte sagten sagt sagen gesagt erklärte erklärten erklärt teilte
            teilten mitteilte mitteilten mitgeteilt berichtete berichteten berichtet meldete
            meldeten meldet gemeldet bestätigte bestätigten bestätigt betonte betonten
            betont kündigte kündigten ankündigte angekündigt verkündete verkündet bekannt
            bekanntgab bekanntgegeben hinzu ergänzte fügte äußerte behauptete schrieb
            schrieben twitterte sprach hieß laut zufolge erklärung mitteilung""",
        "French": """dit dire disent déclaré déclare déclarent indiqué indique indiquent
            annoncé annonce annoncent affirmé affirme affirment précisé précise expliqué
            explique ajouté ajoute confirmé confirme rapporté rapporte assuré assure
            souligné souligne raconté raconte écrit estimé estime savoir selon déclaration
            communiqué""",
        "Spanish": """dijo dice dicho dijeron informó informa informaron informado anunció
            anuncia anunciaron anunciado declaró declara declararon declarado afirmó afirma
            afirmaron aseguró asegura explicó explica señaló señala indicó indica confirmó
            confirma confirmaron comunicó precisó manifestó agregó añadió reportó detalló
            sostuvo escribió según comunicado declaraciones""",
        "Italian": """detto dice dicono dichiarato dichiara annunciato annuncia affermato
            afferma spiegato spiega comunicato comunica riferito riferisce confermato
            conferma precisato precisa sottolineato sottolinea riportato riporta scritto
            scrive aggiunto aggiunge sapere noto secondo dichiarazione""",
        "Portuguese": """disse diz disseram dito afirmou afirma afirmaram declarou declara
            declararam anunciou anuncia anunciaram informou informa informaram explicou
            explica confirmou confirma confirmaram relatou relata contou comunicou divulgou
            revelou acrescentou garantiu assegurou destacou ressaltou escreveu segundo
            conforme comunicado nota declaração""",
        "Dutch": """zei zeiden zegt zeggen gezegd verklaarde verklaarden verklaard meldde
            meldden meldt gemeld bevestigde bevestigden bevestigd kondigde aangekondigd
            vertelde vertelden verteld schreef schreven liet lieten weten bekend aldus
            volgens verklaring mededeling""",
    }
)
# The words right before a weekday that make it an occasion's name, as "Friday's" in
# English: "l'attaque de mardi", "el ataque del martes", "der Anschlag vom Dienstag"
WEEKDAY_OCCASION_OF = by_language(
    {
        "German": "vom von",
        "French": "de du",
        "Spanish": "de del",
        "Italian": "di del",
        "Portuguese": "de do da",
        "Dutch": "van",
    }
)
# the word after a weekday that makes it a feast's, not a day of the week: "mardi gras",
# "viernes santo", "venerdì santo", "sexta-feira santa" (German writes them in one word:
# "Karfreitag", "Rosenmontag")
WEEKDAY_FEASTS = frozenset("gras saint santo santa grasso".split())  # noqa: SIM905
# What opens a clause of another occasion than the sentence's, as "who", "since", "after",
# "when" do in English (clauses.another_occasion): "seit Dienstag", "depuis mardi",
# "cuando ... el martes"
OCCASION_WORDS = by_language(
    {
        "German": """seit seitdem nachdem bevor ehe bis als während wenn sobald welche
            welcher welches welchen ab""",
        "French": "qui dont lequel laquelle depuis après avant jusqu lorsque quand pendant dès",
        "Spanish": "quien quienes cuyo cuya desde después antes hasta cuando mientras tras",
        "Italian": "cui dopo prima fino quando mentre durante",
        "Portuguese": "quem cujo cuja desde depois antes até quando enquanto após durante",
        "Dutch": "sinds sindsdien nadat voordat totdat toen terwijl zodra tijdens wanneer",
    }
)
# The words near a day that put what happened near midnight or in a time zone, as
# "night", "early", "late", "local" do in English (date_conflicts._by_the_clock): told in
# another time zone, such a moment may fall on the day before or after. German writes
# them into the day too ("Dienstagnacht", "Mittwochfrüh").
NIGHT_WORDS = by_language(
    {
        "German": """nacht nachts mitternacht früh frühen spät späten ortszeit
            morgengrauen mez mesz""",
        "French": "nuit minuit tôt tard aube locale",
        "Spanish": "noche medianoche madrugada temprano amanecer local",
        "Italian": "notte nottata mezzanotte alba tarda tardi locale",
        "Portuguese": "noite madrugada cedo local",  # "meia-noite": its "noite"
        "Dutch": "nacht nachts middernacht vroeg lokale",  # not "laat" ("laat ... weten")
    }
)

NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
    "dozens": 24, "hundreds": 200, "thousands": 2000, "millions": 2_000_000,
}  # fmt: skip

MULTIPLIERS = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}

# English irregular verbs, each form and its verb: the past ("said" is "did not say":
# reader.analysis.conflicts.negation) and the participles unlike it ("sunk", "stolen"), so that a
# clause's act is one word however it is told ("sunk a pirate ship" and "the sinking":
# reader.analysis.words.clauses)
IRREGULAR_PAST = dict(
    pair.split(":")
    for pair in """
    said:say told:tell went:go made:make took:take gave:give found:find came:come
    left:leave knew:know thought:think got:get held:hold won:win lost:lose paid:pay
    sent:send saw:see kept:keep struck:strike fled:flee shot:shoot fell:fall began:begin
    brought:bring bought:buy caught:catch fought:fight built:build chose:choose
    drove:drive flew:fly grew:grow met:meet led:lead rose:rise sold:sell stood:stand
    wrote:write became:become ran:run spoke:speak broke:break heard:hear felt:feel
    meant:mean sought:seek stole:steal threw:throw wore:wear sank:sink hid:hide
    ate:eat drew:draw tore:tear swam:swim swore:swear froze:freeze shook:shake rode:ride
    arose:arise woke:wake forgot:forget forgave:forgive withdrew:withdraw spent:spend
    lent:lend slept:sleep taught:teach dealt:deal sat:sit hung:hang fed:feed bled:bleed
    laid:lay
    """.split()  # noqa: SIM905
)
IRREGULAR_PARTICIPLES = dict(
    pair.split(":")
    for pair in """
    sunk:sink stolen:steal taken:take given:give known:know gone:go seen:see
    fallen:fall begun:begin chosen:choose driven:drive flown:fly grown:grow risen:rise
    written:write spoken:speak broken:break thrown:throw worn:wear beaten:beat
    bitten:bite hidden:hide eaten:eat drawn:draw torn:tear swum:swim sworn:swear
    frozen:freeze forgotten:forget forgiven:forgive woken:wake shaken:shake
    stricken:strike ridden:ride arisen:arise withdrawn:withdraw overtaken:overtake
    undertaken:undertake
    """.split()  # noqa: SIM905
)
IRREGULAR_VERBS = IRREGULAR_PAST | IRREGULAR_PARTICIPLES

# Capitalised words that start sentences or headlines but name nothing; the symbols of
# units of power written in capitals ("$1,180/MWh", "2.3 GW").
NOT_NAMES = frozenset(
    """
    the a an and but or if in on at by for from to of with as after before following
    during while when where this that these those it its he she they we i you his her
    their our there here what which who why how both all some many most several other
    another each according meanwhile however also although though because since despite
    until unless breaking news related photo credit posted modified updated read more
    see watch monday tuesday wednesday thursday friday saturday sunday today yesterday
    tomorrow early late last next mr mrs ms dr ko tko
    kw mw gw kwh mwh gwh twh kv
    """.split()  # noqa: SIM905
)

# Titles dropped from the front of a name: "President Vladimir Putin" = "Vladimir Putin".
TITLES = frozenset(
    """
    president vice prime minister foreign defense defence secretary general gen sen
    senator rep representative gov governor king queen prince princess pope chairman
    chairwoman chancellor leader comrade mayor judge justice officer spokesman
    spokeswoman spokesperson actress actor singer star director ceo coach captain lt col
    sgt cpl pvt adm admiral president-elect vice-president ambassador commissioner
    lieutenant sergeant detective trooper deputy professor owner senior chief comedian
    comedienne rapper producer attorney prosecutor lawyer capt cdr cmdr commander maj
    colonel brig brigadier commodore councilman
    councilwoman councillor councilor councilmember alderman alderwoman assemblyman
    assemblywoman assemblymember congressman congresswoman
    """.split()  # noqa: SIM905
)

# Titles that are also a name's last word: a title before a name ("King Abdullah", "Star
# Ann Lee"), a name at the end of one ("Billy King", "King said", the ship "Sea Star",
# "the Toronto Star")
SURNAME_TITLES = frozenset({"king", "star"})

# Nationalities as nouns of people: English nouns of their own ("Spaniards", "Danes",
# "Britons"), and the other five languages' nouns and adjectives of people ("Kényans",
# "Briten", "keniatas", "kenioti", "quenianos"), each given once in its base form and
# inflected by its language's rule (_inflected). Read as DEMONYMS: topic words, not names.
_NATIONALITY_BASES = {
    # English nouns, plural with -s (a singular that is also a common word or a first
    # name, "pole", "finn", "dane", only as the plural)
    "English": """
        spaniard briton brit dane pole turk scot swede finn icelander kurd croat serb
        slovene arab
    """,
    "French": """
        afghan africain algérien allemand américain anglais argentin australien
        autrichien belge brésilien britannique canadien chinois colombien congolais
        coréen danois écossais égyptien espagnol éthiopien européen finlandais français
        grec hollandais indien indonésien irakien iranien irlandais islandais israélien
        italien japonais jordanien kényan kenyan libanais libyen malien marocain mexicain
        néerlandais nigérian norvégien pakistanais palestinien philippin polonais
        portugais russe saoudien sénégalais somalien soudanais suédois suisse syrien
        thaïlandais tunisien turc ukrainien vénézuélien vietnamien yéménite
    """,
    "German": """
        afghane ägypter algerier amerikaner araber argentinier australier belgier
        brasilianer brite bulgare chinese däne engländer eritreer franzose grieche
        inder indonesier iraker iraner ire isländer israeli italiener japaner jemenit
        kanadier kenianer koreaner kurde libanese libyer marokkaner mexikaner
        niederländer nigerianer norweger österreicher pakistaner palästinenser
        philippiner portugiese rumäne russe saudi schotte schwede schweizer serbe
        somalier spanier sudanese syrer thailänder tunesier türke ukrainer ungar
        deutsch afghanisch amerikanisch britisch chinesisch dänisch englisch französisch
        griechisch indisch irakisch iranisch italienisch japanisch jemenitisch kenianisch
        mexikanisch niederländisch pakistanisch polnisch russisch schwedisch
        schweizerisch somalisch spanisch syrisch türkisch ukrainisch
    """,
    "Spanish": """
        afgano africano alemán americano argelino argentino australiano belga boliviano
        brasileño británico canadiense chileno colombiano coreano cubano danés egipcio
        escocés español estadounidense etíope europeo filipino francés griego holandés
        hondureño indio indonesio inglés iraní iraquí irlandés israelí italiano japonés
        keniano keniata libanés libio marroquí mexicano nigeriano noruego paquistaní
        pakistaní palestino peruano polaco portugués ruso saudí somalí sirio sueco suizo
        tailandés tunecino turco ucraniano venezolano yemení
    """,
    "Italian": """
        afgano africano algerino americano argentino australiano austriaco belga
        brasiliano britannico canadese cinese colombiano coreano danese egiziano
        eritreo etiope europeo filippino francese giapponese greco indiano indonesiano
        inglese iracheno iraniano irlandese israeliano keniano keniota libanese libico
        marocchino messicano nigeriano norvegese olandese pakistano palestinese polacco
        portoghese russo saudita scozzese siriano somalo spagnolo statunitense svedese
        svizzero tedesco thailandese tunisino turco ucraino venezuelano yemenita
    """,
    "Portuguese": """
        afegão africano alemão americano angolano argelino argentino australiano belga
        boliviano brasileiro britânico cabo-verdiano canadense canadiano chileno chinês
        colombiano coreano dinamarquês egípcio escocês espanhol estadunidense etíope
        europeu filipino francês grego holandês indiano indonésio inglês iraniano
        iraquiano irlandês israelense israelita italiano japonês libanês líbio
        marroquino mexicano moçambicano nigeriano norueguês paquistanês palestino
        polonês polaco português queniano russo saudita somali sírio sueco suíço
        tailandês tunisiano turco ucraniano venezuelano iemenita
    """,
}


# English nationality nouns that are also common nouns in small letters: "12 poles"
# (telegraph poles), "a sack of swedes" (turnips), "knitted afghans" (blankets). English
# capitalises nationalities, so only capitalised ("12 Poles") do these name people
NATIONALITIES_ALSO_COMMON = frozenset("pole poles swede swedes afghan afghans".split())  # noqa: SIM905

# the languages of _NATIONALITY_BASES besides English
NATIONALITY_LANGUAGES = ("French", "German", "Spanish", "Italian", "Portuguese")


def _inflected(language: str, base: str) -> set[str]:
    """The forms of nationality ``base`` that name people in ``language``: plural and,
    outside English, feminine (and German's declined adjective)."""
    if language == "English":
        return {f"{base}s"} | ({base} if base not in ("pole", "finn", "dane") else set())
    if language == "French":
        fem = _french_feminine(base)
        return {base, fem, f"{fem}s", base if base.endswith("s") else f"{base}s"}
    if language == "German":
        if base.endswith("isch") or base == "deutsch":
            return {base + end for end in ("e", "en", "er", "es", "em")}
        if base.endswith("it"):  # "Jemenit", "Jemeniten"
            return {base, f"{base}en", f"{base}in", f"{base}innen"}
        if base.endswith("e"):  # "Brite", "Briten", "Britin", "Britinnen"
            return {base, f"{base}n", f"{base[:-1]}in", f"{base[:-1]}innen"}
        return {base, f"{base}n", f"{base}in", f"{base}innen"}  # "Somalier", "Somaliern"
    return _romance(language, base)


def _french_feminine(base: str) -> str:
    """The French feminine of ``base``: "kényane", "somalienne", "grecque", "turque";
    "belge" as it is."""
    if base.endswith("en"):
        return f"{base}ne"
    if base.endswith("c"):
        return f"{base}que" if base.endswith("ec") else f"{base[:-1]}que"
    return base if base.endswith("e") else f"{base}e"


_ACCENTED = str.maketrans("áéíóúâêô", "aeiouaeo")


def _romance(language: str, base: str) -> set[str]:
    """Spanish, Italian and Portuguese forms of ``base``."""
    if language == "Italian":
        if base.endswith("co"):  # "greci", "tedeschi", "greche"
            plural = "chi" if base.endswith(("sco", "cco", "rco")) else "ci"
            return {base, f"{base[:-1]}a", f"{base[:-2]}{plural}", f"{base[:-2]}che"}
        if base.endswith("o"):
            return {base, f"{base[:-1]}a", f"{base[:-1]}i", f"{base[:-1]}e"}
        if base.endswith("a"):  # "keniota", "kenioti", "keniote"
            return {base, f"{base[:-1]}i", f"{base[:-1]}e"}
        return {base, f"{base[:-1]}i"}  # "inglese", "inglesi"
    if base.endswith("ão"):  # "alemão", "alemã", "alemães", "alemãs"
        return {base, base[:-1], f"{base[:-2]}ães", f"{base[:-1]}s"}
    if base.endswith("o"):
        return {base, f"{base[:-1]}a", f"{base}s", f"{base[:-1]}as"}
    if base.endswith(("a", "e", "u")):
        return {base, f"{base}s"}
    if base.endswith(("í", "i")):  # "somalí", "somalíes", "somalís"
        return {base, f"{base}es", f"{base}s"}
    if base.endswith("l") and language == "Portuguese":  # "espanhol", "espanhóis"
        return {base, f"{base}a", f"{base}as", f"{base[:-2]}óis"}
    plain = base[:-2] + base[-2:].translate(_ACCENTED)  # "alemán" -> "aleman-"
    return {base, f"{plain}a", f"{plain}es", f"{plain}as"}


# forms that are also a country or an English word: "Suiza", "Filipinas", "Argentina",
# "Indonesia", French "Suisse", German "Somalien", "Schweden", "Italien"
_NOT_PEOPLE = frozenset(
    """
    china india indias indiana eritrea polen ire ungarn greco argentina filipinas
    filippine suiza suíça svizzera indonesia indonésia libia líbia siria síria palestina
    noruega philippines schweden italien somalien libyen syrien jordanien indien
    australien suisse
    """.split()  # noqa: SIM905
)

NATIONALITY_NOUNS = (
    frozenset(
        form
        for language, bases in _NATIONALITY_BASES.items()
        for base in bases.split()
        for form in _inflected(language, base)
    )
    - _NOT_PEOPLE
)


# Nationalities, regions and groups, as name keys: capitalised, but a topic word rather
# than a name that tells one event from another ("Somali pirates" in two hijackings).
# The event gate leaves them out; they are still names everywhere else. With
# their English plurals as nouns ("Kenyans", "Yemenis", "Filipinos") and the nouns of
# people of NATIONALITY_NOUNS.
_ADJECTIVES = frozenset(
    word.replace("_", " ")
    for word in """
    afghan african albanian algerian american americans arab arabs argentine argentinian
    armenian asian australian australians austrian azerbaijani bangladeshi belgian
    bolivian bosnian brazilian british briton britons bulgarian burmese cambodian
    canadian canadians catholic chilean chinese colombian congolese croatian cuban czech
    danish democrat democrats dutch ecuadorian egyptian emirati english eritrean estonian
    ethiopian european europeans filipino finnish french georgian german germans ghanaian
    greek greeks haitian hispanic hungarian icelandic indian indians indonesian iranian
    iraqi irish islamic israeli israelis italian jamaican japanese jewish jordanian kazakh
    kenyan korean koreans kurdish kuwaiti latino latvian lebanese liberian libyan
    lithuanian malaysian mexican mexicans mongolian moroccan muslim muslims nepalese
    nigerian norwegian omani pakistani palestinian palestinians peruvian polish
    portuguese qatari republican republicans romanian russian russians rwandan saudi
    scottish serbian slovak somali somalis soviet spanish sudanese swedish swiss syrian
    taiwanese thai tibetan tunisian turkish turkmen ugandan ukrainian uzbek venezuelan
    vietnamese welsh western yemeni zimbabwean
    north_korean north_koreans south_korean south_koreans south_african new_zealander
    sri_lankan saudi_arabian latin_american middle_eastern african_american
    african_americans
    """.split()  # noqa: SIM905
)

DEMONYMS = (
    _ADJECTIVES
    | frozenset(f"{w}s" for w in _ADJECTIVES if w.endswith(("an", "i", "o")))
    | NATIONALITY_NOUNS
)

# Nouns for people, which one article may count as "people" and another as "workers",
# "victims" or "Somalis"
PERSON_NOUNS = frozenset(
    """
    people persons person workers employees civilians victims passengers residents
    soldiers troops officers policemen sailors personnel crew crewmen fishermen pirates
    suspects prisoners inmates hostages protesters demonstrators rioters students
    children women men adults members fans players staff
    """.split()  # noqa: SIM905
)

# people counted, as written, besides the English nouns of persons (PERSON_NOUNS)
# and tolls' nouns (read by tolls); those who take part in an event among them ("200
# runners", "250 Läufer": PARTICIPANT_NOUNS)
PEOPLE_WORDS = PARTICIPANT_NOUNS | frozenset(
    """
    foreigners tourists nationals expatriates migrants refugees missing
    personnes hommes femmes enfants soldats civils pirates passagers migrants otages
    étrangers touristes ressortissants
    menschen personen männer frauen kinder soldaten zivilisten piraten passagiere geiseln
    ausländer ausländern touristen staatsbürger
    personas hombres mujeres niños soldados civiles piratas pasajeros rehenes
    extranjeros turistas ciudadanos
    persone uomini donne bambini soldati civili pirati passeggeri ostaggi
    stranieri turisti cittadini
    pessoas homens mulheres crianças soldados civis piratas passageiros reféns
    estrangeiros turistas cidadãos
    personer människor män kvinnor barn soldater civila pirater passagerare gisslan
    utlänningar turister medborgare invånare
    """.split()  # noqa: SIM905
)

# Kinds of person a toll may count ("killing 12 workers", "12 ouvriers ont été tués", "12
# Bergleute kamen ums Leben"), as written, besides the English nouns of persons and of
# groups (PERSON_NOUNS, GROUP_NOUNS): reader.analysis.figures.person_kinds reads such a
# toll against one of people
PERSON_KINDS = by_language(
    {
        "English": "miners pilgrims tourists climbers hikers worshippers shoppers motorists "
        "pedestrians patients villagers journalists firefighters firemen rescuers policemen "
        "policewomen cops servicemen raiders migrants refugees smugglers traffickers",
        "French": "ouvriers travailleurs mineurs employés salariés soldats militaires "
        "policiers gendarmes pompiers passagers élèves étudiants enfants civils habitants "
        "touristes pèlerins marins pêcheurs membres supporters joueurs manifestants "
        "otages migrants réfugiés journalistes",
        "German": "arbeiter bergleute bergarbeiter kumpel soldaten militärs polizisten "
        "polizeibeamte feuerwehrleute feuerwehrmänner "
        "passagiere fahrgäste schüler studenten kinder zivilisten bewohner einwohner "
        "touristen pilger seeleute fischer mitglieder fans spieler mitarbeiter beschäftigte "
        "demonstranten geiseln migranten flüchtlinge journalisten",
        "Spanish": "trabajadores obreros mineros empleados soldados militares policías agentes "
        "bomberos pasajeros estudiantes alumnos niños civiles residentes habitantes "
        "turistas peregrinos marineros pescadores miembros aficionados jugadores "
        "manifestantes rehenes migrantes refugiados periodistas",
        "Italian": "operai lavoratori minatori dipendenti soldati militari poliziotti agenti "
        "carabinieri pompieri passeggeri studenti alunni bambini civili residenti abitanti "
        "turisti pellegrini marinai pescatori membri tifosi giocatori manifestanti ostaggi "
        "migranti profughi giornalisti",
        "Portuguese": "trabalhadores operários mineiros funcionários soldados militares "
        "policiais polícias agentes bombeiros passageiros estudantes alunos crianças civis "
        "moradores residentes habitantes turistas peregrinos marinheiros pescadores membros "
        "torcedores adeptos jogadores manifestantes reféns migrantes refugiados jornalistas",
        "Dutch": "arbeiders werknemers mijnwerkers soldaten militairen agenten politieagenten "
        "brandweerlieden brandweermannen passagiers reizigers leerlingen scholieren "
        "studenten kinderen burgers inwoners bewoners omwonenden toeristen pelgrims "
        "zeelieden vissers leden supporters spelers medewerkers demonstranten gijzelaars "
        "migranten vluchtelingen journalisten",
        "Swedish": "arbetare anställda gruvarbetare soldater militärer poliser brandmän "
        "passagerare resenärer elever studenter barn civila invånare boende turister "
        "pilgrimer sjömän besättningsmän fiskare medlemmar supportrar spelare "
        "demonstranter migranter flyktingar journalister",
    }
)

# Kinds of person (PERSON_KINDS, GROUP_NOUNS) that name one group, as written, by group
# and language: a count of one compares with a count of another ("killed 12 soldiers"
# against "14 troops were killed", "sent 5,000 troops" against "4,000 soldiers", "12
# soldats" against "14 soldiers": reader.analysis.figures.person_kinds), where two kinds
# else count two groups. Kept to words a report of one event uses for the same people:
# not "gendarmes" for "policiers" (two forces), nor "agentes" or "carabinieri" (of any
# force, a force of its own), nor "militants" or "gunmen" for "pirates". A group's one
# word in a language joins it with the others' ("12 policiers" against "14 police
# officers", "12 bomberos" against "14 firefighters")
ONE_GROUP_KINDS: dict[str, dict[str, str]] = {
    "soldiers": {
        "English": "soldiers troops servicemen",
        "French": "soldats militaires",
        "German": "soldaten militärs",
        "Spanish": "soldados militares",
        "Italian": "soldati militari",
        "Portuguese": "soldados militares",
    },
    "police": {
        "English": "police policemen policewomen officers cops",
        "French": "policiers",
        "German": "polizisten polizeibeamte",
        "Spanish": "policías",
        "Italian": "poliziotti",
        "Portuguese": "policiais polícias",
    },
    "firefighters": {
        "English": "firefighters firemen",
        "French": "pompiers",
        "German": "feuerwehrleute feuerwehrmänner",
        "Spanish": "bomberos",
        "Italian": "pompieri",
        "Portuguese": "bombeiros",
    },
    "pirates": {"English": "pirates raiders suspects"},
}

# Groups of people named by their role: capitalised at the start of a sentence or before
# a name ("Officials said", "Producers Craig Zadan and Neil Meron"), never a name's first
# word (unlike "People", a magazine, or "Men" of "X-Men")
GROUP_NOUNS = frozenset(
    """
    officials authorities police prosecutors investigators detectives sources witnesses
    experts analysts critics doctors lawyers attorneys producers firefighters rescuers
    reporters journalists researchers scientists lawmakers legislators diplomats
    observers neighbors neighbours relatives friends parents insiders aides organizers
    organisers executives commandos marines guards workers employees civilians victims
    passengers residents soldiers troops officers policemen sailors fishermen pirates
    suspects prisoners inmates hostages protesters demonstrators rioters students
    """.split()  # noqa: SIM905
)

# Plural nouns of things news counts in thousands ("2000 homes", "1500 vehicles"): with
# the plural nouns of people (PERSON_NOUNS, GROUP_NOUNS), what a four-digit figure counts
# even after "in" or "the" ("in 2000 homes", "the 2000 protesters": counted_years). None
# names an occasion ("the 2008 riots", "the 2012 games") nor premodifies a noun as a
# plural ("the 2008 jobs report")
THING_NOUNS = frozenset(
    """
    homes houses households buildings apartments flats dwellings tents shelters schools
    hospitals shops stores businesses farms vehicles cars trucks lorries buses boats ships
    aircraft planes helicopters tanks weapons guns rifles animals cattle sheep acres
    hectares tonnes tons barrels
    """.split()  # noqa: SIM905
)

# What a place or a person gives its name to: "Pyongyang Sunan International Airport" is
# not Pyongyang, "Kim Il Sung Square" not Kim Il Sung, "The Atlanta Journal-Constitution"
# not Atlanta, "American Pie" not American (name keys are lower case)
FACILITIES = frozenset(
    """
    airport airbase base station port harbour harbor center centre clinic hospital hotel
    stadium arena square street avenue road bridge tower building palace hall museum
    library university college school academy institute church cathedral mosque temple
    prison jail park journal constitution times post herald tribune gazette chronicle
    telegraph pie
    """.split()  # noqa: SIM905
)

# Heads of an institution's name after the place or person it is named for: "Riverside
# City Council", "Seoul Central District Court", "Israel Defense Forces", "Trump
# Administration" are none of Riverside, Seoul, Israel or Trump
INSTITUTION_HEADS = frozenset(
    """
    council councils committee commission board department ministry agency authority
    court police administration assembly legislature parliament government forces
    """.split()  # noqa: SIM905
)

# Counts written in words in the other languages told apart (reader.analysis.linking.relatedness):
# news writes small counts so ("drei Tote", "trois morts", "tres muertos"). "One" is left
# out, as there it is also the article ("ein", "un", "uno"); and so are the words for
# "dozens", "hundreds", "thousands", which tell an order of magnitude, not a count.
# Read only in an article of that language: "due", "once", "elf" are English words too.
FOREIGN_NUMBER_WORDS: dict[str, dict[str, int]] = {
    language: {word: (k + 2 if k < 19 else (k - 16) * 10) for k, word in enumerate(words.split())}
    for language, words in {
        # two .. twenty, then thirty .. ninety (an entry of two spellings: both)
        "German": """zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn
            vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn zwanzig dreißig vierzig
            fünfzig sechzig siebzig achtzig neunzig""",
        "French": """deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze
            quinze seize dix-sept dix-huit dix-neuf vingt trente quarante cinquante soixante
            soixante-dix quatre-vingts quatre-vingt-dix""",
        "Spanish": """dos tres cuatro cinco seis siete ocho nueve diez once doce trece
            catorce quince dieciséis diecisiete dieciocho diecinueve veinte treinta cuarenta
            cincuenta sesenta setenta ochenta noventa""",
        "Italian": """due tre quattro cinque sei sette otto nove dieci undici dodici tredici
            quattordici quindici sedici diciassette diciotto diciannove venti trenta quaranta
            cinquanta sessanta settanta ottanta novanta""",
        "Portuguese": """dois três quatro cinco seis sete oito nove dez onze doze treze
            catorze quinze dezesseis dezessete dezoito dezenove vinte trinta quarenta
            cinquenta sessenta setenta oitenta noventa""",
        "Dutch": """twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien
            vijftien zestien zeventien achttien negentien twintig dertig veertig vijftig
            zestig zeventig tachtig negentig""",
        "Swedish": """två tre fyra fem sex sju åtta nio tio elva tolv tretton fjorton femton
            sexton sjutton arton nitton tjugo trettio fyrtio femtio sextio sjuttio åttio
            nittio""",
    }.items()
}
# other spellings of the same counts: the feminine "duas", the Portuguese of Portugal,
# French "quatre-vingt" and "septante" (Belgium, Switzerland), German "dreissig"; and a
# dozen, as "dozen" is in English ("una docena de joyas" is 12 of them)
for _language, _more in {
    "German": {"dreissig": 30},
    "French": {"septante": 70, "nonante": 90, "quatre-vingt": 80, "douzaine": 12},
    "Spanish": {"docena": 12},
    "Italian": {"dozzina": 12},
    "Swedish": {"aderton": 18, "dussin": 12},
    "Portuguese": {
        "duas": 2,
        "quatorze": 14,
        "dezasseis": 16,
        "dezassete": 17,
        "dezanove": 19,
        "dúzia": 12,
    },
}.items():
    FOREIGN_NUMBER_WORDS[_language].update(_more)
# 21 to 99: "vierundzwanzig", "vingt-quatre", "treinta y dos", "ventotto", "vinte e quatro"
for _language, _more in compound_number_words().items():
    FOREIGN_NUMBER_WORDS[_language].update(_more)
# counts told roughly: "una ventina", "une centaine" (hedged "about": count_terms.hedge)
for _language, _more in ROUGH_COUNT_WORDS.items():
    FOREIGN_NUMBER_WORDS[_language].update(_more)

# Ordinals, each written form and its value: English's first to twentieth; the other
# languages' first to twelfth, each stem with each ending its language gives it
# ("tercer" + "o", "a", "os", "as"; German "dritt" + "e", "en", "er", "es", "em"; "acht"
# alone is eight) and the forms apart (French "première", Spanish "primer" and "tercer"
# before a masculine noun). Read as counts by reader.analysis.conflicts.ordinals, as words opening
# a sentence that name nothing by reader.analysis.words.common_words, spelt as figures in
# quotations by reader.analysis.quotations.quote_wording ("eleventh-hour" = "11th hour").
ENGLISH_ORDINALS = {
    word: k
    for k, word in enumerate(
        """first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
        thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth
        twentieth""".split(),  # noqa: SIM905
        1,
    )
}
FOREIGN_ORDINALS: dict[str, dict[str, int]] = {
    language: {w + e: k for k, w in enumerate(stems.split(), 1) for e in endings.split(",")} | apart
    for language, (stems, endings, apart) in {
        "French": (
            """premier deuxième troisième quatrième cinquième sixième septième huitième
            neuvième dixième onzième douzième""",
            ",s",
            {"première": 1, "premières": 1, "second": 2, "seconde": 2},
        ),
        "German": (
            "erst zweit dritt viert fünft sechst siebt acht neunt zehnt elft zwölft",
            "e,en,er,es,em",
            {},
        ),
        "Spanish": (
            "primer segund tercer cuart quint sext séptim octav noven décim undécim duodécim",
            "o,a,os,as",
            {"primer": 1, "tercer": 3},
        ),
        "Italian": (
            """prim second terz quart quint sest settim ottav non decim undicesim
            dodicesim""",
            "o,a,i,e",
            {},
        ),
        "Portuguese": (
            """primeir segund terceir quart quint sext sétim oitav non décim undécim
            duodécim""",
            "o,a,os,as",
            {},
        ),
        "Dutch": (
            "eerst tweed derd vierd vijfd zesd zevend achtst negend tiend elfd twaalfd",
            "e",
            {},
        ),
    }.items()
}

# Other cased languages, for names (reader.analysis.names.cased_names): the words that open a
# sentence capitalised but name nothing (articles, pronouns, prepositions, conjunctions,
# German quantifiers and sentence adverbs: "Beide Staaten", "Zuletzt hatte Putin"),
# and the titles before a name, written in small letters inside a sentence but
# capitalised when they open one ("Президент России Владимир Путин").
FOREIGN_FUNCTION_WORDS = {
    language: frozenset(words.split())
    for language, words in {
        "German": """der die das den dem des ein eine einen einem einer eines im am zum zur
            vom beim ins in an auf aus bei mit nach von vor zu für über unter um gegen seit
            durch ohne und oder aber doch denn als wenn weil dass ob wie wo was wer es er sie
            wir ich ihr man dies diese dieser dieses diesen jeder jede jedes kein keine auch
            noch nur schon so dann da hier nun damit dabei dazu deshalb trotz laut nicht
            beide beiden alle viele mehrere einige weitere wenige zuletzt zudem zunächst
            zuvor außerdem bereits inzwischen jedoch dennoch trotzdem allerdings später
            bisher bislang damals jetzt heute gestern daher zugleich ebenfalls sogar""",
        "French": """le la les l un une des du de d au aux à a en dans pour par sur sous avec
            sans selon après avant depuis pendant entre contre chez vers et ou mais donc or ni
            car que qui quoi dont où si il elle ils elles on nous vous je tu ce cet cette ces
            c cela ça son sa ses leur leurs lors ainsi aussi alors déjà puis""",
        "Spanish": """el la los las lo un una unos unas del al a de en con por para sin sobre
            tras ante bajo desde durante entre hacia hasta según contra y o pero ni que quien
            como cuando donde si él ella ellos ellas nosotros yo tú usted este esta estos
            estas ese esa eso aquel su sus también ya así además es luego después""",
        "Italian": """il lo la i gli le un uno una del della dei delle al alla nel nella di
            da in con per su tra fra e o ma che chi come quando dove se lui lei loro noi io
            questo questa quello quella anche già secondo poi inoltre
            dell nell all dall sull""",
        "Portuguese": """o a os as um uma uns umas do da dos das no na nos nas ao à de em
            com por para sem sobre entre até e ou mas que quem como quando onde se ele ela
            eles elas nós eu este esta esse essa isso também já segundo depois ainda""",
        "Dutch": """de het een van in op met voor aan bij uit door naar over onder tegen en
            of maar dat die wie wat als wanneer waar hij zij ze wij we ik het dit deze ook
            al nog volgens toen zo nu dan daar hier er hun haar hem zich omdat terwijl
            tot sinds na""",
        "Swedish": """och att i det som på är av för med till den har de inte om en ett var
            jag han hon hen vi ni dem deras hans hennes sin sitt sina men eller så nu då när
            där här efter före under över vid från mot enligt genom utan sedan också redan
            ännu bara även dessutom hur vad vem vilken vilket vilka denna detta dessa alla
            flera många några varje ombord eftersom medan trots innan""",
        "Cyrillic script": """в во на по с со к ко о об от из за до для при под над про у
            и а но или что как когда где если это этот эта эти он она они оно мы я вы ты его
            ее её их так также уже еще ещё там тут после перед между через согласно однако
            кроме""",
        "Greek script": """ο η το οι τα του της των τον την στο στη στην στον στα στους
            στις σε από για με και ή αλλά ότι που όταν αν αυτός αυτή αυτό αυτοί εμείς
            εγώ ένα ένας μια μία""",
    }.items()
}
FOREIGN_TITLES = frozenset(
    """
    президент премьер премьер-министр министр глава лидер председатель канцлер генсек
    представитель пресс-секретарь спикер губернатор мэр посол директор
    président présidente ministre premier première chef porte-parole chancelier
    chancelière dirigeant dirigeante ambassadeur ambassadrice secrétaire maire
    directeur directrice préfet préfète procureur procureure délégué déléguée gouverneur
    commissaire recteur rectrice juge sénateur sénatrice député députée conseiller
    conseillère proviseur avocat avocate entraîneur entraîneuse sélectionneur évêque
    doyen doyenne
    presidente presidenta ministro ministra primer jefe jefa portavoz canciller líder
    dirigente embajador embajadora secretario secretaria alcalde alcaldesa delegado
    delegada director directora gobernador gobernadora consejero consejera vocero vocera
    comisario rector rectora juez jueza senador senadora diputado diputada concejal
    concejala abogado abogada entrenador entrenadora seleccionador obispo comandante
    decano decana intendente
    sindaco portavoce segretario segretaria direttore direttrice capo governatore prefetto
    cancelliere ambasciatore procuratore questore assessore sindaca governatrice prefetta
    ambasciatrice procuratrice assessora rettore rettrice giudice senatore senatrice
    deputato deputata consigliere consigliera avvocato avvocata allenatore allenatrice
    vescovo preside commissario commissaria
    chefe porta-voz prefeito prefeita governador governadora secretário secretária
    diretor diretora embaixador embaixadora primeiro-ministro primeira-ministra reitor
    reitora juiz juíza deputado deputada vereador vereadora treinador treinadora bispo
    advogado advogada autarca
    burgemeester wethouder staatssecretaris dijkgraaf woordvoerder woordvoerster voorzitter
    directeur commissaris gouverneur gedeputeerde kamerlid rechter hoogleraar advocaat
    ambassadeur korpschef hoofdcommissaris officier bisschop bondscoach
    vd presschef pressekreterare talesperson ordförande statsminister minister
    kommunalråd kommunalrådet landshövding räddningsledare befälhavare kapten riksdagsledamot
    åklagare kommunstyrelsens förbundskapten
    πρόεδρος πρωθυπουργός υπουργός αρχηγός εκπρόσωπος
    """.split()  # noqa: SIM905
)
# what an office of another language is of, capitalised there by custom but no name of
# anything the two articles share: "le chef de l'État" and "le secrétaire d'État" hold two
# offices, "el jefe del Gobierno"
OFFICE_SCOPES = frozenset(
    """
    état etat république republique gouvernement estado gobierno república republica
    stato governo repubblica
    """.split()  # noqa: SIM905
)
# German capitalises every noun: the endings of its titles ("Bundeskanzler",
# "Außenministerin", "Regierungssprecher", "Staatschef") and the names it writes with an
# article ("die Ukraine", "der Kreml"), which the article would otherwise make nouns
GERMAN_TITLE_ENDINGS = (
    "kanzler", "kanzlerin", "präsident", "präsidentin", "präsidenten", "minister",
    "ministerin", "sprecher", "sprecherin", "chef", "chefin", "machthaber", "führer",
    "botschafter", "botschafterin", "bürgermeister", "bürgermeisterin", "papst", "königin",
    "senator", "senatorin", "gouverneur", "gouverneurin", "vorsitzende", "vorsitzender",
    "sekretär", "sekretärin", "kommissar", "kommissarin", "kommandant", "kommandantin",
    "direktor", "direktorin", "leiter", "leiterin", "landrat", "landrätin", "staatsanwalt",
    "staatsanwältin", "intendant", "intendantin", "rektor", "rektorin", "dekan", "dekanin",
    "trainer", "trainerin", "anwalt", "anwältin", "vorsteher", "vorsteherin", "kommandeur",
    "kommandeurin", "beauftragte", "beauftragter", "kandidat", "kandidatin", "forscher",
    "forscherin", "wissenschaftler", "wissenschaftlerin", "sieger", "siegerin",
)  # fmt: skip
GERMAN_NAMES_WITH_ARTICLE = frozenset(
    """
    ukraine türkei schweiz slowakei mongolei krim kreml iran irak libanon sudan jemen
    kongo tschad niger niederlande philippinen vatikan nato uno bundeswehr bundestag
    bundesrat europäische union malediven bahamas taliban hamas hisbollah huthi huthis
    """.split()  # noqa: SIM905
)
# German words whose capital never makes a name: nouns news writes without an article
# (after a preposition: "Nach Angaben der Polizei", "vor Journalisten", "seit Jahren",
# "unter Druck", "vor Ort", "an Bord", "unter Kontrolle"; "Fenster und Türen"; before a
# month: "Ende Juni"; groups of people: "Experten warnen", "vor Anhängern"; what politics
# holds or wins: "will Gespräche führen", "übt Kritik", "fordert Konsequenzen", "verliert
# Stimmen"; not "Sitze", which ends "Lausitz"), as
# GROUP_NOUNS are for English; compared by stem ("Angabe", "Angaben")
GERMAN_BARE_NOUNS = frozenset(
    """
    angaben informationen berichten berichte ansicht auskunft aussage aussagen meinung
    worten erkenntnissen anfang mitte ende beginn jahren monaten wochen tagen
    stunden berufung anfrage nachfrage sicht druck gefahr folge angst protest
    polizei behörden ermittler experten journalisten reporter zeugen augenzeugen medien
    rettungskräfte einsatzkräfte sicherheitskräfte soldaten demonstranten anwohner
    beobachter diplomaten kritiker ärzte helfer anhänger wähler unterstützer
    ort bord kontrolle fenster türen
    gespräche kritik hilfe maßnahmen konsequenzen zugeständnisse vorschläge vorwürfe
    fragen probleme stimmen mandate gewinne verluste
    """.split()  # noqa: SIM905
)
# the endings of German common nouns made from other words ("Regierung", "Sicherheit",
# "Partnerschaft"), which no name has after four letters or more ("Jung" and "Cheung" do
# before)
GERMAN_NOUN_SUFFIXES = (
    "ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften",
)  # fmt: skip
GERMAN_SUFFIX_STEM = 4  # letters before a noun's ending, at least

# The months and days of the week of the other cased languages, which German capitalises
# ("am 19. Juni", "am Montag") and the others write in small letters but for a sentence's
# first word ("Lundi, les pompiers"); none is a name on its own.
FOREIGN_CALENDAR_WORDS = {
    language: frozenset(months_of(language)) | days
    for language, days in WEEKDAYS_BY_LANGUAGE.items()
}
# the languages of those that capitalise them wherever they stand
CAPITALISED_CALENDAR = frozenset({"German"})

# The units of time a figure may count, lower-cased, singular and plural: a figure they
# follow is a span of time ("died 25 years ago", "sono morti 25 anni fa", "vor 25
# Jahren", "il y a 25 ans", "hace 25 años", "há 25 anos"), never a count of people. Not
# the singulars that are other words too: Italian "secondo", Spanish and Portuguese
# "segundo" ("according to": "25 secondo la polizia"), Italian "ora" ("now").
UNITS_OF_TIME = by_language(
    {
        "English": "second seconds minute minutes hour hours day days week weeks month "
        "months year years decade decades century centuries",
        "German": "sekunde sekunden minute minuten stunde stunden tag tage tagen woche wochen "
        "monat monate monaten jahr jahre jahren jahrzehnt jahrzehnte jahrzehnten jahrhundert "
        "jahrhunderte jahrhunderten",
        "French": "seconde secondes minute minutes heure heures jour jours semaine semaines "
        "mois an ans année années décennie décennies siècle siècles",
        "Spanish": "segundos minuto minutos hora horas día días semana semanas mes "
        "meses año años década décadas siglo siglos",
        "Italian": "secondi minuto minuti ore giorno giorni settimana settimane "
        "mese mesi anno anni decennio decenni secolo secoli",
        "Portuguese": "segundos minuto minutos hora horas dia dias semana semanas mês "
        "meses ano anos década décadas século séculos",
    }
)

# A body its members name in a plural possessive, as a pattern: "Carrowick Port Employers'
# Association", "Nurses' Union", "Dockers' Federation" are one name each (as "the Lakers'
# Kobe Bryant" is not): reader.analysis.features
MEMBERS_BODIES = (
    "Union|Unions|Association|Federation|Guild|Council|Alliance|Confederation|Congress"
    "|League|Society|Party|Organi[sz]ation|Institute|Fund"
)
