# Responsabilité

ACT-01 = Chaque exemption est justifiée
    .requirement = Chaque critère que le fabricant déclare non applicable est un critère qui le permet, et chacune de ces déclarations est accompagnée d’une justification écrite.
    .rationale = C’est dans les exemptions que se cachent les produits faibles ; une justification consignée permet de contester chacune d’elles.
    .consumer = Si l’entreprise affirme qu’une règle ne s’applique pas, elle doit expliquer pourquoi.

ACT-02 = Déclaration officielle de conformité publiée
    .requirement = Le fabricant publie la déclaration UE de conformité ou la déclaration de conformité britannique (statement of compliance) du produit.
    .rationale = Ces documents juridiques désignent qui répond de la conformité du produit à la loi, et les autorités de surveillance s’appuient sur eux.
    .consumer = L’entreprise publie le document officiel qui atteste que l’appareil respecte la loi.

ACT-03 = Les réclamations reçoivent une réponse à temps
    .requirement = Le fabricant publie la procédure de réclamation et s’engage à répondre aux réclamations dans un nombre de jours indiqué.
    .rationale = Une voie de réclamation claire, assortie d’un délai de réponse promis, fait apparaître les problèmes et permet de les corriger.
    .consumer = Vous savez où faire une réclamation et dans quel délai vous aurez une réponse.

ACT-04 = Au moins deux ans de garantie
    .requirement = Le produit est couvert par une garantie d’au moins 24 mois.
    .rationale = Une garantie longue montre que le fabricant s’engage sur la durabilité de son produit.
    .consumer = Vous êtes couvert pendant au moins deux ans si l’appareil tombe en panne.

ACT-05 = Un service client est disponible
    .requirement = Le fabricant indique publiquement où les clients peuvent obtenir de l’assistance pour le produit.
    .rationale = Les problèmes d’installation, de mises à jour et de données sont plus faciles à résoudre, et risquent moins de devenir des problèmes de sécurité, lorsque l’aide est à portée de main.
    .consumer = Vous savez où obtenir de l’aide pour l’appareil.

ACT-06 = Des affirmations étayées par des preuves publiques
    .requirement = Chaque affirmation de la déclaration renvoie à des preuves publiques, et au moins un fichier de preuve est joint à la déclaration.
    .rationale = Affirmer ne coûte rien ; ce sont des preuves vérifiables par tous qui rendent un label digne de confiance.
    .consumer = Vous pouvez vérifier les preuves de ce qu’affirme l’entreprise.
