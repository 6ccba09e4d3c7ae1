# Critères du domaine PRV : confidentialité des données.

PRV-01 = Des informations claires sur vos données
    .requirement = Le fabricant publie une politique de confidentialité et un résumé en langage clair, et déclare chaque type de données collectées par le produit et ses services, avec sa finalité.
    .rationale = On ne peut décider de faire confiance à un produit que si l’on comprend ce qu’il fait de ses données.
    .consumer = Vous pouvez lire, en termes simples, quelles données votre appareil collecte et pourquoi.

PRV-02 = Tous les capteurs et actionneurs sont déclarés
    .requirement = Le fabricant déclare chaque capteur dont le produit est équipé, tel qu’une caméra, un microphone ou un capteur de localisation, et chaque manière dont il agit sur le monde physique, ou indique qu’il n’en possède aucun.
    .rationale = Les capteurs et actionneurs cachés présentent un risque pour la vie privée et la sécurité ; chacun doit savoir ce qu’un appareil peut voir, entendre et faire.
    .consumer = Vous connaissez chaque caméra, micro ou autre capteur de votre appareil, et ce qu’il peut allumer, éteindre ou déplacer.

PRV-03 = La télémétrie est déclarée
    .requirement = Si le produit envoie des données d’utilisation ou de diagnostic (télémétrie), le fabricant décrit ce qui est envoyé et pourquoi.
    .rationale = La télémétrie fonctionne en arrière-plan ; sans information, personne ne sait ce qui sort de chez soi.
    .consumer = Si votre appareil envoie des rapports d’utilisation au fabricant, on vous dit ce qu’ils contiennent et pourquoi.

PRV-04 = Consentement préalable et révocable
    .requirement = Lorsque des données personnelles sont traitées sur la base du consentement, celui-ci est demandé à l’utilisateur avant le début du traitement, et l’utilisateur peut le retirer à tout moment, aussi facilement qu’il l’a donné.
    .rationale = Le consentement n’a de sens que s’il précède le traitement et peut être retiré.
    .consumer = Votre appareil vous demande votre accord avant d’utiliser vos données personnelles, et vous pouvez changer d’avis à tout moment.

PRV-05 = Données des capteurs sensibles chiffrées en transit
    .requirement = Un produit doté d’une caméra, d’un microphone ou d’un capteur de localisation, biométrique ou de santé chiffre toutes les connexions qu’il établit ou accepte.
    .rationale = La vidéo, le son, la localisation et les mesures de santé comptent parmi les données les plus intimes qui soient ; leur interception peut faciliter la traque, le chantage ou le cambriolage.
    .consumer = Ce qu’enregistrent votre caméra, votre micro ou votre capteur de santé est brouillé pendant le transfert, pour que personne ne puisse regarder ou écouter.

PRV-06 = Seules les données nécessaires sont collectées
    .requirement = Le produit et ses services ne collectent que les données nécessaires à leurs fonctions, et aucun type de données déclaré n’est marqué comme non nécessaire.
    .rationale = Des données jamais collectées ne peuvent ni fuiter, ni être détournées, ni être exigées par d’autres.
    .consumer = Votre appareil ne collecte que les données dont il a besoin pour fonctionner.

PRV-07 = Vos données ne sont pas vendues
    .requirement = Le fabricant ne vend pas de données personnelles et ne les transmet pas à des courtiers en données.
    .rationale = Les données vendues échappent à tout contrôle et sont fusionnées dans des profils auxquels l’utilisateur n’a jamais consenti.
    .consumer = Le fabricant ne vend vos données à personne.

PRV-08 = Pas de publicité sans votre accord
    .requirement = Le fabricant n’utilise les données de l’utilisateur à des fins de publicité ou de profilage qu’après le consentement explicite de celui-ci (opt-in), ou pas du tout.
    .rationale = Les profils publicitaires construits à partir des appareils du foyer révèlent des habitudes et des routines ; ils ne doivent jamais être activés par défaut.
    .consumer = Vos données ne servent pas à la publicité, sauf si vous dites oui.

PRV-09 = Durées de conservation indiquées
    .requirement = Pour chaque type de données personnelles collectées par le produit et ses services, le fabricant indique leur durée de conservation.
    .rationale = Des données conservées indéfiniment accumulent les risques ; une limite déclarée engage le fabricant à les supprimer.
    .consumer = Vous savez combien de temps le fabricant conserve chaque type de données vous concernant.

PRV-10 = Protection renforcée des données des enfants
    .requirement = Pour un produit conçu pour les enfants ou commercialisé auprès d’eux, un parent ou tuteur doit donner son consentement avant tout traitement des données d’un enfant, et les enfants ne font jamais l’objet de profilage ni de publicité ciblée.
    .rationale = Les enfants ne peuvent pas mesurer ce que signifie partager des données, et les profils établis pendant l’enfance peuvent les suivre toute leur vie.
    .consumer = Un parent doit donner son accord avant que les données d’un enfant soient utilisées, et les enfants ne reçoivent jamais de publicité ciblée.

PRV-11 = Voyant d’enregistrement et interrupteur de confidentialité
    .requirement = Un produit doté d’une caméra ou d’un microphone affiche un indicateur visible chaque fois que ceux-ci sont actifs et dispose d’un obturateur ou d’un interrupteur physique qui les désactive.
    .rationale = Chacun doit pouvoir voir quand il est enregistré, et s’assurer qu’il ne l’est pas, sans avoir à faire confiance au logiciel.
    .consumer = Un voyant s’allume quand la caméra ou le micro est actif, et un interrupteur vous permet de le couper à coup sûr.

PRV-12 = Enregistrements conservés sur l’appareil par défaut
    .requirement = Un produit doté d’un capteur sensible traite les enregistrements et les données de capteurs sur l’appareil, sauf si l’utilisateur choisit d’utiliser le cloud.
    .rationale = Des données qui ne quittent jamais le foyer ne peuvent ni être dérobées sur un serveur ni être remises à des tiers.
    .consumer = Vos enregistrements restent sur votre appareil, sauf si vous choisissez de les envoyer dans le cloud.
