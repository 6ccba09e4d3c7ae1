# Noms et descriptions communs à l’ensemble du catalogue.

## Domaines

area-SEC = Sécurité de l’appareil et du logiciel
    .description = Protection de l’appareil et de son logiciel contre les attaques, des mots de passe et du chiffrement jusqu’au démarrage sécurisé et à une surface d’attaque réduite.
    .consumer = À quel point il est difficile de s’introduire dans l’appareil.

area-UPD = Mises à jour logicielles et période de support
    .description = Des mises à jour logicielles sûres, rapides et simples, et une date publiée jusqu’à laquelle les mises à jour de sécurité sont garanties.
    .consumer = Combien de temps l’appareil reçoit des correctifs de sécurité, et s’ils sont faciles à installer.

area-VUL = Gestion des vulnérabilités
    .description = La manière dont le fabricant reçoit, traite et divulgue les signalements de failles de sécurité, et assure le suivi des composants qu’il livre.
    .consumer = Si l’entreprise écoute et corrige les problèmes de sécurité qu’on lui signale.

area-PRV = Confidentialité des données
    .description = Les données personnelles que le produit collecte, capte et partage, pourquoi, et à quelles conditions.
    .consumer = Ce que l’appareil apprend sur vous, et qui peut le voir.

area-GOV = Gouvernance des données et transparence
    .description = Les droits des utilisateurs sur leurs données et les informations fournies par le fabricant sur les conditions, la finalité, les risques et le modèle économique.
    .consumer = Si vous pouvez consulter, copier et supprimer vos données, et si l’entreprise est transparente sur son fonctionnement.

area-AGY = Autonomie et contrôle de l’utilisateur
    .description = Dans quelle mesure le produit continue de fonctionner selon les conditions de l’utilisateur : hors ligne, sans compte, sans abonnement et avec des fonctions facultatives sous son contrôle.
    .consumer = Si vous gardez la main sur l’appareil, même sans internet ni compte.

area-INT = Interopérabilité et ouverture
    .description = La prise en charge de normes ouvertes et d’interfaces documentées qui permettent au produit de fonctionner avec les produits d’autres fabricants, et la publication du code et des plans de conception.
    .consumer = Si l’appareil fonctionne avec d’autres marques et applications.

area-REP = Réparabilité, durabilité et environnement
    .description = La facilité avec laquelle le produit peut être réparé, la durée pendant laquelle il reste utile, ainsi que sa consommation d’énergie et sa fin de vie.
    .consumer = Si l’appareil peut être réparé, s’il dure longtemps et s’il respecte la planète.

area-SUP = Provenance et chaîne d’approvisionnement
    .description = Qui fabrique le produit, où, avec quels fournisseurs et selon quel processus de sécurité.
    .consumer = Qui a fabriqué l’appareil, et avec quel soin.

area-ACC = Accessibilité
    .description = La possibilité pour les personnes handicapées de configurer, d’utiliser, de mettre à jour et de réinitialiser le produit, et d’obtenir de l’aide à son sujet.
    .consumer = Si tout le monde, y compris les personnes handicapées, peut utiliser l’appareil en toute sécurité.

area-ACT = Responsabilité
    .description = Les déclarations légales du fabricant, le traitement des réclamations, la garantie, l’assistance et les preuves qui étayent ses affirmations.
    .consumer = Si l’entreprise assume ce qu’elle affirme et répond quand quelque chose ne va pas.

## Niveaux

level-0 = Sous le niveau de base
    .description = Le produit ne satisfait pas à toutes les exigences du niveau de base.

level-1 = Niveau de base
    .description = Le produit satisfait à ce que la loi exige déjà là où il est vendu : le régime britannique de sécurité des produits (PSTI), les dispositions obligatoires de l’ETSI EN 303 645 et les résultats attendus par le label américain Cyber Trust Mark.

level-2 = De confiance
    .description = Le produit satisfait au niveau de base ainsi qu’aux exigences essentielles du règlement européen sur la cyberrésilience (CRA), avec de bonnes pratiques en matière de confidentialité, de gouvernance des données et de mises à jour, étayées par des preuves et non par de simples déclarations.

level-3 = Exemplaire
    .description = Le produit satisfait au niveau « De confiance » et, en outre, laisse le contrôle aux utilisateurs, fonctionne en local et sans compte, et il est ouvert et interopérable, réparable, respectueux de l’environnement et accessible.

## Conditions d’applicabilité

condition-always = tous les produits
condition-network_login = produits auxquels on peut se connecter par le réseau
condition-unique_default_password = produits livrés avec un mot de passe unique pour chaque exemplaire
condition-updatable = produits dont le logiciel peut être mis à jour
condition-uses_cloud = produits qui utilisent le service en ligne du fabricant
condition-has_account = produits qui nécessitent un compte auprès du fabricant
condition-has_app = produits dotés d’une application associée
condition-has_battery = produits dotés d’une batterie
condition-has_camera_or_microphone = produits dotés d’une caméra ou d’un microphone
condition-has_sensitive_sensor = produits dotés d’une caméra, d’un microphone ou d’un capteur de localisation, biométrique ou de santé
condition-processes_personal_data = produits qui traitent des données personnelles
condition-for_children = produits destinés aux enfants
condition-has_standards = produits qui prennent en charge une norme ouverte

## Obligations

obligation-required = Obligatoire
obligation-recommended = Recommandé

## Méthodes de vérification

verification-declared = Déclaré par le fabricant
verification-analyser = Contrôlé par un analyseur
verification-assessor = Testé par un évaluateur

## Degré de correspondance

confidence-exact = Même exigence
confidence-partial = Correspondance partielle
confidence-related = Sujet connexe

## Statut du verdict

status-met = Satisfait
status-not_met = Non satisfait
status-unknown = Inconnu
status-not_applicable = Non applicable

## Fondement du verdict

basis-declared = Déclaré
basis-verified = Vérifié par des preuves
basis-assessor = Vérifié par un évaluateur
basis-contradicted = Contredit par des preuves
