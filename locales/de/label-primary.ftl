# Die Hauptebene des Etiketts (auf der Verpackung) und ihre kompakte
# Variante (Produktseiten von Shops). Kurz halten: Das Etikett misst
# 60 × 90 mm.

## Das ganze Etikett, für Screenreader.

label-title = iotmark-Etikett: { $product }
label-desc-mark = Prüfzeichen-Stufe { $level } von { $max }: { $name }.
label-desc-support = Sicherheitsupdates bis { $date }.
label-desc-support-ended = Sicherheitsupdates endeten am { $date }.
label-desc-support-none = Keine Zusage für Sicherheitsupdates.
label-desc-scan = Alle Details: { $url }

## Das Prüfzeichen.

label-level = Stufe { $level } · { $name }
label-level-short = Stufe { $level }

## Der Stand des Prüfzeichens.

label-status-valid = Zertifiziert · gültig
label-status-suspended = Zertifikat ausgesetzt
label-status-revoked = Zertifikat widerrufen
label-status-expired = Zertifikat abgelaufen
label-status-self_assessed = Selbstbewertet · nicht zertifiziert
label-certificate = Nr. { $id }

## Der Supportzeitraum: die größte Angabe auf dem Etikett.

label-support-until = Sicherheitsupdates bis
label-support-ended = Sicherheitsupdates endeten am
label-support-none = Keine Zusage für Sicherheitsupdates
label-support-none-detail = Der Hersteller sagt nicht, wie lange dieses Produkt Sicherheitsupdates erhält.
label-compact-until = Updates bis
label-compact-none = Keine Update-Zusage

## Die Angaben.

label-fact-updates = Updates
label-fact-sensors = Sensoren
label-fact-data = Ihre Daten
label-fact-offline = Ohne Internet
label-fact-account = Ohne Konto
label-fact-repair = Reparatur

label-update-automatic_may_opt_out = Automatisch, abschaltbar
label-update-automatic_may_not_opt_out = Automatisch, immer aktiv
label-update-manual = Sie installieren sie selbst
label-update-no_updates = Nicht aktualisierbar
label-update-not_disclosed = Nicht angegeben

label-sensors-none = Keine Sensoren
label-sensor-camera = Kamera
label-sensor-microphone = Mikrofon
label-sensor-location = Standort
label-sensor-motion = Bewegung
label-sensor-presence = Anwesenheit
label-sensor-biometric = Biometrie
label-sensor-health = Gesundheit
label-sensor-environmental = Umgebung
label-sensor-contact = Türkontakt
label-sensor-light = Licht
label-sensor-nfc = NFC

label-data-shared-with = Geteilt mit: { $recipients }
label-data-shared = Mit anderen geteilt
label-data-not-shared = Nicht weitergegeben
label-data-sharing-not-disclosed = Weitergabe nicht angegeben
label-data-sold = Verkauft
label-data-not-sold = Nicht verkauft
label-data-sale-not-disclosed = Verkauf nicht angegeben
label-recipient-service_provider = Dienstleistern
label-recipient-affiliate = Konzernfirmen
label-recipient-advertiser = Werbetreibenden
label-recipient-data_broker = Datenhändlern
label-recipient-insurer = Versicherern
label-recipient-researcher = Forschenden
label-recipient-authority = Behörden
label-recipient-other = anderen

label-availability-full = Funktioniert vollständig
label-availability-partial = Funktioniert teilweise
label-availability-none = Funktioniert nicht
label-availability-not_disclosed = Nicht angegeben

label-repair-parts =
    { $years ->
        [one] Ersatzteile: { $years } Jahr
       *[other] Ersatzteile: { $years } Jahre
    }
label-repair-parts-none = Keine Ersatzteile
label-repair-parts-not-disclosed = Ersatzteile nicht angegeben
label-repair-battery-replaceable = Akku austauschbar
label-repair-battery-sealed = Akku nicht austauschbar
label-repair-battery-not-disclosed = Akku nicht angegeben
label-repair-manual = Reparaturanleitung
label-repair-manual-none = Keine Reparaturanleitung

label-list-separator = {", "}

## Kurze Beschriftungen der kompakten Variante.

label-short-update-automatic_may_opt_out = Auto-Updates
label-short-update-automatic_may_not_opt_out = Auto-Updates
label-short-update-manual = Manuelle Updates
label-short-update-no_updates = Keine Updates
label-short-update-not_disclosed = Nicht angegeben
label-short-sensors =
    { $count ->
        [0] Keine Sensoren
        [one] 1 Sensor
       *[other] { $count } Sensoren
    }
label-short-offline-full = Offline nutzbar
label-short-offline-partial = Teils offline
label-short-offline-none = Braucht Internet
label-short-offline-not_disclosed = Nicht angegeben
label-short-data-not-sold = Nicht verkauft
label-short-data-sold = Verkauft
label-short-data-not-disclosed = Nicht angegeben

## Die Fußzeile.

label-model = Modell { $model }
label-firmware = Firmware { $version }
label-scan = Für alle Details scannen

## Die Beschreibung für Screenreader.

label-desc-sentence = { $text }.
label-desc-fact = { $heading }: { $value }.
label-desc-product = { $product }, { $model }, { $firmware }, { $manufacturer }.
label-desc-item-separator = {"; "}
label-desc-join = {" "}
