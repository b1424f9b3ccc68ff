# ruff: noqa: E501  (each paragraph of an article is one line, as written)
"""Hand-written news paragraphs in Russian, German, French and Spanish: two reports of
one event each (Putin's visit to Pyongyang), for the tests of names and speakers; and
two reports of a derailment in French, German and Spanish, written apart, whose fourth
sentences (the driver questioned; works on the track) share nothing but articles and
prepositions, between two pairs that say the same thing."""

from __future__ import annotations

RU_A = """\
Путин и Ким Чен Ын подписали договор о стратегическом партнёрстве

Президент России Владимир Путин и лидер КНДР Ким Чен Ын подписали в Пхеньяне договор о всеобъемлющем стратегическом партнёрстве.

«Это действительно прорывной документ», — сказал Путин журналистам после переговоров.

Договор предусматривает взаимную помощь в случае агрессии против одной из сторон.

По словам Ким Чен Ына, отношения двух стран вышли на новый уровень.

«Мы полностью поддерживаем Россию», — заявил Ким Чен Ын.

Визит Путина в Пхеньян стал первым за 24 года.

Министр иностранных дел Сергей Лавров отметил, что договор носит оборонительный характер.
"""

RU_B = """\
Москва и Пхеньян заключили договор о взаимной помощи

Владимир Путин прибыл в Пхеньян с первым за 24 года визитом.

Ким Чен Ын встретил российского президента в аэропорту, а затем лидеры провели переговоры.

«Это действительно прорывной документ», — заявил Путин после подписания.

Договор предусматривает взаимную помощь при нападении на одну из сторон, сообщает ТАСС.

Сергей Лавров сказал, что договор не направлен против третьих стран.

«Мы полностью поддерживаем Россию», — сказал Ким Чен Ын на приёме.
"""

DE_A = """\
Putin und Kim unterzeichnen Beistandspakt

Der russische Präsident Wladimir Putin und der nordkoreanische Machthaber Kim Jong Un haben in Pjöngjang einen Vertrag über eine umfassende strategische Partnerschaft unterzeichnet.

„Das ist ein wirklich bahnbrechendes Dokument“, sagte Putin nach den Gesprächen.

Der Vertrag sieht gegenseitigen Beistand im Fall eines Angriffs auf eine der beiden Seiten vor.

Die Regierung in Berlin reagierte besorgt auf das Abkommen.

Bundeskanzler Olaf Scholz erklärte, die Zusammenarbeit sei eine Bedrohung für die Sicherheit in Europa.

„Wir beobachten die Entwicklung sehr genau“, so Scholz.

Es ist der erste Besuch Putins in Nordkorea seit 24 Jahren.
"""

DE_B = """\
Russland und Nordkorea schließen Vertrag

Wladimir Putin ist zum ersten Mal seit 24 Jahren nach Nordkorea gereist.

Kim Jong Un empfing den Präsidenten am Flughafen von Pjöngjang.

Die beiden Staaten unterzeichneten einen Vertrag über gegenseitigen Beistand.

„Das ist ein wirklich bahnbrechendes Dokument“, betonte Putin.

Der Vertrag verpflichtet beide Seiten zur Hilfe im Fall eines Angriffs.

Scholz sagte, die Bundesregierung beobachte die Entwicklung sehr genau.

„Die Zusammenarbeit ist eine Bedrohung für Europa“, sagte Olaf Scholz in Berlin.
"""

FR_A = """\
Poutine et Kim signent un pacte de défense mutuelle

Le président russe Vladimir Poutine et le dirigeant nord-coréen Kim Jong-un ont signé à Pyongyang un traité de partenariat stratégique global.

« C'est un document véritablement révolutionnaire », a déclaré Vladimir Poutine après les entretiens.

Le traité prévoit une assistance mutuelle en cas d'agression contre l'une des parties.

Selon Kim Jong-un, les relations entre les deux pays ont atteint un nouveau niveau.

À l'Élysée, Emmanuel Macron a affirmé que cet accord menaçait la sécurité en Europe.

C'est la première visite de Poutine en Corée du Nord depuis 24 ans.
"""

FR_B = """\
La Russie et la Corée du Nord signent un traité

Vladimir Poutine s'est rendu en Corée du Nord pour la première fois depuis 24 ans.

Kim Jong-un a accueilli le président russe à l'aéroport de Pyongyang.

« C'est un document véritablement révolutionnaire », a dit Poutine.

Le traité prévoit une assistance mutuelle en cas d'attaque contre l'une des parties.

Emmanuel Macron a expliqué que l'accord représentait une menace pour l'Europe.

« Nous suivons la situation de très près », selon l'Élysée.
"""

ES_A = """\
Putin y Kim firman un pacto de defensa mutua

El presidente ruso, Vladímir Putin, y el líder norcoreano, Kim Jong-un, firmaron en Pyongyang un tratado de asociación estratégica integral.

"Es un documento verdaderamente innovador", dijo Putin tras las conversaciones.

El tratado prevé asistencia mutua en caso de agresión contra una de las partes.

Según Kim Jong-un, las relaciones entre ambos países han alcanzado un nuevo nivel.

El ministro español de Exteriores, José Manuel Albares, afirmó que el acuerdo es preocupante.

Es la primera visita de Putin a Corea del Norte en 24 años.
"""

ES_B = """\
Rusia y Corea del Norte firman un tratado

Vladímir Putin viajó a Corea del Norte por primera vez en 24 años.

Kim Jong-un recibió al presidente ruso en el aeropuerto de Pyongyang.

«Es un documento verdaderamente innovador», declaró Putin.

El tratado prevé asistencia mutua en caso de ataque contra una de las partes.

«El acuerdo es preocupante», explicó José Manuel Albares en Madrid.

Ángel Núñez, analista del Real Instituto Elcano, afirmó que Moscú busca aliados.
"""


FR_DERAILMENT_A = """\
Un train déraille près de Lyon : trois blessés

Un TER a déraillé mardi matin près de la gare de Vénissieux, au sud de Lyon.

Trois passagers ont été légèrement blessés et transportés à l'hôpital Édouard-Herriot.

Le conducteur a été entendu par les enquêteurs dans la journée.

La SNCF a ouvert une enquête interne pour déterminer les causes du déraillement.

Le trafic entre Lyon et Grenoble restera perturbé jusqu'à jeudi.
"""

FR_DERAILMENT_B = """\
Déraillement d'un TER à Vénissieux

Le TER Lyon-Grenoble a déraillé mardi vers 7 heures à l'entrée de la gare de Vénissieux.

Trois voyageurs, légèrement blessés, ont été transportés à l'hôpital.

D'après la préfecture, des travaux sur la voie duraient depuis une semaine dans le secteur.

La SNCF a annoncé une enquête interne sur les causes de l'accident.

La circulation des trains entre Lyon et Grenoble ne reprendra pas avant jeudi.
"""

DE_DERAILMENT_A = """\
Zug entgleist bei Augsburg: drei Verletzte

Ein Regionalzug ist am Dienstagmorgen kurz vor dem Bahnhof Gersthofen bei Augsburg entgleist.

Drei Fahrgäste wurden leicht verletzt und in das Klinikum Augsburg gebracht.

Der Lokführer wurde noch am Vormittag von der Polizei befragt.

Die Deutsche Bahn hat eine interne Untersuchung zur Ursache der Entgleisung eingeleitet.

Die Strecke zwischen Augsburg und Donauwörth bleibt bis Donnerstag gesperrt.
"""

DE_DERAILMENT_B = """\
Entgleisung in Gersthofen

Ein Regionalzug ist am Dienstag gegen 7 Uhr bei der Einfahrt in den Bahnhof Gersthofen entgleist.

Drei Fahrgäste erlitten leichte Verletzungen und kamen ins Klinikum Augsburg.

Nach Angaben der Stadt waren an den Gleisen seit einer Woche Bauarbeiten im Gange.

Die Deutsche Bahn kündigte eine interne Untersuchung zur Ursache des Unglücks an.

Die Strecke zwischen Augsburg und Donauwörth bleibt bis Donnerstag gesperrt.
"""

ES_DERAILMENT_A = """\
Descarrila un tren cerca de Sevilla: tres heridos

Un tren de Cercanías descarriló el martes por la mañana cerca de la estación de Dos Hermanas, al sur de Sevilla.

Tres pasajeros resultaron heridos leves y fueron trasladados al hospital de Valme.

El maquinista fue interrogado por la Guardia Civil durante la jornada.

Adif ha abierto una investigación interna para determinar las causas del descarrilamiento.

La circulación entre Sevilla y Cádiz seguirá afectada hasta el jueves.
"""

ES_DERAILMENT_B = """\
Descarrilamiento en Dos Hermanas

Un tren de Cercanías descarriló el martes hacia las 7 a la entrada de la estación de Dos Hermanas.

Tres viajeros, heridos leves, fueron trasladados al hospital.

Según el ayuntamiento, la vía estaba en obras desde hacía una semana.

Adif anunció una investigación interna sobre las causas del accidente.

Los trenes entre Sevilla y Cádiz no circularán con normalidad hasta el jueves.
"""
