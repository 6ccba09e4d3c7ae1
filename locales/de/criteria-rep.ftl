# Reparierbarkeit, Langlebigkeit und Umwelt

REP-01 = Eine Reparaturanleitung ist veröffentlicht
    .requirement = Der Hersteller veröffentlicht eine Reparaturanleitung, die die reparier- oder austauschbaren Teile abdeckt.
    .rationale = Anleitungen machen Reparaturen für Besitzer und unabhängige Reparaturbetriebe möglich und bewahren funktionsfähige Produkte vor der Mülldeponie.
    .consumer = Sie finden eine Anleitung zur Reparatur des Geräts.

REP-02 = Ersatzteile für mindestens fünf Jahre
    .requirement = Ersatzteile bleiben mindestens 5 Jahre lang verfügbar, nachdem das Produkt nicht mehr verkauft wird.
    .rationale = Ein Produkt hält nur so lange wie sein empfindlichstes Teil; verfügbare Ersatzteile machen aus einem Defekt eine Reparatur.
    .consumer = Sie können noch mindestens fünf Jahre, nachdem das Gerät aus den Läden verschwunden ist, Ersatzteile kaufen.

REP-03 = Sie können den Akku austauschen
    .requirement = Der Nutzer kann den Akku des Produkts selbst austauschen.
    .rationale = Akkus verschleißen lange vor der Elektronik; ein fest verbauter Akku macht aus einer kleinen Reparatur einen Neukauf.
    .consumer = Wenn der Akku nachlässt, können Sie ihn selbst tauschen.

REP-04 = Ersatzteile funktionieren ohne Freischaltung
    .requirement = Original- und Fremdersatzteile funktionieren, ohne vom Hersteller mit dem Gerät gekoppelt werden zu müssen.
    .rationale = Softwaresperren für Ersatzteile verhindern unabhängige Reparaturen und machen den Hersteller zur einzigen Stelle, die das Produkt reparieren kann.
    .consumer = Neue Teile funktionieren, ohne dass das Unternehmen sie freischalten muss.

REP-05 = Lässt sich mit gängigem Werkzeug öffnen
    .requirement = Das Produkt lässt sich zur Reparatur mit allgemein erhältlichem Werkzeug öffnen.
    .rationale = Spezialschrauben und verklebte Gehäuse machen Reparaturen für die meisten Menschen teuer oder unmöglich.
    .consumer = Sie können das Gerät mit gewöhnlichem Werkzeug öffnen.

REP-06 = Funktioniert nach Supportende weiter
    .requirement = Das Gerät behält seine lokalen Funktionen, wenn der Onlinedienst des Herstellers eingestellt wird, oder sein Besitzer darf nach Ende des Supports eine andere Firmware installieren. Ein Produkt, das keinen Onlinedienst nutzt, erfüllt dieses Kriterium.
    .rationale = Ein funktionierendes Produkt sollte nicht zu Abfall werden, nur weil ein Server abgeschaltet wird; lokaler Betrieb oder die Freiheit, andere Software zu installieren, schenkt ihm ein zweites Leben.
    .consumer = Das Gerät wird nicht zu nutzlosem Elektroschrott, wenn das Unternehmen seine Server abschaltet.

REP-07 = Rücknahme zur Wiederverwendung und zum Recycling
    .requirement = Der Hersteller veröffentlicht, wie das Produkt am Ende seiner Lebensdauer zur Wiederverwendung oder zum Recycling zurückgegeben werden kann.
    .rationale = Elektronik enthält wertvolle und gefährliche Stoffe; eine einfache Rückgabemöglichkeit hält sie aus dem Hausmüll fern.
    .consumer = Sie wissen, wo Sie das Gerät abgeben können, wenn Sie es nicht mehr brauchen, damit es wiederverwendet oder recycelt wird.

REP-08 = Geringer Stromverbrauch im Standby
    .requirement = Im vernetzten Bereitschaftsbetrieb (Networked Standby) nimmt das Produkt höchstens 2,0 Watt auf.
    .rationale = Vernetzte Produkte sind Tag und Nacht eingeschaltet, daher summieren sich kleine Standby-Verluste über die Jahre zu einem spürbaren Energieverbrauch und spürbaren Kosten.
    .consumer = Das Gerät verbraucht im Ruhezustand sehr wenig Strom.
