# La couche secondaire de l’étiquette : la page web complète (HTML) vers
# laquelle mène le code QR de l’emballage, et le fragment que le registre
# intègre. Les consommateurs d’abord, les experts ensuite : des mots
# simples, des phrases courtes.

## La page dans son ensemble

label-web-title = { $product } : étiquette iotmark
label-web-brand = Étiquette consommateur iotmark
label-web-skip = Aller à l’étiquette
label-web-contents = Sommaire
label-web-list-separator = {", "}

## En-tête : le produit et sa marque

label-web-manufacturer = Fabricant
label-web-model = Modèle
label-web-firmware = Version du logiciel
label-web-hardware = Version du matériel
label-web-released = En vente depuis le
label-web-mark = Niveau de la marque
label-web-level =
    { $level ->
        [0] Aucun niveau atteint
       *[other] Niveau { $level } sur { $max }
    }
label-web-scale = Échelle des niveaux de 1 à { $max } : { $level ->
        [0] aucun niveau atteint
       *[other] niveau { $level } atteint
    }
label-web-status = Statut
label-web-status-valid = Certifié, certificat valide
label-web-status-suspended = Certificat suspendu
label-web-status-revoked = Certificat retiré
label-web-status-expired = Certificat expiré
label-web-status-self_assessed = Auto-évalué, non certifié
label-web-status-valid-note = Un organisme de certification a contrôlé ce produit. Son certificat figure dans un journal public que chacun peut vérifier.
label-web-status-suspended-note = L’organisme de certification a suspendu le certificat le temps d’examiner un problème. Ne vous fiez pas à la marque tant qu’elle n’est pas rétablie.
label-web-status-revoked-note = L’organisme de certification a retiré le certificat. La marque ne s’applique plus à ce produit.
label-web-status-expired-note = Le certificat est arrivé à échéance, le plus souvent parce que le support de sécurité a pris fin. La marque ne s’applique plus.
label-web-status-self_assessed-note = Le fabricant a évalué ce produit lui-même. Seule l’approbation d’un organisme de certification dans le registre constitue un certificat.
label-web-registry = Vérifiez le statut actuel dans le registre
label-web-certificate = Numéro de certificat
label-web-contradicted =
    { $count ->
        [one] Des preuves contredisent une affirmation du fabricant :
       *[other] Des preuves contredisent { $count } affirmations du fabricant :
    }

## L’essentiel (les mêmes informations que l’étiquette de l’emballage)

label-web-facts = L’essentiel
label-web-fact-support = Mises à jour de sécurité garanties jusqu’au
label-web-fact-updates = Installation des mises à jour
label-web-fact-sensors = Capteurs
label-web-fact-actuators = Peut agir chez vous
label-web-fact-shared = Vos données partagées avec d’autres
label-web-fact-sold = Vos données vendues
label-web-fact-offline = Fonctionne sans internet
label-web-fact-account = Fonctionne sans compte
label-web-fact-repair = Réparation
label-web-not-disclosed = Non communiqué par le fabricant

label-web-support-none = Aucune date indiquée
label-web-support-none-note = Le fabricant ne s’est engagé à fournir des mises à jour de sécurité pour aucune durée.
label-web-support-left = Il restait { $duration } le jour de l’évaluation.
label-web-support-last-day = Les mises à jour de sécurité prennent fin le jour de l’évaluation.
label-web-support-ended = Le support de sécurité a pris fin { $duration } avant l’évaluation. Aucune mise à jour de sécurité n’est plus garantie.
label-web-support-published = Où le fabricant publie cette date

label-web-duration-years =
    { $count ->
        [one] un an
       *[other] { $count } ans
    }
label-web-duration-months =
    { $count ->
        [one] un mois
       *[other] { $count } mois
    }
label-web-duration-days =
    { $count ->
        [one] un jour
       *[other] { $count } jours
    }
label-web-duration-and = { $years } et { $months }

label-web-updates-automatic_may_opt_out = Automatiquement ; vous pouvez le désactiver
label-web-updates-automatic_may_not_opt_out = Automatiquement ; vous ne pouvez pas le désactiver
label-web-updates-manual = Vous lancez vous-même chaque mise à jour
label-web-updates-no_updates = Le logiciel ne peut pas être mis à jour
label-web-updates-not_disclosed = Non communiqué par le fabricant

label-web-sensors-none = Aucun déclaré
label-web-sensor-camera = caméra
label-web-sensor-microphone = microphone
label-web-sensor-location = localisation
label-web-sensor-motion = mouvement
label-web-sensor-presence = présence
label-web-sensor-biometric = biométrie (par exemple empreinte digitale)
label-web-sensor-health = santé (par exemple fréquence cardiaque)
label-web-sensor-environmental = environnement (par exemple température)
label-web-sensor-contact = contact de porte ou de fenêtre
label-web-sensor-light = lumière
label-web-sensor-nfc = NFC (sans contact)

label-web-actuators-none = Rien de déclaré
label-web-actuator-lock = serrure
label-web-actuator-power_switch = interrupteur
label-web-actuator-motor = moteur
label-web-actuator-speaker = haut-parleur
label-web-actuator-display = écran
label-web-actuator-light = éclairage
label-web-actuator-heating = chauffage
label-web-actuator-valve = vanne
label-web-actuator-alarm = alarme ou sirène
label-web-actuator-vibration = vibreur

label-web-shared-yes = Oui, avec : { $recipients }
label-web-shared-yes-unnamed = Oui
label-web-shared-no = Personne d’autre que le fabricant
label-web-recipient-service_provider = des prestataires de services
label-web-recipient-affiliate = des sociétés affiliées
label-web-recipient-advertiser = des annonceurs
label-web-recipient-data_broker = des courtiers en données
label-web-recipient-insurer = des assureurs
label-web-recipient-researcher = des chercheurs
label-web-recipient-authority = les autorités publiques
label-web-recipient-other = d’autres destinataires
label-web-sold-yes = Oui, des données personnelles sont vendues
label-web-sold-no = Non

label-web-availability-full = Oui, entièrement
label-web-availability-partial = En partie
label-web-availability-none = Non

label-web-repair-parts =
    { $years ->
        [one] Pièces détachées pendant un an après la fin de la commercialisation
       *[other] Pièces détachées pendant { $years } ans après la fin de la commercialisation
    }
label-web-repair-parts-none = Pas de pièces détachées
label-web-repair-parts-unknown = Pièces détachées : non communiqué
label-web-repair-manual-yes = Manuel de réparation publié
label-web-repair-manual-no = Pas de manuel de réparation publié
label-web-repair-manual-unknown = Manuel de réparation : non communiqué
label-web-repair-battery-yes = Vous pouvez remplacer la batterie
label-web-repair-battery-no = Vous ne pouvez pas remplacer la batterie vous-même
label-web-repair-battery-unknown = Remplacement de la batterie : non communiqué
label-web-repair-battery-none = Pas de batterie

## La période de support de sécurité

label-web-support = Mises à jour de sécurité
label-web-support-why = Les mises à jour de sécurité corrigent des failles que des pirates pourraient exploiter. Quand elles s’arrêtent, garder le produit connecté devient plus risqué.
label-web-timeline-title = Période de support de sécurité
label-web-timeline-desc = Mises à jour de sécurité du { $start } au { $end }. L’évaluation a eu lieu le { $today }.
label-web-timeline-released = En vente depuis le
label-web-timeline-assessed = Évalué le
label-web-timeline-end = Fin des mises à jour de sécurité
label-web-timeline-past = Temps déjà écoulé
label-web-timeline-left = Temps garanti restant

## Résultats par domaine et par critère

label-web-areas = Résultats par domaine
label-web-areas-intro = Chaque domaine reçoit une note de A (la meilleure) à E, selon les critères qu’il remplit. Les critères qui ne concernent pas ce produit ne comptent pas.
label-web-grades-caption = Notes et scores par domaine
label-web-col-area = Domaine
label-web-col-grade = Note
label-web-col-score = Score
label-web-col-met = Satisfaits
label-web-col-not-met = Non satisfaits
label-web-col-unknown = Inconnus
label-web-col-not-applicable = Non applicables
label-web-grade = Note
label-web-score = Score de { $score } sur 100
label-web-counts = { $met } satisfaits, { $notmet } non satisfaits, { $unknown } inconnus, { $na } non applicables

label-web-verdict-met = Satisfait
label-web-verdict-not_met = Non satisfait
label-web-verdict-unknown = Inconnu : aucune information fournie
label-web-verdict-not_applicable = Ne concerne pas ce produit
label-web-basis-declared = Déclaré par le fabricant
label-web-basis-verified = Vérifié par des preuves
label-web-basis-assessor = Testé par un évaluateur
label-web-basis-contradicted = Contredit par des preuves
label-web-reason = Motif
label-web-reason-english = Motif (en anglais)
label-web-expert = Détails pour les experts
label-web-criterion = Critère
label-web-criterion-level = Niveau
label-web-required = Obligatoire pour le niveau { $level }
label-web-recommended = Recommandé à partir du niveau { $level }
label-web-references = Correspond à
label-web-references-none = Aucune clause correspondante dans d’autres référentiels

## Noms courts des référentiels, pour les correspondances de chaque critère

label-web-scheme-better-iot = Better IoT
label-web-scheme-cta-2120 = CTA-2120
label-web-scheme-digital-standard = Digital Standard
label-web-scheme-etsi-en-303-645 = ETSI EN 303 645
label-web-scheme-eu-cra = CRA (UE)
label-web-scheme-nist-ir-8425 = NIST IR 8425
label-web-scheme-sg-cls = CLS Singapour
label-web-scheme-uk-psti = PSTI (Royaume-Uni)

## Vulnérabilités connues

label-web-vulnerabilities = Vulnérabilités connues
label-web-vuln-intro = Les failles de sécurité connues dans les composants logiciels que le fabricant liste dans sa nomenclature logicielle (SBOM), vérifiées à l’aide de données publiques sur les vulnérabilités.
label-web-vuln-not-scanned = Aucune nomenclature logicielle n’a été vérifiée à l’aide de données sur les vulnérabilités : on ne sait donc pas si le produit contient des vulnérabilités connues.
label-web-vuln-none = Aucune trouvée : aucun composant logiciel ne correspond à une vulnérabilité connue.
label-web-vuln-count =
    { $count ->
        [one] Une vulnérabilité connue a été trouvée.
       *[other] { $count } vulnérabilités connues ont été trouvées.
    }
label-web-vuln-component = Composant logiciel
label-web-vuln-installed = Version installée
label-web-vuln-fixed = Corrigée dans la version
label-web-vuln-fixed-none = Aucun correctif connu pour l’instant
label-web-vuln-severity = Gravité : { $severity }
label-web-severity-critical = critique
label-web-severity-high = élevée
label-web-severity-medium = moyenne
label-web-severity-low = faible
label-web-severity-unknown = inconnue
label-web-vuln-kev = Exploitée activement par des pirates
label-web-vuln-kev-note = Figure dans le catalogue des vulnérabilités exploitées connues (KEV) de la CISA, l’agence américaine de cybersécurité.
label-web-vuln-suppressed = Sans effet sur ce produit, selon le fabricant
label-web-vuln-justification = Justification

## Niveau suivant

label-web-next = Niveau suivant
label-web-next-missing = Pour atteindre le niveau { $level } ({ $name }), ces critères obligatoires doivent aussi être satisfaits :
label-web-next-top = Ce produit a atteint le niveau le plus élevé.

## Autres référentiels et lois

label-web-schemes = Autres référentiels et lois
label-web-schemes-intro = Chaque critère correspond à des clauses d’autres référentiels de sécurité et de lois. Ce tableau indique combien de leurs clauses ce produit satisfait.
label-web-schemes-caption = Clauses d’autres référentiels satisfaites par ce produit
label-web-col-scheme = Référentiel
label-web-col-clauses = Clauses
label-web-col-uncovered = Non couvertes par iotmark

## Pied de page

label-web-assessed = Évalué le { $date } selon le catalogue iotmark, version { $version }.
label-web-snapshot = Cette page présente l’évaluation telle qu’elle était ce jour-là. Le registre indique le statut actuel.
label-web-format = Version lisible par machine : { $format }, version de format { $version }.
