# Critères du domaine VUL : gestion des vulnérabilités.

VUL-01 = Une procédure publique pour signaler les failles
    .requirement = Le fabricant publie une politique de divulgation coordonnée des vulnérabilités comportant un contact pour les signalements, et indique sous combien de jours un signalement fait l’objet d’un accusé de réception et à quelle fréquence son auteur est informé de l’avancement de son traitement.
    .rationale = Ceux qui découvrent des failles ont besoin d’un endroit connu pour les signaler ; sinon, les failles restent non corrigées ou finissent entre les mains d’attaquants.
    .consumer = Quiconque découvre un problème de sécurité sait comment prévenir le fabricant, et reçoit une réponse.

VUL-02 = Un fichier security.txt valide
    .requirement = Le fabricant publie un fichier security.txt à jour et bien formé, conforme à la RFC 9116, dont le contact correspond au contact de signalement déclaré.
    .rationale = Un fichier standard, lisible par machine, permet aux chercheurs et aux outils de trouver le bon contact en quelques secondes.
    .consumer = Les experts en sécurité trouvent vite où signaler les problèmes de votre appareil.

VUL-03 = Aucune faille exploitable connue à la sortie
    .requirement = Avant la mise sur le marché, le fabricant confronte les composants logiciels livrés aux bases de données publiques de vulnérabilités, et le micrologiciel est livré sans aucune vulnérabilité exploitable connue.
    .rationale = Livrer un produit avec des failles déjà publiques offre aux attaquants une porte d’entrée toute prête.
    .consumer = Votre appareil n’a pas été mis en vente avec des failles de sécurité déjà connues.

VUL-04 = Une nomenclature logicielle est tenue à jour
    .requirement = Le fabricant tient à jour, pour chaque version du micrologiciel, une nomenclature logicielle (SBOM) lisible par machine et indique où les utilisateurs et les autorités peuvent l’obtenir.
    .rationale = Savoir quels composants contient un produit est le seul moyen rapide de déterminer si une faille nouvellement découverte le concerne.
    .consumer = Le fabricant tient la liste de tous les composants logiciels de votre appareil, pour vérifier rapidement s’il est touché par de nouveaux problèmes.

VUL-05 = Des avis de sécurité sont publiés
    .requirement = Le fabricant publie, à une adresse publique, des avis de sécurité sur les vulnérabilités corrigées, précisant les versions concernées, l’impact et les mesures que les utilisateurs doivent prendre.
    .rationale = Les avis indiquent aux propriétaires et aux administrateurs quels appareils sont exposés et comment les protéger.
    .consumer = Quand un problème de sécurité est corrigé, le fabricant explique publiquement de quoi il s’agissait et ce que vous devez faire.

VUL-06 = Failles exploitées signalées aux autorités
    .requirement = Le fabricant dispose d’une procédure pour notifier aux autorités compétentes les vulnérabilités activement exploitées et les incidents de sécurité graves, dans les délais fixés par la loi.
    .rationale = Des notifications précoces permettent aux autorités d’avertir les autres et de coordonner la réponse avant que les dégâts ne s’étendent.
    .consumer = Si des criminels exploitent déjà une faille de votre appareil, le fabricant prévient rapidement les autorités.

VUL-07 = Des tests de sécurité à chaque version
    .requirement = Le fabricant teste régulièrement la sécurité du produit, et au moins à chaque nouvelle version logicielle.
    .rationale = Des tests réguliers détectent les failles avant les attaquants et repèrent le nouveau code qui annule des corrections antérieures.
    .consumer = La sécurité de votre appareil est testée à chaque changement de son logiciel.

VUL-08 = Protection juridique des chercheurs en sécurité
    .requirement = La politique de divulgation garantit que les personnes qui recherchent et signalent des vulnérabilités de bonne foi ne feront l’objet d’aucune action en justice de la part du fabricant.
    .rationale = La peur des poursuites réduit les chercheurs au silence, et les failles restent alors non signalées et non corrigées.
    .consumer = Les personnes qui trouvent et signalent des problèmes de sécurité ne seront pas poursuivies pour avoir aidé.

VUL-09 = Un test d’intrusion indépendant récent
    .requirement = Un testeur indépendant a réalisé un test d’intrusion du produit au cours de la période fixée par ce critère avant l’évaluation, 24 mois par défaut.
    .rationale = Une équipe externe qui attaque le produit comme le ferait un véritable adversaire trouve des problèmes qui échappent aux revues internes.
    .consumer = Des experts en sécurité externes ont récemment essayé de pirater votre appareil.

VUL-10 = Une nomenclature matérielle est tenue à jour
    .requirement = Le fabricant tient également une nomenclature matérielle qui répertorie les principaux composants électroniques du produit.
    .rationale = Un inventaire matériel montre rapidement quels produits sont touchés par une puce défectueuse ou par un fournisseur défaillant.
    .consumer = Le fabricant garde la trace des pièces de votre appareil, pour pouvoir remonter à l’origine des problèmes matériels.

VUL-11 = Les failles graves corrigées ne traînent pas
    .requirement = À la date de l’évaluation, aucune vulnérabilité de gravité critique ou élevée présente dans les composants livrés ne dispose d’une version corrigée depuis plus longtemps que le critère ne l’autorise (90 jours par défaut), sauf si une déclaration VEX montre que le produit n’est pas affecté.
    .rationale = Dès qu’un correctif est public, les attaquants l’étudient ; un composant laissé sans correctif longtemps après la parution de celui-ci est le moyen le plus courant de prendre le contrôle d’appareils.
    .consumer = Quand une faille de sécurité grave est corrigée à la source, votre appareil reçoit rapidement ce correctif.
