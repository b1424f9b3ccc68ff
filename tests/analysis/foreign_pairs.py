# ruff: noqa: E501  (each paragraph of an article is one line, as written)
"""Hand-written news paragraphs in Russian, German, French and Spanish: two reports of
one event each (Putin's visit to Pyongyang), for the tests of names and speakers."""

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
