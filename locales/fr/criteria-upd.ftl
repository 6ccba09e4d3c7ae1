# Critères du domaine UPD : mises à jour logicielles et période de support.

UPD-01 = Date de fin de support affichée avant l’achat
    .requirement = Le fabricant indique la date jusqu’à laquelle le produit recevra des mises à jour de sécurité, la publie à une adresse stable et la présente aux acheteurs avant l’achat, sur l’emballage ou sur la page de vente.
    .rationale = Un appareil sans mises à jour devient chaque année moins sûr ; les acheteurs doivent connaître la période de support pour comparer les produits et prévoir leur remplacement.
    .consumer = Vous savez avant d’acheter pendant combien de temps votre appareil recevra des correctifs de sécurité.

UPD-02 = Mises à jour logicielles sécurisées
    .requirement = Le logiciel du produit peut être mis à jour, et l’appareil vérifie au moyen d’une cryptographie établie que chaque mise à jour est authentique et non altérée avant de l’installer.
    .rationale = Les mises à jour servent à combler les failles de sécurité ; un canal de mise à jour non vérifié serait lui-même un moyen d’installer des logiciels malveillants.
    .consumer = Votre appareil peut recevoir des correctifs de sécurité, et il n’installe que ceux qui viennent vraiment du fabricant.

UPD-03 = Mises à jour faciles à installer
    .requirement = L’installation d’une mise à jour ne demande à l’utilisateur qu’une action simple, voire aucune.
    .rationale = Les mises à jour qui exigent des compétences techniques ou un équipement spécial ne sont souvent jamais installées.
    .consumer = Installer une mise à jour est aussi simple qu’appuyer sur un bouton, ou se fait tout seul.

UPD-04 = Les failles critiques sont vite corrigées
    .requirement = Le fabricant livre un correctif pour toute vulnérabilité critique dans le délai fixé par ce critère, 90 jours par défaut.
    .rationale = Plus une faille connue reste ouverte longtemps, plus elle risque d’être exploitée.
    .consumer = Les failles de sécurité graves sont corrigées rapidement, en trois mois environ.

UPD-05 = Modèle et version logicielle faciles à trouver
    .requirement = L’utilisateur peut lire la désignation du modèle et la version logicielle du produit à au moins un emplacement documenté, tel que l’étiquette de l’appareil, l’emballage, l’application ou l’interface web de l’appareil.
    .rationale = Les propriétaires et les autorités ont besoin du modèle et de la version exacts pour savoir si un avertissement ou un rappel les concerne.
    .consumer = Vous trouvez facilement votre modèle et votre version du logiciel, pour vérifier s’il existe des avertissements.

UPD-06 = Mises à jour de sécurité automatiques, sous votre contrôle
    .requirement = Les mises à jour de sécurité automatiques sont activées dès la sortie de la boîte, et l’utilisateur peut les reporter ou les désactiver.
    .rationale = Les mises à jour automatiques atteignent les appareils dont les propriétaires ne les recherchent jamais ; le report respecte les moments où un redémarrage serait préjudiciable.
    .consumer = Les correctifs de sécurité s’installent tout seuls, mais vous pouvez les reporter si le moment est mal choisi.

UPD-07 = Mises à jour de sécurité gratuites
    .requirement = Le fabricant fournit les mises à jour de sécurité sans frais supplémentaires pendant toute la période de support.
    .rationale = Faire payer les correctifs laisse des appareils dangereux chez les personnes qui ne peuvent pas ou ne veulent pas payer.
    .consumer = Vous n’avez jamais à payer pour recevoir des correctifs de sécurité.

UPD-08 = Support d’au moins cinq ans
    .requirement = La période de support de sécurité ne prend pas fin avant l’expiration de la durée minimale fixée par ce critère à compter de la première mise sur le marché du produit, cinq ans par défaut.
    .rationale = Les produits connectés restent en service de nombreuses années ; un support court les laisse exposés bien avant qu’ils ne soient usés.
    .consumer = Votre appareil reçoit des correctifs de sécurité pendant au moins cinq ans après sa première mise en vente.

UPD-09 = Vous êtes informé des mises à jour
    .requirement = Le produit ou le fabricant informe l’utilisateur lorsqu’une mise à jour est disponible ou a été installée, et lui indique ce qu’elle corrige.
    .rationale = Ceux qui savent ce que change une mise à jour peuvent juger de son urgence et remarquer quand les mises à jour cessent.
    .consumer = Vous êtes prévenu quand une mise à jour arrive, et de ce qu’elle corrige.

UPD-10 = Correctifs de sécurité séparés des nouvelles fonctions
    .requirement = Lorsque c’est techniquement possible, le fabricant publie les correctifs de sécurité séparément des modifications fonctionnelles, afin que l’utilisateur puisse les installer sans accepter d’autres changements.
    .rationale = Regrouper les correctifs avec des changements non désirés pousse les gens à refuser toute mise à jour.
    .consumer = Vous pouvez recevoir les correctifs de sécurité sans devoir accepter de nouvelles fonctions dont vous ne voulez pas.

UPD-11 = Notes de version publiques pour chaque version
    .requirement = Le fabricant publie les notes de version de chaque version logicielle à une adresse publique stable, conservant ainsi une trace durable des changements.
    .rationale = Un historique public des changements permet aux propriétaires, aux chercheurs et aux autorités de voir ce que chaque mise à jour a modifié et de demander des comptes au fabricant.
    .consumer = Vous pouvez lire en ligne ce qui a changé à chaque mise à jour du logiciel.

UPD-12 = Un plan de fin de vie publié
    .requirement = Le fabricant publie un plan qui indique ce qu’il advient de l’appareil, de ses services et des données de l’utilisateur à la fin du support, à l’arrêt du service, ainsi qu’en cas d’insolvabilité ou de rachat de l’entreprise.
    .rationale = Les appareils survivent souvent aux services dont ils dépendent ; un plan établi à l’avance évite aux propriétaires de se retrouver avec un produit inutile ou dangereux.
    .consumer = Vous pouvez lire ce qu’il advient de votre appareil et de vos données si l’entreprise cesse de s’en occuper.

UPD-13 = Les fonctions essentielles ne sont pas retirées
    .requirement = Pendant la période de support, le fabricant ne supprime ni ne dégrade les fonctions essentielles déclarées du produit, que ce soit par une mise à jour ou par une modification du service.
    .rationale = Les acheteurs paient pour les fonctions promises à l’achat ; les retirer ensuite ruine la confiance dans chaque mise à jour.
    .consumer = Les mises à jour ne retireront pas à votre appareil ce qu’il faisait quand vous l’avez acheté.
