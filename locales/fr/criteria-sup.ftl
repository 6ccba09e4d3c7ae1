# Provenance et chaîne d’approvisionnement

SUP-01 = Vous pouvez joindre le fabricant
    .requirement = Le fabricant publie une adresse postale et une adresse électronique auxquelles les utilisateurs et les autorités peuvent le contacter.
    .rationale = La responsabilité commence par savoir qui a fabriqué un produit et comment le joindre.
    .consumer = Vous savez qui a fabriqué l’appareil et comment le contacter.

SUP-02 = Un processus de développement sécurisé
    .requirement = Le fabricant développe le logiciel du produit selon un processus de développement sécurisé identifié, tel que l’IEC 62443-4-1 ou le NIST Secure Software Development Framework.
    .rationale = Une sécurité intégrée dès la conception et testée dès le départ coûte moins cher et est plus fiable que des correctifs apportés après la mise sur le marché.
    .consumer = L’entreprise conçoit son logiciel selon des pratiques de sécurité éprouvées.

SUP-03 = Exigences de sécurité imposées aux fournisseurs
    .requirement = Le fabricant exige de ses fournisseurs de composants et de services qu’ils respectent des exigences de sécurité écrites.
    .rationale = Une grande partie du code et du matériel d’un produit provient de tiers ; les faiblesses de la chaîne d’approvisionnement deviennent celles du produit.
    .consumer = L’entreprise impose aussi des règles de sécurité à ses fournisseurs.

SUP-04 = Une analyse récente des risques de cybersécurité
    .requirement = Le fabricant a réalisé une analyse des risques de cybersécurité du produit dans les 24 mois précédant la date de l’évaluation.
    .rationale = Les menaces évoluent avec le temps ; une analyse des risques récente montre que les protections du produit correspondent toujours aux risques auxquels il est exposé.
    .consumer = L’entreprise a récemment vérifié ce qui pourrait mal tourner côté sécurité de l’appareil.

SUP-05 = Lieu de fabrication et fournisseurs indiqués
    .requirement = Le fabricant indique les pays où le produit est fabriqué et nomme ses principaux fournisseurs.
    .rationale = Savoir d’où viennent un produit et ses principaux composants aide les acheteurs et les autorités de surveillance à évaluer les risques de sa chaîne d’approvisionnement.
    .consumer = Vous pouvez voir où l’appareil est fabriqué et qui fournit ses principales pièces.

SUP-06 = Micrologiciel à provenance signée
    .requirement = Chaque version compilée du micrologiciel est accompagnée d’une attestation de provenance signée qui indique comment elle a été produite et à partir de quelles sources, par exemple selon SLSA.
    .rationale = Des attestations de compilation signées permettent à chacun de vérifier que le micrologiciel d’un appareil est bien celui que le fabricant a réellement produit.
    .consumer = Chaque version du logiciel porte un sceau numérique qui montre d’où elle vient.
