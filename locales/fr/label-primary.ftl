# La couche principale de l'étiquette (imprimée sur la boîte) et sa variante
# compacte (fiches produit des boutiques). Textes courts : l'étiquette mesure
# 60 × 90 mm. Une espace insécable précède les deux-points.

## L'étiquette entière, pour les lecteurs d'écran.

label-title = Étiquette iotmark : { $product }
label-desc-mark = Niveau de marque { $level } sur { $max } : { $name }.
label-desc-support = Mises à jour de sécurité jusqu’au { $date }.
label-desc-support-ended = Mises à jour de sécurité terminées le { $date }.
label-desc-support-none = Aucun engagement sur les mises à jour de sécurité.
label-desc-scan = Tous les détails : { $url }

## La marque.

label-level = Niveau { $level } · { $name }
label-level-short = Niveau { $level }

## Où en est la marque.

label-status-valid = Certifié · valide
label-status-suspended = Certificat suspendu
label-status-revoked = Certificat retiré
label-status-expired = Certificat expiré
label-status-self_assessed = Auto-évalué · non certifié
label-certificate = N° { $id }

## La durée du suivi : le fait le plus visible de l'étiquette.

label-support-until = Mises à jour de sécurité jusqu’au
label-support-ended = Mises à jour de sécurité terminées le
label-support-none = Aucun engagement de mises à jour de sécurité
label-support-none-detail = Le fabricant n’indique pas combien de temps ce produit recevra des mises à jour de sécurité.
label-compact-until = Mises à jour jusqu’en
label-compact-none = Sans engagement de mises à jour

## Les faits.

label-fact-updates = Mises à jour
label-fact-sensors = Capteurs
label-fact-data = Vos données
label-fact-offline = Sans internet
label-fact-account = Sans compte
label-fact-repair = Réparation

label-update-automatic_may_opt_out = Automatiques, désactivables
label-update-automatic_may_not_opt_out = Automatiques, toujours actives
label-update-manual = Vous les installez
label-update-no_updates = Aucune mise à jour possible
label-update-not_disclosed = Non communiqué

label-sensors-none = Aucun capteur
label-sensor-camera = Caméra
label-sensor-microphone = Microphone
label-sensor-location = Localisation
label-sensor-motion = Mouvement
label-sensor-presence = Présence
label-sensor-biometric = Biométrie
label-sensor-health = Santé
label-sensor-environmental = Environnement
label-sensor-contact = Contact de porte
label-sensor-light = Lumière
label-sensor-nfc = NFC

label-data-shared-with = Partagées avec : { $recipients }
label-data-shared = Partagées avec des tiers
label-data-not-shared = Non partagées
label-data-sharing-not-disclosed = Partage non communiqué
label-data-sold = Vendues
label-data-not-sold = Non vendues
label-data-sale-not-disclosed = Vente non communiquée
label-recipient-service_provider = prestataires
label-recipient-affiliate = filiales
label-recipient-advertiser = annonceurs
label-recipient-data_broker = courtiers en données
label-recipient-insurer = assureurs
label-recipient-researcher = chercheurs
label-recipient-authority = autorités
label-recipient-other = autres

label-availability-full = Fonctionne entièrement
label-availability-partial = Fonctionne en partie
label-availability-none = Ne fonctionne pas
label-availability-not_disclosed = Non communiqué

label-repair-parts =
    { $years ->
        [one] Pièces détachées : { $years } an
       *[other] Pièces détachées : { $years } ans
    }
label-repair-parts-none = Pas de pièces détachées
label-repair-parts-not-disclosed = Pièces détachées non communiquées
label-repair-battery-replaceable = Batterie remplaçable
label-repair-battery-sealed = Batterie non remplaçable
label-repair-battery-not-disclosed = Batterie non communiquée
label-repair-manual = Manuel de réparation
label-repair-manual-none = Pas de manuel de réparation

label-list-separator = {", "}

## Légendes d'un mot de la variante compacte.

label-short-update-automatic_may_opt_out = MàJ auto
label-short-update-automatic_may_not_opt_out = MàJ auto
label-short-update-manual = MàJ manuelles
label-short-update-no_updates = Aucune MàJ
label-short-update-not_disclosed = Non communiqué
label-short-sensors =
    { $count ->
        [0] Aucun capteur
        [one] 1 capteur
       *[other] { $count } capteurs
    }
label-short-offline-full = Hors ligne
label-short-offline-partial = Hors ligne partiel
label-short-offline-none = Internet requis
label-short-offline-not_disclosed = Non communiqué
label-short-data-not-sold = Non vendues
label-short-data-sold = Vendues
label-short-data-not-disclosed = Non communiqué

## Le pied de l'étiquette.

label-model = Modèle { $model }
label-firmware = Micrologiciel { $version }
label-scan = Scannez pour tous les détails

## La description lue par les lecteurs d'écran.

label-desc-sentence = { $text }.
label-desc-fact = { $heading } : { $value }.
label-desc-product = { $product }, { $model }, { $firmware }, { $manufacturer }.
label-desc-item-separator = {" ; "}
label-desc-join = {" "}
