# Interoperabilität und Offenheit

INT-01 = Unterstützt einen offenen Standard
    .requirement = Das Produkt unterstützt mindestens einen offenen, veröffentlichten Interoperabilitätsstandard wie Matter, Thread, Zigbee, Z-Wave, MQTT oder ONVIF.
    .rationale = Offene Standards ermöglichen das Zusammenspiel von Produkten verschiedener Hersteller und halten ein Gerät mit neuen Hubs und Apps nutzbar, falls sein Hersteller den Markt verlässt.
    .consumer = Das Gerät spricht eine gemeinsame Sprache und funktioniert deshalb mit anderen Marken.

INT-02 = Dokumentierte lokale Schnittstelle für andere Software
    .requirement = Das Gerät bietet eine lokale Schnittstelle, die andere Software direkt und ohne den Onlinedienst des Herstellers nutzen kann, und deren Dokumentation ist öffentlich.
    .rationale = Eine dokumentierte lokale Schnittstelle erlaubt es Besitzern und anderen Entwicklern, das Gerät selbst zu steuern, auch wenn der Dienst des Herstellers verschwindet.
    .consumer = Andere Apps können das Gerät direkt steuern, ohne Umweg über das Unternehmen.

INT-03 = Offene Online-Schnittstelle zu gleichen Bedingungen
    .requirement = Der Onlinedienst des Herstellers bietet eine dokumentierte Schnittstelle für Apps anderer Unternehmen, mit denselben Funktionen, die auch die eigene App des Herstellers erhält.
    .rationale = Wenn andere Apps denselben Zugang erhalten wie die des Herstellers, können Menschen die Software wählen, die sie bevorzugen.
    .consumer = Apps anderer Unternehmen können den Dienst genauso gut nutzen wie die offizielle App.

INT-04 = Geräte anderer Marken können den Dienst nutzen
    .requirement = Der Onlinedienst des Herstellers akzeptiert Geräte anderer Hersteller.
    .rationale = Ein offener Dienst lässt Menschen Marken kombinieren und verhindert, dass sie an die Hardware eines einzigen Herstellers gebunden werden.
    .consumer = Sie können Geräte anderer Marken mit demselben Dienst verbinden.

INT-05 = Quellcode oder Designs sind veröffentlicht
    .requirement = Der Hersteller veröffentlicht mindestens eines der Folgenden: den Quellcode der Firmware, den Quellcode der App, den Quellcode des Backends oder die Hardware-Designdateien.
    .rationale = Veröffentlichter Code und veröffentlichte Designs ermöglichen es allen zu prüfen, was das Produkt wirklich tut, und anderen, es weiter zu pflegen, wenn der Hersteller damit aufhört.
    .consumer = Teile des Codes oder der Baupläne des Geräts sind öffentlich, sodass Fachleute sie prüfen und weiterpflegen können.

INT-06 = Unterstützung eines Standards ist zertifiziert
    .requirement = Die Unterstützung der vom Produkt beanspruchten offenen Standards ist durch mindestens ein Konformitätszertifikat belegt, zum Beispiel ein Matter-Zertifikat.
    .rationale = Ein Zertifikat der für einen Standard verantwortlichen Organisation zeigt, dass das Produkt tatsächlich mit anderen zusammenarbeitet – und nicht nur, dass sein Hersteller das behauptet.
    .consumer = Eine unabhängige Prüfung bestätigt, dass das Gerät mit dem angegebenen Standard funktioniert.
