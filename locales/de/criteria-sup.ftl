# Herkunft und Lieferkette

SUP-01 = Sie können den Hersteller erreichen
    .requirement = Der Hersteller veröffentlicht eine Postanschrift und eine E-Mail-Adresse, unter denen Nutzer und Behörden ihn kontaktieren können.
    .rationale = Verantwortlichkeit beginnt damit, zu wissen, wer ein Produkt hergestellt hat und wie man diesen Hersteller erreicht.
    .consumer = Sie wissen, welches Unternehmen das Gerät hergestellt hat und wie Sie es erreichen.

SUP-02 = Software aus einem sicheren Entwicklungsprozess
    .requirement = Der Hersteller entwickelt die Software des Produkts nach einem benannten sicheren Entwicklungsprozess, etwa IEC 62443-4-1 oder dem NIST Secure Software Development Framework.
    .rationale = Sicherheit, die von Anfang an eingeplant und getestet wird, ist günstiger und verlässlicher als Korrekturen nach der Veröffentlichung.
    .consumer = Das Unternehmen entwickelt seine Software nach bewährten Sicherheitsverfahren.

SUP-03 = Zulieferer müssen Sicherheitsanforderungen erfüllen
    .requirement = Der Hersteller verpflichtet seine Zulieferer von Komponenten und Dienstleistungen auf schriftlich festgelegte Sicherheitsanforderungen.
    .rationale = Ein großer Teil des Codes und der Hardware eines Produkts stammt von anderen; Schwächen in der Lieferkette werden zu Schwächen des Produkts.
    .consumer = Das Unternehmen verpflichtet auch seine Zulieferer auf Sicherheitsregeln.

SUP-04 = Aktuelle Bewertung der Cybersicherheitsrisiken
    .requirement = Der Hersteller hat innerhalb der 24 Monate vor dem Prüfdatum eine Bewertung der Cybersicherheitsrisiken des Produkts durchgeführt.
    .rationale = Bedrohungen verändern sich mit der Zeit; eine aktuelle Risikobewertung zeigt, dass die Schutzmaßnahmen des Produkts noch zu den Risiken passen, denen es ausgesetzt ist.
    .consumer = Das Unternehmen hat kürzlich geprüft, was bei der Sicherheit des Geräts schiefgehen könnte.

SUP-05 = Herstellungsort und Zulieferer werden offengelegt
    .requirement = Der Hersteller legt die Länder offen, in denen das Produkt gefertigt wird, und nennt seine wichtigsten Zulieferer.
    .rationale = Zu wissen, woher ein Produkt und seine Hauptkomponenten stammen, hilft Käufern und Behörden, die Risiken in seiner Lieferkette einzuschätzen.
    .consumer = Sie sehen, wo das Gerät hergestellt wird und wer seine wichtigsten Teile liefert.

SUP-06 = Firmware-Builds mit signiertem Herkunftsnachweis
    .requirement = Jeder Firmware-Build enthält einen signierten Herkunftsnachweis (Provenance), der festhält, wie und aus welchen Quellen er erstellt wurde, zum Beispiel nach SLSA.
    .rationale = Signierte Build-Nachweise ermöglichen es allen zu prüfen, dass die Firmware auf einem Gerät genau die ist, die der Hersteller tatsächlich erstellt hat.
    .consumer = Jede Softwareversion trägt ein digitales Siegel, das zeigt, woher sie stammt.
