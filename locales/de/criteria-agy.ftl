# Selbstbestimmung und Kontrolle

AGY-01 = Zurücksetzen stellt sichere Werkseinstellungen her
    .requirement = Nach dem Zurücksetzen auf die Werkseinstellungen befindet sich das Produkt wieder in seiner sicheren Standardkonfiguration.
    .rationale = Mit dem Zurücksetzen beheben Menschen einen Bedienfehler oder die Folgen eines Angriffs; es darf das Gerät nie unsicherer hinterlassen, als es im Neuzustand war.
    .consumer = Beim Zurücksetzen erhält das Gerät wieder seine sicheren Werkseinstellungen.

AGY-02 = Sie wissen, was ohne Internet funktioniert
    .requirement = Der Hersteller gibt an, ob die Kernfunktionen ohne Internetverbindung funktionieren, und beschreibt, falls nicht alle funktionieren, in einfachen Worten, was ausfällt.
    .rationale = Störungen, eingestellte Dienste und Entscheidungen zum Schutz der Privatsphäre können ein Produkt vom Internet trennen; Käufer sollten vorab wissen, worauf sie dann verzichten müssten.
    .consumer = Sie erfahren, was noch funktioniert, wenn das Internet ausfällt.

AGY-03 = Funktioniert vollständig ohne Internet
    .requirement = Jede Kernfunktion des Produkts funktioniert ohne Internetverbindung.
    .rationale = Ein Produkt, das keinen entfernten Dienst benötigt, funktioniert bei Störungen und nach der Einstellung eines Onlinedienstes weiter und sendet weniger Daten nach außen.
    .consumer = Alles, wofür das Gerät gedacht ist, funktioniert auch ohne Internet.

AGY-04 = Kein Konto erforderlich
    .requirement = Jede Kernfunktion funktioniert ohne Konto beim Hersteller, und das Produkt verlangt keines.
    .rationale = Konten sammeln persönliche Angaben und binden das Produkt an einen Dienst, der eingestellt werden kann; viele Produkte brauchen weder das eine noch das andere.
    .consumer = Sie können das Gerät nutzen, ohne sich beim Unternehmen zu registrieren.

AGY-05 = Optionale Funktionen einzeln abschaltbar
    .requirement = Die Nutzer können jede optionale Funktion und jede optionale Nutzung ihrer Daten einzeln abschalten.
    .rationale = Alles-oder-nichts-Entscheidungen drängen Menschen dazu, mehr preiszugeben, als sie möchten; einzelne Schalter lassen sie nur das behalten, was ihnen wichtig ist.
    .consumer = Sie können Zusatzfunktionen, die Sie nicht möchten, einzeln abschalten.

AGY-06 = Sie können das Gerät von der Cloud trennen
    .requirement = Die Nutzer können das Gerät vom Onlinedienst des Herstellers trennen und es weiter verwenden.
    .rationale = Die Verbindung zur Cloud zu kappen ist die wirksamste Datenschutzmaßnahme überhaupt und zugleich eine Rückfalllösung, wenn der Dienst ausfällt.
    .consumer = Sie können die Verbindung des Geräts zu den Servern des Unternehmens unterbrechen und es trotzdem nutzen.

AGY-07 = Kein Abonnement für Kernfunktionen
    .requirement = Keine Kernfunktion des Produkts erfordert ein kostenpflichtiges Abonnement.
    .rationale = Funktionen hinter einem Abonnement können nach dem Kauf entzogen oder verteuert werden; Menschen sollten behalten, wofür sie bezahlt haben.
    .consumer = Sie müssen nicht dauerhaft zahlen, um die Hauptfunktionen des Geräts zu nutzen.
