# Kriterien des Bereichs VUL: Schwachstellenmanagement.

VUL-01 = Ein veröffentlichter Meldeweg für Sicherheitsprobleme
    .requirement = Der Hersteller veröffentlicht eine Richtlinie zur koordinierten Offenlegung von Schwachstellen mit einer Kontaktstelle für Meldungen und gibt an, innerhalb wie vieler Tage der Eingang einer Meldung bestätigt wird und wie oft die meldende Person Statusaktualisierungen erhält.
    .rationale = Wer Schwachstellen findet, braucht eine bekannte Stelle, um sie zu melden; sonst bleiben sie unbehoben oder landen bei Angreifern.
    .consumer = Wer ein Sicherheitsproblem findet, weiß, wie er es dem Hersteller melden kann, und bekommt eine Antwort.

VUL-02 = Eine gültige security.txt-Datei
    .requirement = Der Hersteller veröffentlicht eine aktuelle, wohlgeformte security.txt-Datei gemäß RFC 9116, und der darin genannte Kontakt stimmt mit der angegebenen Meldekontaktstelle überein.
    .rationale = Eine standardisierte, maschinenlesbare Datei lässt Forschende und Werkzeuge die richtige Kontaktstelle in Sekunden finden.
    .consumer = Sicherheitsfachleute finden schnell heraus, wo sie Probleme mit Ihrem Gerät melden können.

VUL-03 = Keine bekannten ausnutzbaren Schwachstellen bei Marktstart
    .requirement = Vor der Veröffentlichung gleicht der Hersteller die ausgelieferten Softwarekomponenten mit öffentlichen Schwachstellendatenbanken ab, und die Firmware wird ohne bekannte ausnutzbare Schwachstelle ausgeliefert.
    .rationale = Wer mit bereits öffentlich bekannten Schwachstellen ausliefert, bietet Angreifern einen fertigen Zugang.
    .consumer = Ihr Gerät kam nicht mit Sicherheitslücken in den Handel, die bereits bekannt waren.

VUL-04 = Eine Software-Stückliste wird geführt
    .requirement = Der Hersteller hält für jede Firmwareversion eine maschinenlesbare Software-Stückliste (SBOM) aktuell und gibt an, wo Nutzer und Behörden sie erhalten können.
    .rationale = Zu wissen, welche Komponenten ein Produkt enthält, ist der einzige schnelle Weg festzustellen, ob eine neu entdeckte Schwachstelle es betrifft.
    .consumer = Der Hersteller führt eine Liste aller Softwarebestandteile Ihres Geräts und kann so schnell prüfen, ob neue Probleme es betreffen.

VUL-05 = Sicherheitshinweise werden veröffentlicht
    .requirement = Der Hersteller veröffentlicht unter einer öffentlichen Adresse Sicherheitshinweise zu behobenen Schwachstellen und nennt darin die betroffenen Versionen, die Auswirkungen und die Maßnahmen, die Nutzer ergreifen sollten.
    .rationale = Sicherheitshinweise zeigen Besitzern und Administratoren, welche Geräte gefährdet sind und wie sie sie schützen können.
    .consumer = Wenn ein Sicherheitsproblem behoben ist, sagt der Hersteller öffentlich, worum es ging und was Sie tun sollten.

VUL-06 = Ausgenutzte Schwachstellen werden Behörden gemeldet
    .requirement = Der Hersteller verfügt über ein Verfahren, um aktiv ausgenutzte Schwachstellen und schwerwiegende Sicherheitsvorfälle innerhalb der gesetzlichen Fristen an die zuständigen Behörden zu melden.
    .rationale = Frühe Meldungen ermöglichen es Behörden, andere zu warnen und eine Reaktion zu koordinieren, bevor sich der Schaden ausbreitet.
    .consumer = Wenn Kriminelle eine Schwachstelle in Ihrem Gerät bereits ausnutzen, warnt der Hersteller rasch die Behörden.

VUL-07 = Sicherheitstests für jede Version
    .requirement = Der Hersteller testet die Sicherheit des Produkts regelmäßig, mindestens jedoch bei jeder Softwareveröffentlichung.
    .rationale = Regelmäßige Tests finden Schwachstellen, bevor Angreifer es tun, und entdecken neuen Code, der frühere Korrekturen zunichtemacht.
    .consumer = Die Sicherheit Ihres Geräts wird bei jeder Änderung seiner Software getestet.

VUL-08 = Rechtlicher Schutz für Sicherheitsforschende
    .requirement = Die Offenlegungsrichtlinie sichert zu, dass der Hersteller gegen Personen, die in gutem Glauben Schwachstellen erforschen und melden, keine rechtlichen Schritte einleitet.
    .rationale = Die Angst vor Klagen lässt Forschende schweigen, und Schwachstellen bleiben dann ungemeldet und unbehoben.
    .consumer = Wer Sicherheitsprobleme findet und meldet, wird für seine Hilfe nicht verklagt.

VUL-09 = Ein aktueller unabhängiger Penetrationstest
    .requirement = Ein unabhängiger Tester hat innerhalb des von diesem Kriterium festgelegten Zeitraums vor der Prüfung, standardmäßig 24 Monate, einen Penetrationstest des Produkts durchgeführt.
    .rationale = Ein externes Team, das das Produkt so angreift wie ein echter Gegner, findet Probleme, die interne Überprüfungen übersehen.
    .consumer = Externe Sicherheitsfachleute haben kürzlich versucht, in Ihr Gerät einzudringen.

VUL-10 = Eine Hardware-Stückliste wird geführt
    .requirement = Der Hersteller führt zusätzlich eine Hardware-Stückliste, die die wichtigsten elektronischen Komponenten des Produkts aufführt.
    .rationale = Ein Hardware-Verzeichnis zeigt schnell, welche Produkte von einem fehlerhaften Chip oder einem ausfallenden Zulieferer betroffen sind.
    .consumer = Der Hersteller weiß genau, welche Teile in Ihrem Gerät stecken, sodass sich Hardwareprobleme zurückverfolgen lassen.

VUL-11 = Schwere behebbare Schwachstellen bleiben nicht liegen
    .requirement = Zum Prüfdatum enthalten die ausgelieferten Komponenten keine Schwachstelle mit kritischem oder hohem Schweregrad, für die schon länger als vom Kriterium zugelassen (standardmäßig 90 Tage) eine korrigierte Version verfügbar ist, es sei denn, eine VEX-Erklärung belegt, dass das Produkt nicht betroffen ist.
    .rationale = Sobald eine Korrektur öffentlich ist, analysieren Angreifer sie; eine Komponente, die lange nach Erscheinen der Korrektur ungepatcht bleibt, ist der häufigste Weg, auf dem Geräte übernommen werden.
    .consumer = Wenn eine schwere Sicherheitslücke in einem Softwarebaustein behoben wird, erhält Ihr Gerät diese Korrektur schnell.
