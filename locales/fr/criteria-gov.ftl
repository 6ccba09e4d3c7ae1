# Gouvernance des données et transparence

GOV-01 = Une réinitialisation efface vos données
    .requirement = Une réinitialisation aux paramètres d’usine supprime de l’appareil toutes les données de l’utilisateur, ses identifiants et ses réglages en une seule action simple.
    .rationale = Les appareils sont revendus, retournés et recyclés ; les données qui y restent exposent leur ancien propriétaire.
    .consumer = Une seule réinitialisation efface tout : vous pouvez revendre ou recycler l’appareil en toute sécurité.

GOV-02 = Vous pouvez supprimer vos données du cloud
    .requirement = L’utilisateur peut supprimer les données le concernant conservées par le service en ligne du fabricant. Lorsque le produit nécessite un compte, l’utilisateur peut aussi le clôturer, et cette clôture supprime les données qui y sont liées.
    .rationale = Les copies d’enregistrements et d’historiques conservées en ligne survivent à l’appareil ; sans moyen de les supprimer, les personnes perdent définitivement le contrôle de leurs données.
    .consumer = Vous pouvez supprimer ce que l’entreprise conserve sur vous en ligne, et fermer définitivement votre compte.

GOV-03 = Une copie gratuite de vos données
    .requirement = L’utilisateur peut obtenir gratuitement une copie des données personnelles le concernant détenues par le produit et ses services.
    .rationale = Une copie permet à chacun de voir ce qui est détenu à son sujet et de le transférer vers un autre service au lieu d’en rester captif.
    .consumer = Vous pouvez télécharger vos données gratuitement et les emporter ailleurs.

GOV-04 = Corriger vos données et en limiter l’usage
    .requirement = L’utilisateur peut rectifier ses données personnelles et en limiter l’utilisation. Le fabricant ne refuse pas l’intervention humaine pour réexaminer les décisions automatisées qui affectent l’utilisateur de manière significative.
    .rationale = Des données erronées mènent à des décisions erronées ; chacun doit pouvoir les corriger, en restreindre l’usage et contester ce qu’une machine a décidé à son sujet.
    .consumer = Vous pouvez corriger des données fausses, limiter leur usage et demander qu’une personne vérifie une décision prise à votre sujet par un ordinateur.

GOV-05 = Une revente sûre pour l’ancien et le nouveau propriétaire
    .requirement = Le produit peut être transféré à un nouveau propriétaire, et ce transfert supprime tous les accès et toutes les données du propriétaire précédent.
    .rationale = Les produits survivent souvent à leur premier propriétaire ; le suivant a besoin d’un appareil qui fonctionne, et le précédent ne doit pas conserver de fenêtre ouverte sur celui-ci.
    .consumer = Vous pouvez vendre ou donner l’appareil : le nouveau propriétaire peut s’en servir sans voir vos données.

GOV-06 = Conditions à durée indiquée, changements avec préavis
    .requirement = Les conditions d’utilisation indiquent leur durée d’application. Le fabricant informe les utilisateurs au moins 30 jours à l’avance de toute modification substantielle, qui ne prend effet qu’une fois acceptée par eux.
    .rationale = Un produit connecté dépend autant de ses conditions d’utilisation que de son matériel ; des changements soudains ou passés sous silence peuvent retirer aux gens ce qu’ils ont payé.
    .consumer = Les règles du service indiquent combien de temps elles s’appliquent, et vous êtes prévenu des changements au moins un mois à l’avance.

GOV-07 = Usage prévu et risques prévisibles décrits
    .requirement = Le fabricant indique l’usage auquel le produit est destiné et décrit les mauvais usages prévisibles ainsi que les risques de sécurité qu’ils pourraient entraîner.
    .rationale = On ne peut éviter les installations risquées que si l’on sait à quoi le produit est destiné et ce qui peut mal tourner.
    .consumer = On vous explique à quoi sert l’appareil et en quoi un mauvais usage pourrait vous mettre en danger.

GOV-08 = Guides d’installation sûre et d’effacement
    .requirement = Le fabricant publie des instructions pour installer le produit de manière sécurisée et pour le mettre hors service, y compris la manière de supprimer les données de l’utilisateur.
    .rationale = Dans les foyers, beaucoup de problèmes viennent de choix d’installation peu sûrs et de données laissées derrière soi ; des instructions claires comblent ces deux lacunes.
    .consumer = Vous disposez d’étapes claires pour installer l’appareil en toute sécurité et pour l’effacer avant de vous en séparer.

GOV-09 = Le modèle économique du produit est indiqué
    .requirement = Le fabricant indique comment le produit est financé, que ce soit par le prix d’achat, par un abonnement ou par l’exploitation des données, et si une fonction essentielle nécessite un abonnement payant.
    .rationale = On paie avec son argent ou avec ses données ; savoir lequel, et ce qui pourrait devenir payant plus tard, fait partie d’un achat éclairé.
    .consumer = Vous savez comment l’entreprise gagne de l’argent avec l’appareil, et si vous devrez payer régulièrement.

GOV-10 = Rapport public sur les demandes de données
    .requirement = Le fabricant publie un rapport de transparence sur les demandes de données d’utilisateurs qu’il reçoit des autorités publiques et d’autres tiers, et sur la manière dont il y répond.
    .rationale = Les données conservées en ligne peuvent être réclamées par les autorités et par d’autres ; des chiffres publics montrent à quelle fréquence cela arrive et comment l’entreprise répond.
    .consumer = L’entreprise indique publiquement combien de fois on lui demande les données de ses clients.

GOV-11 = Conséquences juridiques d’un changement d’usage expliquées
    .requirement = Le fabricant explique les conséquences juridiques d’une modification substantielle de l’utilisation du produit, par exemple la désactivation d’une fonction dont dépend une police d’assurance ou un contrat.
    .rationale = Certains produits impliquent des obligations envers des assureurs, des bailleurs ou des employeurs ; les gens doivent le savoir avant de modifier un réglage dont dépend un contrat.
    .consumer = Vous êtes averti si changer votre façon d’utiliser l’appareil peut avoir un effet sur votre assurance ou sur un contrat.
