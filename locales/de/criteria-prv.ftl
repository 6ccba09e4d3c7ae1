# Kriterien des Bereichs PRV: Datenschutz.

PRV-01 = Klare Informationen über Ihre Daten
    .requirement = Der Hersteller veröffentlicht eine Datenschutzerklärung und eine leicht verständliche Zusammenfassung und gibt jede Art von Daten an, die das Produkt und die zugehörigen Dienste erheben, jeweils mit ihrem Zweck.
    .rationale = Menschen können nur dann entscheiden, ob sie einem Produkt vertrauen, wenn sie verstehen, was es mit ihren Daten macht.
    .consumer = Sie können in einfachen Worten nachlesen, welche Daten Ihr Gerät erhebt und warum.

PRV-02 = Alle Sensoren und Aktoren sind angegeben
    .requirement = Der Hersteller gibt jeden Sensor des Produkts an, etwa eine Kamera, ein Mikrofon oder einen Standortsensor, sowie jede Art, wie es auf die physische Welt einwirkt, oder erklärt, dass es keine hat.
    .rationale = Versteckte Sensoren und Aktoren sind ein Risiko für Privatsphäre und Sicherheit; Menschen müssen wissen, was ein Gerät sehen, hören und bewirken kann.
    .consumer = Sie kennen jede Kamera, jedes Mikrofon und jeden anderen Sensor in Ihrem Gerät und wissen, was es schalten oder bewegen kann.

PRV-03 = Telemetrie wird offengelegt
    .requirement = Sendet das Produkt Nutzungs- oder Diagnosedaten (Telemetrie), beschreibt der Hersteller, was gesendet wird und warum.
    .rationale = Telemetrie läuft im Hintergrund; ohne Offenlegung weiß niemand, was sein Zuhause verlässt.
    .consumer = Sendet Ihr Gerät Nutzungsberichte an den Hersteller, erfahren Sie, was darin steht und warum.

PRV-04 = Einwilligung vorab und widerrufbar
    .requirement = Werden personenbezogene Daten auf Grundlage einer Einwilligung verarbeitet, wird der Nutzer vor Beginn der Verarbeitung gefragt und kann die Einwilligung jederzeit so einfach widerrufen, wie er sie erteilt hat.
    .rationale = Eine Einwilligung hat nur dann Bedeutung, wenn sie vor der Verarbeitung eingeholt wird und widerrufen werden kann.
    .consumer = Ihr Gerät fragt, bevor es Ihre persönlichen Daten nutzt, und Sie können es sich jederzeit anders überlegen.

PRV-05 = Sensible Sensordaten werden verschlüsselt übertragen
    .requirement = Ein Produkt mit Kamera, Mikrofon, Standort-, biometrischem oder Gesundheitssensor verschlüsselt jede Verbindung, die es aufbaut oder annimmt.
    .rationale = Video, Ton, Standort und Gesundheitswerte gehören zu den intimsten Daten überhaupt; werden sie abgefangen, kann das Stalking, Erpressung oder Einbrüche ermöglichen.
    .consumer = Was Ihre Kamera, Ihr Mikrofon oder Ihr Gesundheitssensor aufzeichnet, wird unterwegs verschlüsselt, damit niemand mitsehen oder mithören kann.

PRV-06 = Nur die nötigen Daten werden erhoben
    .requirement = Das Produkt und die zugehörigen Dienste erheben nur die Daten, die ihre Funktionen benötigen, und keine der angegebenen Datenarten ist als nicht erforderlich gekennzeichnet.
    .rationale = Daten, die nie erhoben werden, können weder abfließen noch missbraucht noch von anderen herausverlangt werden.
    .consumer = Ihr Gerät erhebt nur die Daten, die es zum Funktionieren braucht.

PRV-07 = Ihre Daten werden nicht verkauft
    .requirement = Der Hersteller verkauft keine personenbezogenen Daten und gibt sie nicht an Datenhändler weiter.
    .rationale = Verkaufte Daten verbreiten sich jenseits jeder Kontrolle und werden zu Profilen zusammengeführt, denen der Nutzer nie zugestimmt hat.
    .consumer = Der Hersteller verkauft Ihre Daten an niemanden.

PRV-08 = Keine Werbung ohne Ihr Ja
    .requirement = Der Hersteller nutzt die Daten des Nutzers nur dann für Werbung oder Profilbildung, wenn dieser ausdrücklich eingewilligt hat (Opt-in), oder überhaupt nicht.
    .rationale = Werbeprofile aus Geräten im Zuhause verraten Gewohnheiten und Tagesabläufe; sie dürfen niemals standardmäßig aktiviert sein.
    .consumer = Ihre Daten werden nur für Werbung genutzt, wenn Sie zustimmen.

PRV-09 = Speicherfristen werden angegeben
    .requirement = Für jede Art personenbezogener Daten, die das Produkt und die zugehörigen Dienste erheben, gibt der Hersteller an, wie lange sie gespeichert werden.
    .rationale = Unbegrenzt gespeicherte Daten häufen Risiken an; eine angegebene Frist verpflichtet den Hersteller, sie zu löschen.
    .consumer = Sie wissen, wie lange der Hersteller jede Art Ihrer Daten speichert.

PRV-10 = Besonderer Schutz für Daten von Kindern
    .requirement = Bei einem Produkt, das für Kinder bestimmt ist oder an Kinder vermarktet wird, muss ein Elternteil oder Erziehungsberechtigter einwilligen, bevor Daten eines Kindes verarbeitet werden, und es werden niemals Profile von Kindern erstellt oder Kindern gezielte Werbung angezeigt.
    .rationale = Kinder können nicht abschätzen, was die Weitergabe von Daten bedeutet, und in der Kindheit erstellte Profile können sie ein Leben lang begleiten.
    .consumer = Ein Elternteil muss zustimmen, bevor die Daten eines Kindes genutzt werden, und Kinder bekommen nie gezielte Werbung.

PRV-11 = Aufnahmeanzeige und Privatsphäre-Schalter
    .requirement = Ein Produkt mit Kamera oder Mikrofon zeigt durch eine sichtbare Anzeige an, wann immer Kamera oder Mikrofon aktiv ist, und verfügt über eine physische Abdeckung oder einen Schalter, der sie deaktiviert.
    .rationale = Menschen müssen sehen können, wann sie aufgezeichnet werden, und sicherstellen können, dass dies nicht geschieht, ohne der Software vertrauen zu müssen.
    .consumer = Ein Licht zeigt an, wenn Kamera oder Mikrofon eingeschaltet sind, und mit einem Schalter können Sie sie zuverlässig abschalten.

PRV-12 = Aufnahmen bleiben standardmäßig auf dem Gerät
    .requirement = Ein Produkt mit einem sensiblen Sensor verarbeitet Aufnahmen und Sensordaten auf dem Gerät, sofern sich der Nutzer nicht für die Nutzung der Cloud entscheidet.
    .rationale = Daten, die das Zuhause nie verlassen, können weder bei einem Angriff auf einen Server erbeutet noch an andere weitergegeben werden.
    .consumer = Ihre Aufnahmen bleiben auf Ihrem Gerät, es sei denn, Sie entscheiden sich, sie in die Cloud zu senden.
