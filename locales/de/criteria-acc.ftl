# Barrierefreiheit

ACC-01 = Ohne Sehvermögen bedienbar
    .requirement = Das Einrichten, Zurücksetzen und Aktualisieren des Produkts sowie das Löschen seiner Daten können vollständig von einer Person ohne Sehvermögen durchgeführt werden.
    .rationale = Blinde und sehbehinderte Menschen sind ebenso auf vernetzte Produkte angewiesen wie alle anderen und müssen sie ohne fremde Hilfe sicher halten können.
    .consumer = Blinde Menschen können das Gerät selbstständig einrichten, aktualisieren und zurücksetzen.

ACC-02 = Ohne Feinmotorik bedienbar
    .requirement = Für jedes Bedienelement des Produkts gibt es eine Alternative, die keine Feinmotorik erfordert, sodass keine Funktion ausschließlich von winzigen Tasten, präzisen Gesten oder kräftigem Zugreifen abhängt.
    .rationale = Kleine Tasten und Bedienfolgen mit langem Gedrückthalten schließen Menschen mit eingeschränkter Fingerfertigkeit aus, oft gerade von Sicherheitsfunktionen wie dem Zurücksetzen.
    .consumer = Sie brauchen keine ruhige Hand, um alle Funktionen zu bedienen.

ACC-03 = Status auf mehr als eine Weise angezeigt
    .requirement = Das Produkt zeigt seinen Status auf mehr als eine Weise an, zum Beispiel durch Licht und Ton oder durch Licht und Vibration.
    .rationale = Ein Signal, das nur einen Sinn anspricht, entgeht Menschen, denen dieser Sinn fehlt – auch bei Warnungen zur Sicherheit und zu laufenden Aufnahmen.
    .consumer = Das Gerät zeigt Ihnen mit Licht und Ton, was es gerade tut, damit Sie nichts verpassen.

ACC-04 = Anleitungen, die alle nutzen können
    .requirement = Handbücher und Anleitungen werden in barrierefreien Formaten und in einfacher, verständlicher Sprache bereitgestellt.
    .rationale = Sicherheitshinweise wirken nur, wenn Menschen sie lesen und verstehen können, unabhängig von ihren Fähigkeiten.
    .consumer = Die Anleitungen sind leicht verständlich und in Formaten erhältlich, die auch für Menschen geeignet sind, die kleine Schrift nicht lesen können.

ACC-05 = Die Begleit-App ist barrierefrei
    .requirement = Die Begleit-App erfüllt die Konformitätsstufe AA oder AAA der Web Content Accessibility Guidelines 2.2.
    .rationale = Die App ist oft der einzige Weg, Einstellungen zu ändern, Updates zu installieren oder Daten zu löschen; ist sie nicht barrierefrei, sind es diese Bedienmöglichkeiten auch nicht.
    .consumer = Die App funktioniert mit Screenreadern und anderen Hilfsmitteln für Menschen mit Behinderungen.

ACC-06 = Mehr als ein Weg zu Hilfe
    .requirement = Der Hersteller bietet mindestens 2 Supportkanäle an, etwa Telefon, E-Mail, Chat, einen Text-Vermittlungsdienst oder Video in Gebärdensprache.
    .rationale = Kein einzelner Kontaktweg passt für alle; eine Auswahl ermöglicht es gehörlosen, blinden und digital weniger versierten Kunden, Hilfe zu erhalten.
    .consumer = Sie können auf mehreren Wegen Hilfe bekommen, zum Beispiel per Telefon oder E-Mail.
