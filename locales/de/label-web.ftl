# Die zweite Ebene des Verbraucherlabels: die vollständige Webseite (HTML),
# zu der der QR-Code auf der Verpackung führt, und das Fragment, das das
# Register einbettet. Zuerst für Verbraucher, dann für Fachleute: einfache
# Wörter, kurze Sätze.

## Die Seite als Ganzes

label-web-title = { $product }: iotmark-Verbraucherlabel
label-web-brand = iotmark-Verbraucherlabel
label-web-skip = Zum Label springen
label-web-contents = Inhalt
label-web-list-separator = {", "}

## Kopf: das Produkt und sein Zeichen

label-web-manufacturer = Hersteller
label-web-model = Modell
label-web-firmware = Softwareversion
label-web-hardware = Hardwareversion
label-web-released = Im Handel seit
label-web-mark = Stufe des Zeichens
label-web-level =
    { $level ->
        [0] Keine Stufe erreicht
       *[other] Stufe { $level } von { $max }
    }
label-web-scale = Stufenskala von 1 bis { $max }: { $level ->
        [0] keine Stufe erreicht
       *[other] Stufe { $level } erreicht
    }
label-web-status = Status
label-web-status-valid = Zertifiziert, Zertifikat gültig
label-web-status-suspended = Zertifikat ausgesetzt
label-web-status-revoked = Zertifikat entzogen
label-web-status-expired = Zertifikat abgelaufen
label-web-status-self_assessed = Selbstbewertet, nicht zertifiziert
label-web-status-valid-note = Eine Zertifizierungsstelle hat dieses Produkt geprüft. Das Zertifikat ist in einem öffentlichen Protokoll eingetragen, das jeder überprüfen kann.
label-web-status-suspended-note = Die Zertifizierungsstelle hat das Zertifikat ausgesetzt, während sie einem Problem nachgeht. Verlassen Sie sich nicht auf das Zeichen, bis es wiederhergestellt ist.
label-web-status-revoked-note = Die Zertifizierungsstelle hat das Zertifikat entzogen. Das Zeichen gilt für dieses Produkt nicht mehr.
label-web-status-expired-note = Das Zertifikat ist abgelaufen, meist weil der Sicherheitssupport geendet hat. Das Zeichen gilt nicht mehr.
label-web-status-self_assessed-note = Der Hersteller hat dieses Produkt selbst bewertet. Erst die Freigabe durch eine Zertifizierungsstelle im Register macht daraus ein Zertifikat.
label-web-registry = Prüfen Sie den aktuellen Status im Register
label-web-certificate = Zertifikatsnummer
label-web-contradicted =
    { $count ->
        [one] Nachweise widerlegen eine Angabe des Herstellers:
       *[other] Nachweise widerlegen { $count } Angaben des Herstellers:
    }

## Das Wichtigste (dieselben Angaben wie auf dem Label der Verpackung)

label-web-facts = Das Wichtigste
label-web-fact-support = Sicherheitsupdates garantiert bis
label-web-fact-updates = So werden Updates installiert
label-web-fact-sensors = Sensoren
label-web-fact-actuators = Kann bei Ihnen zu Hause handeln
label-web-fact-shared = Ihre Daten werden weitergegeben
label-web-fact-sold = Ihre Daten werden verkauft
label-web-fact-offline = Funktioniert ohne Internet
label-web-fact-account = Funktioniert ohne Konto
label-web-fact-repair = Reparatur
label-web-not-disclosed = Vom Hersteller nicht angegeben

label-web-support-none = Kein Datum angegeben
label-web-support-none-note = Der Hersteller hat sich nicht verpflichtet, für irgendeinen Zeitraum Sicherheitsupdates bereitzustellen.
label-web-support-left = Am Tag der Bewertung gab es noch für { $duration } Sicherheitsupdates.
label-web-support-last-day = Die Sicherheitsupdates enden am Tag der Bewertung.
label-web-support-ended = Der Sicherheitssupport endete { $duration } vor der Bewertung. Es sind keine Sicherheitsupdates mehr garantiert.
label-web-support-published = Wo der Hersteller dieses Datum veröffentlicht

label-web-duration-years =
    { $count ->
        [one] ein Jahr
       *[other] { $count } Jahre
    }
label-web-duration-months =
    { $count ->
        [one] einen Monat
       *[other] { $count } Monate
    }
label-web-duration-days =
    { $count ->
        [one] einen Tag
       *[other] { $count } Tage
    }
label-web-duration-and = { $years } und { $months }

label-web-updates-automatic_may_opt_out = Automatisch; Sie können das abschalten
label-web-updates-automatic_may_not_opt_out = Automatisch; Sie können das nicht abschalten
label-web-updates-manual = Sie starten jedes Update selbst
label-web-updates-no_updates = Die Software lässt sich nicht aktualisieren
label-web-updates-not_disclosed = Vom Hersteller nicht angegeben

label-web-sensors-none = Keine angegeben
label-web-sensor-camera = Kamera
label-web-sensor-microphone = Mikrofon
label-web-sensor-location = Standort
label-web-sensor-motion = Bewegung
label-web-sensor-presence = Anwesenheit
label-web-sensor-biometric = biometrisch (zum Beispiel Fingerabdruck)
label-web-sensor-health = Gesundheit (zum Beispiel Herzfrequenz)
label-web-sensor-environmental = Umgebung (zum Beispiel Temperatur)
label-web-sensor-contact = Tür- oder Fensterkontakt
label-web-sensor-light = Licht
label-web-sensor-nfc = NFC (kontaktlos)

label-web-actuators-none = Nichts angegeben
label-web-actuator-lock = Schloss
label-web-actuator-power_switch = Schalter
label-web-actuator-motor = Motor
label-web-actuator-speaker = Lautsprecher
label-web-actuator-display = Display
label-web-actuator-light = Licht
label-web-actuator-heating = Heizung
label-web-actuator-valve = Ventil
label-web-actuator-alarm = Alarm oder Sirene
label-web-actuator-vibration = Vibration

label-web-shared-yes = Ja, an: { $recipients }
label-web-shared-yes-unnamed = Ja
label-web-shared-no = An niemanden außer dem Hersteller
label-web-recipient-service_provider = Dienstleister
label-web-recipient-affiliate = verbundene Unternehmen
label-web-recipient-advertiser = Werbetreibende
label-web-recipient-data_broker = Datenhändler
label-web-recipient-insurer = Versicherungen
label-web-recipient-researcher = Forschende
label-web-recipient-authority = Behörden
label-web-recipient-other = Sonstige
label-web-sold-yes = Ja, personenbezogene Daten werden verkauft
label-web-sold-no = Nein

label-web-availability-full = Ja, vollständig
label-web-availability-partial = Teilweise
label-web-availability-none = Nein

label-web-repair-parts =
    { $years ->
        [one] Ersatzteile ein Jahr lang nach Verkaufsende
       *[other] Ersatzteile { $years } Jahre lang nach Verkaufsende
    }
label-web-repair-parts-none = Keine Ersatzteile
label-web-repair-parts-unknown = Ersatzteile: nicht angegeben
label-web-repair-manual-yes = Reparaturanleitung veröffentlicht
label-web-repair-manual-no = Keine Reparaturanleitung veröffentlicht
label-web-repair-manual-unknown = Reparaturanleitung: nicht angegeben
label-web-repair-battery-yes = Sie können den Akku selbst tauschen
label-web-repair-battery-no = Sie können den Akku nicht selbst tauschen
label-web-repair-battery-unknown = Akkutausch: nicht angegeben
label-web-repair-battery-none = Kein Akku

## Der Zeitraum des Sicherheitssupports

label-web-support = Sicherheitsupdates
label-web-support-why = Sicherheitsupdates schließen Lücken, die Angreifer ausnutzen könnten. Enden sie, wird es riskanter, das Produkt verbunden zu lassen.
label-web-timeline-title = Zeitraum des Sicherheitssupports
label-web-timeline-desc = Sicherheitsupdates vom { $start } bis zum { $end }. Die Bewertung fand am { $today } statt.
label-web-timeline-released = Im Handel seit
label-web-timeline-assessed = Bewertet am
label-web-timeline-end = Ende der Sicherheitsupdates
label-web-timeline-past = Bereits vergangene Zeit
label-web-timeline-left = Garantierte verbleibende Zeit

## Ergebnisse nach Bereich und Kriterium

label-web-areas = Ergebnisse nach Bereich
label-web-areas-intro = Jeder Bereich erhält eine Note von A (am besten) bis E, je nachdem, welche Kriterien er erfüllt. Kriterien, die für dieses Produkt nicht gelten, zählen nicht.
label-web-grades-caption = Noten und Punktzahlen nach Bereich
label-web-col-area = Bereich
label-web-col-grade = Note
label-web-col-score = Punkte
label-web-col-met = Erfüllt
label-web-col-not-met = Nicht erfüllt
label-web-col-unknown = Unbekannt
label-web-col-not-applicable = Nicht anwendbar
label-web-grade = Note
label-web-score = { $score } von 100 Punkten
label-web-counts = { $met } erfüllt, { $notmet } nicht erfüllt, { $unknown } unbekannt, { $na } nicht anwendbar

label-web-verdict-met = Erfüllt
label-web-verdict-not_met = Nicht erfüllt
label-web-verdict-unknown = Unbekannt: keine Angaben
label-web-verdict-not_applicable = Gilt nicht für dieses Produkt
label-web-basis-declared = Vom Hersteller erklärt
label-web-basis-verified = Durch Nachweise bestätigt
label-web-basis-assessor = Von einem Prüfer getestet
label-web-basis-contradicted = Durch Nachweise widerlegt
label-web-reason = Begründung
label-web-reason-english = Begründung (auf Englisch)
label-web-expert = Details für Fachleute
label-web-criterion = Kriterium
label-web-criterion-level = Stufe
label-web-required = Verpflichtend für Stufe { $level }
label-web-recommended = Empfohlen ab Stufe { $level }
label-web-references = Entspricht
label-web-references-none = Keine entsprechende Klausel in anderen Regelwerken

## Kurznamen der Regelwerke, für die Entsprechungen jedes Kriteriums

label-web-scheme-better-iot = Better IoT
label-web-scheme-cta-2120 = CTA-2120
label-web-scheme-digital-standard = Digital Standard
label-web-scheme-etsi-en-303-645 = ETSI EN 303 645
label-web-scheme-eu-cra = EU-CRA
label-web-scheme-nist-ir-8425 = NIST IR 8425
label-web-scheme-sg-cls = CLS Singapur
label-web-scheme-uk-psti = UK PSTI

## Bekannte Schwachstellen

label-web-vulnerabilities = Bekannte Schwachstellen
label-web-vuln-intro = Bekannte Sicherheitslücken in den Softwarebestandteilen, die der Hersteller in seiner Software-Stückliste (SBOM) aufführt, abgeglichen mit öffentlichen Schwachstellendaten.
label-web-vuln-not-scanned = Es wurde keine Software-Stückliste mit Schwachstellendaten abgeglichen. Daher ist nicht bekannt, ob das Produkt bekannte Schwachstellen enthält.
label-web-vuln-none = Keine gefunden: Kein Softwarebestandteil passt zu einer bekannten Schwachstelle.
label-web-vuln-count =
    { $count ->
        [one] Eine bekannte Schwachstelle gefunden.
       *[other] { $count } bekannte Schwachstellen gefunden.
    }
label-web-vuln-component = Softwarebestandteil
label-web-vuln-installed = Installierte Version
label-web-vuln-fixed = Behoben in Version
label-web-vuln-fixed-none = Noch keine Korrektur bekannt
label-web-vuln-severity = Schweregrad: { $severity }
label-web-severity-critical = kritisch
label-web-severity-high = hoch
label-web-severity-medium = mittel
label-web-severity-low = niedrig
label-web-severity-unknown = unbekannt
label-web-vuln-kev = Wird von Angreifern aktiv ausgenutzt
label-web-vuln-kev-note = Im Katalog der bekannten ausgenutzten Schwachstellen (KEV) der CISA verzeichnet, der US-Behörde für Cybersicherheit.
label-web-vuln-suppressed = Betrifft dieses Produkt laut Hersteller nicht
label-web-vuln-justification = Begründung

## Nächste Stufe

label-web-next = Nächste Stufe
label-web-next-missing = Um Stufe { $level } ({ $name }) zu erreichen, müssen zusätzlich diese verpflichtenden Kriterien erfüllt sein:
label-web-next-top = Dieses Produkt hat die höchste Stufe erreicht.

## Andere Regelwerke und Gesetze

label-web-schemes = Andere Regelwerke und Gesetze
label-web-schemes-intro = Jedes Kriterium entspricht Klauseln anderer Sicherheitsregelwerke und Gesetze. Die Tabelle zeigt, wie viele ihrer Klauseln dieses Produkt erfüllt.
label-web-schemes-caption = Von diesem Produkt erfüllte Klauseln anderer Regelwerke
label-web-col-scheme = Regelwerk
label-web-col-clauses = Klauseln
label-web-col-uncovered = Nicht von iotmark abgedeckt

## Fußzeile

label-web-assessed = Bewertet am { $date } nach dem iotmark-Katalog, Version { $version }.
label-web-snapshot = Diese Seite zeigt die Bewertung so, wie sie an diesem Tag stand. Den aktuellen Status zeigt das Register.
label-web-format = Maschinenlesbare Fassung: { $format }, Formatversion { $version }.
