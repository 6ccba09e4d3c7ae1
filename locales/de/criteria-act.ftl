# Verantwortlichkeit

ACT-01 = Jede Ausnahme wird begründet
    .requirement = Jedes Kriterium, das der Hersteller für nicht anwendbar erklärt, lässt dies zu, und jede solche Erklärung enthält eine schriftliche Begründung.
    .rationale = Hinter Ausnahmen verstecken sich schwache Produkte; eine dokumentierte Begründung macht jede einzelne anfechtbar.
    .consumer = Wenn das Unternehmen sagt, dass eine Regel nicht gilt, muss es das begründen.

ACT-02 = Offizielle Konformitätserklärung veröffentlicht
    .requirement = Der Hersteller veröffentlicht die EU-Konformitätserklärung oder das britische Statement of Compliance für das Produkt.
    .rationale = Diese rechtlichen Dokumente benennen, wer die Verantwortung dafür übernimmt, dass das Produkt die gesetzlichen Vorgaben erfüllt, und die Behörden stützen sich auf sie.
    .consumer = Das Unternehmen veröffentlicht das offizielle Dokument, das bestätigt, dass das Gerät den Gesetzen entspricht.

ACT-03 = Beschwerden werden fristgerecht beantwortet
    .requirement = Der Hersteller veröffentlicht, wie Beschwerden eingereicht werden können, und verpflichtet sich, Beschwerden innerhalb einer angegebenen Anzahl von Tagen zu beantworten.
    .rationale = Ein klarer Beschwerdeweg mit zugesagter Antwortfrist bringt Probleme ans Licht und sorgt dafür, dass sie behoben werden.
    .consumer = Sie wissen, wo Sie sich beschweren können und wie schnell Sie eine Antwort bekommen.

ACT-04 = Mindestens zwei Jahre Garantie
    .requirement = Für das Produkt gilt eine Garantie von mindestens 24 Monaten.
    .rationale = Eine lange Garantie zeigt, dass der Hersteller für die Haltbarkeit seines Produkts einsteht.
    .consumer = Wenn das Gerät kaputtgeht, sind Sie mindestens zwei Jahre lang abgesichert.

ACT-05 = Kundensupport ist erreichbar
    .requirement = Der Hersteller veröffentlicht, wo Kunden Support für das Produkt erhalten.
    .rationale = Probleme bei Einrichtung, Updates und Daten lassen sich leichter lösen und werden seltener zu Sicherheitsproblemen, wenn Hilfe zur Hand ist.
    .consumer = Sie wissen, wo Sie Hilfe zu Ihrem Gerät bekommen.

ACT-06 = Angaben sind öffentlich belegt
    .requirement = Jede Angabe in der Erklärung verweist auf einen öffentlichen Nachweis, und der Erklärung ist mindestens eine Nachweisdatei beigefügt.
    .rationale = Behauptungen kosten nichts; erst Nachweise, die jeder prüfen kann, machen ein Label vertrauenswürdig.
    .consumer = Sie können die Belege für die Aussagen des Unternehmens selbst prüfen.
