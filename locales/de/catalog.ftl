# Namen und Beschreibungen, die im gesamten Katalog verwendet werden.

## Bereiche

area-SEC = Geräte- und Softwaresicherheit
    .description = Schutz des Geräts und seiner Software vor Angriffen – von Passwörtern und Verschlüsselung bis zu Secure Boot und einer kleinen Angriffsfläche.
    .consumer = Wie schwer es ist, in das Gerät einzudringen.

area-UPD = Softwareupdates und Supportzeitraum
    .description = Sichere, zeitnahe und einfache Softwareupdates sowie ein veröffentlichtes Datum, bis zu dem Sicherheitsupdates garantiert sind.
    .consumer = Wie lange das Gerät Sicherheitsupdates erhält und wie einfach sie sich installieren lassen.

area-VUL = Schwachstellenmanagement
    .description = Wie der Hersteller Meldungen über Sicherheitslücken entgegennimmt, bearbeitet und offenlegt und wie er den Überblick über die ausgelieferten Komponenten behält.
    .consumer = Ob das Unternehmen gemeldete Sicherheitsprobleme ernst nimmt und behebt.

area-PRV = Datenschutz
    .description = Welche personenbezogenen Daten das Produkt erhebt, mit Sensoren erfasst und weitergibt, warum und zu welchen Bedingungen.
    .consumer = Was das Gerät über Sie erfährt und wer das zu sehen bekommt.

area-GOV = Datenhoheit und Transparenz
    .description = Die Rechte der Nutzer an ihren Daten und die Informationen des Herstellers zu Bedingungen, Zweck, Risiken und Geschäftsmodell.
    .consumer = Ob Sie Ihre Daten einsehen, kopieren und löschen können und ob das Unternehmen offen sagt, wie es arbeitet.

area-AGY = Selbstbestimmung und Kontrolle
    .description = Wie weit das Produkt zu den Bedingungen der Nutzer funktioniert: offline, ohne Konto, ohne Abonnement und mit optionalen Funktionen, über die die Nutzer selbst bestimmen.
    .consumer = Ob Sie die Kontrolle über das Gerät behalten, auch ohne Internet oder Konto.

area-INT = Interoperabilität und Offenheit
    .description = Unterstützung offener Standards und dokumentierter Schnittstellen, über die das Produkt mit Produkten anderer Hersteller zusammenarbeitet, sowie die Veröffentlichung von Quellcode und Designs.
    .consumer = Ob das Gerät mit anderen Marken und Apps zusammenarbeitet.

area-REP = Reparierbarkeit, Langlebigkeit und Umwelt
    .description = Wie leicht sich das Produkt reparieren lässt, wie lange es nutzbar bleibt, wie viel Energie es verbraucht und was am Ende seiner Lebensdauer mit ihm geschieht.
    .consumer = Ob sich das Gerät reparieren lässt, lange hält und die Umwelt schont.

area-SUP = Herkunft und Lieferkette
    .description = Wer das Produkt herstellt, wo, mit welchen Zulieferern und nach welchem Sicherheitsprozess.
    .consumer = Wer das Gerät hergestellt hat und wie sorgfältig.

area-ACC = Barrierefreiheit
    .description = Ob Menschen mit Behinderungen das Produkt einrichten, bedienen, aktualisieren und zurücksetzen können und Hilfe dazu erhalten.
    .consumer = Ob alle, auch Menschen mit Behinderungen, das Gerät sicher nutzen können.

area-ACT = Verantwortlichkeit
    .description = Die rechtlichen Erklärungen des Herstellers, sein Umgang mit Beschwerden, Garantie, Support und die Nachweise für seine Angaben.
    .consumer = Ob das Unternehmen zu seinen Aussagen steht und reagiert, wenn etwas schiefgeht.

## Stufen

level-0 = Unter dem Basisniveau
    .description = Das Produkt erfüllt nicht alle Anforderungen des Basisniveaus.

level-1 = Basisniveau
    .description = Das Produkt erfüllt, was das Gesetz dort, wo es verkauft wird, bereits verlangt: die britischen Vorschriften zur Produktsicherheit, die verpflichtenden Bestimmungen von ETSI EN 303 645 und die Ziele, die dem US Cyber Trust Mark zugrunde liegen.

level-2 = Vertrauenswürdig
    .description = Das Produkt erfüllt das Basisniveau und zusätzlich die grundlegenden Anforderungen der EU-Cyberresilienz-Verordnung, mit solider Praxis bei Datenschutz, Datenhoheit und Updates, belegt durch Nachweise statt bloßer Behauptungen.

level-3 = Vorbildlich
    .description = Das Produkt erfüllt die Stufe „Vertrauenswürdig“ und lässt darüber hinaus den Nutzern die Kontrolle: Es funktioniert lokal und ohne Konto, ist offen und interoperabel, reparierbar, umweltfreundlich und barrierefrei.

## Anwendbarkeitsbedingungen

condition-always = alle Produkte
condition-network_login = Produkte, an denen man sich über ein Netzwerk anmelden kann
condition-unique_default_password = Produkte, die mit einem individuellen Passwort pro Gerät ausgeliefert werden
condition-updatable = Produkte, deren Software aktualisiert werden kann
condition-uses_cloud = Produkte, die den Onlinedienst des Herstellers nutzen
condition-has_account = Produkte, die ein Konto beim Hersteller erfordern
condition-has_app = Produkte mit Begleit-App
condition-has_battery = Produkte mit Akku oder Batterie
condition-has_camera_or_microphone = Produkte mit Kamera oder Mikrofon
condition-has_sensitive_sensor = Produkte mit Kamera, Mikrofon, Standort-, biometrischem oder Gesundheitssensor
condition-processes_personal_data = Produkte, die personenbezogene Daten verarbeiten
condition-for_children = Produkte für Kinder
condition-has_standards = Produkte, die einen offenen Standard unterstützen

## Verbindlichkeit

obligation-required = Verpflichtend
obligation-recommended = Empfohlen

## Prüfmethoden

verification-declared = Vom Hersteller erklärt
verification-analyser = Von einem Analysewerkzeug geprüft
verification-assessor = Von einem Prüfer getestet

## Übereinstimmungsgrad der Zuordnung

confidence-exact = Gleiche Anforderung
confidence-partial = Teilweise Übereinstimmung
confidence-related = Verwandtes Thema

## Status der Bewertung

status-met = Erfüllt
status-not_met = Nicht erfüllt
status-unknown = Unbekannt
status-not_applicable = Nicht anwendbar

## Grundlage der Bewertung

basis-declared = Erklärt
basis-verified = Durch Nachweise bestätigt
basis-assessor = Von einem Prüfer bestätigt
basis-contradicted = Durch Nachweise widerlegt
