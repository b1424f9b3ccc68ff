"""Short news briefs in the languages reader.ingest.languages tells (written for these
tests: two to five sentences each, as a wire brief or an article's lead)."""

from __future__ import annotations

BRIEFS: dict[str, list[str]] = {
    "English": [
        "The city council approved a new budget on Tuesday after a long debate. The mayor "
        "said that the plan would cut waiting times at hospitals, but the opposition voted "
        "against it.",
    ],
    "French": [
        "Un incendie a ravagé dans la nuit un entrepôt de la banlieue de Lyon. Les pompiers "
        "ont maîtrisé le feu vers six heures du matin. Il n’y a pas de blessés, selon la "
        "préfecture, mais une enquête a été ouverte.",
    ],
    "German": [
        "Die Polizei hat am Montag in Hamburg einen 45 Jahre alten Mann festgenommen. Er "
        "soll nach Angaben der Staatsanwaltschaft mehrere Geschäfte überfallen haben. Die "
        "Ermittlungen dauern noch an.",
    ],
    "Spanish": [
        "El Gobierno aprobó el martes un plan de ayudas para los agricultores afectados por "
        "la sequía. Según el ministro, las ayudas llegarán antes del verano. Las "
        "organizaciones agrarias consideran que la cifra es insuficiente.",
    ],
    "Italian": [
        "Un incendio ha distrutto la notte scorsa un capannone industriale alla periferia "
        "di Torino. Le fiamme sono state spente dopo sei ore dai vigili del fuoco. Non ci "
        "sono feriti, ma la procura ha aperto un’indagine.",
        "La polizia ha arrestato un uomo di 45 anni a Milano. L’uomo, accusato di rapina, è "
        "stato fermato in stazione. Le indagini continuano.",
        "Il presidente francese Emmanuel Macron ha incontrato oggi a Roma la premier "
        "Giorgia Meloni. I due leader hanno parlato della crisi in Medio Oriente e delle "
        "elezioni europee. Una conferenza stampa è prevista per le 18.",
        "Il consiglio comunale di Napoli ha approvato il nuovo piano per il traffico. Le "
        "nuove regole entreranno in vigore a settembre, secondo il sindaco.",
    ],
    "Portuguese": [
        "O governo anunciou nesta terça-feira um novo pacote de medidas para conter a "
        "inflação. Segundo o ministro, os preços dos alimentos devem cair até o fim do ano. "
        "A oposição criticou o plano.",
    ],
    "Dutch": [
        "De politie heeft dinsdag in Rotterdam twee mannen aangehouden na een overval op "
        "een juwelier. Volgens een woordvoerder werd er niemand gewond. De buit is nog niet "
        "teruggevonden.",
    ],
    "Catalan": [
        "El Govern ha aprovat aquest dimarts un pla per fer front a la sequera. Segons la "
        "consellera, les restriccions d’aigua es mantindran fins a l’estiu. Els pagesos "
        "diuen que les ajudes són insuficients.",
    ],
    "Romanian": [
        "Guvernul a aprobat marți un nou pachet de măsuri pentru sprijinirea fermierilor "
        "afectați de secetă. Potrivit ministrului, banii vor ajunge la producători până la "
        "sfârșitul lunii. Opoziția susține că suma este prea mică.",
    ],
    "Polish": [
        "Policja zatrzymała w poniedziałek w Krakowie dwóch mężczyzn podejrzanych o "
        "napad na bank. Według rzecznika nikt nie został ranny. Śledztwo prowadzi "
        "prokuratura okręgowa.",
        "Sejm przyjął w piątek ustawę o podwyżkach dla nauczycieli. Za głosowało 280 "
        "posłów. Ustawa trafi teraz do Senatu.",
    ],
    "Czech": [
        "Policie ve středu zadržela v Brně muže, který je podezřelý z loupeže v bance. "
        "Podle mluvčího nebyl nikdo zraněn. Případ nyní vyšetřuje kriminální policie.",
        "Vláda schválila nový rozpočet na příští rok. Schodek bude podle ministra financí "
        "nižší než letos, ale opozice tvrdí, že čísla jsou příliš optimistická. Sněmovna "
        "o něm bude hlasovat v prosinci.",
    ],
    "Slovak": [
        "Polícia v pondelok zadržala v Košiciach muža, ktorý je podozrivý z lúpeže v "
        "banke. Podľa hovorcu nebol nikto zranený. Muž sa k činu priznal a je vo väzbe, "
        "prípad vyšetruje kriminálna polícia.",
    ],
    "Slovenian": [
        "Policija je v ponedeljek v Mariboru prijela moškega, ki je osumljen ropa banke. "
        "Po besedah tiskovnega predstavnika ni bil nihče poškodovan. Preiskava se "
        "nadaljuje, je še dodal.",
    ],
    "Croatian or Serbian": [
        "Policija je u ponedjeljak u Splitu uhitila muškarca koji je osumnjičen za "
        "pljačku banke. Prema riječima glasnogovornika, nitko nije ozlijeđen. Istraga je "
        "još u tijeku.",
    ],
    "Hungarian": [
        "A rendőrség hétfőn őrizetbe vett egy férfit Debrecenben, akit egy bankrablással "
        "gyanúsítanak. A szóvivő szerint senki sem sérült meg. A nyomozás még tart, de a "
        "férfi már beismerte a tettét.",
    ],
    "Swedish": [
        "Polisen grep på måndagen en man i Göteborg som misstänks för ett bankrån. Enligt "
        "en talesperson skadades ingen. Mannen har erkänt och ska höras igen under "
        "veckan.",
    ],
    "Danish": [
        "Politiet anholdt mandag en mand i Aarhus, som er mistænkt for et bankrøveri. "
        "Ifølge en talsmand blev ingen såret. Manden har tilstået, og han skal fremstilles "
        "i grundlovsforhør efter weekenden.",
    ],
    "Norwegian": [
        "Politiet pågrep mandag en mann i Bergen som er mistenkt for et bankran. Ifølge "
        "en talsperson ble ingen skadet. Mannen har tilstått, og han skal avhøres igjen "
        "etter helgen.",
    ],
    "Finnish": [
        "Poliisi otti maanantaina kiinni Tampereella miehen, jota epäillään pankkiryöstöstä. "
        "Poliisin mukaan kukaan ei loukkaantunut. Mies on tunnustanut teon, ja hänet "
        "kuulustellaan vielä tällä viikolla, mutta tutkinta jatkuu.",
    ],
    "Estonian": [
        "Politsei pidas esmaspäeval Tartus kinni mehe, keda kahtlustatakse panga "
        "röövimises. Pressiesindaja sõnul ei saanud keegi viga. Mees on oma süü juba "
        "üles tunnistanud, kuid uurimine veel kestab.",
    ],
    "Turkish": [
        "Polis pazartesi günü İzmir'de bir banka soygunu şüphelisi olan bir adamı "
        "gözaltına aldı. Sözcüye göre kimse yaralanmadı. Soruşturma devam ediyor ve adam "
        "daha sonra mahkemeye çıkarılacak.",
    ],
    "Albanian": [
        "Policia arrestoi të hënën në Durrës një burrë që dyshohet për grabitjen e një "
        "banke. Sipas zëdhënësit, askush nuk u plagos. Hetimi vazhdon dhe burri do të "
        "dalë para gjykatës.",
    ],
    "Galician": [
        "A policía detivo o luns en Vigo un home sospeitoso de roubar unha sucursal "
        "bancaria. Segundo un portavoz, non houbo feridos. O detido pasará a disposición "
        "xudicial nos próximos días.",
    ],
    "Indonesian or Malay": [
        "Polisi menangkap seorang pria di Surabaya pada hari Senin yang diduga merampok "
        "sebuah bank. Menurut juru bicara polisi, tidak ada korban dalam kejadian itu. "
        "Pria tersebut akan diperiksa lebih lanjut oleh penyidik.",
    ],
}

# Languages the lists do not name, of sixty words or more (reader.analysis.linking.relatedness
# calls such a text "a language other than English"): none is taken for a named language,
# though they write letters some named ones write (ą, ę, č, đ, á) and some of their words
# ("per", "po", "at", "na", "sa").
UNNAMED: dict[str, str] = {
    "Lithuanian": (
        "Lietuvos Vyriausybė trečiadienį pritarė naujam biudžeto projektui, kuris numato "
        "didesnį finansavimą sveikatos apsaugai ir švietimui. Pasak finansų ministrės, "
        "deficitas kitais metais turėtų sumažėti, tačiau opozicija teigia, kad skaičiai yra "
        "per daug optimistiški. Seimas projektą svarstys po dviejų savaičių, o galutinis "
        "sprendimas bus priimtas iki metų pabaigos. Ekonomistai mano, kad infliacija dar "
        "ilgai išliks aukšta, todėl gyventojų pajamos augs lėčiau, nei tikisi valdžia."
    ),
    "Latvian": (
        "Latvijas valdība trešdien apstiprināja jauno budžeta projektu, kas paredz lielāku "
        "finansējumu veselības aprūpei un izglītībai. Finanšu ministrs sacīja, ka deficīts "
        "nākamgad samazināsies, taču opozīcija uzskata, ka skaitļi ir pārāk optimistiski. "
        "Saeima projektu skatīs pēc divām nedēļām, un galīgais lēmums tiks pieņemts līdz "
        "gada beigām. Ekonomisti uzskata, ka inflācija vēl ilgi saglabāsies augsta, tāpēc "
        "iedzīvotāju ienākumi pieaugs lēnāk, nekā cer valdība."
    ),
    "Vietnamese": (
        "Chính phủ Việt Nam hôm thứ Tư đã thông qua dự thảo ngân sách mới, trong đó dành "
        "nhiều kinh phí hơn cho y tế và giáo dục. Theo Bộ trưởng Bộ Tài chính, thâm hụt "
        "ngân sách sẽ giảm trong năm tới, nhưng nhiều chuyên gia cho rằng các con số này "
        "quá lạc quan. Quốc hội sẽ xem xét dự thảo trong hai tuần tới và đưa ra quyết định "
        "cuối cùng trước cuối năm. Các nhà kinh tế dự báo lạm phát sẽ còn ở mức cao trong "
        "thời gian dài, khiến thu nhập của người dân tăng chậm hơn so với kỳ vọng."
    ),
    "Icelandic": (
        "Ríkisstjórnin samþykkti á miðvikudag nýtt fjárlagafrumvarp sem gerir ráð fyrir "
        "auknum framlögum til heilbrigðismála og menntamála. Að sögn fjármálaráðherra mun "
        "hallinn minnka á næsta ári, en stjórnarandstaðan segir að tölurnar séu of "
        "bjartsýnar. Alþingi mun fjalla um frumvarpið eftir tvær vikur og endanleg ákvörðun "
        "verður tekin fyrir árslok. Hagfræðingar telja að verðbólga verði áfram mikil um "
        "langa hríð, þannig að tekjur fólks hækki hægar en stjórnin vonast til."
    ),
    "Welsh": (
        "Mae'r llywodraeth wedi cymeradwyo cyllideb newydd ddydd Mercher a fydd yn rhoi mwy "
        "o arian i iechyd ac addysg. Yn ôl y gweinidog cyllid, bydd y diffyg yn gostwng y "
        "flwyddyn nesaf, ond mae'r wrthblaid yn dweud bod y ffigyrau yn rhy optimistaidd. "
        "Bydd y Senedd yn trafod y gyllideb ymhen pythefnos a bydd y penderfyniad terfynol "
        "yn cael ei wneud cyn diwedd y flwyddyn."
    ),
    "Tagalog": (
        "Inaprubahan ng gobyerno noong Miyerkules ang bagong panukalang badyet na naglalaan "
        "ng mas malaking pondo para sa kalusugan at edukasyon. Ayon sa kalihim ng "
        "pananalapi, bababa ang kakulangan sa susunod na taon, ngunit sinabi ng oposisyon na "
        "masyadong positibo ang mga numero. Tatalakayin ng Kongreso ang panukala sa loob ng "
        "dalawang linggo at ang pinal na desisyon ay gagawin bago matapos ang taon."
    ),
}
