# Kriterien des Bereichs UPD: Softwareupdates und Supportzeitraum.

UPD-01 = Supportende schon vor dem Kauf sichtbar
    .requirement = Der Hersteller gibt das Datum an, bis zu dem das Produkt Sicherheitsupdates erhält, veröffentlicht es unter einer dauerhaft gültigen Adresse und zeigt es Käufern vor dem Kauf auf der Verpackung oder der Shopseite.
    .rationale = Ein Gerät ohne Updates wird mit jedem Jahr unsicherer; Käufer brauchen den Supportzeitraum, um Produkte zu vergleichen und den Ersatz zu planen.
    .consumer = Sie wissen schon vor dem Kauf, wie lange Ihr Gerät Sicherheitsupdates erhält.

UPD-02 = Softwareupdates sind sicher
    .requirement = Die Software des Produkts kann aktualisiert werden, und das Gerät prüft vor der Installation mit etablierter Kryptografie, dass jedes Update authentisch und unverändert ist.
    .rationale = Über Updates werden Sicherheitslücken geschlossen; ein ungeprüfter Updatekanal wäre selbst ein Weg, Schadsoftware einzuschleusen.
    .consumer = Ihr Gerät kann Sicherheitsupdates erhalten und installiert nur echte Updates vom Hersteller.

UPD-03 = Updates sind einfach zu installieren
    .requirement = Die Installation eines Updates erfordert vom Nutzer höchstens eine einfache Handlung oder gar keine.
    .rationale = Updates, die technisches Können oder spezielle Ausrüstung erfordern, werden oft nie installiert.
    .consumer = Ein Update zu installieren ist so einfach wie ein Tastendruck, oder es geschieht von selbst.

UPD-04 = Kritische Lücken werden schnell geschlossen
    .requirement = Der Hersteller liefert für eine kritische Schwachstelle innerhalb der von diesem Kriterium festgelegten Frist eine Korrektur aus, standardmäßig innerhalb von 90 Tagen.
    .rationale = Je länger eine bekannte Schwachstelle offen bleibt, desto wahrscheinlicher wird sie ausgenutzt.
    .consumer = Schwere Sicherheitslücken werden schnell geschlossen, innerhalb von etwa drei Monaten.

UPD-05 = Modell und Softwareversion sind leicht zu finden
    .requirement = Der Nutzer kann die Modellbezeichnung und die Softwareversion des Produkts an mindestens einer dokumentierten Stelle ablesen, etwa auf dem Geräteetikett, der Verpackung, in der App oder in der Weboberfläche des Geräts.
    .rationale = Besitzer und Behörden brauchen das genaue Modell und die genaue Version, um festzustellen, ob eine Warnung oder ein Rückruf sie betrifft.
    .consumer = Sie finden leicht heraus, welches Modell und welche Softwareversion Sie haben, um Warnungen zu prüfen.

UPD-06 = Automatische Sicherheitsupdates unter Ihrer Kontrolle
    .requirement = Automatische Sicherheitsupdates sind ab Werk eingeschaltet, und der Nutzer kann sie aufschieben oder abschalten.
    .rationale = Automatische Updates erreichen auch Geräte, deren Besitzer nie nach Updates suchen; das Aufschieben berücksichtigt Momente, in denen ein Neustart Schaden anrichten würde.
    .consumer = Sicherheitsupdates installieren sich von selbst, aber Sie können sie verschieben, wenn es gerade ungünstig ist.

UPD-07 = Sicherheitsupdates sind kostenlos
    .requirement = Der Hersteller stellt Sicherheitsupdates während des gesamten Supportzeitraums ohne Zusatzkosten bereit.
    .rationale = Kostenpflichtige Korrekturen lassen unsichere Geräte in den Haushalten von Menschen zurück, die nicht zahlen können oder wollen.
    .consumer = Sie müssen nie für Sicherheitsupdates bezahlen.

UPD-08 = Mindestens fünf Jahre Support
    .requirement = Der Supportzeitraum für Sicherheitsupdates endet frühestens nach der von diesem Kriterium festgelegten Mindestdauer ab dem ersten Inverkehrbringen des Produkts, standardmäßig nach fünf Jahren.
    .rationale = Vernetzte Produkte bleiben viele Jahre in Gebrauch; ein kurzer Support macht sie angreifbar, lange bevor sie verschlissen sind.
    .consumer = Ihr Gerät erhält mindestens fünf Jahre lang Sicherheitsupdates, gerechnet ab dem ersten Verkaufsstart.

UPD-09 = Sie werden über Updates informiert
    .requirement = Das Produkt oder der Hersteller informiert den Nutzer, wenn ein Update verfügbar ist oder installiert wurde, und darüber, was es behebt.
    .rationale = Wer weiß, was ein Update ändert, kann einschätzen, wie dringend es ist, und bemerkt, wenn keine Updates mehr kommen.
    .consumer = Sie erfahren, wenn ein Update kommt und was es behebt.

UPD-10 = Sicherheitskorrekturen getrennt von neuen Funktionen
    .requirement = Soweit technisch machbar, veröffentlicht der Hersteller Sicherheitskorrekturen getrennt von Funktionsänderungen, sodass der Nutzer sie installieren kann, ohne andere Änderungen annehmen zu müssen.
    .rationale = Werden Korrekturen mit unerwünschten Änderungen gebündelt, lehnen Menschen Updates oft ganz ab.
    .consumer = Sie erhalten Sicherheitsupdates, ohne neue Funktionen akzeptieren zu müssen, die Sie nicht wollen.

UPD-11 = Öffentliche Versionshinweise für jede Version
    .requirement = Der Hersteller veröffentlicht für jede Softwareversion Versionshinweise unter einer dauerhaft gültigen öffentlichen Adresse und schafft so eine bleibende Aufzeichnung der Änderungen.
    .rationale = Ein öffentlicher Änderungsverlauf zeigt Besitzern, Forschenden und Behörden, was jedes Update bewirkt hat, und erlaubt es, den Hersteller beim Wort zu nehmen.
    .consumer = Sie können online nachlesen, was sich mit jedem Softwareupdate geändert hat.

UPD-12 = Ein veröffentlichter Plan für das Lebensende
    .requirement = Der Hersteller veröffentlicht einen Plan, der festlegt, was mit dem Gerät, seinen Diensten und den Daten des Nutzers geschieht, wenn der Support endet, wenn der Dienst eingestellt wird und wenn das Unternehmen insolvent oder übernommen wird.
    .rationale = Geräte überdauern oft die Dienste, auf die sie angewiesen sind; ein im Voraus erstellter Plan bewahrt Besitzer davor, mit einem nutzlosen oder unsicheren Produkt dazustehen.
    .consumer = Sie können nachlesen, was mit Ihrem Gerät und Ihren Daten geschieht, wenn das Unternehmen den Support einstellt.

UPD-13 = Kernfunktionen werden nicht entzogen
    .requirement = Der Hersteller entfernt oder verschlechtert die angegebenen Kernfunktionen des Produkts während des Supportzeitraums weder durch Updates noch durch Änderungen am Dienst.
    .rationale = Käufer bezahlen für die beim Kauf versprochenen Funktionen; sie nachträglich zu entziehen, untergräbt das Vertrauen in jedes Update.
    .consumer = Updates nehmen Ihrem Gerät nicht die Hauptfunktionen, die es beim Kauf hatte.
