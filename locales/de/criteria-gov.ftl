# Datenhoheit und Transparenz

GOV-01 = Zurücksetzen löscht Ihre Daten
    .requirement = Das Zurücksetzen auf die Werkseinstellungen entfernt alle Nutzerdaten, Zugangsdaten und Einstellungen in einem einfachen Schritt vom Gerät.
    .rationale = Geräte werden weiterverkauft, zurückgegeben und recycelt; darauf verbliebene Daten stellen den Vorbesitzer bloß.
    .consumer = Ein Zurücksetzen löscht alles, sodass Sie das Gerät bedenkenlos verkaufen oder recyceln können.

GOV-02 = Sie können Ihre Daten in der Cloud löschen
    .requirement = Die Nutzer können die Daten löschen, die der Onlinedienst des Herstellers über sie speichert. Erfordert das Produkt ein Konto, können die Nutzer es auch schließen, wobei die damit verknüpften Daten gelöscht werden.
    .rationale = Online gespeicherte Kopien von Aufnahmen und Verläufen überdauern das Gerät; ohne eine Möglichkeit, sie zu löschen, verlieren Menschen dauerhaft die Kontrolle über ihre Daten.
    .consumer = Sie können löschen, was das Unternehmen online über Sie speichert, und Ihr Konto endgültig schließen.

GOV-03 = Sie erhalten kostenlos eine Kopie Ihrer Daten
    .requirement = Die Nutzer können kostenlos eine Kopie der personenbezogenen Daten erhalten, die das Produkt und die zugehörigen Dienste über sie speichern.
    .rationale = Mit einer Kopie können Menschen sehen, was über sie gespeichert ist, und zu einem anderen Dienst wechseln, statt an einen Anbieter gebunden zu sein.
    .consumer = Sie können Ihre Daten kostenlos herunterladen und anderswo weiterverwenden.

GOV-04 = Sie können Ihre Daten berichtigen und ihre Nutzung einschränken
    .requirement = Die Nutzer können ihre personenbezogenen Daten berichtigen und deren Verarbeitung einschränken. Der Hersteller verweigert keine Überprüfung durch einen Menschen bei automatisierten Entscheidungen, die die Nutzer erheblich beeinträchtigen.
    .rationale = Falsche Daten führen zu falschen Entscheidungen; Menschen brauchen eine Möglichkeit, sie zu korrigieren, ihre Nutzung einzugrenzen und anzufechten, was eine Maschine über sie entschieden hat.
    .consumer = Sie können falsche Daten korrigieren, ihre Nutzung einschränken und verlangen, dass ein Mensch eine Entscheidung prüft, die ein Computer über Sie getroffen hat.

GOV-05 = Sichere Weitergabe für beide Besitzer
    .requirement = Das Produkt kann an einen neuen Besitzer übertragen werden, und bei der Übertragung werden sämtliche Zugänge und Daten des bisherigen Besitzers entfernt.
    .rationale = Produkte überdauern oft ihren ersten Besitzer; der nächste braucht ein funktionierendes Gerät, und der vorige darf keinen Einblick mehr darin behalten.
    .consumer = Sie können das Gerät verkaufen oder verschenken; der neue Besitzer kann es nutzen, aber Ihre Daten nicht sehen.

GOV-06 = Bedingungen nennen ihre Laufzeit, Änderungen werden angekündigt
    .requirement = Die Nutzungsbedingungen geben an, wie lange sie gelten. Der Hersteller kündigt den Nutzern wesentliche Änderungen mindestens 30 Tage im Voraus an, und diese werden erst wirksam, wenn die Nutzer ihnen zustimmen.
    .rationale = Ein vernetztes Produkt hängt ebenso von seinen Nutzungsbedingungen ab wie von seiner Hardware; plötzliche oder stillschweigende Änderungen können Menschen nehmen, wofür sie bezahlt haben.
    .consumer = Die Nutzungsbedingungen sagen, wie lange sie gelten, und Sie erfahren von Änderungen mindestens einen Monat im Voraus.

GOV-07 = Zweckbestimmung und vorhersehbare Risiken beschrieben
    .requirement = Der Hersteller gibt an, wofür das Produkt bestimmt ist, und beschreibt vorhersehbare Fehlanwendungen sowie die Sicherheitsrisiken, die daraus entstehen können.
    .rationale = Menschen können riskante Konfigurationen nur vermeiden, wenn sie wissen, wofür das Produkt entwickelt wurde und wo Probleme entstehen können.
    .consumer = Sie erfahren, wofür das Gerät gedacht ist und wie eine falsche Nutzung Sie gefährden könnte.

GOV-08 = Anleitungen für sichere Einrichtung und Löschung
    .requirement = Der Hersteller veröffentlicht Anleitungen zur sicheren Einrichtung des Produkts und zu seiner Außerbetriebnahme, einschließlich der Entfernung von Nutzerdaten.
    .rationale = Viele Probleme in realen Haushalten entstehen durch unsichere Entscheidungen bei der Einrichtung und durch zurückgelassene Daten; klare Anleitungen schließen beide Lücken.
    .consumer = Sie erhalten klare Schritte, um das Gerät sicher einzurichten und es zu löschen, bevor Sie es weggeben.

GOV-09 = Das Geschäftsmodell wird offengelegt
    .requirement = Der Hersteller gibt an, wie das Produkt finanziert wird – über den Kaufpreis, ein Abonnement oder die Nutzung von Daten – und ob eine Kernfunktion ein kostenpflichtiges Abonnement erfordert.
    .rationale = Menschen zahlen mit Geld oder mit ihren Daten; zu wissen, womit, und was später zusätzlich kosten kann, gehört zu einer informierten Kaufentscheidung.
    .consumer = Sie wissen, wie das Unternehmen mit dem Gerät Geld verdient und ob Sie dauerhaft zahlen müssen.

GOV-10 = Anfragen nach Nutzerdaten werden öffentlich gemacht
    .requirement = Der Hersteller veröffentlicht einen Transparenzbericht über die Anfragen nach Nutzerdaten, die er von staatlichen Stellen und anderen Dritten erhält, und darüber, wie er darauf reagiert.
    .rationale = Online gespeicherte Daten können von Behörden und anderen herausverlangt werden; öffentliche Zahlen zeigen, wie oft das geschieht und wie das Unternehmen antwortet.
    .consumer = Das Unternehmen legt offen, wie oft andere bei ihm Kundendaten anfordern.

GOV-11 = Rechtliche Folgen geänderter Nutzung werden erklärt
    .requirement = Der Hersteller erläutert die rechtlichen Folgen einer wesentlichen Änderung der Nutzung des Produkts, zum Beispiel wenn eine Funktion abgeschaltet wird, auf die sich eine Versicherung oder ein Vertrag stützt.
    .rationale = Manche Produkte sind mit Pflichten gegenüber Versicherern, Vermietern oder Arbeitgebern verbunden; Menschen müssen das wissen, bevor sie eine Einstellung ändern, von der ein Vertrag abhängt.
    .consumer = Sie werden gewarnt, wenn eine geänderte Nutzung des Geräts Ihre Versicherung oder einen Vertrag berühren könnte.
