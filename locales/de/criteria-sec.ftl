# Kriterien des Bereichs SEC: Geräte- und Softwaresicherheit.

SEC-01 = Keine gemeinsamen Standardpasswörter
    .requirement = Jedes Gerät wird mit einem eigenen Passwort ausgeliefert, oder der Nutzer muss ein Passwort festlegen, bevor das Produkt über ein Netzwerk genutzt werden kann, oder das Produkt hat überhaupt keine passwortbasierte Schnittstelle. Ein Passwort, das für alle Geräte eines Modells gleich ist, ist niemals zulässig.
    .rationale = Passwörter, die für eine ganze Produktreihe gleich sind, landen auf öffentlichen Listen, die Angreifer automatisiert durchprobieren; solche Listen waren die Grundlage des Mirai-Botnetzes.
    .consumer = Ihr Gerät hat ein eigenes Passwort, das niemand im Internet nachschlagen kann.

SEC-02 = Individuelle Passwörter sind echt zufällig
    .requirement = Wird jedes Gerät mit einem eigenen Passwort ausgeliefert, erzeugt der Hersteller dieses mithilfe einer kryptografisch sicheren Zufallsquelle. Es wird niemals aus einer Seriennummer, einer MAC-Adresse, einem Zähler oder einem anderen Wert abgeleitet, den ein Angreifer in Erfahrung bringen oder erraten könnte.
    .rationale = Ein gerätespezifisches Passwort, das aus einer aufgedruckten oder per Funk ausgesendeten Kennung berechnet wird, lässt sich für alle Geräte auf einmal nachberechnen und ist damit nicht sicherer als ein gemeinsames.
    .consumer = Das Passwort Ihres Geräts lässt sich nicht aus seiner Seriennummer ableiten.

SEC-03 = Sie können das Passwort einfach ändern
    .requirement = Kann man sich über ein Netzwerk am Produkt anmelden, kann der Nutzer das Passwort oder einen anderen Authentifizierungswert über ein einfaches, dokumentiertes Verfahren ändern.
    .rationale = Menschen müssen Zugangsdaten ersetzen können, die abgeflossen sind, weitergegeben wurden oder auf einem für andere sichtbaren Etikett aufgedruckt sind.
    .consumer = Sie können das Passwort Ihres Geräts jederzeit ändern, ohne Spezialwerkzeug.

SEC-04 = Passwortraten wird unterbunden
    .requirement = Kann man sich über ein Netzwerk am Produkt anmelden, verlangsamt, begrenzt oder sperrt es wiederholte Fehlversuche vorübergehend, sodass das Ermitteln von Zugangsdaten durch Ausprobieren praktisch nicht durchführbar ist.
    .rationale = Ohne Drosselung können automatisierte Werkzeuge Millionen von Passwörtern an einem über das Netzwerk erreichbaren Gerät ausprobieren.
    .consumer = Wenn jemand immer wieder versucht, Ihr Passwort zu erraten, stoppt ihn das Gerät.

SEC-05 = Anmeldung mit bewährter Kryptografie
    .requirement = Kann man sich über ein Netzwerk am Produkt anmelden, beruht die Authentifizierung der Nutzer auf etablierten, öffentlich geprüften und dem Risiko angemessenen kryptografischen Verfahren. Selbst entwickelte Verfahren und veraltete Algorithmen werden nicht verwendet.
    .rationale = Schwache oder selbst entworfene Anmeldeprotokolle ermöglichen es Angreifern, Zugangsdaten abzufangen oder erneut einzuspielen, selbst wenn das Passwort an sich stark ist.
    .consumer = Ihre Anmeldung ist mit bewährter Sicherheitstechnik geschützt, nicht mit selbst gebastelten Tricks.

SEC-06 = Alle Verbindungen sind verschlüsselt
    .requirement = Jede Verbindung, die das Produkt aufbaut oder annimmt, ist mit aktueller Kryptografie verschlüsselt. Wird TLS verwendet, lehnt das Produkt Versionen ab, die älter sind als das von diesem Kriterium festgelegte Minimum (standardmäßig TLS 1.2).
    .rationale = Unverschlüsselte oder veraltete Verbindungen ermöglichen es jedem auf dem Übertragungsweg, Befehle, Aufnahmen und Zugangsdaten mitzulesen oder zu verändern.
    .consumer = Was Ihr Gerät sendet, ist verschlüsselt, sodass andere im Netzwerk es nicht lesen können.

SEC-07 = Schlüssel und Geheimnisse sind sicher gespeichert
    .requirement = Das Produkt bewahrt Schlüssel, Passwörter und andere Sicherheitsparameter in geschütztem Speicher auf, etwa in einem Secure Element oder in verschlüsseltem Speicher, sodass sie selbst bei physischem Zugriff nicht ohne Weiteres ausgelesen oder verändert werden können.
    .rationale = Ein Angreifer, der die Schlüssel eines Geräts ausliest, kann sich als dieses Gerät ausgeben, seinen Datenverkehr entschlüsseln oder das Konto des Besitzers übernehmen.
    .consumer = Die geheimen Schlüssel in Ihrem Gerät sind sicher verwahrt, selbst wenn jemand es aufschraubt.

SEC-08 = Keine eingebauten Geheimnisse, die alle Geräte teilen
    .requirement = Die Software des Produkts enthält keine fest codierten Passwörter oder Schlüssel, und die Schlüssel zur Prüfung von Updates und zum Schutz der Kommunikation sind für jedes Gerät einzigartig.
    .rationale = Ein in die Firmware eingebautes Geheimnis ist auf jedem Gerät gleich; sobald es aus einem Gerät ausgelesen wurde, sind alle gefährdet.
    .consumer = Wer in ein Gerät eindringt, erhält damit nicht die Schlüssel zu allen anderen.

SEC-09 = Sicherheitseinstellungen erfordern eine Anmeldung
    .requirement = Sicherheitsrelevante Einstellungen können über ein Netzwerk erst geändert werden, nachdem sich die Person oder der Dienst, die bzw. der die Änderung vornimmt, authentifiziert hat.
    .rationale = Wenn jeder im Netzwerk Schutzfunktionen abschalten oder Benutzer hinzufügen kann, lässt sich jede andere Schutzmaßnahme aus der Ferne aushebeln.
    .consumer = Niemand kann die Sicherheitseinstellungen Ihres Geräts über das Netzwerk ändern, ohne sich anzumelden.

SEC-10 = Nur die nötigen Verbindungen sind offen
    .requirement = Das Produkt deaktiviert nicht genutzte Netzwerk- und Funkschnittstellen, gibt vor der Authentifizierung so wenig sicherheitsrelevante Informationen wie möglich preis und verlangt für jeden standardmäßig angebotenen Netzwerkdienst eine Authentifizierung.
    .rationale = Jeder offene Port, jede ungenutzte Funkschnittstelle und jeder geschwätzige Dienst ist eine weitere Tür, an der ein Angreifer sein Glück versuchen kann.
    .consumer = Ihr Gerät hält nur die Verbindungen offen, die es wirklich braucht.

SEC-11 = Debug-Schnittstellen sind abgeschaltet
    .requirement = Physisch erreichbare Debug-Schnittstellen wie JTAG oder eine serielle Konsole sind bei Geräten, die an Nutzer verkauft werden, per Software deaktiviert.
    .rationale = Eine offene Debug-Schnittstelle verschafft jedem, der kurz physischen Zugang hat, die volle Kontrolle über das Gerät und seine Geheimnisse.
    .consumer = Die versteckten Serviceanschlüsse in Ihrem Gerät sind abgeschaltet, sodass niemand darüber die Kontrolle übernehmen kann.

SEC-12 = Eingehende Daten werden geprüft
    .requirement = Die Software des Produkts validiert alle Daten, die sie über Benutzeroberflächen, Programmierschnittstellen und Netzwerke empfängt, und weist fehlerhafte Daten vor der Verarbeitung zurück.
    .rationale = Ungeprüfte Eingaben stecken hinter vielen Fernangriffen, von Pufferüberläufen bis zur Befehlsinjektion.
    .consumer = Ihr Gerät prüft die Daten, die es empfängt, damit manipulierte Daten es nicht überlisten können.

SEC-13 = Sicher ab Werk
    .requirement = Die Konfiguration des Produkts im Auslieferungszustand ist seine sichere Konfiguration; der Nutzer muss keine Einstellung ändern, um geschützt zu sein.
    .rationale = Die meisten Menschen ändern nie die Standardeinstellungen; ein Schutz, der erst eingeschaltet werden muss, wird daher selten eingeschaltet.
    .consumer = Ihr Gerät ist sicher, sobald Sie es auspacken; Sie müssen nicht nach Sicherheitseinstellungen suchen.

SEC-14 = Software wird beim Start geprüft
    .requirement = Bei jedem Start prüft das Produkt, ob seine Software authentisch und unverändert ist (Secure Boot), und führt keine Software aus, die diese Prüfung nicht besteht.
    .rationale = Secure Boot verhindert, dass Schadsoftware einen Neustart überdauert, und unterbindet die Ausführung manipulierter Firmware.
    .consumer = Bei jedem Start prüft Ihr Gerät, ob seine Software manipuliert wurde.

SEC-15 = Firmware mit Schutz gegen Exploits
    .requirement = Die Firmware wird mit mindestens der von diesem Kriterium festgelegten Anzahl an Exploit-Schutzmaßnahmen erstellt (standardmäßig drei), etwa Adressraum-Randomisierung, nicht ausführbarem Speicher und Stack-Schutz.
    .rationale = Schutzmaßnahmen sorgen dafür, dass viele Softwarefehler statt zur vollständigen Übernahme nur noch zu einem Absturz führen, und verschaffen so Zeit, bis eine Korrektur ausgeliefert wird.
    .consumer = Die Software Ihres Geräts hat zusätzliche Schutzmechanismen, die den Missbrauch von Sicherheitslücken deutlich erschweren.

SEC-16 = Hält Angriffen stand und schont andere Geräte
    .requirement = Das Produkt hält Denial-of-Service-Versuchen stand und erholt sich sauber davon, und es begrenzt den Schaden, den es anderen Geräten und Netzwerken zufügen könnte, zum Beispiel durch Beschränkung seines eigenen Datenverkehrs.
    .rationale = Ein Gerät, das unter Last versagt, kann seinen Besitzer nicht schützen, und gekaperte Geräte werden routinemäßig genutzt, um andere mit Datenverkehr zu überfluten.
    .consumer = Ihr Gerät funktioniert weiter, wenn es mit Datenverkehr überflutet wird, und lässt sich nicht leicht für Angriffe auf andere missbrauchen.

SEC-17 = Sicherheitsereignisse werden protokolliert
    .requirement = Das Produkt protokolliert sicherheitsrelevante Ereignisse wie Anmeldungen, fehlgeschlagene Anmeldungen und Konfigurationsänderungen, damit Angriffe erkannt werden können, und der Nutzer kann diese Protokollierung abwählen.
    .rationale = Ohne Protokoll kann niemand feststellen, ob ein Gerät angegriffen wurde; die Abwahlmöglichkeit lässt den Nutzer bestimmen, was aufgezeichnet wird.
    .consumer = Ihr Gerät vermerkt verdächtige Aktivitäten, damit Probleme auffallen, und Sie können das abschalten.

SEC-18 = Personenbezogene Daten werden verschlüsselt gespeichert
    .requirement = Personenbezogene Daten, die das Produkt speichert, auf dem Gerät und in der Cloud des Herstellers, sind im gespeicherten Zustand verschlüsselt.
    .rationale = Die Verschlüsselung gespeicherter Daten hält Aufnahmen und persönliche Angaben unlesbar, wenn ein Gerät gestohlen oder in einen Server eingebrochen wird.
    .consumer = Ihre Daten sind dort, wo sie gespeichert sind, verschlüsselt, sodass ein Dieb sie nicht lesen kann.

SEC-19 = Anmeldung in zwei Schritten möglich
    .requirement = Erfordert das Produkt ein Konto, unterstützt dieses Konto eine Multi-Faktor-Authentifizierung, die optional angeboten oder verpflichtend vorgeschrieben wird.
    .rationale = Ein zweiter Faktor verhindert die meisten Kontoübernahmen, die mit einem gestohlenen oder mehrfach verwendeten Passwort beginnen.
    .consumer = Sie können Ihr Konto mit einem zweiten Schritt schützen, etwa mit einem Code, der an Ihr Handy gesendet wird.
